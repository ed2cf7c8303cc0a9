"""Response security headers and throttling of failed admin log-ins.

Two middlewares:

* ``SecurityHeadersMiddleware`` adds a Content-Security-Policy and a Permissions-Policy to
  every response (pages, API, errors). The templates use no inline scripts or styles, so the
  policy allows only the site's own files.
* ``LoginThrottleMiddleware`` refuses admin log-in attempts with HTTP 429 once a username has
  failed too often from one address (and, against password spraying, once one address has
  failed too often overall). Failures are counted from Django's ``user_login_failed`` signal
  in the default cache, so every gunicorn worker sees the same counts when the cache is
  shared (a file-based cache under the data directory).
"""

from __future__ import annotations

import hashlib
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape
from django.utils.translation import get_language, gettext_lazy, ngettext

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'self'",
    ]
)

# Every powerful feature off: an archive of texts needs none of them.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
)


def content_security_policy() -> str:
    return getattr(settings, "ARCHIVE_CONTENT_SECURITY_POLICY", CONTENT_SECURITY_POLICY)


def permissions_policy() -> str:
    return getattr(settings, "ARCHIVE_PERMISSIONS_POLICY", PERMISSIONS_POLICY)


class SecurityHeadersMiddleware:
    """Set CSP and Permissions-Policy unless a view chose its own."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        csp = content_security_policy()
        if csp:
            response.headers.setdefault("Content-Security-Policy", csp)
        policy = permissions_policy()
        if policy:
            response.headers.setdefault("Permissions-Policy", policy)
        return response


# --- log-in throttling -------------------------------------------------------------------


@dataclass(frozen=True)
class ThrottlePolicy:
    per_user_failures: int = 5
    per_address_failures: int = 30
    window_seconds: int = 15 * 60
    lockout_seconds: int = 15 * 60


def throttle_policy() -> ThrottlePolicy:
    overrides = getattr(settings, "ARCHIVE_LOGIN_THROTTLE", {}) or {}
    return ThrottlePolicy(**overrides)


LOCKED_TITLE = gettext_lazy("请稍后再试")


def locked_message(minutes: int) -> str:
    return ngettext(
        "登录失败次数过多，已暂停该账号在此地址的登录。请在 %(minutes)d 分钟后再试。",
        "登录失败次数过多，已暂停该账号在此地址的登录。请在 %(minutes)d 分钟后再试。",
        minutes,
    ) % {"minutes": minutes}


def client_address(request: HttpRequest) -> str:
    """The client's address; behind a reverse proxy, the header it sets (configured, since
    trusting a header the client itself can send would let anyone pick a fresh address)."""
    header = getattr(settings, "ARCHIVE_CLIENT_IP_HEADER", "")
    if header:
        value = request.META.get(header, "")
        # X-Forwarded-For: "client, proxy1, proxy2"; the proxy appends, so take the last hop
        # the trusted proxy saw (the rightmost entry).
        candidates = [part.strip() for part in value.split(",") if part.strip()]
        if candidates:
            return candidates[-1]
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _key(kind: str, *parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:40]
    return f"archive:login:{kind}:{digest}"


def login_name_key(username: str | None) -> str:
    """The name the throttle counts under: the form Django authenticates (the log-in form
    strips it and ``AbstractBaseUser.normalize_username`` applies NFKC, so ``ａｄｍｉｎ``
    logs in as ``admin``), case-folded and normalized again (Unicode's NFKC_Casefold), so
    that no written variant of a name has a counter or a lock of its own."""
    name = get_user_model().normalize_username((username or "").strip()).strip()
    return unicodedata.normalize("NFKC", name.casefold())


def _counter_keys(username: str, address: str) -> list[tuple[str, str, int]]:
    """(failure counter key, lock key, limit) for the user+address and the address alone."""
    policy = throttle_policy()
    user = login_name_key(username)
    return [
        (_key("fail", user, address), _key("lock", user, address), policy.per_user_failures),
        (_key("fail-ip", address), _key("lock-ip", address), policy.per_address_failures),
    ]


def locked_until(username: str, address: str) -> float | None:
    """The time (epoch seconds) the lock on this username+address ends, or None."""
    ends = [cache.get(lock_key) for _, lock_key, _ in _counter_keys(username, address)]
    ends = [end for end in ends if end is not None and end > time.time()]
    return max(ends) if ends else None


def record_failure(username: str, address: str) -> None:
    """Count one failed log-in; lock the username+address (or the address) at the limit.

    The counter holds (count, window end) rather than relying on cache.incr(): the
    file-based cache implements incr() as get+set with the default timeout, which would
    move the window. Two workers racing may lose one count; the limit stays a limit.
    """
    policy = throttle_policy()
    now = time.time()
    for fail_key, lock_key, limit in _counter_keys(username, address):
        count, window_end = cache.get(fail_key) or (0, now + policy.window_seconds)
        if window_end <= now:
            count, window_end = 0, now + policy.window_seconds
        count += 1
        if count >= limit:
            cache.set(lock_key, now + policy.lockout_seconds, timeout=policy.lockout_seconds)
            cache.delete(fail_key)
        else:
            cache.set(fail_key, (count, window_end), timeout=max(1, int(window_end - now) + 1))


def clear_failures(username: str, address: str) -> None:
    """A successful log-in forgets the user's failures from that address."""
    fail_key, lock_key, _ = _counter_keys(username, address)[0]
    cache.delete_many([fail_key, lock_key])


@receiver(user_login_failed, dispatch_uid="archive-login-throttle-failed")
def _on_login_failed(sender, credentials: dict, request: HttpRequest | None = None, **kwargs):
    if request is not None:
        record_failure(credentials.get("username", ""), client_address(request))


@receiver(user_logged_in, dispatch_uid="archive-login-throttle-success")
def _on_logged_in(sender, request: HttpRequest | None, user, **kwargs):
    if request is not None:
        clear_failures(user.get_username(), client_address(request))


def locked_response(until: float) -> HttpResponse:
    remaining = max(1, int(until - time.time()) + 1)
    minutes = max(1, (remaining + 59) // 60)
    message, title = escape(locked_message(minutes)), escape(LOCKED_TITLE)
    lang = "en" if get_language() == "en" else "zh-Hans"
    body = (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body><h1>{title}</h1><p>{message}</p></body></html>"
    )
    response = HttpResponse(body, status=429, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(remaining)
    return response


def _login_paths() -> set[str]:
    paths = set()
    for name in getattr(settings, "ARCHIVE_THROTTLED_LOGIN_URLS", ["admin:login"]):
        try:
            paths.add(reverse(name))
        except NoReverseMatch:
            continue
    return paths


class LoginThrottleMiddleware:
    """Answer 429 to log-in posts for a locked username+address, before any password check
    (so a locked-out attacker learns nothing, not even from a correct guess)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST" and request.path in _login_paths():
            until = locked_until(request.POST.get("username", ""), client_address(request))
            if until is not None:
                return locked_response(until)
        return self.get_response(request)
