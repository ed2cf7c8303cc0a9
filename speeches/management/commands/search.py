"""``manage.py search "query"``: the archive's search from the command line.

Prints one line per hit (rank, title, date, id, match count) and its snippets as plain text,
or with ``--json`` exactly the body ``/api/search`` returns.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re

from django.core.management.base import BaseCommand, CommandError, CommandParser

from speeches import search
from speeches.models import Level
from speeches.views.search import SORTS, result_payload

_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)


def _date(value: str) -> dt.date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"not a date (YYYY-MM-DD): {value!r}") from None


def plain_snippet(fragment: str) -> str:
    """A snippet's HTML as terminal text: matches in [brackets], entities decoded."""
    return html.unescape(_MARK.sub(r"[\1]", fragment))


class Command(BaseCommand):
    help = "Search the archive with the same query language and results as the search page."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("query", nargs="?", default="", help='e.g. 党员 "两学一做" -检讨')
        parser.add_argument("--json", action="store_true", help="print the /api/search JSON")
        parser.add_argument("--page", type=int, default=1)
        parser.add_argument("--page-size", type=int, default=20)
        parser.add_argument("--sort", choices=SORTS, default="relevance")
        parser.add_argument("--campaign", help="campaign slug, name or short name")
        parser.add_argument("--level", choices=Level.values)
        parser.add_argument("--speaker", help="speaker name (exact)")
        parser.add_argument("--year", type=int)
        parser.add_argument("--date-from", type=_date)
        parser.add_argument("--date-to", type=_date)

    def handle(self, *args, **options) -> None:
        try:
            result = search.search(
                options["query"],
                campaign=options["campaign"],
                level=options["level"],
                speaker=options["speaker"],
                year=options["year"],
                date_from=options["date_from"],
                date_to=options["date_to"],
                sort=options["sort"],
                page=options["page"],
                page_size=options["page_size"],
                with_facets=options["json"],
            )
        except search.QueryError as exc:
            raise CommandError(str(exc)) from None
        payload = result_payload(result)
        if options["json"]:
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        self._print(payload, max(1, -(-result.count // result.page_size)))

    def _print(self, payload: dict, num_pages: int) -> None:
        self.stdout.write(
            f"共 {payload['count']} 篇 · 第 {payload['page']}/{num_pages} 页"
            f" · 检索式: {payload['query'] or '(全部)'}"
        )
        first = (payload["page"] - 1) * payload["page_size"]
        for rank, item in enumerate(payload["results"], start=first + 1):
            facts = [item["date"] or "日期不详", f"#{item['id']}"]
            if item["speaker"]:
                facts.insert(1, item["speaker"])
            if item.get("occurrences"):
                facts.append(f"共{item['occurrences']}处")
            self.stdout.write(f"\n{rank}. {item['title']}  ({', '.join(facts)})")
            for fragment in item["snippets"]:
                self.stdout.write(f"   {plain_snippet(fragment)}")
