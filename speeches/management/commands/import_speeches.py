"""manage.py import_speeches PATH [PATH …] [--campaign SLUG] [--level 县] [--dry-run] [--json]

Thin: the work is in ``speeches.ingest.pipeline``. With --json, stdout carries exactly one
JSON object per input file; progress and the summary go to stderr.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from speeches import backup
from speeches.importing import import_paths
from speeches.ingest import review
from speeches.ingest.pipeline import FileResult, json_default
from speeches.ingest.sources import count_sources
from speeches.models import Campaign, Level


class Command(BaseCommand):
    help = "导入讲话稿：文件、目录（递归）或 zip 压缩包（txt/docx/doc/pdf/html）。"

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--campaign", action="append", default=[], metavar="SLUG", help="加入主题活动（可重复）"
        )
        parser.add_argument("--level", choices=Level.values, help="层级，覆盖自动识别")
        parser.add_argument("--dry-run", action="store_true", help="只显示将要导入的内容")
        parser.add_argument("--json", action="store_true", help="每个文件输出一行 JSON")

    def handle(self, *args, **options) -> None:
        slugs = options["campaign"]
        known = set(Campaign.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        if missing := sorted(set(slugs) - known):
            raise CommandError(f"未知的主题活动：{', '.join(missing)}")
        self.as_json = options["json"]
        self.progress = None
        exports = [p for p in options["paths"] if Path(p).is_dir() and backup.is_export(p)]
        if exports:
            self._restore(exports, options)
            return
        if sys.stderr.isatty():
            self.progress = _Progress(sys.stderr, count_sources(options["paths"]))
        results = import_paths(
            options["paths"],
            campaigns=slugs,
            level=options["level"],
            dry_run=options["dry_run"],
            on_result=self._report,
        )
        if self.progress:
            self.progress.finish()
        self._summary(results, dry_run=options["dry_run"])
        if any(r.status == "failed" for r in results):
            sys.exit(1)

    def _restore(self, exports: list[str], options: dict) -> None:
        """An export_archive directory is restored losslessly (ids, dates, originals)."""
        if len(exports) != len(options["paths"]) or options["dry_run"]:
            raise CommandError("导出目录须单独恢复，且不支持 --dry-run")
        results: list[dict] = []
        for path in exports:
            try:
                results += backup.restore_export(path, on_result=self._report_dict)
            except backup.ExportError as exc:
                raise CommandError(str(exc)) from exc
        counts = Counter(r["status"] for r in results)
        self.stderr.write(
            f"恢复 {len(results)} 篇：创建 {counts['created']}，重复 {counts['duplicate']}，"
            f"失败 {counts['failed']}"
        )
        if counts["failed"]:
            sys.exit(1)

    def _report_dict(self, result: dict) -> None:
        if self.as_json:
            self.stdout.write(json.dumps(result, ensure_ascii=False))
        else:
            target = result["id"] or result["duplicate_of"] or result["error"]
            self.stdout.write(f"{result['status']}  {result['file']}  {target}")

    def _report(self, result: FileResult) -> None:
        if self.progress:
            self.progress.clear()
        if self.as_json:
            self.stdout.write(
                json.dumps(result.as_json(), ensure_ascii=False, default=json_default)
            )
        else:
            self.stdout.write(_human_line(result))
        self.stdout.flush()
        if self.progress:
            self.progress.step(result)

    def _summary(self, results: list[FileResult], *, dry_run: bool) -> None:
        counts = Counter(r.status for r in results)
        near = sum(1 for r in results if r.near_duplicate_of is not None)
        review = sum(1 for r in results if r.status == "created" and r.review_reasons)
        verb = "将创建" if dry_run else "已创建"
        text = (
            f"{len(results)} 个文件：{verb} {counts['created']}，重复 {counts['duplicate']}，"
            f"失败 {counts['failed']}，疑似重复 {near}，待审核 {review}"
            + ("（演练，未写入）" if dry_run else "")
        )
        (self.stderr if self.as_json else self.stdout).write(text)


def _human_line(result: FileResult) -> str:
    if result.status == "failed":
        return f"失败  {result.file}: {result.error}"
    if result.status == "duplicate":
        target = f"讲话 {result.duplicate_of}" if result.duplicate_of else "本批中的前一个文件"
        return f"重复  {result.file} = {target}"
    near = ""
    if result.near_duplicate_of is not None:
        near = f"  ⚠ 与讲话 {result.near_duplicate_of} 相似 {result.similarity:.0%}"
    ident = "（演练）" if result.dry_run else f"#{result.id}"
    line = f"创建  {result.file} -> {ident} {result.title}{near}"
    if result.review_reasons:
        reasons = "；".join(review.reason_label(code) for code in result.review_reasons)
        line += f"\n      ⚠ 待审核：{reasons}"
    if result.dry_run and result.extra.get("fields"):
        fields = {k: v for k, v in result.extra["fields"].items() if v and k != "title"}
        line += "\n      " + json.dumps(fields, ensure_ascii=False, default=json_default)
    return line


class _Progress:
    """A one-line progress bar on a terminal, redrawn below each reported file."""

    WIDTH = 30

    def __init__(self, stream, total: int) -> None:
        self.stream = stream
        self.total = max(total, 1)
        self.counts: Counter[str] = Counter()

    def step(self, result: FileResult) -> None:
        self.counts[result.status] += 1
        done = sum(self.counts.values())
        filled = min(self.WIDTH, self.WIDTH * done // self.total)
        bar = "█" * filled + "·" * (self.WIDTH - filled)
        self.stream.write(
            f"\r\033[K{bar} {done}/{self.total}  创建 {self.counts['created']} "
            f"重复 {self.counts['duplicate']} 失败 {self.counts['failed']}"
        )
        self.stream.flush()

    def clear(self) -> None:
        self.stream.write("\r\033[K")
        self.stream.flush()

    def finish(self) -> None:
        self.clear()
