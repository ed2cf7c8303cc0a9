"""Query execution: parsed query -> candidates -> checked ids -> filters -> facets -> page.

Exactness comes from the check step, not from Whoosh: a term's candidates are the members of
gram documents holding all of its grams, and each candidate is kept only if the term occurs
literally in its stored normalized text. Counts are the size of the checked set; Whoosh's
BM25F only orders the page that is shown.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from collections.abc import Iterable

from whoosh.query import Or as WOr
from whoosh.query import Term as WTerm

from speeches.models import Campaign
from speeches.search import heading_terms, highlight, ranking
from speeches.search.analysis import query_grams, word_counts, words
from speeches.search.documents import date_number
from speeches.search.embedded.literal import literal
from speeches.search.embedded.snapshot import Snapshot, snapshot
from speeches.search.query import And, Node, Not, Or, Term, parse_query
from speeches.search.results import Facet, Hit, SearchPage
from speeches.search.rows import source_texts
from speeches.search.rules import active_filters, campaign_slugs, validate
from speeches.search.source_map import SpeechSource
from speeches.text.normalize import normalize_document

DIRECT_CHECK = 64  # below this many speeches, checking every one beats a gram lookup


# --- filters --------------------------------------------------------------------------------


def _filtered(snap: Snapshot, filters: dict[str, object]) -> set[int]:
    """Ids in the index passing every filter."""
    checks = []
    if "campaign" in filters:
        slugs = campaign_slugs(str(filters["campaign"]))
        checks.append(lambda m: not slugs.isdisjoint(m.campaigns))
    if "level" in filters:
        level = str(filters["level"])
        checks.append(lambda m: m.level == level)
    if "speaker" in filters:
        speaker = str(filters["speaker"]).strip()
        checks.append(lambda m: m.speaker == speaker)
    if "year" in filters:
        year = int(filters["year"])
        checks.append(lambda m: m.year == year)
    if "year_from" in filters:
        low = int(filters["year_from"])
        checks.append(lambda m: m.date and m.year >= low)
    if "year_to" in filters:
        high = int(filters["year_to"])
        checks.append(lambda m: m.date and m.year <= high)
    if "date_from" in filters:
        low = date_number(filters["date_from"])
        checks.append(lambda m: m.date and m.date >= low)
    if "date_to" in filters:
        high = date_number(filters["date_to"])
        checks.append(lambda m: m.date and m.date <= high)
    if not checks:
        return set(snap.meta)
    return {sid for sid, m in snap.meta.items() if all(check(m) for check in checks)}


# --- boolean evaluation with the check step -------------------------------------------------


class _Matcher:
    """Evaluates a query tree over a domain of ids, caching each term's candidates."""

    def __init__(self, snap: Snapshot):
        self.snap = snap
        self._candidates: dict[str, set[int] | None] = {}

    def needle(self, term: Term) -> str:
        # Terms from parse_query are normalized already; hand-built ones may not be.
        return normalize_document(term.text)

    def term(self, term: Term, domain: set[int]) -> set[int]:
        needle = self.needle(term)
        if not needle.strip():
            return set(domain)
        data = needle.encode("utf-8")
        title_only = term.field == "title"
        known = literal(self.snap).cached_set(needle, title_only)
        if known is not None:  # this literal's whole match set is known already
            return domain & known
        grams = query_grams(needle)
        pool = domain
        if len(domain) > DIRECT_CHECK:
            if needle not in self._candidates:
                self._candidates[needle] = self.snap.candidates(grams)
            found = self._candidates[needle]
            if found is not None:
                pool = domain & found
        # The per-speech signature spares the substring scan of most speeches lacking a
        # gram; the scan alone decides.
        probes = self.snap.signature_probes(needle)
        may, contains = self.snap.may_contain, self.snap.contains
        found = {sid for sid in pool if may(sid, probes) and contains(sid, data, title_only)}
        if len(domain) == len(self.snap.meta):  # the whole archive: keep it for ranking
            literal(self.snap).remember_set(needle, title_only, found)
        return found

    def selectivity(self, node: Node) -> tuple[int, int]:
        """Sort key: likely-rarest term first, so later terms check fewer speeches.

        The estimate is the document frequency of the term's rarest jieba word (a word
        inside a longer compound is not counted, so it is only a guess, and only the
        order of evaluation depends on it); compound nodes go last.
        """
        if not isinstance(node, Term):
            return (len(self.snap.meta) + 1, 0)
        needle = self.needle(node)
        counts = [self.snap.main.doc_frequency("text", w) for w in words(needle)]
        return (min(counts, default=len(self.snap.meta)), -len(needle))

    def eval(self, node: Node, domain: set[int]) -> set[int]:
        if not domain:
            return set()
        if isinstance(node, Term):
            found = self.term(node, domain)
            if node.field == "heading":  # the literal must also be inside a heading
                found = heading_terms.with_heading(self.snap, found, self.needle(node))
            return found
        if isinstance(node, Not):
            return domain - self.eval(node.item, domain)
        if isinstance(node, Or):
            union: set[int] = set()
            for item in node.items:
                union |= self.eval(item, domain - union)
            return union
        if isinstance(node, And):
            # Positive items narrow the domain first, longest literal first (most selective).
            positives = [i for i in node.items if not isinstance(i, Not)]
            negatives = [i.item for i in node.items if isinstance(i, Not)]
            result = set(domain)
            for item in sorted(positives, key=self.selectivity):
                result = self.eval(item, result)
            for item in negatives:
                if not result:
                    break
                result -= self.eval(item, result)
            return result
        raise TypeError(f"not a query node: {node!r}")


