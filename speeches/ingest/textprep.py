"""A file's bytes to its cleaned text and proposed metadata: everything that parses
untrusted input, in one pure function that ``sandbox`` runs in a killable process."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from speeches.ingest.clean import clean_text
from speeches.ingest.dedup import text_checksum
from speeches.ingest.extract import ExtractionError, extract
from speeches.ingest.messages import _
from speeches.ingest.metadata import CampaignRule, Guess, SpeechMeta, extract_metadata
from speeches.text.han import HAN_CHAR

MIN_HAN_CHARS = 30
MIN_HAN_RATIO = 0.3


class NotSpeechText(ExtractionError):
    """Text came out, but not enough of it is Chinese to be a speech."""


@dataclass
class PreparedText:
    kind: str
    raw_text: str
    body: str
    meta: SpeechMeta
    source_url: str
    checksum: str


def prepare_text(name: str, data: bytes, rules: list[CampaignRule]) -> PreparedText:
    """Extract, clean and describe one file; raises ExtractionError with a user message."""
    extracted = extract(data, name)
    cleaned = clean_text(extracted.text, hard_wrapped=extracted.hard_wrapped)
    _require_chinese(cleaned)
    stamps = "\n".join(extracted.stamps)
    raw = f"{stamps}\n{extracted.text}" if stamps else extracted.text
    meta = extract_metadata(cleaned, raw=raw, campaign_rules=rules)
    if not meta.title and extracted.title_hint:
        # A docx Title paragraph or an HTML <h1> the text alone did not reveal as a title.
        meta = replace(meta, title=Guess(extracted.title_hint[:500], 0.7, extracted.title_hint))
    body = meta.body.strip() or cleaned
    return PreparedText(
        kind=extracted.kind,
        raw_text=extracted.text,
        body=body,
        meta=meta,
        source_url=extracted.source_url,
        checksum=text_checksum(body),
    )


def _require_chinese(text: str) -> None:
    han = len(HAN_CHAR.findall(text))
    visible = len(re.sub(r"\s+", "", text))
    if han < MIN_HAN_CHARS or han < MIN_HAN_RATIO * visible:
        raise NotSpeechText(_("不是中文讲话文本（只有 %(count)s 个汉字）", count=han))
