"""Loaded with ``-p tests.pytest_env`` before pytest-django imports the settings: every test
run gets its own data directory, so the index, uploads and secret key never touch var/."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("ARCHIVE_DATA_DIR", tempfile.mkdtemp(prefix="archive-test-"))
os.environ.setdefault("STATIC_MANIFEST", "0")
# The request limits stay on (speeches/limits.py), but a test run is one client asking far
# more than a reader would: rates fit the suite (tests/test_limits.py sets tight ones).
os.environ.setdefault(
    "RATE_LIMITS",
    ",".join(
        f"{kind}=1000/m"
        for kind in (
            "export",
            "concordance",
            "sentence",
            "trends",
            "compare",
            "many_terms",
            "draft_check",
            "discourse",
        )
    ),
)
# On a cluster (SEARCH_ENGINE=opensearch) each run writes behind an alias of its own.
os.environ.setdefault("OPENSEARCH_INDEX", f"archive-test-{os.getpid()}-{os.urandom(3).hex()}")
