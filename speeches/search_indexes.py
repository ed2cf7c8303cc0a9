"""haystack's view of a speech, so ``rebuild_index`` / ``update_index`` know what to index.

The archive's backend (speeches.search.backend) builds its own documents from the database
rows; the fields here name what goes in and which speeches are indexed at all.
"""

from __future__ import annotations

from haystack import indexes

from speeches.models import Speech


class SpeechIndex(indexes.SearchIndex, indexes.Indexable):
    text = indexes.CharField(document=True, use_template=True)
    title = indexes.CharField(model_attr="title")
    date = indexes.DateField(model_attr="date", null=True)
    level = indexes.CharField(model_attr="level", null=True)

    def get_model(self) -> type[Speech]:
        return Speech

    def index_queryset(self, using=None):
        return Speech.objects.published()

    def get_updated_field(self) -> str:
        return "updated"
