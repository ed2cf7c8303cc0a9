"""The English interface: a complete catalog, and every page free of Chinese interface text.

Speech content stays Chinese in both languages; templates mark it with ``lang="zh-Hans"``
(which screen readers need anyway on an English page), and the few data values written
inside a sentence or a ``<title>`` are removed by value before the check.
"""

from __future__ import annotations

import gettext
import re
import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
COMPILED = CATALOG.with_suffix(".mo")
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
# As in locale/README.md: the sample web pages under fixtures/ are not templates.
MAKEMESSAGES_IGNORE = ["fixtures/*", "var/*", "artifacts/*", "bench/*", "tests/*", "docs/*"]
# Django's makemessages runs GNU gettext's xgettext and msgmerge.
NEEDS_MAKEMESSAGES = pytest.mark.needs("xgettext", "msgmerge")
COPY_IGNORE = shutil.ignore_patterns(
    ".git", ".venv", "var", "artifacts", "fixtures", "bench", "docs", "__pycache__", "*.mo"
)


# --- the catalog ------------------------------------------------------------------------------


def parse_po(text: str) -> list[dict]:
    """Entries of a .po file: msgid, msgid_plural, msgctxt, msgstr(s) and flags.

    Obsolete entries (``#~``) are left out: gettext ignores them too.
    """
    entries: list[dict] = []
    entry: dict = {}
    key = None

    def finish() -> None:
        nonlocal entry, key
        if "msgid" in entry:
            entries.append(entry)
        entry, key = {}, None

    for line in text.splitlines():
        line = line.strip()
        if not line:
            finish()
        elif line.startswith("#,"):
            if "msgid" in entry:
                finish()
            entry.setdefault("flags", set()).update(f.strip() for f in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            entry[key] += _unquote(line)
        else:
            name, _, rest = line.partition(" ")
            if name in ("msgctxt", "msgid") and any(k.startswith("msgstr") for k in entry):
                finish()
            key = name
            entry[key] = _unquote(rest)
    finish()
    return entries


def _unquote(quoted: str) -> str:
    body = quoted.strip()[1:-1]
    return re.sub(r'\\(["\\nt])', lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), body)


def untranslated_or_fuzzy(entries: list[dict]) -> list[str]:
    problems = []
    for entry in entries:
        if entry["msgid"] == "":  # the header
            continue
        label = repr(entry["msgid"])
        if "fuzzy" in entry.get("flags", set()):
            problems.append(f"fuzzy: {label}")
        strings = [v for k, v in entry.items() if k.startswith("msgstr")]
        if not strings or any(s == "" for s in strings):
            problems.append(f"untranslated: {label}")
    return problems


def test_parse_po_sees_fuzzy_and_empty_entries():
    text = (
        'msgid ""\nmsgstr "Language: en\\n"\n\n'
        '#, fuzzy, python-format\nmsgid "甲"\nmsgstr "A"\n\n'
        'msgid "乙"\nmsgid_plural "乙"\nmsgstr[0] "B"\nmsgstr[1] ""\n\n'
        'msgctxt "level"\nmsgid "省"\nmsgstr ""\n"Provincial"\n\n'
        '#~ msgid "丙"\n#~ msgstr ""\n'
    )
    entries = parse_po(text)
    assert [e["msgid"] for e in entries] == ["", "甲", "乙", "省"]
    assert entries[3]["msgstr"] == "Provincial" and entries[3]["msgctxt"] == "level"
    assert untranslated_or_fuzzy(entries) == ["fuzzy: '甲'", "untranslated: '乙'"]


@pytest.fixture(scope="module")
def fresh_catalog(tmp_path_factory) -> Path:
    """``makemessages -l en`` run on a copy of the project, so the repository is untouched
    (its tests are marked NEEDS_MAKEMESSAGES)."""
    copy = tmp_path_factory.mktemp("project") / "main"
    shutil.copytree(ROOT, copy, ignore=COPY_IGNORE)
    command = [sys.executable, "manage.py", "makemessages", "-l", "en", "--no-obsolete"]
    command += [arg for pattern in MAKEMESSAGES_IGNORE for arg in ("--ignore", pattern)]
    subprocess.run(command, cwd=copy, check=True, capture_output=True, text=True, timeout=300)
    return copy / "locale" / "en" / "LC_MESSAGES" / "django.po"


