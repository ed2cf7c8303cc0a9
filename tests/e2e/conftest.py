"""Real-browser fixtures: Debian's Chromium driven by Playwright against the live gunicorn.

Every test module here is marked ``needs("chromium", "cjk-fonts")`` (tests/programs.py): on a
machine without them the tests skip before the live archive starts.

Playwright's sync API keeps an asyncio loop running in this thread while it is alive, and
Django refuses ORM calls when it sees one. So the browser lives for one test module only and
is gone before the database tests of other modules run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests import programs

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Waits are for real work (indexing, page loads under a busy CI), not for animations.
TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    playwright = sync_playwright().start()
    try:
        # A plain launch runs on a fresh temporary profile that Playwright deletes at close,
        # so nothing from another run (cookies, cache) can make a page look right by accident.
        browser = playwright.chromium.launch(
            executable_path=programs.find("chromium"), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()
    finally:
        playwright.stop()


@pytest.fixture(scope="module")
def new_page(browser) -> Iterator[Callable[..., object]]:
    """Open a page in its own context (own cookies), Chinese locale, given viewport."""
    contexts = []

    def open_page(viewport: dict | None = None, locale: str = "zh-CN", **options):
        context = browser.new_context(
            viewport=viewport or DESKTOP, locale=locale, timezone_id="Asia/Shanghai", **options
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    page = new_page()
    yield page
    page.context.close()


@pytest.fixture
def phone(new_page):
    page = new_page(PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    yield page
    page.context.close()


@pytest.fixture
def screenshot() -> Callable[..., Path]:
    """Save a screenshot under artifacts/screenshots for a person to look at (the window by
    default: a whole speech page is too tall to judge as one picture)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str, *, full_page: bool = False) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    return take


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


@pytest.fixture
def serious_violations(axe) -> Callable[[object], list[str]]:
    """axe-core's serious and critical findings on the page as it is now, one line each."""

    def check(page) -> list[str]:
        response = axe.run(page).response
        return [
            f"{v['id']} ({v['impact']}, {len(v['nodes'])}x): {v['help']} at "
            + ", ".join(" ".join(n["target"]) for n in v["nodes"][:5])
            for v in response["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return check
