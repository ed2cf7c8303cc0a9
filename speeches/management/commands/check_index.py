"""Compare the search index with the database; repair, rebuild or optimize it."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from related import services as related
from speeches import archive_version, outline_failures, preparation, search, services


class Command(BaseCommand):
    help = (
        "Check that the search index holds exactly the published speeches. "
        "--repair applies pending index updates and fixes missing/extra entries; "
        "--rebuild builds a fresh index and swaps it in (searches keep working); "
        "--optimize merges index segments."
    )

    def add_arguments(self, parser):
        parser.add_argument("--repair", action="store_true")
        parser.add_argument("--rebuild", action="store_true")
        parser.add_argument("--optimize", action="store_true")
        parser.add_argument("--json", action="store_true", help="print the status as JSON")

    def handle(self, *args, repair: bool, rebuild: bool, optimize: bool, json: bool, **options):
        if rebuild:
            count = search.rebuild_index()
            self.stderr.write(f"rebuilt: {count} speeches")
        if repair:
            still_pending = services.apply_pending_index_updates()
            status = search.index_status()
            if status["missing"]:
                search.index_speeches(status["missing"])
            if status["extra"]:
                search.remove_speeches(status["extra"])
            if still_pending:
                self.stderr.write(f"{still_pending} index update(s) still pending")
        if optimize:
            search.optimize_index()
        if rebuild or repair:
            archive_version.bump()  # cached search results may predate the new index
            computed = related.refresh_missing()
            if computed:
                self.stderr.write(f"related speeches: {computed} signature(s) computed")
        status = search.index_status()
        status["outline_failures"] = outline_failures.failed_ids()
        status.update(related.status())
        status["text_version"] = search.text_version_differences() or []
        status["preparation_failures"] = preparation.failures()
        if json:
            self.stdout.write(_json(status))
        else:
            self.stdout.write(
                f"index {status['generation']}: {status['indexed']} indexed, "
                f"{status['published']} published, {len(status['missing'])} missing, "
                f"{len(status['extra'])} extra, {status['pending']} pending, "
                f"{status['segments']} segment(s), "
                f"{status['related_missing']} without related speeches"
            )
        if status["outline_failures"]:
            ids = status["outline_failures"]
            shown = ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")
            self.stderr.write(
                f"{len(ids)} speech(es) without an outline because the parser failed "
                f"(see Speech.outline_error): {shown}"
            )
        if status["preparation_failures"]:
            # Not an index fault (the exit status stays about the index), but it must be seen.
            self.stderr.write(
                "the last prepare_archive could not do everything: "
                + preparation.describe(status["preparation_failures"])
            )
        if status["text_version"]:
            raise CommandError(
                "the index was built with another text version ("
                + ", ".join(status["text_version"])
                + "): stored texts and new queries may disagree; run with --rebuild"
            )
        if status["missing"] or status["extra"] or status["pending"]:
            raise CommandError("the index is out of step with the database (try --repair)")


def _json(status: dict) -> str:
    return json.dumps(status, ensure_ascii=False)