@NEEDS_MAKEMESSAGES
def test_makemessages_leaves_nothing_untranslated_or_fuzzy(fresh_catalog):
    entries = parse_po(fresh_catalog.read_text(encoding="utf-8"))
    assert len(entries) > 100, "makemessages found suspiciously few strings"
    assert untranslated_or_fuzzy(entries) == []


@NEEDS_MAKEMESSAGES
def test_catalog_has_no_obsolete_entries(fresh_catalog):
    """The committed catalog holds exactly the strings the code uses (nothing left over)."""
    fresh = {(e.get("msgctxt"), e["msgid"]) for e in parse_po(fresh_catalog.read_text("utf-8"))}
    committed = {(e.get("msgctxt"), e["msgid"]) for e in parse_po(CATALOG.read_text("utf-8"))}
    assert committed == fresh


@pytest.mark.needs("msgfmt")
def test_committed_mo_matches_the_po(tmp_path):
    """The site runs from the committed django.mo: it must be compiled from the current .po."""
    compiled = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "-o", compiled, CATALOG], check=True, timeout=60)
    with compiled.open("rb") as fresh, COMPILED.open("rb") as committed:
        assert (
            gettext.GNUTranslations(committed)._catalog == gettext.GNUTranslations(fresh)._catalog
        )


def untranslated_template_text(source: str) -> list[str]:
    """Chinese written into a template outside the translation tags.

    Page rendering only sees the branches the sample data takes; this reads every branch.
    Text the template itself marks as Chinese (the 中文 language button) is allowed.
    """
    text = re.sub(
        r"\{%\s*blocktranslate.*?%\}.*?\{%\s*endblocktranslate\s*%\}", "", source, flags=re.S
    )
    text = re.sub(r"\{%\s*translate\s.*?%\}", "", text)
    text = re.sub(r"\{#.*?#\}", "", text, flags=re.S)
    text = re.sub(r"<(\w+)[^>]*\slang=\"zh-Hans\"[^>]*>[^<{]*</\1>", "", text)
    return han_leftovers(text)


def test_untranslated_template_text_finds_bare_chinese():
    assert (
        untranslated_template_text('<p>{% translate "检索" %}</p><b lang="zh-Hans">中文</b>') == []
    )
    assert untranslated_template_text("<p>{{ n }} 篇</p>") == ["<p>{{ n }} 篇</p>"]


def test_templates_have_no_chinese_outside_translation_tags():
    found = {}
    for path in sorted((ROOT / "templates").rglob("*.html")):
        leftovers = untranslated_template_text(path.read_text(encoding="utf-8"))
        if leftovers:
            found[str(path.relative_to(ROOT))] = leftovers
    assert found == {}


# --- pages ------------------------------------------------------------------------------------

QUERY = "创先争优"
# Attributes read out or shown to people; hidden inputs' values are parameters, not text.
TEXT_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")
LABEL_VALUES = "//input[@type='submit' or @type='button' or @type='reset']/@value"


@pytest.fixture
def archive(seeds):
    """The five seeds with an index matching the database (earlier tests' rollbacks leave
    stale entries behind)."""
    from speeches import search

    search.rebuild_index()
    return seeds


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def data_strings(*queries: str) -> list[str]:
    """Every stored value a page may show inside interface text, longest first."""
    from speeches.models import Campaign, Speaker, Speech

    values: set[str] = set()
    for speech in Speech.objects.all():
        values.update([speech.title, speech.occasion, speech.organization, speech.region])
        values.update([speech.speaker_position, speech.alt_title])
        values.update(_outline_titles(speech.outline or []))
    for speaker in Speaker.objects.all():
        values.update([speaker.name, speaker.organization, *speaker.alias_list])
    for campaign in Campaign.objects.all():
        values.update([campaign.name, campaign.short_name, campaign.description])
    for query in queries:
        values.add(query)
        values.update(re.split(r"[\s\"“”:,，、]+", query))  # trends take terms by commas
    return sorted((v for v in values if v), key=len, reverse=True)


