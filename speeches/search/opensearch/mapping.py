"""Index settings and mappings (pure)."""

from __future__ import annotations

# Indexes of this format score literal fields by raw occurrences (``TF_SIMILARITY``), which
# ``relevance`` turns into the archive's BM25 on the cluster; older ones are still searched
# correctly, only slower (see ``relevance.applicable``). Kept in the mapping's ``_meta``.
FORMAT = 2
TF_SIMILARITY = "archive_tf"
# Lucene sums a scripted similarity over a phrase's terms: a phrase of n bigrams scores n
# times its occurrences (``relevance`` divides it back).
_SIMILARITY = {TF_SIMILARITY: {"type": "scripted", "script": {"source": "return doc.freq;"}}}


def current_format(meta: dict) -> bool:
    """Whether an index with this mapping ``_meta`` scores literal fields by occurrences."""
    return int(meta.get("format", 1)) >= FORMAT


# Every character counts, punctuation and spaces included (token_chars empty): see the
# package docstring for why this makes phrase queries exact substring matches.
_ANALYSIS = {
    "tokenizer": {
        "archive_bigram": {"type": "ngram", "min_gram": 2, "max_gram": 2, "token_chars": []},
        "archive_unigram": {"type": "ngram", "min_gram": 1, "max_gram": 1, "token_chars": []},
    },
    "analyzer": {
        "archive_bigram": {"type": "custom", "tokenizer": "archive_bigram"},
        "archive_unigram": {"type": "custom", "tokenizer": "archive_unigram"},
    },
}


def _literal_field() -> dict:
    return {
        "type": "text",
        "analyzer": "archive_bigram",
        "norms": False,
        "similarity": TF_SIMILARITY,
        "fields": {
            "uni": {
                "type": "text",
                "analyzer": "archive_unigram",
                "index_options": "freqs",  # one-character terms are ranked by occurrences
                "norms": False,
                "similarity": TF_SIMILARITY,
            }
        },
    }


def index_body(shards: int, replicas: int) -> dict:
    return {
        "settings": {
            "number_of_shards": shards,
            "number_of_replicas": replicas,
            # the exact match set is fetched whole (counts, ranking): allow big windows
            "max_result_window": 2_000_000,
            "analysis": _ANALYSIS,
            "similarity": _SIMILARITY,
        },
        "mappings": {
            "_meta": {"format": FORMAT},
            "dynamic": "strict",
            "properties": {
                "speech_id": {"type": "long"},
                "all": _literal_field(),  # normalized title + "\n" + body
                "title": _literal_field(),  # normalized title (a prefix of ``all``)
                "headings": _literal_field(),  # normalized outline headings, one a line
                "length": {"type": "integer"},  # characters of ``all``
                "title_chars": {"type": "integer"},
                "date": {"type": "integer"},  # yyyymmdd, 0 = unknown
                "dated": {"type": "byte"},  # 1 if the date is known (sorts unknown last)
                "year": {"type": "integer"},
                "level": {"type": "keyword"},
                "speaker": {"type": "keyword"},
                "campaigns": {"type": "keyword"},
            },
        },
    }
