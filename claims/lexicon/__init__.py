"""The French word lists claims reads: reporting verbs, titles, affiliation sides, boilerplate (data files here).

Each loader reads its file once per process. Matching is on normalised text (lowercase, ``’`` as ``'``, ``É`` as
``é``...) so that "département d'Etat" and "Département d’État" meet.

Example:
    >>> from claims.lexicon import fold, reporting_verbs, role_of, side_of
    >>> side_of("le porte-parole du département d'Etat américain"), fold("démentir") in reporting_verbs()
    ('US', True)
    >>> role_of("le secrétaire américain à la Défense").role, role_of("la mémoire des victimes")
    ('secretaire a la defense', None)
"""
from __future__ import annotations

from collections import Counter
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _lines(name: str) -> list[str]:
    out = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if line and not line.lstrip().startswith("#"):
            out.append(line)
    return out


def normalize(text: str) -> str:
    """Lowercase, apostrophes and dashes unified, accents kept except on capitals' lowercase forms."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("‘", "'").replace("\u2011", "-")
    text = text.lower()
    # capital letters are often written without accent ("Etat", "Etats-Unis"): compare without accents
    return re.sub(r"\s+", " ", text).strip()


# the months, folded (accents dropped, as fold() writes them), in calendar order
MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
          "decembre")


@lru_cache(maxsize=1 << 16)  # called for most tokens of every document; words repeat
def fold(text: str) -> str:
    """``normalize`` and drop accents: the key used to compare lexicon entries with article text."""
    text = normalize(text)
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=None)
def reporting_verbs() -> dict[str, str]:
    """Reporting-verb lemma (folded, reflexive "se"/"s'" dropped) -> restriction ("", "on", "de", "colon" or "quote")."""
    return {key: flag for key, (_, flag) in _verbs().items()}


@lru_cache(maxsize=None)
def _verbs() -> dict[str, tuple[str, str]]:
    verbs: dict[str, tuple[str, str]] = {}
    for line in _lines("reporting_verbs.txt"):
        lemma, _, flag = line.partition("\t")
        lemma = lemma.strip()
        key = re.sub(r"^(se |s')", "", fold(lemma))
        verbs[key] = (re.sub(r"^(se |s')", "", lemma), flag.strip())
    return verbs


def verb_lemma(key: str) -> str:
    """The lexicon's spelling of a folded reporting-verb key ("declarer" -> "déclarer")."""
    hit = _verbs().get(key)
    return hit[0] if hit else key


@dataclass(frozen=True)
class Title:
    surface: str  # folded
    role: str
    side: str | None
    kind: str  # person | source | org | medium


@lru_cache(maxsize=None)
def titles() -> dict[str, Title]:
    """Folded title or speaker noun -> :class:`Title`."""
    out: dict[str, Title] = {}
    for line in _lines("titles.tsv")[1:]:
        surface, role, side, kind = line.split("\t")
        key, side = fold(surface), None if side == "-" else side
        out[key] = Title(key, fold(role), side, kind)
        if kind in ("person", "office") and " " not in key:
            # "l'ex-ministre", "l'ex-présidente": a former holder, written as one word (the tokenizer keeps it whole)
            out.setdefault("ex-" + key, Title("ex-" + key, fold(role), side, kind))
    return out


