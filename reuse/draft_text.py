"""A draft's text as the archive would store it: the same extraction and cleaning as an
upload (``speeches.ingest``). Pure: no Django; ``draft_from_file`` runs in the sandbox."""

from __future__ import annotations

from speeches.ingest.clean import clean_text
from speeches.ingest.extract import ExtractionError, extract
from speeches.ingest.messages import _

DRAFT_KINDS = ("txt", "docx", "pdf")


def draft_from_file(name: str, data: bytes) -> str:
    """The cleaned text of an uploaded .txt, .docx or .pdf (by its bytes, not its name)."""
    extracted = extract(data, name)
    if extracted.kind not in DRAFT_KINDS:
        raise ExtractionError(
            _("只能检查 txt、docx 或 pdf 文件（这是 %(kind)s 文件）", kind=extracted.kind)
        )
    return clean_text(extracted.text, hard_wrapped=extracted.hard_wrapped)


def draft_from_paste(text: str) -> str:
    return clean_text(text)