def _outline_titles(nodes: list[dict]) -> list[str]:
    titles = []
    for node in nodes:
        titles += [node["title"], *_outline_titles(node.get("children") or [])]
    return titles


def interface_text(page: str, data: list[str]) -> str:
    """The page's visible and announced text without the archive's content."""
    root = lxml.html.document_fromstring(page)
    for element in root.xpath("//script | //style | //*[starts-with(@lang, 'zh')]"):
        if element is not root:
            element.drop_tree()
    pieces = [root.text_content()]
    for name in TEXT_ATTRIBUTES:
        pieces += root.xpath(f"//@{name}")
    pieces += root.xpath(LABEL_VALUES)
    text = "\n".join(pieces)
    for value in data:
        text = text.replace(value, " ")
    return text


def han_leftovers(text: str) -> list[str]:
    runs = re.finditer(f"(?:{HAN.pattern})+", text)
    return [text[max(0, m.start() - 20) : m.end() + 20].strip() for m in runs]


def public_pages(seeds: dict) -> list[tuple[str, int]]:
    """(url, expected status) for every kind of public page."""
    from speeches.models import Campaign, Level

    speech = seeds["单位创先争优活动汇报大会讲话"]
    speaker = next(s.speaker for s in seeds.values() if s.speaker)
    dated = next(s for s in seeds.values() if s.date)
    level = next(s.level for s in seeds.values() if s.level) or Level.COUNTY
    campaign = Campaign.objects.filter(speeches__isnull=False).first()
    return [
        ("/", 200),
        ("/api/", 200),
        ("/campaigns/", 200),
        (campaign.get_absolute_url(), 200),
        ("/speakers/", 200),
        (speaker.get_absolute_url(), 200),
        ("/levels/", 200),
        (f"/levels/{level}/", 200),
        ("/years/", 200),
        (f"/years/{dated.date.year}/", 200),
        (f"{speech.get_absolute_url()}?q={QUERY}", 200),
        (f"{speech.get_absolute_url()}?q=量子纠缠", 200),
        (speech.get_absolute_url(), 200),
        ("/search/", 200),
        (f"/search/?q={QUERY}", 200),
        (f"/search/?q=党&level={level}&sort=-date&page_size=2", 200),
        (f"/search/?q=党 讲话人:{speaker.name} year:2000..2030&campaign={campaign.slug}", 200),
        ("/search/?q=党员 量子纠缠", 200),
        ("/search/?q=党&page=zero", 400),
        ("/no-such-page/", 404),
        ("/levels/无此层级/", 404),
        ("/reuse/", 200),  # the corpus view before any full pass
        ("/compare/?s=1", 400),
        *research_pages(),
    ]


def research_pages() -> list[tuple[str, int]]:
    """The research tools: the concordance, sentence and headings views of a search, trends."""
    return [
        (f"/search/?q={QUERY}&view=kwic", 200),
        (f"/search/?q={QUERY}&view=kwic&lsort=left&page_size=2", 200),
        (f"/search/?q={QUERY}&view=sentence", 200),
        (f"/search/?q={QUERY}&view=headings", 200),
        ("/search/?q=量子纠缠&view=kwic", 200),
        ("/search/?q=量子纠缠&view=headings", 200),
        ("/trends/", 200),
        (f"/trends/?q={QUERY},党员", 200),
        (f"/trends/?q={QUERY}&split=level", 200),
        (f"/trends/?q={QUERY}&split=campaign", 200),
        ("/trends/?q=量子纠缠", 200),
        (f"/trends/?q={QUERY}&split=no-such-split", 400),
    ]


