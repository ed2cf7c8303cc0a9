"""The OpenAPI 3.1 description of the whole JSON API, served at ``/api/schema``.

One place: every endpoint is an ``Operation`` in ``OPERATIONS`` and every body a schema in
``SCHEMAS``. To add an endpoint, append an ``Operation`` (its parameters from ``PARAMETERS``
or ``param(...)``, its 200 body a ``ref(...)`` to a schema you add to ``SCHEMAS``); the
error answers (400/404/413/429) are the shared ones below. ``tests/views/test_api_schema.py``
checks real answers against it and ``tests/views/test_api_schemathesis.py`` runs schemathesis
over it against a live server. The names follow the outside contract (docs/api.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from speeches.models import Level
from speeches.research import concordance, trends
from speeches.search.results import MAX_PAGE_SIZE, SORTS

VERSION = "3"  # the contract's round


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


def obj(required: dict[str, dict], optional: dict[str, dict] | None = None) -> dict:
    """An object with these properties (``required`` ones always present); more may follow."""
    return {
        "type": "object",
        "required": list(required),
        "properties": {**required, **(optional or {})},
    }


def page_of(item: dict) -> dict:
    """``{count, page, page_size, results}``: the shape of every JSON list."""
    return obj(
        {
            "count": {"type": "integer", "minimum": 0},
            "page": {"type": "integer", "minimum": 1},
            "page_size": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE},
            "results": {"type": "array", "items": item},
        }
    )


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
NUMBER = {"type": "number"}
OFFSET = {"type": "integer", "minimum": 0}
ISO_DATE = {
    "type": "string",
    "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
    "description": "ISO 8601 at its precision: 1975, 1975-03 or 1975-03-08",
}
LEVEL = {"type": "string", "enum": list(Level.values)}
FACET = obj({"value": STRING, "label": STRING, "count": INTEGER})
FACETS = {
    "type": "object",
    "properties": {k: {"type": "array", "items": FACET} for k in ("campaign", "level", "speaker")}
    | {"year": {"type": "array", "items": FACET}},
}
TRUNCATED = obj(
    {"after": INTEGER, "unit": STRING, "seconds": NUMBER},
    {"reason": STRING},
)
OUTLINE_NODE = obj(
    {
        "number": STRING,
        "title": STRING,
        "level": INTEGER,
        "anchor": STRING,
        "start": OFFSET,
        "children": {"type": "array", "items": {"$ref": "#/components/schemas/OutlineNode"}},
    }
)
SUMMARY = {
    "id": INTEGER,
    "title": STRING,
    "url": STRING,
    "date": nullable(ISO_DATE),
    "date_precision": nullable({"type": "string", "enum": ["day", "month", "year"]}),
    "speaker": nullable(STRING),
    "speaker_id": nullable(INTEGER),
    "level": nullable(LEVEL),
    "campaigns": {"type": "array", "items": obj({"slug": STRING, "name": STRING})},
}
LINE = obj(
    {
        "speech": INTEGER,
        "start": OFFSET,
        "end": OFFSET,
        "left": STRING,
        "match": STRING,
        "right": STRING,
    }
)
POINT = obj(
    {
        "year": INTEGER,
        "occurrences": INTEGER,
        "speeches": INTEGER,
        "per_million": nullable(NUMBER),
        "year_speeches": INTEGER,
        "year_chars": INTEGER,
    }
)
REUSE_LINK = obj(
    {
        "other": INTEGER,
        "start": OFFSET,
        "end": OFFSET,
        "other_start": OFFSET,
        "other_end": OFFSET,
        "similarity": NUMBER,
    }
)
CHANGE = obj({"op": STRING, "a_start": OFFSET, "a_end": OFFSET, "b_start": OFFSET, "b_end": OFFSET})

SCHEMAS: dict[str, dict] = {
    "Error": obj({"error": STRING}),
    "RateLimited": obj(
        {
            "error": STRING,
            "reason": {
                "type": "string",
                "enum": ["rate", "busy", "exports_client", "exports_total"],
            },
            "limited": STRING,
            "retry_after": INTEGER,
        }
    ),
    "TooLarge": obj({"error": STRING}, {"truncated": nullable(TRUNCATED)}),
    "Truncated": TRUNCATED,
    "SpeechSummary": obj(SUMMARY),
    "OutlineNode": OUTLINE_NODE,
    "SpeechDetail": obj(
        {
            **SUMMARY,
            "occasion": nullable(STRING),
            "organization": nullable(STRING),
            "source_url": nullable(STRING),
            "text": STRING,
            "outline": {"type": "array", "items": ref("OutlineNode")},
        },
        {
            "alt_title": nullable(STRING),
            "speaker_position": nullable(STRING),
            "published_on": nullable(ISO_DATE),
        },
    ),
    "SpeechPage": page_of(ref("SpeechSummary")),
    "Speaker": obj(
        {
            "id": INTEGER,
            "name": STRING,
            "aliases": {"type": "array", "items": STRING},
            "pinyin": STRING,
            "speeches": INTEGER,
        },
        {"url": STRING},
    ),
    "SpeakerPage": page_of(ref("Speaker")),
    "Facets": FACETS,
    "SearchHit": obj(
        {**SUMMARY, "score": NUMBER, "snippets": {"type": "array", "items": STRING}},
        {"occurrences": INTEGER},
    ),
    "SearchResult": obj(
        {
            "query": STRING,
            "count": INTEGER,
            "page": INTEGER,
            "page_size": INTEGER,
            "results": {"type": "array", "items": ref("SearchHit")},
            "facets": ref("Facets"),
        }
    ),
    "Line": LINE,
    "Concordance": obj(
        {
            "count": INTEGER,
            "page": INTEGER,
            "page_size": INTEGER,
            "results": {"type": "array", "items": ref("Line")},
        },
        {
            "query": STRING,
            "mode": {"type": "string", "enum": list(concordance.MODES)},
            "sort": {"type": "string", "enum": list(concordance.SORTS)},
            "speeches": INTEGER,
            "facets": ref("Facets"),
            "truncated": ref("Truncated"),
        },
    ),
    "Trends": obj(
        {
            "series": {
                "type": "array",
                "items": obj(
                    {"query": STRING, "points": {"type": "array", "items": POINT}},
                    {"group": nullable(STRING)},
                ),
            }
        },
        {
            "queries": {"type": "array", "items": STRING},
            "by": {"const": "year"},
            "split": nullable(STRING),
            "years": {"type": "array", "items": INTEGER},
            "truncated": ref("Truncated"),
        },
    ),
    "DraftCheck": obj(
        {
            "length": INTEGER,
            "share": NUMBER,
            "passages": {
                "type": "array",
                "items": obj(
                    {
                        "start": OFFSET,
                        "end": OFFSET,
                        "sources": {
                            "type": "array",
                            "items": obj(
                                {"speech": INTEGER, "start": OFFSET, "end": OFFSET},
                                {"draft_start": OFFSET, "draft_end": OFFSET, "similarity": NUMBER},
                            ),
                        },
                    }
                ),
            },
            "new_formulations": {"type": "array", "items": STRING},
        },
        {
            "text": STRING,
            "ended_formulations": {
                "type": "array",
                "items": obj({"text": STRING, "last_year": INTEGER}),
            },
            "before_year": INTEGER,
            "speeches": {
                "type": "array",
                "items": obj(
                    {"id": INTEGER, "title": STRING, "share": NUMBER},
                    {
                        "speaker": STRING,
                        "level": STRING,
                        "date": nullable(ISO_DATE),
                        "date_precision": SUMMARY["date_precision"],
                        "url": STRING,
                        "passages": INTEGER,
                    },
                ),
            },
            "complete": {"type": "boolean"},
            "unchecked_formulations": INTEGER,
        },
    ),
    "ReuseLink": REUSE_LINK,
    "ReusePage": page_of(ref("ReuseLink")),
    "Compare": obj(
        {
            "a": INTEGER,
            "b": INTEGER,
            "passages": {
                "type": "array",
                "items": obj(
                    {
                        "a_start": OFFSET,
                        "a_end": OFFSET,
                        "b_start": OFFSET,
                        "b_end": OFFSET,
                        "similarity": NUMBER,
                        "changes": {"type": "array", "items": CHANGE},
                    }
                ),
            },
        }
    ),
    "Keyness": obj(
        {
            "a": obj({"speeches": INTEGER, "size": INTEGER}),
            "b": obj({"speeches": INTEGER, "size": INTEGER}),
            "results": {
                "type": "array",
                "items": obj(
                    {
                        "term": STRING,
                        "a": INTEGER,
                        "b": INTEGER,
                        "g2": NUMBER,
                        "log_ratio": NUMBER,
                    }
                ),
            },
        },
        {"unit": {"type": "string", "enum": ["word", "ngram"]}, "min": INTEGER},
    ),
    "Collocations": obj(
        {
            "results": {
                "type": "array",
                "items": obj(
                    {"term": STRING, "count": INTEGER, "logdice": NUMBER, "mi3": NUMBER},
                    {"freq": INTEGER},
                ),
            }
        },
        {
            "q": STRING,
            "window": INTEGER,
            "node_count": INTEGER,
            "size": INTEGER,
            "speeches": INTEGER,
        },
    ),
    "Formulations": obj(
        {
            "first": nullable(ref("SpeechSummary")),
            "first_by_level": {
                "type": "object",
                "additionalProperties": ref("SpeechSummary"),
            },
            "per_year": {
                "type": "array",
                "items": obj(
                    {"year": INTEGER, "level": STRING, "speeches": INTEGER, "occurrences": INTEGER}
                ),
            },
            "variants": {
                "type": "array",
                "items": obj({"text": STRING, "speeches": INTEGER, "occurrences": INTEGER}),
            },
        },
        {
            "q": STRING,
            "speeches": INTEGER,
            "occurrences": INTEGER,
            "lag_days": {"type": "object", "additionalProperties": INTEGER},
        },
    ),
}


def param(name: str, schema: dict, description: str, *, where: str = "query", **extra) -> dict:
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "description": description,
        "schema": schema,
        **extra,
    }


PARAMETERS: dict[str, dict] = {
    "page": param("page", {"type": "integer", "minimum": 1, "maximum": 10**6}, "page number"),
    "page_size": param(
        "page_size", {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}, "per page"
    ),
    "q": param("q", STRING, "query in the search syntax (any text is a valid query)"),
    "campaign": param("campaign", {"type": "string", "maxLength": 200}, "campaign slug or name"),
    "level": param("level", LEVEL, "level (the Chinese word)"),
    "speaker": param("speaker", {"type": "string", "maxLength": 200}, "speaker's name"),
    "year": param("year", {"type": "integer", "minimum": 1, "maximum": 9999}, "year"),
    "date_from": param("date_from", {"type": "string", "format": "date"}, "YYYY-MM-DD"),
    "date_to": param("date_to", {"type": "string", "format": "date"}, "YYYY-MM-DD"),
    "format": param(
        "format",
        {"type": "string", "enum": ["json", "csv", "jsonl"]},
        "json (default) or a download of every result: csv (header row first) or jsonl",
    ),
    "id": param("id", {"type": "integer", "minimum": 1}, "speech id", where="path"),
}
FILTERS = ["campaign", "level", "speaker", "year", "date_from", "date_to"]


def _params(*names: str) -> list[dict]:
    return [PARAMETERS[n] for n in names]


def _json_body(schema: dict, description: str, headers: dict | None = None) -> dict:
    answer = {"description": description, "content": {"application/json": {"schema": schema}}}
    if headers:
        answer["headers"] = headers
    return answer


EXPORT_BODIES = {
    "text/csv": {"schema": {"type": "string"}},
    "application/x-ndjson": {"schema": {"type": "string"}},
}
BAD_REQUEST = _json_body(
    ref("Error"),
    "a bad parameter (the message names it). A request line over 8190 bytes is refused "
    "before the application, by gunicorn, with a short HTML page.",
)
BAD_REQUEST["content"]["text/html"] = {"schema": {"type": "string"}}
NOT_FOUND = _json_body(ref("Error"), "no such published speech")
FORBIDDEN = _json_body(ref("Error"), "for staff only (ARCHIVE_DRAFT_CHECK=staff): log in")
TOO_LARGE = _json_body(ref("TooLarge"), "a CSV export over its time budget")
RATE_LIMITED = _json_body(
    ref("RateLimited"),
    "too many expensive requests from this client, or the server is busy",
    {"Retry-After": {"description": "seconds", "schema": {"type": "string"}}},
)


@dataclass(frozen=True)
class Operation:
    path: str
    summary: str
    body: str  # the name of the 200 body's schema in SCHEMAS
    parameters: list[dict] = field(default_factory=list)
    errors: tuple[int, ...] = (400,)
    exports: bool = False  # format=csv|jsonl gives a download
    method: str = "get"
    description: str = ""
    form: dict[str, dict] | None = None  # a POST's form fields (multipart or urlencoded)

    def as_openapi(self) -> dict:
        ok = _json_body(ref(self.body), "OK")
        if self.exports:
            ok["content"].update(EXPORT_BODIES)
            ok["headers"] = {
                "X-Archive-Query": {
                    "description": "exports: the query, filters and time, as JSON",
                    "schema": {"type": "string"},
                }
            }
        shared = {
            400: BAD_REQUEST,
            403: FORBIDDEN,
            404: NOT_FOUND,
            413: TOO_LARGE,
            429: RATE_LIMITED,
        }
        responses = {"200": ok} | {str(code): shared[code] for code in self.errors}
        operation = {
            "summary": self.summary,
            "operationId": self.method
            + self.path.replace("/", "_").replace("{", "").replace("}", ""),
            "parameters": self.parameters,
            "responses": responses,
        }
        if self.description:
            operation["description"] = self.description
        if self.form is not None:
            fields = {"type": "object", "properties": self.form}
            operation["requestBody"] = {
                "required": True,
                "content": {
                    "multipart/form-data": {"schema": fields},
                    "application/x-www-form-urlencoded": {"schema": fields},
                },
            }
        return operation


OPERATIONS: list[Operation] = [
    Operation(
        "/api/speeches",
        "Published speeches, by id, with the search filters",
        "SpeechPage",
        _params("page", "page_size", *FILTERS),
    ),
    Operation(
        "/api/speeches/{id}",
        "One published speech with its text and outline",
        "SpeechDetail",
        _params("id"),
        errors=(404,),
    ),
    Operation(
        "/api/speeches/{id}/reuse",
        "Passages this speech shares with others (offsets into each text)",
        "ReusePage",
        _params("id", "page", "page_size"),
        errors=(400, 404),
    ),
    Operation("/api/speakers", "One entry per person", "SpeakerPage", _params("page", "page_size")),
    Operation(
        "/api/search",
        "Search the speeches",
        "SearchResult",
        [
            *_params("q", "page", "page_size"),
            param("sort", {"type": "string", "enum": list(SORTS)}, "order of the results"),
            *_params(*FILTERS, "format"),
        ],
        errors=(400, 413, 429),
        exports=True,
    ),
    Operation(
        "/api/concordance",
        "Every occurrence (kwic) or sentence (sentence) of the query",
        "Concordance",
        [
            *_params("q", "page", "page_size"),
            param("sort", {"type": "string", "enum": list(concordance.SORTS)}, "line order"),
            param(
                "lsort",
                {"type": "string", "enum": list(concordance.SORTS)},
                "old name of sort",
                deprecated=True,
            ),
            param("mode", {"type": "string", "enum": list(concordance.MODES)}, "kwic or sentence"),
            param(
                "context",
                {"type": "integer", "minimum": 0, "maximum": concordance.MAX_CONTEXT},
                "characters either side",
            ),
            *_params(*FILTERS, "format"),
        ],
        errors=(400, 413, 429),
        exports=True,
    ),
    Operation(
        "/api/trends",
        "Occurrences per year of comma-separated queries",
        "Trends",
        [
            param("q", STRING, "comma-separated queries", required=True),
            param("by", {"type": "string", "enum": ["year"]}, "always year"),
            param("split", {"type": "string", "enum": list(trends.SPLITS)}, "one line per group"),
            *_params(*FILTERS, "format"),
        ],
        errors=(400, 413, 429),
        exports=True,
    ),
    Operation(
        "/api/compare",
        "The aligned passages of two speeches",
        "Compare",
        [
            param("a", {"type": "integer", "minimum": 1}, "speech id", required=True),
            param("b", {"type": "integer", "minimum": 1}, "speech id", required=True),
        ],
        errors=(400, 404, 413, 429),
    ),
    Operation(
        "/api/check",
        "Check a draft against the archive: shared passages and new formulations",
        "DraftCheck",
        method="post",
        form={
            "text": {"type": "string", "description": "the draft's text"},
            "file": {"type": "string", "format": "binary", "description": "or a file"},
            "before": {
                "type": "integer",
                "description": "ended_formulations: last used before this year (default: "
                "five years ago)",
            },
        },
        errors=(400, 403, 413, 429),
        description="Offsets index the submitted text after the upload cleaning (returned as "
        "text when it differs) and each source's text. Public only with "
        "ARCHIVE_DRAFT_CHECK=public; then no session or CSRF token is needed.",
    ),
    Operation(
        "/api/keyness",
        "Terms one sub-corpus uses more or less than another (G², log ratio)",
        "Keyness",
        [
            param("a", STRING, "sub-corpus A: a query in the search syntax", required=True),
            param("b", STRING, "sub-corpus B; empty: every published speech not in A"),
            param(
                "unit",
                {"type": "string", "enum": ["word", "ngram"]},
                "jieba words or 2-8 character n-grams",
            ),
            param("min", {"type": "integer", "minimum": 1, "maximum": 100000}, "minimum a + b"),
            param("limit", {"type": "integer", "minimum": 1, "maximum": 5000}, "results (JSON)"),
            PARAMETERS["format"],
        ],
        errors=(400, 413, 429),
        exports=True,
        description="Ranked by G². With unit=ngram, a and b are literal occurrences in the "
        "normalized texts and size counts characters; with unit=word, jieba words.",
    ),
    Operation(
        "/api/collocations",
        "Words within a window of a term (logDice, MI³)",
        "Collocations",
        [
            param("q", STRING, "the term (a literal)", required=True),
            param("within", STRING, "sub-corpus: a query in the search syntax"),
            param("window", {"type": "integer", "minimum": 1, "maximum": 20}, "words either side"),
            param("min", {"type": "integer", "minimum": 1, "maximum": 100000}, "minimum count"),
            PARAMETERS["format"],
        ],
        errors=(400, 413, 429),
        exports=True,
    ),
    Operation(
        "/api/formulations",
        "History of a formulation: first uses, per year and level, near variants",
        "Formulations",
        [
            param("q", STRING, "the phrase (a literal)", required=True),
            param("within", STRING, "sub-corpus: a query in the search syntax"),
        ],
        errors=(400, 429),
        description="first: the earliest dated published speech whose text contains the "
        "phrase; lag_days: days from the first central use to the first use at each level.",
    ),
]


def document(server_url: str = "/") -> dict:
    """The OpenAPI 3.1 document (``server_url``: where the API is served)."""
    paths: dict[str, dict] = {}
    for op in OPERATIONS:
        paths.setdefault(op.path, {})[op.method] = op.as_openapi()
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "党建讲话档案 JSON API",
            "version": VERSION,
            "description": "Read-only JSON API of the archive; no log-in needed. "
            "Every list is {count, page, page_size, results}; errors are "
            '{"error": "…"}. See /api/ for people.',
        },
        "servers": [{"url": server_url}],
        "paths": paths,
        "components": {"schemas": SCHEMAS},
    }
