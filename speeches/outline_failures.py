"""Outline parser failures: recorded on the speech, logged with its id, counted.

The outline is a reading aid, so a parser exception must not stop a speech from being saved;
but it must not vanish either (a parser regression would silently empty every outline). The
services derive outlines through ``derive_outline``: a failure leaves an empty outline, the
reason in ``Speech.outline_error`` (counted by ``check_index``), and an ERROR on the logger
``speeches.outline.failures`` with the speech id once the row has one. The test suite fails
any test during which that logger fires (tests/conftest.py).
"""

from __future__ import annotations

import logging

from speeches.models import Speech
from speeches.outline import parse_outline

log = logging.getLogger("speeches.outline.failures")

_PENDING = "_outline_exception"  # the failure of a speech not yet saved (no id to log)


def derive_outline(speech: Speech) -> None:
    """Set ``speech.outline`` (and ``outline_error``) from its body; never raises."""

    try:
        speech.outline = parse_outline(speech.body)
        speech.outline_error = ""
    except Exception as exc:  # any parser bug: keep the speech, report the bug
        speech.outline = []
        speech.outline_error = f"{type(exc).__name__}: {exc}"[:500]
        if speech.pk is None:
            setattr(speech, _PENDING, exc)
        else:
            _log(speech.pk, exc)


def log_after_save(sender, instance: Speech, **kwargs) -> None:
    """post_save: log a failure recorded before the speech had an id."""
    exc = instance.__dict__.pop(_PENDING, None)
    if exc is not None:
        _log(instance.pk, exc)


def _log(speech_id: int, exc: BaseException) -> None:
    log.error("outline parsing failed for speech %s: %r", speech_id, exc, exc_info=exc)


def failed_ids() -> list[int]:
    """Speeches whose stored outline is empty because the parser failed on them."""
    return list(
        Speech.objects.exclude(outline_error="").order_by("id").values_list("id", flat=True)
    )
