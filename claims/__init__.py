"""claims: find who said what in French news, pair the statements and flag contradictions."""
from __future__ import annotations

__version__ = "0.1.0"
