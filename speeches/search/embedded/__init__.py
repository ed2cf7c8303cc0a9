"""The embedded engine: Whoosh files plus a normalized text store, on one machine.

Modules, one concern each: ``layout`` (directories, generations, the atomic swap), ``lock``
(the cross-process write lock), ``rows`` (ORM reads), ``writer`` (the writer and its gram
buckets), ``rebuild`` (fresh generations and haystack's rebuild protocol), ``snapshot``
(per-thread read views) and ``whoosh_compat`` (runtime patches of the pinned Whoosh).
"""

from speeches.search.embedded import whoosh_compat

whoosh_compat.apply()
