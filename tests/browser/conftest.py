"""Fixtures for the real-browser tests: Debian's Chromium, driven by Playwright's sync API.

Without Chromium (or without the playwright package) every test here is skipped with the reason.
"""

import os
import shutil
from pathlib import Path

import pytest

from tests.test_e2e import worker  # noqa: F401  (the real `celery worker` process fixture)

CHROMIUM = os.environ.get("CHROMIUM_PATH")  # else Debian's /usr/bin/chromium, or `chromium` on PATH
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
PASSWORD = "secret-pass-1"  # the `recruiter` fixture's (tests/conftest.py)


def chromium_path() -> str | None:
    if CHROMIUM:
        return CHROMIUM if Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK) else None
    return shutil.which("/usr/bin/chromium") or shutil.which("chromium")


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium per module; skipped with the reason on a machine without it."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright package is missing: pip install -r requirements-dev.txt")
    executable = chromium_path()
    if executable is None:
        where = CHROMIUM or "/usr/bin/chromium"
        pytest.skip(f"no Chromium at {where}: install Debian's chromium: apt-get install chromium")

    # Playwright's sync API keeps an asyncio loop running in this thread, and Django then refuses ORM
    # calls from it (SynchronousOnlyOperation). Django's documented escape hatch, only while the browser
    # lives, so that the rest of the suite keeps the check.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    context.set_default_timeout(15_000)
    yield context
    context.close()


@pytest.fixture
def page(context):
    """A page that fails its test if the browser reports a Content-Security-Policy violation (an inline script,
    style or handler, or a foreign origin, that the policy blocked) or a script error."""
    page = context.new_page()
    problems = []
    page.on("console", lambda message: problems.append(message.text)
            if message.type == "error" and "Content Security Policy" in message.text else None)
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    yield page
    assert problems == [], problems


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def sign_in(live_server):
    """sign_in(page): through the login form, as a recruiter would; lands on the dashboard."""

    def sign_in(page, username: str = "rita", password: str = PASSWORD) -> None:
        page.goto(f"{live_server.url}/accounts/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", password)
        page.click("button:has-text('Sign in')")
        page.wait_for_url(f"{live_server.url}/")

    return sign_in
