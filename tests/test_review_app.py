"""Every page and action of the review app through FastAPI's TestClient, as a browser without JavaScript sees it."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from fastapi.testclient import TestClient

from claims.records import Pair
from claims.review.app import LOOPBACK_HOSTS, create_app
from claims.review.store import ReviewStore
from review_samples import hostile_pair, sample_pairs

CSRF = re.compile(r'name="csrf_token" value="([0-9a-f]{64})"')


@pytest.fixture()
def pairs():
    return sample_pairs()


@pytest.fixture()
def db(tmp_path, pairs):
    path = tmp_path / "review.db"
    ReviewStore(path).upsert_pairs(pairs)
    return path


@pytest.fixture()
def anonymous(db):
    return TestClient(create_app(db))


def token(client: TestClient, url: str = "/") -> str:
    return CSRF.search(client.get(url).text).group(1)


@pytest.fixture()
def client(anonymous):
    r = anonymous.post("/reviewer", data={"reviewer": "Alice Martin", "csrf_token": token(anonymous), "next": "/"},
                       follow_redirects=False)
    assert r.status_code == 303
    return anonymous


def post(client, pair_id, follow=False, **data):
    data.setdefault("csrf_token", token(client))
    return client.post(f"/pairs/{pair_id}", data=data, follow_redirects=follow)


def card_ids(html: str) -> list[str]:
    return re.findall(r'data-pair="([0-9a-f]+)"', html)


# ---- reviewer name ------------------------------------------------------------------------------------

def test_first_visit_asks_for_the_reviewer_name(anonymous):
    r = anonymous.get("/")
    assert r.status_code == 200
    assert "Who is reviewing?" in r.text and 'name="reviewer"' in r.text
    assert card_ids(r.text) == []
    assert "claims_session" in r.cookies  # the CSRF token is bound to this session


def test_reviewer_name_is_asked_once_and_kept_in_a_cookie(client):
    r = client.get("/")
    assert "Reviewing as <b>Alice Martin</b>" in r.text and "Who is reviewing?" not in r.text
    assert len(card_ids(r.text)) == 6


def test_reviewer_form_refuses_an_empty_name(anonymous):
    r = anonymous.post("/reviewer", data={"reviewer": "   ", "csrf_token": token(anonymous)})
    assert r.status_code == 400 and "Please type your name" in r.text


def test_reviewer_change_page(client):
    r = client.get("/reviewer?next=/%3Fstatus%3Dall")
    assert r.status_code == 200 and 'value="Alice Martin"' in r.text and 'value="/?status=all"' in r.text


# ---- the queue ----------------------------------------------------------------------------------------

def test_queue_is_ranked_with_full_cards_and_progress(client, pairs):
    html = client.get("/").text
    assert card_ids(html) == [p.id for p in pairs]
    assert f'<article class="card status-pending current" id="pair-{pairs[0].id}"' in html  # the keys act on it
    first = html[html.index(f'id="pair-{pairs[0].id}"'):html.index(f'id="pair-{pairs[1].id}"')]
    for text in ("John Kirby", "un responsable du ministère turc des Affaires étrangères", "TR", "US",
                 "La Turquie prête à une offensive d&#39;envergure contre Daesh", "2015-08-26",
                 'href="https://www.example-news.fr/monde/turquie-offensive-daesh"',
                 "sous couvert de l&#39;anonymat",  # the sentence of context around the quote
                 "a → b", "b → a", "0.91", "negation on one side only", "similarity 0.88"):
        assert text in first, text
    assert "<mark>coordonnent</mark>" in first and "<mark>pas</mark>" in first  # differing words highlighted
    assert "apart in one article" not in first  # two documents
    assert "1 statement apart in one article" in html[html.index(f'id="pair-{pairs[1].id}"'):]
    assert '<strong class="quote">' in first
    assert "<b>0</b> of 6 reviewed" in html and "6 pending" in html


def test_card_without_evidence_or_directions_still_renders(db, tmp_path):
    store = ReviewStore(db)
    bare = Pair.from_dict({"a": {"doc": "x", "start": 0, "end": 3, "text": "Oui",
                                                        "kind": "direct"},
                                                  "b": {"doc": "y", "start": 0, "end": 3, "text": "Non",
                                                        "kind": "direct"}, "score": 2.0})
    store.upsert_pairs([bare])
    c = TestClient(create_app(db))
    c.post("/reviewer", data={"reviewer": "A", "csrf_token": token(c)})
    r = c.get("/")
    assert r.status_code == 200 and card_ids(r.text)[0] == bare.id and "(unknown speaker)" in r.text


@pytest.mark.parametrize("query, expected", [
    ("status=all", [0, 1, 2, 3, 4, 5]),
    ("status=confirmed", [0]),
    ("status=rejected", [1]),
    ("status=skipped", [2]),
    ("status=pending", [3, 4, 5]),
    ("", [3, 4, 5, 2]),  # to review: pending first, then skipped
    ("status=all&speaker=Maria+Zakharova", [1]),
    ("status=all&side=RU", [1]),
    ("status=pending&speaker=Peter+Cook", [3, 4, 5]),
    ("status=all&speaker=Peter+Cook&side=TR", [2, 4, 5]),
])
def test_filters_by_status_speaker_and_side(client, pairs, query, expected):
    for i, action in enumerate(["confirm", "reject", "skip"]):
        assert post(client, pairs[i].id, action=action).status_code == 303
    html = client.get(f"/?{query}").text
    assert card_ids(html) == [pairs[i].id for i in expected]
    assert "<b>2</b> of 6 reviewed" in html


def test_filter_form_lists_speakers_and_sides(client):
    html = client.get("/").text
    assert "<option>Maria Zakharova</option>" in html and "<option>RU</option>" in html


def test_all_done_message(client, pairs):
    for p in pairs:
        post(client, p.id, action="reject")
    html = client.get("/").text
    assert card_ids(html) == [] and "All done." in html and "<b>6</b> of 6 reviewed" in html


def test_queue_pages(db, pairs, monkeypatch):
    import claims.review.app as app_module

    monkeypatch.setattr(app_module, "PAGE_SIZE", 4)
    c = TestClient(create_app(db))
    c.post("/reviewer", data={"reviewer": "A", "csrf_token": token(c)})
    first = c.get("/").text
    assert card_ids(first) == [p.id for p in pairs[:4]] and "Showing 1–4 of 6" in first
    assert card_ids(c.get("/?status=todo&speaker=&side=&offset=4").text) == [p.id for p in pairs[4:]]


def test_a_page_emptied_by_decisions_falls_back_to_the_first(client, pairs):
    assert card_ids(client.get("/?offset=40").text) == [p.id for p in pairs]


def test_enter_in_the_note_field_saves_a_note_not_a_verdict(client):
    html = client.get("/").text
    form = re.search(r'<form method="post" action="/pairs/[0-9a-f]+" class="actions">(.*?)</form>', html, re.S)
    buttons = re.findall(r'<button name="action" value="(\w+)"', form.group(1))
    assert buttons[0] == "note"  # implicit submission uses the form's first submit button
    assert buttons[1:4] == ["confirm", "reject", "skip"]


def test_empty_store_explains_how_to_import(tmp_path):
    c = TestClient(create_app(tmp_path / "empty.db"))
    c.post("/reviewer", data={"reviewer": "A", "csrf_token": token(c)})
    assert "The store has no pairs yet" in c.get("/").text


# ---- actions ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, status, label", [
    ({"action": "confirm"}, "confirmed", "contradiction"),
    ({"action": "reject"}, "rejected", None),
    ({"action": "relabel", "label": "unrelated"}, "relabeled", "unrelated"),
    ({"action": "relabel", "label": "contradiction"}, "confirmed", "contradiction"),
    ({"action": "skip"}, "skipped", None),
])
def test_each_verdict_is_recorded_with_the_reviewer(client, db, pairs, data, status, label):
    r = post(client, pairs[0].id, next="/?status=all", note="lu dans les deux dépêches", **data)
    assert r.status_code == 303 and r.headers["location"] == "/?status=all"
    stored = ReviewStore(db).decisions(pairs[0].id)
    assert len(stored) == 1 and str(stored[0].id) == r.headers["x-decision-id"]
    assert (stored[0].reviewer, stored[0].verdict, stored[0].note) == ("Alice Martin", data["action"],
                                                                      "lu dans les deux dépêches")
    state = ReviewStore(db).pair(pairs[0].id).state
    assert (state.status, state.label) == (status, label)


def test_note_does_not_change_the_status_and_shows_on_the_card(client, db, pairs):
    post(client, pairs[0].id, action="confirm")
    post(client, pairs[0].id, action="note", note="vérifier la date <exacte>")
    state = ReviewStore(db).pair(pairs[0].id).state
    assert state.status == "confirmed" and state.notes == ("vérifier la date <exacte>",)
    assert "vérifier la date &lt;exacte&gt;" in client.get("/?status=confirmed").text


def test_undo_from_the_card_and_from_the_last_decision_banner(client, db, pairs):
    post(client, pairs[0].id, action="confirm")
    post(client, pairs[1].id, action="reject")
    html = client.get("/").text
    banner = re.search(r'<form method="post" action="/pairs/([0-9a-f]+)" class="last" id="undo">(.*?)</form>',
                       html, re.S)
    assert banner.group(1) == pairs[1].id and "rejected" in banner.group(2)
    target = re.search(r'name="target" value="(\d+)"', banner.group(2)).group(1)
    assert post(client, pairs[1].id, action="undo", target=target).status_code == 303
    assert ReviewStore(db).pair(pairs[1].id).state.status == "pending"
    # the banner now offers the decision before, as a second `u` would
    assert re.search(r'action="/pairs/([0-9a-f]+)" class="last"', client.get("/").text).group(1) == pairs[0].id
    assert post(client, pairs[0].id, action="undo").status_code == 303  # the card's own "Undo last"
    assert [d.verdict for d in ReviewStore(db).decisions()] == ["confirm", "reject", "undo", "undo"]
    assert ReviewStore(db).progress().reviewed == 0


def test_undo_with_nothing_to_undo(client, pairs):
    r = post(client, pairs[0].id, action="undo")
    assert r.status_code == 400 and "nothing to undo" in r.text


@pytest.mark.parametrize("data, code, text", [
    ({"action": "approve"}, 400, "Unknown action"),
    ({"action": ""}, 400, "Unknown action"),
    ({"action": "relabel"}, 400, "relabel needs a label"),
    ({"action": "relabel", "label": "faux"}, 400, "relabel needs a label"),
    ({"action": "note", "note": ""}, 400, "a note needs some text"),
])
def test_invalid_actions_are_refused_and_record_nothing(client, db, pairs, data, code, text):
    r = post(client, pairs[0].id, **data)
    assert r.status_code == code and text in r.text and "othing was recorded" in r.text
    assert ReviewStore(db).decisions() == []


def test_unknown_pair(client, db):
    assert post(client, "0123456789abcdef", action="confirm").status_code == 404
    assert client.get("/pairs/0123456789abcdef").status_code == 404
    assert ReviewStore(db).decisions() == []


def test_post_without_reviewer_name_is_refused(anonymous, db, pairs):
    r = post(anonymous, pairs[0].id, action="confirm")
    assert r.status_code == 400 and "tell us your name" in r.text
    assert ReviewStore(db).decisions() == []


@pytest.mark.parametrize("next_url", ["//evil.example/", "https://evil.example/", "/\\evil.example", ""])
def test_redirect_after_post_stays_on_this_site(client, pairs, next_url):
    r = post(client, pairs[0].id, action="skip", next=next_url)
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_pair_page_shows_card_and_history(client, pairs):
    post(client, pairs[0].id, action="confirm", note="première lecture")
    post(client, pairs[0].id, action="undo")
    post(client, pairs[0].id, action="relabel", label="neutral")
    r = client.get(f"/pairs/{pairs[0].id}")
    assert r.status_code == 200 and card_ids(r.text) == [pairs[0].id]
    history = r.text[r.text.index('<table class="history">'):]
    assert history.count("Alice Martin") == 3 and "première lecture" in history
    assert "undo of #1" in history and 'class="reverted"' in history and "neutral" in history


# ---- safety -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("data", [
    {"action": "confirm"},  # no token at all
    {"action": "confirm", "csrf_token": ""},
    {"action": "confirm", "csrf_token": "0" * 64},
])
def test_post_without_a_valid_csrf_token_is_refused(client, db, pairs, data):
    r = client.post(f"/pairs/{pairs[0].id}", data=data, follow_redirects=False)
    assert r.status_code == 403 and "CSRF" in r.text
    assert ReviewStore(db).decisions() == []


def test_csrf_token_of_another_session_is_refused(client, db, pairs):
    other = TestClient(client.app)
    stolen = token(other)  # valid, but bound to the other browser's session cookie
    r = client.post(f"/pairs/{pairs[0].id}", data={"action": "confirm", "csrf_token": stolen},
                    follow_redirects=False)
    assert r.status_code == 403 and ReviewStore(db).decisions() == []


def test_reviewer_form_needs_csrf_too(anonymous):
    r = anonymous.post("/reviewer", data={"reviewer": "Mallory"}, follow_redirects=False)
    assert r.status_code == 403 and "claims_reviewer" not in r.cookies


def test_csrf_token_survives_a_server_restart(client, db, pairs):
    tok = token(client)
    restarted = TestClient(create_app(db), cookies=dict(client.cookies))
    r = restarted.post(f"/pairs/{pairs[0].id}", data={"action": "confirm", "csrf_token": tok}, follow_redirects=False)
    assert r.status_code == 303


def test_script_in_quote_speaker_and_title_shows_as_text(db):
    evil = hostile_pair()
    ReviewStore(db).upsert_pairs([evil])
    c = TestClient(create_app(db))
    c.post("/reviewer", data={"reviewer": "<script>alert('me')</script>", "csrf_token": token(c)})
    for url in ("/", f"/pairs/{evil.id}"):
        html = c.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>x</b>" not in html
        assert "&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;" in html
        assert "&lt;script&gt;alert(&#39;speaker&#39;)&lt;/script&gt;" in html
        assert "&lt;img src=x onerror=alert(1)&gt;" in html
        assert 'href="javascript:' not in html and "javascript:alert(&#39;url&#39;)" in html  # shown, not linked
        scripts = re.findall(r"<script[^>]*>", html)
        assert scripts == ['<script src="/static/review.js" defer>']
    assert "Reviewing as <b>&lt;script&gt;alert(&#39;me&#39;)&lt;/script&gt;</b>" in c.get("/").text


def test_security_headers_and_strict_cookies(anonymous):
    r = anonymous.get("/")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY" and r.headers["referrer-policy"] == "no-referrer"
    session = r.headers["set-cookie"].lower()
    assert session.startswith("claims_session=") and "httponly" in session and "samesite=strict" in session
    r = anonymous.post("/reviewer", data={"reviewer": "A", "csrf_token": token(anonymous)}, follow_redirects=False)
    assert "samesite=strict" in r.headers["set-cookie"].lower()


def test_loopback_only_host_names_when_asked(db):
    c = TestClient(create_app(db, allowed_hosts=LOOPBACK_HOSTS), base_url="http://127.0.0.1:8765")
    assert c.get("/").status_code == 200
    assert c.get("/", headers={"host": "evil.example"}).status_code == 400  # a DNS-rebinding page


def test_keys_script_is_served(client):
    js = client.get("/static/review.js")
    assert js.status_code == 200 and '" ": "skip"' in js.text and 'a: "confirm"' in js.text


# ---- exports ------------------------------------------------------------------------------------------

def test_export_links_on_the_page(client):
    html = client.get("/").text
    for href in ("/export/review.csv", "/export/review.csv?history=true", "/export/review.jsonl",
                 "/export/review.jsonl?history=true", "/export/claimreview.jsonld"):
        assert f'href="{href}"' in html


def test_export_csv_jsonl_and_claimreview(client, pairs):
    post(client, pairs[0].id, action="confirm", note="contradiction nette")
    post(client, pairs[1].id, action="reject")
    post(client, pairs[1].id, action="undo")

    r = client.get("/export/review.csv")
    assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["id"] for row in rows] == [p.id for p in pairs]
    assert (rows[0]["review_status"], rows[0]["review_reviewer"], rows[0]["review_note"]) == (
        "confirmed", "Alice Martin", "contradiction nette")
    assert rows[1]["review_status"] == "pending"

    history = list(csv.DictReader(io.StringIO(client.get("/export/review.csv?history=true").text)))
    assert [(row["id"], row["decision_verdict"]) for row in history[:4]] == [
        (pairs[0].id, "confirm"), (pairs[1].id, "reject"), (pairs[1].id, "undo"), (pairs[2].id, "")]

    records = [json.loads(line) for line in client.get("/export/review.jsonl?history=true").text.splitlines()]
    assert records[1]["status"] == "pending" and [h["verdict"] for h in records[1]["history"]] == ["reject", "undo"]
    assert records[1]["history"][0]["reverted"] is True
    assert "history" not in json.loads(client.get("/export/review.jsonl").text.splitlines()[0])

    doc = client.get("/export/claimreview.jsonld").json()
    assert [r["claimReviewed"] for r in doc["@graph"]] == [pairs[0].a.text, pairs[0].b.text]
