"""Search on the cluster: the same query language, filters, counts, ranking and snippets as
the embedded engine (``speeches.search.embedded.engine``), over OpenSearch.

Counts are the exact match set's size (phrase queries over every-character bigrams are exact,
see the package docstring). Relevance is ``speeches.search.ranking`` (engine-independent): a
Painless script returns, for every speech to score, the literal occurrences of each query
term in its normalized title + text and whether its title holds it; Python scores them. For
a page, the cluster first narrows the match set to its best window (``relevance``).
Facets are aggregations. Snippets come from the archive's own highlighter over the stored
normalized text, as in the embedded engine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from speeches.models import Campaign
from speeches.search import highlight, ranking
from speeches.search.opensearch import client as conn
from speeches.search.opensearch import relevance
from speeches.search.opensearch.querying import MATCH_ALL, filter_clauses, literal, tree_query
from speeches.search.query import ParsedQuery, Term, parse_query
from speeches.search.results import Facet, Hit, MatchSet, SearchPage, SpeechFacts
from speeches.search.rows import source_texts
from speeches.search.rules import active_filters, campaign_slugs, validate
from speeches.search.source_map import SpeechSource
from speeches.text.normalize import normalize_document

FACET_SIZE = 10_000  # buckets per facet (and per shard): exact counts for archive-sized facets

# Non-overlapping occurrences (as bytes.count) of each needle in title + "\n" + text, and
# whether the title alone holds it: [tf0, title0, tf1, title1, ...].
_OCCURRENCES = """
String all = params['_source']['all'];
String title = params['_source']['title'];
List out = new ArrayList();
for (String n : params.needles) {
  int c = 0;
  int i = all.indexOf(n);
  while (i >= 0) { c++; i = all.indexOf(n, i + n.length()); }
  out.add(c);
  out.add(title.indexOf(n) >= 0 ? 1 : 0);
}
return out;
"""


def _es():
    return conn.client()


def _query(parsed: ParsedQuery, filters: dict[str, object], with_tree: bool = True) -> dict:
    slugs = campaign_slugs(str(filters["campaign"])) if "campaign" in filters else None
    clauses = filter_clauses(filters, slugs)
    if with_tree and parsed.tree is not None:
        clauses.append(tree_query(parsed.tree))
    return {"bool": {"filter": clauses}} if clauses else MATCH_ALL


def _needles(terms: list[Term]) -> list[str]:
    return [x for x in dict.fromkeys(normalize_document(t.text) for t in terms) if x.strip()]


def _all_hits(query: dict, **body: object) -> list[dict]:
    """Every document matching ``query`` (the whole exact match set), unsorted."""
    es = _es()
    total = es.count(index=conn.alias(), body={"query": query})["count"]
    if not total:
        return []
    body.setdefault("_source", False)
    resp = es.search(
        index=conn.alias(), body={"query": query, "size": total, "track_total_hits": True, **body}
    )
    return resp["hits"]["hits"]


def _count(query: dict) -> int:
    return _es().count(index=conn.alias(), body={"query": query})["count"]


def _dv(hit: dict, field: str, default=0):
    values = hit.get("fields", {}).get(field)
    return values[0] if values else default


# --- ordering -------------------------------------------------------------------------------


def _collection_stats(needles: list[str]) -> dict:
    """What the rule needs of the whole archive: its size, mean length, each needle's df."""
    es = _es()
    stats = es.search(
        index=conn.alias(),
        body={"size": 0, "track_total_hits": True, "aggs": {"avg": {"avg": {"field": "length"}}}},
    )
    return {
        "n_docs": stats["hits"]["total"]["value"],
        "avg": stats["aggregations"]["avg"]["value"] or 1.0,
        "df": {
            x: es.count(index=conn.alias(), body={"query": literal("all", x)})["count"]
            for x in needles
        },
    }


def _by_relevance(
    query: dict, needles: list[str], n: int | None, by_hits: bool = False
) -> list[tuple[int, float]]:
    """Ranked (id, score) list under the shared rule: the best ``n`` (None: all).
    ``by_hits``: scored by the number of occurrences (sort=hits), every match counted."""
    stats = _collection_stats(needles)
    if by_hits:
        return _exact_ranking(query, needles, n, stats, by_hits=True)
    if n is not None and relevance.applicable(needles, n):
        # The cluster ranks the whole match set; only its best window is scored exactly.
        query = _ids_query(relevance.window(query, needles, n, **stats))
    return _exact_ranking(query, needles, n, stats)


