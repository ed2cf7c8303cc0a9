from __future__ import annotations

import html.parser
import os
import secrets
import subprocess
import sys
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.cache import cache

from speeches import security

ROOT = Path(__file__).resolve().parent.parent
HEADERS_MW = "speeches.security.SecurityHeadersMiddleware"
THROTTLE_MW = "speeches.security.LoginThrottleMiddleware"
PASSWORD = "a-long-test-password-9f3"


@pytest.fixture
def secured(settings):
    """Make sure both middlewares run, in the positions the settings are meant to use, even
    before archive/settings.py lists them (test_settings_install_the_middlewares checks that)."""
    middleware = list(settings.MIDDLEWARE)
    if HEADERS_MW not in middleware:
        middleware.insert(
            middleware.index("django.middleware.security.SecurityMiddleware") + 1, HEADERS_MW
        )
    if THROTTLE_MW not in middleware:
        middleware.insert(
            middleware.index("django.middleware.csrf.CsrfViewMiddleware") + 1, THROTTLE_MW
        )
    settings.MIDDLEWARE = middleware
    # Every failed log-in hashes a password; the production hasher would make each test slow.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield settings
    cache.clear()


def directives(csp: str) -> dict[str, list[str]]:
    parsed = {}
    for part in csp.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def test_settings_install_the_middlewares():
    middleware = django_settings.MIDDLEWARE
    assert HEADERS_MW in middleware and THROTTLE_MW in middleware
    # Outside WhiteNoise and everything else, so error pages and static files get the headers.
    assert middleware.index(HEADERS_MW) < middleware.index(
        "whitenoise.middleware.WhiteNoiseMiddleware"
    )
    assert middleware.index(THROTTLE_MW) > middleware.index(
        "django.middleware.csrf.CsrfViewMiddleware"
    )


def test_policy_allows_only_own_files():
    csp = directives(security.CONTENT_SECURITY_POLICY)
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert "unsafe" not in security.CONTENT_SECURITY_POLICY
    assert "camera=()" in security.PERMISSIONS_POLICY
    assert "geolocation=()" in security.PERMISSIONS_POLICY


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/api/speeches",
        "/api/speeches/999999",
        "/api/search?q=党建",
        "/no-such-page/",
        "/admin/login/",
        "/healthz",
    ],
)
def test_headers_on_pages_api_and_errors(secured, client, seeds, path):
    response = client.get(path)
    assert response.status_code in {200, 404}, (path, response.status_code)
    assert response["Content-Security-Policy"] == security.CONTENT_SECURITY_POLICY
    assert response["Permissions-Policy"] == security.PERMISSIONS_POLICY
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_a_view_may_set_its_own_policy(secured, rf):
    from django.http import HttpResponse

    def view(request):
        response = HttpResponse("x")
        response["Content-Security-Policy"] = "default-src 'none'"
        return response

    response = security.SecurityHeadersMiddleware(view)(rf.get("/"))
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["Permissions-Policy"] == security.PERMISSIONS_POLICY


class _InlineCode(html.parser.HTMLParser):
    """Collects what the policy would block: inline scripts, style blocks/attributes,
    event-handler attributes and javascript: links."""

    def __init__(self) -> None:
        super().__init__()
        self.violations: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # JSON data blocks (application/json, JSON-LD) are never executed, so CSP lets them be.
        data_block = attrs.get("type") in {"application/json", "application/ld+json"}
        if tag == "script" and not attrs.get("src") and not data_block:
            self.violations.append(f"inline <script> at {self.getpos()}")
        if tag == "style":
            self.violations.append(f"<style> block at {self.getpos()}")
        for name, value in attrs.items():
            if name == "style" or name.startswith("on"):
                self.violations.append(f"{name}= on <{tag}> at {self.getpos()}")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.violations.append(f"javascript: URL on <{tag}> at {self.getpos()}")


@pytest.mark.django_db
def test_public_pages_need_no_inline_code(secured, client, seeds):
    """The CSP forbids inline code, so any in a template would silently stop working."""
    speech = next(iter(seeds.values()))
    paths = [
        "/",
        speech.get_absolute_url(),
        "/search/?q=党建",
        "/campaigns/",
        "/speakers/",
        "/years/",
        "/levels/",
        "/no-such-page/",
    ]
    found = {}
    for path in paths:
        parser = _InlineCode()
        parser.feed(client.get(path).content.decode())
        if parser.violations:
            found[path] = parser.violations
    assert found == {}


