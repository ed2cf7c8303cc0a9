"""Admin upload: files or a zip -> preview with metadata forms -> confirmed speeches.

Uploads wait between preview and save in a batch directory under DATA_DIR/uploads, one
member per file named by its index (never by the user's file name), with a manifest that
records each file's status. Large batches are previewed and saved a page at a time, so one
request never processes more than PAGE_SIZE files and the status list shows the progress.

Each file is parsed once (in a killable process, see ``pipeline.prepare``) and the result is
kept beside it; saving posts only the person's edits, never the whole text back. Every request
on a batch holds the batch's lock, so a double-clicked save creates each speech once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import json
import logging
import pickle
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_protect

from speeches import archive_version, importing, services, speakers
from speeches.date_field import PrecisionDateField, precision_text_input
from speeches.form_cleaning import ControlCharacterCleaningMixin
from speeches.ingest import pipeline
from speeches.ingest.dedup import NearDuplicate
from speeches.ingest.messages import Message
from speeches.models import Campaign, DatePrecision, Level, Speaker
from speeches.text.date_precision import iso_date

log = logging.getLogger(__name__)

PAGE_SIZE = 10
# A preview request parses files only while within this many seconds (plus one file's
# budget): the rest of the page is parsed on the next view, so no request meets the worker
# timeout. (gunicorn's default here is 60 s; one file's budget 20 s.)
PREVIEW_SECONDS = 25
# Longer texts are shown as an excerpt, not as a form field: posting them back would pass
# Django's 10 MB request limit (a Chinese character is 9 bytes url-encoded).
BODY_EDIT_MAX_CHARS = 50_000
BODY_EXCERPT_CHARS = 3_000
BATCH_MAX_AGE_SECONDS = 2 * 24 * 3600
_BATCH_ID = re.compile(r"^[0-9a-f]{16}$")


# --- forms -----------------------------------------------------------------------------------


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data]
        return [single(data, initial)]


class UploadForm(forms.Form):
    # Empty files pass here so they get the same per-file error as in the command.
    files = MultipleFileField(
        allow_empty_file=True,
        label=_("讲话文件"),
        help_text=_("可多选；支持 .txt .docx .doc .pdf .html 和包含它们的 .zip"),
    )


class SpeechPreviewForm(ControlCharacterCleaningMixin, forms.Form):
    include = forms.BooleanField(label=_("导入"), required=False, initial=True)
    title = forms.CharField(label=_("标题"), max_length=500, required=False)
    alt_title = forms.CharField(label=_("其他标题"), max_length=500, required=False)
    speaker = forms.CharField(label=_("讲话人"), max_length=100, required=False)
    speaker_position = forms.CharField(label=_("职务"), max_length=200, required=False)
    date = PrecisionDateField(label=_("讲话日期"), required=False)
    date_precision = forms.ChoiceField(label=_("日期精度"), choices=DatePrecision.choices)
    published_on = forms.DateField(
        label=_("发布/上传日期"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    level = forms.ChoiceField(label=_("层级"), choices=[("", "—"), *Level.choices], required=False)
    campaigns = forms.ModelMultipleChoiceField(
        label=_("主题活动"),
        queryset=Campaign.objects.all(),
        to_field_name="slug",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    occasion = forms.CharField(label=_("场合（会议名称）"), max_length=300, required=False)
    organization = forms.CharField(label=_("单位"), max_length=200, required=False)
    source_url = forms.URLField(
        label=_("来源网址"), max_length=1000, required=False, assume_scheme="https"
    )
    body = forms.CharField(
        label=_("正文"), widget=forms.Textarea(attrs={"rows": 12}), required=False
    )
    import_anyway = forms.BooleanField(label=_("仍然导入（确认不是重复）"), required=False)

    def __init__(
        self, *args, near_duplicate: bool = False, body_editable: bool = True, **kwargs
    ) -> None:
        super().__init__(*args, **kwargs)
        self.near_duplicate = near_duplicate
        if not near_duplicate:
            del self.fields["import_anyway"]
        if not body_editable:  # the stored text is saved as it is
            del self.fields["body"]
        self._show_date_at_its_precision()

    def _show_date_at_its_precision(self) -> None:
        """A year or month guess is shown as 1975 or 1975-03 in a text box: the browser's
        date picker can only show (and would invent) a day."""
        date, precision = self.initial.get("date"), self.initial.get("date_precision")
        if not isinstance(date, dt.date) or precision not in (
            DatePrecision.YEAR,
            DatePrecision.MONTH,
        ):
            return
        self.initial["date"] = iso_date(date, precision)
        self.fields["date"].widget = precision_text_input()

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("include"):
            return data
        if not (data.get("title") or "").strip():
            self.add_error("title", _("请填写标题"))
        if "body" in self.fields and not (data.get("body") or "").strip():
            self.add_error("body", _("正文不能为空"))
        if self.near_duplicate and not data.get("import_anyway"):
            self.add_error("import_anyway", _("疑似重复：确认后勾选“仍然导入”，或取消“导入”"))
        if found := data.get("date"):
            date, typed = found
            data["date"] = date
            chosen = data.get("date_precision")
            # 1975 typed is a year whatever the select says; a full day may be cut to the
            # month or year the select names
            if typed != DatePrecision.DAY or chosen == DatePrecision.UNKNOWN:
                data["date_precision"] = typed
        return data

    def overrides(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        for key in ("include", "import_anyway"):
            data.pop(key, None)
        data["campaigns"] = [c.slug for c in data.get("campaigns") or []]
        if not data.get("date"):
            data["date_precision"] = DatePrecision.UNKNOWN
        return data


# --- batches on disk ----------------------------------------------------------------------


@dataclass
class Batch:
    id: str
    path: Path
    manifest: dict[str, Any]

    @property
    def files(self) -> list[dict[str, Any]]:
        return self.manifest["files"]

    def data(self, entry: dict[str, Any]) -> bytes:
        return (self.path / entry["stored"]).read_bytes()

    def save(self) -> None:
        tmp = self.path / "manifest.json.tmp"
        tmp.write_text(json.dumps(self.manifest, ensure_ascii=False), "utf-8")
        tmp.replace(self.path / "manifest.json")

    def pending(self) -> list[int]:
        return [i for i, f in enumerate(self.files) if f["status"] == "pending"]

    def load_prepared(self, index: int) -> pipeline.Prepared | None:
        """The stored parse of a file, with its bytes; None if it was not parsed yet.

        Pickle is safe here: only this server writes into the batch directory (mode 0700,
        named by a random id), next to the database in the data directory.
        """
        path = self.path / f"{index:05d}.prepared"
        try:
            prepared = pickle.loads(path.read_bytes())
        except FileNotFoundError:
            return None
        except Exception:  # written by an older version of the code: parse again
            log.warning("stored parse %s unreadable; parsing again", path, exc_info=True)
            return None
        if not all(hasattr(prepared, f.name) for f in fields(pipeline.Prepared)):
            return None  # a Prepared of older code, without a field added since
        prepared.data = self.data(self.files[index])
        prepared.duplicate_of = prepared.near_duplicate = None
        return prepared

    def store_prepared(self, index: int, prepared: pipeline.Prepared) -> None:
        tmp = self.path / f"{index:05d}.prepared.tmp"
        tmp.write_bytes(pickle.dumps(replace(prepared, data=b"")))
        tmp.replace(self.path / f"{index:05d}.prepared")


@contextlib.contextmanager
def batch_lock(batch_id: str) -> Iterator[bool]:
    """Hold the batch's lock; yields False when the batch directory is gone (saved)."""
    if not _BATCH_ID.match(batch_id or ""):
        raise Http404("no such upload")
    path = _uploads_root() / batch_id
    try:
        handle = open(path / ".lock", "a+b")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        yield False
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield (path / "manifest.json").exists()
    finally:
        handle.close()


