"""Metadata in a speech page's head for citation managers and search engines: Highwire Press
``citation_*`` meta tags (read by Zotero and Google Scholar) and schema.org JSON-LD."""

from __future__ import annotations

import json

from interop.records import ARCHIVE_NAME, SpeechRecord


def highwire_tags(record: SpeechRecord) -> list[tuple[str, str]]:
    """(name, content) pairs, in the order Zotero's translator documents."""
    tags = [("citation_title", record.title)]
    if record.author:
        tags.append(("citation_author", record.author))
    if record.date_parts:
        date = record.date_text.replace("-", "/")
        tags += [("citation_publication_date", date), ("citation_date", date)]
    tags += [
        ("citation_publisher", ARCHIVE_NAME),
        ("citation_language", "zh"),
        ("citation_public_url", record.url),
        ("citation_fulltext_html_url", record.url),
    ]
    if record.campaigns:
        tags.append(("citation_keywords", "; ".join(record.campaigns)))
    if record.summary:
        tags.append(("citation_abstract", record.summary))
    return tags


def json_ld(record: SpeechRecord, site_url: str) -> dict:
    data: dict = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "genre": "Speech",
        "name": record.title,
        "headline": record.title[:110],
        "url": record.url,
        "mainEntityOfPage": record.url,
        "inLanguage": "zh-CN",
        "publisher": {"@type": "Organization", "name": ARCHIVE_NAME, "url": site_url},
    }
    if record.speaker:
        data["author"] = {"@type": "Person", "name": record.speaker}
        if record.organization:
            data["author"]["affiliation"] = {"@type": "Organization", "name": record.organization}
    elif record.organization:
        data["author"] = {"@type": "Organization", "name": record.organization}
    if record.date_text:
        data["dateCreated"] = data["datePublished"] = record.date_text
    if record.region:
        data["locationCreated"] = {"@type": "Place", "name": record.region}
    if record.campaigns:
        data["keywords"] = ", ".join(record.campaigns)
    if record.summary:
        data["description"] = record.summary
    return data


def json_ld_text(data: dict) -> str:
    """JSON safe inside <script>: no '<', '>' or '&' can end the element early."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