def _exact_ranking(
    query: dict, needles: list[str], n: int | None, stats: dict, by_hits: bool = False
) -> list:
    """Literal occurrences of every needle in every speech matching ``query``, scored."""
    hits = _all_hits(
        query,
        docvalue_fields=["date", "length"],
        script_fields={
            "lit": {
                "script": {
                    "lang": "painless",
                    "source": _OCCURRENCES,
                    "params": {"needles": needles},
                }
            }
        },
    )
    ids = [int(h["_id"]) for h in hits]
    tf: dict[tuple[int, str], int] = {}
    title: dict[tuple[int, str], bool] = {}
    length: dict[int, int] = {}
    date: dict[int, int] = {}
    for sid, hit in zip(ids, hits, strict=True):
        values = hit["fields"]["lit"]
        for k, needle in enumerate(needles):
            tf[sid, needle] = int(values[2 * k])
            title[sid, needle] = bool(values[2 * k + 1])
        length[sid] = int(_dv(hit, "length"))
        date[sid] = int(_dv(hit, "date"))
    if by_hits:
        hits_of = {sid: float(sum(tf[sid, x] for x in needles)) for sid in ids}
        return ranking.rank(hits_of, n, tiebreak=lambda sid: (-date[sid], -sid))
    scores = ranking.bm25_scores(
        needles,
        ids,
        count=lambda sid, x: tf[sid, x],
        length=length.__getitem__,
        n_docs=stats["n_docs"],
        avg_length=stats["avg"],
        df=stats["df"],
        titled={sid for sid in ids if all(title[sid, x] for x in needles)},
    )
    return ranking.rank(scores, n, tiebreak=lambda sid: (-date[sid], -sid))


def _by_date(query: dict, n: int, newest_first: bool) -> list[int]:
    """Unknown dates last either way; ids break ties (as the embedded engine)."""
    order = "desc" if newest_first else "asc"
    sort = [{"dated": "desc"}, {"date": order}, {"speech_id": order}]
    if n <= 0:
        return []
    resp = _es().search(
        index=conn.alias(),
        body={"query": query, "size": n, "sort": sort, "_source": False},
    )
    return [int(h["_id"]) for h in resp["hits"]["hits"]]


# --- facets ---------------------------------------------------------------------------------


def _facet_aggs() -> dict:
    def terms(field: str) -> dict:
        return {"terms": {"field": field, "size": FACET_SIZE, "shard_size": FACET_SIZE}}

    return {
        "level": terms("level"),
        "speaker": terms("speaker"),
        "campaign": terms("campaigns"),
        "year": {"filter": {"term": {"dated": 1}}, "aggs": {"y": terms("year")}},
    }


def _facets(aggs: dict) -> dict[str, list[Facet]]:

    def counts(buckets: list[dict]) -> dict[str, int]:
        return {str(b["key"]): b["doc_count"] for b in buckets if str(b["key"])}

    def ordered(found: dict[str, int]) -> list[tuple[str, int]]:
        return sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))

    campaign = counts(aggs["campaign"]["buckets"])
    names = dict(Campaign.objects.filter(slug__in=list(campaign)).values_list("slug", "name"))
    years = {int(k): c for k, c in counts(aggs["year"]["y"]["buckets"]).items()}
    return {
        "campaign": [Facet(s, names.get(s, s), c) for s, c in ordered(campaign)],
        "level": [Facet(v, v, c) for v, c in ordered(counts(aggs["level"]["buckets"]))],
        "speaker": [Facet(v, v, c) for v, c in ordered(counts(aggs["speaker"]["buckets"]))],
        "year": [Facet(str(y), str(y), c) for y, c in sorted(years.items(), reverse=True)],
    }


# --- the public entry point -----------------------------------------------------------------


def search(
    q: str = "",
    *,
    campaign: str | None = None,
    level: str | None = None,
    speaker: str | None = None,
    year: int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    sort: str = "relevance",
    page: int = 1,
    page_size: int = 20,
    with_facets: bool = True,
    with_snippets: bool = True,
) -> SearchPage:
    validate(sort, page, page_size, date_from, date_to)
    parsed = parse_query(q or "")
    filters = active_filters(
        parsed,
        campaign=campaign,
        level=level,
        speaker=speaker,
        year=year,
        date_from=date_from,
        date_to=date_to,
    )
    query = _query(parsed, filters)
    terms = parsed.positive_terms()
    needles = _needles(terms)
    end = page * page_size

    body: dict = {"query": query, "size": 0, "track_total_hits": True}
    if with_facets:
        body["aggs"] = _facet_aggs()
    head = _es().search(index=conn.alias(), body=body)
    count = head["hits"]["total"]["value"]
    if sort in ("relevance", "hits") and needles and count:
        ranked = _by_relevance(query, needles, end, by_hits=sort == "hits")
    else:
        ranked = [(sid, 0.0) for sid in _by_date(query, min(end, count), sort != "date")]
    window = ranked[end - page_size : end]
    texts = _texts([sid for sid, _ in window])
    sources = source_texts(texts) if with_snippets else {}
    hits = [
        _hit(texts.get(sid, ""), sid, score, terms, sources.get(sid) if with_snippets else None)
        for sid, score in window
    ]
    return SearchPage(
        query=q or "",
        count=count,
        page=page,
        page_size=page_size,
        hits=hits,
        facets=_facets(head["aggregations"]) if with_facets else {},
        parsed=parsed,
        filters=filters,
    )


