"""gunicorn settings for the archive (``gunicorn -c gunicorn.conf.py archive.wsgi``)."""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# Searches are CPU-bound Python; more workers than cores only adds memory (jieba ~60 MB each).
workers = int(os.environ.get("WEB_CONCURRENCY", max(2, multiprocessing.cpu_count())))
# Sync workers: searches are CPU-bound, so threads add nothing, and a gthread worker that
# recycles (max_requests) can reset a connection it has just accepted (gunicorn #3038).
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Load Django, jieba and the dictionaries once in the master; workers share the pages.
preload_app = True
# Recycling bounds slow growth, but a new worker serves nothing while it opens the index
# (~1 s at 10k speeches) and starts with empty caches: at 2,000 requests each of two busy
# workers restarted about once a minute, and every restart was the load test's p99.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# Large uploads go to the admin; keep the request line and headers bounded.
limit_request_line = 8190
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def when_ready(server):
    """Load jieba's dictionary once in the master (preload_app): every worker, and every
    worker that replaces a recycled one, shares it instead of loading it at its first
    multi-word query (1-3 s of a request, and ~60 MB per worker)."""
    try:
        from django.conf import settings

        from speeches.search.analysis import configure_jieba, load_jieba

        configure_jieba(settings.DATA_DIR / "jieba")
        load_jieba()
    except Exception:  # a search that needs words will load it (slowly) instead
        server.log.exception("jieba preload failed")


def post_worker_init(worker):
    """Open the search index once in each new worker, so that its first visitor does not pay
    for it (about 1 s at 10,000 speeches)."""
    try:
        from speeches import search

        search.search("", page_size=1, with_facets=False, with_snippets=False)
    except Exception:  # a broken index must not stop the worker: /healthz reports it
        worker.log.exception("search warm-up failed")
