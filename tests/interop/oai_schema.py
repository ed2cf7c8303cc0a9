"""The OAI-PMH 2.0 and oai_dc XML schemas shipped in fixtures/oai, for lxml validation
(offline: every import points at a local file)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "fixtures" / "oai"
# One schema importing both namespaces, so that <metadata> (processContents="strict") is
# checked against oai_dc.xsd as well.
DRIVER = b"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/" schemaLocation="OAI-PMH.xsd"/>
  <xs:import namespace="http://www.openarchives.org/OAI/2.0/oai_dc/"
             schemaLocation="oai_dc.xsd"/>
</xs:schema>"""


@cache
def oai_schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    driver = etree.fromstring(DRIVER, parser, base_url=str(SCHEMA_DIR) + "/")
    return etree.XMLSchema(driver)


def assert_valid(xml: bytes) -> etree._Element:
    document = etree.fromstring(xml)
    schema = oai_schema()
    assert schema.validate(document), schema.error_log.filter_from_errors()
    return document
