"""``manage.py search "query"``: the archive's search from the command line.

Prints one line per hit (rank, title, date, id, match count) and its snippets as plain text,
or with ``--json`` exactly the body ``/api/search`` returns.
"""

from __future__ import annotations

import html
import json
import re

from django.core.management.base import BaseCommand, CommandError, CommandParser

from speeches import params, search
from speeches.models import Level
from speeches.research import serializers

_MARK = re.compile(r"<mark>(.*?)</mark>", re.S)


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
        parser.add_argument("--sort", choices=params.SORTS, default="relevance")
        parser.add_argument("--campaign", help="campaign slug, name or short name")
        parser.add_argument("--level", choices=Level.values)
        parser.add_argument("--speaker", help="speaker name (exact)")
        parser.add_argument("--year", type=int)
        parser.add_argument("--date-from", help="YYYY-MM-DD")
        parser.add_argument("--date-to", help="YYYY-MM-DD")

    def handle(self, *args, **options) -> None:
        names = ("query", "page", "page_size", "sort", *params.FILTERS)
        data = {k: options[k] for k in names if options.get(k) is not None}
        data["q"] = data.pop("query", "")
        try:
            form = params.read(params.SearchForm, data)
            cleaned = form.cleaned_data
            result = search.search(
                cleaned["q"] or "",
                **form.filters(),
                sort=cleaned["sort"],
                page=cleaned["page"],
                page_size=cleaned["page_size"],
                with_facets=options["json"],
            )
        except (params.BadParameter, search.QueryError) as exc:
            raise CommandError(str(exc)) from None
        payload = serializers.search_payload(result)
        if options["json"]:
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        self._print(payload, result.num_pages)

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
