"""The review page: a FastAPI app over a ``ReviewStore``. Plain HTML forms do everything; ``static/review.js``
only adds the keys (a confirm, x reject, space skip, u undo, j/k move).

Example:
    >>> import uvicorn
    >>> from claims.review.app import create_app
    >>> uvicorn.run(create_app("review.db"), host="127.0.0.1", port=8765)  # doctest: +SKIP
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlencode, urlsplit

from fastapi import FastAPI, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader

from claims.export import claim_reviews_json, review_csv, review_jsonl
from claims.html import context_with_quote, safe_url
from claims.review.store import (ACTIONS, LABELS, STATUSES, ReviewError, ReviewStore, progress_of,
                                 select_queue)

HERE = Path(__file__).parent
SESSION_COOKIE = "claims_session"
REVIEWER_COOKIE = "claims_reviewer"
PAGE_SIZE = 20
LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
SECURITY_HEADERS = {
    # no inline script or style anywhere, so the policy can be strict
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def template_env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True, trim_blocks=True,
                      lstrip_blocks=True)
    env.globals.update(context_with_quote=context_with_quote, safe_url=safe_url, LABELS=LABELS,
                       STATUSES=STATUSES)
    env.filters["pct"] = lambda v: f"{100 * float(v or 0):.0f} %"
    env.filters["prob"] = lambda v: f"{float(v or 0):.2f}"
    return env



def local_path(url: str | None) -> str:
    """Where to go back after a POST: a path on this site, never another site."""
    if not url or not url.startswith("/") or url.startswith("//") or "\\" in url:
        return "/"
    return url


def csrf_token(secret: str, session: str) -> str:
    return hmac.new(secret.encode(), session.encode(), hashlib.sha256).hexdigest()


def create_app(db_path: str | Path, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The review app for the store at ``db_path``. ``allowed_hosts`` (e.g. ``LOOPBACK_HOSTS``) refuses
    requests addressed to any other host name, which stops DNS-rebinding pages from reaching the queue."""
    store = ReviewStore(db_path)
    secret = store.secret()
    env = template_env()
    app = FastAPI(title="claims review", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    if allowed_hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def session_of(request: Request) -> tuple[str, bool]:
        session = request.cookies.get(SESSION_COOKIE)
        if session and len(session) == 32:
            return session, False
        return secrets.token_hex(16), True

    def reviewer_of(request: Request) -> str | None:
        name = unquote(request.cookies.get(REVIEWER_COOKIE, "")).strip()
        return name or None

    def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        session, new = session_of(request)
        html = env.get_template(template).render(request=request, csrf=csrf_token(secret, session),
                                                 reviewer=reviewer_of(request), here=here(request), **context)
        response = HTMLResponse(html, status_code=status_code)
        if new:
            response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict")
        return response

    def message(request: Request, text: str, status_code: int) -> HTMLResponse:
        return page(request, "message.html", status_code=status_code, text=text,
                    progress=store.progress())

    def csrf_ok(request: Request, token: str | None) -> bool:
        session = request.cookies.get(SESSION_COOKIE)
        if not token or not session:
            return False
        return hmac.compare_digest(token, csrf_token(secret, session))

    @app.get("/", response_class=HTMLResponse)
    def queue(request: Request, status: str = "todo", speaker: str = "", side: str = "",
              offset: int = Query(0, ge=0)) -> HTMLResponse:
        reviewer = reviewer_of(request)
        if not reviewer:
            return page(request, "reviewer.html", next=here(request), progress=store.progress())
        everything = store.items()
        items = select_queue(everything, status, speaker or None, side or None)
        offset = offset if offset < len(items) else 0  # a page emptied by the decisions just taken
        last = store.last_standing_decision(reviewer)
        return page(request, "queue.html", items=items[offset:offset + PAGE_SIZE], n_items=len(items),
                    offset=offset, page_size=PAGE_SIZE, progress=progress_of(everything),
                    filters={"status": status, "speaker": speaker, "side": side},
                    speakers=store.speakers(), sides=store.sides(), last=last,
                    last_item=store.pair(last.pair_id) if last else None,
                    page_url=lambda o: "/?" + urlencode({"status": status, "speaker": speaker, "side": side,
                                                          "offset": o}))

    @app.get("/reviewer", response_class=HTMLResponse)
    def reviewer_form(request: Request, next: str = "/") -> HTMLResponse:
        return page(request, "reviewer.html", next=local_path(next), progress=store.progress())

    @app.post("/reviewer")
    def set_reviewer(request: Request, reviewer: str = Form(""), csrf_token: str | None = Form(None),
                     next: str = Form("/")) -> Response:
        if not csrf_ok(request, csrf_token):
            return message(request, "This form has expired or did not come from this page (CSRF token "
                                    "missing or invalid). Go back, reload and try again.", 403)
        name = " ".join(reviewer.split())[:80]
        if not name:
            return page(request, "reviewer.html", status_code=400, next=local_path(next),
                        progress=store.progress(), error="Please type your name.")
        response = RedirectResponse(local_path(next), status_code=303)
        response.set_cookie(REVIEWER_COOKIE, quote(name), max_age=365 * 24 * 3600, httponly=True,
                            samesite="strict")
        return response

    @app.get("/pairs/{pair_id}", response_class=HTMLResponse)
    def pair_page(request: Request, pair_id: str) -> HTMLResponse:
        item = store.pair(pair_id)
        if item is None:
            return message(request, f"No pair {pair_id} in this review store.", 404)
        return page(request, "pair.html", item=item, progress=store.progress())

    @app.post("/pairs/{pair_id}")
    def decide(request: Request, pair_id: str, action: str = Form(""), label: str | None = Form(None),
               note: str | None = Form(None), target: str = Form(""),
               csrf_token: str | None = Form(None), next: str = Form("/")) -> Response:
        if not csrf_ok(request, csrf_token):
            return message(request, "This form has expired or did not come from this page (CSRF token "
                                    "missing or invalid). Nothing was recorded: reload the page and try again.", 403)
        reviewer = reviewer_of(request)
        if not reviewer:
            return message(request, "Nothing was recorded: tell us your name first (reload the queue).", 400)
        if action not in ACTIONS:
            return message(request, f"Unknown action {action!r}; nothing was recorded.", 400)
        try:
            if action == "undo":
                decision = store.undo(pair_id, reviewer, target=int(target) if target.isdigit() else None)
            else:
                decision = store.record(pair_id, reviewer, action, label=label or None, note=note)
        except ReviewError as err:
            return message(request, f"Nothing was recorded: {err}.", 404 if "no pair" in str(err) else 400)
        response = RedirectResponse(local_path(next), status_code=303)
        response.headers["X-Decision-Id"] = str(decision.id)
        return response

    @app.get("/export/review.csv")
    def export_csv(history: bool = False) -> Response:
        return download(review_csv(store.items(), history), "text/csv", "review.csv")

    @app.get("/export/review.jsonl")
    def export_jsonl(history: bool = False) -> Response:
        return download(review_jsonl(store.items(), history), "application/x-ndjson", "review.jsonl")

    @app.get("/export/claimreview.jsonld")
    def export_claimreview() -> Response:
        return download(claim_reviews_json(store.items()), "application/ld+json", "claimreview.jsonld")

    return app


def here(request: Request) -> str:
    """This page's path and query, to come back to after a form is posted."""
    return request.url.path + (f"?{request.url.query}" if request.url.query else "")


def download(text: str, media_type: str, filename: str) -> Response:
    return Response(text, media_type=f"{media_type}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
