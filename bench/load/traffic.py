"""Mixed traffic for the load test: a weighted list of request paths over a built archive.

Pure: takes speech ids and texts, returns paths. The mix is what readers do: word and
phrase searches, filters and facets, sorted results, speech pages opened from a hit (with
``?q=``), browse pages and the JSON API.
"""

from __future__ import annotations

import random
from urllib.parse import quote, urlencode

LEVELS = ["中央", "省", "市", "县", "乡镇", "基层"]
WORDS = [
    "党员", "干部", "群众", "学习", "发展", "建设", "组织", "作风", "改革", "基层党组织",
    "党风廉政", "创先争优", "为人民服务", "理想信念", "民主集中制", "从严治党", "调查研究",
]  # fmt: skip
SORTS = ["relevance", "-date", "date"]

# (kind, weight): how often each kind of request appears in the mix.
MIX = [
    ("search_word", 25),
    ("search_two", 10),
    ("search_phrase", 15),
    ("search_filter", 12),
    ("search_sort", 8),
    ("search_page", 5),
    ("speech_q", 12),
    ("browse", 8),
    ("api", 5),
]


def _phrase(rng: random.Random, texts: list[str]) -> str:
    text = rng.choice(texts)
    start = rng.randrange(max(1, len(text) - 12))
    snippet = text[start : start + rng.randint(4, 8)].replace('"', "")
    return f'"{snippet.strip()}"'


def _search(params: dict[str, object], api: bool) -> str:
    return ("/api/search?" if api else "/search/?") + urlencode(params)


def one_path(
    rng: random.Random,
    kind: str,
    ids: list[int],
    texts: list[str],
    slugs: list[str],
    speakers: list[str],
) -> str:
    api = rng.random() < 0.5
    if kind == "search_word":
        return _search({"q": rng.choice(WORDS)}, api)
    if kind == "search_two":
        return _search({"q": " ".join(rng.sample(WORDS, 2))}, api)
    if kind == "search_phrase":
        return _search({"q": _phrase(rng, texts)}, api)
    if kind == "search_filter":
        params: dict[str, object] = {"q": rng.choice([*WORDS, ""])}
        key = rng.choice(["level", "campaign", "speaker", "year", "dates"])
        if key == "level":
            params["level"] = rng.choice(LEVELS)
        elif key == "campaign":
            params["campaign"] = rng.choice(slugs)
        elif key == "speaker" and speakers:
            params["speaker"] = rng.choice(speakers)
        elif key == "year":
            params["year"] = rng.randint(2005, 2024)
        else:
            params.update(date_from="2010-01-01", date_to="2015-12-31")
        return _search(params, api)
    if kind == "search_sort":
        return _search({"q": rng.choice(WORDS), "sort": rng.choice(SORTS)}, api)
    if kind == "search_page":
        return _search({"q": rng.choice(WORDS), "page": rng.randint(2, 20)}, api)
    if kind == "speech_q":
        return f"/speeches/{rng.choice(ids)}/?" + urlencode({"q": rng.choice(WORDS)})
    if kind == "browse":
        return rng.choice(
            [
                "/",
                "/campaigns/",
                f"/campaigns/{rng.choice(slugs)}/",
                "/levels/",
                "/levels/" + quote(rng.choice(LEVELS)) + "/",
                "/years/",
                f"/years/{rng.randint(2005, 2024)}/?page={rng.randint(1, 5)}",
                "/speakers/",
            ]
        )
    if kind == "api":
        if rng.random() < 0.5:
            return f"/api/speeches/{rng.choice(ids)}"
        return f"/api/speeches?page={rng.randint(1, 50)}&page_size={rng.choice([20, 100])}"
    raise ValueError(kind)


def mixed_paths(
    n: int,
    *,
    ids: list[int],
    texts: list[str],
    slugs: list[str],
    speakers: list[str],
    seed: int = 1,
) -> list[str]:
    """``n`` request paths drawn from ``MIX`` (deterministic per seed)."""
    rng = random.Random(seed)
    kinds = [k for k, _ in MIX]
    weights = [w for _, w in MIX]
    return [
        one_path(rng, rng.choices(kinds, weights)[0], ids, texts, slugs, speakers) for _ in range(n)
    ]
