"""Shared fixtures. The spaCy pipeline loads once per test session (as claims loads it once per process)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """claims' spaCy pipeline (fr_core_news_md, NER off, claims' tokenizer and paragraph settings)."""
    from claims.extract import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def embedded_nli():
    """The embedded NLI model with claims' defaults, loaded once per test session (claims caches it per process)."""
    from claims.nli import get_model

    return get_model()


@pytest.fixture(scope="session")
def seeds_analysis(embedded_nli):
    """``claims analyze seeds/`` with the embedded model, run once per test session."""
    from pathlib import Path

    from claims.pipeline import Settings, analyze

    return analyze([Path(__file__).resolve().parents[1] / "seeds"], Settings(progress=False))
