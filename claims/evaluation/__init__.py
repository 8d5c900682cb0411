"""Evaluators: each returns a flat ``dict`` of metrics (with a primary metric) and prints nothing.

``extraction`` (statements and speakers against gold annotations), ``nli``, ``stance``, ``pairs``; ``report`` runs
them all. See eval/README.md for the gold formats.
"""
