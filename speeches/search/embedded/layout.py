"""Directory layout of the embedded index and the atomic swap of generations.

Layout under ``settings.SEARCH_INDEX_DIR``::

    CURRENT          name of the live generation directory (replaced atomically)
    PENDING          a rebuild in progress through haystack (see ``rebuild``)
    write.lock       fcntl lock: one index writer at a time across all processes (``lock``)
    gen-<id>/main/   Whoosh: one document per speech (ranking words + sortable metadata)
    gen-<id>/grams/  Whoosh: one document per bucket of speeches (character grams)
    gen-<id>/texts.bin   normalized texts (see textstore), offsets kept in main
    gen-<id>/meta.json   format, bucket size and signature scheme (kept with the index)

A rebuild fills a fresh generation while searches keep using the live one, then swaps
CURRENT; every writer re-reads CURRENT inside the lock, so nothing is written to a retired
generation.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, Schema

from speeches.search import textversion
from speeches.search.analysis import GramSet, PretokenizedText
from speeches.search.embedded.lock import write_lock
from speeches.search.signature import CURRENT as SIGNATURE
from speeches.search.signature import SignatureScheme
from speeches.search.textstore import TextStore

log = logging.getLogger(__name__)

FORMAT = 3
BUCKET_SIZE = 512  # most speeches per gram document (stored in meta.json)
CONTENT_FIELD = "text"
DJANGO_CT_VALUE = "speeches.speech"
TITLE_BOOST = 4.0


class OldFormat(Exception):
    """The generation was written by another index format and cannot be read."""


def main_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        django_ct=ID(stored=True),
        django_id=ID(stored=True),
        text=PretokenizedText(),
        title=PretokenizedText(field_boost=TITLE_BOOST),
        speech_id=NUMERIC(int, bits=64, stored=True, sortable=True),
        date=NUMERIC(int, stored=True, sortable=True, default=0),
        level=ID(stored=True, sortable=True),
        speaker=ID(stored=True, sortable=True),
        campaigns=KEYWORD(stored=True, commas=True, sortable=True),
        store_offset=NUMERIC(int, bits=64, stored=True, sortable=True),
        store_length=NUMERIC(int, bits=64, stored=True, sortable=True),
        title_length=NUMERIC(int, bits=64, stored=True, sortable=True),
        # 1 when this version of the speech was written together with a gram document
        in_grams=NUMERIC(int, bits=8, stored=True, sortable=True, default=0),
    )


def gram_schema() -> Schema:
    return Schema(key=ID(stored=True, unique=True), grams=GramSet(), members=STORED())


def identifier(speech_id: int) -> str:
    return f"{DJANGO_CT_VALUE}.{speech_id}"


def root() -> Path:
    path = Path(settings.SEARCH_INDEX_DIR)
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass
class Generation:
    path: Path
    bucket_size: int
    signature: SignatureScheme

    @property
    def name(self) -> str:
        return self.path.name

    def main(self) -> whoosh_index.Index:
        return whoosh_index.open_dir(str(self.path / "main"), schema=main_schema())

    def grams(self) -> whoosh_index.Index:
        return whoosh_index.open_dir(str(self.path / "grams"), schema=gram_schema())

    def store(self) -> TextStore:
        return TextStore(self.path / "texts.bin")


BUILDING = "BUILDING"  # in a generation being filled by a rebuild: the builder's pid


def create_generation(building: bool = False) -> Generation:
    """A new, empty generation; ``building`` marks it as a rebuild's until ``built``, so a
    swap elsewhere (e.g. the first search of a fresh archive) does not remove it."""
    path = root() / f"gen-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
    path.mkdir(parents=True)
    if building:
        (path / BUILDING).write_text(str(os.getpid()))
    (path / "main").mkdir()
    (path / "grams").mkdir()
    whoosh_index.create_in(str(path / "main"), main_schema())
    whoosh_index.create_in(str(path / "grams"), gram_schema())
    (path / "texts.bin").touch()
    meta = {"format": FORMAT, "bucket_size": BUCKET_SIZE, "signature": SIGNATURE.to_meta()}
    meta = textversion.stamp(meta)  # what normalized the texts: compared at start-up
    (path / "meta.json").write_text(json.dumps(meta))
    return Generation(path, BUCKET_SIZE, SIGNATURE)


def open_generation(name: str) -> Generation:
    path = root() / name
    meta = json.loads((path / "meta.json").read_text())
    if meta.get("format") != FORMAT:
        raise OldFormat(f"search index {path} has format {meta.get('format')}, not {FORMAT}")
    return Generation(path, int(meta["bucket_size"]), SignatureScheme.from_meta(meta))


def text_version_differences() -> list[str] | None:
    """The live generation's text version compared with this process's (see ``textversion``)."""
    name = current_name()
    if name is None:
        return None
    try:
        meta = json.loads((root() / name / "meta.json").read_text())
    except (OSError, ValueError):
        return None
    return textversion.differences(meta)


def current_name() -> str | None:
    try:
        return (root() / "CURRENT").read_text().strip() or None
    except FileNotFoundError:
        return None


def pending_state() -> dict | None:
    """The haystack rebuild in progress (its generation must survive swaps), if any."""
    try:
        state = json.loads((root() / "PENDING").read_text())
    except (FileNotFoundError, ValueError):
        return None
    return state if (root() / state.get("generation", "") / "meta.json").exists() else None


def built(gen: Generation) -> None:
    """The rebuild of ``gen`` is over (about to be swapped in, or abandoned)."""
    (gen.path / BUILDING).unlink(missing_ok=True)


def _being_built(path: Path) -> bool:
    try:
        pid = int((path / BUILDING).read_text())
    except (FileNotFoundError, ValueError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:  # its builder died: a leftover, removable
        return False
    except PermissionError:  # alive, run by another user
        pass
    return True


def swap(gen: Generation) -> None:
    """Make ``gen`` the live generation (atomic rename) and drop retired ones (a pending
    rebuild's and those a running rebuild is filling excepted). Snapshots open every file
    they read up front, so removing a
    generation under a running search is harmless (POSIX unlink semantics)."""
    pointer = root() / "CURRENT"
    tmp = root() / f".CURRENT.{uuid.uuid4().hex}"
    tmp.write_text(gen.name)
    os.replace(tmp, pointer)
    pending = pending_state()
    keep = {gen.name, pending["generation"] if pending else None}
    for other in root().glob("gen-*"):
        if other.name not in keep and not _being_built(other):
            shutil.rmtree(other, ignore_errors=True)


def _usable(name: str | None) -> Generation | None:
    if name is None or not (root() / name / "meta.json").exists():
        return None
    try:
        return open_generation(name)
    except OldFormat:
        return None


def current_generation() -> Generation:
    """The live generation; an empty one on first use or after a format change.

    An index written by an older format cannot be read: it is replaced by an empty one (a
    warning says to rebuild; ``check_index`` lists every speech as missing meanwhile).
    """
    gen = _usable(current_name())
    if gen is not None:
        return gen
    with write_lock():
        name = current_name()
        gen = _usable(name)
        if gen is not None:
            return gen
        if name is not None and (root() / name).exists():
            log.warning(
                "search index %s has an old format: starting an empty one; "
                "run `manage.py rebuild_index --noinput`",
                name,
            )
        gen = create_generation()
        swap(gen)
        return gen


def reset() -> None:
    """Replace the live index with an empty one (haystack's ``clear``)."""
    with write_lock():
        swap(create_generation())