def _uploads_root() -> Path:
    root = Path(settings.DATA_DIR) / "uploads"
    root.mkdir(parents=True, exist_ok=True)
    return root


def create_batch(user_id: int, uploads) -> Batch:
    """Store every uploaded file (zips expanded, with their checks) under a fresh batch id."""
    _remove_stale_batches()
    batch_id = secrets.token_hex(8)
    path = _uploads_root() / batch_id
    path.mkdir(mode=0o700)
    batch = Batch(batch_id, path, {"owner": user_id, "created": time.time(), "files": []})
    max_read = max(settings.ARCHIVE_MAX_FILE_BYTES, settings.ARCHIVE_MAX_ZIP_BYTES)
    for upload in uploads:
        if upload.size > max_read:
            too_large = _("文件过大：%(size)s 字节") % {"size": f"{upload.size:,}"}
            _add_entry(batch, upload.name, None, too_large)
            continue
        if hasattr(upload, "temporary_file_path"):  # large uploads wait on disk
            sources = pipeline.upload_sources(upload.name, path=Path(upload.temporary_file_path()))
        else:
            sources = pipeline.upload_sources(upload.name, b"".join(upload.chunks()))
        for source in sources:
            _add_entry(batch, source.name, source.data, shown(source.error))
    batch.save()
    return batch


