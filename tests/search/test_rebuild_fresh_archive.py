"""A rebuild of a fresh archive (no live index yet) survives the first search made meanwhile.

Found building a 100k archive: another process's first search created the empty live index
and its swap removed every other generation, the one being filled included, so the rebuild
died 50 minutes in. A rebuild's generation is now marked as being built until it is swapped.
"""

from __future__ import annotations

import threading

import pytest

from speeches import services
from speeches.search.embedded import layout, rebuild


@pytest.mark.django_db(transaction=True)
def test_first_search_during_a_first_rebuild_does_not_remove_it(settings, tmp_path, monkeypatch):
    speech = services.create_speech(title="首建索引", body="首次重建期间的检索，庚午辛未。")
    settings.SEARCH_INDEX_DIR = str(tmp_path / "fresh_index")  # no CURRENT: a fresh archive
    filling, go_on = threading.Event(), threading.Event()
    real_write_rows = rebuild.write_rows

    def slow_write_rows(gen, ids, fresh):
        if fresh:
            filling.set()
            assert go_on.wait(30)
        return real_write_rows(gen, ids, fresh=fresh)

    monkeypatch.setattr(rebuild, "write_rows", slow_write_rows)
    result: dict = {}
    builder = threading.Thread(target=lambda: result.update(count=rebuild.rebuild()))
    builder.start()
    try:
        assert filling.wait(30)
        being_built = {p.name for p in layout.root().glob("gen-*")}
        empty = layout.current_generation()  # the first search: creates and swaps in
        assert empty.name not in being_built
        assert being_built <= {p.name for p in layout.root().glob("gen-*")}
    finally:
        go_on.set()
        builder.join(60)
    assert result["count"] == 1
    live = layout.current_generation()
    assert live.name in being_built
    assert not (live.path / layout.BUILDING).exists()
    assert [p.name for p in layout.root().glob("gen-*")] == [live.name]
    assert speech.pk
