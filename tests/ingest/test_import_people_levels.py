"""An import end to end: the speech's own title with the news headline kept beside it, the
speaker filed under one person with the position on the speech, and the level read from
that position with its evidence."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.core.management import call_command

from speeches.models import Speaker, Speech
from tests.ingest.conftest import seed_text

HEADER = (
    "习近平在伦敦金融城的演讲（全文）\n开放包容 互利共赢\n——在伦敦金融城市长晚宴上的演讲\n"
    "（2015年10月21日，伦敦）\n中华人民共和国主席　习近平\n尊敬的市长先生：\n"
)


def _body(prefix: str) -> str:
    # A real speech body (seed 004) under the header: the header is what is tested.
    return "\n".join(seed_text(prefix).split("\n")[1:])


def _import(capsys, *paths) -> list[dict]:
    call_command("import_speeches", *map(str, paths), "--json")
    return [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.strip()]


@pytest.mark.django_db
def test_title_alt_title_person_position_and_level(capsys, tmp_path):
    path = tmp_path / "london.txt"
    path.write_text(HEADER + _body("004"), "utf-8")
    [result] = _import(capsys, path)
    assert result["status"] == "created" and "needs_review" not in result
    speech = Speech.objects.get(pk=result["id"])
    assert speech.title.replace(" ", "") == "开放包容互利共赢——在伦敦金融城市长晚宴上的演讲"
    assert speech.alt_title == "习近平在伦敦金融城的演讲"
    assert speech.speaker.name == "习近平" and speech.speaker.pinyin == "Xi Jinping"
    assert speech.speaker_position == "中华人民共和国主席"
    assert speech.date == dt.date(2015, 10, 21) and speech.date_precision == "day"
    assert speech.level == "中央"
    assert speech.metadata_evidence["level"]["evidence"] == "中华人民共和国主席"


@pytest.mark.django_db
def test_the_speech_page_shows_the_headline_beside_the_title(capsys, tmp_path, client):
    path = tmp_path / "london.txt"
    path.write_text(HEADER + _body("004"), "utf-8")
    [result] = _import(capsys, path)
    page = client.get(f"/speeches/{result['id']}/").content.decode()
    assert "习近平在伦敦金融城的演讲" in page and "中华人民共和国主席" in page


@pytest.mark.django_db
def test_a_second_copy_goes_to_the_same_person_with_its_own_position(capsys, tmp_path):
    first = tmp_path / "a.txt"
    first.write_text(HEADER + _body("004"), "utf-8")
    second = tmp_path / "b.txt"
    second.write_text(
        "在全国党建工作会议上的讲话\n中共中央总书记　习近平\n同志们：\n" + _body("004")[200:],
        "utf-8",
    )
    results = _import(capsys, first, second)
    assert [r["status"] for r in results] == ["created", "created"]
    person = Speaker.objects.get()
    assert person.name == "习近平"
    assert set(person.speeches.values_list("speaker_position", flat=True)) == {
        "中华人民共和国主席",
        "中共中央总书记",
    }
    assert set(person.speeches.values_list("level", flat=True)) == {"中央"}
