"""manage.py extract_metadata [--fill-empty | --dry-run] [--json] [--id N ...]"""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand

from speeches.reextract import Change, reextract


class Command(BaseCommand):
    help = (
        "Run the current metadata extractor over stored speeches and fill speaker, date, "
        "campaigns, level and occasion where it is confident; fields a person set are kept."
    )

    def add_arguments(self, parser) -> None:
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--fill-empty", action="store_true", help="only fill fields that are empty"
        )
        mode.add_argument(
            "--dry-run", action="store_true", help="print what would change, write nothing"
        )
        parser.add_argument("--json", action="store_true", help="print one JSON report")
        parser.add_argument("--id", type=int, action="append", dest="ids", help="only these")

    def handle(self, *args, fill_empty: bool, dry_run: bool, json: bool, ids, **options) -> None:
        as_json = json
        on_change = None if as_json else self._print_change
        report = reextract(fill_empty=fill_empty, dry_run=dry_run, ids=ids, on_change=on_change)
        if as_json:
            self.stdout.write(_dumps(report.as_json()))
            return
        summary = report.as_json()
        verb = "would change" if dry_run else "changed"
        self.stdout.write(
            f"{report.speeches} speeches read, {report.changed_speeches} {verb}; "
            f"filled: {summary['filled'] or '-'}; "
            f"kept because a person set them: {report.kept_by_person}"
        )

    def _print_change(self, change: Change) -> None:
        data = change.as_json()
        self.stdout.write(
            f"#{data['id']} {data['field']}: {data['old']!r} -> {data['new']!r} "
            f"({data['confidence']:.2f}; {data['evidence'][:60]})"
        )


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1)
