"""Who may check a draft: everyone when ``ARCHIVE_DRAFT_CHECK=public``, else active staff.

One rule for the page, the JSON endpoint and the research menu (which hides the entry from
visitors it would only send to the log-in).
"""

from __future__ import annotations

from django.conf import settings


def public() -> bool:
    return getattr(settings, "ARCHIVE_DRAFT_CHECK", "staff") == "public"


def may_check(user: object) -> bool:
    """``user``: the request's user (anonymous, or None outside a request)."""
    return public() or bool(getattr(user, "is_active", False) and getattr(user, "is_staff", False))