@lru_cache(maxsize=None)
def _title_pattern() -> re.Pattern:
    keys = sorted(titles(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")


def find_titles(text: str) -> list[Title]:
    """Titles named in ``text``, longest first at each place, in order of appearance."""
    return [titles()[m.group(1)] for m in _title_pattern().finditer(fold(text))]


# words that may stand before the head noun of a speaker's description
_PRENOMINAL = {"le", "la", "les", "l'", "un", "une", "des", "de", "d'", "du", "ce", "cet", "cette", "ces", "son", "sa",
               "ses", "leur", "leurs", "notre", "votre", "ancien", "ancienne", "anciens", "nouveau", "nouvel",
               "nouvelle", "haut", "haute", "hauts", "meme", "futur", "future", "ex", "ex-", "actuel", "actuelle", "deux", "trois",
               "quatre", "plusieurs", "certains", "certaines", "autre", "autres", "jeune", "celebre", "influent",
               "influente", "puissant", "puissante", "porte", "tout", "toute", "tous", "toutes", "m.", "mme",
               "dernier", "derniere", "derniers", "dernieres", "premiers", "premieres", "recent", "recente",
               "recents", "recentes", "nouveaux", "nouvelles"}


def role_of(text: str) -> Title | None:
    """The title a description is headed by, once nationality adjectives are set aside ("le secrétaire américain à
    la Défense" -> secrétaire à la défense). A title in a complement does not count: "la mémoire des victimes" has
    none."""
    adjectives = nationality_adjectives()
    kept = []
    for w in fold(text).split():
        if w in adjectives:
            continue
        if w not in titles() and w.endswith(("s", "x")) and w[:-1] in titles():
            w = w[:-1]  # "responsables" -> "responsable"
        kept.append(w)
    for i, w in enumerate(kept):
        rest = " ".join(kept[i:])
        elided = re.match(r"^[ld]'(?=\w)", rest)
        for candidate in (rest, rest[2:]) if elided else (rest,):  # "l'ancien premier ministre"
            m = _title_pattern().match(candidate)
            if m:
                return titles()[m.group(1)]
        if elided:
            w = w[2:]
        if w not in _PRENOMINAL and not w.isdigit():
            return None
    return None


@lru_cache(maxsize=None)
def sides() -> dict[str, tuple[str, str]]:
    """Folded term -> (side code, type) where type is adj | org | place."""
    out = {}
    for line in _lines("sides.tsv")[1:]:
        term, side, kind = line.split("\t")
        out[fold(term)] = (side, kind)
    return out


@lru_cache(maxsize=None)
def nationality_adjectives() -> frozenset[str]:
    return frozenset(k for k, (_, kind) in sides().items() if kind == "adj")


@lru_cache(maxsize=None)
def _side_pattern() -> re.Pattern:
    keys = sorted(sides(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")


_AFFILIATION = re.compile(r"(?:\b(?:de|du|des)\s+(?:l')?|\bd')$")


def side_of(text: str) -> str | None:
    """Affiliation code named in a speaker's description, e.g. ``"un responsable turc"`` -> ``"TR"``.

    The first term that counts wins: nationality adjectives and organisations anywhere, places only when they are the
    whole description or introduced by de/du/des/d' ("l'envoyé des États-Unis pour la Syrie" -> US).
    """
    folded = fold(text)
    folded = re.sub(r"^(le|la|les|l') ?", "", folded)
    for m in _side_pattern().finditer(folded):
        side, kind = sides()[m.group(1)]
        if kind != "place":
            return side
        before = folded[: m.start()].rstrip()
        if not before or _AFFILIATION.search(folded[: m.start()]):
            return side
    return None


# the words before a nationality that make it a party's from abroad, not the story's place: "le groupe japonais",
# "l'espagnol Iberenergía", "un acheteur français"
_FOREIGN_PARTY = re.compile(r"(?:\b(?:groupe|societe|compagnie|entreprise|firme|negociant|operateur|constructeur|"
                            r"armateur|fabricant|filiale|consortium|exploitant|acheteur|importateur|exportateur|"
                            r"industriel|geant|investisseur|partenaire|client|fournisseur|laboratoires?)|"
                            r"(?:^|[\s(])l')\s*$")


def country_mentions(text: str, story: bool = False) -> Counter:
    """How often a text names each country, by nationality adjective or country/capital name (not the UN, the EU, the
    African Union or NATO): ``"Bamako … l'État malien … le groupe canadien"`` -> ``{"ML": 2, "CA": 1}``. With ``story``
    (where a story happens), a nationality given to a party from abroad does not count ("le groupe canadien")."""
    counts: Counter = Counter()
    folded = fold(text)
    for m in _side_pattern().finditer(folded):
        side, kind = sides()[m.group(1)]
        if kind in ("adj", "place") and re.fullmatch(r"[A-Z]{2}", side) and side not in ("EU", "UN", "AU"):
            if story and kind == "adj" and _FOREIGN_PARTY.search(folded, 0, m.start()):
                continue
            counts[side] += 1
    return counts


def several_places(text: str) -> bool:
    """Is ``text`` several capitals or countries at once ("Rome, Athènes et La Valette", "Paris et Berne")?"""
    parts = [p.strip() for p in re.split(r",|\bet\b", text) if p.strip()]
    return len(parts) >= 2 and all(place_side(p) for p in parts)


def place_side(text: str) -> str | None:
    """Side when ``text`` is itself a country, capital or speaking organisation ("Washington", "le Kremlin")."""
    folded = fold(text).strip()
    hit = sides().get(folded) or sides().get(re.sub(r"^(le|la|les|l') ?", "", folded))  # "La Haye", "le Kremlin"
    return hit[0] if hit and hit[1] in ("place", "org") else None


@lru_cache(maxsize=None)
def boilerplate() -> re.Pattern:
    """One pattern matching a whole stripped line of page furniture."""
    parts = [f"(?:{line.strip()})" for line in _lines("boilerplate.txt")]
    return re.compile(r"^(?:" + "|".join(parts) + r")$", re.IGNORECASE)


@lru_cache(maxsize=None)
def naming_words() -> frozenset[str]:
    """Folded words after which a quotation names something (an operation, a slogan) instead of reporting speech."""
    return frozenset(fold(w) for w in _lines("speech_titles.txt"))


@lru_cache(maxsize=None)
def media_names() -> frozenset[str]:
    """Folded names of news agencies and outlets: "a déclaré à l'AFP Pierre Martin" -> the name after one is the
    speaker, not part of the outlet's name."""
    return frozenset(fold(w) for w in _lines("media.txt"))


@lru_cache(maxsize=None)
def _offices() -> dict[tuple[str, str], set[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for line in _lines("offices.tsv")[1:]:
        a, side, b = (fold(x) if n != 1 else x.strip() for n, x in enumerate(line.split("\t")))
        out.setdefault((a, side), set()).add(b)
        out.setdefault((b, side), set()).add(a)
    return out


def same_office(a: str, b: str, side: str | None) -> bool:
    """Are two canonical roles the same post, in the country ``side`` ("secrétaire d'état" and "ministre des affaires
    étrangères" in the US)?"""
    if a == b:
        return True
    return side is not None and b in _offices().get((a, side), set())


@lru_cache(maxsize=None)
def hypernyms() -> dict[str, frozenset[str]]:
    """Folded broader role -> the folded narrower roles it may refer back to ("elu" -> {"depute", "maire", …})."""
    out = {}
    for line in _lines("hypernyms.tsv")[1:]:
        broader, narrower = line.split("\t")
        out[fold(broader)] = frozenset(fold(n.strip()) for n in narrower.split(",") if n.strip())
    return out


def broader_role(broader: str, role: str) -> bool:
    """Is ``broader`` a word for someone holding ``role`` ("l'élu" for a député)? Both canonical, folded."""
    return role in hypernyms().get(broader, ())


@lru_cache(maxsize=None)
def _first_name_rows() -> dict[str, str]:
    """Folded first name -> ``f`` / ``m`` / ``-`` (both): claims' own list, then the births list for names it lacks."""
    out: dict[str, str] = {}
    for file in ("first_names.tsv", "first_names_births.tsv", "first_names_words.tsv"):
        for line in _lines(file)[1:]:
            name, gender = line.split("\t")
            out.setdefault(fold(name), gender)
    return out


@lru_cache(maxsize=None)
def first_name_gender() -> dict[str, str]:
    """Folded first names and the gender they mark (``f`` / ``m``); names given to both are not listed."""
    return {name: gender for name, gender in _first_name_rows().items() if gender in ("f", "m")}


@lru_cache(maxsize=None)
def word_first_names() -> frozenset[str]:
    """Folded first names that are also French words ("Modeste", "Fortuné"): names only where capitalised."""
    return frozenset(fold(line.split("\t")[0]) for line in _lines("first_names_words.tsv")[1:])


@lru_cache(maxsize=None)
def first_names() -> frozenset[str]:
    """Every folded first name claims knows, those given to both sexes ("Camille", "Dominique") included."""
    return frozenset(_first_name_rows())
