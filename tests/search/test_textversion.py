"""The index records its text version; a difference is reported and prepare_archive rebuilds."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from speeches import search, services
from speeches.search import textversion
from speeches.search.embedded import layout


def _live_meta_path():
    return layout.root() / layout.current_name() / "meta.json"


def _tamper(**changes: str) -> None:
    path = _live_meta_path()
    meta = json.loads(path.read_text())
    meta[textversion.META_KEY] = {**meta.get(textversion.META_KEY, {}), **changes}
    path.write_text(json.dumps(meta))


def test_each_component_is_compared(monkeypatch, tmp_path):
    meta = textversion.stamp({"format": 3})
    assert textversion.differences(meta) == []
    assert textversion.differences({"format": 3}) == ["unrecorded"]
    recorded = meta[textversion.META_KEY]
    for key in ("rules", "probe", "opencc", "unicode", "jieba", "userdict"):
        changed = {**meta, textversion.META_KEY: {**recorded, key: "other"}}
        assert textversion.differences(changed) == [key]


def test_a_changed_user_dictionary_or_opencc_changes_the_fingerprint(monkeypatch, tmp_path):
    before = textversion.fingerprint()
    other = tmp_path / "userdict.txt"
    other.write_text("两学一做 10 n\n新提法 10 n\n", encoding="utf-8")
    monkeypatch.setattr(textversion, "USERDICT", other)
    monkeypatch.setattr(textversion, "_version", lambda package: "9.9")
    textversion.fingerprint.cache_clear()
    try:
        after = textversion.fingerprint()
    finally:
        textversion.fingerprint.cache_clear()
    assert {k for k in before if before[k] != after[k]} == {"userdict", "opencc", "jieba"}


@pytest.mark.django_db(transaction=True)
def test_mismatch_is_reported_and_prepare_archive_rebuilds(client):
    services.create_speech(title="文本版本", body="规范化版本不同的独特提法庚辛。")
    search.rebuild_index()
    assert search.text_version_differences() == []
    assert client.get("/healthz").json()["text_version"] == "ok"

    _tamper(opencc="1.0.0", rules="0")
    health = client.get("/healthz")
    assert health.status_code == 200  # still serving: searches answer
    assert health.json()["status"] == "degraded"
    assert health.json()["text_version"] == "stale: opencc, rules"
    with pytest.raises(CommandError, match="another text version"):
        call_command("check_index")

    old = layout.current_name()
    call_command("prepare_archive", "--no-demo")
    assert layout.current_name() != old
    assert search.text_version_differences() == []
    assert search.search("独特提法庚辛").count == 1
    call_command("check_index")