@pytest.mark.django_db
def test_server_error_page_needs_no_inline_code():
    from django.template.loader import render_to_string

    parser = _InlineCode()
    parser.feed(render_to_string("500.html"))
    assert parser.violations == []


# --- log-in throttling ---------------------------------------------------------------------


@pytest.fixture
def staff(secured, db):
    return get_user_model().objects.create_superuser("boss", "", PASSWORD)


def login(client, username: str, password: str, address: str = "10.1.1.1"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def test_five_failures_lock_the_username_from_that_address(secured, client, staff):
    for _ in range(5):
        response = login(client, "boss", "wrong")
        assert response.status_code == 200  # the form again, with an error
    locked = login(client, "boss", PASSWORD)  # even the right password is refused now
    assert locked.status_code == 429
    body = locked.content.decode()
    assert "登录失败次数过多" in body and "15 分钟" in body
    assert 0 < int(locked["Retry-After"]) <= 15 * 60
    assert locked["Content-Security-Policy"] == security.CONTENT_SECURITY_POLICY
    assert "_auth_user_id" not in client.session


def test_lock_is_per_username_and_address(secured, client, staff):
    get_user_model().objects.create_user("clerk", "", PASSWORD, is_staff=True)
    for _ in range(5):
        login(client, "boss", "wrong")
    assert login(client, "BOSS ", "wrong").status_code == 429  # same user, however typed
    assert login(client, "boss", PASSWORD, address="10.9.9.9").status_code == 302
    client.logout()
    assert login(client, "clerk", PASSWORD).status_code == 302


def test_success_forgets_earlier_failures(secured, client, staff):
    for _ in range(4):
        login(client, "boss", "wrong")
    assert login(client, "boss", PASSWORD).status_code == 302
    client.logout()
    for _ in range(4):
        assert login(client, "boss", "wrong").status_code == 200
    assert login(client, "boss", PASSWORD).status_code == 302


def test_lock_ends_after_fifteen_minutes(secured, client, staff, monkeypatch):
    clock = _Clock()
    monkeypatch.setattr(security, "time", clock)
    for _ in range(5):
        login(client, "boss", "wrong")
    assert login(client, "boss", PASSWORD).status_code == 429
    clock.now += 14 * 60
    assert login(client, "boss", PASSWORD).status_code == 429
    clock.now += 61
    assert login(client, "boss", PASSWORD).status_code == 302


def test_failures_outside_the_window_do_not_add_up(secured, client, staff, monkeypatch):
    clock = _Clock()
    monkeypatch.setattr(security, "time", clock)
    for _ in range(4):
        login(client, "boss", "wrong")
    clock.now += 15 * 60 + 1
    for _ in range(4):
        assert login(client, "boss", "wrong").status_code == 200
    assert login(client, "boss", PASSWORD).status_code == 302


def test_many_usernames_from_one_address_lock_the_address(secured, client, staff):
    secured.ARCHIVE_LOGIN_THROTTLE = {"per_address_failures": 6}
    for n in range(6):
        login(client, f"guess{n}", "wrong")
    assert login(client, "boss", PASSWORD).status_code == 429
    assert login(client, "boss", PASSWORD, address="10.2.2.2").status_code == 302


def test_proxy_header_names_the_client_when_configured(secured, client, staff):
    secured.ARCHIVE_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"

    def attempt(forwarded: str, password: str = "wrong"):
        return client.post(
            "/admin/login/",
            {"username": "boss", "password": password},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=forwarded,
        )

    for _ in range(5):
        attempt("spoofed, 203.0.113.7")
    # A client-chosen first entry does not buy a fresh address; the proxy's entry decides.
    assert attempt("198.51.100.1, 203.0.113.7", PASSWORD).status_code == 429
    assert attempt("203.0.113.8", PASSWORD).status_code == 302


def test_counts_survive_in_a_file_cache_shared_by_workers(secured, client, staff, tmp_path):
    """The proposed production cache: its incr() would reset the expiry, the counter must not
    depend on that, and a fresh cache object (another worker) sees the same lock."""
    secured.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path / "cache"),
            "TIMEOUT": 60,
        }
    }
    for _ in range(5):
        login(client, "boss", "wrong")
    from django.core.cache import caches
    from django.core.cache.backends.filebased import FileBasedCache

    other_worker = FileBasedCache(str(tmp_path / "cache"), {})
    lock_key = security._counter_keys("boss", "10.1.1.1")[0][1]
    assert other_worker.get(lock_key) is not None
    assert caches["default"].get(lock_key) is not None
    assert login(client, "boss", PASSWORD).status_code == 429