@pytest.fixture
def reused(archive, fixtures_dir):
    """The seeds plus two earlier copies of a seed's clean original, after a full reuse pass:
    the seed's page shows an earlier source, the copies a later reuse, and the corpus view
    a passage in three speeches."""
    import datetime as dt

    from reuse import services as reuse
    from speeches import services
    from speeches.models import Level

    original = fixtures_dir / "ingest" / "near_dup" / "001_clean_original.txt"
    body = original.read_text(encoding="utf-8")
    first = services.create_speech(
        title="原稿", body=body, date=dt.date(2009, 5, 1), level=Level.CITY
    )
    later = dict(date=dt.date(2009, 6, 1), level=Level.TOWNSHIP)
    services.create_speech(title="转发稿", body=body + "\n附：会议通知。", **later)
    reuse.rebuild()
    reuse.refresh_widespread()
    return first, archive["在全县创先争优活动推进会议上的讲话"]  # the seed from that original


@pytest.mark.django_db
def test_reuse_pages_in_english_have_no_chinese_interface_text(client, reused):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    first, copy = reused
    pages = {
        copy.get_absolute_url(): "Source (earlier)",
        first.get_absolute_url(): "Reused later",
        f"/compare/{copy.pk}/{first.pk}/": "aligned shared passage",
        "/reuse/": "In 3 speeches",
    }
    data = data_strings()
    leftovers = {}
    for url, label in pages.items():
        page = _get(client, url, 200)
        assert label in page, url
        found = han_leftovers(interface_text(page, data))
        if found:
            leftovers[url] = found
    assert leftovers == {}


def _get(client, url: str, status: int) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def _queries(url: str) -> list[str]:
    from urllib.parse import parse_qs, urlsplit

    params = parse_qs(urlsplit(url).query)
    return params.get("q", [])


@pytest.mark.django_db
def test_every_public_page_in_english_has_no_chinese_interface_text(client, archive):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    leftovers = {}
    for url, status in public_pages(archive):
        page = _get(client, url, status)
        assert '<html lang="en">' in page, url
        found = han_leftovers(interface_text(page, data_strings(*_queries(url))))
        if found:
            leftovers[url] = found
    assert leftovers == {}


@pytest.mark.django_db
def test_english_pages_show_english_labels_levels_and_dates(client, archive):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    home = _get(client, "/", 200)
    for label in ("Campaigns", "Speakers", "Levels", "Search", "County"):
        assert label in home
    # Translations inside attributes must not end the attribute early; English placeholders
    # quote with ASCII quotes (curly ones render as wide CJK punctuation in a CJK font).
    assert "placeholder=\"Words or 'a phrase'\"" in home
    speech = next(s for s in archive.values() if s.date and s.date_precision == "day")
    page = _get(client, speech.get_absolute_url(), 200)
    english_date = f"{speech.date.day} {speech.date:%B} {speech.date.year}"
    assert english_date in page
    # Stored level values stay Chinese in links and filters.
    assert 'href="/levels/%E5%8E%BF/"' in home or 'href="/levels/县/"' in home


@pytest.mark.django_db
def test_admin_upload_pages_in_english(staff_client, archive, fixtures_dir):
    staff_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    url = "/admin/speeches/speech/upload/"
    data = data_strings()
    form = _get(staff_client, url, 200)
    assert han_leftovers(interface_text(form, data)) == []
    sample = fixtures_dir / "ingest" / "good" / "001_wenku_utf8.txt"
    with sample.open("rb") as upload:
        response = staff_client.post(url, {"files": [upload]})
    assert response.status_code == 302
    preview = _get(staff_client, response["Location"], 200)
    assert "Progress" in preview
    # The preview shows the extracted text and fields in editable inputs and the file names
    # in headings and the status table: content, so only the labels, choices (levels, date
    # precisions) and messages around them are checked.
    root = lxml.html.document_fromstring(preview)
    for element in root.xpath(
        "//textarea | //input | //h3 | //table[@class='upload-status']//td[2]"
    ):
        element.drop_tree()
    text = lxml.html.tostring(root, encoding="unicode")
    assert "Provincial" in text and "unknown" in text
    assert han_leftovers(interface_text(text, data)) == []


