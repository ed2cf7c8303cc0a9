"""OAI-PMH 2.0 request arguments: which verb, which arguments, datestamps and resumption
tokens, with the protocol's error codes. No database and no XML here."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from dataclasses import dataclass

from speeches.text.control import has_control_characters

GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"
METADATA_PREFIX = "oai_dc"

# verb -> (required arguments, optional arguments); resumptionToken is exclusive.
VERBS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "Identify": (frozenset(), frozenset()),
    "ListMetadataFormats": (frozenset(), frozenset({"identifier"})),
    "ListSets": (frozenset(), frozenset({"resumptionToken"})),
    "GetRecord": (frozenset({"identifier", "metadataPrefix"}), frozenset()),
    "ListIdentifiers": (
        frozenset({"metadataPrefix"}),
        frozenset({"from", "until", "set", "resumptionToken"}),
    ),
    "ListRecords": (
        frozenset({"metadataPrefix"}),
        frozenset({"from", "until", "set", "resumptionToken"}),
    ),
}
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SECONDS = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")


class OaiError(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class OaiRequest:
    verb: str
    args: dict[str, str]


def parse_request(query: dict[str, list[str]]) -> OaiRequest:
    """Check verb and arguments (``query`` maps each name to all its values)."""
    for name, values in query.items():
        # Checked first: an error message quoting such an argument could not be XML.
        if any(has_control_characters(v) for v in [name, *values]):
            raise OaiError("badArgument", "Control characters are not allowed in arguments")
    verbs = query.get("verb", [])
    if len(verbs) != 1 or verbs[0] not in VERBS:
        shown = verbs[0] if len(verbs) == 1 else ("missing" if not verbs else "repeated")
        raise OaiError("badVerb", f"Illegal OAI verb: {shown}")
    verb = verbs[0]
    required, optional = VERBS[verb]
    args: dict[str, str] = {}
    for name, values in query.items():
        if name == "verb":
            continue
        if name not in required | optional:
            raise OaiError("badArgument", f"Illegal argument for {verb}: {name}")
        if len(values) != 1:
            raise OaiError("badArgument", f"Repeated argument: {name}")
        args[name] = values[0]
    if "resumptionToken" in args:
        if len(args) > 1:
            raise OaiError("badArgument", "resumptionToken is an exclusive argument")
        return OaiRequest(verb, args)
    missing = required - set(args)
    if missing:
        raise OaiError("badArgument", f"Missing argument(s): {', '.join(sorted(missing))}")
    return OaiRequest(verb, args)


def format_datestamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_datestamp(value: str, *, until: bool) -> tuple[dt.datetime, str]:
    """A ``from``/``until`` value as a UTC bound: ``from`` inclusive, ``until`` exclusive
    (the end of its day or second, since datestamps are shown to the second)."""
    try:
        if _DAY.fullmatch(value):
            day = dt.datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=dt.UTC)
            return (day + dt.timedelta(days=1) if until else day), "day"
        if _SECONDS.fullmatch(value):
            moment = dt.datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
            return (moment + dt.timedelta(seconds=1) if until else moment), "seconds"
    except (ValueError, OverflowError):
        pass
    raise OaiError(
        "badArgument", f"{'until' if until else 'from'} must be YYYY-MM-DD or {GRANULARITY}"
    )


@dataclass(frozen=True)
class Selection:
    """What a list request asks for; ``after`` is where the previous page ended."""

    metadata_prefix: str
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    set_spec: str | None = None
    after: tuple[dt.datetime, int] | None = None
    cursor: int = 0
    total: int | None = None


def selection_from_args(args: dict[str, str]) -> Selection:
    if "resumptionToken" in args:
        return decode_token(args["resumptionToken"])
    start = end = None
    grains = []
    if "from" in args:
        start, grain = parse_datestamp(args["from"], until=False)
        grains.append(grain)
    if "until" in args:
        end, grain = parse_datestamp(args["until"], until=True)
        grains.append(grain)
    if len(set(grains)) > 1:
        raise OaiError("badArgument", "from and until must have the same granularity")
    if start and end and start >= end:
        raise OaiError("badArgument", "from must not be later than until")
    return Selection(args["metadataPrefix"], start, end, args.get("set"))


def encode_token(selection: Selection) -> str:
    """Stateless token: the selection plus the (datestamp, id) the page ended at."""
    data = {
        "m": selection.metadata_prefix,
        "f": selection.start.isoformat() if selection.start else None,
        "u": selection.end.isoformat() if selection.end else None,
        "s": selection.set_spec,
        "a": [selection.after[0].isoformat(), selection.after[1]] if selection.after else None,
        "c": selection.cursor,
        "n": selection.total,
    }
    raw = json.dumps(data, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_token(token: str) -> Selection:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        data = json.loads(raw)
        after = data["a"]
        selection = Selection(
            metadata_prefix=str(data["m"]),
            start=dt.datetime.fromisoformat(data["f"]) if data["f"] else None,
            end=dt.datetime.fromisoformat(data["u"]) if data["u"] else None,
            set_spec=data["s"],
            after=(dt.datetime.fromisoformat(after[0]), int(after[1])),
            cursor=int(data["c"]),
            total=int(data["n"]) if data["n"] is not None else None,
        )
    except (ValueError, KeyError, TypeError, IndexError, binascii.Error):
        raise OaiError("badResumptionToken", "The resumptionToken is invalid") from None
    for moment in (selection.start, selection.end, selection.after[0]):
        if moment is not None and moment.tzinfo is None:
            raise OaiError("badResumptionToken", "The resumptionToken is invalid")
    if selection.set_spec is not None and not isinstance(selection.set_spec, str):
        raise OaiError("badResumptionToken", "The resumptionToken is invalid")
    return selection
