"""Settings for the speech archive, driven by environment variables with safe embedded defaults.

ARCHIVE_DATA_DIR holds every piece of state (SQLite database, Whoosh index, uploaded originals,
the generated secret key), so an empty directory plus ``migrate`` is a fresh archive.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def _env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DATA_DIR = Path(os.environ.get("ARCHIVE_DATA_DIR", BASE_DIR / "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """Use SECRET_KEY if given; otherwise generate one once and keep it in the data dir."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    path = DATA_DIR / "secret_key.txt"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = _env_bool("DEBUG", False)
ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = _env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "haystack",
    "simple_history",
    "speeches",
    "django.contrib.sitemaps",
    "interop",
    "reuse",
    "related",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Right after SecurityMiddleware, so 404/500 pages and static files get the headers too.
    "speeches.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "speeches.security.LoginThrottleMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Rates, concurrency slots and 429s for expensive public requests (speeches/limits.py).
    "speeches.limits.PublicLimitsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "speeches.middleware.SearchUnavailableMiddleware",
]

ROOT_URLCONF = "archive.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "archive.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{DATA_DIR / 'archive.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers share the file: WAL lets readers run during a write, and the
    # timeout makes a writer wait for the lock instead of failing at once.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

# A file cache under the data dir, so every gunicorn worker sees the same log-in failure
# counts and request rates (a per-process cache would allow 5 tries per worker).
# CACHE_URL=redis://host:6379/0 or memcached://host:11211 shares them between hosts
# (needs the `redis` or `pymemcache` package).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(Path(os.environ.get("ARCHIVE_CACHE_DIR", DATA_DIR / "cache"))),
        "TIMEOUT": 15 * 60,
        "OPTIONS": {"MAX_ENTRIES": 10000},
    }
}
if os.environ.get("CACHE_URL", "").startswith(("redis://", "rediss://")):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["CACHE_URL"],
        "TIMEOUT": 15 * 60,
    }
elif os.environ.get("CACHE_URL", "").startswith("memcached://"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": os.environ["CACHE_URL"].removeprefix("memcached://"),
        "TIMEOUT": 15 * 60,
    }
# Client address behind a reverse proxy (log-in throttling and request limits), e.g.
# HTTP_X_FORWARDED_FOR: its last hop, the one the proxy added; empty = REMOTE_ADDR.
ARCHIVE_CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")