@pytest.mark.django_db
def test_admin_change_page_in_english(staff_client, archive):
    """The change form with the metadata evidence the extractor recorded (its values and
    evidence lines are content, marked zh-Hans; the form's inputs hold content too)."""
    from speeches.models import Speech

    staff_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    speech = archive["单位创先争优活动汇报大会讲话"]
    found = {"value": "2012-11-17", "confidence": 0.9, "evidence": "二〇一二年十一月十七日"}
    Speech.objects.filter(pk=speech.pk).update(
        metadata_evidence={"date": [found]}, set_by_person=["title"]
    )
    page = _get(staff_client, f"/admin/speeches/speech/{speech.pk}/change/", 200)
    assert "二〇一二年十一月十七日" in page and "confidence" in page
    root = lxml.html.document_fromstring(page)
    for element in root.xpath("//textarea | //input"):
        element.drop_tree()
    text = lxml.html.tostring(root, encoding="unicode")
    assert han_leftovers(interface_text(text, data_strings())) == []


@pytest.mark.django_db
def test_same_pages_in_chinese_keep_chinese_labels(client, archive):
    home = _get(client, "/", 200)
    assert '<html lang="zh-Hans">' in home
    for label in ("主题活动", "讲话人", "层级", "检索", "县"):
        assert label in home
    speech = next(s for s in archive.values() if s.date and s.date_precision == "day")
    page = _get(client, speech.get_absolute_url(), 200)
    assert f"{speech.date.year}年{speech.date.month}月{speech.date.day}日" in page
    # The check used on English pages does find the Chinese interface.
    assert han_leftovers(interface_text(home, data_strings()))
    assert "Campaigns" not in _get(client, "/campaigns/", 200)


@pytest.mark.django_db
def test_accept_language_picks_english(client, archive):
    page = client.get("/levels/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="en">' in page and "Provincial" in page


@pytest.mark.django_db
def test_language_choice_persists_in_a_cookie(client, archive):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/levels/"})
    assert response.status_code == 302 and response["Location"] == "/levels/"
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    for url in ("/levels/", "/years/", "/search/"):
        assert '<html lang="en">' in _get(client, url, 200), url
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    assert '<html lang="zh-Hans">' in _get(client, "/levels/", 200)


def test_server_error_and_lockout_pages_in_english():
    import time

    from django.template.loader import render_to_string
    from django.utils import translation

    from speeches.security import locked_response

    with translation.override("en"):
        error_page = render_to_string("500.html")
        lockout = locked_response(time.time() + 590).content.decode()
    assert '<html lang="en">' in error_page and "Server error" in error_page
    assert '<html lang="en">' in lockout and "10 minutes" in lockout
    assert han_leftovers(interface_text(error_page, [])) == []
    assert han_leftovers(interface_text(lockout, [])) == []
    with translation.override("zh-hans"):
        assert "服务器出错" in render_to_string("500.html")


@pytest.mark.django_db
def test_admin_upload_errors_in_english(staff_client, fixtures_dir):
    """Ingest errors (from the pure extract/sources modules) reach the page translated."""
    staff_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    bad = fixtures_dir / "ingest" / "bad"
    names = ("empty.txt", "english_only.txt", "path_traversal.zip")
    uploads = [(bad / name).open("rb") for name in names]
    try:
        response = staff_client.post("/admin/speeches/speech/upload/", {"files": uploads})
    finally:
        for upload in uploads:
            upload.close()
    assert response.status_code == 302
    preview = _get(staff_client, response["Location"], 200)
    assert "Empty file (0 bytes)" in preview
    assert "Not the text of a Chinese speech" in preview
    assert "Unsafe path in the zip" in preview
    root = lxml.html.document_fromstring(preview)
    for element in root.xpath("//h3 | //table[@class='upload-status']//td[2]"):
        element.drop_tree()
    assert han_leftovers(interface_text(lxml.html.tostring(root, encoding="unicode"), [])) == []
