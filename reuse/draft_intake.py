"""A draft out of a POST: pasted ``text`` or an uploaded ``file``, cleaned as an upload.

A file is parsed in the sandbox (``speeches.ingest.sandbox``: killable process, time and
memory budget), like an admin upload. Limits: the request's size (``ARCHIVE_DRAFT_MAX_FILE_BYTES``,
checked before the body is read) and the draft's characters (``ARCHIVE_DRAFT_MAX_CHARS``).
Errors are user messages with an HTTP status; nothing here logs the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext as _

from reuse.draft_text import draft_from_file, draft_from_paste
from speeches.ingest import sandbox
from speeches.ingest.extract import ExtractionError
from speeches.ingest.pipeline import extract_budget


class DraftError(Exception):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Submitted:
    text: str  # cleaned: every offset refers to this
    submitted: str  # as pasted (or as extracted from the file)


def read_draft(request: HttpRequest) -> Submitted:
    if int(request.META.get("CONTENT_LENGTH") or 0) > settings.ARCHIVE_DRAFT_MAX_FILE_BYTES:
        raise DraftError(
            _("提交的内容太大（上限 %(mb)d MB）。")
            % {"mb": settings.ARCHIVE_DRAFT_MAX_FILE_BYTES // (1024 * 1024)},
            413,
        )
    upload = request.FILES.get("file")
    if upload is not None:
        data = upload.read()
        try:
            text = sandbox.run(draft_from_file, upload.name or "", data, budget=extract_budget())
        except (ExtractionError, sandbox.OverBudget) as exc:
            raise DraftError(str(exc)) from None
        submitted = text
    else:
        submitted = request.POST.get("text", "")
        _check_length(submitted, twice=True)
        text = draft_from_paste(submitted)
    if not text.strip():
        raise DraftError(_("请粘贴草稿文字或选择一个 .txt、.docx 或 .pdf 文件。"))
    _check_length(text)
    return Submitted(text, submitted)


def _check_length(text: str, *, twice: bool = False) -> None:
    # Pasted text may carry layout the cleaning removes: twice the limit before cleaning.
    limit = settings.ARCHIVE_DRAFT_MAX_CHARS * (2 if twice else 1)
    if len(text) > limit:
        raise DraftError(
            _("草稿太长：%(n)d 字，上限 %(limit)d 字。")
            % {"n": len(text), "limit": settings.ARCHIVE_DRAFT_MAX_CHARS},
            413,
        )
