"""A real browser on the review queue: Debian's chromium driven by Playwright, against `claims review` itself."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time

import httpx
import pytest

from claims.review.store import ReviewStore, import_pairs

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not os.path.exists(CHROMIUM),
                       reason="Debian chromium is not installed (apt-get install chromium; .ci/run installs it)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (dev extra)")

REVIEWER = "Camille Dupont"


@pytest.fixture()
def queue_pairs(seeds_analysis):
    """The queue for the seeds: the pairs of `claims analyze seeds/` (embedded model, shared session fixture)."""
    assert len(seeds_analysis.pairs) >= 3
    return seeds_analysis.pairs


@pytest.fixture()
def review_db(tmp_path, queue_pairs):
    db = tmp_path / "review.db"
    import_pairs(db, queue_pairs)  # what `claims analyze --review-db` does
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(review_db):
    """`claims review --db … --port …` in a subprocess, on its default host (127.0.0.1)."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from claims.cli import main; main()", "review",
                             "--db", str(review_db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(url + "/", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"claims review did not start: {proc.stdout.read().decode()}")
        time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture()
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM,
                              args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield b
        b.close()


def state(db, pair_id):
    item = ReviewStore(db).pair(pair_id)
    return item.state.status, [(d.reviewer, d.verdict) for d in item.state.history]


def current_card(page) -> str:
    return page.locator(".card.current").get_attribute("data-pair")


def press_and_reload(page, key: str) -> None:
    with page.expect_navigation():
        page.keyboard.press(key)
    page.wait_for_selector(".card.current, .empty")


def test_keys_record_decisions_in_the_store(server, browser, review_db, queue_pairs, tmp_path):
    ranked = [p.id for p in sorted(queue_pairs, key=lambda p: (-p.score, p.rank or 0, p.id))]
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.goto(server + "/")
    page.fill("#reviewer", REVIEWER)  # asked once
    with page.expect_navigation():
        page.press("#reviewer", "Enter")
    page.wait_for_selector(".card.current")
    assert current_card(page) == ranked[0]
    page.screenshot(path=str(tmp_path / "queue.png"))

    press_and_reload(page, "a")  # confirm the first card
    assert state(review_db, ranked[0]) == ("confirmed", [(REVIEWER, "confirm")])
    assert current_card(page) == ranked[1]
    assert f"1 of {len(queue_pairs)} reviewed" in page.inner_text("#progress-count")
    page.screenshot(path=str(tmp_path / "after-confirm.png"), full_page=True)

    press_and_reload(page, "u")  # undo: appended, not deleted
    assert state(review_db, ranked[0]) == ("pending", [(REVIEWER, "confirm"), (REVIEWER, "undo")])
    assert current_card(page) == ranked[0]

    page.keyboard.press("j")  # move to the second card, then reject it
    assert current_card(page) == ranked[1]
    press_and_reload(page, "x")
    assert state(review_db, ranked[1]) == ("rejected", [(REVIEWER, "reject")])

    press_and_reload(page, " ")  # skip the first card: it goes to the back of the queue
    assert state(review_db, ranked[0])[0] == "skipped"
    assert current_card(page) == ranked[2]

    note = page.locator(".card.current input[name=note]")
    note.press_sequentially("a vérifier auprès de l'agence")  # real key events: `a` and space here are text
    assert state(review_db, ranked[2]) == ("pending", [])
    with page.expect_navigation():
        note.press("Enter")  # saves the note; never confirms
    assert state(review_db, ranked[2]) == ("pending", [(REVIEWER, "note")])
    assert ReviewStore(review_db).pair(ranked[2]).state.notes == ("a vérifier auprès de l'agence",)
    page.screenshot(path=str(tmp_path / "after-keys.png"), full_page=True)
    print(f"\nscreenshots in {tmp_path}")


def test_plain_forms_work_without_javascript(server, browser, review_db, queue_pairs):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + "/")
    page.fill("#reviewer", REVIEWER)
    page.click("button.primary")
    first = page.locator(".card").first
    pair_id = first.get_attribute("data-pair")
    first.locator("select[name=label]").select_option("unrelated")
    first.locator("button[value=relabel]").click()
    page.wait_for_selector(".last")
    assert state(review_db, pair_id) == ("relabeled", [(REVIEWER, "relabel")])
    assert ReviewStore(review_db).pair(pair_id).state.label == "unrelated"
    context.close()
