"""When the published archive last used a phrase: (seen at all, the last year), exact.

A draft's formulations are mostly common ones, and a common phrase's whole match set is
large: at 10k speeches one costs up to 0.1 s, a draft's 80 about 1-1.5 s. Only the newest
speech holding a phrase matters, so the lookup goes newest first, in two exact steps:

1. a window of the newest dated published speeches (``RECENT_CHARS`` in all), normalized as
   the index normalizes them (``normalize_document(title + "\\n" + body)``) and joined newest
   first: the first occurrence of the phrase is in the newest speech holding it, and that
   speech's year is the last year. One ``str.find``; the window is rebuilt when the archive
   changes (about 0.1 s per million characters);
2. a phrase the window lacks is asked of the search module (either engine): the newest
   speech holding it (``sort=-date``, one hit, no facets), and whether there is any.

A process remembers the answers for phrases the archive has (archive text, not the draft's)
until the archive changes: drafts of one office repeat their formulations. Phrases the
archive lacks are never kept.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass

from speeches import search
from speeches.models import Speech
from speeches.text.normalize import normalize_document

RECENT_CHARS = 2_000_000  # of the newest speeches' text kept per process (~4 MB)
_SEPARATOR = "\x00"  # no phrase holds it, so no match runs from one speech into the next

History = tuple[bool, int | None]  # (the archive has the phrase, the last year it was used)


@dataclass(frozen=True)
class Window:
    text: str  # the newest speeches' normalized texts, newest first
    starts: list[int]  # where each speech's text begins in ``text``
    years: list[int]

    def last_year(self, needle: str) -> int | None:
        """The year of the newest speech in the window holding ``needle`` (None: none)."""
        at = self.text.find(needle) if needle else -1
        return None if at < 0 else self.years[bisect_right(self.starts, at) - 1]


def _build_window() -> Window:
    rows = (
        Speech.objects.published()
        .exclude(date=None)
        .order_by("-date", "-id")
        .values_list("title", "body", "date")
    )
    texts: list[str] = []
    starts: list[int] = []
    years: list[int] = []
    size = 0
    for title, body, date in rows.iterator(100):
        if size >= RECENT_CHARS:
            break
        text = normalize_document(f"{title}\n{body}")
        starts.append(size)
        years.append(date.year)
        texts.append(text)
        size += len(text) + len(_SEPARATOR)
    return Window(_SEPARATOR.join(texts), starts, years)


_CACHE_SIZE = 20_000
_lock = threading.Lock()
_state: list[object] = [None]
_window: list[Window | None] = [None]
_cache: OrderedDict[str, History] = OrderedDict()


def recent(state: object) -> Window:
    """The window of this archive ``state`` (None: built afresh, not kept)."""
    with _lock:
        if state is not None and _state[0] == state and _window[0] is not None:
            return _window[0]
    window = _build_window()
    with _lock:
        if state is not None:
            _forget_unless(state)
            _window[0] = window
    return window


def _forget_unless(state: object) -> None:
    """Drop what was kept for another archive state (the lock is held)."""
    if _state[0] != state:
        _cache.clear()
        _window[0] = None
        _state[0] = state


def last_use(phrase: str, window: Window, state: object) -> History:
    """Whether the published archive holds ``phrase`` literally (title or text), and the
    last year a dated speech holding it was given. Raises ``SearchUnavailable``."""
    with _lock:
        if state is not None:
            _forget_unless(state)
            if phrase in _cache:
                _cache.move_to_end(phrase)
                return _cache[phrase]
    year = window.last_year(normalize_document(phrase))
    found = (True, year) if year is not None else _searched(phrase)
    if not found[0] or state is None:  # the draft's own phrase: not kept past the request
        return found
    with _lock:
        if _state[0] == state:
            _cache[phrase] = found
            while len(_cache) > _CACHE_SIZE:
                _cache.popitem(last=False)
    return found


def _searched(phrase: str) -> History:
    page = search.search(
        f"“{phrase}”", sort="-date", page_size=1, with_facets=False, with_snippets=False
    )
    if not page.count:
        return (False, None)
    newest = page.hits[0].speech_id
    facts = search.speech_facts([newest]).get(newest)
    return (True, facts.year if facts is not None and facts.year else None)
