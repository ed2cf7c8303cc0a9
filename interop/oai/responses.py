"""The XML answers of the OAI-PMH verbs (lxml), validated in the tests against the
protocol's XML schema (fixtures/oai/OAI-PMH.xsd) and the oai_dc schema."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from lxml import etree

from interop.oai import repository
from interop.oai.protocol import (
    GRANULARITY,
    METADATA_PREFIX,
    OaiError,
    OaiRequest,
    Selection,
    encode_token,
    format_datestamp,
    selection_from_args,
)
from interop.oai.sets import all_sets
from interop.records import ARCHIVE_NAME, SpeechRecord

OAI_NS = "http://www.openarchives.org/OAI/2.0/"
OAI_DC_NS = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC_NS = "http://purl.org/dc/elements/1.1/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
OAI_SCHEMA = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"
OAI_DC_SCHEMA = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"


def _el(parent: etree._Element, tag: str, text: str | None = None, ns: str = OAI_NS):
    element = etree.SubElement(parent, f"{{{ns}}}{tag}")
    if text is not None:
        element.text = text
    return element


def envelope(base_url: str, request: OaiRequest | None) -> etree._Element:
    """OAI-PMH root with responseDate and request; ``request`` None (after badVerb or
    badArgument) shows the base URL only, as the protocol asks."""
    root = etree.Element(f"{{{OAI_NS}}}OAI-PMH", nsmap={None: OAI_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_NS} {OAI_SCHEMA}")
    _el(root, "responseDate", format_datestamp(dt.datetime.now(dt.UTC)))
    req = _el(root, "request", base_url)
    if request is not None:
        req.set("verb", request.verb)
        for name, value in request.args.items():
            req.set(name, value)
    return root


def error(root: etree._Element, exc: OaiError) -> etree._Element:
    node = _el(root, "error", exc.message)
    node.set("code", exc.code)
    return root


def serialize(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


class Responder:
    """Fills the envelope for one verb; ``permalink`` turns a speech into its page URL."""

    def __init__(self, base_url: str, permalink: repository.Permalink) -> None:
        self.base_url = base_url
        self.permalink = permalink

    def answer(self, request: OaiRequest) -> etree._Element:
        root = envelope(self.base_url, request)
        try:
            handler = getattr(self, f"verb_{request.verb}")
            handler(root, request.args)
        except OaiError as exc:
            root = envelope(self.base_url, request)
            if exc.code in ("badArgument", "badVerb"):
                root = envelope(self.base_url, None)
            error(root, exc)
        return root

    # --- verbs ----------------------------------------------------------------------------

    def verb_Identify(self, root, args) -> None:
        node = _el(root, "Identify")
        _el(node, "repositoryName", ARCHIVE_NAME)
        _el(node, "baseURL", self.base_url)
        _el(node, "protocolVersion", "2.0")
        _el(node, "adminEmail", settings.OAI_ADMIN_EMAIL)
        _el(node, "earliestDatestamp", format_datestamp(repository.earliest_datestamp()))
        _el(node, "deletedRecord", "persistent")
        _el(node, "granularity", GRANULARITY)

    def verb_ListMetadataFormats(self, root, args) -> None:
        if "identifier" in args:
            self._item(args["identifier"])
        node = _el(root, "ListMetadataFormats")
        fmt = _el(node, "metadataFormat")
        _el(fmt, "metadataPrefix", METADATA_PREFIX)
        _el(fmt, "schema", OAI_DC_SCHEMA)
        _el(fmt, "metadataNamespace", OAI_DC_NS)

    def verb_ListSets(self, root, args) -> None:
        if "resumptionToken" in args:
            raise OaiError("badResumptionToken", "ListSets is answered in one response")
        node = _el(root, "ListSets")
        for oai_set in all_sets():
            set_node = _el(node, "set")
            _el(set_node, "setSpec", oai_set.spec)
            _el(set_node, "setName", oai_set.name)

    def verb_GetRecord(self, root, args) -> None:
        _check_prefix(args["metadataPrefix"])
        item = self._item(args["identifier"])
        self._record(_el(root, "GetRecord"), item)

    def verb_ListIdentifiers(self, root, args) -> None:
        self._list(root, "ListIdentifiers", args, headers_only=True)

    def verb_ListRecords(self, root, args) -> None:
        self._list(root, "ListRecords", args, headers_only=False)

    # --- parts ----------------------------------------------------------------------------

    def _item(self, oai_identifier: str) -> repository.OaiItem:
        speech_id = repository.speech_id_of(oai_identifier)
        item = repository.get_item(speech_id, self.permalink) if speech_id else None
        if item is None:
            raise OaiError("idDoesNotExist", f"No such identifier: {oai_identifier}")
        return item

    def _list(self, root, verb: str, args: dict[str, str], *, headers_only: bool) -> None:
        selection = selection_from_args(args)
        _check_prefix(selection.metadata_prefix)
        page_size = settings.OAI_PAGE_SIZE
        items = repository.list_items(selection, page_size, self.permalink)
        if not items:
            if "resumptionToken" in args:
                raise OaiError("badResumptionToken", "The resumptionToken is no longer valid")
            raise OaiError("noRecordsMatch", "No records match the request")
        total = selection.total
        if total is None:
            total = repository.count(selection)
        node = _el(root, verb)
        for item in items[:page_size]:
            if headers_only:
                _header(node, item)
            else:
                self._record(node, item)
        if len(items) > page_size or "resumptionToken" in args:
            _resumption(node, selection, items[:page_size], total, more=len(items) > page_size)

    def _record(self, parent, item: repository.OaiItem) -> None:
        record = _el(parent, "record")
        _header(record, item)
        if not item.deleted and item.record is not None:
            _dublin_core(_el(record, "metadata"), item.record)


def _check_prefix(prefix: str) -> None:
    if prefix != METADATA_PREFIX:
        raise OaiError("cannotDisseminateFormat", f"Only {METADATA_PREFIX} is offered")


def _header(parent, item: repository.OaiItem) -> None:
    header = _el(parent, "header")
    if item.deleted:
        header.set("status", "deleted")
    _el(header, "identifier", repository.identifier(item.speech_id))
    _el(header, "datestamp", format_datestamp(item.datestamp))
    for spec in item.set_specs:
        _el(header, "setSpec", spec)


def _resumption(node, selection: Selection, page: list, total: int, *, more: bool) -> None:
    token = _el(node, "resumptionToken")
    token.set("cursor", str(selection.cursor))
    if total > 0:
        token.set("completeListSize", str(total))
    if more:
        following = Selection(
            selection.metadata_prefix,
            selection.start,
            selection.end,
            selection.set_spec,
            after=page[-1].key,
            cursor=selection.cursor + len(page),
            total=total,
        )
        token.text = encode_token(following)


def _dublin_core(metadata, record: SpeechRecord) -> None:
    dc = etree.SubElement(
        metadata, f"{{{OAI_DC_NS}}}dc", nsmap={"oai_dc": OAI_DC_NS, "dc": DC_NS, "xsi": XSI_NS}
    )
    dc.set(f"{{{XSI_NS}}}schemaLocation", f"{OAI_DC_NS} {OAI_DC_SCHEMA}")

    def add(tag: str, value: str | None) -> None:
        if value:
            _el(dc, tag, value, ns=DC_NS)

    add("title", record.title)
    add("creator", record.author)
    for campaign in record.campaigns:
        add("subject", campaign)
    add("description", record.summary)
    add("publisher", ARCHIVE_NAME)
    add("date", record.date_text)
    add("type", "Text")
    add("type", "讲话")
    add("format", "text/html")
    add("identifier", record.url)
    add("source", record.source_url)
    add("language", "zh")
    add("coverage", record.region)
