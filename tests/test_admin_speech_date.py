"""The admin's speech form and list keep a date at its precision (issue 25): a speech dated
to a year shows 1975, never 1975-01-01; what is typed is written with its precision."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from speeches import services
from speeches.models import Speech
from tests.views.test_admin import _form_data
from tests.views.test_admin import admin_client as admin_client  # the fixture


@pytest.fixture
def body(fixtures_dir) -> str:
    return (fixtures_dir / "demo" / "seeds" / "000.txt").read_text("utf-8")


def _speech(body: str, date: dt.date | None, precision: str) -> Speech:
    return services.create_speech(
        title="在全县党建工作会议上的讲话", body=body, date=date, date_precision=precision
    )


def _change_url(speech: Speech) -> str:
    return reverse("admin:speeches_speech_change", args=[speech.pk])


def _post(client, speech: Speech, **changes):
    return client.post(_change_url(speech), _form_data(speech, **changes))


def _date_input(html: str) -> str:
    start = html.index('name="date"')
    tag = html[html.rindex("<input", 0, start) : html.index(">", start)]
    return tag


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("date", "precision", "shown"),
    [
        (dt.date(1975, 1, 1), "year", 'value="1975"'),
        (dt.date(1975, 3, 1), "month", 'value="1975-03"'),
        (dt.date(1975, 3, 12), "day", 'value="1975-03-12"'),
    ],
)
def test_change_form_shows_the_date_at_its_precision(admin_client, body, date, precision, shown):
    speech = _speech(body, date, precision)
    html = admin_client.get(_change_url(speech)).content.decode()
    tag = _date_input(html)
    assert shown in tag and 'type="text"' in tag
    assert 'name="date_precision"' not in html  # one text box carries both
    if precision != "day":
        assert date.isoformat() not in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("date", "precision", "sent"),
    [(dt.date(1975, 1, 1), "year", "1975"), (dt.date(1975, 3, 1), "month", "1975-03")],
)
def test_saving_the_form_unchanged_keeps_the_precision(admin_client, body, date, precision, sent):
    speech = _speech(body, date, precision)
    response = _post(admin_client, speech, date=sent, title="改过的标题")
    assert response.status_code == 302, response.content.decode()[:2000]
    speech.refresh_from_db()
    assert (speech.date, speech.date_precision, speech.title) == (date, precision, "改过的标题")
    assert "date" not in speech.set_by_person  # nobody touched the date


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "date", "precision", "shown"),
    [
        ("1975", dt.date(1975, 1, 1), "year", "1975"),
        ("1975-03", dt.date(1975, 3, 1), "month", "1975-03"),
        ("1975-3", dt.date(1975, 3, 1), "month", "1975-03"),
        ("1975年3月", dt.date(1975, 3, 1), "month", "1975-03"),
        ("1975-03-12", dt.date(1975, 3, 12), "day", "1975-03-12"),
        ("", None, "unknown", ""),
    ],
)
def test_a_typed_date_is_written_with_its_precision(
    admin_client, body, typed, date, precision, shown
):
    speech = _speech(body, dt.date(2001, 7, 1), "day")
    response = _post(admin_client, speech, date=typed)
    assert response.status_code == 302, response.content.decode()[:2000]
    speech.refresh_from_db()
    assert (speech.date, speech.date_precision) == (date, precision)
    assert "date" in speech.set_by_person
    html = admin_client.get(_change_url(speech)).content.decode()
    tag = _date_input(html)
    assert f'value="{shown}"' in tag if shown else "value=" not in tag


@pytest.mark.django_db
@pytest.mark.parametrize("typed", ["1975-13", "1975-02-30", "去年春天", "75", "1975-03-12-01"])
def test_a_wrong_date_is_a_form_error_and_nothing_is_written(admin_client, body, typed):
    speech = _speech(body, dt.date(1975, 1, 1), "year")
    response = _post(admin_client, speech, date=typed, title="不该写入的标题")
    assert response.status_code == 200
    html = response.content.decode()
    assert "请按 1975、1975-03 或 1975-03-08 填写日期" in html
    assert f'value="{typed}"' in _date_input(html)  # what was typed stays to be corrected
    speech.refresh_from_db()
    assert (speech.date, speech.date_precision) == (dt.date(1975, 1, 1), "year")
    assert speech.title == "在全县党建工作会议上的讲话" and speech.set_by_person == []


@pytest.mark.django_db
def test_history_revert_form_shows_the_year(admin_client, body):
    speech = _speech(body, dt.date(1975, 1, 1), "year")
    _post(admin_client, speech, date="1975", title="第二版")
    first = speech.history.order_by("history_id").first()
    url = reverse("admin:speeches_speech_simple_history", args=[speech.pk, first.history_id])
    html = admin_client.get(url).content.decode()
    assert 'value="1975"' in _date_input(html) and "1975-01-01" not in html


@pytest.mark.django_db
def test_list_filters_by_decade_and_year_never_by_month(admin_client, body):
    year = _speech(body, dt.date(1975, 1, 1), "year")
    month = services.create_speech(
        title="一九七八年的讲话", body=body + "另一段。", date=dt.date(1978, 3, 1),
        date_precision="month",
    )  # fmt: skip
    other = services.create_speech(
        title="二〇〇一年的讲话", body=body + "第三段。", date=dt.date(2001, 7, 1),
        date_precision="day",
    )  # fmt: skip
    url = reverse("admin:speeches_speech_changelist")
    page = admin_client.get(url).content.decode()
    assert "1970–1979" in page and "2000–2009" in page
    assert "1975-01-01" not in page and "1月1日" not in page and "date__month" not in page
    decade = admin_client.get(url, {"year": "1970s"}).content.decode()
    assert year.title in decade and month.title in decade and other.title not in decade
    assert "?year=1975" in decade and "?year=1978" in decade  # the decade opens its years
    one = admin_client.get(url, {"year": "1978"}).content.decode()
    assert month.title in one and year.title not in one
    for junk in ("abc", "19", "1975-01", "<b>"):
        assert admin_client.get(url, {"year": junk}).status_code == 200
