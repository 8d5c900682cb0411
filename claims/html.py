"""Small HTML helpers shared by the static report and the review page (escaping first, always)."""
from __future__ import annotations

import re
from typing import Iterable
from urllib.parse import urlsplit

from markupsafe import Markup, escape


def highlight_words(text: str | None, words: Iterable[str] | None) -> Markup:
    """``text`` escaped, with each whole-word occurrence of ``words`` (case-insensitive) wrapped in <mark>."""
    text = text or ""
    words = sorted({w for w in (words or []) if w}, key=len, reverse=True)
    if not words:
        return Markup(escape(text))
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(escape(text[last : m.start()]))
        out.append(Markup("<mark>") + escape(m.group(0)) + Markup("</mark>"))
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def context_with_quote(context: str | None, quote: str, words: Iterable[str] | None = None) -> Markup:
    """The sentence of context with the statement itself in <strong>, differing words in <mark>."""
    context = context or ""
    at = context.find(quote) if quote else -1
    if at < 0:
        return highlight_words(context or quote, words)
    return Markup("").join([
        highlight_words(context[:at], None),
        Markup('<strong class="quote">') + highlight_words(quote, words) + Markup("</strong>"),
        highlight_words(context[at + len(quote):], None),
    ])


def safe_url(url: str | None) -> str | None:
    """Only http(s) links become clickable; anything else (javascript:, data:) is shown as text."""
    return url if url and urlsplit(url).scheme in ("http", "https") else None
