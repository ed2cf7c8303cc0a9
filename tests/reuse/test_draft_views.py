"""The draft check page and POST /api/check through Django's test client."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client

from speeches import services

pytestmark = pytest.mark.django_db(transaction=True)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SEED_000 = (FIXTURES / "demo" / "seeds" / "000.txt").read_text("utf-8")
SEED_003 = (FIXTURES / "demo" / "seeds" / "003.txt").read_text("utf-8")
NEW = "今天我们在这里召开座谈会，主要是听取大家对下一阶段工作的意见和建议。"


@pytest.fixture
def archive():
    published = services.create_speech(
        title="在全市党建工作会议上的讲话",
        body=SEED_000,
        date=dt.date(2011, 5, 1),
        date_precision="day",
        level="市",
    )
    draft = services.create_speech(
        title="未发布的稿子", body=SEED_003, date=dt.date(2009, 1, 1), is_published=False
    )
    return published, draft


def _passage(body: str, start: int, length: int) -> str:
    return body[start : start + length]


@pytest.fixture
def staff():
    client = Client(enforce_csrf_checks=True)
    client.force_login(User.objects.create_user("editor", password="x", is_staff=True))
    client.get("/check/")  # the form sets the CSRF cookie
    return client


def _post(client: Client, url: str, data: dict):
    token = client.cookies["csrftoken"].value if "csrftoken" in client.cookies else ""
    return client.post(url, {**data, "csrfmiddlewaretoken": token})


def test_staff_only_by_default(client, archive):
    login = client.get("/check/")
    assert login.status_code == 302 and login["Location"] == "/admin/login/?next=/check/"
    response = client.post("/api/check", {"text": NEW})
    assert response.status_code == 403
    assert "staff" in response.json()["error"]


def test_page_marks_the_shared_passage_and_names_its_source(staff, archive):
    published, _ = archive
    copied = _passage(SEED_000, 400, 120)
    page = _post(staff, "/check/", {"text": NEW + copied + NEW, "before": "2015"})
    html = page.content.decode()
    assert page.status_code == 200
    assert '<mark class="shared" id="p1">' in html
    assert published.title in html and "2011-05-01" in html
    assert "不会保存" in html
    assert page["Cache-Control"] == "no-store"


def test_staff_api_needs_the_csrf_token(staff, archive):
    assert staff.post("/api/check", {"text": NEW}).status_code == 403
    assert _post(staff, "/api/check", {"text": NEW}).status_code == 200


def test_public_api_needs_no_session_and_no_token(settings, archive):
    settings.ARCHIVE_DRAFT_CHECK = "public"
    published, _unpublished = archive
    copied = _passage(SEED_000, 1000, 200)
    hidden = _passage(SEED_003, 500, 200)  # only in an unpublished speech
    text = NEW + copied + NEW + hidden + NEW
    response = Client(enforce_csrf_checks=True).post("/api/check", {"text": text})
    assert response.status_code == 200
    data = response.json()
    assert data["length"] == len(text) and "text" not in data
    (passage,) = data["passages"]
    assert abs(passage["start"] - text.index(copied)) <= 5
    assert abs(passage["end"] - (text.index(copied) + len(copied))) <= 5
    (source,) = passage["sources"]
    assert source["speech"] == published.pk
    assert SEED_000[source["start"] : source["end"]] in copied
    assert 0.3 < data["share"] < 0.8
    assert [s["id"] for s in data["speeches"]] == [published.pk]
    assert data["speeches"][0]["date"] == "2011-05-01"
    assert isinstance(data["new_formulations"], list)


def test_offsets_refer_to_the_cleaned_text_which_is_returned(settings, archive):
    settings.ARCHIVE_DRAFT_CHECK = "public"
    copied = _passage(SEED_000, 400, 120)
    submitted = "\u200b" + NEW + "\n\n\n" + copied
    data = Client().post("/api/check", {"text": submitted}).json()
    text = data["text"]
    assert text != submitted and copied in text
    (passage,) = data["passages"]
    assert abs(passage["start"] - text.index(copied)) <= 5


def test_side_by_side_of_the_draft_and_one_source(staff, archive):
    published, _ = archive
    copied = _passage(SEED_000, 400, 120)
    edited = copied[:50] + "效劳" + copied[52:]
    page = _post(staff, "/check/", {"text": NEW + edited, "source": str(published.pk)})
    html = page.content.decode()
    assert page.status_code == 200
    assert "草稿与讲话对照" in html and published.title in html
    assert "<del class='diff-chg'>效劳</del>" in html
    assert page["Cache-Control"] == "no-store"


def test_an_unpublished_speech_cannot_be_compared(staff, archive):
    _, unpublished = archive
    page = _post(staff, "/check/", {"text": NEW, "source": str(unpublished.pk)})
    assert page.status_code == 404
    assert unpublished.title not in page.content.decode()


def test_too_long_and_empty_drafts_are_refused(settings, archive):
    settings.ARCHIVE_DRAFT_CHECK = "public"
    settings.ARCHIVE_DRAFT_MAX_CHARS = 100
    too_long = Client().post("/api/check", {"text": NEW * 5})
    assert too_long.status_code == 413 and "100" in too_long.json()["error"]
    assert Client().post("/api/check", {"text": "  \n "}).status_code == 400


@pytest.mark.parametrize("name", ["002_styled.docx", "002_styled.pdf", "001_wenku_utf8.txt"])
def test_an_uploaded_file_is_read_like_an_upload(settings, archive, name):
    settings.ARCHIVE_DRAFT_CHECK = "public"
    with (FIXTURES / "ingest" / "good" / name).open("rb") as fh:
        response = Client().post("/api/check", {"file": fh})
    assert response.status_code == 200, response.content
    assert response.json()["length"] > 100


def test_a_file_that_is_no_draft_gets_a_clear_error(settings, archive):
    settings.ARCHIVE_DRAFT_CHECK = "public"
    with (FIXTURES / "ingest" / "good" / "batch.zip").open("rb") as fh:
        response = Client().post("/api/check", {"file": fh})
    assert response.status_code == 400 and response.json()["error"]


def test_drafts_are_rate_limited_like_the_other_expensive_requests(settings, archive, tmp_path):
    settings.ARCHIVE_DRAFT_CHECK = "public"
    settings.ARCHIVE_LIMITS_DIR = tmp_path / "limits"
    settings.ARCHIVE_RATE_LIMITS = {"draft_check": "2/m"}
    who = {"REMOTE_ADDR": "10.29.0.1"}
    assert Client().get("/check/", **who).status_code == 200  # the empty form is not counted
    for _ in range(2):
        assert Client().post("/api/check", {"text": NEW}, **who).status_code == 200
    refused = Client().post("/api/check", {"text": NEW}, **who)
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert refused.json()["limited"] == "draft_check"


def test_a_source_too_long_to_compare_online_is_refused(staff, archive, monkeypatch):
    from reuse import draft_views

    published, _ = archive
    monkeypatch.setattr(draft_views, "MAX_COMPARE_CHARS", 100)
    page = _post(staff, "/check/", {"text": NEW, "source": str(published.pk)})
    assert page.status_code == 413 and "100" in page.content.decode()


def test_formulations_never_seen_and_out_of_use(settings, archive):
    from speeches import search

    search.rebuild_index()  # the index holds only this test's speeches
    settings.ARCHIVE_DRAFT_CHECK = "public"
    draft = "我们要继续深化“创先争优”活动，同时提出“鑫淼垚犇新规”的要求，推动两个确立落地。"
    data = Client().post("/api/check", {"text": draft, "before": "2015"}).json()
    assert "鑫淼垚犇新规" in data["new_formulations"]
    assert "创先争优" not in data["new_formulations"]
    assert {"text": "创先争优", "last_year": 2011} in data["ended_formulations"]
    assert data["before_year"] == 2015 and data["unchecked_formulations"] == 0
    later = Client().post("/api/check", {"text": draft, "before": "2011"}).json()
    assert later["ended_formulations"] == []


def test_passages_come_back_when_the_search_engine_cannot_answer(settings, archive, monkeypatch):
    from speeches import search

    def down(*args, **kwargs):
        raise search.SearchUnavailable("cluster down")

    settings.ARCHIVE_DRAFT_CHECK = "public"
    for name in ("search", "match_set", "speech_facts"):  # whichever the lookups ask
        monkeypatch.setattr(search, name, down)
    # A phrase of the archive's newest speeches is answered without the engine; this one not.
    text = NEW + "要落实“鑫淼垚犇工作法”。" + SEED_000[400:600]
    data = Client().post("/api/check", {"text": text}).json()
    assert len(data["passages"]) == 1
    assert data["complete"] is False and data["unchecked_formulations"] > 0


def test_an_edited_speech_is_matched_by_its_new_text(settings, archive):
    settings.ARCHIVE_DRAFT_CHECK = "public"
    published, _ = archive
    added = SEED_003[1000:1200]
    assert Client().post("/api/check", {"text": NEW + added}).json()["passages"] == []
    services.update_speech(published, body=published.body + "\n" + added)
    data = Client().post("/api/check", {"text": NEW + added}).json()
    assert [s["speech"] for p in data["passages"] for s in p["sources"]] == [published.pk]


def test_a_passage_held_by_several_speeches_lists_them_earliest_first(settings):
    settings.ARCHIVE_DRAFT_CHECK = "public"
    seed_001 = (FIXTURES / "demo" / "seeds" / "001.txt").read_text("utf-8")
    original = (FIXTURES / "ingest" / "near_dup" / "001_clean_original.txt").read_text("utf-8")
    later = services.create_speech(title="后来的稿子", body=seed_001, date=dt.date(2012, 5, 1))
    first = services.create_speech(title="最早的讲话", body=original, date=dt.date(2011, 5, 1))
    shared = next(
        seed_001[i : i + 150]
        for i in range(0, len(seed_001), 50)
        if seed_001[i : i + 150] in original
    )
    data = Client().post("/api/check", {"text": NEW + shared + NEW}).json()
    (passage,) = data["passages"]
    assert [s["speech"] for s in passage["sources"]] == [first.pk, later.pk]
    assert [s["id"] for s in data["speeches"]] == [first.pk, later.pk]


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(settings, archive):
    settings.ARCHIVE_DRAFT_CHECK = "public"
    settings.ARCHIVE_DRAFT_MAX_FILE_BYTES = 2048
    with (FIXTURES / "ingest" / "good" / "002_styled.docx").open("rb") as fh:
        response = Client().post("/api/check", {"file": fh})
    assert response.status_code == 413 and response.json()["error"]


def test_answers_match_the_openapi_description(settings, archive, client):
    import json

    import jsonschema_rs

    settings.ARCHIVE_DRAFT_CHECK = "public"
    document = client.get("/api/schema").json()
    operation = document["paths"]["/api/check"]["post"]
    answers = [
        Client().post("/api/check", {"text": NEW + SEED_000[400:700] + "“鑫淼垚犇新规”"}),
        Client().post("/api/check", {"text": " "}),
    ]
    settings.ARCHIVE_DRAFT_CHECK = "staff"
    answers.append(Client().post("/api/check", {"text": NEW}))
    assert [a.status_code for a in answers] == [200, 400, 403]
    for answer in answers:
        media = operation["responses"][str(answer.status_code)]["content"]["application/json"]
        schema = {**media["schema"], "components": document["components"]}
        jsonschema_rs.validator_for(schema).validate(json.loads(answer.content))
