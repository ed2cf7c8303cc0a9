"""The embedded index's former single module, kept as a facade for existing imports.

The code lives in ``speeches.search.embedded`` (one module per concern); new code should
import from there, or better from the public face ``speeches.search``.
"""

from __future__ import annotations

from speeches.search.embedded.layout import (
    BUCKET_SIZE,
    CONTENT_FIELD,
    DJANGO_CT_VALUE,
    FORMAT,
    TITLE_BOOST,
    Generation,
    current_generation,
    current_name,
    gram_schema,
    identifier,
    main_schema,
    reset,
    root,
)
from speeches.search.embedded.lock import LOCK_TIMEOUT, IndexLockTimeout, write_lock
from speeches.search.embedded.rebuild import begin_rebuild, index_batch, rebuild
from speeches.search.embedded.snapshot import DocMeta, Snapshot, snapshot, status
from speeches.search.embedded.writer import (
    COMMIT_EVERY,
    GRAM_DOCS_FROM,
    POOL_THRESHOLD,
    PREPARE_CHUNK,
    index_speeches,
    optimize,
    remove_speeches,
)
from speeches.search.rows import load_rows, published_ids

__all__ = [
    "BUCKET_SIZE",
    "COMMIT_EVERY",
    "CONTENT_FIELD",
    "DJANGO_CT_VALUE",
    "FORMAT",
    "GRAM_DOCS_FROM",
    "LOCK_TIMEOUT",
    "POOL_THRESHOLD",
    "PREPARE_CHUNK",
    "TITLE_BOOST",
    "DocMeta",
    "Generation",
    "IndexLockTimeout",
    "Snapshot",
    "begin_rebuild",
    "current_generation",
    "current_name",
    "gram_schema",
    "identifier",
    "index_batch",
    "index_speeches",
    "load_rows",
    "main_schema",
    "optimize",
    "published_ids",
    "rebuild",
    "remove_speeches",
    "reset",
    "root",
    "snapshot",
    "status",
    "write_lock",
]
