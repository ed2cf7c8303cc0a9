"""manage.py export_archive DIR: every speech, speaker and campaign with the original files,
as JSON lines plus a manifest (see ``speeches.backup``). ``import_speeches DIR`` restores it."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from speeches.backup import ExportError, export_archive


class Command(BaseCommand):
    help = "导出全部讲话、讲话人、主题活动及原始文件（JSONL + manifest.json），可无损恢复。"

    def add_arguments(self, parser) -> None:
        parser.add_argument("directory", metavar="DIR", help="目标目录（不存在或为空）")
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="在标准输出打印 manifest"
        )

    def handle(self, *args, directory: str, as_json: bool, **options) -> None:
        try:
            manifest = export_archive(directory)
        except ExportError as exc:
            raise CommandError(str(exc)) from exc
        if as_json:
            self.stdout.write(_dumps(manifest))
            return
        counts = manifest["counts"]
        self.stdout.write(
            self.style.SUCCESS(
                f"已导出到 {directory}：讲话 {counts['speeches']}，讲话人 {counts['speakers']}，"
                f"主题活动 {counts['campaigns']}，原始文件 {counts['files']}"
            )
        )


def _dumps(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)
