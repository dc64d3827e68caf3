"""End to end in a real headless browser (Playwright driving Debian's chromium) against `trialmine review`.

Set REVIEW_SCREENSHOTS=docs to refresh the README's screenshots while the test runs.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from review_helpers import HOSTILE_DOC, hostile_corpus
from trialmine.run import run_extraction
from trialmine.store import decisions as store

CHROMIUM = Path(os.environ.get("TRIALMINE_CHROMIUM", "/usr/bin/chromium"))
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no chromium at {CHROMIUM} (apt-get install chromium; .ci/run does)"),
]
PAPER = "rr_aml_selinexor_paper"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def served(tmp_path: Path):
    """A corpus, its outputs, and `trialmine review` serving them in its own process."""
    corpus, out = hostile_corpus(tmp_path / "corpus"), tmp_path / "out"
    run_extraction(corpus, out)
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1] / "src"), os.environ.get("PYTHONPATH", "")])}
    server = subprocess.Popen(
        [sys.executable, "-m", "trialmine.cli", "review", "--out", str(out), "--port", str(port), "--reviewer", "e2e"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=2)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail(f"trialmine review did not start: {server.stdout.read()}")
            time.sleep(0.2)
    try:
        yield corpus, out, base
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture()
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            yield chromium
        finally:
            chromium.close()


def _evidence_ids(out: Path) -> set[str]:
    con = duckdb.connect(str(out / "trialmine.duckdb"), read_only=True)
    try:
        return {row[0] for row in con.execute("SELECT evidence_id FROM evidence").fetchall()}
    finally:
        con.close()


def _screenshot(page, name: str) -> None:
    folder = os.environ.get("REVIEW_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / name))


def test_review_accept_and_correct_with_the_keyboard_survive_a_rerun_that_moves_offsets(served, browser):
    corpus, out, base = served
    page = browser.new_page(viewport={"width": 1280, "height": 860})
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    page.goto(f"{base}/?doc={PAPER}&kind=result&endpoint=CR%2FCRi")
    _screenshot(page, "review-queue.png")
    first_link = page.locator("#queue a.fact-link").first.get_attribute("href")
    page.keyboard.press("j")  # the queue's cursor on the first row, Enter opens it
    page.keyboard.press("Enter")
    page.wait_for_selector("#fact-text")
    assert page.url.endswith(first_link)
    accepted_url, accepted_text = page.url, page.inner_text("#fact-text")
    accepted_id = accepted_url.split("/fact/")[1].split("?")[0]

    page.keyboard.press("a")  # accept; the app moves on to the next fact
    page.wait_for_url(lambda url: accepted_id not in url)
    corrected_id = page.url.split("/fact/")[1].split("?")[0]
    corrected_text = page.inner_text("#fact-text")
    assert page.locator("#paragraph mark.ent").inner_text() == corrected_text  # the span is highlighted in its paragraph
    _screenshot(page, "review-fact.png")
    page.keyboard.press("e")  # edit: focus the value field with its content selected
    assert page.evaluate("document.activeElement.name") == "value"
    page.keyboard.type("12.5")
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: corrected_id not in url)
    page.keyboard.press("k")  # back to the corrected fact
    page.wait_for_url(lambda url: corrected_id in url)
    assert page.inner_text("#current-decision") == "correct"

    page.goto(f"{base}/?status=reviewed")
    page.reload()
    rows = page.locator("#queue tr.row")
    assert rows.count() == 2
    assert sorted(page.locator("#queue td.status").all_inner_texts()) == ["accept", "correct"]
    page.goto(f"{base}/fact/{corrected_id}")
    assert '"value": 12.5' in page.inner_text("#history") and "e2e" in page.inner_text("#history")

    # a re-run on an edited copy: text inserted before the facts shifts every offset
    paper = corpus / f"{PAPER}.txt"
    paper.write_text("Correction notice: an erratum paragraph now opens this article, so every offset moves.\n"
                     + paper.read_text(encoding="utf-8"), encoding="utf-8")
    run_extraction(corpus, out)
    now = _evidence_ids(out)
    assert accepted_id not in now and corrected_id not in now

    deadline = time.monotonic() + 20
    while True:  # the run re-attached the decisions; the app shows them once it has loaded the new table
        page.goto(f"{base}/?status=reviewed")
        if page.locator("#queue a.fact-link").count() == 2 or time.monotonic() > deadline:
            break
        time.sleep(0.3)
    latest = store.latest(out)
    assert set(latest["evidence_id"]) <= now and set(latest["status"]) == {"current"} and len(latest) == 2
    page.reload()
    assert sorted(page.locator("#queue a.fact-link").all_inner_texts()) == sorted([accepted_text, corrected_text])
    assert sorted(page.locator("#queue td.status").all_inner_texts()) == ["accept", "correct"]
    page.locator("#queue tr.row", has=page.locator("td.status", has_text="correct")).locator("a.fact-link").click()
    assert page.inner_text("#current-decision") == "correct"
    assert page.locator("#paragraph").inner_text().count(corrected_text) >= 1

    # a document carrying markup is shown as text: no script runs, no dialog opens, no image is made
    page.goto(f"{base}/doc/{HOSTILE_DOC}")
    text = page.inner_text("#doctext")
    assert "<script>window.__pwned = 1; alert('script ran')</script>" in text
    assert "<img src=x onerror=" in text
    assert page.locator("#doctext img, #doctext script").count() == 0
    page.locator("#doctext a.ent").first.click()
    page.wait_for_selector("#fact-text")
    assert page.evaluate("window.__pwned") is None
    page.goto(f"{base}/doc/{PAPER}")
    _screenshot(page, "review-document.png")
    assert page.evaluate("window.__pwned") is None and dialogs == []
