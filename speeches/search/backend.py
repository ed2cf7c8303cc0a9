"""haystack's Whoosh backend, routed through the archive's engine (see ``engines``).

``manage.py rebuild_index`` / ``update_index`` / ``clear_index`` keep working: haystack hands
this backend model instances, and every write goes to the configured engine
(``SEARCH_ENGINE``): the embedded index (one cross-process lock, the gram index and text
store kept in step) or the cluster (bulk writes, rebuilds behind an alias); failures are
raised, never swallowed. haystack's own ``SearchQuerySet`` reads only the embedded index.
"""

from __future__ import annotations

from haystack.backends import BaseEngine
from haystack.backends.whoosh_backend import WhooshSearchBackend, WhooshSearchQuery
from haystack.utils import get_identifier
from whoosh.qparser import FuzzyTermPlugin, QueryParser

from speeches.search import engines
from speeches.search.embedded import layout


def _speech_id(obj_or_string) -> int | None:
    """A Speech, a pk, or a haystack identifier 'speeches.speech.12' -> 12."""
    ident = obj_or_string if isinstance(obj_or_string, str) else get_identifier(obj_or_string)
    app_model, _, pk = str(ident).rpartition(".")
    if app_model != layout.DJANGO_CT_VALUE or not pk.isdigit():
        return None
    return int(pk)


class ArchiveWhooshBackend(WhooshSearchBackend):
    def setup(self) -> None:
        gen = layout.current_generation()
        self.index = gen.main()
        self.schema = self.index.schema
        self.content_field_name = layout.CONTENT_FIELD
        self.parser = QueryParser(self.content_field_name, schema=self.schema)
        self.parser.add_plugins([FuzzyTermPlugin])
        self.storage = self.index.storage
        self.setup_complete = True

    def build_schema(self, fields):
        # The schema is the archive's, whatever the SearchIndex declares.
        return layout.CONTENT_FIELD, layout.main_schema()

    def update(self, index_, iterable, commit=True) -> None:
        ids = [obj.pk for obj in iterable]
        if ids:
            engines.current().index_batch(ids)
        self.setup_complete = False

    def remove(self, obj_or_string, commit=True) -> None:
        speech_id = _speech_id(obj_or_string)
        if speech_id is None:
            raise ValueError(f"not a speech: {obj_or_string!r}")
        engines.current().remove_speeches([speech_id])
        self.setup_complete = False

    def clear(self, models=None, commit=True) -> None:
        # The live index stays until the following update_index has filled a fresh one
        # (see rebuild.begin_rebuild): rebuild_index never shows an empty or partial index.
        engines.current().begin_rebuild()
        self.setup_complete = False

    def delete_index(self) -> None:
        engines.current().reset()
        self.setup_complete = False

    def optimize(self) -> None:
        engines.current().optimize()

    def search(self, query_string, **kwargs):
        self.setup_complete = False  # always read the live generation
        if str(query_string).strip() in ("*", "*:*"):
            # jieba drops "*", so the stock match-all parses to nothing; update_index
            # --remove lists the index through it.
            query_string = f"django_ct:{layout.DJANGO_CT_VALUE}"
        return super().search(query_string, **kwargs)


class ArchiveWhooshEngine(BaseEngine):
    backend = ArchiveWhooshBackend
    query = WhooshSearchQuery