def match(tree: Node | None, domain: set[int], snap: Snapshot | None = None) -> set[int]:
    """The ids in ``domain`` whose normalized title/text satisfy ``tree`` (None = all)."""
    if tree is None:
        return set(domain)
    return _Matcher(snap or snapshot()).eval(tree, domain)


# --- ordering -------------------------------------------------------------------------------


def _by_date(snap: Snapshot, ids: Iterable[int], n: int, newest_first: bool) -> list[int]:
    meta = snap.meta
    # Unknown dates (0) go last either way; ids break ties so pages partition the results.
    if newest_first:
        return heapq.nsmallest(n, ids, key=lambda s: (meta[s].date == 0, -meta[s].date, -s))
    return heapq.nsmallest(n, ids, key=lambda s: (meta[s].date == 0, meta[s].date, s))


def _term_ids(snap: Snapshot, needle: str) -> frozenset[int]:
    """Every speech in the index whose normalized title + text holds ``needle`` (cached)."""
    lit = literal(snap)
    found = lit.cached_set(needle)
    if found is None:
        found = lit.remember_set(needle, False, match(Term(needle), set(snap.meta), snap))
    return found


def _by_relevance(
    snap: Snapshot, ids: set[int], terms: list[Term], n: int | None, by_hits: bool = False
) -> list[tuple[int, float]]:
    """BM25 over the literal occurrences of the positive terms (see ``ranking``), every hit
    scored; ``n`` best first (None = all of them). ``by_hits``: the score is the number of
    occurrences instead (sort=hits)."""
    lit = literal(snap)
    needles = [x for x in dict.fromkeys(normalize_document(t.text) for t in terms) if x.strip()]
    if not needles:
        return [(sid, 0.0) for sid in _by_date(snap, ids, n or len(ids), True)]
    df = {x: len(_term_ids(snap, x)) for x in needles}
    ordered = list(ids)
    tf = {x: dict(zip(ordered, lit.counts(ordered, x), strict=True)) for x in needles}
    meta = snap.meta
    if by_hits:
        hits = {sid: float(sum(tf[x][sid] for x in needles)) for sid in ordered}
        return ranking.rank(hits, n, tiebreak=lambda sid: (-meta[sid].date, -sid))
    scores = ranking.bm25_scores(
        needles,
        ordered,
        count=lambda sid, needle: tf[needle][sid],
        length=lit.length,
        n_docs=len(snap.meta),
        avg_length=lit.avg_length(),
        df=df,
        titled=_titled(lit, ordered, needles),
    )
    return ranking.rank(scores, n, tiebreak=lambda sid: (-meta[sid].date, -sid))


