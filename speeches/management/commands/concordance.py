"""``manage.py concordance "query"``: every occurrence with its context (KWIC), or with
``--mode sentence`` every sentence holding all the terms; the same parameters, counts and
JSON as ``/api/concordance``. ``--format csv|jsonl`` writes the whole export to stdout.
"""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from speeches import params, search
from speeches.models import Level
from speeches.research import concordance, exports, serializers


class Command(BaseCommand):
    help = "Concordance (KWIC) or sentences of a query, as /api/concordance."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("query", help='e.g. 从严治党  or  "党员 干部"')
        parser.add_argument("--mode", choices=concordance.MODES, default="kwic")
        parser.add_argument("--sort", choices=concordance.SORTS, default="date")
        parser.add_argument("--page", type=int, default=1)
        parser.add_argument("--page-size", type=int, default=50)
        parser.add_argument("--context", type=int, default=concordance.CONTEXT)
        parser.add_argument("--campaign")
        parser.add_argument("--level", choices=Level.values)
        parser.add_argument("--speaker")
        parser.add_argument("--year", type=int)
        parser.add_argument("--date-from")
        parser.add_argument("--date-to")
        parser.add_argument("--json", action="store_true", help="print the /api/concordance JSON")
        parser.add_argument("--format", choices=("csv", "jsonl"), help="the whole export")

    def handle(self, *args, **options) -> None:
        data = {k: v for k, v in options.items() if v is not None and k != "json"}
        data["q"] = data.pop("query")
        data = {k.replace("-", "_"): v for k, v in data.items()}
        try:
            form = params.read(params.ConcordanceForm, data)
        except params.BadParameter as exc:
            raise CommandError(str(exc)) from None
        cleaned = form.cleaned_data
        match = search.match_set(cleaned["q"], **form.filters())
        if cleaned["format"]:
            self._export(cleaned, match)
            return
        page = concordance.concordance(
            match,
            mode=cleaned["mode"],
            sort=cleaned["sort"],
            page=cleaned["page"],
            page_size=cleaned["page_size"],
            context=cleaned["context"],
            with_facets=options["json"],
        )
        if options["json"]:
            payload = serializers.concordance_payload(page)
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        self._print(page)

    def _export(self, cleaned: dict, match: search.MatchSet) -> None:
        meta = exports.describe(
            "concordance", match.query, match.filters, mode=cleaned["mode"], sort=cleaned["sort"]
        )
        lines = concordance.iter_lines(
            match, mode=cleaned["mode"], sort=cleaned["sort"], context=cleaned["context"]
        )
        rows = serializers.line_rows(lines, match.query)
        if cleaned["format"] == "jsonl":
            pieces = exports.jsonl_lines(serializers.LINE_FIELDS, rows, meta)
        else:
            cut = [False]
            pieces = exports.csv_lines(serializers.LINE_FIELDS, rows, meta, cut)
        for piece in pieces:
            self.stdout.write(piece, ending="")
        if cleaned["format"] == "csv" and cut[0]:  # a CSV holds rows only: say it here
            self.stderr.write(f"truncated: more than {meta['max_rows']} lines; first ones written")

    def _print(self, page: concordance.ConcordancePage) -> None:
        unit = "句" if page.mode == "sentence" else "处"
        self.stdout.write(
            f"共 {page.count} {unit} · {page.speeches} 篇讲话 · 第 {page.page}/{page.num_pages} 页"
            f" · 检索式: {page.match.query}"
        )
        speeches = serializers.speeches_by_id({line.speech for line in page.lines})
        for line in page.lines:
            speech = speeches.get(line.speech)
            where = f"{speech.title[:20]} {speech.date or '日期不详'}" if speech else ""
            left = " ".join(line.left.split())[-20:]
            right = " ".join(line.right.split())[:20]
            if page.mode == "sentence":
                self.stdout.write(f"#{line.speech}:{line.start}  {line.match}  ({where})")
            else:
                self.stdout.write(f"{left:>20} [{line.match}] {right:<20}  #{line.speech} {where}")
