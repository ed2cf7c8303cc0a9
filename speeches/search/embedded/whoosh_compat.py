"""Runtime patches of Whoosh, each valid only for the exact version it was written against.

Whoosh is pinned (requirements.txt); a different version may have fixed, moved or changed
what a patch replaces, so it is refused loudly instead of being patched blindly.
"""

from __future__ import annotations

import whoosh
from whoosh.codec import whoosh3

PATCHED_VERSION = (2, 7, 4)


class WhooshVersionError(RuntimeError):
    """The installed Whoosh is not the version these patches were written for."""


def check_version(version: tuple[int, ...] | None = None) -> None:
    found = tuple(whoosh.__version__ if version is None else version)
    if found != PATCHED_VERSION:
        wanted = ".".join(map(str, PATCHED_VERSION))
        raise WhooshVersionError(
            f"speeches.search.embedded.whoosh_compat patches Whoosh {wanted}, "
            f"found {'.'.join(map(str, found))}: review the patches, then update PATCHED_VERSION"
        )


def memoize_missing_length_columns() -> None:
    """Whoosh 2.7.4 checks the file system once per posting, while flushing a segment, for
    the length column of every unscored field (our grams, the ID fields) and never caches
    the miss: a stat() per posting was a quarter of the build time. Cache the miss too."""

    original = whoosh3.W3PerDocReader._cached_reader
    if getattr(original, "archive_memoized", False):
        return

    def _cached_reader(self, fieldname, column):
        reader = original(self, fieldname, column)
        if reader is None:
            self._readers[fieldname] = None  # the original returns cached entries as they are
        return reader

    _cached_reader.archive_memoized = True
    whoosh3.W3PerDocReader._cached_reader = _cached_reader


def apply() -> None:
    """Check the version, then apply every patch (idempotent)."""
    check_version()
    memoize_missing_length_columns()