def _titled(lit, ids: list[int], needles: list[str]) -> set[int]:
    """Ids whose title alone holds every needle (the literal title tier)."""
    title = lit.title
    found = set(ids)
    for needle in needles:
        found = {sid for sid in found if needle in title(sid)}
    return found


# --- facets ---------------------------------------------------------------------------------


def _facets(snap: Snapshot, ids: set[int]) -> dict[str, list[Facet]]:

    level: Counter[str] = Counter()
    speaker: Counter[str] = Counter()
    year: Counter[int] = Counter()
    campaign: Counter[str] = Counter()
    meta = snap.meta
    for sid in ids:
        m = meta[sid]
        if m.level:
            level[m.level] += 1
        if m.speaker:
            speaker[m.speaker] += 1
        if m.date:
            year[m.year] += 1
        campaign.update(m.campaigns)
    names = dict(Campaign.objects.filter(slug__in=list(campaign)).values_list("slug", "name"))

    def ordered(counter: Counter) -> list[tuple[str, int]]:
        return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))

    return {
        "campaign": [Facet(s, names.get(s, s), c) for s, c in ordered(campaign)],
        "level": [Facet(v, v, c) for v, c in ordered(level)],
        "speaker": [Facet(v, v, c) for v, c in ordered(speaker)],
        "year": [Facet(str(y), str(y), c) for y, c in sorted(year.items(), reverse=True)],
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
    snap = snapshot()
    ids = match(parsed.tree, _filtered(snap, filters), snap)
    terms = parsed.positive_terms()

    end = page * page_size
    if sort in ("relevance", "hits") and terms:
        ranked = _by_relevance(snap, ids, terms, end, by_hits=sort == "hits")
    else:
        order = _by_date(snap, ids, end, newest_first=sort != "date")
        ranked = [(sid, 0.0) for sid in order]
    window = ranked[end - page_size : end]

    sources = source_texts(sid for sid, _ in window) if with_snippets else {}
    hits = [_hit(snap, sid, score, terms, sources.get(sid)) for sid, score in window]
    return SearchPage(
        query=q or "",
        count=len(ids),
        page=page,
        page_size=page_size,
        hits=hits,
        facets=_facets(snap, ids) if with_facets else {},
        parsed=parsed,
        filters=filters,
    )


def _hit(
    snap: Snapshot, sid: int, score: float, terms: list[Term], source: SpeechSource | None
) -> Hit:
    """``source``: the speech as stored, for snippets (None: no snippets)."""
    if source is not None:
        snippets, heads, count = highlight.hit_snippets(snap.text(sid), terms, source)
        return Hit(
            speech_id=sid,
            score=float(score),
            snippets=snippets,
            occurrences=count,
            headings=heads,
        )
    count = sum(snap.count(sid, normalize_document(t.text).encode("utf-8")) for t in terms)
    return Hit(speech_id=sid, score=float(score), snippets=[], occurrences=count)


def more_like_this(speech_id: int, limit: int = 5) -> list[int]:
    """Speeches sharing this one's most distinctive words (never the speech itself)."""

    snap = snapshot()
    if speech_id not in snap.meta or limit < 1:
        return []
    counts = word_counts(snap.text(speech_id))
    searcher = snap.main
    weighted = sorted(
        ((freq * searcher.idf("text", w), w) for w, freq in counts.items() if len(w) > 1),
        reverse=True,
    )[:25]
    if not weighted:
        return []
    query = WOr([WTerm("text", w, boost=max(weight, 0.01)) for weight, w in weighted])
    own = snap.meta[speech_id].docnum
    results = searcher.search(query, limit=limit + 1, mask={own})
    return [snap.by_docnum[hit.docnum] for hit in results][:limit]
