"""Outline parser failures are recorded, logged with the speech id and counted, never hidden."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from speeches import outline, services
from speeches.models import Speech

BODY = "一、加强党的建设\n全面从严治党。\n二、改进作风\n密切联系群众。"


@pytest.fixture
def broken_parser(monkeypatch):
    def boom(text, leads):
        raise RuntimeError("parser regression")

    monkeypatch.setattr(outline, "_parse", boom)


def test_parse_outline_raises_instead_of_returning_an_empty_outline(broken_parser):
    with pytest.raises(RuntimeError):
        outline.parse_outline(BODY)


@pytest.mark.django_db
def test_failure_keeps_the_speech_and_is_logged_with_its_id(broken_parser, outline_failures):
    speech = services.create_speech(title="讲话", body=BODY)
    stored = Speech.objects.get(pk=speech.pk)
    assert stored.outline == [] and stored.outline_error == "RuntimeError: parser regression"
    assert [r.getMessage() for r in outline_failures] == [
        f"outline parsing failed for speech {speech.pk}: RuntimeError('parser regression')"
    ]


@pytest.mark.django_db
def test_update_logs_at_once_and_a_fixed_parser_clears_the_error(monkeypatch, outline_failures):
    speech = services.create_speech(title="讲话", body=BODY)
    assert speech.outline and not speech.outline_error
    original = outline._parse
    monkeypatch.setattr(outline, "_parse", lambda text, leads: 1 / 0)
    services.update_speech(speech, body=BODY + "\n三、抓落实")
    assert f"speech {speech.pk}:" in outline_failures[0].getMessage()
    monkeypatch.setattr(outline, "_parse", original)
    assert services.refresh_outlines() == (1, 1)
    speech.refresh_from_db()
    assert speech.outline and speech.outline_error == ""


@pytest.mark.django_db
def test_check_index_counts_outline_failures(capsys):
    ok = services.create_speech(title="好", body="没有提纲的正文。")
    bad = Speech.objects.create(title="坏", body=BODY, outline_error="RuntimeError: x")
    call_command("check_index", "--json", "--repair")
    out, err = capsys.readouterr()
    assert json.loads(out)["outline_failures"] == [bad.pk]
    assert "1 speech(es) without an outline because the parser failed" in err
    assert ok.pk != bad.pk