def test_get_of_the_login_page_is_never_throttled(secured, client, staff):
    for _ in range(5):
        login(client, "boss", "wrong")
    assert client.get("/admin/login/", REMOTE_ADDR="10.1.1.1").status_code == 200


class _Clock:
    def __init__(self) -> None:
        import time

        self.now = time.time()

    def time(self) -> float:
        return self.now


# --- deployment checks ---------------------------------------------------------------------


def production_env(data_dir: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(data_dir),
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50)[:50],
        "HTTPS": "1",
        "ALLOWED_HOSTS": "archive.example.org",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def test_check_deploy_is_clean_with_production_environment(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues" in output, output


def test_production_settings_redirect_to_https_but_not_health_checks(tmp_path):
    code = (
        "import django; django.setup();"
        "from django.conf import settings as s;"
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SECURE_HSTS_SECONDS >= 31536000, s.SECURE_PROXY_SSL_HEADER,"
        " s.SECURE_REDIRECT_EXEMPT)"
    )
    env = {**production_env(tmp_path), "DJANGO_SETTINGS_MODULE": "archive.settings"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "True True True True ('HTTP_X_FORWARDED_PROTO', 'https') ['^healthz$']"
    )


# --- the real server: several gunicorn workers share the counts -----------------------------


class _CsrfToken(html.parser.HTMLParser):
    token = ""

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name") == "csrfmiddlewaretoken":
            self.token = attrs.get("value", "")


def _live_login(live_archive, username: str, password: str) -> int:
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    with opener.open(live_archive.url + "/admin/login/", timeout=30) as page:
        assert page.headers["Content-Security-Policy"] == security.CONTENT_SECURITY_POLICY
        parser = _CsrfToken()
        parser.feed(page.read().decode())
    data = urllib.parse.urlencode(
        {"username": username, "password": password, "csrfmiddlewaretoken": parser.token}
    ).encode()
    request = urllib.request.Request(
        live_archive.url + "/admin/login/", data=data, headers={"Referer": live_archive.url + "/"}
    )
    try:
        with opener.open(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.slow
def test_live_server_throttles_across_workers(live_archive):
    username = f"nobody-{secrets.token_hex(4)}"
    statuses = [_live_login(live_archive, username, "wrong") for _ in range(5)]
    assert statuses == [200] * 5
    # Whichever worker answers, it sees the five failures counted by the others.
    assert [_live_login(live_archive, username, "wrong") for _ in range(4)] == [429] * 4


# --- names Django authenticates alike (issue 24, finding 5) -------------------------------


@pytest.fixture
def admin_user(secured, db):
    return get_user_model().objects.create_superuser("admin", "", PASSWORD)


def test_full_width_name_logs_in_as_the_ascii_account(secured, client, admin_user):
    """Why variants matter: Django's log-in form applies NFKC, so ａｄｍｉｎ is admin."""
    assert login(client, "ａｄｍｉｎ", PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(admin_user.pk)


def test_a_lock_holds_for_every_variant_and_a_right_password_does_not_clear_it(
    secured, client, admin_user
):
    for _ in range(5):
        assert login(client, "admin", "wrong").status_code == 200
    for variant in ("ａｄｍｉｎ", "ＡＤＭＩＮ", "Admin", " ａｄｍｉｎ\u3000", "admin"):
        refused = login(client, variant, PASSWORD)
        assert refused.status_code == 429, variant
        assert "_auth_user_id" not in client.session
    assert login(client, "admin", PASSWORD).status_code == 429  # still locked


def test_wrong_guesses_under_variants_count_toward_one_lock(secured, client, admin_user):
    for variant in ("ａｄｍｉｎ", "ＡＤＭＩＮ", "Admin", "ａdｍiｎ", "admin"):
        assert login(client, variant, "wrong").status_code == 200
    assert login(client, "admin", PASSWORD).status_code == 429
    assert login(client, "ａｄｍｉｎ", PASSWORD).status_code == 429


def test_name_key_is_django_normalization_case_folded():
    assert security.login_name_key(" ａｄｍｉｎ ") == "admin"
    assert security.login_name_key("ＡＤＭＩＮ") == security.login_name_key("admin")
    assert security.login_name_key("Straße") == security.login_name_key("STRASSE")
    assert security.login_name_key(None) == ""
