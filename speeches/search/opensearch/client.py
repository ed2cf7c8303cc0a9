"""The OpenSearch connection and index names, from Django settings."""

from __future__ import annotations

import functools
import time

from django.conf import settings
from opensearchpy import OpenSearch


def alias() -> str:
    """The alias searches read (and single writes go to)."""
    return settings.OPENSEARCH_INDEX


def pending_alias() -> str:
    """Points at the index a haystack ``rebuild_index`` is filling (if any)."""
    return f"{settings.OPENSEARCH_INDEX}-pending"


def new_index_name() -> str:
    return (
        f"{settings.OPENSEARCH_INDEX}-{time.strftime('%Y%m%d%H%M%S')}-{time.time_ns() % 10**6:06d}"
    )


@functools.lru_cache(maxsize=4)
def _client(urls: tuple[str, ...], user: str, password: str, verify: bool, ca: str):

    options: dict = {
        "hosts": list(urls),
        "timeout": settings.OPENSEARCH_TIMEOUT,
        "max_retries": 2,
        "retry_on_timeout": True,
        # Another node answers when one is down: the client marks it dead and moves on.
        "retry_on_status": (502, 503, 504),
    }
    if user:
        options["http_auth"] = (user, password)
    if any(u.startswith("https:") for u in urls):
        options["use_ssl"] = True
        options["verify_certs"] = verify
        if ca:
            options["ca_certs"] = ca
        options["ssl_show_warn"] = verify
    return OpenSearch(**options)


def client():
    urls = tuple(u.strip() for u in settings.OPENSEARCH_URL.split(",") if u.strip())
    if not urls:
        raise RuntimeError("SEARCH_ENGINE=opensearch needs OPENSEARCH_URL (comma-separated URLs)")
    return _client(
        urls,
        settings.OPENSEARCH_USER,
        settings.OPENSEARCH_PASSWORD,
        settings.OPENSEARCH_VERIFY_CERTS,
        settings.OPENSEARCH_CA_CERTS,
    )