def _texts(ids: list[int], field: str = "all") -> dict[int, str]:
    if not ids:
        return {}
    resp = _es().mget(
        index=conn.alias(), body={"ids": [str(i) for i in ids]}, params={"_source": field}
    )
    return {int(d["_id"]): d["_source"][field] for d in resp["docs"] if d.get("found")}


def _hit(text: str, sid: int, score: float, terms: list[Term], source: SpeechSource | None) -> Hit:
    """``source``: the speech as stored, for snippets (None: no snippets)."""
    if source is not None:
        snippets, heads, count = highlight.hit_snippets(text, terms, source)
        return Hit(
            speech_id=sid,
            score=float(score),
            snippets=snippets,
            occurrences=count,
            headings=heads,
        )
    count = sum(text.count(normalize_document(t.text)) for t in terms if t.text.strip())
    return Hit(speech_id=sid, score=float(score), snippets=[], occurrences=count)


def more_like_this(speech_id: int, limit: int = 5) -> list[int]:
    """Speeches sharing this one's distinctive character pairs (never the speech itself)."""
    if limit < 1:
        return []
    like = {"_index": conn.alias(), "_id": str(speech_id)}
    query = {
        "more_like_this": {
            "fields": ["all"],
            "like": [like],
            "min_term_freq": 2,
            "max_query_terms": 50,
            "min_doc_freq": 1,
            # ``all`` scores raw occurrences (mapping.TF_SIMILARITY): weight each chosen pair
            # by its tf-idf, or common pairs would decide what is related.
            "boost_terms": 1,
        }
    }
    resp = _es().search(index=conn.alias(), body={"query": query, "size": limit, "_source": False})
    return [int(h["_id"]) for h in resp["hits"]["hits"] if int(h["_id"]) != speech_id][:limit]


# --- research primitives (see the public face) ----------------------------------------------


def match_set(q: str = "", **params: object) -> MatchSet:
    parsed = parse_query(q or "")
    filters = active_filters(parsed, **params)
    domain = {int(h["_id"]) for h in _all_hits(_query(parsed, filters, with_tree=False))}
    ids = {int(h["_id"]) for h in _all_hits(_query(parsed, filters))}
    return MatchSet(
        query=q or "",
        ids=frozenset(ids),
        domain=frozenset(domain),
        needles=tuple(_needles(parsed.positive_terms())),
        parsed=parsed,
        filters=filters,
    )


def _sources(ids: Iterable[int], fields: str = "all,title_chars,length") -> Iterator[tuple]:
    ids = list(ids)
    for start in range(0, len(ids), 200):
        chunk = ids[start : start + 200]
        resp = _es().mget(
            index=conn.alias(), body={"ids": [str(i) for i in chunk]}, params={"_source": fields}
        )
        for d in resp["docs"]:
            if d.get("found"):
                yield int(d["_id"]), d["_source"]


def _body(source: dict) -> str:
    """The body inside the stored text, as the embedded engine cuts it."""
    text, title = source["all"], int(source["title_chars"])
    if title >= len(text):
        return text
    return text[title + 1 :] if title else text


def body_counts(ids: Iterable[int], needle: str) -> dict[int, int]:
    return {sid: _body(src).count(needle) for sid, src in _sources(ids)}


def normalized_bodies(ids: Iterable[int]) -> Iterator[tuple[int, str]]:
    for sid, src in _sources(ids):
        yield sid, _body(src)


def body_lengths(ids: Iterable[int]) -> dict[int, int]:
    return {sid: len(_body(src)) for sid, src in _sources(ids)}


def speech_facts(ids: Iterable[int]) -> dict[int, SpeechFacts]:
    fields = "date,level,speaker,campaigns"
    return {
        sid: SpeechFacts(src["date"], src["level"], src["speaker"], tuple(src["campaigns"]))
        for sid, src in _sources(ids, fields)
    }


def _ids_query(ids: Iterable[int]) -> dict:
    return {"bool": {"filter": [{"ids": {"values": [str(i) for i in ids]}}]}}


def ranked(match: MatchSet, sort: str = "relevance") -> list[tuple[int, float]]:
    if not match.ids:
        return []
    query = _ids_query(match.ids)
    needles = list(match.needles)
    if sort in ("relevance", "hits") and needles:
        return _by_relevance(query, needles, None, by_hits=sort == "hits")
    return [(sid, 0.0) for sid in _by_date(query, len(match.ids), sort != "date")]


def facets_for(ids: Iterable[int]) -> dict[str, list[Facet]]:
    body = {"query": _ids_query(ids), "size": 0, "aggs": _facet_aggs()}
    return _facets(_es().search(index=conn.alias(), body=body)["aggregations"])