def shown(error: str | None) -> str | None:
    """An ingest message in the uploader's language (batches keep it as it was shown)."""
    if isinstance(error, Message):
        text = gettext(error.msgid)
        return text % error.params if error.params else text
    return error


def _add_entry(batch: Batch, name: str, data: bytes | None, error: str | None) -> None:
    index = len(batch.files)
    stored = f"{index:05d}.bin"
    if data is not None:
        (batch.path / stored).write_bytes(data)
    batch.files.append(
        {
            "name": name,
            "stored": stored,
            "status": "failed" if error else "pending",
            "error": error,
            "id": None,
            "duplicate_of": None,
        }
    )


def load_batch(batch_id: str, user_id: int) -> Batch:
    if not _BATCH_ID.match(batch_id or ""):
        raise Http404("no such upload")
    path = _uploads_root() / batch_id
    try:
        manifest = json.loads((path / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise Http404("no such upload") from exc
    if manifest.get("owner") != user_id:
        raise PermissionDenied
    return Batch(batch_id, path, manifest)


def _remove_stale_batches() -> None:
    cutoff = time.time() - BATCH_MAX_AGE_SECONDS
    for child in _uploads_root().iterdir():
        if child.is_dir() and _BATCH_ID.match(child.name) and child.stat().st_mtime < cutoff:
            shutil.rmtree(child, ignore_errors=True)


# --- the view ----------------------------------------------------------------------------


@csrf_protect
def upload_view(request: HttpRequest) -> HttpResponse:
    """GET: the upload form, or a batch's preview; POST: upload files or save a page."""
    if not (request.user.is_active and request.user.is_staff):
        raise PermissionDenied
    if not request.user.has_perm("speeches.add_speech"):
        raise PermissionDenied
    batch_id = request.POST.get("batch") or request.GET.get("batch")
    if request.method == "POST" and not batch_id:
        return _receive_upload(request)
    if not batch_id:
        return _render_upload(request, UploadForm())
    with batch_lock(batch_id) as exists:
        if not exists and request.method == "POST":
            # A second submit of a page whose save has finished the batch meanwhile.
            messages.info(request, _("这批文件已经保存。"))
            return HttpResponseRedirect(reverse("admin:speeches_speech_changelist"))
        batch = load_batch(batch_id, request.user.pk)
        if request.method == "POST":
            return _save_page(request, batch)
        return _render_preview(request, batch)


def _render_upload(request: HttpRequest, form: UploadForm) -> HttpResponse:
    context = {**_admin_context(request), "form": form, "title": _("上传讲话文件")}
    return render(request, "admin/speeches/upload.html", context)


def _receive_upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_upload(request, form)
    batch = create_batch(request.user.pk, form.cleaned_data["files"])
    return HttpResponseRedirect(f"{_upload_url()}?batch={batch.id}")


@dataclass
class _Item:
    index: int
    entry: dict[str, Any]
    form: SpeechPreviewForm | None = None
    prepared: pipeline.Prepared | None = None
    error: str | None = None
    waiting: bool = False  # not parsed yet: the next view of the batch parses it
    excerpt: str = ""  # the start of a text too long to edit here
    # The people the proposed speaker name may be (most speeches first); empty: a new one.
    speaker_matches: list[Speaker] = field(default_factory=list)

    def problems(self) -> list[str]:
        """What this file needs from the person, for the list at the top of the page."""
        if self.error:
            return [gettext("无法导入：") + self.error]
        if self.form is None or self.prepared is None:
            return []
        if self.form.is_bound:  # shown again after a save: what stopped it
            labels = [
                str(self.form.fields[name].label) if name in self.form.fields else name
                for name in self.form.errors
            ]
            return [gettext("有错误，未保存：") + "、".join(labels)] if labels else []
        found = []
        if self.prepared.duplicate_of is not None:
            found.append(gettext("与已有讲话完全相同，不会重复创建"))
        elif self.prepared.near_duplicate is not None:
            found.append(gettext("疑似重复，未勾选导入：请核对"))
        if not self.form.initial.get("title"):
            found.append(gettext("未识别标题，未勾选导入：填写标题后勾选"))
        return found


def _prepare_item(batch: Batch, index: int, data=None, *, parse: bool = True) -> _Item:
    entry = batch.files[index]
    item = _Item(index, entry)
    item.prepared = batch.load_prepared(index)
    if item.prepared is None and not parse:
        item.waiting = True
        return item
    if item.prepared is None:
        try:
            item.prepared = pipeline.prepare(
                entry["name"], batch.data(entry), check_duplicates=False
            )
        except pipeline.IngestError as exc:
            item.error = shown(exc.args[0]) if exc.args else str(exc)
            return item
        batch.store_prepared(index, item.prepared)
    _find_duplicates(entry, item.prepared)
    near = item.prepared.near_duplicate is not None
    editable = len(item.prepared.body) <= BODY_EDIT_MAX_CHARS
    if not editable:
        item.excerpt = item.prepared.body[:BODY_EXCERPT_CHARS]
    initial = {
        **item.prepared.fields(fallback_title=False),
        "body": item.prepared.body,
        "include": True,
    }
    # A file that needs a decision starts unticked, so saving the page saves the others.
    if item.prepared.duplicate_of is not None or near or not initial.get("title"):
        initial["include"] = False
    if not editable:
        del initial["body"]
    item.form = SpeechPreviewForm(
        data, prefix=f"f{index}", initial=initial, near_duplicate=near, body_editable=editable
    )
    if initial.get("speaker"):
        item.speaker_matches = speakers.candidates(initial["speaker"])
    return item


def _find_duplicates(entry: dict[str, Any], prepared: pipeline.Prepared) -> None:
    """The file's duplicate check, made again only when the archive changed since the last
    one (``archive_version``): for a 1.46 M-character text it shingles both texts of a pair
    for seconds, and the save request repeated the preview's check on an unchanged archive."""
    version = archive_version.current()
    seen = entry.get("duplicates")
    if seen and seen["version"] == version:
        prepared.duplicate_of = seen["duplicate_of"]
        near = seen["near"]
        prepared.near_duplicate = NearDuplicate(near[0], near[1]) if near else None
        return
    pipeline.find_duplicates(prepared)
    near = prepared.near_duplicate
    entry["duplicates"] = {
        "version": version,
        "duplicate_of": prepared.duplicate_of,
        "near": [near.key, near.similarity] if near else None,
    }


def _render_preview(request: HttpRequest, batch: Batch, items: list[_Item] | None = None):
    if items is None:
        deadline = time.monotonic() + PREVIEW_SECONDS
        page = batch.pending()[:PAGE_SIZE]
        items = [_prepare_item(batch, i, parse=time.monotonic() < deadline) for i in page]
        _record_failures(batch, items)
        batch.save()  # with the duplicate checks made, for the save to reuse
    total = len(batch.files)
    done = total - len(batch.pending())
    problems = [(item, text) for item in items for text in item.problems()]
    context = {
        **_admin_context(request),
        "title": _("确认导入"),
        "batch": batch,
        "items": items,
        "files": batch.files,
        "done": done,
        "total": total,
        "percent": int(100 * done / total) if total else 100,
        "remaining_after_page": max(0, len(batch.pending()) - len(items)),
        "waiting": sum(1 for item in items if item.waiting),
        "problems": problems,
    }
    return render(request, "admin/speeches/upload_preview.html", context)


def _record_failures(batch: Batch, items: list[_Item]) -> None:
    changed = False
    for item in items:
        if item.error:
            item.entry.update(status="failed", error=item.error)
            changed = True
    if changed:
        batch.save()


def _save_page(request: HttpRequest, batch: Batch) -> HttpResponse:
    indexes = [int(i) for i in request.POST.getlist("item") if i.isdigit()]
    indexes = [i for i in indexes if i < len(batch.files) and batch.files[i]["status"] == "pending"]
    # Only what the preview showed is saved: files not parsed yet stay pending.
    items = [_prepare_item(batch, i, data=request.POST, parse=False) for i in indexes]
    items = [item for item in items if not item.waiting]
    _record_failures(batch, items)
    # A file with errors waits (shown again, listed at the top); the rest are saved.
    unsettled = [item for item in items if item.form is not None and not item.form.is_valid()]
    items = [item for item in items if item not in unsettled]
    created = 0
    # A long text's index, reuse and related updates run after the response: they cost
    # 10-15 s of CPU for 1.4 M characters (the page answered after 22.6 s before).
    large = any(
        item.prepared is not None and len(item.prepared.body) >= services.LARGE_TEXT_CHARS
        for item in items
    )
    with services.indexing_after_response(enabled=large):
        for item in items:
            if item.form is None or item.prepared is None:
                continue
            created += _save_item(batch, item, recheck=created > 0)
    batch.save()
    if unsettled:
        if items:
            messages.info(request, _("其余文件已保存；以下文件需要处理。"))
        return _render_preview(request, batch, unsettled)
    if batch.pending():
        messages.info(request, _("本页已处理，继续下一页。"))
        return HttpResponseRedirect(f"{_upload_url()}?batch={batch.id}")
    return _finish(request, batch, created)


def _save_item(batch: Batch, item: _Item, *, recheck: bool) -> int:
    """Save one previewed file; ``recheck``: files saved just before it on this page may
    duplicate it (else the check made while preparing this request is current)."""
    form, entry = item.form, item.entry
    if not form.cleaned_data.get("include"):
        # An exact duplicate is unticked by the preview: recorded as what it is, with its twin.
        duplicate_of = item.prepared.duplicate_of
        entry.update(status="duplicate" if duplicate_of else "skipped", duplicate_of=duplicate_of)
        return 0
    if recheck:
        pipeline.find_duplicates(item.prepared)
    if item.prepared.near_duplicate is not None and not form.near_duplicate:
        return 0  # stays pending: the next preview shows the new warning
    try:
        result = importing.import_prepared(item.prepared, overrides=form.overrides())
    except Exception as exc:  # one failing file must not lose the rest of the page
        entry.update(status="failed", error=f"{type(exc).__name__}: {exc}")
        return 0
    entry.update(
        status=result.status,
        id=result.id,
        duplicate_of=result.duplicate_of,
        error=shown(result.error),
    )
    return 1 if result.status == "created" else 0


def _finish(request: HttpRequest, batch: Batch, created_now: int) -> HttpResponse:
    counts: dict[str, int] = {}
    for entry in batch.files:
        counts[entry["status"]] = counts.get(entry["status"], 0) + 1
    messages.success(
        request,
        _("导入完成：创建 %(c)d，重复 %(d)d，失败 %(f)d，跳过 %(s)d。")
        % {
            "c": counts.get("created", 0),
            "d": counts.get("duplicate", 0),
            "f": counts.get("failed", 0),
            "s": counts.get("skipped", 0),
        },
    )
    failed = [e for e in batch.files if e["status"] == "failed"]
    for entry in failed[:20]:
        messages.error(request, f"{entry['name']}: {entry['error']}")
    shutil.rmtree(batch.path, ignore_errors=True)
    return HttpResponseRedirect(reverse("admin:speeches_speech_changelist"))


def _upload_url() -> str:
    return reverse("admin:speeches_speech_upload")


def _admin_context(request: HttpRequest) -> dict[str, Any]:
    from django.contrib import admin  # noqa: PLC0415 (speeches.admin imports this module: circular at load)

    from speeches.models import Speech  # noqa: PLC0415 (next to the admin import above)

    return {**admin.site.each_context(request), "opts": Speech._meta}
