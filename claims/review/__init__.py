"""The fact-checkers' review queue: a SQLite store (``store``) and a local web page over it (``app``)."""