# Limits on expensive public work (speeches/limits.py, README "Limits"): per-client rates
# (django-ratelimit over the cache above), concurrent heavy requests and exports (file
# locks), and each request's time budget. RATE_LIMITS="export=6/m,concordance=30/m" changes
# some rates; a rate of "off" lifts one.
_WORKERS = int(os.environ.get("WEB_CONCURRENCY", max(2, os.cpu_count() or 1)))
ARCHIVE_RATE_LIMITS = dict(
    item.split("=", 1) for item in _env_list("RATE_LIMITS", "") if "=" in item
)
# One worker always stays free for searches and pages: heavy work may use the others.
ARCHIVE_HEAVY_CONCURRENCY = int(os.environ.get("HEAVY_CONCURRENCY", max(1, _WORKERS - 1)))
ARCHIVE_EXPORTS_TOTAL = int(os.environ.get("EXPORTS_TOTAL", max(1, _WORKERS - 1)))
ARCHIVE_EXPORTS_PER_CLIENT = int(os.environ.get("EXPORTS_PER_CLIENT", "1"))
# Budgets stay well below gunicorn's worker timeout (60 s), so no request is ever killed.
ARCHIVE_PAGE_SECONDS = float(os.environ.get("PAGE_SECONDS", "4"))
ARCHIVE_EXPORT_SECONDS = float(os.environ.get("EXPORT_SECONDS", "20"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", DATA_DIR / "staticfiles"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns on every start otherwise
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if _env_bool("STATIC_MANIFEST", not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "media/"

# Uploaded originals can be large PDFs; keep them on disk, not in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
ARCHIVE_MAX_FILE_BYTES = int(os.environ.get("ARCHIVE_MAX_FILE_BYTES", 50 * 1024 * 1024))
ARCHIVE_MAX_ZIP_BYTES = int(os.environ.get("ARCHIVE_MAX_ZIP_BYTES", 500 * 1024 * 1024))
# Budget of one uploaded/imported file's extraction and cleaning, run in a killable process.
ARCHIVE_EXTRACT_SECONDS = float(os.environ.get("ARCHIVE_EXTRACT_SECONDS", "20"))
ARCHIVE_EXTRACT_MEMORY_MB = int(os.environ.get("ARCHIVE_EXTRACT_MEMORY_MB", "512"))
# The draft check (/check/, POST /api/check): "staff" (default) or "public"; its limits.
ARCHIVE_DRAFT_CHECK = os.environ.get("ARCHIVE_DRAFT_CHECK", "staff").strip().lower()
# New formulations (speech pages) are a pass over the whole archive (~50 s CPU per 1,000
# speeches): prepare_archive recomputes them. "1" also recomputes them in a background thread
# of the web worker after every index write, for small archives that want them current.
NEW_FORMULATIONS_AFTER_WRITES = os.environ.get("ARCHIVE_NEW_FORMULATIONS_AFTER_WRITES") == "1"
ARCHIVE_DRAFT_MAX_CHARS = int(os.environ.get("ARCHIVE_DRAFT_MAX_CHARS", "60000"))
ARCHIVE_DRAFT_MAX_FILE_BYTES = int(os.environ.get("ARCHIVE_DRAFT_MAX_FILE_BYTES", 10 * 1024 * 1024))

SEARCH_INDEX_DIR = Path(os.environ.get("ARCHIVE_INDEX_DIR", DATA_DIR / "whoosh_index"))
# The search engine: "embedded" (Whoosh files under SEARCH_INDEX_DIR, the default) or
# "opensearch" (a cluster: OPENSEARCH_URL = comma-separated node URLs; see cluster/README.md).
SEARCH_ENGINE = os.environ.get("SEARCH_ENGINE", "embedded")
OPENSEARCH_URL = os.environ.get("OPENSEARCH_URL", "")
OPENSEARCH_USER = os.environ.get("OPENSEARCH_USER", "")
OPENSEARCH_PASSWORD = os.environ.get("OPENSEARCH_PASSWORD", "")
OPENSEARCH_VERIFY_CERTS = os.environ.get("OPENSEARCH_VERIFY_CERTS", "1") not in ("0", "false")
OPENSEARCH_CA_CERTS = os.environ.get("OPENSEARCH_CA_CERTS", "")
OPENSEARCH_INDEX = os.environ.get("OPENSEARCH_INDEX", "archive-speeches")  # the search alias
OPENSEARCH_SHARDS = int(os.environ.get("OPENSEARCH_SHARDS", "2"))
OPENSEARCH_REPLICAS = int(os.environ.get("OPENSEARCH_REPLICAS", "1"))
OPENSEARCH_TIMEOUT = float(os.environ.get("OPENSEARCH_TIMEOUT", "30"))
HAYSTACK_CONNECTIONS = {
    "default": {
        "ENGINE": "speeches.search.backend.ArchiveWhooshEngine",
        "PATH": str(SEARCH_INDEX_DIR),
    },
}
# Index upkeep is done explicitly by speeches.services, never by signals (a signal would
# write the index inside the database transaction and hide failures).
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"

LOGIN_URL = "admin:login"

# OAI-PMH (interop app): identifiers are oai:<OAI_REPOSITORY_IDENTIFIER>:speech/<id>; list
# responses hold OAI_PAGE_SIZE records before a resumption token.
OAI_REPOSITORY_IDENTIFIER = os.environ.get("OAI_REPOSITORY_IDENTIFIER", "dangjian-archive.local")
OAI_ADMIN_EMAIL = os.environ.get("OAI_ADMIN_EMAIL", f"archive@{OAI_REPOSITORY_IDENTIFIER}")
OAI_PAGE_SIZE = int(os.environ.get("OAI_PAGE_SIZE", "50"))

# HTTPS=1 when the site is served over HTTPS (normally by a reverse proxy in front of
# gunicorn that sets X-Forwarded-Proto): redirects, HSTS and secure cookies follow from it,
# and `manage.py check --deploy` is clean with DEBUG=0, SECRET_KEY, HTTPS=1, ALLOWED_HOSTS.
HTTPS = _env_bool("HTTPS", False)
SESSION_COOKIE_SECURE = _env_bool("SECURE_COOKIES", HTTPS)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
if HTTPS:
    # Only correct behind a proxy that always sets (and strips client-sent) X-Forwarded-Proto.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = _env_bool("SECURE_SSL_REDIRECT", True)
    # Health checks come over plain HTTP from the load balancer or container runtime.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
    # includeSubDomains and preload bind every subdomain to HTTPS for a year, and leaving a
    # browser's preload list takes months: only when asked for (HSTS_PRELOAD=1).
    HSTS_PRELOAD = _env_bool("HSTS_PRELOAD", False)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = HSTS_PRELOAD
    SECURE_HSTS_PRELOAD = HSTS_PRELOAD
    if not HSTS_PRELOAD:  # check --deploy recommends both; here they are a deliberate choice
        SILENCED_SYSTEM_CHECKS = ["security.W005", "security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # opensearch-py logs every request at INFO
    "loggers": {"jieba": {"level": "WARNING"}, "opensearch": {"level": "WARNING"}},
}
