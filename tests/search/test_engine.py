"""Search exactness and the query features over a real corpus (seeds + official reports).

The corpus is built once per module through ``demo.load.load_demo`` (the services path,
so the index is written by the real outbox) plus a few speeches written to exercise script
variants, Latin/digits and unpublished texts. Expected results always come from a plain
substring test on ``normalize_document(title + "\\n" + body)``.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import opencc
import pytest
from django.core.management import call_command

from speeches import search, services
from speeches.models import Speech
from speeches.search.analysis import words
from speeches.search.embedded import engine, layout, rebuild, snapshot
from speeches.search.query import Term
from speeches.text.normalize import HAN, normalize_document

HAN_RUN = re.compile(f"[{HAN}]+")
EXTRA = [
    # Traditional script and full-width forms in the stored text.
    dict(
        title="黨員幹部學習會講話",
        body="各位黨員幹部：要堅持從嚴治黨，ＡＢＣ２０２４年。",
        level="基层",
    ),
    # Latin, digits and punctuation; spaces between Han characters from a PDF.
    dict(
        title="GDP 与 5G 建设", body="2024年GDP增长5%，5G基站达到337.7万个。活 动 开 展", level="市"
    ),
    # Never listed: unpublished.
    dict(
        title="未公开的讲话稿", body="这是一篇内部讲话稿，独有词语甲乙丙丁戊。", is_published=False
    ),
]


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    """{id: normalized title+text} of every published speech, indexed through services."""
    from demo.load import load_demo

    with django_db_blocker.unblock():
        layout.reset()
        load_demo(reports=True, limit=40)
        for row in EXTRA:
            services.create_speech(**row)
        texts = {
            s.pk: normalize_document(s.title + "\n" + s.body) for s in Speech.objects.published()
        }
        assert len(texts) >= 30
        yield texts
        call_command("flush", interactive=False, verbosity=0)
        layout.reset()


def all_ids(q: str, **kwargs) -> tuple[set[int], int]:
    """Every id the search returns for ``q`` across all pages, and the reported count."""
    ids: set[int] = set()
    page = 1
    while True:
        result = search.search(q, page=page, page_size=100, with_snippets=False, **kwargs)
        ids.update(h.speech_id for h in result.hits)
        if page * 100 >= result.count:
            return ids, result.count
        page += 1


def expected(corpus: dict[int, str], *terms: str) -> set[int]:
    return {sid for sid, text in corpus.items() if all(t in text for t in terms)}


def sample_queries(corpus: dict[int, str], n: int, seed: int = 1) -> list[str]:
    """Literal queries sampled as shared/tools/search_recall.py samples them."""
    rng = random.Random(seed)
    lines = [ln for text in corpus.values() for ln in text.splitlines() if HAN_RUN.search(ln)]
    queries: list[str] = []
    attempts = 0
    while len(queries) < n and attempts < n * 50:
        attempts += 1
        runs = [r for r in HAN_RUN.findall(rng.choice(lines)) if len(r) >= 2]
        if not runs:
            continue
        run = rng.choice(runs)
        if attempts % 2 == 0:  # start on a jieba word boundary, as people type
            tokens = words(run)
            if not tokens:
                continue
            q = ""
            for w in tokens[rng.randrange(len(tokens)) :]:
                if len(q) + len(w) > 8:
                    break
                q += w
        else:
            size = rng.randint(2, min(8, len(run)))
            start = rng.randint(0, len(run) - size)
            q = run[start : start + size]
        if len(q) >= 2 and q not in queries:
            queries.append(q)
    return queries


# --- exactness --------------------------------------------------------------------------------


@pytest.mark.django_db
def test_random_literal_queries_are_exact(corpus):
    queries = sample_queries(corpus, 320)
    assert len(queries) >= 300
    for q in queries:
        ids, count = all_ids(q)
        assert ids == expected(corpus, q), q
        assert count == len(ids), q


@pytest.mark.django_db
def test_any_literal_string_is_exact_at_engine_level(corpus):
    """Punctuation, digits, Latin, single characters: the gram index never misses."""
    rng = random.Random(7)
    texts = list(corpus.values())
    domain = set(corpus)
    snap = snapshot.snapshot()
    for _ in range(300):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        needle = text[start : start + rng.randint(1, 10)].strip()
        if not needle:
            continue
        assert engine.match(Term(needle), domain, snap) == expected(corpus, needle), needle


@pytest.mark.django_db
def test_words_jieba_cuts_apart_are_found(corpus):
    # 广大党员干部 is cut 广大/党员干部 or 广大党员/干部; 员干 is never a token.
    for q in ("党员干部", "员干", "大党员"):
        ids, count = all_ids(q)
        assert ids == expected(corpus, q) and ids, q
        assert count == len(ids)


@pytest.mark.django_db
def test_phrases_traditional_and_full_width_match_plain_simplified(corpus):
    s2t = opencc.OpenCC("s2t")
    for q in ("党员干部", "从严治党", "创先争优活动", "经济社会发展"):
        plain, _ = all_ids(q)
        assert plain == expected(corpus, q)
        assert all_ids(f'"{q}"')[0] == plain
        assert all_ids(f"“{q}”")[0] == plain
        assert all_ids(f"「{q}」")[0] == plain
        assert all_ids(s2t.convert(q))[0] == plain
    # Full-width digits and letters, and a document stored in Traditional / full-width.
    assert all_ids("ＧＤＰ")[0] == expected(corpus, "gdp")
    assert all_ids("２０２４年")[0] == expected(corpus, "2024年")
    stored_traditional = Speech.objects.get(title="黨員幹部學習會講話").pk
    assert stored_traditional in all_ids("党员干部")[0]
    assert stored_traditional in all_ids("abc2024")[0]
    # Spaces a PDF put between Han characters do not hide the word.
    assert Speech.objects.get(title="GDP 与 5G 建设").pk in all_ids("活动开展")[0]


@pytest.mark.django_db
def test_unpublished_speeches_are_never_found(corpus):
    assert all_ids("甲乙丙丁戊") == (set(), 0)


# --- operators -------------------------------------------------------------------------------


@pytest.mark.django_db
def test_and_or_not(corpus):
    a, b = "党员", "创先争优"
    assert all_ids(f"{a} {b}")[0] == expected(corpus, a, b)
    assert all_ids(f"{a} OR {b}")[0] == expected(corpus, a) | expected(corpus, b)
    assert all_ids(f"{a} -{b}")[0] == expected(corpus, a) - expected(corpus, b)
    assert all_ids(f"{a} NOT {b}")[0] == expected(corpus, a) - expected(corpus, b)
    assert all_ids(f"-{b}")[0] == set(corpus) - expected(corpus, b)
    grouped = all_ids(f"({a} OR 群众) -{b}")[0]
    assert grouped == (expected(corpus, a) | expected(corpus, "群众")) - expected(corpus, b)


@pytest.mark.django_db
def test_title_field_matches_the_title_only(corpus):
    titles = {s.pk: normalize_document(s.title) for s in Speech.objects.published()}
    ids, count = all_ids("title:政府工作报告")
    assert ids == {sid for sid, t in titles.items() if "政府工作报告" in t}
    assert count == len(ids)
    assert all_ids("标题:讲话")[0] == {sid for sid, t in titles.items() if "讲话" in t}


# --- filters ---------------------------------------------------------------------------------


def _published():
    return Speech.objects.published()


@pytest.mark.django_db
def test_every_filter(corpus):
    q = "党"
    with_q = expected(corpus, q)

    def ids_of(qs) -> set[int]:
        return set(qs.values_list("id", flat=True)) & with_q

    assert all_ids(q, level="县")[0] == ids_of(_published().filter(level="县"))
    assert all_ids(q, campaign="chuangxian-zhengyou")[0] == ids_of(
        _published().filter(campaigns__slug="chuangxian-zhengyou")
    )
    assert all_ids(q, speaker="周潮明")[0] == ids_of(_published().filter(speaker__name="周潮明"))
    assert all_ids(q, year=2010)[0] == ids_of(_published().filter(date__year=2010))
    frm, to = dt.date(2000, 1, 1), dt.date(2015, 12, 31)
    assert all_ids(q, date_from=frm, date_to=to)[0] == ids_of(
        _published().filter(date__gte=frm, date__lte=to)
    )
    assert all_ids(q, date_from=frm)[0] == ids_of(_published().filter(date__gte=frm))
    # The same filters written in the query string.
    assert all_ids(f"{q} 层级:县")[0] == all_ids(q, level="县")[0]
    assert all_ids(f"{q} 讲话人:周潮明")[0] == all_ids(q, speaker="周潮明")[0]
    assert all_ids(f"{q} 活动:创先争优活动")[0] == all_ids(q, campaign="chuangxian-zhengyou")[0]
    assert all_ids(f"{q} year:2000..2015")[0] == ids_of(
        _published().filter(date__year__gte=2000, date__year__lte=2015)
    )
    assert all_ids(q, campaign="no-such-campaign") == (set(), 0)


@pytest.mark.django_db
def test_empty_query_with_filters_lists_the_filtered_speeches(corpus):
    assert all_ids("")[0] == set(corpus)
    assert all_ids("", level="中央")[0] == set(
        _published().filter(level="中央").values_list("id", flat=True)
    )
    assert all_ids("讲话人:周潮明")[0] == set(
        _published().filter(speaker__name="周潮明").values_list("id", flat=True)
    )


@pytest.mark.django_db
def test_active_filters_are_reported(corpus):
    result = search.search("党 year:2010", level="县")
    assert result.filters["level"] == "县"
    assert result.filters["year_from"] == 2010 and result.filters["year_to"] == 2010


# --- facets, sorting, pages ------------------------------------------------------------------


@pytest.mark.django_db
def test_facets_count_the_whole_result_set(corpus):
    result = search.search("党员", page_size=5)
    ids = expected(corpus, "党员")
    assert result.count == len(ids)
    facets = result.facets
    with_level = _published().filter(id__in=ids).exclude(level="")
    assert sum(f.count for f in facets["level"]) == with_level.count()
    dated = _published().filter(id__in=ids, date__isnull=False)
    assert sum(f.count for f in facets["year"]) == dated.count()
    for facet in facets["campaign"]:
        assert facet.count == _published().filter(id__in=ids, campaigns__slug=facet.value).count()
    assert {f.value: f.label for f in facets["campaign"]}["chuangxian-zhengyou"] == "创先争优活动"
    counts = [f.count for f in facets["level"]]
    assert counts == sorted(counts, reverse=True)
    years = [int(f.value) for f in facets["year"]]
    assert years == sorted(years, reverse=True)


@pytest.mark.django_db
def test_level_facet_sums_to_count_when_every_speech_has_a_level(corpus):
    result = search.search("", campaign="chuangxian-zhengyou")
    assert result.count > 0
    assert sum(f.count for f in result.facets["level"]) == result.count


@pytest.mark.django_db
@pytest.mark.parametrize("sort", ["date", "-date"])
def test_sort_by_date(corpus, sort):
    dates = dict(_published().values_list("id", "date"))
    order: list[int] = []
    page = 1
    while True:
        result = search.search("发展", sort=sort, page=page, page_size=9, with_snippets=False)
        order += [h.speech_id for h in result.hits]
        if not result.hits:
            break
        page += 1
    assert set(order) == expected(corpus, "发展")
    known = [dates[i] for i in order if dates[i] is not None]
    assert known == sorted(known, reverse=sort == "-date")
    # Unknown dates come last either way.
    unknown = [i for i, sid in enumerate(order) if dates[sid] is None]
    assert unknown == list(range(len(order) - len(unknown), len(order)))


@pytest.mark.django_db
@pytest.mark.parametrize("sort", ["relevance", "date", "-date"])
@pytest.mark.parametrize("q", ["党员", "员干", ""])
def test_pages_partition_the_result_set(corpus, sort, q):
    first = search.search(q, sort=sort, page_size=7, with_snippets=False)
    seen: list[int] = []
    for page in range(1, first.num_pages + 2):
        result = search.search(q, sort=sort, page=page, page_size=7, with_snippets=False)
        assert result.count == first.count
        seen += [h.speech_id for h in result.hits]
    assert len(seen) == len(set(seen)) == first.count
    assert set(seen) == expected(corpus, q) if q else set(corpus)


@pytest.mark.django_db
def test_relevance_puts_literal_title_hits_first(corpus):
    result = search.search("政府工作报告", page_size=100, with_snippets=False)
    titles = dict(_published().values_list("id", "title"))
    in_title = [("政府工作报告" in normalize_document(titles[h.speech_id])) for h in result.hits]
    assert in_title == sorted(in_title, reverse=True)
    assert in_title[0]


@pytest.mark.django_db
def test_hits_carry_snippets_and_occurrences(corpus):
    result = search.search("创先争优", page_size=3)
    assert result.hits
    for hit in result.hits:
        text = corpus[hit.speech_id]
        assert hit.occurrences == text.count("创先争优")
        assert 1 <= len(hit.snippets) <= 3
        assert all("<mark>创先争优</mark>" in s for s in hit.snippets)
    assert search.search("创先争优", page_size=3, with_snippets=False).hits[0].snippets == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"sort": "newest"},
        {"page": 0},
        {"page_size": 0},
        {"page_size": 101},
        {"date_from": dt.date(2020, 1, 1), "date_to": dt.date(2019, 1, 1)},
    ],
)
def test_bad_parameters_raise_query_error(corpus, params):
    with pytest.raises(search.QueryError):
        search.search("党员", **params)


@pytest.mark.django_db
@pytest.mark.parametrize("q", ['"', "OR", "-", "NOT", "speaker:", "year:abc", "((", "a OR", "：："])
def test_any_query_string_parses(corpus, q):
    result = search.search(q)
    assert result.count == len(all_ids(q)[0])


@pytest.mark.django_db
def test_more_like_this(corpus):
    seed = Speech.objects.get(title__startswith="努力推动创先争优常态化长效化").pk
    similar = search.more_like_this(seed, limit=5)
    assert 1 <= len(similar) <= 5
    assert seed not in similar
    assert set(similar) <= set(corpus)


@pytest.mark.django_db
def test_a_speech_re_saved_alone_after_a_bulk_write_stays_exact(corpus):
    speech = Speech.objects.filter(level="中央").order_by("id").first()
    original = speech.body
    assert snapshot.snapshot().meta[speech.pk].in_grams  # written in the bulk load
    try:
        Speech.objects.filter(pk=speech.pk).update(body="全新正文：独有词语壬癸子丑。")
        search.index_speeches([speech.pk])
        assert all_ids("壬癸子丑")[0] == {speech.pk}
        assert not snapshot.snapshot().meta[speech.pk].in_grams
        old_phrase = normalize_document(original)[200:206]
        assert speech.pk not in all_ids(f'"{old_phrase}"')[0]
    finally:
        Speech.objects.filter(pk=speech.pk).update(body=original)
        search.index_speeches([speech.pk])
    assert all_ids("壬癸子丑") == (set(), 0)


@pytest.mark.django_db
def test_threads_searching_at_once_get_exact_results(corpus):
    from concurrent.futures import ThreadPoolExecutor

    queries = sample_queries(corpus, 60, seed=11)

    def run(q: str) -> tuple[str, set[int], int]:
        result = search.search(q, page_size=100, with_facets=False, with_snippets=False)
        return q, {h.speech_id for h in result.hits}, result.count

    with ThreadPoolExecutor(max_workers=4) as pool:
        for q, ids, count in pool.map(run, queries * 2):
            assert ids == expected(corpus, q), q
            assert count == len(ids)


@pytest.mark.django_db
def test_a_generation_with_the_old_signature_scheme_stays_exact(
    corpus, monkeypatch, django_capture_on_commit_callbacks
):
    from speeches.search.embedded import layout
    from speeches.search.signature import CURRENT, LEGACY

    monkeypatch.setattr(layout, "SIGNATURE", LEGACY)
    rebuild.rebuild()
    monkeypatch.undo()
    speech = None
    try:
        assert layout.current_generation().signature == LEGACY
        for q in sample_queries(corpus, 40, seed=5):
            assert all_ids(q)[0] == expected(corpus, q), q
        # Saved after the upgrade into the old generation: its signature is in that scheme.
        with django_capture_on_commit_callbacks(execute=True):
            speech = services.create_speech(title="旧索引中新增的讲话", body="独有词语寅卯辰巳。")
        assert all_ids("寅卯辰巳")[0] == {speech.pk}
        assert all_ids('"词语寅卯"')[0] == {speech.pk}
    finally:
        if speech is not None:
            with django_capture_on_commit_callbacks(execute=True):
                services.delete_speech(speech)
        rebuild.rebuild()
    assert layout.current_generation().signature == CURRENT
