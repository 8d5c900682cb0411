"""Find quoted and reported statements in a parsed French article, each with its local speaker mention and cue.

Rules over the spaCy parse (fr_core_news_md) and the quotation marks of the text:

* direct quotes in « », “ ” and " " (unbalanced marks, quotes running over sentences or paragraphs, inner quotes);
* mixed statements (reported speech carrying quoted fragments) and indirect speech after a reporting verb of
  ``claims/lexicon/reporting_verbs.txt``: "X a affirmé que P", "X a déclaré avoir P", "P, a annoncé X";
* inverted attribution ("a-t-il ajouté", "ajoute-t-elle", "a-t-on appris de source proche du dossier"), incises
  ("« A, a-t-il dit, B »"), colon attribution ("Cook a ajouté : « … »", also across a paragraph break);
* "selon X", "d'après X", "Pour X, P", "Comme l'a rappelé X, P", participles ("…, déclarant que P") and relatives
  ("X, qui a affirmé que P");
* a listener or outlet between verb and speaker ("a affirmé à l'AFP Pierre Martin"), locutions inside the verb group
  ("a pour sa part réagi"), and an unclosed « that ends where an inverted attribution starts;
* a relay names the real speaker: "indique l'agence Anadolu qui cite le Président turc" -> the president;
* a quotation right after a statement, in the same paragraph or as a paragraph of its own, continues it;
* dialogue dashes ("— Je n'ai rien signé, affirme le prévenu. Ce tampon …") are quotations around their attribution;
  interview answers (after "Question : …" or after questions in a row) are the interviewee's, transcript labels
  ("VIGNAL : …") name their speaker, and a headline "Prénom Nom : « … »" is that person's;
* a document that speaks is its issuer's voice ("le communiqué de la CNIL" -> the CNIL).

Not statements: quotations with no speaker (scare quotes, names of operations), captions, page furniture
(``claims/lexicon/boilerplate.txt``), repeated paragraphs, negated verbs ("n'a pas dit que"), promises and requests
with an infinitive ("a promis de « tout faire »"), questions.

The speaker here is only what the text says at this place (``Speaker.mention``); :mod:`claims.attribute` resolves
pronouns and descriptions to people and merges them across documents.

Example:
    >>> from claims.extract import load_nlp
    >>> from claims.records import Document
    >>> from claims.segment import find_statements
    >>> doc = Document(id="d", text="« Nous sommes prêts », a déclaré le ministre turc.")
    >>> seg = find_statements(doc, load_nlp()(doc.text))
    >>> [(s.text, s.kind, s.cue, s.speaker.mention) for s in seg.statements]
    [('Nous sommes prêts', 'direct', 'déclarer', 'le ministre turc')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claims.lexicon import (MONTHS, boilerplate, country_mentions, first_name_gender, first_names, fold, hypernyms,
                            media_names, nationality_adjectives, naming_words, place_side, reporting_verbs, role_of,
                            several_places, side_of, sides, titles, verb_lemma, word_first_names)
from claims.records import Document, Speaker, Statement

OPENERS = {"«": "»", "“": "”"}
CLOSERS = {v: k for k, v in OPENERS.items()}
QUOTE_CHARS = set("«»“”\"")
_STYLES = {"majeste", "excellence", "altesse", "saintete", "eminence"}  # "Sa Majesté", "Son Excellence" before a name
HONORIFICS = {"m.", "mme", "mlle", "mm.", "monsieur", "madame", "mademoiselle", "dr", "dr.", "pr", "pr.", "me", "mgr"}
PRONOUNS = {"il": ("m", False), "elle": ("f", False), "ils": ("m", True), "elles": ("f", True), "on": (None, False),
            "lui": ("m", False), "eux": ("m", True), "celui-ci": ("m", False), "celle-ci": ("f", False),
            "ce dernier": ("m", False), "cette dernière": ("f", False)}
OTHER_PRONOUNS = {"je", "j'", "tu", "nous", "vous", "ce", "c'", "cela", "ca", "ceci", "celui", "celle", "ceux",
                  "celles", "qui", "que", "quoi", "chacun", "chacune", "tous", "toutes", "tout", "certains",
                  "certaines", "plusieurs", "personne", "rien", "aucun", "aucune", "y", "en", "se", "s'", "leur",
                  "lequel", "laquelle", "lesquels", "dont", "moi", "toi", "soi", "autrui", "l'un", "l'autre"}
CLITIC = re.compile(r"^-(?:t-)?(il|elle|on|ils|elles)$", re.IGNORECASE)
NEGATION_WORDS = {"pas", "jamais", "guère", "point", "nullement", "aucunement"}
NEGATORS = {"ne", "n'", "pas", "plus", "jamais", "guere", "point", "nullement", "aucunement", "rien"}
_THIS_TIME = {"matin", "soir", "midi", "apres-midi", "week-end", "semaine", "annee"}  # "ce matin", "cette semaine"
WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}
TIME_WORDS = WEEKDAYS | {"hier", "aujourd'hui", "demain", "soir", "matin", "après-midi", "jour", "veille", "lendemain",
                         "dernier", "dernière"}
DIALOGUE_DASH = re.compile(r"\s*[—–]\s+")  # a dialogue line's opening dash
# prepositions that open a circumstance, never a speaker's description: "a dit M. Carter lors d'une réunion"
CUT_PREPOSITIONS = {"lors", "sous", "devant", "pendant", "selon", "après", "avant", "avec", "depuis", "dans", "sur",
                    "en", "par", "via", "face", "lorsque", "alors", "tandis", "malgré"}
MANNER_NOUNS = {"voix", "ton", "air", "geste", "sourire", "trait", "souffle"}  # "d'une voix blanche", "d'un ton sec"
# "à / pour" belong to a title only right after a title word: "secrétaire à la Défense", "envoyé pour la Syrie"
TITLE_LINKS = {"à", "au", "aux", "pour", "chargé", "chargée"}
SELON = ("selon", "d'après", "aux dires de", "à en croire", "de l'avis de")
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj"}
CLAUSE_DEPS = {"acl", "acl:relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "mark", "cc", "conj", "obl",
               "obl:mod", "obl:arg", "obl:agent", "advmod", "punct", "dep", "iobj", "obj", "nsubj", "nsubj:pass"}
MIN_CONTINUATION_WORDS = 3
QUESTION_LABEL = re.compile(r"^\s*(?:question|q)\s*[:.–—-]\s+\S", re.IGNORECASE)  # an interview's question
SPEAKER_LABEL = re.compile(r"^\s*([A-ZÀ-Ý][^\s:«»“”\"\d]*(?:\s+[^\s:«»“”\"\d]+){0,4}?)\s*:\s+(?=\S)")  # "VIGNAL : …"
# after a person's name and its appositions: charged ("…, poursuivi pour tromperie", "…, jugée pour …")
_CHARGED_AFTER = re.compile(r"(?:\s*,[^,.;:«»\n]{1,60}){0,3}\s*,\s+"
                            r"(?:poursuivie?s?|jugée?s?|accusée?s?) (?:pour|de|d['’])")
# parties named by a word after a person's title ("le député Renaissance", "l'élu Ecolo"); acronyms ("LFI") are no
# names anyway
_PARTY_NAMES = frozenset({"ecolo", "groen", "renaissance", "horizons", "modem", "reconquete", "vooruit", "engages",
                          "defi", "verts", "insoumis", "insoumise", "republicains", "socialiste", "socialistes"})
# a headline's speaker with a title: "Kevin Marchal, chef de file Ecolo à Waremme : « … »"
TITLED_LABEL = re.compile(r"^\s*([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}),\s+"
                          r"[a-zà-ÿ][^:«»“”\"\n]{2,90}?\s*:\s+(?=[«“\"])")
# "Réponse du ministre : « … »", "Réplique de la présidente : « … »"
_REPLY_LABEL = re.compile(r"\b(Réponse|Réplique|Riposte)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|des\s+)"
                          r"([^\s:«»“”\"][^:«»“”\".!?\n]{1,110}?)\s*:\s*[«“\"]")
# a headline's rubric, then its speaker and a colon: "Mines d'or au Mali – Sidiki Dembélé : « … »", "Crues dans le Var,
# le préfet : « … »"
_HEADLINE_LABEL = re.compile(r"^[^:«»“”\"\n]{3,80}?(?:\s[–—/|-]|,|\.)\s+([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}|"
                             r"(?:[Ll]e|[Ll]a|[Ll]['’])\s?[a-zà-ÿ][\w'’-]+(?:\s[a-zà-ÿ][\w'’-]+)?)\s*:\s+(?=[«“\"])")
_BY_THE_VOICE = re.compile(r"\bpar la voix (?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])", re.IGNORECASE)
ANSWER_LABEL = re.compile(r"^\s*(?:réponse|reponse|r)\s*[:.–—-]\s+(?=\S)", re.IGNORECASE)
ACRONYM_IN_PARENS = re.compile(r"\(([A-Za-zÀ-ÿ&'-]{2,12})\)")  # "l'Institut … (Insee)", "la Haute Autorité (HAS)"
_ACRONYM_WORD = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý&-]{1,9}")  # "ARS", "CNIL", "AFD"
# a wire dateline: "PARIS, 31 mars (Reuters) - ", "Bruxelles (AFP) - ", "LA PAZ, 2 avril 2025 (AFP) — "
# (and a place in capitals with no agency: "MONTRÉAL — ", "QUÉBEC, 3 mars — ")
DATELINE = re.compile(r"(?:[A-ZÀ-Ý][\wÀ-ÿ'’ .-]{1,40}?(?:,\s*\d{1,2}(?:er)?\s+[a-zéû]+(?:\s+\d{4})?)?\s*"
                      r"(?:\([A-Z]{2}\)\s*)?\((?:AFP|Reuters|AP|ATS|Keystone-ATS|Belga|DPA|EFE|ANSA|Xinhua|APS|MAP|PC|"
                      r"La Presse [Cc]anadienne)\)"
                      r"|[A-ZÀ-Ý]{3,}(?:[ '’-][A-ZÀ-Ý]{2,}){0,3}(?:,\s*\d{1,2}(?:er)?\s+[a-zéû]+(?:\s+\d{4})?)?"
                      # a live blog's time stamp: "17 h 02 — ", "9h45 - ", "14:32 – "
                      r"|(?:\d{1,2}\s?h\s?\d{2}|\d{1,2}:\d{2}))\s*[-–—]\s+")
KEEP_AT_END = QUOTE_CHARS | {")", "%", "]"}  # punctuation a statement's content may end with
MULTIWORD_ONLY = {"faire", "laisser", "mettre"}  # reporting verbs only with their second word
# verbs of request or wish: their sentence is not a statement, even with a quoted fragment (eval/README.md, rule 2)
REQUEST_VERBS = {"appeler", "demander", "exhorter", "inviter", "prier", "supplier", "implorer", "enjoindre",
                 "ordonner", "exiger", "esperer", "souhaiter", "promettre", "reclamer"}  # folded lemmas
_ETRE_FORMS = {"est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "fut", "ete"}
INFINITIVE_OBJECTS = {"tout", "rien", "tous", "bien", "mieux", "davantage"}  # before an infinitive: "de tout faire"
_AVOIR_FORMS = {"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient"}
AUX_FORMS = _AVOIR_FORMS | {"est", "sont", "était", "etait"}


# ---------------------------------------------------------------------------------------------------------------------
# records of this stage

@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them. ``balanced`` is False when the
    closing mark is missing (the quote then ends with its paragraph)."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    mark: str
    balanced: bool = True


@dataclass(frozen=True)
class Mention:
    """A person or body named or referred to at one place of a document, as the text gives it."""

    start: int
    end: int
    text: str
    kind: str  # name | pronoun | anaphor (ce, même, le + title) | indefinite | org | source | unknown
    name: str | None = None  # the proper name in it, honorifics dropped
    descriptor: str | None = None  # the words around the name: title, function, nationality
    gender: str | None = None  # m | f
    plural: bool = False
    side: str | None = None
    role: str | None = None  # canonical title (claims/lexicon/titles.tsv)
    role_kind: str | None = None  # person | source | org | medium
    subject: bool = False  # subject of a clause (salient for a later pronoun)
    unit: int = 0  # index of the sentence unit it is in
    other_roles: tuple[str, ...] = ()  # further apposed titles: "le porte-parole …, le commandant X" (commandant)


@dataclass
class Segmentation:
    """What :func:`find_statements` found in one document: statements (speaker = the local mention) with their
    mention records, every other person mention (for coreference), and quotation problems."""

    document: Document
    statements: list[Statement] = field(default_factory=list)
    speakers: list[Mention] = field(default_factory=list)  # aligned with statements
    mentions: list[Mention] = field(default_factory=list)  # all mentions, speakers included, in text order
    unbalanced: list[Quote] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)  # every quotation, interview answers and dialogue lines too


# ---------------------------------------------------------------------------------------------------------------------
# spaCy set-up

@Language.component("claims_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break always starts a sentence (before the parser, which keeps preset starts). Within a paragraph's first
    words no sentence may start right after a word or a comma (left free after a preset start, the parser cut
    "Bernard | Castaing | , | président du syndicat, a voulu …" into four sentences), nor anywhere right after an
    opening quotation mark or on a space inside a line; an interview's capital label ("JOURNALISTE :") ends its own
    sentence. The parser keeps these "no start" marks most of the time, not always."""
    start = 0
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
            start = tok.i
        elif prev.text in ("«", "“") or (tok.is_space and "\n" not in tok.text) or (
                prev.is_space and "\n" not in prev.text and prev.i > 0 and doc[prev.i - 1].text in ("«", "“")):
            tok.is_sent_start = False  # never inside "«\xa0Avec …": a quotation opens its sentence's words
        elif re.fullmatch(r"h\.|min\.|km\.|kg\.|etc\.", prev.text) and prev.i > 0 and (
                doc[prev.i - 1].like_num or prev.text == "etc.") and (tok.text in ("«", "“") or (
                tok.text[:1].isupper() and tok.pos_ != "PROPN")):
            tok.is_sent_start = True  # "… vers 17 h. « Dès que … »": the hour's point also ends the sentence
        elif prev.text == ":" and 0 < prev.i - start <= 4 and all(
                t.text.isupper() or t.text in ("-", "'", "’") for t in doc[start: prev.i] if not t.is_space):
            tok.is_sent_start = True  # an interview's speaker label: "JOURNALISTE : L'association … affirme"
        elif tok.i - start <= _FIRST_WORDS and not prev.is_space and (prev.text == "," or prev.text[-1:].isalnum()) \
                and not tok.is_space:
            tok.is_sent_start = False
        elif tok.text in (",", ";", ")") or prev.text == ",":
            tok.is_sent_start = False  # no sentence opens on a comma or right after one (the parser, left free, cut
            # "Le patron de Renault, le constructeur automobile français, Luca Demeo | , a affirmé que P")
    return doc


# people named by their part against or beside someone: "son adversaire", "son interlocuteur"
COUNTERPART_NOUNS = frozenset({"adversaire", "adversaires", "rival", "rivale", "contradicteur", "contradictrice",
                               "interlocuteur", "interlocutrice", "challenger", "challengeuse"})
# what a slogan is written on, or read from, right before its quotation
_SIGN_BEFORE = re.compile(r"\b(?:pancartes?|banderoles?|affiches?|affichettes?|slogans?|t-shirts?|tee-shirts?|tracts?|"
                          r"graffitis?|tags?|inscriptions?|panneaux|panneau|calicots?|écriteaux?|(?:on )?pouvait lire|"
                          r"on lisait|on lit|proclamait|proclamaient|barrée?s? d['’]un|frappée?s? d['’]un)\b"
                          r"[^«»“”\".!?]{0,40}[:,]?\s*$", re.IGNORECASE)
# a newspaper's kind before its name: "au quotidien De Standaard"
_OUTLET_NOUNS = frozenset({"quotidien", "journal", "hebdomadaire", "mensuel", "magazine"})
# a view a sentence can deny someone: "Ce n'est pas l'avis des riverains", "Tel n'est pas le point de vue du syndicat"
_VIEW_NOUNS = frozenset({"avis", "version", "lecture", "analyse", "point", "sentiment", "position", "interpretation",
                         "opinion", "discours", "conviction"})
_REPORT_NOUNS = frozenset({"rapport", "expertise", "contre-expertise", "etude", "audit"})  # one document, many names
_ON_AIR = frozenset({"micro", "antenne", "plateau", "colonnes", "site", "journal"})  # "au micro de RFI"
_FIRST_WORDS = 8  # the words after a line break where the parser, left free, cuts sentences at random
_PLACE_NOUNS = frozenset({"ville", "capitale", "region", "commune", "village", "quartier", "pays", "departement",
                          "province", "port", "station", "cite"})  # "Florence, capitale de la Toscane": no person
# weather that bears a first name: "la tempête Nadia", "l'ouragan Irma"
_STORMS = frozenset({"tempete", "ouragan", "cyclone", "typhon", "depression", "tornade", "orage", "episode"})
# "le premier … le second": the first or second of the people just named
_ORDINALS = {"le premier": 0, "la premiere": 0, "le second": 1, "la seconde": 1, "le deuxieme": 1, "la deuxieme": 1}
# an interview's questions address the interviewee, and its answers speak in the first person
_SECOND_PERSON = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:je|j['’]|nous|on|me|m['’]|mon|ma|mes|notre|nos)(?=\W)", re.IGNORECASE)
# a heading that announces an interview: "TROIS QUESTIONS À X", "Entretien", "Interview"
# an interview's introduction and its footer
_INTERVIEW_INTRO = re.compile(r"\b(?:a|ont) (?:bien voulu |accepté de )?répondu? (?:à nos|aux) questions|"
                              r"\baccepté de répondre (?:à nos|aux) questions|"
                              r"\b(?:nous )?(?:a|ont) reçu(?:e|s|es)? "
                              r"(?:(?:Le|La|Les|L['’]) ?[A-ZÀ-Ý][\w'’-]*|nos journalistes)",
                              re.IGNORECASE)  # ("Léa Brunner a reçu Le Matin mardi, dans le chalet familial")
_INTERVIEW_FOOTER = re.compile(r"\s*propos recueillis par\b", re.IGNORECASE)
_INTERVIEW_HEADING = re.compile(r"\bquestions?\s+(?:à|a)\b|\bentretien\b|\binterview", re.IGNORECASE)
# a heading line of its own: "Trois questions à X", "Entretien avec X", "INTERVIEW" (not "l'entretien du navire…")
_INTERVIEW_HEADING_LINE = re.compile(r"\bquestions?\s+(?:à|a)\b|^\W*(?:l['’])?(?:entretien|interview)\b",
                                     re.IGNORECASE)


@Language.component("claims_names")
def capitalised_names(doc: Doc) -> Doc:
    """A capitalised word inside a sentence that the tagger calls a pronoun but that is none is a proper noun: "Me
    Sandrine Coquelle(PRON)" (after the parser, which does not read the tags)."""
    from spacy.lang.fr.stop_words import STOP_WORDS

    for tok in doc:
        if tok.text == "A" and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and (
                tok.i == 0 or tok.is_sent_start or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_
                or doc[tok.i - 1].text in (".", "!", "?")):
            tok.pos_ = "ADP"  # "A Madrid, la ministre …": "À" written without its accent (as wire copy does), no name
    for tok in doc[1:]:
        if tok.pos_ == "PRON" and tok.text[:1].isupper() and not tok.is_sent_start \
                and doc[tok.i - 1].text not in QUOTE_CHARS | {"—", "–", "-", ":", "("} and tok.lower_ not in STOP_WORDS \
                and fold(tok.text) not in PRONOUNS and fold(tok.text) not in OTHER_PRONOUNS:
            tok.pos_ = "PROPN"
        elif tok.pos_ == "VERB" and tok.text[:1].isupper() and tok.text[1:].islower() and not tok.is_sent_start \
                and doc[tok.i - 1].text not in QUOTE_CHARS | {"—", "–", "-", ":", "(", "."} \
                and "\n" not in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_ \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper() and doc[tok.i + 1].text[1:2].islower():
            tok.pos_ = "PROPN"  # "l'élu Nacer(VERB) Ben Amara": a first name before a name, not a verb
        elif tok.pos_ == "X" and tok.text[:1].isupper() and tok.text[1:2].islower() and not tok.is_sent_start and \
                doc[tok.i - 1].pos_ == "PROPN" and _first_name(doc[tok.i - 1].text):
            tok.pos_ = "PROPN"  # "Luca Demeo(X)": a surname after a first name
        elif tok.pos_ in ("CCONJ", "SCONJ", "ADV") and tok.text[:1].isupper() and not tok.is_sent_start and \
                fold(doc[tok.i - 1].text) in ("d'", "de", "du", "des"):
            tok.pos_ = "PROPN"  # "la Mutuelle des Monts d'Or(CCONJ)": a name's word, no conjunction
        elif tok.pos_ == "ADV" and tok.text[:1].isupper() and tok.text[1:].islower() and not tok.is_sent_start and \
                doc[tok.i - 1].text[:1].isupper() and doc[tok.i - 1].pos_ in ("PROPN", "NOUN", "ADJ") and \
                not doc[tok.i - 1].is_sent_start:
            tok.pos_ = "PROPN"  # "Déneigement Outaouais Plus(ADV)": the last word of a name
        elif tok.pos_ == "NUM" and not tok.is_sent_start and not tok.like_num and re.fullmatch(
                r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)+", tok.text):
            tok.pos_ = "PROPN"  # "la société Autoroutes Sud-Provence(NUM)": a name's word, no number
        elif tok.pos_ == "VERB" and tok.text[:1].isupper() and tok.text[1:].islower() and not tok.is_sent_start and \
                doc[tok.i - 1].text == "à" and place_side(tok.text) is not None:
            tok.pos_ = "PROPN"  # "a déclaré à Rabat(VERB)": a place after its preposition, no infinitive
            tok.set_morph("")
        elif tok.pos_ in ("VERB", "AUX") and _CODE_NAME.fullmatch(tok.text):
            tok.pos_ = "PROPN"  # "le collectif Usagers A52(VERB)", "la RN7": a road's or a model's code, no verb
            tok.set_morph("")
    return doc


_CODE_NAME = re.compile(r"[A-Z]+\d+[A-Z\d]*")


ELIDED = ("qu", "lorsqu", "puisqu", "jusqu", "d", "l", "j", "n", "s", "c", "m", "t")


_NAME_ELISION = re.compile(r"N['’][A-ZÀ-Ý]")
_NAME_ELISION_TOKEN = re.compile(r"N['’][A-ZÀ-Ý][\w-]*")


class _KeepNameElision:
    """The tokenizer's prefix search, except "N'" before a capital ("N'Guessan"), which starts a name."""

    def __init__(self, search):
        self.search = search

    def __call__(self, text: str):
        return None if _NAME_ELISION.match(text) else self.search(text)


class _NameElisionToken:
    """The tokenizer's token match, plus a name that opens with "N'" ("N'Guessan", "N'Djamena"): one token."""

    def __init__(self, match):
        self.match = match

    def __call__(self, text: str):
        if _NAME_ELISION_TOKEN.fullmatch(text):
            return True
        return self.match(text) if self.match is not None else None


def configure(nlp: Language) -> Language:
    """Split quotation marks glued to an elided word (qu'"il), "X." (the network) and a full stop after "2M", and make
    line breaks sentence boundaries."""
    from spacy.symbols import ORTH
    from spacy.util import compile_infix_regex, compile_suffix_regex

    infixes = list(nlp.Defaults.infixes) + [r"(?<=['’])[\"«“]"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # "à la chaîne 2M. Selon lui": a full stop after a digit and a capital ends the sentence (French rules keep "2M.")
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[0-9][A-ZÀ-Ý])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # "qu'« aucun docker »": with a space after the opening mark the suffix rules would split "qu" from its apostrophe
    for word in ELIDED:
        for apostrophe in "'’":
            for mark in "«“\"":
                for w in (word, word.capitalize()):
                    nlp.tokenizer.add_special_case(w + apostrophe + mark, [{ORTH: w + apostrophe}, {ORTH: mark}])
    # "la bataille sur X. « … »": the social network, not an initial, so the sentence ends there
    nlp.tokenizer.add_special_case("X.", [{ORTH: "X"}, {ORTH: "."}])
    # rugby positions the infix rules would cut in three ("troisième - ligne"), which breaks the parse around them
    for word in ("troisième-ligne", "deuxième-ligne", "trois-quarts"):
        for w in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(w, [{ORTH: w}])
    # "Bertin Aka N'Guessan", "N'Djamena": a capital after "N'" makes a name, not the negation "n'"
    if not isinstance(nlp.tokenizer.prefix_search, _KeepNameElision):
        nlp.tokenizer.prefix_search = _KeepNameElision(nlp.tokenizer.prefix_search)
        nlp.tokenizer.token_match = _NameElisionToken(nlp.tokenizer.token_match)
    if "claims_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("claims_paragraphs", before="parser")
    if "claims_names" not in nlp.pipe_names:
        nlp.add_pipe("claims_names", last=True)
    return nlp


# ---------------------------------------------------------------------------------------------------------------------
# quotations

def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _straight_role(text: str, i: int) -> str:
    """'open', 'close' or '?' for the straight quote at ``i``, from its neighbours."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([{'’-—–/:") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}»…-"):
        return "close"
    return "?"


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations of ``text`` (inner quotes are part of their outer one).

    « » and “ ” nest; straight quotes pair up by context within a paragraph. A quotation left open at the end of a
    paragraph goes on into the next one when that one starts with « or » (French continuation marks) or closes it
    before opening another; else it ends with its paragraph and is marked unbalanced.
    """
    paragraphs = _paragraph_spans(text)
    quotes: list[Quote] = []
    open_at: int | None = None  # start of the current top-level quote
    mark = ""
    depth = 0
    for p, (ps, pe) in enumerate(paragraphs):
        i = ps
        if open_at is not None:
            # a continuation mark at the start of the paragraph is not a new quote
            j = ps
            while j < pe and text[j].isspace():
                j += 1
            if j < pe and text[j] in ("«", "»") and mark == "«":
                i = j + 1
        straight_open = False
        while i < pe:
            c = text[i]
            if open_at is None:
                if c in OPENERS:
                    open_at, mark, depth = i, c, 1
                elif c == '"' and _straight_role(text, i) != "close":
                    open_at, mark, depth, straight_open = i, '"', 1, True
            else:
                if mark in OPENERS:
                    if c == mark:
                        depth += 1
                    elif c == OPENERS[mark]:
                        depth -= 1
                        if depth == 0:
                            quotes.append(Quote(open_at, i + 1, open_at + 1, i, mark))
                            open_at = None
                else:  # straight quotes: the next plausible closing one
                    if c == '"' and _straight_role(text, i) != "open":
                        quotes.append(Quote(open_at, i + 1, open_at + 1, i, mark))
                        open_at, straight_open = None, False
            i += 1
        if open_at is not None:
            if mark == '"' or not _continues(text, paragraphs, p, mark):
                quotes.append(Quote(open_at, pe, open_at + 1, pe, mark, balanced=False))
                open_at = None
    if open_at is not None:
        end = paragraphs[-1][1]
        quotes.append(Quote(open_at, end, open_at + 1, end, mark, balanced=False))
    return [_trim_quote(text, q) for q in quotes]


def _continues(text: str, paragraphs: list[tuple[int, int]], p: int, mark: str) -> bool:
    if p + 1 >= len(paragraphs):
        return False
    ns, ne = paragraphs[p + 1]
    nxt = text[ns:ne].lstrip()
    if nxt[:1] in ("«", "»"):
        return True
    close, opener = nxt.find(OPENERS[mark]), nxt.find(mark)
    return close >= 0 and (opener < 0 or close < opener)


def _trim_quote(text: str, q: Quote) -> Quote:
    s, e = q.inner_start, q.inner_end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return Quote(q.start, q.end, s, e, q.mark, q.balanced)


def unbalanced_quotes(text: str) -> list[Quote]:
    """Quotations whose closing mark is missing (reported to the user; still read, ending with their paragraph)."""
    return [q for q in find_quotes(text) if not q.balanced]


# ---------------------------------------------------------------------------------------------------------------------
# lexicon look-ups on tokens

# present forms of irregular reporting verbs, which the lookup lemmatizer misses when the tagger reads them as other
# words: "Le maire dément(ADV, "insane") que …", "…, Patrick Lévesque, maintient(NOUN) que …"
_GERUNDS = {"maintenant": "maintenir", "soutenant": "soutenir", "prevenant": "prevenir", "concluant": "conclure",
            "admettant": "admettre", "reconnaissant": "reconnaitre", "disant": "dire", "ecrivant": "ecrire"}
_IRREGULAR = {fold(form): fold(lemma) for lemma, forms in {
    "démentir": ("dément", "démentent"), "maintenir": ("maintient", "maintiennent"),
    "soutenir": ("soutient", "soutiennent"), "prévenir": ("prévient", "préviennent"),
    "convenir": ("convient", "conviennent"), "admettre": ("admet", "admettent"), "promettre": ("promet", "promettent"),
    "reconnaître": ("reconnaît", "reconnait", "reconnaissent"), "poursuivre": ("poursuit", "poursuivent"),
    "conclure": ("conclut", "concluent"), "écrire": ("écrit", "écrivent"), "dire": ("dit", "disent"),
    "répondre": ("répond", "répondent"), "prédire": ("prédit", "prédisent"), "avertir": ("avertit", "avertissent"),
    "réagir": ("réagit", "réagissent"), "sourire": ("sourit", "sourient", "souri"),
    "souvenir": ("souvient", "souviennent", "souvenu", "souvenue")}.items() for form in forms}


def _after_object_clitic(tok: Token) -> bool:
    """ "Le président de l'UCN le conteste(NOUN) : « … »": a present tense after an object pronoun the tagger took for
    an article, the subject before it and a colon after it."""
    doc = tok.doc
    return tok.pos_ == "NOUN" and tok.text.islower() and 2 <= tok.i and tok.i + 1 < len(doc) \
        and doc[tok.i + 1].text == ":" and fold(doc[tok.i - 1].text) in ("le", "la", "l'", "les") \
        and (doc[tok.i - 2].pos_ in ("NOUN", "PROPN") or fold(doc[tok.i - 2].text) in ("il", "elle", "ils", "elles")) \
        and not any(c.dep_ in ("det", "amod") for c in tok.children if c.i != tok.i - 1)


def _acronym_body(m: Mention | None, tok: Token) -> Mention | None:
    """A mention the parser could not describe, headed by an acronym that is no outlet ("la DGCCRF", "l'ACD"): the
    body that acronym names; any other mention as it is."""
    if m is not None and m.kind == "unknown" and _is_acronym(tok.text) and fold(tok.text) not in media_names():
        return replace(m, kind="name", name=tok.text)
    return m


def _lemma_candidates(tok: Token) -> list[str]:
    lemma = fold(tok.lemma_)
    form = fold(tok.text)
    out = [lemma] + ([_IRREGULAR[form]] if form in _IRREGULAR else [])
    # the lookup lemmatizer misses some present forms ("indique", "estime") and participles of new verbs ("tweeté"):
    # first-group endings
    for suffix in ("ées", "és", "ée", "é", "ent", "es", "e"):
        if form.endswith(suffix) and len(form) > len(suffix) + 2:
            out.append(form[: -len(suffix)] + "er")
            break
    return out


# object pronouns before an infinitive content: "affirme ne l'avoir « jamais signé »", "assure lui en avoir parlé"
_OBJECT_CLITICS = {"l'", "le", "la", "les", "lui", "leur", "y", "en", "m'", "me", "t'", "te", "nous", "vous"}
_FRONT_CLITICS = frozenset({"l'", "le", "la", "les", "lui", "leur", "y", "en"})  # third-person ones, never subjects
# adverbs that may split a multi-word reporting verb: "fait également valoir", "a toutefois fait remarquer"
_SPLITTING_ADVERBS = {"egalement", "aussi", "toutefois", "pourtant", "neanmoins", "cependant", "encore", "donc",
                      "ainsi", "notamment", "surtout", "alors", "meme", "ailleurs"}


def _following_words(tok: Token, n: int = 2) -> list[Token]:
    """The ``n`` words after ``tok``, past up to three adverbs right after it ("fait également valoir")."""
    doc = tok.doc
    k = tok.i + 1
    while k < len(doc) and (CLITIC.match(doc[k].text) or doc[k].text.lower() == "-t"):
        k += 1  # "fait-on valoir", "fait-il remarquer"
    for _ in range(3):
        if k + 1 < len(doc) and fold(doc[k].text) == "par" and fold(doc[k + 1].text) == "ailleurs":
            k += 1  # "par ailleurs"
        if k < len(doc) and fold(doc[k].text) in _SPLITTING_ADVERBS and doc[k].pos_ in ("ADV", "ADP"):
            k += 1
    if k == tok.i + 1 or k >= len(doc) or fold(doc[k].text) in _SPLITTING_ADVERBS:
        k = tok.i + 1
    return list(doc[k: k + n])


# "s'est borné à", "s'est contentée de", "s'est limité à": a reporting infinitive after them is the cue
_LIGHT_PARTICIPLES = frozenset(f"{stem}{end}" for stem in ("borne", "contente", "limite") for end in ("", "e", "s", "es"))


def cue_lemma(tok: Token, colon: bool = False) -> str | None:
    """Reporting-verb lemma of ``tok`` (multi-word ones too: "fait valoir"), or None. Verbs that report only a
    quotation after a colon ("a publié sur Instagram : « … »") count with ``colon`` only: elsewhere "un rapport
    publié mardi" is no attribution."""
    if tok.i > 0 and fold(tok.doc[tok.i - 1].text) == "en" and fold(tok.text) in _GERUNDS:
        # "tout en maintenant(ADV) que P": a gerund the tagger took for the adverb "maintenant"
        lemma, verbs = _GERUNDS[fold(tok.text)], reporting_verbs()
        return lemma if lemma in verbs and lemma not in MULTIWORD_ONLY and (colon or verbs[lemma] != "colon") \
            else None
    if fold(tok.text) in _LIGHT_PARTICIPLES and tok.i + 2 < len(tok.doc) and \
            fold(tok.doc[tok.i + 1].text) in ("a", "de", "d'") and "Inf" in tok.doc[tok.i + 2].morph.get("VerbForm"):
        # "« … », s'est-il borné à indiquer", "s'est-elle contentée de répondre": the infinitive reports
        lemma = fold(tok.doc[tok.i + 2].lemma_)
        verbs = reporting_verbs()
        return lemma if lemma in verbs and lemma not in MULTIWORD_ONLY and verbs[lemma] != "colon" else None
    if fold(tok.text) in ("dement", "dementent") and tok.pos_ in ("ADJ", "ADV", "NOUN") and tok.i > 0 and (
            tok.doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and tok.doc[tok.i - 1].text not in _DETERMINER_WORDS
            or fold(tok.doc[tok.i - 1].text) in PRONOUNS or tok.doc[tok.i - 1].text == ","
            or fold(tok.doc[tok.i - 1].text) == "qui"  # ("…, indique le groupe, qui dément(ADV) avoir reconnu …")
            or tok.doc[tok.i - 1].pos_ == "ADJ" and tok.i + 1 < len(tok.doc) and fold(tok.doc[tok.i + 1].text) in (
                "que", "qu'", "formellement", "categoriquement", "fermement", "vigoureusement", "toute", "tout",
                "avoir", "etre")):
        # (also "Le responsable polonais(ADJ) dément formellement que P")
        return "dementir"  # "La ministre dément(ADJ) toute réduction : « … »": the verb, not the adjective
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ in ("NOUN", "ADJ") and tok.morph.get("VerbForm")) \
            and not (tok.pos_ == "X" and tok.i > 0 and fold(tok.doc[tok.i - 1].text) in AUX_FORMS) \
            and not (tok.pos_ in ("NOUN", "ADJ", "PROPN") and tok.text.islower() and (
                _after_quote_comma(tok) or _closing_incise(tok))) \
            and not (tok.pos_ in ("NOUN", "ADJ", "PROPN") and tok.text.islower() and tok.i > 0 and (
                CLITIC.match(tok.doc[tok.i - 1].text) and tok.i > 1 and fold(tok.doc[tok.i - 2].text) in ("-t", "a")
                or fold(tok.doc[tok.i - 1].text) in ("a", "ont") and tok.doc[tok.i - 1].pos_ == "AUX")) \
            and not (tok.pos_ in ("NOUN", "ADJ", "PROPN", "NUM") and tok.text.islower() and tok.i + 1 < len(tok.doc) and (
                tok.doc[tok.i + 1].text.lower() == "-t" or CLITIC.match(tok.doc[tok.i + 1].text))) \
            and not (tok.pos_ in ("NOUN", "ADJ", "ADV") and _before_que(tok)) \
            and not _after_object_clitic(tok):
        # "a tweeté" (unknown word after an auxiliary), "« … », juge X" (a verb tagged as a noun), "a-t-elle
        # martelé" / "a martelé" (a participle tagged as an adjective), "« … ? » raconte-t-elle" (an inverted verb
        # tagged as an adjective), "…, Pascal Vandamme, estime pour sa part que" (a present tense tagged as an
        # adjective)
        return None
    if tok.i >= 2 and fold(tok.doc[tok.i - 1].text) in ("l'", "le", "la", "les") and \
            tok.doc[tok.i - 2].pos_ in ("VERB", "AUX") and "Part" in tok.doc[tok.i - 2].morph.get("VerbForm"):
        return None  # "a gagné l'estime que …": no object pronoun follows a participle, so a noun
    if tok.i >= 1 and "Part" in tok.morph.get("VerbForm") and tok.doc[tok.i - 1].pos_ == "DET" and \
            fold(tok.doc[tok.i - 1].text) in ("l'", "le", "la", "les", "un", "une", "des"):
        return None  # "les images montrent l'accusé(VERB) quitter le bar": a participle after an article is a noun
    verbs = reporting_verbs()
    after = [fold(t.text) for t in _following_words(tok)]
    if after[:1] == ["avec"] and "trancher" in _lemma_candidates(tok):
        return None  # "une position qui tranche avec celle du président": a contrast, not a ruling
    if "par" in [fold(t.text) for t in tok.doc[tok.i + 1: tok.i + 5]] and tok.i > 0 and \
            fold(tok.doc[tok.i - 1].text) in ("s'", "se") and \
            "expliquer" in _lemma_candidates(tok):
        return None  # "ce dérapage s'explique d'abord par l'amiante": a cause, not someone explaining
    for lemma in _lemma_candidates(tok):
        for n in (2, 1):  # multi-word lemmas first: "fait valoir", "a mis en garde", "fait remarquer"
            words = " ".join([lemma] + after[:n])
            if len(after) >= n and words in verbs:
                return words
        if lemma in verbs and lemma not in MULTIWORD_ONLY and (colon or verbs[lemma] != "colon"):
            return lemma
    return None


# documents a paper saw ("des documents consultés par « Le Monde »", "des courriels obtenus par Libération"): its own
# sourcing, no speaker (eval/README.md's conventions)
_SEEN_DOCUMENTS = re.compile(r"(?:des|les|plusieurs|un|une|de)?\s*(?:documents?|courriels?|e-mails?|mails?|notes?|"
                             r"échanges?|messages?|pièces?|enregistrements?)(?:\s+internes?)?\s+(?:consulté|obtenu|"
                             r"révélé)", re.IGNORECASE)


# a country's posts abroad, named with the city they are in: "l'ambassade de Chine à Buenos Aires"
_POSTED = frozenset({"ambassade", "consulat", "ambassadeur", "ambassadrice", "consul", "consule", "representation",
                     "delegation"})
_DASHES = ("–", "—")  # an aside's dashes: "Le maire – Gilles Wiltzer – assure"
_CONTRACTED_ARTICLE = {"au": "le ", "aux": "les "}  # "au cabinet Van Damme" -> "le cabinet Van Damme"
_CLAUSE_BREAK = re.compile(r";|\b(?:alors|tandis|même|meme)\s+(?:que|qu['’]|si)|\bmais\b|\bcar\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…]\s*[»”\"]?\s+[A-ZÀ-Ý«]")  # a sentence's end and the next one's start
# an outlet relaying someone's words: "Selon des propos rapportés par Radio-Canada, le conducteur a affirmé …"
_RELAYED_WORDS = re.compile(r"\b(?:propos|déclarations|confidences|paroles)\s+(?:rapporté|recueilli|relayé|cité)e?s?\s+"
                            r"(?:par|dans)\b", re.IGNORECASE)


# verbs of intention: "a annoncé vouloir saisir la justice" is no statement
_INTENTIONS = frozenset({"vouloir", "souhaiter", "esperer", "compter", "envisager", "projeter", "entendre"})


# reporting verbs whose reflexive form says nothing: "se poursuivre", "se reprendre", "se rappeler" (remember),
# "s'annoncer" (promise to be), "se lancer"
_REFLEXIVE_NOT_SAYING = {"poursuivre", "reprendre", "rappeler", "annoncer", "lancer"}


# the people around someone, who speak through an impersonal "on": "Dans l'entourage de la ministre, on assure que P"
_CIRCLES = {"entourage", "camp", "cabinet", "equipe", "rangs", "milieux"}


def _present_tense(tok: Token, lemma: str) -> bool:
    """Is a verb the tagger read as a past participle written in the present ("…, rétorque X": a first-group verb's
    participle ends in "é", "ée")?"""
    word = tok.text.lower()
    if " " in lemma and word in ("fait", "dit") and not tok.text[:1].isupper():
        return True  # "L'agence fait(Part) valoir que": a multi-word verb's present ("fait valoir", "fait savoir")
    first_group = lemma.split()[0].endswith("er") or lemma.lower() == word  # (the tagger may leave it unlemmatised)
    return first_group and word.endswith("e") and not word.endswith("ée")


def _is_negated(verb: Token) -> bool:
    kids = [c for c in verb.children] + [c for a in verb.children if a.dep_.startswith("aux") for c in a.children]
    has_ne = any(fold(c.text) in ("ne", "n'") for c in kids)
    window = verb.doc[max(verb.i - 4, 0): verb.i + 2]
    has_pas = any(fold(t.text) in NEGATION_WORDS for t in window)
    # "personne ne les avait prévenus que P", "aucun responsable n'a dit que P": a negative subject
    dets = lambda c: [fold(d.text) for d in c.children if d.dep_ == "det"]  # noqa: E731
    nobody = any(c.dep_ in SUBJECT_DEPS and (fold(c.text) in ("personne", "nul", "rien") and not dets(c)
                                             or set(dets(c)) & {"aucun", "aucune", "nul", "nulle"})
                 for c in verb.children)
    return has_ne and (has_pas or nobody)


# ---------------------------------------------------------------------------------------------------------------------
# the main entry

def dateline_of(text: str) -> re.Match | None:
    """A wire dateline opening one of a text's first paragraphs ("BAMAKO, 12 mars 2027 (AFP) -"), else None."""
    for para in text.split("\n\n")[:6]:
        m = DATELINE.match(para.strip())
        if m:
            return m
    return None


def find_statements(document: Document, parsed: Doc) -> Segmentation:
    """Statements of one document (speaker = the mention at that place), with every person mention.

    Args:
        document: the record; offsets refer to ``document.text``.
        parsed: ``nlp(document.text)`` with :func:`configure` applied (see :func:`claims.extract.load_nlp`).
    """
    return _Finder(document, parsed).run()


@dataclass
class _Unit:
    index: int
    start: int  # token index
    end: int  # token index, exclusive
    paragraph: int
    skip: bool = False


# the outlet's own reporters: "ont constaté des journalistes de l'AFP", "selon notre correspondant"
_NEWSROOM_NOUNS = {"journaliste", "photographe", "reporter", "videaste", "correspondant", "correspondante"}


def _speaks_word(t: Token) -> bool:
    """Is ``t`` a name or a title that speaks (what the parser took for the object of "Une version que conteste
    le maire(obj)" is the relative's inverted subject)?"""
    return t.pos_ == "PROPN" or getattr(titles().get(fold(t.text)), "kind", None) in ("person", "office", "org")


# a title's place, then the apposed name: "le porte-parole d'EEM | à Bruxelles, Pieter Claes,"
_PLACE_THEN_NAME = re.compile(r" (?:à|au|aux|en) [^,.;:«»]{1,40}, [A-ZÀ-Ý][\w-]+ [A-ZÀ-Ý]")
# a body's people, who speak for it: "d'après ses membres", "selon sa direction"
_OWNED_WORDS = frozenset({"membres", "adherents", "dirigeants", "direction"})
# a sentence naming who said the one before: "C'est ce qu'affirme X", "C'est en tout cas ce qu'a assuré X", "Voilà ce
# que dit X"
_SAID_BEFORE = re.compile(r"(?:C['’]est|Voilà|Voila|Tel est)\s+(?:(?:en tout cas|du moins|précisément|exactement|justement|"
                          r"notamment|aussi|bien)\s+)?ce\s+qu(?:e\s+|['’]\s*)")


# a sentence that names who said the one before, with no reporting verb: "« … » Ces mots sont ceux de X", "La formule
# est celle de X", "Le chiffre est avancé par X", "C'est en ces termes que X a réagi"
_NAMED_AFTER = re.compile(
    r"(?:(?:Ces|Ses|Les)\s+(?:mots|propos|paroles|phrases)\s+sont\s+(?:ceux|celles)\s+|"
    r"(?:La|Cette)\s+(?:formule|phrase|déclaration|mise en garde|confidence|charge|accusation)\s+est\s+celle\s+|"
    r"(?:Le|Ce)\s+(?:constat|chiffre|cri d['’]alarme|diagnostic|témoignage|avertissement|message|plaidoyer)\s+est\s+"
    r"(?:celui\s+|(?:avancé|dressé|lancé|signé|livré)\s+par\s+|signé\s+)|"
    # "La charge est venue de Clarisse Yao-Kouamé", "L'avertissement émane du syndicat"
    r"(?:La|Cette|Le|Ce|L['’])\s*(?:charge|formule|phrase|déclaration|mise en garde|accusation|critique|attaque|"
    r"réponse|réplique|constat|chiffre|message|avertissement|démenti|appel)\s+(?:est\s+venue?|émane)\s+|"
    # "C'est la préfète de la Drôme qui le dit."
    r"C['’]est\s+(?=[^.?!«»:;]{2,120}?\s+qui\s+(?:le|l['’])\s*\w+\s*[.,])|"
    r"C['’]est\s+en\s+ces\s+termes\s+qu(?:e\s+|['’]\s*)|"
    # "L'homme qui s'engage ainsi est Thierry Wauters", "Celle qui parle ainsi, c'est la maire"
    r"(?:L['’]homme|La\s+femme|Celui|Celle|L['’]auteure?|L['’]autrice)\s+qui\s+(?:[\w'’-]+\s+){1,4}?"
    r"(?:ainsi|de\s+la\s+sorte|en\s+ces\s+termes)\s*,?\s+(?:est|c['’]est)\s+)"
    r"(?:(?:de|du|des)\s+|d['’]\s*)?")


_SPACES = re.compile(r"\s*")
# a subject holding firm after a quotation: "X n'en démord pas", "ne varie pas d'un iota", "persiste et signe"
_HOLDS_FIRM = re.compile(
    r"\s*(?:,[^,.;:«»]{1,150},\s*|,\s*)?(?:(?:ne|n['’])\s*(?:en\s+)?(?:décolère|démord|varie|dévie|change\s+pas\s+de\s+(?:ton|"
    r"discours|ligne)|mâche\s+pas\s+ses\s+mots)\b|(?:persiste\s+et\s+signe|enfonce\s+le\s+clou|hausse\s+le\s+ton|"
    r"monte\s+au\s+créneau|maintient\s+sa\s+position|s['’](?:emporte|insurge|agace|indigne|étrangle)|fulmine|tempête)\b)")


@dataclass
class _Found:
    content: tuple[int, int]  # char offsets
    cut: tuple[int, int] | None  # a part removed from the content (an incise, "selon X")
    cue: str | None
    mention: Mention | None
    unit: int
    frame: tuple[int, int]  # char range of cue + speaker (not content)
    continuation: bool = False


class _Finder:
    def __init__(self, document: Document, parsed: Doc):
        self.document = document
        self.text = document.text
        self.doc = parsed
        self.paragraphs = _paragraph_spans(self.text)
        self.skipped = self._skipped_paragraphs()  # page furniture, captions, repeated paragraphs
        self.quotes = self._close_at_incise(find_quotes(self.text))
        self.quotes = sorted(self.quotes + self._dialogue_lines(self.quotes), key=lambda q: q.start)
        self.answer_speaker: dict[int, int] = {}
        self.question_paragraphs: set[int] = set()  # an interview's question paragraphs (_interview_answers)
        self.answers = self._interview_answers()
        self.quotes = sorted(self.quotes + self.answers, key=lambda q: q.start)
        self.units = self._units()
        self._quote_of_char: dict[int, Quote] = {}

    def _close_at_incise(self, quotes: list[Quote]) -> list[Quote]:
        """An unclosed quotation ends where an inverted attribution starts: "« Nous allons gagner, a lancé le
        candidat." -> the quotation is "Nous allons gagner" (still reported as unbalanced)."""
        out = []
        for q in quotes:
            if q.balanced:
                out.append(q)
                continue
            cut = self._inverted_cut(q.inner_start, q.inner_end)
            if cut is None:
                out.append(q)
            else:
                out.append(_trim_quote(self.text, Quote(q.start, cut, q.inner_start, cut, q.mark, balanced=False)))
        return out

    def _inverted_cut(self, start: int, end: int, simple_tense: bool = False) -> int | None:
        """The comma opening an inverted attribution between ``start`` and ``end`` ("…, a lancé le candidat",
        "…, ajoute-t-il"; with ``simple_tense`` also "…, affirme le prévenu"), as a character offset; None if
        there is none."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        for tok in span if span is not None else []:
            if tok.text != "," or tok.i + 2 >= len(self.doc):
                continue
            j = tok.i + 1
            inverted_aux = False  # "…, a-t-elle ajouté"
            while j < len(self.doc) and (self.doc[j].pos_ in ("AUX", "ADV") or (
                    j > tok.i + 1 and (CLITIC.match(self.doc[j].text) or self.doc[j].text.lower() == "-t"))):
                inverted_aux = inverted_aux or bool(CLITIC.match(self.doc[j].text))
                j += 1
            if j >= len(self.doc) or cue_lemma(self.doc[j]) is None or self.doc[j].idx >= end:
                continue
            k = j + 1
            while k < len(self.doc) and fold(self.doc[k].text) not in _STRESSED_WORDS and \
                    (after := _locution_after(self.doc, k)) is not None:
                k = after  # "…, reconnaît d'ailleurs Hicham Tazi" (not "…, conteste lui aussi la communication": the
                # subject stood before)
            nxt = self.doc[k] if k < len(self.doc) else None
            if nxt is not None and nxt.pos_ == "ADP" and fold(nxt.text) in ("au", "a", "à", "sur"):
                sent_end = self.doc[j].sent.end
                skipped = self._skip_circumstances(k, _Unit(-1, k, sent_end, -1))
                if skipped < sent_end and skipped > k and _first_name(self.doc[skipped].text):
                    nxt = self.doc[skipped]  # "…, a assuré au micro de France Info | Yves Martin"
            clitic = inverted_aux or nxt is not None and (CLITIC.match(nxt.text) or nxt.text.lower() == "-t")
            subject = nxt is not None and (nxt.pos_ in ("DET", "PROPN") or fold(nxt.text) in HONORIFICS)
            if clitic or (subject and (j > tok.i + 1 or simple_tense)):  # "…, a lancé le candidat" / "…, ajoute-t-il"
                return tok.idx
        return None

    def _interview_answers(self) -> list[Quote]:
        """The answers of a question-and-answer interview, as quotations of the interviewee: each paragraph after a
        question ("Question : …", "Q : …", or, with no such labels, a short paragraph ending with "?", at least three
        times) up to the next question; a "R : " / "Réponse : " label is left out."""
        text = self.text
        lines = [text[s:e].strip() for s, e in self.paragraphs]
        transcript = self._transcript(lines)
        if transcript:
            return transcript
        labelled = [bool(QUESTION_LABEL.match(line)) for line in lines]
        if sum(labelled) >= 2:
            questions = labelled
        else:
            questions = [p > 0 and line.endswith("?") and len(line.split()) <= 60 and not any(
                c in line for c in "«»“”\"") and p + 1 < len(lines) and not lines[p + 1].endswith("?")
                for p, line in enumerate(lines)]
            heading = next((p for p, line in enumerate(lines) if (len(_TIME_STAMP.sub("", line).split()) <= 12 or (
                                _QUESTIONS_TO.fullmatch(_TIME_STAMP.sub("", line)) and "?" not in line))
                            and (not line.endswith(".") or line.endswith("..."))  # ("Deux questions à...")
                            and _INTERVIEW_HEADING_LINE.search(_TIME_STAMP.sub("", line))), None)
            # (a box's heading with the interviewee's long title: "TROIS QUESTIONS À… X, président de l'Union …")
            intro = heading is None
            if heading is None:
                # an introduction that ends "X a répondu à nos questions", "… aux questions du Soleil"
                heading = next((p for p, line in enumerate(lines) if _INTERVIEW_INTRO.search(line)
                                and any(questions[p + 1: p + 4])), None)
            boxed = heading is not None and _QUESTIONS_TO.fullmatch(_TIME_STAMP.sub("", lines[heading])) is not None
            if boxed:
                # "Trois questions à X" (a live blog's too: "18 h 12 — Trois questions à …"): a question under it may
                # quote what someone else said ("La préfecture affirme que … « … ». Est-ce le cas ?")
                # (and the box starts at its heading: an intertitle "Les urgences touchées ?" above it is no question)
                questions = [p > heading and (q or line.endswith("?") and len(line.split()) <= 60 and p + 1 < len(lines)
                                              and not lines[p + 1].endswith("?"))
                             for p, (line, q) in enumerate(zip(lines, questions))]
            if heading is not None and sum(questions[heading:]) >= (1 if boxed else 2):
                # under a heading "Trois questions à X", a prompt that trails off is a question too ("La cuve du
                # réacteur continue d'inquiéter les riverains…")
                questions = [q or p > heading + (not intro) and line.endswith(("…", "..."))
                             and len(line.split()) <= 30
                             and not any(c in line for c in "«»“”\"") and p + 1 < len(lines)
                             and not lines[p + 1].endswith(("?", "…", "...")) and not questions[p - 1]
                             for p, (line, q) in enumerate(zip(lines, questions))]
            if sum(questions) < (2 if boxed else 3):
                return []
            asked = [p for p, q in enumerate(questions) if q]
            if not any(_SECOND_PERSON.search(lines[p]) for p in asked) and \
                    sum(bool(_FIRST_PERSON.search(lines[p + 1])) for p in asked) < 2 and \
                    not _INTERVIEW_HEADING.search(" ".join(lines[:asked[0]])) and \
                    not _INTERVIEW_INTRO.search(" ".join(lines[max(0, asked[0] - 3): asked[0]])) and \
                    not any(_INTERVIEW_FOOTER.match(line) for line in lines[asked[-1]:]):
                return []  # an explainer's questions ("Combien de malades ?", "Et l'usine ?"), answered by the paper
                # (not after "Il a répondu à nos questions", nor above "Propos recueillis par …")
        # questions printed as dialogue lines ("— Vous n'étiez pas au courant ?") have answers printed so too: a
        # paragraph without the dash after them is the article going on, not an answer
        dashed = all(DIALOGUE_DASH.match(line) for line, q in zip(lines, questions) if q)
        if dashed:
            # dialogue lines take turns: the line after an answer is a question, even one that ends without "?"
            # ("— Le maire affirme que la maternité coûtait trop cher…"), if every "?" line falls on a question's turn
            turns = [p for p in range(questions.index(True), len(lines)) if DIALOGUE_DASH.match(lines[p])]
            if all(questions[p] == (n % 2 == 0) or n % 2 == 0 for n, p in enumerate(turns)):
                questions = list(questions)
                for n, p in enumerate(turns):
                    questions[p] = n % 2 == 0
        out = []
        labelled_answers = any(ANSWER_LABEL.match(line) for line in lines)
        self.question_paragraphs = {p for p, q in enumerate(questions) if q}
        last_question = max(self.question_paragraphs)
        resumed = False  # after the last answer, a paragraph with quotations of its own: the article goes on
        for p, (s, e) in enumerate(self.paragraphs):
            if questions[p] or not any(questions[:p]) or p in self.skipped or (dashed and not DIALOGUE_DASH.match(lines[p])):
                continue
            if any(q.start < e and s < q.end for q in self.quotes) and not ANSWER_LABEL.match(lines[p]):
                resumed = resumed or p > last_question + 1
                continue  # (quotations of its own: read as they are)
            if not labelled_answers and p > last_question + 1 and not _FIRST_PERSON.search(lines[p]):
                resumed = True  # "La chambre disciplinaire peut prononcer … un expert désigné par la skieuse": after
                # the last answer, a paragraph with no "je", "nous", "on" is the article going on
            if resumed:
                continue  # "… (ATS)" after "Au SDM, on dément. « … », a assuré son chef": not the interviewee's
            m = ANSWER_LABEL.match(text[s:e])
            answer = self._answer(s + (m.end() if m else 0), e)
            if answer is not None:
                out.append(answer)
        return out

    def _answer(self, start: int, end: int) -> Quote | None:
        """An answer's words from ``start`` to the end of its paragraph, as a quotation (None if too short)."""
        while start < end and (self.text[start].isspace() or self.text[start] in "—–"):
            start += 1  # a dialogue line's dash is no part of the answer
        if len(re.findall(r"\w+", self.text[start:end])) < MIN_CONTINUATION_WORDS:
            return None
        return Quote(start, end, start, end, "R")

    def _transcript(self, lines: list[str]) -> list[Quote]:
        """An interview printed as a transcript, each paragraph opening with its speaker's label ("L'ÉCHO DES ALPES :
        Pourquoi fermer ?" / "VIGNAL : Parce que …"): at least two labels used twice or more; a label whose paragraphs
        mostly end with "?" is the interviewer's. Each other labelled paragraph, and the unlabelled paragraphs after it,
        are the labelled speaker's answer (``self.answer_speaker``: answer start -> label start)."""
        from collections import Counter

        found = [SPEAKER_LABEL.match(line) for line in lines]
        keys = [fold(m.group(1)) if m and not QUESTION_LABEL.match(lines[p]) else None for p, m in enumerate(found)]
        counts = Counter(k for k in keys if k)
        frequent = {k for k, c in counts.items() if c >= 2}
        if len(frequent) < 2:
            return []
        asks = {k for k in frequent if sum(lines[p].endswith("?") for p, x in enumerate(keys) if x == k) * 2 > counts[k]}
        if not asks or asks == frequent:
            return []
        # turns printed as lines of one block ("…, l'échange a tourné court :\nLA JOURNALISTE : …\nX : …"): the block's
        # end ends the last answer, and the article goes on after it
        blank = [p > 0 and "\n\n" in re.sub(r"[^\S\n]+", "", self.text[self.paragraphs[p - 1][1]: s])
                 for p, (s, _) in enumerate(self.paragraphs)]
        turns = [p for p, k in enumerate(keys) if k in frequent]
        compact = sum(not blank[p] for p in turns[1:]) * 2 > len(turns) - 1
        out, speaker = [], None
        for p, (s, e) in enumerate(self.paragraphs):
            if keys[p] in asks or p in self.skipped or (compact and blank[p] and keys[p] not in frequent):
                speaker = None
                continue
            offset = len(self.text[s:e]) - len(self.text[s:e].lstrip())
            start = s
            if keys[p] in frequent:
                speaker = s + offset + found[p].start(1)
                start = s + offset + found[p].end()
            answer = self._answer(start, e) if speaker is not None else None
            if answer is not None:
                out.append(answer)
                self.answer_speaker[answer.start] = speaker
        return out

    def _interviewee(self) -> Mention | None:
        """Who answers an interview's questions: the person named last in the introduction before the first question
        (wire interviews end it with "X, 44 ans, a répondu à nos questions"); None if it names no one."""
        first = min(self.answers, key=lambda q: q.start)
        p = self._paragraph_of(first.start)
        s, e = self.paragraphs[0]
        label = SPEAKER_LABEL.match(self.text[s:e])
        if p > 0 and label and _first_name(label.group(1).split()[0]):
            # an interview headlined with its interviewee's words ("Séverine Aebischer : « Les glaciers … »"): the
            # introduction may quote others before the questions
            m = self._label_mention(s + label.start(1), s + label.end(1))
            if m is not None and m.kind == "name":
                return m
        for h in range(max(0, p - 4), p):  # a box's heading: "TROIS QUESTIONS À PIERRE-LUC GENDRON"
            s, e = self.paragraphs[h]
            heading = _QUESTIONS_TO.fullmatch(_TIME_STAMP.sub("", self.text[s:e].strip()))
            named = heading and fold(heading.group(1).split(",")[0]).split()  # (not ", directeur général de X")
            for t in self.doc if named else ():
                if t.idx < s and fold(t.text) == named[0] and not self.in_quote(t) and t.text[:1].isupper():
                    m = self._mention(t, self.unit_of(t), subject=True)  # the name where the article gives it
                    if m is not None and m.kind == "name" and fold(m.name).split()[-1] == named[-1]:
                        return m
            if heading and not re.search(r"\w", heading.group(1)) and h + 1 < p:
                # "Deux questions à...", "TROIS QUESTIONS À" with the name on the next line ("Me Nathalie Schmit,
                # avocate de …"), an introduction and a question after it
                s2, e2 = self.paragraphs[h + 1]
                lead = len(self.text[s2:e2]) - len(self.text[s2:e2].lstrip())
                m = self._heading_name(s2 + lead, self.text[s2 + lead:e2])
                if m is not None:
                    return m
            if named and 2 <= len(named) <= 5:
                # a name the article gives only there ("Trois questions à Pieter Van den Broeck, directeur …"): the
                # heading's words, particles and all
                lead = len(self.text[s:e]) - len(self.text[s:e].lstrip())
                stamp = _TIME_STAMP.match(self.text[s + lead:e])
                a = s + lead + heading.start(1) + (len(stamp.group(0)) if stamp else 0)
                m = self._heading_name(a, heading.group(1))
                if m is not None:
                    return m
        # the introduction ends at the first question: dialogue lines before the first answer without an attribution
        # ("— Mathis Larrieu dispose-t-il d'une clause ?", "— Non, répond le président.") are the interview already
        first_line = p - 1
        while first_line > 0 and DIALOGUE_DASH.match(self.text[slice(*self.paragraphs[first_line - 1])]):
            first_line -= 1
        intro = [u for u in self.units if u.paragraph < first_line and not u.skip]
        for unit in sorted(intro, key=lambda u: -u.index)[:3]:
            names = [t for t in self.doc[unit.start: unit.end] if t.pos_ == "PROPN" and not self.in_quote(t)
                     and (t.dep_ in SUBJECT_DEPS or t.dep_ in ("appos", "flat:name"))]
            for t in reversed(names):
                m = None
                t = t.head if t.dep_ == "flat:name" else t  # (a name's first word)
                if t.dep_ == "appos" and t.head.i < t.i and fold(t.head.text) in titles():
                    # with the title it is apposed to: "La ministre de la Santé, Hélène Marchetti, était l'invitée …"
                    m = self._mention(t.head, unit, subject=True)
                if m is None or m.kind != "name":
                    m = self._mention(t, unit, subject=True)
                if m is not None and m.kind == "name" and (m.gender or m.role_kind in ("person", "office")):
                    return m
        return None

    def _heading_name(self, start: int, line: str) -> Mention | None:
        """The person a box's heading names at ``start``: "Pieter Van den Broeck, directeur général d'Alpinet", "Me
        Nathalie Schmit, avocate de …" (the words before the comma, an honorific left out, opening with a first name)."""
        name = line.split(",")[0].strip()
        words = name.split()
        if words and fold(words[0]) in HONORIFICS:
            start += line.index(words[1]) if len(words) > 1 else 0
            name = " ".join(words[1:])
            words = words[1:]
        else:
            start += line.index(name) if name else 0
        if not 2 <= len(words) <= 5 or not _first_name(words[0]) or self.text[start:start + len(name)] != name:
            return None
        span = self.doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is None:
            return None
        return Mention(start, start + len(name), name, "name", name=name, gender=_gender(list(span)), subject=True,
                       unit=self.unit_of(span[0]).index)

    def _dialogue_lines(self, quotes: list[Quote]) -> list[Quote]:
        """Dialogue dashes, as court reports and interviews print speech: "— Je n'ai jamais signé ce document,
        affirme le prévenu." is a quotation up to its inverted attribution, and what follows the attribution in the
        same paragraph ("— Vous mentez, rétorque la procureure. Ce tampon ne quittait pas votre bureau.") is a second
        one. Only lines with such an attribution: a dash opening a list item is not speech; nor is a question."""
        out = []
        text = self.text
        for ps, pe in self.paragraphs:
            m = DIALOGUE_DASH.match(text[ps:pe])
            if not m or any(q.start < pe and ps < q.end for q in quotes):
                continue
            inner = ps + m.end()
            cut = self._inverted_cut(inner, pe, simple_tense=True)
            if cut is None or text[inner:cut].rstrip().endswith("?"):
                continue
            out.append(Quote(ps + m.start(), cut, inner, cut, "—"))
            span = self.doc.char_span(cut, pe, alignment_mode="expand")
            stop = next((t for t in span if t.text in (".", "!", "…")), None) if span is not None else None
            if stop is not None and text[stop.idx + 1: pe].strip():  # (a period token: "M." is one token)
                rest = _trim_quote(text, Quote(stop.idx + 1, pe, stop.idx + 1, pe, "—"))
                out.append(Quote(rest.inner_start, pe, rest.inner_start, rest.inner_end, "—"))
        return out

    # -- units: sentences, merged where a quotation runs over them -------------------------------------------------
    def _paragraph_of(self, char: int) -> int:
        for p, (s, e) in enumerate(self.paragraphs):
            if s <= char < e + 1:
                return p
        return len(self.paragraphs)

    def _sentences(self) -> list[tuple[int, int]]:
        """The parser's sentences, repaired: an opening mark at the end of one goes to the next ("agir. « | Il …"),
        and a sentence is cut after final punctuation followed by a capital or an opening mark, outside quotations."""
        doc = self.doc
        sents = [[s.start, s.end] for s in doc.sents]
        for a, b in zip(sents, sents[1:]):
            while a[1] - 1 > a[0] and (doc[a[1] - 1].text in OPENERS or doc[a[1] - 1].is_space) and a[1] == b[0]:
                a[1] -= 1
                b[0] -= 1
            # and a closing mark at the start of one goes back to the previous ("« … à tout. | » La banque dément.")
            while b[0] + 1 < b[1] and doc[b[0]].text in CLOSERS and a[1] == b[0] and \
                    doc[a[1] - 1].text in (".", "!", "?", "…"):
                a[1] += 1
                b[0] += 1
        out = []
        for s, e in sents:
            start = s
            for k in range(s, e - 1):
                t, nxt = doc[k], doc[k + 1]
                if t.text not in (".", "!", "?", "…") or self.quote_at(t.idx) is not None and not (
                        self.quote_at(t.idx).end <= t.idx):
                    continue
                j = k + 1
                while j < e and doc[j].is_space:
                    j += 1
                if j >= e or self.quote_at(doc[j].idx) is not None and self.quote_at(doc[j].idx).start != doc[j].idx:
                    continue
                if doc[j].text[:1].isupper() or doc[j].text in OPENERS or doc[j].text == '"':
                    out.append((start, k + 1))
                    start = j
            out.append((start, e))
        return out

    def _units(self) -> list[_Unit]:
        sents = self._sentences()
        bounds: list[list[int]] = []
        for s, e in sents:
            # drop leading / trailing whitespace tokens
            while s < e and self.doc[s].is_space:
                s += 1
            while e > s and self.doc[e - 1].is_space:
                e -= 1
            if s >= e:
                continue
            if bounds and (self._crosses_quote(self.doc[bounds[-1][1] - 1].idx, self.doc[s].idx)
                           or self._bad_split(bounds[-1][1], s)):
                bounds[-1][1] = e
            else:
                bounds.append([s, e])
        skip = self.skipped
        units = []
        for bound in bounds:  # a dateline opening a paragraph is not part of any statement
            m = DATELINE.match(self.text, self.doc[bound[0]].idx)
            if m and (bound[0] == 0 or "\n" in self.text[self.doc[bound[0] - 1].idx: self.doc[bound[0]].idx + 1]):
                while bound[0] < bound[1] - 1 and self.doc[bound[0]].idx < m.end():
                    bound[0] += 1
        for n, (s, e) in enumerate(bounds):
            p = self._paragraph_of(self.doc[s].idx)
            units.append(_Unit(n, s, e, p, skip=p in skip and self._paragraph_of(self.doc[e - 1].idx) == p))
        return units

    def _bad_split(self, end: int, start: int) -> bool:
        """The parser cut a sentence in the same paragraph where no sentence ends: after no final punctuation, or
        before a lowercase word or a comma ("« … »" | ", a déclaré M. Mattis")."""
        doc = self.doc
        between = doc[end:start]
        if any("\n" in t.text for t in between) or "\n" in doc[end - 1].whitespace_:
            return False
        j = end - 1
        while j > 0 and doc[j].text in ("»", "”", '"', ")", "’"):
            j -= 1
        ends = doc[j].text in (".", "!", "?", "…", ":", "...") or doc[j].text.endswith((".", "!", "?"))
        first = doc[start].text
        return not ends or first[:1].islower() or first in (",", ";", ")", "»", "”")

    def _crosses_quote(self, a: int, b: int) -> bool:
        return any(q.start <= a and b < q.end for q in self.quotes)

    def _skipped_paragraphs(self) -> set[int]:
        skip, seen = set(), set()
        furniture = boilerplate()
        for p, (s, e) in enumerate(self.paragraphs):
            line = self.text[s:e].strip()
            key = re.sub(r"\s+", " ", fold(line))
            if key in seen or furniture.match(line) or _is_caption(line):
                skip.add(p)
            seen.add(key)
        return skip

    # -- helpers ---------------------------------------------------------------------------------------------------
    def quote_at(self, char: int) -> Quote | None:
        for q in self.quotes:
            if q.start <= char < q.end:
                return q
        return None

    def in_quote(self, tok: Token) -> bool:
        q = self.quote_at(tok.idx)
        return q is not None and q.start < tok.idx

    def unit_of(self, tok: Token) -> _Unit:
        for u in self.units:
            if u.start <= tok.i < u.end:
                return u
        return self.units[-1]

    # -- run -------------------------------------------------------------------------------------------------------
    def run(self) -> Segmentation:
        found: list[_Found] = []
        for unit in self.units:
            if unit.skip:
                continue
            found.extend(self._unit_statements(unit, found))
        found = self._said_before(found)
        found = self._continuations(found)
        found = self._colon_quotation_rows(found)
        found = self._answer_statements(found)
        found = self._hearing_answers(found)
        found = self._join_dialogue(found)
        found = self._name_colon_quotes(found)
        found = self._reply_quotes(found)
        found = [f for f in found if f.mention is None or not self._newsroom(f.mention)]
        found = [f for f in found if not self._only_asks(f)]
        found = self._nested_reports(found)
        seg = Segmentation(self.document)
        seg.unbalanced = [q for q in self.quotes if not q.balanced]
        seg.quotes = self.quotes
        seen: set[tuple[int, int]] = set()
        for f in sorted(found, key=lambda f: f.content):
            st = self._statement(f)
            if st is None or (st.start, st.end) in seen:
                continue
            seen.add((st.start, st.end))
            seg.statements.append(st)
            seg.speakers.append(f.mention)
        seg.mentions = self._all_mentions(seg.speakers)
        return seg

    def _nested_reports(self, found: list[_Found]) -> list[_Found]:
        """A saying reported inside another one's reported clause is part of what the outer speaker says, not a
        statement of its own (eval/README.md: one statement per attribution): "Le quinquagénaire assure que le
        consortium avait promis en 2023 que P" is his; "Selon Patrick Ruel, les agents … ont constaté que P" is Ruel's.
        But an outlet that relays someone's words ("Selon des propos rapportés par Radio-Canada, le conducteur a
        affirmé avoir …") gives way to the one it quotes."""
        drop: set[int] = set()
        for i, f in enumerate(found):
            if f.continuation or self.quote_at(f.frame[0]) is not None:
                continue
            for j, g in enumerate(found):
                if j == i or j in drop or g.continuation or not (
                        g.content[0] <= f.frame[0] and f.frame[1] <= g.content[1]
                        and g.content[0] <= f.content[0] and f.content[1] <= g.content[1]):
                    continue
                if g.cut is not None and g.cut[0] <= f.frame[0] < g.cut[1]:
                    continue  # (inside the incise cut out of the outer content)
                if _SENTENCE_END.search(self.text, g.content[0], f.frame[0] + 1) or \
                        _CLAUSE_BREAK.search(self.text, g.content[0], f.frame[0]):
                    continue  # an outer content run on past its sentence ("Pour elle, P : « … plateau. » La
                    # militante estime que Q") or into another clause ("P, prévient-elle, alors que le ministre a
                    # affirmé que Q", "P; les syndicats, eux, rappellent que Q"): Q's own statement
                relay = _RELAYED_WORDS.search(self.text[g.frame[0]: g.frame[1]])
                drop.add(j if relay else i)
                break
        return [f for k, f in enumerate(found) if k not in drop]

    def _colon_quotation_rows(self, found: list[_Found]) -> list[_Found]:
        """A reported clause that a colon and a quotation end ("a nié que P : « Q »", "Pour X, P : « Q »", "a nié
        avoir dévié de sa trajectoire : « … »") is two statements of the speaker: P, then the quotation that backs it
        (as eval/README.md's conventions have it since the fourteenth session)."""
        out = []
        for f in found:
            a, b = f.content
            m = None if f.cut or f.continuation else re.search(r"\s*:\s*[«“\"]", self.text[a:b])
            q = self.quote_at(a + m.end() - 1) if m else None
            head = self.text[a:a + m.start()] if m else ""
            if q is None or q.start != a + m.end() - 1 or q.end < b - 1 or self.quote_at(a) is not None \
                    or len(re.findall(r"\w+", head)) < 2:
                out.append(f)
                continue
            out.append(replace(f, content=(a, a + m.start())))
            out.append(_Found((q.start, b), None, f.cue, f.mention, f.unit, f.frame, continuation=True))
        # an incise that a colon and a quotation end: "P, affirme X : « Q »" is P, then Q as its continuation
        for f in [f for f in out if not f.continuation and f.content[1] <= f.frame[0]]:
            m = re.match(r"(?:,?\s+cité(?:e|s|es)? (?:par|dans) [^:«»“”\".;]{1,40}?)?\s*:\s*[«“\"]",
                         self.text[f.frame[1]:])  # (also "…, affirme un employé cité par Le Temps : « Q »")
            q = self.quote_at(f.frame[1] + m.end() - 1) if m else None
            if q is not None and q.start == f.frame[1] + m.end() - 1 and \
                    not any(_overlaps((q.start, q.end), g.content) for g in found):
                out.append(_Found((q.start, q.end), None, f.cue, f.mention, f.unit, f.frame, continuation=True))
        return out

    def _join_dialogue(self, found: list[_Found]) -> list[_Found]:
        """A dialogue line's words on both sides of its attribution are one statement, as with one quotation around
        an incise: "— Vous mentez, rétorque la procureure. Ce tampon …" -> "Vous mentez Ce tampon …"."""
        out = sorted(found, key=lambda f: f.content)
        for k in range(len(out) - 1, 0, -1):
            f, g = out[k - 1], out[k]
            q1, q2 = self.quote_at(f.content[0]), self.quote_at(g.content[0])
            if g.continuation and q1 is not None and q2 is not None and q1.mark == q2.mark == "—" and q1 is not q2 \
                    and f.cut is None and self._paragraph_of(q1.start) == self._paragraph_of(q2.start) \
                    and f.content[1] <= q1.end:
                out[k - 1] = replace(f, content=(f.content[0], g.content[1]), cut=(f.content[1], g.content[0]))
                del out[k]
        return out

    def _name_colon_quotes(self, found: list[_Found]) -> list[_Found]:
        """ "Hélène Vignal : « À 1 200 mètres, on ne peut plus fabriquer de neige »" (a headline, a line of a live
        report): a person's name, a colon and a quotation that is the rest of the line; also with a title after the
        name ("Kevin Marchal, chef de file Ecolo à Waremme : « … »"). The name must open with a first name ("Gaza :
        « … »" is a rubric, not a speaker)."""
        names = first_names()
        out = list(found)
        for p, (s, e) in enumerate(self.paragraphs):
            m = SPEAKER_LABEL.match(self.text[s:e]) or TITLED_LABEL.match(self.text[s:e])
            titled, rubric = None, False
            words = m.group(1).split() if m else []
            if m and 2 <= len(words) <= 6 and fold(words[0]) in ("le", "la", "l'") and getattr(
                    titles().get(fold(words[1])), "kind", None) in ("person", "office") and not any(
                        w[:1].isdigit() for w in words):
                # "Le préfet de Guadeloupe : “Les écoles du Moule rouvriront lundi”": a title, a colon, a
                # quotation that is the rest of the line
                titled = m
            elif p == 0 and (not m or fold(m.group(1).split()[0]).split("-")[0] not in names):
                # a headline's rubric, then the speaker: "Mines d'or au Mali – Sidiki Dembélé : « … »", "DIRECT. Crues
                # dans le Var, le préfet : « … »" (also where the rubric looked like a titled label: "Recomptage à
                # Perpignan, Hélène Sabatier : « … »")
                headline = _HEADLINE_LABEL.match(self.text[s:e])
                words = headline.group(1).split() if headline else []
                if headline and fold(words[0]) in ("le", "la", "l'"):
                    title = titles().get(fold(" ".join(words[1:])))
                    if title is None or title.kind not in ("person", "office"):
                        continue
                    titled = headline
                rubric = headline is not None  # (after a rubric, a name need not open with a known first name)
                m = headline or m
            if not m or m.start(1) + s in self.answer_speaker.values():
                continue
            words = m.group(1).split()
            if titled is None and (not 2 <= len(words) <= 4 or fold(words[0]).split("-")[0] not in names
                                   and not rubric):
                continue
            rest = s + m.end()
            q = self.quote_at(rest)
            if q is None or q.start != rest or self.text[q.end:e].strip(" .") or any(
                    _overlaps(f.content, (q.start, q.end)) for f in found):
                continue
            if titled is not None:
                span = self.doc.char_span(s + m.start(1), s + m.end(1), alignment_mode="expand")
                head = next((t for t in span if getattr(titles().get(fold(t.text)), "kind", None) in (
                    "person", "office")), span[-1]) if span is not None and len(span) else None
                speaker = self._mention(head, self.unit_of(head), subject=True) if head is not None else None
                if speaker is not None and speaker.role_kind in ("person", "office"):
                    out.append(self._labelled(q.start, q.end, speaker))
                continue
            speaker = self._label_mention(s + m.start(1), s + m.end(1))
            if speaker is not None and speaker.kind == "name":
                out.append(self._labelled(q.start, q.end, speaker))
        return out

    def _only_asks(self, f: _Found) -> bool:
        """ "« Et la nuit, on fera comment ? », s'inquiète Gérard": words that only ask (one sentence ending with "?")
        state nothing (eval/README.md); "A. Qu'est-ce que je lui dis, maintenant ?" states A."""
        a, b = f.content
        words = self.text[a:b] if f.cut is None else self.text[a:f.cut[0]] + " " + self.text[f.cut[1]:b]
        words = words.strip().rstrip("»”\" \u00a0\u202f")
        return words.endswith("?") and not re.search(r"[.!…;:]\s", words) and "?" not in words[:-1]

    def _reply_quotes(self, found: list[_Found]) -> list[_Found]:
        """ "Réponse du ministre : « … »", "Réplique de la présidente : « … »": the quotation is the reply of the one
        named (cue répondre / répliquer), not a continuation of the speaker before."""
        out = list(found)
        for m in _REPLY_LABEL.finditer(self.text):
            q = self.quote_at(m.end() - 1)
            if q is None or q.start != m.end() - 1 or self.quote_at(m.start()) is not None:
                continue
            comma = m.group(2).find(",")  # "Réponse du recteur, quelques heures plus tard, lors d'un point presse :"
            stop = m.start(2) + comma if comma > 0 and not _first_name(m.group(2)[comma + 1:].strip().split(" ")[0]) \
                else m.end(2)
            if comma > 0 and stop == m.end(2) and "," in m.group(2)[comma + 1:]:
                # "Réponse de la maire du Moule, Josette Ramassamy, quelques heures plus tard :": the title and the
                # name
                stop = m.start(2) + comma + 1 + m.group(2)[comma + 1:].find(",")
            begin = m.start(2)
            voice = _BY_THE_VOICE.search(m.group(2))
            if voice is not None:
                # "Réponse de la direction, par la voix de son directeur délégué, Laurent Cassagne : « … »": the
                # person who speaks for it
                begin, stop = m.start(2) + voice.end(), m.end(2)
            span = self.doc.char_span(begin, stop, alignment_mode="expand")
            head = next((t for t in reversed(span) if t.pos_ in ("NOUN", "PROPN")), None) if span else None
            if head is None:
                continue
            unit = self.unit_of(head)
            mention = self._mention(head, unit, subject=True)
            if mention is None or not _speaks(mention):
                continue
            link = fold(self.text[m.end(1): m.start(2)]).split()
            article = {"du": "le ", "des": "les ", "la": "la ", "l'": "l'"}.get(link[-1] if link else "", "")
            if mention.kind != "name" and article and mention.descriptor and mention.text == mention.descriptor and \
                    not _DETERMINER_START.match(mention.text):
                # "du ministre" -> "le ministre": a definite description, resolved as such
                mention = replace(mention, text=article + mention.text, descriptor=article + mention.descriptor,
                                  kind="anaphor" if mention.kind == "indefinite" else mention.kind)
            out = [f for f in out if not _overlaps(f.content, (q.start, q.end))]
            cue = "repliquer" if fold(m.group(1)).startswith("repli") else "repondre"
            out.append(_Found((q.start, q.end), None, cue, mention, unit.index, (m.start(), m.end(2))))
        return out

    def _label_mention(self, start: int, end: int) -> Mention | None:
        """The speaker a label names ("Hélène Vignal", "VIGNAL"), from its first capitalised word."""
        label = self.doc.char_span(start, end, alignment_mode="expand")
        head = next((t for t in label if t.text[:1].isupper() and t.pos_ != "DET"), None) if label else None
        return self._mention(head, self.unit_of(head), subject=True) if head is not None else None

    def _labelled(self, start: int, end: int, speaker: Mention) -> _Found:
        unit = self.unit_of(self.doc.char_span(start, end, alignment_mode="expand")[0])
        return _Found((start, end), None, None, speaker, unit.index, (speaker.start, speaker.end))

    def _hearing_answers(self, found: list[_Found]) -> list[_Found]:
        """Dialogue dashes outside an interview (a hearing, a press conference): a line with no attribution of its own
        right after a question line answers it, in the words of whoever answered the question before ("— 1 150 euros,
        répond Inès Haddad." … "— Que dit le bail ?" "— Il mentionne 890 euros de loyer."). A paragraph of narrative
        ends the exchange."""
        if self.answers:
            return found  # an interview: its answers are read already
        out = list(found)
        answerer: Mention | None = None
        after_question = False
        narrated: Mention | None = None  # the last person quoted in the narrative paragraph before the exchange
        for p, (s, e) in enumerate(self.paragraphs):
            m = DIALOGUE_DASH.match(self.text[s:e])
            if not m or p in self.skipped:
                answerer, after_question = None, False
                here = [f for f in found if s <= f.content[0] < e and f.mention is not None]
                narrated = here[-1].mention if here and here[-1].mention.kind in ("name", "pronoun", "anaphor") \
                    and not here[-1].mention.plural else None
                continue
            line = self.text[s:e].strip()
            here = [f for f in found if s <= f.content[0] < e and f.mention is not None]
            if line.endswith("?") or ("?" in line and not here):
                if answerer is None and not after_question and narrated is not None:
                    # "Invité de RTL, … « … », a-t-il déclaré. — Saviez-vous … ? — Non, jamais.": the exchange is
                    # with the person the article just quoted
                    answerer = narrated
                narrated = None
                after_question = True
                continue
            if here:
                if after_question:
                    answerer = here[-1].mention
            elif after_question and answerer is not None:
                answer = self._answer(s + m.end(), e)
                if answer is not None:
                    out.append(self._labelled(answer.inner_start, answer.inner_end, answerer))
            after_question = False
        return out

    def _answer_statements(self, found: list[_Found]) -> list[_Found]:
        """Each interview answer not already read as a statement is one, of the interviewee."""
        if not self.answers:
            return found
        who = None if self.answer_speaker else self._interviewee()
        if who is not None and self.question_paragraphs:
            # "— Je n'ai jamais pris de produit dopant, a martelé le troisième-ligne. — Quel complément ? — …": the one
            # who speaks on the dialogue line right before the first question answers them, not the last person the
            # introduction names ("aux côtés de son avocate, Me Claire Duvignau")
            first = min(self.question_paragraphs)
            opening = [f for f in found if f.mention is not None and not f.continuation
                       and self.units[f.unit].paragraph == first - 1
                       and DIALOGUE_DASH.match(self.text[slice(*self.paragraphs[first - 1])])]
            if opening:
                who = opening[-1].mention
            # "— Tout a été versé, assure-t-il." in an interview's answer line: "il" is the interviewee, not the one a
            # question cited last
            found = [replace(f, mention=who) if f.mention is not None and f.mention.kind == "pronoun"
                     and fold(f.mention.text) in ("il", "elle") and self.units[f.unit].paragraph > first
                     and self.units[f.unit].paragraph not in self.question_paragraphs
                     and DIALOGUE_DASH.match(self.text[slice(*self.paragraphs[self.units[f.unit].paragraph])])
                     else f for f in found]
        out = list(found)
        for q in self.answers:
            if any(_overlaps(f.content, (q.inner_start, q.inner_end)) for f in found):
                continue
            speaker = who
            if q.inner_start in self.answer_speaker:  # a transcript's label: "VIGNAL : …"
                speaker = self._label_mention(self.answer_speaker[q.inner_start], q.inner_start)
            if speaker is not None:
                out.append(self._labelled(q.inner_start, q.inner_end, speaker))
        return out

    def _unit_statements(self, unit: _Unit, earlier: list[_Found]) -> list[_Found]:
        out: list[_Found] = []
        toks = self.doc[unit.start: unit.end]
        for tok in toks:
            lemma = cue_lemma(tok, colon=True)
            if lemma is None or _is_negated(tok):
                continue
            if "Inf" in tok.morph.get("VerbForm") and tok.i > unit.start and (
                    fold(self.doc[tok.i - 1].text) in ("a", "à") and self.doc[tok.i - 1].pos_ == "ADP"
                    and not (tok.i - 2 >= unit.start and (self.doc[tok.i - 2].lemma_ == "tenir"
                                                          or fold(self.doc[tok.i - 2].text) in _LIGHT_PARTICIPLES))
                    or tok.i - 1 > unit.start and fold(self.doc[tok.i - 1].text) == "en"
                    and fold(self.doc[tok.i - 2].text) == "a"):
                continue  # "aucune victime n'était à déplorer", "reste à préciser", "à en juger par": not a saying
                # (but "a tenu à préciser que P" is one, and "s'est borné à indiquer que P")
            auxes = [fold(a.text) for a in self._auxiliaries(tok)]
            if lemma in _REFLEXIVE_NOT_SAYING and {"s'", "se"} & set(auxes) and not (
                    lemma == "reprendre" and re.match(r"\s*:\s*[«“\"]", self.text[tok.idx + len(tok.text):])):
                continue  # "les discussions se poursuivront", "la saison s'annonce difficile": no saying (but
                # "avant de se reprendre : « … »" corrects what was said)
            if lemma == "expliquer" and {"s'", "se"} & set(auxes) and any(
                    fold(t.text) == "par" for t in _following_words(tok, 2)):
                continue  # "les retards s'expliquent (notamment) par des impayés : « … »": a cause, not a saying
            if lemma == "montrer" and not {"s'", "se"} & set(auxes):
                continue  # "X s'est montré prudent : « … »" speaks; "les images montrent le camion : « … »" do not
            if "Part" in tok.morph.get("VerbForm") and not {"s'", "se"} & set(auxes) and set(auxes) & _ETRE_FORMS \
                    and not any(c.dep_ in SUBJECT_DEPS and fold(c.text) in ("il", "-il") for c in tok.children):
                # être makes a reporting verb passive (only the reflexive "s'est dit" is not): "est proclamé élu
                # président", "aucun accord n'avait été conclu", "le fabricant avait été informé « dès la fin
                # septembre »": an event, not a saying (but "il a été annoncé que P" is one)
                continue
            if tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN") and \
                    "Part" in tok.morph.get("VerbForm") and "Past" in tok.morph.get("Tense") and \
                    not self._auxiliaries(tok) and not _present_tense(tok, lemma) and not _after_quote_comma(tok):
                continue  # "les déclarations faites", "la ville annoncée": a participle describing a noun (not "…
                # ici », prédit(acl) Didier": right after a quotation's comma, an incise's present tense)
            f = self._cue_statement(tok, lemma, unit, out)
            if f is not None:
                out.append(f)
        for f in self._selon(unit):
            if any(_overlaps(f.frame, g.content) and g.content[0] <= f.frame[0] for g in out):
                continue
            if any(g.mention is not None and not g.continuation and f.content[0] <= min(g.frame[0], g.content[0])
                   and g.content[1] <= f.frame[0] for g in out):
                continue  # "X aurait affirmé que P, selon plusieurs témoins": X's words, which the witnesses relay
            out.append(f)
        out += self._relative_source(unit, out)
        out += [f for f in self._selon_relative(unit) if not any(_overlaps(f.content, g.content) for g in out)]
        out = self._colon_across(unit, out)
        return out

    def _selon_relative(self, unit: _Unit) -> list[_Found]:
        """ "…, cite une étude de Météo-France selon laquelle P", "Une affirmation que réfute la préfecture, selon
        laquelle P": P is the source's (a document's author, as "selon l'étude de Météo-France" is); not a claim's
        noun ("l'information selon laquelle P" is what someone denies)."""
        doc = self.doc
        out = []
        for k in range(unit.start + 1, unit.end - 2):
            if fold(doc[k].text) != "selon" or fold(doc[k + 1].text) not in ("lequel", "laquelle", "lesquels",
                                                                             "lesquelles") or self.in_quote(doc[k]):
                continue
            j = k - 1 - (doc[k - 1].text == ",")
            while j >= unit.start and not self.in_quote(doc[j]) and (
                    doc[j].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or doc[j].text in ("-", "'", "’")
                    or fold(doc[j].text) in ("de", "du", "des", "d'")):
                j -= 1
            np_start = j + 1
            while np_start < k and fold(doc[np_start].text) in ("de", "du", "des", "d'"):
                np_start += 1
            nouns = [t for t in doc[np_start: k] if t.pos_ in ("NOUN", "PROPN")]
            if not nouns or fold(nouns[0].text) in _CLAIM_NOUNS:
                continue
            source = self._selon_source("selon", np_start - 1, np_start, unit)
            if source is None or not _speaks(source[0]):
                continue
            content = self._span_words(k + 2, unit.end)
            if content is None or not self._says_something(*content, cut=None, finite=True):
                continue
            frame = (doc[np_start].idx, doc[k + 1].idx + len(doc[k + 1].text))
            out.append(_Found(content, None, "selon", source[0], unit.index, frame))
        return out

    def _relative_source(self, unit: _Unit, found: list[_Found]) -> list[_Found]:
        """ "…, a rétorqué le porte-parole, Serge Tshibangu Omari, pour qui « l'alarmisme fait plus de dégâts »",
        "…, a poursuivi ce diplomate, selon qui P": what follows the relative is the same speaker's second statement."""
        doc = self.doc
        out = []
        for f in found:
            if f.mention is None or f.frame[1] < f.mention.end:
                continue
            m = re.match(r"\s*,\s*(?:selon|pour) qui\s", self.text[f.mention.end:])
            if m is None:
                continue
            k = self._token_at_or_before(f.mention.end + m.end() - 1) + 1
            if k >= unit.end or any(_overlaps((doc[k].idx, doc[k].idx + 1), g.content) for g in found):
                continue
            content = self._clause(k, unit)
            if content is not None and self._says_something(*content, finite=True):
                out.append(_Found(content, None, "selon", f.mention, unit.index,
                                  (f.mention.end, doc[k].idx)))
        for c in range(unit.start + 1, unit.end - 3):
            # "Un point confirmé à l'audience par le commandant Ramette, selon qui P": a person no statement names
            if doc[c].text != "," or fold(doc[c + 1].text) not in ("selon", "pour") or fold(doc[c + 2].text) != "qui":
                continue
            k = c + 3
            if any(_overlaps((doc[k].idx, doc[k].idx + 1), g.content) or g.frame[0] <= doc[c].idx < g.frame[1]
                   for g in found + out):
                continue
            head = self._noun_before(c + 1, unit)
            mention = self._mention(head, unit, subject=False, until=c) if head is not None else None
            first = self._token_at_or_before(mention.start) + 1 if mention is not None else None
            if mention is not None and mention.kind == "indefinite" and mention.role and first is not None and \
                    first > unit.start and fold(doc[first - 1].text) in ("du", "au"):
                # "celle du président du syndicat, pour qui P": "du" is "de le", a definite title
                mention = replace(mention, kind="anaphor", text="le " + mention.text,
                                  descriptor="le " + (mention.descriptor or mention.text))
            if mention is None or mention.kind not in ("name", "anaphor", "org") or self.in_quote(head):
                continue
            content = self._clause(k, unit)
            if content is not None and self._says_something(*content, finite=True):
                out.append(_Found(content, None, "selon", mention, unit.index, (mention.start, doc[k].idx)))
        return out

    # -- one reporting verb ----------------------------------------------------------------------------------------
    def _cue_statement(self, verb: Token, lemma: str, unit: _Unit, same_unit: list[_Found]) -> _Found | None:
        doc = self.doc
        auxes = self._auxiliaries(verb)
        group_start = min([verb.i] + [a.i for a in auxes])
        clitic = self._clitic(verb, auxes)
        group_end = max(verb.i, clitic.i if clitic is not None else verb.i) + 1
        if " " in lemma:  # "fait valoir", "a mis en garde", "fait également valoir"
            group_end = max(group_end, _following_words(verb)[len(lemma.split()) - 2].i + 1)
        verbform = verb.morph.get("VerbForm")
        only_on = reporting_verbs().get(lemma) == "on"
        only_colon = reporting_verbs().get(lemma) == "colon"

        in_quote = self.in_quote(verb)
        prev = self._prev_word(group_start, unit)
        if prev is not None and fold(prev.text) in ("nous", "vous", "lui", "leur", "me", "m'") and \
                prev.i - 1 >= unit.start and doc[prev.i - 1].text in (",", "»", "”", '"') and (
                    not in_quote or fold(prev.text) in ("lui", "leur")):  # (also "« A, lui rétorque X. B »")
            # "« … », nous confie Élodie Varenne": an object pronoun before the incise's verb
            group_start = prev.i
            prev = doc[prev.i - 1]
        if prev is not None and fold(prev.text) in ("l'", "le") and prev.i - 1 >= unit.start \
                and fold(self.doc[prev.i - 1].text) == "comme" and not in_quote:
            return self._comme_statement(verb, lemma, group_start, group_end, unit)
        gerund = ("Part" in verbform and "Pres" in verb.morph.get("Tense")) or (
            "Inf" in verbform and fold(verb.text).endswith(("r", "re"))) or fold(verb.text).endswith("ant")
        # (not "…, rétorque(Inf) le directeur": the tagger's infinitive after "peut … tant qu'elle veut")
        inverted = clitic is not None or (not gerund and prev is not None and prev.text in (",", "»", "”", '"')
                                          and self._subject_follows(group_end, unit)
                                          and not (prev.text == "," and self._closes_relative(prev.i, unit))
                                          and not self._quoted_adverb(prev) and not self._nickname(prev)
                                          and not (prev.text == "," and self._apposed_subject(verb, prev))
                                          and not (prev.text == "," and prev.i - 1 >= unit.start
                                                   and doc[prev.i - 1].text not in QUOTE_CHARS
                                                   and self._thing_after(group_end, unit)))
        # (the last: "L'adjoint, qui siège … comme vice-président, conteste cette version.": its object, no incise)
        if in_quote and not (inverted and prev is not None and prev.text == ","):
            return None  # a verb inside somebody's quotation is their words, not an attribution
        if only_on and not (clitic is not None and fold(clitic.text).endswith("on")):
            return None
        if inverted and only_colon:
            return None  # "« … », publié mardi": a participle, hardly an incise
        if not inverted and reporting_verbs().get(lemma) == "quote":
            return None  # "« … », a requis le procureur" is his statement; "Il a requis : « Trois ans ferme »" is not

        if inverted:
            mention, speaker_end = self._inverted_speaker(verb, clitic, group_end, unit)
            if clitic is None and reporting_verbs().get(lemma) == "de" and mention is not None and \
                    speaker_end < unit.end and fold(doc[speaker_end].text) in ("de", "d'"):
                inverted = False  # "…, a accusé Jean-Marc Larrieu d'avoir distribué …": the object, not a subject
            elif clitic is None and mention is not None and speaker_end < unit.end and prev is not None and \
                    prev.text == "," and not doc[speaker_end].is_punct and any(
                        c.dep_ in SUBJECT_DEPS and c.i < prev.i and c.pos_ in ("NOUN", "PROPN")
                        and not self.in_quote(c) and not any(
                            x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") or x.text in QUOTE_CHARS
                            for x in doc[c.i: prev.i]) for c in verb.children):
                inverted = False  # "que la Norvège(nsubj), membre de l'EEE, jugeait la mesure contraire à l'accord":
                # the subject stands before an aside; what follows the verb is its object, and the phrase goes on
        if inverted:
            if mention is None or in_quote and clitic is None and not _speaks(mention):
                return None  # (inside a quotation, "…, 17 heures, annonçait un degré 4": the speaker's words)
            if clitic is None and mention.kind == "unknown" and not mention.role and not mention.name and \
                    _possessive_text(mention.text) and not any(q.start < doc[group_start].idx < q.end + 3
                                                               for q in self.quotes):
                return None  # "Yanis B., …, celui qui passait les appels, minimise son rôle": its object (not
                # "« … », a répliqué aussitôt son adversaire")
            if clitic is None and reporting_verbs().get(lemma) == "quote" and not (
                    mention.kind in ("name", "pronoun") or mention.role_kind in ("person", "office", "org", "source")):
                return None  # "Interrogé par L'Équipe, le directeur …, Stéphane Morvan, a balayé ces soupçons": its
                # object, no incise
            content = self._content_before(group_start, unit, same_unit)
            if content is None:
                return None
            # an incise: "« Nous sommes, a-t-il dit, prêts »" / "La guerre, a estimé le ministre, est finie."
            rest = self._incise_rest(speaker_end, unit, content)
            cut = None
            if rest is not None:
                cut = (content[1], rest[0])
                content = (content[0], rest[1])
            if not self._says_something(*content, cut=cut) or cut is None and self._appraisal(*content):
                return None
            if clitic is None and not _speaks(mention) and not self._says_something(*content, cut=cut, finite=True):
                return None  # "Le ministre, ému, a salué la mémoire des victimes": an object, not a speaker
            frame = (doc[group_start].idx, doc[speaker_end - 1].idx + len(doc[speaker_end - 1]))
            return _Found(content, cut, lemma, self._ordinal_referent(mention, unit), unit.index, frame)

        conj = group_start - 1
        while conj > unit.start and (self.doc[conj].is_space or self.doc[conj].pos_ in ("ADV", "AUX")
                                     and fold(self.doc[conj].text) not in NEGATORS):
            conj -= 1
        if conj >= unit.start and fold(self.doc[conj].text) in ("et", "mais") and same_unit and \
                getattr(self._coordinated_cue(conj + 1, unit), "i", None) == verb.i:
            mention = same_unit[-1].mention  # "X a estimé que P et a regretté que Q": the same speaker
        elif (gerund and "Inf" not in verbform) or self._after_avant_de(verb):
            mention = self._frame_speaker(verb, unit, same_unit)
        elif self._relative_subject(verb) is not None:
            mention = self._relative_speaker(verb, unit)
        elif verb.dep_ in ("acl", "acl:relcl") and prev is not None and fold(prev.text) in ("que", "qu'") and \
                verb.head.pos_ == "NOUN" and verb.head.i < verb.i and titles().get(fold(verb.head.text)) is None and (
                    inverted_subject := next((c for c in verb.children if (c.dep_ in SUBJECT_DEPS or c.dep_ == "obj"
                                                                           and _speaks_word(c)) and c.i > verb.i
                                              and c.pos_ in ("NOUN", "PROPN")), None)) is not None and \
                (mention := self._mention(inverted_subject, unit, subject=True, after=group_end)) is not None:
            # "Une estimation que rejette Réjean Gagné : « … »": the relative's inverted subject says the quotation
            # after the colon (eval/README.md: "Une version que réfute X : « … »" is X's)
            group_end = next((t.i for t in doc[inverted_subject.i: unit.end] if t.idx >= mention.end), unit.end)
            colon = next((c for c in range(group_end + 1, min(group_end + 12, unit.end)) if doc[c].text == ":"), None)
            if group_end < unit.end and doc[group_end].text == "," and colon is not None and \
                    self._participle_aside(group_end + 1, colon - 1) and not any(
                        "Fin" in t.morph.get("VerbForm") or self.in_quote(t) for t in doc[group_end + 1: colon]):
                group_end = colon  # "Une version que conteste le maire, Didier Lemaître, assis au fond de la salle :
                # « … »": past the participle's aside
            if not (group_end + 1 < unit.end and doc[group_end].text == ":" and doc[group_end + 1].text in OPENERS):
                return None  # (not "Un chiffre que conteste l'Union … : selon son secrétaire général, X, P": X's)
        else:
            subj = self._left_subject(verb) or self._noun_before(group_start, unit)
            if subj is not None and subj.i + 1 < group_start and (
                    fold(subj.text) in _ASKED and fold(doc[subj.i + 1].text) in ("par", "au", ",")
                    or fold(subj.text) == "cote" and any(t.text == "," for t in doc[subj.i + 1: group_start])):
                # the parser's subject opens a fronted phrase: "Joint(PROPN) par téléphone, M. Lavaud-Sicre a
                # assuré", "Côté(nsubj) partie civile, Me Bauduin a rappelé"; the subject is the noun before the verb
                subj = self._noun_before(group_start, unit)
            elif subj is not None and subj.i + 1 < group_start and any(
                    c.dep_ == "case" and c.i < subj.i and fold(c.text) not in ("de", "d'", "du", "des")
                    for c in subj.children):
                # "Sur LinkedIn(nsubj), le fondateur(appos) affirme": a fronted circumstance the parser took for the
                # subject; the phrase after its comma is the subject
                subj = next((c for c in subj.children if c.dep_ == "appos" and c.i < group_start), None) or \
                    self._noun_before(group_start, unit) or subj
            if subj is not None and subj.i - 1 > unit.start and fold(doc[subj.i - 1].text) == "a" and \
                    subj.text[:1].isupper():
                posted = next((doc[k] for k in range(subj.i - 2, max(unit.start, subj.i - 6) - 1, -1)
                               if fold(doc[k].text) in _POSTED), None)
                if posted is not None and all(x.pos_ in ("ADP", "DET", "PROPN", "NOUN", "ADJ") or x.text in ("'", "’")
                                              for x in doc[posted.i + 1: subj.i - 1]):
                    subj = posted  # "L'ambassade d'Allemagne à Rabat(dep) a fait savoir": the embassy, not its city
            colon = next((k for k in range(group_start - 1, subj.i, -1) if doc[k].text == ":" and not self.in_quote(
                doc[k])), None) if subj is not None else None
            if colon is not None:
                # "Pollution du Rhin(nsubj): Bâle-Ville affirme …": a rubric before the colon, the subject after it
                subj = next((t for t in doc[colon + 1: group_start] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
            if subj is not None and subj.i - 1 > unit.start and self.doc[subj.i - 1].text == "," and \
                    self._participle_aside(subj.i, group_start - 1):
                subj = self._noun_before(group_start, unit) or subj  # the parser's subject "saisie" of "La
                # commission, saisie lundi par la liste, a indiqué": the noun before the aside
            elif subj is not None and subj.pos_ != "PROPN" and group_start - 2 >= unit.start and \
                    self.doc[group_start - 1].text == "," and not any(
                        c.dep_ in ("appos", "flat:name") and c.pos_ == "PROPN" and subj.i < c.i < group_start
                        and (_first_name(c.text) or fold(doc[c.i - 1].text) in HONORIFICS) for c in subj.children):
                # (not when the parser's subject is itself named: "Le représentant de l'OMS au Cameroun, le Dr(nsubj)
                # Moussa(appos) Keïta, estime")
                # "Julie, 41 ans, infirmière, raconte": the parser's subject "ans" is in an aside after the name
                name = self._name_before_aside(group_start - 2, unit)
                if name is not None and name.i < subj.i:
                    subj = name
                elif fold(subj.text) == "ans" and any(c.like_num and c.i == subj.i - 1 for c in subj.children) and \
                        subj.i - 3 >= unit.start and doc[subj.i - 2].text == "," and \
                        doc[subj.i - 3].pos_ in ("NOUN", "ADJ") and doc[subj.i - 3].text.islower():
                    # "L'ancien industriel(ADJ), 61 ans(nsubj), président de …, jure que P": the age is an aside of
                    # the description before it
                    subj = doc[subj.i - 3]
            dashed = self._dash_aside_subject(group_start, unit) if subj is None or subj.i < group_start else None
            if dashed is not None and (subj is None or subj.i > dashed.i or doc[subj.i - 1].text in _DASHES):
                subj = dashed  # "Le maire – Gilles Wiltzer, puisque c'est lui qui a signé la convention – fait
                # remarquer": not a noun inside the aside between dashes
            opening = self._relative_opening(group_start - 1, unit) \
                if group_start - 1 > unit.start and doc[group_start - 1].text == "," else None
            if subj is not None and opening is not None and subj.i > opening:
                # "Le directeur, qui affirmait que « rien ne laissait prévoir » la défaillance(nsubj), reconnaît": the
                # parser's subject is inside the relative clause; the noun before it is the verb's
                subj = self._noun_before(group_start, unit) or subj
            if group_start - 1 >= unit.start and doc[group_start - 1].pos_ == "PRON" and \
                    fold(doc[group_start - 1].text) == "on" and (subj is None or subj.i < group_start - 1):
                subj = doc[group_start - 1]  # "…, on fait(dep) valoir que": "on" right before the verb is its subject
            if subj is None and group_start - 1 >= unit.start and doc[group_start - 1].pos_ == "PRON" and \
                    fold(doc[group_start - 1].text) in ("il", "elle", "ils", "elles"):
                subj = doc[group_start - 1]  # a sentence the parser broke: "Il dément(ADV) par ailleurs que …"
            if subj is not None and fold(subj.text) == "il" and (
                    "Pass" in verb.morph.get("Voice") and not any(fold(a.text) in _AVOIR_FORMS for a in auxes)
                    or any(fold(a.text) == "ete" for a in auxes)):  # (not "Il a(AUX) également assuré(Pass)")
                return None  # "Il a été annoncé que …": said by nobody in particular
            mention = self._mention(subj, unit, subject=True, until=group_start) if subj is not None else None
            if mention is not None and mention.kind == "anaphor" and mention.name is None:
                mention = self._named_past_relative(mention, group_start, unit) or mention
            if subj is not None and fold(subj.text) == "on":
                mention = self._on_place(unit) or mention  # "À Matignon, on assure que P"
        voice = self._by_the_voice(group_end, unit)
        if voice is not None:
            # "L'entreprise a fait savoir, par la voix de son porte-parole, Marc Girard, que P": the named person
            # speaks for it (an unnamed spokesperson leaves the words to the body)
            group_end = voice[1]
            mention = voice[0] or mention
        elif mention is not None and mention.kind != "name" and mention.start > doc[unit.start].idx and \
                _BY_THE_VOICE.match(self.text, doc[unit.start].idx):
            # fronted: "Par la voix de son porte-parole, Benoît Collignon, la compagnie fait valoir que P"
            stop = next((t.i for t in doc[unit.start: group_start] if t.idx >= mention.start), group_start)
            mention = self._voice_named(unit.start, stop, unit) or mention
        elif mention is not None and mention.kind != "name" and (aside := next(
                (t.i for t in doc[unit.start: group_start] if t.idx >= mention.end and doc[t.i - 1].text == ","
                 and _BY_THE_VOICE.match(self.text, t.idx)), None)) is not None:
            # between the subject and its verb: "La police neuchâteloise, par la voix de son porte-parole, Georges
            # Amstutz, indique que P"
            mention = self._voice_named(aside, group_start, unit) or mention
        if only_colon:
            content = self._colon_content(group_end, unit)
        else:
            content = self._content_after(verb, group_end, unit)
            if content is None and mention is not None and all(t.is_punct or t.is_space for t in doc[group_end:
                                                                                                   unit.end]):
                # "« Nous n'avons reçu aucune offre », le président du club dément": a headline's quotation, then
                # its speaker and the verb
                content = next(((q.start, q.end) for q in self.quotes if doc[unit.start].idx <= q.start
                                and re.fullmatch(r"\s*,\s*", self.text[q.end: mention.start])
                                and (_RUBRIC.fullmatch(self.text[doc[unit.start].idx: q.start])
                                     or not self.text[doc[unit.start].idx: q.start].strip())), None)
                # (the quotation opens the sentence, or follows a headline's rubric: not "le syndicat parle d'un
                # « mois d'enfer », la direction minimise")
        if content is None or self._intention(content):
            return None
        if mention is None:
            mention = self._frame_speaker(verb, unit, same_unit)
            if mention is not None and mention.kind == "pronoun" and fold(mention.text) == "on":
                mention = self._on_place(unit) or mention  # "Au cabinet de M. Ouellet, on fait(dep) valoir que P"
        if mention is None:
            return None
        mention = self._with_place_list(mention)
        frame = (min(mention.start, doc[group_start].idx), doc[group_end - 1].idx + len(doc[group_end - 1]))
        return _Found(content, None, lemma, self._ordinal_referent(mention, unit), unit.index, frame)

    def _ordinal_referent(self, mention: Mention, unit: _Unit) -> Mention:
        """ "Léa Mottier, …, et Pierre-Alain Gaudard, … ne s'accordent sur rien. La première affirme …, le second
        assure …": "le premier / la première" is the first of the people named just before (in this sentence or the one
        before it in the paragraph), "le second / la seconde / le deuxième" the second; else the mention as it is."""
        n = _ORDINALS.get(fold(mention.text))
        if n is None:
            return mention
        doc = self.doc
        units = [u for u in self.units[max(0, unit.index - 3): unit.index + 1] if u.paragraph == unit.paragraph]
        names = []
        for u in units:
            for t in doc[u.start: u.end]:
                if t.idx >= mention.start:
                    break
                prev = doc[t.i - 1] if t.i > u.start else None
                if t.text[:1].isupper() and t.i + 1 < u.end and doc[t.i + 1].text[:1].isupper() and (
                        _first_name(t.text) or t.pos_ in ("PROPN", "NOUN") and not _is_acronym(t.text)
                        and doc[t.i + 1].pos_ == "PROPN" and (t.pos_ == "PROPN" or doc[t.i + 1].dep_ == "flat:name")
                        and (prev is None or prev.pos_ not in ("DET", "ADP"))) \
                        and not self.in_quote(t) and not (prev is not None and prev.text[:1].isupper()
                                                          and prev.pos_ in ("PROPN", "NOUN", "X")):
                    names.append((t, u))  # a first name, or a proper noun opening a run of them not after "de la"
        if len(names) < 2 or n >= len(names):
            return mention
        t, u = names[n]
        gender = first_name_gender().get(fold(t.text).split("-")[0])
        if mention.gender and gender and mention.gender != gender:
            return mention
        named = self._mention(t, u, subject=False)
        if named is None or not named.name:
            run = [t]  # the name's own words ("Salvatore Pirotta", whatever the parser hung on it)
            while run[-1].i + 1 < u.end and (doc[run[-1].i + 1].text[:1].isupper() or doc[run[-1].i + 1].text == "-"):
                run.append(doc[run[-1].i + 1])
            named = self._describe(run, u, subject=True)
            if not named.name:
                return mention
        return replace(named, subject=True, unit=unit.index)  # (salient where "la première" speaks)

    def _intention(self, content: tuple[int, int]) -> bool:
        """Does the content open with a verb of intention and its infinitive ("a dit vouloir réinviter X", "a annoncé
        souhaiter …")? An intention, not a statement (eval/README.md's conventions)."""
        span = self.doc.char_span(*content, alignment_mode="expand")
        words = [t for t in span if not t.is_space and not t.is_punct] if span is not None else []
        return len(words) >= 2 and "Inf" in words[0].morph.get("VerbForm") and fold(words[0].lemma_) in _INTENTIONS \
            and ("Inf" in words[1].morph.get("VerbForm") or len(words) >= 3 and words[1].pos_ == "PRON"
                 and "Inf" in words[2].morph.get("VerbForm"))

    def _nickname(self, prev: Token) -> bool:
        """Does ``prev`` (a comma or a closing mark) end a nickname set off by commas ("Yanis Benhamou, dit « le Bison
        », promettait …"), no quotation an incise could follow?"""
        close = self.doc[prev.i - 1] if prev.text == "," and prev.i > 0 else prev
        q = self.quote_at(close.idx) if close.text in QUOTE_CHARS else None
        if q is not None and prev is close and self._body_name_quote(q):
            return True  # "Le comité référendaire «Stop au bétonnage» conteste …": a body's name in quotation marks
        if q is not None and prev is close and self._thing_name_quote(q):
            return True  # "l'armateur du paquebot « Azuria Stella » rejette les accusations": a ship's name
        return q is not None and re.search(r",\s*(?:dit|dite|dits|dites|surnommée?s?|alias)\s*$",
                                           self.text[max(0, q.start - 20): q.start]) is not None

    def _thing_name_quote(self, q: Quote) -> bool:
        """Is ``q`` a short capitalised name right after a common noun ("du paquebot « Azuria Stella »", "l'opération
        « Mains propres »"), with no verb in it?"""
        words = self.text[q.inner_start: q.inner_end].split()
        if not words or len(words) > 4 or not words[0][:1].isupper() or words[-1][-1:] in ".!?":
            return False
        inner = self.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if inner is None or any(t.pos_ in ("VERB", "AUX") for t in inner):
            return False
        k = inner.start - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].text in QUOTE_CHARS):
            k -= 1
        return k >= 0 and self.doc[k].pos_ == "NOUN" and self.doc[k].text.islower()

    def _body_name_quote(self, q: Quote) -> bool:
        """Is the quotation ``q`` a short name right after a body's noun at the start of its sentence ("Le collectif
        « Eau secours »", "Le comité référendaire «Stop au bétonnage»")?"""
        before = self.doc.char_span(0, q.start, alignment_mode="contract")
        if before is None or not len(before) or len(re.findall(r"\w+", self.text[q.inner_start: q.inner_end])) > 6:
            return False
        k = len(before) - 1
        while k >= 0 and self.doc[k].pos_ == "ADJ":
            k -= 1
        head = self.doc[k] if k >= 0 else None
        if head is None or head.pos_ != "NOUN" or not _body_noun(head):
            return False
        start = head.sent.start
        return k - start <= 2 and self.doc[start].pos_ == "DET"

    def _quoted_adverb(self, close: Token) -> bool:
        """Does the quotation mark ``close`` end a quoted adverb inside a verb group ("Northkeel a « fermement » rejeté
        ces accusations"), no quotation an incise could follow?"""
        q = self.quote_at(close.idx)
        span = self.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand") if q is not None else None
        words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
        return len(words) == 1 and (words[0].pos_ == "ADV" or words[0].text.islower()
                                    and words[0].text.endswith("ment"))  # ("fermement"(NOUN))

    def _colon_content(self, group_end: int, unit: _Unit) -> tuple[int, int] | None:
        """The quotation a colon after the verb group introduces ("a publié un message sur Instagram : « … »"), with
        only an object and circumstances between them; else None (not "a publié ses chiffres : le chômage …")."""
        for j in range(group_end, min(group_end + 12, unit.end)):
            t = self.doc[j]
            if t.text == ":":
                q = self.quote_at(self.doc[j + 1].idx) if j + 1 < unit.end else None
                return (q.start, q.end) if q is not None else None  # a quotation: the words of the post itself
            if self.in_quote(t) or t.text in (".", ";", "?", "!") or (
                    t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")):
                return None
        return None

    def _comme_statement(self, verb: Token, lemma: str, group_start: int, group_end: int, unit: _Unit
                         ) -> _Found | None:
        """ "Comme l'a rappelé le ministre, la croissance restera faible": the speaker after the verb, the content
        after the comma."""
        doc = self.doc
        mention, speaker_end = self._inverted_speaker(verb, None, group_end, unit)
        if mention is None or speaker_end >= unit.end or doc[speaker_end].text != ",":
            return None
        content = self._clause(speaker_end + 1, unit, verb)
        if content is None or not self._says_something(*content, finite=True):
            return None
        frame = (doc[group_start - 2].idx, doc[speaker_end - 1].idx + len(doc[speaker_end - 1]))
        return _Found(content, None, lemma, mention, unit.index, frame)

    def _auxiliaries(self, verb: Token) -> list[Token]:
        """Auxiliaries right before the verb ("a", "avait", "a-t-il également"), not the parser's far-off ones."""
        doc = self.doc
        out, j = [], verb.i - 1
        while j >= 0:
            t = doc[j]
            # only adverbs, clitics and locutions lie between: an avoir/être here is this verb's auxiliary
            if t.text[:1].isupper() and not t.is_sent_start and fold(t.text) not in AUX_FORMS:
                break  # "le syndicat des frontaliers Sifront(AUX) dit": a name the tagger took for an auxiliary
            if t.pos_ == "AUX" and t.head.i == verb.i or (t.pos_ == "AUX" and fold(t.lemma_) in ("avoir", "etre")) \
                    or (t.dep_.startswith("aux") and t.head.i == verb.i and fold(t.text) in AUX_FORMS):
                out.append(t)
            elif fold(t.text) in ("s'", "se") and t.pos_ == "PRON" and (out or j == verb.i - 1):
                out.append(t)  # "s'est félicité": the reflexive belongs to the group
            elif t.text == "," and (before := _locution_before(doc, j - 1)) is not None and doc[before].text == ",":
                j = before - 1  # "a, de son côté, annoncé"
                continue
            elif not (t.pos_ == "ADV" or CLITIC.match(t.text) or t.text.lower() == "-t" or t.is_space):
                skip = _locution_before(doc, j)
                if skip is None and j + 1 < verb.i and doc[j + 1].pos_ == "ADV":
                    skip = _locution_before(doc, j + 1)  # "a-t-il d'(ADP) abord(ADV) affirmé": a locution whose last
                    # word is an adverb
                if skip is None:
                    break
                j = skip  # "a pour sa part réagi", "a de son côté estimé"
                continue
            j -= 1
        return out

    def _fronted_place(self, t: Token, unit: _Unit) -> bool:
        """ "À Vieux-Habitants, | Maryse, 58 ans, fait la queue": a place the sentence opens with, no person."""
        doc = self.doc
        k = self._first_word(unit.start, unit)
        return t.pos_ == "PROPN" and t.i - 1 == k and fold(doc[k].text) in ("a", "au", "en", "dans", "depuis", "sur",
                                                                             "pres") \
            and t.i + 1 < unit.end and doc[t.i + 1].text == ","

    def _apposed_subject(self, verb: Token, comma: Token) -> bool:
        """ "Invité de RTL, le ministre(nsubj) de l'Intérieur, Laurent Fabrègue, | a défendu son porte-parole": the
        verb's subject stands before it, a title with the name apposed, so the comma before the verb closes that
        apposition and opens no inverted attribution."""
        doc = self.doc
        name = doc[comma.i - 1]
        if self._title_name_opening(comma) or self._name_title_opening(comma):
            return True
        if name.pos_ != "PROPN" or name.dep_ not in ("appos", "flat:name"):
            return False
        first = name if name.dep_ == "appos" else name.head
        lead = first.i  # (a name the parser cut in two appositions: "Bertin(appos) Aka(appos) N'Guessan")
        while lead - 1 >= 0 and doc[lead - 1].pos_ == "PROPN" and doc[lead - 1].head.i == first.head.i:
            lead -= 1
        if not (first.dep_ == "appos" and lead >= 1 and doc[lead - 1].text == ","):
            return False
        title = first.head
        if title.i >= first.i or self.in_quote(title) or \
                getattr(titles().get(fold(title.text)), "kind", None) not in ("person", "office"):
            return False
        # the title is the verb's subject, or the parser gave the verb none and hung the title on an opening
        # participle ("Interrogé par l'AFP, le président(obl:mod) de la CEI, Bertin Aka N'Guessan, a rejeté")
        return any(c.dep_ in SUBJECT_DEPS and c.i == title.i for c in verb.children) or (
            not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and title.head.i < title.i
            and title.head.pos_ == "VERB" and title.head.dep_ == "advcl" and title.head.head.i == verb.i)

    def _name_title_opening(self, comma: Token) -> bool:
        """Does the sentence open with a name and its apposed title, ending at ``comma`` ("Me Thibault Larrieu, avocat
        du négociant, | conteste ces conclusions : « … »"), with no verb nor quotation before?"""
        doc = self.doc
        start = self._sentence_opening(comma)
        k = start + (fold(doc[start].text) in HONORIFICS)
        if k < comma.i and not _first_name(doc[k].text) and doc[k].pos_ == "DET":
            # a title before the name: "Le sprinteur belge Arnaud Lejeune, leader de l'équipe, | a publié …"
            t = k + 1
            while t < min(comma.i, k + 5) and doc[t].text.islower() and doc[t].pos_ in ("NOUN", "ADJ"):
                t += 1
            if t > k + 1 and t < comma.i and _first_name(doc[t].text) and any(getattr(titles().get(fold(
                    x.text)), "kind", None) in ("person", "office") for x in doc[k + 1: t]):
                k = start = t
        if k >= comma.i or not _first_name(doc[k].text):
            return False
        while k < comma.i and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
            k += 1
        if k == start or k >= comma.i - 1 or doc[k].text != ",":
            return False
        aside = doc[k + 1: comma.i]
        titled = any(t.pos_ in ("NOUN", "ADJ") and getattr(titles().get(fold(t.text)), "kind", None) in (
            "person", "office") for t in aside[:3])
        return titled and not any(t.text in QUOTE_CHARS or t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":")
                                  for t in list(doc[start: k]) + list(aside))

    def _sentence_opening(self, comma: Token) -> int:
        """The first word of the sentence that ``comma`` is in, past a dialogue dash and a live blog's time stamp
        ("20 h 05 — ")."""
        doc = self.doc
        start = comma.sent.start
        stamp = _TIME_STAMP.match(self.text[doc[start].idx: comma.idx])
        if stamp is not None:
            while start < comma.i and doc[start].idx < doc[comma.sent.start].idx + stamp.end():
                start += 1
        while start < comma.i and (doc[start].is_space or doc[start].text in ("—", "–", "-")):
            start += 1
        return start

    def _title_name_opening(self, comma: Token) -> bool:
        """Does the sentence open with a title and its apposed name, ending at ``comma`` ("Le président du jury,
        (le réalisateur) Marc Delorme, | a confirmé …"), whatever the parser made of them, with no quotation before?"""
        doc = self.doc
        k = comma.i - 1
        while k >= 0 and doc[k].text[:1].isupper() and (doc[k].pos_ == "PROPN" or doc[k].pos_ in (
                "NOUN", "ADJ", "X") and _first_name(doc[k].text) and k + 1 < comma.i):
            k -= 1  # (a first name the tagger took for a noun: "Inés(NOUN) Calvo")
        if k == comma.i - 1 or not _first_name(doc[k + 1].text):
            return False
        if k >= 1 and doc[k].pos_ == "NOUN" and doc[k - 1].pos_ == "DET" and \
                getattr(titles().get(fold(doc[k].text)), "kind", None) in ("person", "office"):
            k -= 2  # "le réalisateur Marc Delorme"
        if k < 2 or doc[k].text != ",":
            return False
        start = self._sentence_opening(comma)
        if doc[start].pos_ != "DET":
            # past a fronted phrase: "Jointe à Madrid, | la porte-parole du groupe, Inés Calvo, |", "Présent à Luanda
            # comme observateur, | le sous-secrétaire d'État américain …, Daniel Whitcombe, |"
            opening_comma = next((c for c in range(start + 1, k) if doc[c].text == ","), None)
            if opening_comma is not None and not any(
                    t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") or t.text in QUOTE_CHARS
                    for t in doc[start: opening_comma]):
                start = opening_comma + 1
        return start + 1 < k and doc[start].pos_ == "DET" and fold(doc[start].text) in ("le", "la", "l'") and \
            getattr(titles().get(fold(doc[start + 1].text)), "kind", None) in ("person", "office") and not any(
                t.text in QUOTE_CHARS or t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") != ["Part"]
                for t in doc[start: comma.i])  # (a participle in the title: "le sous-secrétaire … chargé de …")

    def _relative_title_before(self, comma: int, unit: _Unit) -> Token | None:
        """The person's title that opens an object relative clause and ends at ``comma`` ("Des chiffres que la
        directrice du festival, | Léa Chappuis, juge …"): the title's token, else None."""
        doc = self.doc
        for q in range(comma - 2, max(unit.start, comma - 8) - 1, -1):
            t = doc[q]
            if t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX"):
                return None
            if fold(t.text) in ("que", "qu'") and q + 2 < comma and doc[q + 1].pos_ == "DET" and \
                    fold(doc[q + 1].text) in ("le", "la", "l'"):
                title = titles().get(fold(doc[q + 2].text))
                return doc[q + 2] if title is not None and title.kind in ("person", "office") else None
        return None

    def _dash_aside_subject(self, group_start: int, unit: _Unit) -> Token | None:
        """The subject before an aside between dashes that ends right before the verb group: the name the aside
        opens with ("Le maire – Gilles Wiltzer, puisque c'est lui … – fait remarquer"), else the noun before it ("Le
        maire – qui a signé la convention – assure"); None without such an aside."""
        doc = self.doc
        close = group_start - 1
        if close <= unit.start or doc[close].text not in _DASHES or self.in_quote(doc[close]):
            return None
        opening = next((k for k in range(close - 1, unit.start - 1, -1) if doc[k].text == doc[close].text), None)
        if opening is None or opening + 1 >= close or opening - 1 < unit.start or any(
                self.in_quote(t) for t in doc[opening: close]):
            return None
        before, first = doc[opening - 1], doc[opening + 1]
        if before.pos_ in ("NOUN", "PROPN"):
            return before  # (its mention takes the name the aside opens with: :meth:`_mention`)
        if first.pos_ == "PROPN" and first.text[:1].isupper() and self._first_named(first.i, unit):
            return first
        return None

    def _relative_opening(self, comma: int, unit: _Unit) -> int | None:
        """The comma that opens the relative clause the comma at ``comma`` closes (", qui … ,"), or None."""
        doc = self.doc
        k = comma - 1
        # (over a quotation inside the clause: ", qui affirmait le 3 mars que « rien ne laissait prévoir » la
        # défaillance,")
        while k > unit.start and (doc[k].text != "," or self.in_quote(doc[k]) or doc[k - 1].text in ("»", "”")
                                  or doc[k + 1].text in OPENERS):
            k -= 1  # (and over the commas around a quoted title: ", dont le deuxième album, « Sel et Sucre », a été
            # certifié disque de platine, a écrit")
        if k > unit.start and doc[k].text == "," and k + 1 < comma and \
                fold(doc[k + 1].text) in ("qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "ou"):
            # (a relative inside another: "Northkeel, qui emploie 1.400 personnes, dont 1.250 Maliens, rappelle")
            return self._relative_opening(k, unit) or k
        if k > unit.start and doc[k].text == "," and k + 2 < comma and fold(doc[k + 1].text) in ("que", "qu'") and \
                doc[k + 1].head.dep_ == "acl:relcl" and unit.start <= doc[k + 1].head.head.i < k:
            return k  # "Le rapport de la mission, que l'AFP a pu consulter, | relève": the noun's object relative
        if k > unit.start and doc[k].text == "," and k + 3 < comma and (
                fold(doc[k + 1].text) in ("puisque", "puisqu'") or fold(doc[k + 1].text) == "parce"
                and fold(doc[k + 2].text) in ("que", "qu'")):
            return k  # "Modeste Dossou-Yovo, puisque c'est lui qui a signé l'arrêté, | affirme": the clause of cause
        if k > unit.start and doc[k].text == "," and k + 3 < comma and doc[k + 1].pos_ == "DET" and \
                fold(doc[k + 1].text) in ("le", "la", "l'", "les"):
            # an apposition with its own relative: "Le Cercle Tocqueville, l'association étudiante qui avait invité
            # l'essayiste, | conteste"
            r = next((r for r in range(k + 2, min(k + 6, comma)) if fold(doc[r].text) in ("qui", "dont")), None)
            if r is not None and all(doc[x].pos_ in ("NOUN", "ADJ", "PROPN") for x in range(k + 2, r)):
                return r - 1
        if k > unit.start and doc[k].text == "," and 0 < comma - k - 1 <= 3 and all(
                doc[x].pos_ in ("NOUN", "ADJ") and doc[x].text.islower() for x in range(k + 1, comma)):
            # a short apposition after the clause: "Me Catherine Bodart, qui représente la Ville, | partie civile, |
            # objecte"
            return self._relative_opening(k, unit)
        if k > unit.start and doc[k].text == ",":
            # a name apposed inside the clause: "Chantal Lesieur, dont la mère, Jeannine, est morte …, | dit"
            named = next((x for x in range(k - 1, max(unit.start, k - 5), -1) if doc[x].text == ","), None)
            if named is not None and named + 1 < k and all(doc[x].pos_ == "PROPN" and doc[x].text[:1].isupper()
                                                           for x in range(named + 1, k)):
                return self._relative_opening(named, unit)
        return None

    def _closes_relative(self, comma: int, unit: _Unit) -> bool:
        """Does the comma at ``comma`` close a relative clause opened after the subject ("Le laboratoire, qui
        commercialise le médicament, a contesté …")? Then the verb's subject stands before, it is not an incise."""
        doc = self.doc
        k = self._relative_opening(comma, unit)
        if k is None:
            return False
        finite = lambda toks: any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")  # noqa: E731
                                  for t in toks)
        # a relative with its verb, after a bare noun phrase: "Le laboratoire, qui commercialise le médicament, a …"
        # (not "Il y en a des milliers, dont une centaine du Danemark, a précisé X": that is the content)
        return finite(doc[k + 1: comma]) and not finite(doc[unit.start: k])

    def _subject_follows(self, i: int, unit: _Unit) -> bool:
        """After "…, a déclaré": a noun phrase (the inverted subject) rather than "que", ":", a quotation or an
        infinitive (then the subject came before: "Le porte-parole, Peter Cook, a déclaré « … »")."""
        doc = self.doc
        j = self._skip_circumstances(i, unit)
        if j >= unit.end:
            return False
        t = doc[j]
        if fold(t.text) in ("que", "qu'") or t.text in (":",) or t.text in OPENERS or t.text == '"':
            return False
        if "Inf" in t.morph.get("VerbForm") and not t.text[:1].isupper():
            return False  # (not a name the tagger gave an infinitive's form: "affirme Sidi(PROPN, Inf) Mohamed …")
        if j + 1 < unit.end and doc[j + 1].pos_ == "NOUN" and (t.pos_ == "NUM" or fold(t.text) == "des"):
            return True  # "…, affirment deux habitants", "…, affirment des(ADP) habitants du douar"
        return t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "X") or fold(t.text) in HONORIFICS

    def _thing_after(self, i: int, unit: _Unit) -> bool:
        """Is what follows the verb group at ``i`` a demonstrative thing that ends the clause ("conteste cette
        version.")? After a clause rather than a quotation, it is the verb's object, no inverted subject."""
        doc = self.doc
        j = self._skip_circumstances(i, unit)
        return j + 2 < unit.end and fold(doc[j].text) in ("ce", "cet", "cette", "ces") and doc[j + 1].pos_ == "NOUN" \
            and getattr(titles().get(fold(doc[j + 1].text)), "kind", None) not in (
                "person", "office", "org", "source", "medium", "data") and doc[j + 2].is_punct

    def _skip_circumstances(self, i: int, unit: _Unit) -> int:
        """The first token after the adverbs, times and circumstances that follow a verb group: "a déclaré mercredi
        à Bruxelles | le secrétaire …", "a affirmé à l'AFP | un responsable …", "a indiqué à l'AFP | Pierre Martin",
        "a réagi auprès de l'AFP | Me Sophie Lenoir"."""
        doc = self.doc
        j = i
        def aupres(k: int) -> bool:  # "a déclaré auprès de l'AFP | Me Sophie Lenoir"
            return fold(doc[k].text) == "aupres" and k + 1 < unit.end and fold(doc[k + 1].text) in ("de", "d'", "du",
                                                                                                      "des")

        while j < unit.end and not aupres(j):
            if doc[j].text == "," and j + 1 < unit.end and doc[j + 1].pos_ == "ADP":
                # a circumstance set off by commas: "a rétorqué vendredi, sur les ondes d'une radio de la capitale, |
                # le porte-parole du gouvernement"
                close = next((c for c in range(j + 2, min(j + 14, unit.end)) if doc[c].text == ","), None)
                if close is not None and close + 1 < unit.end and doc[close + 1].pos_ in ("DET", "PROPN") and not any(
                        t.pos_ in ("VERB", "AUX") or self.in_quote(t) or t.text in (".", ";", ":")
                        for t in doc[j + 1: close]):
                    j = close + 1
                    continue
            word = fold(doc[j].text)
            if j + 2 < unit.end and word in ("peu", "juste", "aussitot", "sitot", "bien") and fold(
                    doc[j + 1].text) in ("apres", "avant") and doc[j + 2].pos_ in ("DET", "PROPN"):
                j += 2  # "a déclaré peu après | le directeur du CSG" (no time phrase eats the subject)
                continue
            if j + 2 < unit.end and word == "en" and (
                    fold(doc[j + 1].text) in _LANGUAGES or _gerund_at(doc[j: j + 2]) is not None):
                j += 2  # "a dit en slovaque | sa présidente", "a lancé en arrivant (au sommet) | la présidente"
                continue
            after = _locution_after(doc, j)
            if after is not None and after < unit.end and fold(doc[j].text) not in _STRESSED_WORDS:
                j = after  # "reconnaît d'ailleurs | Hicham Tazi", "assure de son côté | Léa Chappuis" (not
                # "conteste lui aussi | la communication …": its subject stood before)
                continue
            date_end = self._date_end(j, unit)
            if date_end == j and not (doc[j].pos_ == "ADV" or fold(doc[j].text) in TIME_WORDS or doc[j].text == ","):
                break
            j = max(j + 1, date_end)
        while j < unit.end and (doc[j].pos_ == "ADP" and fold(doc[j].text) not in ("de", "d'", "du", "des")
                                or aupres(j)):
            j += 2 if aupres(j) else 1
            while j < unit.end and (doc[j].pos_ in ("DET", "PROPN", "NOUN", "ADJ") or (
                    # a foreign word in a name: "a indiqué à Cameroon(X) Tribune | un responsable …"
                    doc[j].pos_ == "X" and doc[j].text[:1].isupper() and doc[j - 1].pos_ in ("ADP", "DET")) or (
                    # an outlet named with a number: "confirme à 20 Minutes | la microbiologiste …"
                    doc[j].pos_ == "NUM" and doc[j - 1].pos_ == "ADP" and j + 1 < unit.end
                    and doc[j + 1].text[:1].isupper() and doc[j + 1].pos_ in ("NOUN", "PROPN")) or (
                    # a complement inside the circumstance: "en conférence de presse | le président de l'ASM",
                    # "répond au maire du Muy | Nathalie Roux", "a déclaré à l'ouverture des travaux | le ministre",
                    # "a lancé depuis les bancs de l'opposition | Nadia Benali"
                    fold(doc[j].text) in ("de", "d'", "du", "des") and doc[j - 1].pos_ == "NOUN" and j + 1 < unit.end
                    and (doc[j + 1].pos_ == "NOUN" and doc[j + 1].text.islower()
                         or fold(doc[j].text) == "de" and fold(doc[j + 1].text) in ("la", "l'") and j + 2 < unit.end
                         and doc[j + 2].pos_ == "NOUN" and doc[j + 2].text.islower()
                         or fold(doc[j].text) == "du" and doc[j + 1].pos_ == "PROPN"
                         # an outlet named with its town: "a déclaré à L'Intelligent d'Abidjan | le secrétaire …"
                         or fold(doc[j].text) in ("de", "d'") and doc[j - 1].text[:1].isupper()
                         and doc[j + 1].pos_ == "PROPN"))) and not (
                    doc[j].pos_ == "DET" and j > i and (doc[j - 1].pos_ in ("PROPN", "NOUN") or (
                        doc[j - 1].pos_ == "ADJ" and doc[j - 1].text[:1].isupper()))):  # "au Parisien(ADJ) | le …"
                prev = doc[j - 1]
                if (doc[j].pos_ == "PROPN" or fold(doc[j].text) in HONORIFICS) and prev.pos_ in ("PROPN", "NOUN") \
                        and (_is_acronym(prev.text) or fold(prev.text) in media_names()
                             or (prev.text.islower() and doc[j].text[:1].isupper() or _first_name(doc[j].text))
                             and any(c.dep_ == "flat:name" for c in doc[j].children)) or (
                        prev.pos_ == "ADJ" and prev.text.islower() and _first_name(doc[j].text)
                        and any(c.dep_ == "flat:name" for c in doc[j].children)):
                    break  # "à l'AFP | Pierre Martin", "au micro | Dominique Lecanu": a name starts the subject (and
                    # "devant une salle comble | Sylvain Goré Tapé", "à la Chambre | Marc Vandersmissen")
                j += 1
            while j < unit.end and (doc[j].pos_ == "ADV" or fold(doc[j].text) in TIME_WORDS):
                j += 1
            if j < unit.end and doc[j].text == "(":
                # a gloss in parentheses: "a écrit sur X (ex-Twitter) | la ministre"
                close = next((c for c in range(j + 1, min(j + 8, unit.end)) if doc[c].text == ")"), None)
                if close is not None and not any(t.pos_ in ("VERB", "AUX") for t in doc[j + 1: close]):
                    j = close + 1
            if j + 1 < unit.end and fold(doc[j].text) in ("de", "d'") and fold(doc[j - 1].text) in _ON_AIR:
                # "a assuré au micro d'Outre-mer la 1ère | Yannick Detcheverry": the outlet's name, up to a person's
                k = j + 1
                while k + 1 < unit.end and k - j <= 6 and not (_first_name(doc[k].text) and doc[k + 1].text[:1].isupper()):
                    if doc[k].text in (",", ";", ":", ".") or doc[k].pos_ in ("AUX",) or self.in_quote(doc[k]):
                        break
                    k += 1
                if k + 1 < unit.end and _first_name(doc[k].text) and doc[k + 1].text[:1].isupper():
                    j = k
        return j

    def _date_end(self, j: int, unit: _Unit) -> int:
        """The token after a date that starts at ``j`` ("le 18 septembre", "ce 3 mars 2026", "le 1er juin"), else
        ``j``: a time after a verb, never its inverted subject ("a affirmé le 18 septembre, lors d'une visite, que")."""
        doc = self.doc
        if j + 2 < unit.end and fold(doc[j].text) in ("la", "le", "l'") and fold(doc[j + 1].text) in (
                "semaine", "mois", "annee", "an", "week-end", "nuit", "soir", "matin") and fold(doc[j + 2].text) in _LAST:
            return j + 3  # "aurait affirmé la semaine dernière | que …"
        k = j
        if k + 1 < unit.end:
            first, second = fold(doc[k].text), fold(doc[k + 1].text)
            if first in ("ce", "cette") and second in WEEKDAYS | _THIS_TIME or \
                    first in ("le", "la") and second in ("lendemain", "veille"):
                return k + 2  # "ce mardi", "ce matin", "la veille"
        if k < unit.end and fold(doc[k].text) in ("le", "ce"):
            k += 1
        if k < unit.end and fold(doc[k].text) in WEEKDAYS:
            k += 1
        if not (k + 1 < unit.end and re.fullmatch(r"\d{1,2}(?:er)?", doc[k].text) and fold(doc[k + 1].text) in MONTHS):
            return j
        k += 2
        if k < unit.end and re.fullmatch(r"(?:1[89]|20)\d\d", doc[k].text):
            k += 1
        return k

    def _clitic(self, verb: Token, auxes: list[Token]) -> Token | None:
        for anchor in [verb] + auxes:
            for k in (1, 2):
                j = anchor.i + k
                if j < len(self.doc) and CLITIC.match(self.doc[j].text):
                    return self.doc[j]
                if j < len(self.doc) and self.doc[j].text.lower() == "-t":
                    continue
                break
        return None

    def _prev_word(self, i: int, unit: _Unit) -> Token | None:
        j = i - 1
        while j >= unit.start and (self.doc[j].pos_ == "ADV" or self.doc[j].is_space):
            j -= 1
        return self.doc[j] if j >= unit.start else None

    def _left_subject(self, verb: Token) -> Token | None:
        heads = [verb] + [a for a in verb.children if a.dep_.startswith("aux")]
        for h in heads:
            # the subject nearest the verb: in "LE JOURNALISTE : Philippe Arnoult dit que …" the parser makes the
            # label a second subject
            for c in sorted(h.children, key=lambda c: -c.i):
                if c.dep_ in SUBJECT_DEPS and c.i < verb.i and not CLITIC.match(c.text) and c.text.lower() != "-t" \
                        and not (c.pos_ == "PRON" and fold(c.text) in ("l'", "le", "la", "les")) \
                        and not (c.pos_ == "PRON" and c.i >= 2 and fold(self.doc[c.i - 2].text) == "quant"):
                    # ("X l’(nsubj)affirme"; "La ministre, Claire Mauduit, a quant à elle(nsubj) assuré": the stress)
                    if c.pos_ in ("NOUN", "PROPN") and any(k.dep_ == "case" and k.i < c.i for k in c.children):
                        # "À la sortie(nsubj) de la salle, Mme Gagnon-Roy a assuré", "Dans un communiqué(nsubj),
                        # Néréis Logistique a assuré": a circumstance, no subject; the name apposed to it is
                        named = next((k for k in c.children if k.dep_ == "appos" and c.i < k.i < verb.i
                                      and k.text[:1].isupper()), None)
                        if named is not None:
                            return named
                        continue
                    if c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm"):
                        # "un responsable(nsubj) s'exprimant(nsubj) sous couvert d'anonymat a reconnu": the participle's
                        # own subject
                        own = next((k for k in c.children if k.dep_ in SUBJECT_DEPS and k.i < c.i), None)
                        if own is None and any(k.text == "," and c.i < k.i < verb.i for k in self.doc[c.i: verb.i]):
                            continue  # "Interrogée(nsubj) à la sortie de l'hémicycle, Sophie Delorme a répliqué": an
                            # opening participle aside; the subject is the noun before the verb (_noun_before)
                        return own or c
                    if c.pos_ == "NOUN" and any(k.dep_ == "det" and fold(k.text) in ("un", "une") for k in c.children):
                        # "Le prévenu(nsubj), un agent(nsubj) de sécurité de 34 ans, reconnaît": an indefinite
                        # apposition the parser made a second subject; the definite noun before it is the subject
                        before = next((k for k in h.children if k.dep_ in SUBJECT_DEPS and k.i < c.i
                                       and k.pos_ in ("NOUN", "PROPN") and k.right_edge.i + 1 == c.left_edge.i - 1
                                       and self.doc[c.left_edge.i - 1].text == ","), None)
                        if before is not None:
                            return before
                    return c
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            return self._left_subject(verb.head)  # "X a dit A et affirmé que B"
        # the parser gave the subject to a participle in between: "Un diplomate, s'exprimant sous couvert
        # d'anonymat, a affirmé que …"
        for c in verb.children:
            if c.dep_ in ("advcl", "acl") and c.i < verb.i and "Part" in c.morph.get("VerbForm"):
                subj = next((k for k in c.children if k.dep_ in SUBJECT_DEPS and k.i < c.i), None)
                if subj is not None:
                    return subj
        return None

    def _noun_before(self, i: int, unit: _Unit) -> Token | None:
        """The parser found no subject: the noun right before the verb group ("…, Brett McGurk, a indiqué")."""
        doc = self.doc
        j = i - 1
        if j - 1 >= unit.start and doc[j].pos_ == "PRON" and fold(doc[j].text) in _FRONT_CLITICS:
            j -= 1  # "Bertrand Lemaire, directeur de l'ARS, l'a répété": past the object pronoun
        while j >= unit.start and (doc[j].text == "," or doc[j].pos_ == "ADV" or doc[j].is_space):
            j -= 1
        aside = j - 1 > unit.start and fold(doc[j].text) in _STRESSED_WORDS and doc[j - 1].text == "," and \
            doc[j + 1].text == ","
        if aside:
            j -= 2  # "L'agence régionale de santé (ARS), elle, fait valoir": the noun before the aside
        if j > unit.start and doc[j].text == ")" and (aside or j + 1 == i):
            k = next((k for k in range(j - 1, max(unit.start, j - 6) - 1, -1) if doc[k].text == "("), None)
            if k is not None and k - 1 >= unit.start:
                j = k - 1  # "… (ARS), elle, fait valoir", "l'Office … de Bâle-Ville (AUE) a indiqué": before the acronym
        if j - 1 > unit.start and fold(doc[j].text) == "et" and doc[j - 1].text.islower() and \
                doc[j - 1].pos_ not in ("VERB", "AUX") and "Fin" not in doc[j - 1].morph.get("VerbForm") and \
                any(c in reporting_verbs() for c in _lemma_candidates(doc[j - 1])):
            # "La préfecture dément(ADV) et affirme que …": a first reporting verb the tagger missed, coordinated with
            # this one; their subject stands before it
            j -= 2
            while j >= unit.start and (doc[j].pos_ == "ADV" or doc[j].is_space):
                j -= 1
        if j + 1 < i and doc[j + 1].text == ",":
            # "une jeune intérimaire, qui a préféré taire son nom, lâche": the noun before the relative clause
            k = self._relative_opening(j + 1, unit)
            if k is not None:
                j = k - 1
                if j > unit.start and doc[j].text == ")":
                    # "L'Agence pour une vie de qualité (AViQ), qui finance …, assure": the body before its acronym
                    j = next((x - 1 for x in range(j - 1, max(unit.start, j - 6) - 1, -1) if doc[x].text == "("), j)
                    while unit.start <= doc[j].head.i < j and doc[j].dep_ == "nmod":
                        j = doc[j].head.i  # (the name's head: "Agence", whose phrase takes the acronym)
            else:
                # "Le fabricant Sunvara Chemicals, basé à Hyderabad, a affirmé": the noun before a participle aside
                c = next((c for c in range(j, max(unit.start, j - 8) - 1, -1) if doc[c].text == ","), None)
                if c is not None and c + 1 <= j and self._participle_aside(c + 1, j) and not any(
                        "Fin" in t.morph.get("VerbForm") for t in doc[c + 1: j + 1]):
                    j = c - 1
                    if j >= unit.start and doc[j].text[:1].isupper() and doc[j].pos_ in ("ADJ", "X"):
                        return doc[j]  # a name the tagger took for an adjective
                else:
                    name = self._name_before_aside(j, unit)
                    if name is not None:
                        return name
        if j >= unit.start and doc[j].text in ("»", "”") and j + 1 < i and doc[j + 1].text == ",":
            return self._name_before_aside(j, unit)  # an aside ending with a quoted name
        for c in range(j, max(unit.start, j - 6) - 1, -1):
            # "un responsable israélien s'exprimant sous couvert d'anonymat a reconnu": the noun before a present
            # participle's phrase with no commas, not its complement
            if doc[c].text == "," or "Fin" in doc[c].morph.get("VerbForm"):
                break
            if doc[c].pos_ == "VERB" and "Part" in doc[c].morph.get("VerbForm") and fold(doc[c].text).endswith("ant"):
                k = c - 1 if c - 1 >= unit.start and fold(doc[c - 1].text) in ("s'", "se") else c
                if unit.start <= k - 1 < c and doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ"):
                    j = k - 1
                break
        if j >= unit.start and doc[j].pos_ == "VERB" and doc[j].dep_ == "acl" and "Part" in doc[j].morph.get(
                "VerbForm") and unit.start <= doc[j].head.i < j and doc[j].head.pos_ == "NOUN":
            j = doc[j].head.i  # "un ancien inspecteur des installations classées(acl), qui …, juge": its noun
        if j >= unit.start and doc[j].pos_ in ("NOUN", "PROPN", "ADJ") and not self.in_quote(doc[j]):
            t = doc[j]
            # the head of the noun phrase that ends there: "le gestionnaire du réseau électrique | prévient"
            while (t.dep_ in ("amod", "nmod") or t.dep_ == "conj" and any(k.dep_ == "case" for k in t.children)) \
                    and unit.start <= t.head.i < t.i and t.head.pos_ in ("NOUN", "PROPN") and not (
                        t.text[:1].isupper() and t.head.text.islower() and any(
                            k.dep_ == "case" and k.i < t.head.i for k in t.head.children)
                        and any(x.text == "," for x in doc[t.head.i + 1: t.i])):
                # (not across the comma of a fronted circumstance: "Dans un communiqué publié mardi, Valtair-Opale")
                t = t.head  # (and a coordinated complement: "le ministère des Infrastructures et de la Gestion(conj)")
            if t.dep_ == "appos" and t.pos_ == "NOUN" and unit.start <= t.head.i < t.i and t.head.pos_ in (
                    "NOUN", "PROPN") and t.head.text[:1].isupper() and doc[t.head.i + 1].text == "," and \
                    not any(x.pos_ in ("VERB", "AUX") for x in doc[t.head.i + 1: t.i]):
                t = t.head  # "Contactée par nos soins, la Lydec(obl:mod), gestionnaire délégué(appos) de l'eau, a
                # fait savoir": the named body the description is apposed to
            if fold(t.text) in ("dernier", "derniere") and t.i - 1 >= unit.start and \
                    fold(doc[t.i - 1].text) in ("ce", "cette"):
                return t  # "Ce dernier(ADJ) dit(ROOT) que P": the pronoun the tagger read as its verb's modifier
            return t if t.pos_ in ("NOUN", "PROPN") else None
        return None

    def _participle_aside(self, a: int, j: int) -> bool:
        """Does the aside from token ``a`` to ``j`` open with a past participle ("basé à Hyderabad"), or with a word
        the tagger missed as one when an agent follows ("saisie lundi par la liste d'Abadie")?"""
        t = self.doc[a]
        if "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense"):
            return True
        k = a + 1
        while k <= j and (self.doc[k].pos_ == "ADV" or fold(self.doc[k].text) in TIME_WORDS):
            k += 1
        return t.pos_ in ("NOUN", "ADJ", "VERB") and t.text.islower() and k <= j and fold(self.doc[k].text) == "par"

    def _name_before_aside(self, j: int, unit: _Unit) -> Token | None:
        """The name before an aside that ends at token ``j`` (its closing comma follows): "Mustapha, 52 ans, | dit",
        "l'hydrogéologue Pascal Mounier, maître de conférences à l'université Grenoble-Alpes, | estime"."""
        doc = self.doc
        found = None
        for c in range(j, max(unit.start, j - 20), -1):
            t = doc[c]
            if self.in_quote(t) or t.text in QUOTE_CHARS:
                continue  # "…, tête de la liste « Rugby en grand », | a accusé"
            if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") or fold(t.text) in ("qui", "que", "qu'"):
                return found
            if t.text == "," and c - 1 >= unit.start and c < j:
                k = c - 1
                if doc[k].text == ")":  # "Serge Abadie (58 ans), ancien troisième-ligne"
                    k = next((o - 1 for o in range(k - 1, max(unit.start, k - 8), -1) if doc[o].text == "("), k)
                name = doc[k]
                if name.text[:1].isupper() and (name.pos_ == "PROPN" or name.dep_ == "flat:name"
                                                or _first_name(name.text)):
                    if self._first_named(k, unit):
                        return name
                    # "Yannick Hamel, patron du chalutier Saint-Marcouf, à Barfleur, | rétorque": a boat's or a
                    # place's name in an aside; a person's name further back is the speaker
                    found = found or name
                    continue
                if found is not None:
                    return found
                if name.pos_ == "NOUN" and c + 2 == j and doc[c + 1].like_num and fold(doc[j].text) == "ans" and \
                        getattr(titles().get(fold(name.text)), "kind", None) in ("person", "office"):
                    return name  # "Le pêcheur, 51 ans, | dit": a title with an age
                if not (k - 1 >= unit.start and fold(doc[k].text) == "ans" and doc[k - 1].like_num):
                    return None
                # past an age to the name: "Julie, 41 ans, infirmière, | raconte"
        return found

    def _first_named(self, k: int, unit: _Unit) -> bool:
        """Does the run of capitalised words ending at token ``k`` open with a first name or an honorific?"""
        doc = self.doc
        a = k
        while a - 1 >= unit.start and doc[a - 1].text[:1].isupper() and doc[a - 1].pos_ in ("PROPN", "NOUN", "X"):
            a -= 1
        return _first_name(doc[a].text) or (
            a - 1 >= unit.start and fold(doc[a - 1].text) in HONORIFICS)

    def _relative_subject(self, verb: Token) -> Token | None:
        for c in verb.children:
            if c.dep_ in SUBJECT_DEPS and "Rel" in c.morph.get("PronType"):
                return c
        return None

    def _after_avant_de(self, verb: Token) -> bool:
        """ "…, avant d'ajouter que P": the infinitive's subject is the sentence's."""
        if "Inf" not in verb.morph.get("VerbForm"):
            return False
        window = [fold(t.text) for t in self.doc[max(verb.i - 3, 0): verb.i]]
        return "avant" in window or "apres" in window or "pour" in window

    # -- speakers --------------------------------------------------------------------------------------------------
    def _inverted_speaker(self, verb: Token, clitic: Token | None, group_end: int, unit: _Unit
                          ) -> tuple[Mention | None, int]:
        doc = self.doc
        if clitic is not None:
            if fold(clitic.text).endswith("on"):
                src = self._source_after(group_end, unit)
                if src is None:
                    place = self._on_place(unit)  # "Au cabinet Van Damme, on dément … P, fait-on valoir."
                    return (place, group_end) if place is not None else (None, group_end)
                return src
            m = self._pronoun_mention(clitic, unit)
            end = max(clitic.i + 1, group_end)  # "a-t-elle rappelé": the group ends after the verb
            relayed = self._relayed(Mention(m.start, doc[end - 1].idx + len(doc[end - 1]), m.text, m.kind), unit)
            if relayed is not None:  # "« … », a-t-elle ajouté, citant le PDG du groupe, Olivier Brunel"
                return relayed, self._token_at_or_before(relayed.end) + 1
            return m, end
        # the subject after the verb: the parser's subject, or its first nominal argument (it often takes an inverted
        # subject for an object)
        cands = [c for c in verb.children if c.i >= group_end and c.dep_ in SUBJECT_DEPS | {"obj", "dep", "appos"}
                 and c.pos_ in ("NOUN", "PROPN", "PRON", "X", "ADJ") and fold(c.text) not in TIME_WORDS
                 and not any(k.dep_ == "case" for k in c.children)]
        head = None
        j = self._skip_circumstances(group_end, unit)
        start = group_end
        if j < unit.end and doc[j].pos_ in ("DET", "PROPN", "NOUN") or (j < unit.end and (
                fold(doc[j].text) in HONORIFICS or doc[j].text[:1].isupper() and doc[j].pos_ in ("ADJ", "X"))):
            head = doc[j] if doc[j].pos_ != "DET" else doc[j].head
            if head.i < j:
                head = doc[j + 1] if j + 1 < unit.end else doc[j]
            start = j  # (not "à l'AFP Me Sophie Lenoir")
        elif j + 1 < unit.end and fold(doc[j].text) == "des" and doc[j].pos_ == "ADP" and doc[j + 1].pos_ == "NOUN":
            head, start = doc[j + 1], j  # "« … », affirment des(ADP) habitants du douar": an indefinite plural subject
        if head is None and cands:
            head = cands[0]
        if head is None:
            return None, group_end
        # "« Ce document, a rétorqué le directeur sportif, n'a jamais été validé »": an incise in the quotation
        mention = self._mention(head, unit, subject=True, after=start, incise=self.in_quote(verb))
        if mention is None:
            return None, group_end
        if start < head.i and (fold(doc[start].text) == "des" or doc[start].pos_ == "NUM") and \
                doc[start].idx < mention.start:
            # "des(ADP) habitants du douar", "deux habitants": the determiner the noun phrase left out
            mention = self._describe(list(doc[start: self._token_at_or_before(mention.end) + 1]), unit, True)
        relayed = self._relayed(mention, unit)
        end_tok = self._token_at_or_before(mention.end)
        if relayed is not None:
            return relayed, self._token_at_or_before(relayed.end) + 1
        return mention, end_tok + 1

    def _token_at_or_before(self, char: int) -> int:
        span = self.doc.char_span(0, char, alignment_mode="contract")
        return (span.end - 1) if span is not None and len(span) else 0

    def _source_after(self, i: int, unit: _Unit) -> tuple[Mention, int] | None:
        """ "a-t-on appris de source proche du dossier" / "indique-t-on à l'Élysée" -> the source."""
        doc = self.doc
        j = i
        while j < unit.end and (doc[j].pos_ == "ADV" or fold(doc[j].text) in TIME_WORDS):
            j += 1
        if j >= unit.end:
            return None
        w = fold(doc[j].text)
        if w == "dans" and j + 2 < unit.end and doc[j + 1].pos_ == "DET" and fold(doc[j + 2].text) in _CIRCLES:
            # "rétorque-t-on dans l'entourage de Mme Monestier": that circle
            e = next((e for e in range(j + 3, unit.end) if doc[e].is_punct and doc[e].text not in ("-", "'", "’")),
                     unit.end)
            return self._place_body([t for t in doc[j + 1: e] if not t.is_space], unit), e
        if w in ("de", "d'", "du", "des", "aupres", "a", "au", "aux", "chez"):
            k = j + 1
            if w == "aupres" and k < unit.end and fold(doc[k].text) in ("de", "d'", "du", "des"):
                k += 1
            while k < unit.end and doc[k].pos_ == "DET":
                k += 1
            if k < unit.end and doc[k].pos_ in ("NOUN", "PROPN", "ADJ"):
                m = self._mention(doc[k], unit, subject=False)
                if m is not None:
                    return m, self._token_at_or_before(m.end) + 1
        return None

    def _where_on(self, unit: _Unit) -> Mention | None:
        """The place a relative "où l'on" speaks from: "Même son de cloche à la mairie de Fréjus, où l'on assure que
        P" -> la mairie de Fréjus (a named place or a body)."""
        doc = self.doc
        for c in range(unit.start + 2, unit.end - 2):
            if doc[c].text != "," or fold(doc[c + 1].text) != "ou" or not (
                    fold(doc[c + 2].text) == "on" or fold(doc[c + 2].text) == "l'" and c + 3 < unit.end
                    and fold(doc[c + 3].text) == "on") or self.in_quote(doc[c]):
                continue
            a = next((j for j in range(c - 1, max(unit.start, c - 12) - 1, -1)
                      if fold(doc[j].text) in ("a", "au", "aux", "chez", "dans") and doc[j].pos_ == "ADP"), None)
            verb = next((j for j in range(c - 1, max(unit.start, c - 10) - 1, -1) if doc[j].pos_ in ("VERB", "AUX")),
                        None)
            if verb is not None and (a is None or verb > a) and cue_lemma(doc[verb]) is not None \
                    and doc[verb + 1].pos_ == "DET" and any(_body_noun(t) for t in doc[verb + 1: c]) and not any(
                        t.is_punct for t in doc[verb + 1: c]):
                # "Faux, rétorque la préfecture du Doubs, où l'on assure que P": the body that retorts
                return self._place_body([t for t in doc[verb + 1: c] if not t.is_space], unit, "")
            if a is None:
                return None
            toks = [t for t in doc[a + 1: c] if not t.is_space]
            if len(toks) == 2 and fold(toks[0].text) == "ses" and toks[1].pos_ == "NOUN":
                return self._mention(toks[1], unit, subject=True)  # "chez ses colistiers, où l'on assure": theirs
            # (after "Même son de cloche", any noun: "au conseil de paroisse, où l'on assure")
            echo = re.search(r"\bmeme (?:son de cloche|ton|discours|analyse|constat|refrain|ecoute)\b",
                             fold(doc[unit.start: a].text))
            stray = [t for t in toks if t.is_punct and not self._acronym_parenthesis(t)
                     and not (t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_)]
            if not toks or stray or any(t.pos_ in ("VERB", "AUX") for t in toks) or not any(
                    t.pos_ == "NOUN" and (_body_noun(t) or echo) or t.text[:1].isupper() for t in toks):
                return None  # (a hyphenated name is no punctuation: "à la mairie de Porto-Vecchio, où l'on")
            return self._place_body(toks, unit, _CONTRACTED_ARTICLE.get(fold(doc[a].text), ""))
        return None

    def _acronym_parenthesis(self, t: Token) -> bool:
        """Is ``t`` a parenthesis around a body's acronym ("l'École du ski français (ESF) de Valmeinier")?"""
        doc = self.doc
        if t.text == "(":
            return t.i + 2 < len(doc) and doc[t.i + 2].text == ")" and bool(_ACRONYM_WORD.fullmatch(doc[t.i + 1].text))
        return t.text == ")" and t.i >= 2 and doc[t.i - 2].text == "(" and bool(_ACRONYM_WORD.fullmatch(
            doc[t.i - 1].text))

    def _on_place(self, unit: _Unit) -> Mention | None:
        """The body an impersonal "on" speaks for: the place the sentence, or the one before it in the paragraph,
        opens with ("À Matignon, on assure que …", "Chez Bréval, on conteste …", "Au cabinet Van Damme, on dément
        …")."""
        doc = self.doc
        units = [unit] + ([self.units[unit.index - 1]] if unit.index > 0 and
                          self.units[unit.index - 1].paragraph == unit.paragraph else [])
        where = self._where_on(unit)
        if where is not None:
            return where
        for u in units:
            k = self._first_word(u.start, u)
            side = None  # "Du côté de la préfecture, on fait valoir", "Côté syndicats, on dénonce"
            if k + 2 < u.end and fold(doc[k].text) == "du" and fold(doc[k + 1].text) == "cote" and \
                    fold(doc[k + 2].text) in ("de", "d'", "du", "des"):
                side = k + 2
            elif k + 1 < u.end and fold(doc[k].text) == "cote" and doc[k].text[:1].isupper():
                side = k
            if side is not None:
                comma = next((c for c in range(side + 1, min(side + 16, u.end)) if doc[c].text == ","), None)
                toks = [t for t in doc[side + 1: comma] if not t.is_space] if comma is not None else []
                if comma is not None and comma + 1 < u.end and fold(doc[comma + 1].text) != "on":
                    # "Du côté de la Région Occitanie, propriétaire du port, on fait valoir": past an apposition
                    later = next((c for c in range(comma + 2, min(comma + 16, u.end - 1)) if doc[c].text == ","
                                  and fold(doc[c + 1].text) == "on"), None)
                    if later is not None and not any("Fin" in t.morph.get("VerbForm") or t.text in QUOTE_CHARS
                                                     for t in doc[comma + 1: later]):
                        comma = later
                if not toks or comma + 1 >= u.end or fold(doc[comma + 1].text) != "on" or not (
                        any(t.pos_ in ("NOUN", "PROPN") and (_body_noun(t) or getattr(titles().get(fold(t.text)[:-1]),
                                                                                       "kind", None) == "org")
                            or t.text[:1].isupper() for t in toks)) or \
                        any(t.pos_ in ("VERB", "AUX") for t in toks):
                    continue
                de, article = fold(doc[side].text), ""
                if de in ("du", "des") or de == "cote" and toks[0].text.islower() and toks[0].pos_ != "DET":
                    plural = de == "des" or "Plur" in toks[0].morph.get("Number") or (
                        de == "cote" and fold(toks[0].text).endswith(("s", "x")))  # ("syndicats"(PROPN): no number)
                    article = "les " if plural else "le "
                return self._place_body(toks, u, article)
            circle = k + 2 < u.end and fold(doc[k].text) == "dans" and fold(doc[k + 2].text) in _CIRCLES
            source = k + 1 < u.end and fold(doc[k].text) in ("de", "d'") and fold(doc[k + 1].text) in ("source",
                                                                                                     "sources")
            if k >= u.end or fold(doc[k].text) not in ("a", "au", "aux", "chez") and not circle and not source:
                continue
            comma = next((c for c in range(k + 1, min(k + 16, u.end)) if doc[c].text == ","), None)
            place_end = comma
            if comma is not None and comma + 1 < u.end and (
                    fold(doc[comma + 1].text) in ("dont", "qui", "ou", "le", "la", "l'", "les", "un", "une", "a", "en",
                                                  "dans") or _first_name(doc[comma + 1].text)):
                # "Chez Team Nordvik, dont le leader, l'Espagnol Iker Arrieta, était à l'avant, on fait valoir";
                # "Chez Ferrovia Traction, la société qui fournit les locomotives, on assure"; "Au cabinet du ministre
                # de l'Éducation, Bernard Drainville, on indique": past the minister's name
                comma = next((c for c in range(comma + 2, min(comma + 30, u.end - 1)) if doc[c].text == ","
                              and fold(doc[c + 1].text) == "on"), None)
            if comma is None or comma + 1 >= u.end or fold(doc[comma + 1].text) != "on":
                continue
            toks = [t for t in doc[k + 1: place_end] if not t.is_space]
            body = any(t.pos_ == "NOUN" and _body_noun(t) for t in toks)
            if not toks or not (circle or source or body or any(t.text[:1].isupper() for t in toks)) or any(
                    "Fin" in t.morph.get("VerbForm") for t in toks):
                continue  # a named place or body, not "À cette heure" (or a circle: "Dans l'entourage du ministre")
            if source:  # "De source proche de la DNCG, on indique que P": that source
                return self._describe(toks, u, subject=True)
            return self._place_body(toks, u, _CONTRACTED_ARTICLE.get(fold(doc[k].text), ""))
        return None

    def _place_body(self, toks: list[Token], unit: _Unit, article: str = "") -> Mention:
        """The body a place phrase names, as an organisation ("au cabinet Van Damme" -> "le cabinet Van Damme"): the
        body, not the person it may be named after."""
        if len(toks) > 2 and fold(toks[0].text) in ("siege", "bureaux", "locaux", "quartier general") and fold(
                toks[1].text) in ("de", "d'", "du", "des"):
            # "Au siège d'Hydro-Services CI, à Marcory, on assure": the body whose seat it is
            article = {"du": "le ", "des": "les "}.get(fold(toks[1].text), "")
            toks = toks[2:]
        text = article + self.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
        m = self._describe(toks, unit, subject=True)
        return replace(m, kind="org", text=text, name=None, descriptor=text, role_kind=m.role_kind or "org")

    def _pronoun_mention(self, tok: Token, unit: _Unit) -> Mention:
        word = fold(tok.text).lstrip("-").replace("t-", "")
        gender, plural = PRONOUNS.get(word, (None, False))
        return Mention(tok.idx, tok.idx + len(tok.text), word, "pronoun", gender=gender, plural=plural,
                       subject=True, unit=unit.index)

    def _relayed(self, mention: Mention, unit: _Unit) -> Mention | None:
        """ "l'agence Anadolu qui cite le Président turc", "…, citant des sources" -> the cited speaker."""
        doc = self.doc
        i = self._token_at_or_before(mention.end) + 1
        if i < unit.end and doc[i].text == ",":
            i += 1
        words = [fold(t.text) for t in doc[i: min(i + 3, unit.end)]]
        if words[:2] in (["qui", "cite"], ["qui", "citent"], ["qui", "citait"]):
            k = i + 2
        elif words[:1] == ["citant"]:
            k = i + 1
        else:
            return None
        while k < unit.end and doc[k].pos_ == "DET":
            k += 1
        if k < unit.end and doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "PRON"):
            cited = self._mention(doc[k], unit, subject=False)
            if cited is not None and cited.kind in ("name", "pronoun", "source", "org", "anaphor", "indefinite") \
                    and cited.role_kind != "data":
                return cited  # a relay's source ("qui cite le Président turc"), not figures ("qui cite les effectifs
                # du site américain")
        return None

    def _relative_speaker(self, verb: Token, unit: _Unit) -> Mention | None:
        antecedent = verb.head if verb.dep_.startswith("acl") else None
        if antecedent is None or antecedent.pos_ not in ("NOUN", "PROPN", "PRON") or cue_lemma(antecedent) is not None:
            # surface: the noun phrase right before ", qui" (also when the parser hung the relative on the cue it
            # took for a noun: "« … », objecte(NOUN) la directrice, qui dit …")
            rel = self._relative_subject(verb)
            j = rel.i - 1
            while j >= unit.start and self.doc[j].text in (",",):
                j -= 1
            if j < unit.start:
                return None
            c = next((c for c in range(j, max(unit.start, j - 8) - 1, -1) if self.doc[c].text == ","), None)
            if c is not None and c - 1 > unit.start and self._participle_aside(c + 1, j) and not any(
                    "Fin" in t.morph.get("VerbForm") for t in self.doc[c + 1: j + 1]):
                # "Faux, répond le syndicat mixte des Gardons (SMAGE), chargé de l'ouvrage, qui assure que P": the
                # body before the participle's aside, not its complement
                k = c - 1
                if self.doc[k].text == ")":
                    k = next((x - 1 for x in range(k - 1, max(unit.start, k - 6) - 1, -1) if self.doc[x].text == "("),
                             k)
                while unit.start <= self.doc[k].head.i < k and self.doc[k].dep_ == "nmod":
                    k = self.doc[k].head.i
                if self.doc[k].pos_ in ("NOUN", "PROPN"):
                    j = k
            antecedent = self.doc[j]
        if antecedent.dep_ in ("appos", "nmod") and antecedent.pos_ == "NOUN" and antecedent.head.pos_ == "PROPN" and \
                antecedent.head.i < antecedent.i and self.doc[antecedent.i - 1].text == "," and (
                    _first_name(antecedent.head.text) or any(c.dep_ == "flat:name" for c in antecedent.head.children)):
            # "Jean-Paul Morel, conseiller(appos) départemental du canton, qui assure que P": the person named, whose
            # description the relative follows
            antecedent = antecedent.head
        if fold(antecedent.text) in _WORDS_OF and antecedent.pos_ == "NOUN":
            # "les propos du ministre, qui avait assuré que P": the one whose words they are
            owner = next((c for c in antecedent.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN") and any(
                fold(x.text) in ("de", "du", "des", "d'") for x in c.children if x.dep_ == "case")), None)
            if owner is not None:
                antecedent = owner
        m = self._mention(antecedent, unit, subject=True)
        case = next((fold(x.text) for x in antecedent.children if x.dep_ == "case"), None)
        if m is not None and m.start == antecedent.idx:
            m = _after_contraction(m, case)  # ("les propos du ministre": "le ministre")
        rel = self._relative_subject(verb)
        if (m is None or not _speaks(m) or m.kind not in ("name", "pronoun", "source", "org") and m.role_kind is None) \
                and rel is not None and antecedent.i < rel.i:
            # "Une affirmation que réfute Adjoua Kouamé, planteuse à Méagui, qui dit …": the parser hung the relative
            # on the sentence's noun; the person named right before it says
            names = [t for t in self.doc[antecedent.i + 1: rel.i] if not self.in_quote(t) and (
                t.pos_ == "PROPN" and t.dep_ != "flat:name" and self._first_named(t.i, unit)
                # "Une estimation balayée par Mme(NOUN) Ben Romdhane, qui affirme …": an honorific heading the name
                or fold(t.text) in HONORIFICS and any(c.dep_ == "flat:name" for c in t.children)
                # "Une assurance que conteste le bureau régional du SJT à Sfax, qui indique …": the relative's subject
                or t.pos_ == "NOUN" and t.dep_ in SUBJECT_DEPS and t.head.dep_ == "acl:relcl"
                and getattr(titles().get(fold(t.text)), "kind", None) in ("person", "office", "org"))]
            if names:
                named = self._mention(names[-1], unit, subject=True)
                if named is not None and (named.kind == "name" or names[-1].pos_ == "NOUN" and _speaks(named)):
                    return named
        return m

    def _frame_speaker(self, verb: Token, unit: _Unit, same_unit: list[_Found]) -> Mention | None:
        """Speaker of a participle or "avant de" clause: the last speaker before it, else the clause's subject."""
        before = [f for f in same_unit if f.frame[0] < verb.idx and f.mention is not None]
        # (not a report inside another's content: "Il explique que le rapport remis le 12 mars a révélé de la
        # moisissure, ajoutant que P" is his)
        before = [f for f in before if not any(g is not f and g.content[0] <= f.frame[0] < g.content[1]
                                               and g.frame[0] < f.frame[0] for g in before)]
        if before:
            return before[-1].mention
        # the subject of the last finite verb before it ("Washington a exprimé sa préoccupation, notant que …")
        for v in reversed(list(self.doc[unit.start: verb.i])):
            if v.pos_ in ("VERB", "AUX") and not self.in_quote(v) and ("Fin" in v.morph.get("VerbForm") or (
                    "Part" in v.morph.get("VerbForm") and self._auxiliaries(v))):
                group = min([v.i] + [a.i for a in self._auxiliaries(v)])
                subj = self._left_subject(v) or self._noun_before(group, unit)
                if subj is not None and subj.i < v.i:
                    if "Rel" in subj.morph.get("PronType"):
                        m = self._relative_speaker(v, unit)
                        if m is None or (_speaks(m) and m.role_kind != "medium"):
                            return m
                        continue  # "a annulé la déclaration d'utilité publique, qui devait …, estimant que": the
                        # relative's antecedent is no speaker; the main clause's subject is
                    return self._mention(subj, unit, subject=True, until=group)
                break
        h = verb
        for _ in range(6):
            if h.dep_ == "ROOT" or h.head is h:
                break
            h = h.head
            subj = self._left_subject(h) or next((c for c in h.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.i < verb.i:
                # (not the cue itself, tagged a noun: "…, juge(nsubj) que"; nor the subject of the words it reports,
                # "Il dément(ADJ) par ailleurs que la fermeture(nsubj) ait été décidée")
                if "Rel" in subj.morph.get("PronType"):
                    return self._relative_speaker(h, unit)
                return self._mention(subj, unit, subject=True)
        return None

    def _mention(self, head: Token, unit: _Unit, subject: bool, until: int | None = None,
                 after: int | None = None, incise: bool = False) -> Mention | None:
        """The mention around ``head``: a noun phrase grown over the words a speaker's description is made of
        (determiners, titles, adjectives, "de" complements, "à la Défense", appositions, a name) and cut before
        circumstances ("aux journalistes", "lors de", "sous couvert de"), clauses and verbs.

        ``until``: for a subject before its verb, the verb group's first token; an apposed name right before it
        joins the mention ("L'envoyé spécial des États-Unis dans la région, Brett McGurk, a indiqué").
        """
        doc = self.doc
        a, b = head.i, head.i  # the word around head, however the tokenizer cut it ("Celui" "-" "ci")
        while a > 0 and not doc[a - 1].whitespace_ and not doc[a - 1].is_punct or a > 0 and doc[a - 1].text == "-" \
                and not doc[a - 2].whitespace_:
            a -= 1
        while b + 1 < len(doc) and not doc[b].whitespace_ and (doc[b + 1].text[:1] == "-" or doc[b].text == "-"):
            b += 1
        glued = fold(doc[a: b + 1].text)
        prev = fold(doc[a - 1].text) if a > 0 else ""
        if glued in ("celui-ci", "celle-ci") or (prev in ("ce", "cette") and glued in ("dernier", "derniere")):
            word = glued if glued in PRONOUNS else ("ce dernier" if prev == "ce" else "cette dernière")
            first = doc[a] if glued in PRONOUNS else doc[a - 1]
            last = doc[b]
            gender, plural = PRONOUNS[word]
            return Mention(first.idx, last.idx + len(last.text), word, "pronoun", gender=gender, plural=plural,
                           subject=subject, unit=unit.index)  # "Celui-ci a averti …", "Ce dernier a ajouté …"
        if head.pos_ == "PRON" or fold(head.text) in PRONOUNS:
            word = fold(head.text).lstrip("-")
            if word in PRONOUNS:
                gender, plural = PRONOUNS[word]
                return Mention(head.idx, head.idx + len(head.text), word, "pronoun", gender=gender, plural=plural,
                               subject=subject, unit=unit.index)
            if not head.text[:1].isupper() or word in OTHER_PRONOUNS:
                return None
            # a capitalised word the tagger took for a pronoun is a name ("Kiev affirme …")
        if self.in_quote(head) and not incise:  # (an incise inside a quotation names its speaker there)
            return None
        lo, hi = self._np_left(head, unit), self._np_right(head, unit)
        if head.pos_ == "PROPN" and unit.start <= a < lo:
            lo = a  # the whole hyphenated name the parser split: "Hydro(nmod)-Rhône(nsubj)"
        if head.text == "Canada" and lo == head.i and lo - 2 >= unit.start and doc[lo - 2].text == "Affaires" and \
                doc[lo - 1].text == "mondiales":
            lo -= 2  # the Canadian foreign ministry's name, "Affaires mondiales Canada", not the country
        if after is not None:
            lo = max(lo, after)  # an inverted subject starts after its verb: "« … », juge Sophie Binet"
        if until is None and after is not None and hi + 1 < unit.end and doc[hi + 1].text == "," and \
                self._names_function(doc[lo: hi + 1]) and not _name_tokens(list(doc[lo: hi + 1])):
            # an inverted subject's apposed name: "…, a affirmé son porte-parole, le lieutenant-colonel Yoav Shaked."
            last = self._apposed_name(hi + 1, unit, True)
            if last is not None and (last + 1 >= unit.end or doc[last + 1].is_punct):
                hi = last
        elif until is None and after is not None and hi + 1 < unit.end and doc[hi + 1].text != "," and \
                self._names_function(doc[lo: hi + 1]) and not _name_tokens(list(doc[lo: hi + 1])):
            # a long complement the phrase stopped inside, then the name: "…, a déclaré la représentante de
            # l'Organisation des Nations | unies pour l'alimentation et l'agriculture (FAO) au Maroc, Giulia Ferraro"
            comma = next((c for c in range(hi + 1, min(hi + 16, unit.end)) if doc[c].text == ","), None)
            if comma is not None and all(t.pos_ in ("ADP", "DET", "NOUN", "ADJ", "PROPN", "CCONJ") or t.text in "()"
                                         or t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm")
                                         for t in doc[hi + 1: comma]) and not any(
                    self.in_quote(t) != self.in_quote(doc[hi]) for t in doc[hi + 1: comma]):  # (an incise's own)
                last = self._apposed_name(comma, unit, True)
                if last is not None and (last + 1 >= unit.end or doc[last + 1].is_punct) and \
                        _first_name(doc[comma + 1].text):
                    hi = last
        if until is not None and hi + 1 < until and doc[hi + 1].text != "," and \
                (fold(doc[hi + 1].text) in ("a", "au", "aux", "en") or fold(doc[hi + 1].text) == "et" and hi + 2 < until
                 and fold(doc[hi + 2].text) in ("de", "d'", "du", "des")) and self._names_function(doc[lo: hi + 1]):
            # "Le responsable de la mobilité | au comité exécutif, Samuel Bienvenue, argue", "La cheffe du service de
            # néphrologie | et de transplantation, la Pr Claire Dufaur, admet", "Un inspecteur des impôts | en poste au
            # terminal Nord, Bruno Castel, a raconté": the title's complement the phrase stopped before, when a name is
            # apposed after it
            comma = next((c for c in range(hi + 2, min(hi + 8, until)) if doc[c].text == ","), None)
            if comma is not None and all(t.pos_ in ("ADP", "DET", "NOUN", "ADJ", "PROPN", "CCONJ")
                                         and not self.in_quote(t) for t in doc[hi + 1: comma]):
                last = self._apposed_name(comma, unit, True)
                if last is not None and last < until:
                    hi = comma - 1
        if until is not None and hi + 1 < until - 1 and doc[hi + 1].text in _DASHES and \
                doc[until - 1].text == doc[hi + 1].text and self._names_function(doc[lo: hi + 1]):
            # "Le maire – Gilles Wiltzer, puisque c'est lui qui a signé la convention – fait remarquer": the name the
            # aside between dashes opens with
            last = self._apposed_name(hi + 1, unit, True)
            if last is not None and last < until - 1:
                hi = last
        gap = None
        if until is not None and hi + 3 < until and doc[hi + 1].text == "," and fold(doc[hi + 2].text) in ("a", "en") \
                and doc[hi + 3].text[:1].isupper() and self._names_function(doc[lo: hi + 1]):
            # "Le directeur général du cégep des Hautes-Laurentides, à Mont-Laurier, François Bélanger, nie": the
            # name past the place of the post
            close = next((c for c in range(hi + 3, min(hi + 8, until)) if doc[c].text == ","), None)
            if close is not None and all(t.text[:1].isupper() or t.text == "-" for t in doc[hi + 3: close]):
                last = self._apposed_name(close, unit, True)
                if last is not None and last < until and _first_name(doc[close + 1].text):
                    gap, hi = (hi + 1, close), last
        elif until is not None and hi + 3 < until and doc[hi + 1].text == "," and \
                fold(doc[hi + 2].text) in ("l'", "le", "la", "un", "une") and self._names_function(doc[lo: hi + 1]):
            # "Le directeur du Groupement du tunnel, l'exploitant franco-italien de l'ouvrage, Philippe Auberval, a
            # assuré": the name past the apposition that describes the body of the post
            close = next((c for c in range(hi + 3, min(hi + 18, until)) if doc[c].text == ","), None)
            if close is not None and close + 1 < until and _first_name(doc[close + 1].text) and \
                    self._apposition_start(close, unit) == hi + 2:
                last = self._apposed_name(close, unit, True)
                if last is not None and last < until:
                    gap, hi = (hi + 1, close), last
        if until is not None and hi + 1 < until and doc[hi + 1].text == ",":
            # "Le rapporteur du texte, Thomas Guérin (Renaissance), a démenti", "Le gérant de la société, Patrick
            # Vasseur, également prévenu, a reconnu": the apposed name, then at most participles and parentheses
            last = self._apposed_name(hi + 1, unit, self._names_function(doc[lo: hi + 1]))
            if last is not None and not any(fold(t.text) in ("qui", "que", "qu'", "dont") or t.text in QUOTE_CHARS
                                            or "Fin" in t.morph.get("VerbForm") for t in doc[last + 1: until]):
                hi = last
        if until is not None:
            lo = self._title_before_name(lo, unit)
            hi = min(hi, until - 1)  # never over its own verb ("M. Sarrazin réplique(ADJ) : « … »")
        toks = [t for t in doc[lo: hi + 1] if gap is None or not gap[0] <= t.i < gap[1]]
        while toks and (toks[-1].is_punct and toks[-1].text != ")" or fold(toks[-1].text) in (
                "de", "d'", "du", "des", "et", "a", "à", "au", "aux", "pour", "le", "la", "les", "l'")):
            toks.pop()
        while toks and (toks[0].is_punct or fold(toks[0].text) in TIME_WORDS):
            toks.pop(0)
        if not toks:
            return None
        if toks[-1].i + 1 < unit.end and doc[toks[-1].i + 1].text == ")" and \
                sum(t.text == "(" for t in toks) > sum(t.text == ")" for t in toks):
            toks.append(doc[toks[-1].i + 1])  # "l'Office national des chemins de fer (ONCF(appos)": its parenthesis
        m = self._describe(toks, unit, subject)
        cut = _circle_cut(toks) if m.kind == "name" else None
        if cut is not None:
            # "Le cabinet de la ministre de la Famille, Geneviève Arsenault, vient de réagir": the name is the
            # minister's, the cabinet speaks
            m = self._describe(toks[:cut], unit, subject)
        if m.role_kind in ("medium", "data"):
            issuer = _issuer(toks)
            if issuer:  # "indique le communiqué de la CNIL": the CNIL speaks; the communiqué carries its words
                by = self._issuer_mention(issuer, unit, subject)
                if by.kind != "name" and issuer[0].text.islower() and fold(doc[issuer[0].i - 1].text) == "du" \
                        and by.text == issuer[0].text:
                    # "un communiqué du ministère": "le ministère", a definite description (as "le ministère des Mines"
                    # before it)
                    by = replace(by, text="le " + by.text,
                                 descriptor="le " + by.descriptor if by.descriptor == by.text else by.descriptor)
                return by
            issuer = self._earlier_issuer(toks)  # "D'après le rapport", the report named before
            if issuer:
                by = self._issuer_mention(issuer, unit, subject)
                if by.kind in ("name", "org"):
                    return replace(by, start=m.start, end=m.end)
        return m

    def _issuer_mention(self, issuer: list[Token], unit: _Unit, subject: bool) -> Mention:
        """The mention of a document's issuer; "l'Inserm" (a capitalised word the tagger may call a noun) is a name,
        not a complement here."""
        by = self._describe(issuer, unit, subject)
        if by.kind == "unknown" and issuer[-1].text[:1].isupper():
            by = replace(by, kind="name", name=_join([t for t in issuer if t.pos_ != "DET"]), descriptor=None)
        return by

    def _earlier_issuer(self, toks: list[Token]) -> list[Token] | None:
        """ "D'après le rapport, P" after "selon le rapport annuel de la Fondation pour le logement"; "Selon ces
        travaux, P" after "Une étude de l'Inserm publiée mardi": the issuer the text gave that document before (the same
        noun; for a demonstrative, any document in its sentence or the three before), else None."""
        doc = self.doc
        words = [t for t in toks if not t.is_punct]
        if not 2 <= len(words) <= 3 or fold(words[0].text) not in ("le", "la", "l'", "ce", "cet", "cette", "ces") \
                or not all(t.pos_ in ("DET", "NOUN", "ADJ") for t in words):
            return None
        head = next((t for t in words if t.pos_ == "NOUN"), None)
        demonstrative = fold(words[0].text) in ("ce", "cet", "cette", "ces")
        if head is None:
            return None
        # (the same noun anywhere before: "le rapport" is the report the article introduced)
        sents = [s for s in doc.sents if s.start < toks[0].i][-4:]
        lo = 0 if not demonstrative else sents[0].start if sents else toks[0].i

        def issuer_of(t: Token) -> list[Token] | None:
            after = []
            for x in doc[t.i: min(t.i + 12, toks[0].i)]:
                if x.is_punct and x.text not in ("'", "’", "-") or x.pos_ in ("VERB", "AUX") or x.is_space:
                    break
                after.append(x)
            return _issuer(after)

        for t in reversed(doc[lo: toks[0].i]):
            same = fold(t.lemma_) == fold(head.lemma_) or fold(t.text) == fold(head.text)
            kind = getattr(titles().get(fold(t.text)), "kind", None)
            if t.pos_ == "NOUN" and (same or demonstrative and kind in ("medium", "data")) and not self.in_quote(t):
                issuer = issuer_of(t)
                if issuer:
                    return issuer
        if not demonstrative and fold(head.text) in _REPORT_NOUNS:
            # "L'expertise de la FSVL, versée au dossier, dit tout autre chose. … Selon le rapport, P": a report of
            # another name in its sentence or the two before
            lo = sents[-3:][0].start if sents else toks[0].i
            for t in reversed(doc[lo: toks[0].i]):
                if t.pos_ == "NOUN" and fold(t.text) in _REPORT_NOUNS and not self.in_quote(t):
                    issuer = issuer_of(t)
                    if issuer:
                        return issuer
        return None

    def _lowercase_tail(self, k: int, unit: _Unit, words: int, proper: bool) -> int | None:
        """The last token of at most ``words`` lowercase determiners, nouns and adjectives from ``k`` (and, with
        ``proper``, one proper noun after them: "pour la Loire"), when a punctuation mark, a verb or the sentence's end
        follows; else None."""
        doc = self.doc
        end, last = min(unit.end, k + words), None
        while k < end and doc[k].text.islower() and doc[k].pos_ in ("DET", "NOUN", "ADJ"):
            last = k if doc[k].pos_ in ("NOUN", "ADJ") else last
            k += 1
        if proper and k < unit.end and last is not None and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN":
            last, k = k, k + 1
        return last if last is not None and (k >= unit.end or doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX")) \
            else None

    def _portfolios(self, lo: int, hi: int, unit: _Unit, limit: int) -> int:
        """The last token of a function's list of portfolios after the noun phrase ``lo``..``hi`` that names its
        first ("Le ministre de l'Énergie | , des Mines et des Carrières", "la ministre de l'Économie | , des Finances
        et de la Souveraineté industrielle"), else ``hi``; a name apposed after the list then joins the mention."""
        doc = self.doc
        # (written in lowercase too: "le ministre sénégalais de l'énergie, du pétrole et des mines, Birame Ndoye", when
        # a name follows the list)
        lower = doc[hi].pos_ == "NOUN" and doc[hi].text.islower()
        if not (hi + 2 < limit and doc[hi + 1].text == "," and (doc[hi].text[:1].isupper() or lower or hi > lo and (
                doc[hi].pos_ == "ADJ" and doc[hi - 1].text[:1].isupper()))
                and any(fold(t.text) in ("de", "d'", "du", "des", "l'") for t in doc[lo: hi])
                and (self._names_function(doc[lo: hi + 1]) or any(fold(t.text) == "ministere" for t in doc[lo: hi]))):
            return hi
        j = hi + 2
        if fold(doc[j].text) not in ("de", "d'", "du", "des"):
            return hi
        capitals, nouns, coordinated = 0, 0, False
        while j < limit and (doc[j].text not in (",", ";", ":", "(", ")") or (
                doc[j].text == "," and j + 1 < limit and fold(doc[j + 1].text) in ("de", "d'", "du", "des")
                and not coordinated)) and (  # a longer list: "de l'environnement, des transports, de l'énergie et …"
                fold(doc[j].text) in ("de", "d'", "du", "des", "la", "l'", "et", ",") or doc[j].text[:1].isupper()
                or doc[j].pos_ == "ADJ" and (doc[j - 1].text[:1].isupper() or lower or (
                    doc[j - 1].pos_ == "ADJ" and doc[j - 2].text[:1].isupper()))  # "de la Garde côtière canadienne"
                or lower and doc[j].pos_ == "NOUN" and doc[j].text.islower() and not self.in_quote(doc[j])):
            capitals += doc[j].text[:1].isupper()
            nouns += doc[j].pos_ == "NOUN"
            coordinated = coordinated or fold(doc[j].text) == "et"
            j += 1
        if j + 3 < limit and doc[j].text == "(" and _ACRONYM_WORD.fullmatch(doc[j + 1].text) and \
                doc[j + 2].text == ")" and doc[j + 3].text == ",":
            j += 3  # the list's acronym before the apposed name: "…, de l'énergie et de la communication (DETEC), X"
        verb = j + (j + 1 < limit and fold(doc[j].text) in ("se", "s'"))
        if verb < limit and coordinated and capitals and doc[verb].pos_ in ("AUX", "VERB") and "Fin" in doc[
                verb].morph.get("VerbForm") and fold(doc[j - 1].text) not in ("de", "d'", "du", "des", "la", "l'",
                                                                                "et"):
            return j - 1  # "Le ministère de l'Agriculture, de l'Élevage et de la Pêche a rappelé": the list, then
            # its verb
        if j >= limit or doc[j].text != "," or fold(doc[j - 1].text) in ("de", "d'", "du", "des", "la", "l'", "et"):
            return hi
        if not capitals and not (lower and nouns and coordinated and j + 1 < limit
                                 and doc[j + 1].text[:1].isupper() and doc[j + 1].pos_ in ("PROPN", "X")):
            return hi
        return j - 1

    def _apposed_name(self, comma: int, unit: _Unit, person: bool = True) -> int | None:
        """The proper name apposed after the comma at ``comma`` ("…, Thomas Guérin (Renaissance)", "…, le colonel
        Eric Balland", "…, Me François Aubert", "…, Météo-France"): the index of its last token (a party or acronym
        in parentheses right after it included), or None. ``person``: the phrase before the comma names a person's
        function, so a rank or an honorific may open the name (not after "Selon l'accusation, M. Lemaître …")."""
        doc = self.doc
        j = comma + 1
        while j < unit.end and doc[j].is_space:
            j += 1
        k = j + 1
        while person and k < unit.end and fold(doc[k].text) in ("ancien", "ancienne", "ex", "ex-", "-"):
            k += 1  # "l'ancienne Première ministre Aminata Sow-Kane"
        ahead = list(doc[k: min(k + 2, unit.end)])
        two_words = len(ahead) == 2 and " ".join(fold(x.text) for x in ahead) in titles()  # "Première ministre"
        elided = k + 2 < unit.end and fold(doc[k + 1].text) in ("d'", "de") and \
            getattr(titles().get(fold(doc[k].text) + " " + fold(doc[k + 1].text) + ("" if doc[k + 1].text[-1:] in "'’"
                                                                                    else " ") + fold(doc[k + 2].text)),
                    "kind", None) == "person"  # "l'homme d'affaires Wim Van Acker"
        if person and k < unit.end and doc[j].pos_ == "DET" and fold(doc[j].text) in ("le", "la", "l'") and elided:
            j = k + 3
        elif person and k < unit.end and doc[j].pos_ == "DET" and fold(doc[j].text) in ("le", "la", "l'") and (
                (titles().get(fold(doc[k].text)) is not None and titles()[fold(doc[k].text)].kind == "person")
                or (k > j + 1 and _title_at(ahead, 0))):
            j = k + (2 if k > j + 1 and two_words else 1)  # a rank or function before the name: "le colonel"
            while j + 1 < unit.end and doc[j].text == "-" and not doc[j - 1].whitespace_:
                j += 2  # "le lieutenant-colonel", the tokenizer's three words
            if j + 2 < unit.end and fold(doc[j].text) in ("de", "d'") and doc[j + 1].text.islower() and \
                    doc[j + 2].text[:1].isupper() and doc[j + 2].pos_ in ("PROPN", "X", "NOUN"):
                j += 2  # "le général de brigade Fadi Haddad", "le capitaine de frégate …"
        elif person and j < unit.end and fold(doc[j].text) in HONORIFICS:
            j += 1
        elif person and k + 1 < unit.end and doc[j].pos_ == "DET" and fold(doc[j].text) in ("le", "la", "l'") and \
                doc[k].text[:1].isupper() and fold(doc[k].text) in nationality_adjectives() and \
                _first_name(doc[k + 1].text):
            j = k  # where the person is from, then the name: "le directeur du projet, l'Espagnol Pablo Ortega Lucena"
        elif person and j + 1 < unit.end and fold(doc[j].text) in ("sa", "son") and \
                fold(doc[j + 1].text) in _STYLES:
            j += 2  # a style: "Un autre chef, Sa Majesté Joseph Ondoua Mvondo, …", "son Excellence …"
        elif person and k < unit.end and doc[j].pos_ == "DET" and fold(doc[j].text) in ("le", "la") and \
                fold(doc[k].text) in ("dr", "dr.", "pr", "pr.", "dre"):
            j = k + 1  # "son représentant en RDC, le Dr Amadou Sy Ndiaye"
        if person and comma + 1 < j < unit.end and not (doc[j].text[:1].isupper() and _first_name(doc[j].text)):
            # "…, l'ancien président de la Cour constitutionnelle béninoise Théodore Agbodjan": the title's complement,
            # then the name (a known first name) that ends the apposition
            for p in range(j, min(j + 10, unit.end - 1)):
                t = doc[p]
                if t.text in (",", ";", ":", "(") or t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
                    break
                if t.text[:1].isupper() and _first_name(t.text) and \
                        doc[p + 1].text[:1].isupper() and doc[p + 1].pos_ in ("PROPN", "X", "NOUN"):
                    j = p
                    break
        start = j
        quoted = self.in_quote(doc[comma])
        while j < unit.end and self.in_quote(doc[j]) == quoted and (
                doc[j].text[:1].isupper() and (doc[j].pos_ in ("PROPN", "X") or doc[j].dep_ == "flat:name"
                                               or (j > start and doc[j].pos_ in ("NOUN", "ADJ"))
                                               or (j == start and doc[j].pos_ in ("NOUN", "ADJ", "VERB")  # "Yerlan(VERB)"
                                                   and j + 1 < unit.end
                                                   and (doc[j + 1].text[:1].isupper()
                                                        and doc[j + 1].pos_ in ("PROPN", "NOUN", "X")
                                                        or _capital_particle(doc, j + 1, unit.end))))
                or (doc[j].text == "-" and j > start and not doc[j - 1].whitespace_)
                or (j > start and (_particle_before_name(doc, j, unit.end) or _capital_particle(doc, j, unit.end)))):
            j += 1
        if j == start or doc[j - 1].text == "-" or fold(doc[start].text) in titles() or (
                not person and fold(doc[start].text) in HONORIFICS):
            return None
        last = j - 1
        if j < unit.end and doc[j].text == "(":
            close = next((k for k in range(j + 1, min(j + 8, unit.end)) if doc[k].text == ")"), None)
            if close is not None:
                last = close
        return last

    @staticmethod
    def _names_function(toks) -> bool:
        """Does this phrase name a person's title or function ("le rapporteur du texte", "l'avocat de …")?"""
        toks = list(toks)
        if any(re.fullmatch(r"interessee?s?", fold(t.text)) for t in toks[:2]):
            return True  # "L'intéressé, Me Olivier Bataille, assure": the person concerned, whom the name spells out
        if any(fold(t.text) in COUNTERPART_NOUNS for t in toks[:3]):
            return True  # "son adversaire du soir, Hélène Declercq": the person the name spells out
        return any(_title_at(toks, n) and (titles().get(fold(t.text)) or titles().get(
            " ".join(fold(x.text) for x in toks[n: n + 2]))).kind in ("person", "office") for n, t in enumerate(toks))

    def _verb_after_name(self, t: Token, unit: _Unit) -> int | None:
        """The finite verb right after the name ``t`` (its other words, then a comma), if there is one."""
        k = self._past_name(t, unit)
        if k < unit.end and self.doc[k].pos_ in ("VERB", "AUX") and "Fin" in self.doc[k].morph.get("VerbForm"):
            return k
        if k + 1 < unit.end and self.doc[k - 1].text == "," and self.doc[k].pos_ in ("NOUN", "ADJ") and \
                self.doc[k].text.islower() and fold(self.doc[k + 1].text) in ("un", "une", "le", "la", "les", "l'"):
            return k  # a present the tagger read as a noun: "la maire, Pascale Giacomoni, livre(NOUN) un récit"
        return None

    def _by_the_voice(self, j: int, unit: _Unit) -> tuple[Mention | None, int] | None:
        """An aside "par la voix de son directeur, Laurent Cassagne," after the verb group at ``j``: the person it
        names (None when it names nobody) and the token after it, before "que" or a colon; else None."""
        doc = self.doc
        k = j + (j < unit.end and doc[j].text == ",")
        if k + 3 >= unit.end or not _BY_THE_VOICE.match(self.text, doc[k].idx):
            return None
        end = next((x for x in range(k + 3, min(k + 20, unit.end)) if fold(doc[x].text) in ("que", "qu'")
                    or doc[x].text == ":" or doc[x].text in QUOTE_CHARS), None)
        if end is None:
            return None
        return self._voice_named(k, end - (doc[end - 1].text == ","), unit), end

    def _voice_named(self, k: int, stop: int, unit: _Unit) -> Mention | None:
        """The person a "par la voix de son directeur, Laurent Cassagne" phrase opening at token ``k`` names before
        ``stop``, with the post it gives ("de sa porte-parole, X": her post too, for a later "la porte-parole"), or
        None when it names nobody."""
        doc = self.doc
        names = [t for t in doc[k: stop] if t.pos_ == "PROPN" and _first_name(t.text) and not self.in_quote(t)]
        if not names:
            return None
        mention = self._mention(names[0], unit, subject=True)
        title = role_of(self.text[_BY_THE_VOICE.match(self.text, doc[k].idx).end(): names[0].idx])
        if mention is not None and mention.role is None and title is not None and title.kind in ("person", "office"):
            mention = replace(mention, role=title.role, role_kind=title.kind)
        return mention if mention is not None and mention.kind == "name" else None

    def _cleft(self, t: Token) -> bool:
        """Is the name ``t`` apposed to the predicate of "C'est …" and followed by "qui" ("C'est une maître de chai,
        Hélène Bouchard-Mercier, qui a donné l'alerte")?"""
        k = self._name_end(t) + 1
        k += k < len(self.doc) and self.doc[k].text == ","
        return k < len(self.doc) and fold(self.doc[k].text) == "qui" and any(
            c.dep_ == "cop" for c in t.head.children) and any(
            c.dep_ in SUBJECT_DEPS and fold(c.text) in ("c'", "ce") for c in t.head.children)

    def _named_past_relative(self, mention: Mention, verb: int, unit: _Unit) -> Mention | None:
        """A title, its relative clause and the name apposed after it, before the verb: "Le courtier qui a préparé les
        échantillons, Charles-Henri de Vergnette, | réfute": the title and the name; else None."""
        doc = self.doc
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.end >= verb or fold(doc[span.end].text) not in ("qui", "dont") or \
                doc[verb - 1].text != "," or mention.role_kind not in ("person", "office"):
            return None
        comma = next((c for c in range(verb - 2, span.end, -1) if doc[c].text == ","), None)
        if comma is None or any(self.in_quote(t) or t.text in (";", ":") for t in doc[span.end: verb]):
            return None
        name = list(doc[comma + 1: verb - 1])
        if not name or not _first_name(name[0].text.split("-")[0]) or not all(
                t.text[:1].isupper() or t.text in ("-", "de", "du", "d'", "d’", "des", "le", "la") for t in name) or \
                not name[-1].text[:1].isupper():
            return None
        return self._describe(list(span) + name, unit, True)

    def _apposition_start(self, comma: int, unit: _Unit) -> int | None:
        """The first token of an apposition with its own article that ends at ``comma`` and starts after the comma
        before it (", | l'exploitant des lignes pour le compte de la Région ,"), else None."""
        doc = self.doc
        c = next((c for c in range(comma - 1, max(unit.start, comma - 16) - 1, -1) if doc[c].text == ","), None)
        if c is None or c + 2 >= comma or fold(doc[c + 1].text) not in ("l'", "le", "la", "les", "un", "une") or any(
                x.pos_ == "AUX" or "Fin" in x.morph.get("VerbForm") or self.in_quote(x) for x in doc[c + 1: comma]):
            return None
        return c + 1

    def _title_before_apposition(self, owner: Token, unit: _Unit) -> list[Token] | None:
        """The person's title whose body an apposition describes: "la présidente de Nexalis | , l'entreprise(owner)
        montréalaise qui a conçu le logiciel": the tokens of "la présidente de Nexalis", else None."""
        doc = self.doc
        k = owner.left_edge.i
        if k - 2 < unit.start or doc[k - 1].text != ",":
            return None
        j, named = k - 2, False
        while j >= max(unit.start, k - 10) and (doc[j].pos_ in ("DET", "ADP", "PROPN") or doc[j].text[:1].isupper()
                                                  and not doc[j].is_punct):
            named = named or doc[j].pos_ == "PROPN" or doc[j].text[:1].isupper()
            j -= 1
        if j < unit.start or not named or getattr(titles().get(fold(doc[j].text)), "kind", None) not in (
                "person", "office") or fold(doc[j + 1].text) not in ("de", "d'", "du", "des"):
            return None
        lo = j - 1 if j - 1 >= unit.start and doc[j - 1].pos_ == "DET" else j
        return list(doc[lo: k - 1])

    def _past_name(self, t: Token, unit: _Unit) -> int:
        """The token after the name ``t`` opens and the comma that may close it."""
        k = self._name_end(t) + 1
        return k + 1 if k < unit.end and self.doc[k].text == "," else k

    def _verb_after_asides(self, t: Token, unit: _Unit) -> int | None:
        """The finite verb after the name ``t`` and at most two asides set off by commas or parentheses ("Hugo Larrart
        (27 ans), troisième-ligne de l'USHB, | a tenu"), when it has no subject of its own."""
        doc = self.doc
        k = self._name_end(t) + 1
        for _ in range(3):
            if k < unit.end and doc[k].text == "(":
                close = next((c for c in range(k + 1, min(k + 8, unit.end)) if doc[c].text == ")"), None)
                if close is None:
                    return None
                k = close + 1
            if k < unit.end and doc[k].text == ",":
                nxt = k + 1
                if nxt < unit.end and doc[nxt].pos_ in ("AUX", "VERB") and "Fin" in doc[nxt].morph.get("VerbForm"):
                    verb = doc[nxt].head if doc[nxt].dep_.startswith("aux") else doc[nxt]
                    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                        return nxt
                    return None
                close = next((c for c in range(nxt, min(nxt + 14, unit.end)) if doc[c].text == ","), None)
                if close is None or any(x.pos_ in ("AUX", "VERB") and "Fin" in x.morph.get("VerbForm")
                                        or self.in_quote(x) for x in doc[nxt: close]):
                    return None
                k = close
                continue
            return None
        return None

    def _title_and_name(self, a: int, b: int) -> bool:
        """Are tokens ``a`` … ``b`` one phrase, or a phrase and a name apposed to it ("l'ancien chef de police de
        Laval, Jean-Guy Perron")?"""
        commas = [c for c in range(a, b) if self.doc[c].text == ","]
        if not commas:
            return True
        return len(commas) == 1 and all(x.text[:1].isupper() or x.text == "-" for x in self.doc[commas[0] + 1: b]) \
            and commas[0] + 1 < b and _first_name(self.doc[commas[0] + 1].text)

    def _finite_after(self, last: int, unit: _Unit) -> bool:
        """Is the token after ``last`` (past adverbs: "n'", "ne") a finite verb or auxiliary?"""
        k = last + 1
        while k < unit.end and self.doc[k].pos_ == "ADV":
            k += 1
        return k < unit.end and self.doc[k].pos_ in ("AUX", "VERB") and "Fin" in self.doc[k].morph.get("VerbForm")

    def _honorific_name_end(self, t: Token, unit: _Unit) -> int:
        """The token after the name that follows the honorific ``t``: "Me Pieter(X) Van(X) den(X) Broeck | ,"."""
        k = t.i + 1
        while k < unit.end and (self.doc[k].text[:1].isupper() or self.doc[k].text in (
                "-", "van", "den", "der", "de", "du", "le", "la", "von", "ben", "ould")):
            k += 1
        return k

    def _verb_after_honorific(self, t: Token, unit: _Unit) -> int | None:
        """The finite verb after the honorific ``t``, its name ("Me Pieter Van den Broeck") and at most two asides set
        off by commas (a title, "qui défend le notaire"), when it has no subject of its own; else None."""
        doc = self.doc
        k = self._honorific_name_end(t, unit)
        for _ in range(3):
            if k >= unit.end or doc[k].text != ",":
                return None
            nxt = k + 1
            if nxt < unit.end and doc[nxt].pos_ in ("AUX", "VERB") and "Fin" in doc[nxt].morph.get("VerbForm"):
                verb = doc[nxt].head if doc[nxt].dep_.startswith("aux") else doc[nxt]
                return nxt if not any(c.dep_ in SUBJECT_DEPS and c.i > nxt for c in verb.children) else None
            close = next((c for c in range(nxt, min(nxt + 20, unit.end)) if doc[c].text == ","), None)
            if close is None or any(self.in_quote(x) for x in doc[nxt: close]) or (
                    fold(doc[nxt].text) != "qui" and any(x.pos_ in ("AUX", "VERB") and "Fin" in x.morph.get("VerbForm")
                                                         for x in doc[nxt: close])):
                return None
            k = close
        return None

    def _name_end(self, t: Token) -> int:
        """The last token of the name ``t`` opens: its flat:name words, then the parts of a hyphenated surname the
        parser hung elsewhere ("Claire Vasseur(flat) -(nmod) Lamy(nmod)")."""
        doc = self.doc
        last = max([t.i] + [c.i for c in t.children if c.dep_ == "flat:name"])
        while last + 2 < len(doc) and doc[last + 1].text == "-" and not doc[last].whitespace_ and \
                not doc[last + 1].whitespace_ and doc[last + 2].text[:1].isupper():
            last += 2
        return last

    def _title_before_name(self, lo: int, unit: _Unit) -> int:
        """A subject name after a comma, with a description opening the clause: "L'envoyé spécial des États-Unis dans
        la région, Brett McGurk, a indiqué" -> the whole phrase."""
        doc = self.doc
        if doc[lo].pos_ != "PROPN" or lo - 1 < unit.start or doc[lo - 1].text != ",":
            return lo
        j = lo - 2
        while j >= unit.start and doc[j].text not in (",", ";", ":") and doc[j].pos_ not in ("VERB", "AUX", "SCONJ") \
                and not self.in_quote(doc[j]) and doc[j].text not in QUOTE_CHARS:
            j -= 1
        start = j + 1
        zone = list(doc[start: lo - 1])
        k = 0
        while k < len(zone) and zone[k].pos_ == "DET":
            k += 1
        if k < len(zone) and _title_at(zone, k) and titles().get(fold(zone[k].text), None) is not None \
                and titles()[fold(zone[k].text)].kind in ("person", "office"):
            return start
        return lo

    def _portfolio_title(self, comma: int, unit: _Unit) -> int | None:
        """Where a post with a list of portfolios starts ("| le ministre de l'Agriculture, de la Pêche maritime, du
        Développement rural et des Eaux et Forêts" before the comma at ``comma``), else None: back over complements of
        capitalised nouns, commas and "et", to a person's title."""
        doc = self.doc
        commas = 0
        for k in range(comma - 1, max(unit.start, comma - 30) - 1, -1):
            t = doc[k]
            if t.pos_ == "NOUN" and t.text.islower() and getattr(titles().get(fold(t.text)), "kind", None) in (
                    "person", "office"):
                if not commas:
                    return None  # (one complement: the ordinary apposition, handled with the title)
                j = k - 1 if k - 1 >= unit.start and doc[k - 1].pos_ == "DET" else k
                return j
            if t.text == ",":
                commas += 1
            elif not (fold(t.text) in ("de", "d'", "du", "des", "et", "la", "l'", "le", "les")
                      or t.pos_ in ("NOUN", "PROPN") and t.text[:1].isupper() or t.pos_ == "ADJ" and t.text.islower()):
                return None
        return None

    def _title_before_comma(self, comma: int, unit: _Unit) -> bool:
        """Does a person's title end the phrase before the comma at ``comma`` ("par la présidente du tribunal, …"), so
        that a name right after the comma is apposed to it?"""
        doc = self.doc
        for k in range(comma - 1, max(unit.start, comma - 7) - 1, -1):
            if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
                return False
            if doc[k].pos_ == "NOUN" and getattr(titles().get(fold(doc[k].text)), "kind", None) in ("person", "office"):
                return True
        return False

    def _np_left(self, head: Token, unit: _Unit) -> int:
        doc = self.doc
        zone: list[Token] = []
        commas = 0
        j = head.i - 1
        while j >= unit.start:
            t = doc[j]
            w = fold(t.text)
            if t.is_space and "\n" not in t.text:
                j -= 1
                continue
            if t.text == ",":
                if commas or not zone and not (doc[j + 1].pos_ == "PROPN"):
                    break
                if head.pos_ == "NOUN" and doc[j + 1].pos_ == "DET" and head.text.islower() and \
                        j - 1 >= unit.start and doc[j - 1].pos_ != "PROPN":  # (not "Laurent Hessler, le directeur")
                    break  # a common noun with its own determiner starts there: "Selon Patrick Ruel, chef du service
                    # …, | les agents dépêchés sur place ont constaté que P"
                commas += 1
            elif t.pos_ == "NUM" and j - 1 >= unit.start and doc[j - 1].pos_ == "DET":
                pass  # "les deux dirigeants"
            elif t.pos_ in ("VERB", "AUX", "PRON", "CCONJ", "SCONJ", "NUM") or (t.is_punct and t.text not in "-()"):
                break
            elif t.pos_ == "PROPN" and (_is_acronym(t.text) or w in media_names()) and j - 2 >= unit.start \
                    and doc[j - 1].pos_ == "DET" and doc[j - 2].pos_ == "ADP" and w != fold(head.text) \
                    and fold(doc[j - 2].text) not in ("de", "du", "des", "d'"):
                break  # "à l'AFP | Pierre Martin": the outlet the speaker talked to
            elif t.pos_ == "ADP" and w not in ("de", "du", "des", "d'"):
                if commas:  # "Dans un communiqué, la Fédération …": the words before the comma are a circumstance
                    zone = zone[: next(n for n, z in enumerate(zone) if z.text == ",")]
                break
            elif w in TIME_WORDS or self.in_quote(t) != self.in_quote(head):
                break
            zone.append(t)
            j -= 1
        zone.reverse()
        # start at the leftmost title, honorific or name of that zone, with the determiners before it
        start = head.i
        comma = next((n for n, z in enumerate(zone) if z.text == ","), None)
        if comma is not None and (comma >= 2 or comma == 1 and _first_name(zone[0].text)) and all(
                z.pos_ in ("PROPN", "X") and z.text[:1].isupper() for z in zone[:comma]) \
                and all(z.pos_ in ("DET", "ADJ") for z in zone[comma + 1:]) and len(zone) > comma + 1 \
                and getattr(titles().get(fold(head.text)), "kind", None) in ("person", "office") \
                and (zone[0].i == unit.start or doc[zone[0].i - 1].text == "," and not self._title_before_comma(
                    zone[0].i - 1, unit)):
            return zone[0].i  # "À 5 h 02, Laurent Hessler, le directeur(nsubj), écrit": the name the title is apposed to
            # (not "Interrogé par la présidente du tribunal, Sylvie Rameau, le septuagénaire a reconnu": her name)
        for n, t in enumerate(zone):
            w = fold(t.text)
            if w in HONORIFICS or _title_at(zone, n) or (
                    (t.pos_ == "PROPN" or t.pos_ == "X" and t.text[:1].isupper()  # ("Regula(X) Imhof")
                     or t.pos_ == "ADJ" and t.text[:1].isupper() and _first_name(t.text))  # ("Modeste(ADJ) Dossou")
                    and (head.pos_ == "PROPN" or (head.text[:1].isupper() and head.i > unit.start))
                    and all(z.pos_ in ("PROPN", "X") or z.is_space for z in zone[n + 1:])):
                # ("Haropa Port": "Port" a noun)
                start = t.i
                break
        if start == head.i or True:
            k = start - 1
            while k >= unit.start and (doc[k].pos_ == "DET" or fold(doc[k].text) in HONORIFICS or (
                    doc[k].pos_ == "NUM" and k - 1 >= unit.start and doc[k - 1].pos_ == "DET") or fold(doc[k].text) in (
                    "meme", "haut", "haute", "ancien", "ancienne", "nouveau", "nouvelle", "premier", "premiere") or (
                    doc[k].pos_ == "ADJ" and doc[k].text.islower() and k - 1 >= unit.start
                    and doc[k - 1].pos_ == "DET")):  # "une jeune intérimaire"
                k -= 1
            start = k + 1
        # never start on a comma or a complement
        while start < head.i and (doc[start].text == "," or doc[start].is_space or (
                doc[start].pos_ == "ADP" and fold(doc[start].text) in ("de", "du", "des", "d'"))):
            start += 1
        return start

    def _np_right(self, head: Token, unit: _Unit) -> int:
        doc = self.doc
        hi = head.i
        j = head.i + 1
        titled = any(_title_at([doc[k] for k in range(max(unit.start, head.i - 4), head.i + 1)], n)
                     for n in range(min(5, head.i - unit.start + 1)))
        while j < unit.end:
            t = doc[j]
            w = fold(t.text)
            nxt = doc[j + 1] if j + 1 < unit.end else None
            nxt2 = doc[j + 2] if j + 2 < unit.end else None
            if t.is_space and "\n" not in t.text:
                j += 1
                continue
            if self.in_quote(t) != self.in_quote(head) or t.text in QUOTE_CHARS:
                break
            if t.pos_ == "VERB" and j == head.i + 1 and fold(head.text) in ("source", "sources") and re.fullmatch(
                    r"(?:autoris|inform)ee?s?", fold(t.text)):
                hi, j = j, j + 1  # "une source autorisée au sein de la société": the participle describes the source
                continue
            if t.pos_ == "VERB" and t.text.islower() and j > head.i and doc[j - 1].pos_ in ("NOUN", "ADJ") and \
                    fold(t.text).endswith(("ais", "aise", "ois", "oise", "ien", "ienne", "een", "eenne", "ain", "aine")) \
                    and fold(t.text) in nationality_adjectives() | _REGIONAL_DEMONYMS or (
                        t.pos_ == "VERB" and t.text.islower() and j == head.i + 1 and fold(t.text).endswith(
                            ("ais", "ois")) and "Imp" in t.morph.get("Tense") and nxt is not None and (
                            nxt.text == "," or nxt.text[:1].isupper())):
                hi, j = j, j + 1  # a place's adjective the tagger took for a verb: "le manager castrais(VERB), Rémi
                continue  # Vidal", "Le troisième-ligne castrais(VERB) Mathis Orsoni"
            if t.pos_ == "VERB" and t.text.islower() and "Inf" in t.morph.get("VerbForm") and j > head.i and \
                    doc[j - 1].pos_ in ("NOUN", "ADJ") and nxt is not None and nxt.text == ",":
                hi, j = j, j + 1  # an adjective the tagger took for an infinitive: "le directeur du site hennuyer(VERB),"
                continue
            if w == "en" and nxt is not None and fold(nxt.text) == "poste" and nxt2 is not None and \
                    fold(nxt2.text) in ("a", "au", "aux", "en", "dans"):
                k, last = j + 3, None  # "un diplomate occidental en poste à Beyrouth": where the post is
                while k < unit.end and (doc[k].pos_ == "DET" or doc[k].text[:1].isupper() or doc[k].text == "-"):
                    last = k if doc[k].text[:1].isupper() else last
                    k += 1
                if last is not None:
                    hi, j = last, last + 1
                    continue
            status = next((n for n in (3, 2) if titled and j == hi + 1 and " ".join(
                fold(x.text) for x in doc[j: min(j + n, unit.end)]) in _STATUS_PHRASES), None)
            if status is not None:
                hi = j = j + status - 1  # "le général à la retraite Brahim Ould Ely", "le directeur par intérim": the
                continue  # title's status, then the name
            if w in ("unies", "unis") and fold(doc[j - 1].text) in ("nations", "etats", "emirats"):
                hi, j = j, j + 1  # "des Nations unies(VERB)", "des Émirats arabes unis"
                continue
            if w == "pour" and j > head.i and head.text[:1].isupper() and (doc[j - 1].text[:1].isupper() or fold(
                    doc[j - 1].text) in ("unies", "unis")):
                close = next((k for k in range(j + 2, min(j + 9, unit.end - 2)) if doc[k].text == "("
                              and doc[k + 1].text[:1].isupper() and ACRONYM_IN_PARENS.fullmatch(
                                  f"({doc[k + 1].text})") and doc[k + 2].text == ")"), None)
                if close is not None and all(x.pos_ in ("DET", "NOUN", "ADJ", "ADP", "CCONJ") and not self.in_quote(x)
                                             for x in doc[j + 1: close]):
                    hi, j = close + 2, close + 3  # a body's name with its purpose and acronym: "le Fonds des Nations
                    continue  # unies pour l'enfance (Unicef)"
            if w == "aupres" and (fold(doc[j - 1].text) in _ACCREDITED or fold(doc[j - 1].text) == "etat" and fold(
                    head.text) == "secretaire") and nxt is not None and fold(nxt.text) in (  # ("la secrétaire d'Etat
                # auprès du ministre de l'Agriculture")
                    "de", "d'", "du", "des"):
                k, last = j + 2, None  # "son représentant auprès des institutions européennes": where he is posted
                while k < unit.end and not self.in_quote(doc[k]) and (doc[k].pos_ in ("DET", "NOUN", "ADJ", "PROPN") or (
                        fold(doc[k].text) in ("de", "d'", "du", "des") and k + 1 < unit.end)):
                    last = k if doc[k].pos_ in ("NOUN", "PROPN", "ADJ") else last
                    k += 1
                if last is not None:
                    hi, j = last, last + 1
                    continue
            if w == "&" and doc[j - 1].text[:1].isupper() and nxt is not None and nxt.text[:1].isupper():
                hi, j = j + 1, j + 2  # a company's name: "Morel & Vaucher"
                continue
            if j == head.i + 1 and fold(head.text) == "numero" and (t.like_num or w == "un"):
                hi, j = j, j + 1  # a ranking: "l'ancienne numéro 1 (française)"
                while j < unit.end and doc[j].pos_ == "ADJ" and doc[j].text.islower():
                    hi, j = j, j + 1
                continue
            if w == "et" and doc[j - 1].text[:1].isupper() and nxt is not None and nxt.text[:1].isupper() and \
                    nxt.pos_ in ("PROPN", "NOUN") and (any(map(_body_noun, doc[max(unit.start, head.i - 4): j])) or (
                        j - 1 == head.i and head.text.endswith(("s", "x")) and nxt.text.endswith(("s", "x"))
                        and not _first_name(head.text) and not _first_name(nxt.text))):  # "Pêches et Océans Canada"
                hi, j = j + 1, j + 2  # a body's name: "l'association de consommateurs Foyers et Énergie"
                continue
            if w in ("a", "au", "aux") and titled and doc[j - 1].text[:1].isupper() \
                    and doc[j - 1].pos_ in ("NOUN", "PROPN") and nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() and nxt2 is not None \
                    and nxt2.text == "," and j + 3 < unit.end and doc[j + 3].pos_ == "PROPN":
                hi, j = j + 1, j + 2  # "La ministre de la Santé et de l'Accès aux soins, Hélène Marchetti": a
                continue  # ministry's name, with the name apposed after it
            if w in ("a", "au", "aux") and (fold(doc[j - 1].text) in _PORTFOLIO_TITLES or (
                    doc[j - 1].pos_ == "ADJ" and j - 2 > head.i - 1 and fold(doc[j - 2].text) in _PORTFOLIO_TITLES)):
                # (also past an adjective: "la commissaire européenne aux Affaires intérieures")
                k = j + 1 + (j + 1 < unit.end and doc[j + 1].pos_ == "DET")
                if k < unit.end and doc[k].pos_ in ("NOUN", "PROPN"):
                    hi, j = k, k + 1  # "l'adjoint aux mobilités", "l'adjointe à la culture": the portfolio
                    while j < unit.end and not self.in_quote(doc[j]) and (doc[j].pos_ == "ADJ" or (
                            fold(doc[j].text) == "et" and j + 1 < unit.end and doc[j + 1].pos_ == "ADJ"
                            and doc[j - 1].pos_ == "ADJ")):
                        hi, j = j, j + 1  # (and coordinated: "aux poursuites criminelles et pénales")
                    continue
            if w == "en" and titled and doc[j - 1].text[:1].isupper() and doc[j - 1].pos_ in ("NOUN", "PROPN") and \
                    nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() and nxt2 is not None and \
                    nxt2.text == "," and j + 3 < unit.end and doc[j + 3].text[:1].isupper():
                hi, j = j + 1, j + 2  # "le ministre des Ressources en eau, Sok Vannarith": the portfolio, then the
                continue  # name apposed after it
            if w == "et" and titled and j > head.i and doc[j - 1].pos_ == "NOUN" and doc[j - 1].text.islower() and \
                    nxt is not None and fold(nxt.text) in ("des", "du") and nxt2 is not None and nxt2.pos_ == "NOUN" \
                    and nxt2.text.islower() and not self.in_quote(nxt2):
                hi, j = j + 2, j + 3  # "la présidente du comité de règlement des différends et des sanctions (CoRDiS)
                continue  # de la CRE, Anne-Laure Vasseur": a coordinated complement of the title
            if w in ("dans", "en", "pour") and titled and nxt is not None and j + 3 < unit.end and (
                    nxt.pos_ == "DET" and nxt2 is not None and nxt2.text[:1].isupper() and doc[j + 3].text == ","
                    and j + 4 < unit.end and doc[j + 4].text[:1].isupper() and _first_name(doc[j + 4].text)):
                hi, j = j + 2, j + 3  # "sa déléguée dans le Jura, Claire Bouveret": where the post is, then the name
                continue
            if w == "en" and nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() and j > head.i and \
                    doc[j - 1].pos_ == "NOUN" and doc[j - 1].text.islower() and not self.in_quote(nxt) and any(
                        x.text[:1].isupper() and _body_noun(x) for x in doc[max(unit.start, head.i, j - 4): j - 1]):
                hi, j = j + 1, j + 2  # "du Syndicat des professionnelles en soins de l'Estrie": a body's name goes on
                continue
            if w == "en" and titled and j == hi + 1 and nxt is not None and nxt.pos_ == "NOUN" and nxt.text.islower() \
                    and not self.in_quote(nxt):
                k = j + 2
                while k < min(unit.end - 1, j + 5) and doc[k].pos_ == "ADJ" and doc[k].text.islower():
                    k += 1
                if k < unit.end and doc[k].text[:1].isupper() and _first_name(doc[k].text):
                    hi, j = k - 1, k  # "l'ingénieur en structure Marc-André Paquin", "l'avocat en droit social Jean
                    continue  # Morel": the speciality, then the name
            if titled and j == hi + 1 and t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and \
                    "Past" in t.morph.get("Tense") and t.text.islower() and nxt is not None and \
                    fold(nxt.text) in ("a", "au", "aux") and not self.in_quote(t):
                end = next((k for k in range(j + 2, min(j + 9, unit.end)) if doc[k].is_punct), None)
                if end is not None and doc[end].text in (".", ",") and all(
                        x.pos_ in ("DET", "NOUN", "ADJ", "ADP", "PROPN") for x in doc[j + 2: end]) and (
                        end + 1 >= unit.end or doc[end].text == "."):
                    hi, j = end - 1, end  # "…, confie un employé municipal affecté à l'entretien du bâtiment.": the
                    continue  # post the participle gives him, to the end of the sentence
            if j == hi + 1 and nxt is not None and fold(nxt.text) == "par" and _AUTHORED.fullmatch(w) and getattr(
                        titles().get(fold(head.text)), "kind", None) in ("medium", "data"):
                end = next((k for k in range(j + 2, min(j + 10, unit.end)) if doc[k].is_punct or (
                    doc[k].pos_ in ("VERB", "AUX") and "Fin" in doc[k].morph.get("VerbForm"))), None)
                if end is not None and end > j + 2 and not any(self.in_quote(x) for x in doc[j: end]):
                    hi, j = end - 1, end  # "L'étude de mobilité réalisée par le bureau Mobilis Conseil": its author
                    continue
            if w == "depuis" and titled and j == hi + 1:
                k = next((k for k in range(j + 1, min(j + 5, unit.end)) if fold(doc[k].text) in (
                    "ans", "annees", "mois", "decennies", "saisons")), None)
                if k is not None and k + 2 < unit.end and doc[k + 1].text == "," and all(
                        x.like_num or x.pos_ in ("NUM", "DET", "ADJ", "ADV") or fold(x.text) in ("de", "d'")
                        for x in doc[j + 1: k]) and _first_name(doc[k + 2].text):
                    hi, j = k, k + 1  # "Son entraîneur depuis quinze ans, Marc-Antoine Roussel": how long, then the
                    continue  # name
            if w == "en" and titled and nxt is not None and fold(nxt.text) == "chef" and not self.in_quote(nxt):
                hi, j = j + 1, j + 2  # "la négociatrice en chef de l'Alliance …", "le rédacteur en chef"
                continue
            if w == "en" and titled and nxt is not None and fold(nxt.text) in ("matiere", "charge") and \
                    nxt2 is not None and fold(nxt2.text) in ("de", "d'", "du", "des"):
                k = j + 3 + (j + 3 < unit.end and doc[j + 3].pos_ == "DET")
                if k < unit.end and doc[k].pos_ in ("NOUN", "PROPN") and not self.in_quote(doc[k]):
                    hi, j = k, k + 1  # "la porte-parole libérale en matière de famille", "le ministre en charge des
                    continue  # Transports": the portfolio
            if w == "en" and titled and nxt is not None and nxt.text[:1].isupper() and (
                    place_side(nxt.text) or side_of(nxt.text)) and \
                    not self.in_quote(nxt):
                hi, j = j + 1, j + 2  # "son représentant en RDC", "l'ambassadeur en France": the post's country
                continue
            body_name = w in ("sur", "pour", "sans", "contre") and doc[j - 1].text[:1].isupper() and \
                doc[j - 1].pos_ in ("PROPN", "NOUN", "VERB") and j - 2 >= unit.start and j - 1 >= head.i and \
                any(map(_body_noun, doc[max(unit.start, j - 4): j - 1]))  # "le collectif Nuits sur les rails"
            if body_name or w in ("sans", "contre") and j == head.i + 1 and _bare_capital(head):
                # a body's name that lowercase words end: "l'association Agir pour la Loire", "Reporters sans
                # frontières", "Action contre la faim"
                last = self._lowercase_tail(j + 1, unit, 4 if body_name else 3, proper=body_name)
                if last is not None:
                    hi, j = last, last + 1
                    continue
            if w in CUT_PREPOSITIONS or w in TIME_WORDS:
                break
            if t.pos_ in ("ADJ", "PROPN", "NOUN") and not ("Part" in t.morph.get("VerbForm")
                                                           and "Pres" in t.morph.get("Tense")):
                hi = j
                titled = titled or _title_at(list(doc[j: min(j + 2, unit.end)]), 0)  # an apposed title
            elif t.text == "-" or (t.pos_ == "X" and (t.text[:1].isupper() or (
                    j > head.i and doc[j - 1].text[:1].isupper() and doc[j - 1].pos_ in ("PROPN", "NOUN")
                    and w not in NAME_PARTICLES and w not in titles()))) or (  # (not "Nadine Chabrol enseigne(X)")
                    t.text[:1].isupper() and t.pos_ == "VERB" and j > head.i + 1
                    and fold(doc[j - 1].text) in ("de", "du", "des", "d'")) or (
                    t.text[:1].isupper() and t.pos_ == "VERB" and j > head.i and "Fin" not in t.morph.get("VerbForm")
                    and any(map(_body_noun, doc[max(unit.start, head.i, j - 3): j]))) or (
                    t.text[:1].isupper() and t.pos_ in ("AUX", "VERB") and not t.is_sent_start and j > head.i + 1
                    and _body_noun(head) and doc[j - 1].pos_ == "NOUN" and doc[j - 1].text.islower()
                    and nxt is not None and (nxt.pos_ in ("AUX", "VERB") or nxt.text in (",", "("))):
                hi = j  # a company name the tagger took for a verb: "le gérant de Bâtir Centre", "l'association Agir"
            elif titled and w in ("charge", "chargee", "charges", "chargees") and nxt is not None and \
                    fold(nxt.text) in ("de", "du", "des", "d'"):
                pass  # "le ministre délégué chargé de l'Espace", "la secrétaire d'État chargée du Numérique"
            elif titled and w in ("delegue", "deleguee", "delegues", "deleguees") and j == hi + 1:
                hi = j  # "le ministre délégué aux Comptes publics": an adjective the tagger took for a participle
            elif t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense") and \
                    nxt is not None and fold(nxt.text) in ("a", "au", "en") and nxt2 is not None and \
                    nxt2.pos_ == "PROPN":
                hi = j  # "un analyste basé à Londres"
            elif titled and t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense") \
                    and t.text.islower() and j == hi + 1 and nxt is not None and fold(nxt.text) == "par" and \
                    (named := self._name_after_agent(j + 2, unit)) is not None:
                hi, j = named, named + 1  # "la liquidatrice désignée par le tribunal, Me Sophie Lagarde-Brun": the
                continue  # name apposed after the participle's agent
            elif t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense") and \
                    t.text.islower() and j == hi + 1 and doc[hi].pos_ == "NOUN" and j > head.i and \
                    (nxt is None or nxt.text in (",", ")")):
                hi = j  # "un ancien inspecteur des installations classées, qui …": the noun's own participle
            elif t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and t.text.islower() and titled \
                    and nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
                hi = j  # "l'avocate spécialisée Inès Barthélemy": an adjective the tagger took for a participle
            elif _particle_before_name(doc, j, unit.end) and (
                    doc[hi].pos_ == "PROPN" or fold(doc[hi].text) in HONORIFICS):
                pass  # "M. van der Berg", "Luca De Angelis"
            elif t.text[:1].isupper() and t.dep_ == "flat:name" and doc[j - 1].pos_ == "PROPN":
                hi = j  # a surname the tagger took for another part of speech ("Emmanuel Macron")
            elif t.text.isdigit() and j == hi + 1 and doc[hi].text[:1].isupper() and j > head.i and \
                    (nxt is None or nxt.text in (",", ".", ")", ";")):
                hi = j  # a number that ends a name: "l'association Eau Secours 34", "France 24"
            elif t.text.isdigit() and j == hi + 1 and titled and j > head.i and doc[hi].pos_ in ("NOUN", "ADJ") and \
                    nxt is not None and (fold(nxt.text) in ("du", "de", "des", "d'") or (
                        nxt.text == "," and doc[hi].text.islower() and nxt2 is not None and nxt2.text[:1].isupper()
                        and _first_name(nxt2.text))):  # "La maire de l'arrondissement 4, Aminata Zongo
                hi = j  # a unit's number inside a title: "le président de la section locale 9700 du Syndicat …"
            elif w in ("de", "d'") and nxt is not None and fold(nxt.text) in ("un", "une") and nxt2 is not None \
                    and fold(nxt2.text) in MANNER_NOUNS:
                break  # a manner, not a description: "répond le prévenu d'une voix blanche"
            elif w in ("de", "du", "des", "d'") and nxt is not None and (nxt.pos_ in ("DET", "NOUN", "PROPN", "ADJ")
                                                                         or nxt.text[:1].isupper()):
                pass  # a complement: taken with its noun
            elif w in ("de", "d'") and nxt is not None and (nxt.pos_ == "NUM" or nxt.like_num) and nxt2 is not None \
                    and nxt2.pos_ == "NOUN" and nxt2.text.islower() and fold(nxt2.text) not in ("ans", "an", "mois") \
                    and doc[j - 1].pos_ == "NOUN" and doc[j - 1].i == head.i:
                j += 1  # a counted complement: "les maires de trente-huit communes du Boischaut-Sud"
            elif w == "de" and nxt is not None and nxt.like_num and nxt2 is not None and fold(nxt2.text) == "ans":
                hi = j = j + 2  # an age: "une habitante de 64 ans"
            elif t.pos_ == "DET" and j > head.i + 1 and fold(doc[j - 1].text) in ("de", "d'", "a", "à", "pour"):
                pass
            elif w == "et" and titled and nxt is not None and fold(nxt.text) in ("de", "du", "des", "d'", "la") \
                    and nxt2 is not None and (nxt2.text[:1].isupper() or (nxt2.pos_ == "DET" and j + 3 < unit.end
                                                                          and doc[j + 3].text[:1].isupper())
                                              or (head.text[:1].isupper() and nxt2.pos_ == "NOUN")):
                # "le ministre de l'Economie et des Finances", "l'Institut national de la statistique et des études
                # économiques"
                pass
            elif w == "et" and titled and nxt is not None and titles().get(fold(nxt.text)) is not None and \
                    titles()[fold(nxt.text)].kind in ("person", "office"):
                pass  # "Ludovic Marchetti, spécialiste du caravagisme et expert près la cour d'appel"
            elif w == "et" and (titled or head.text[:1].isupper()) and nxt is not None and nxt.text.islower() \
                    and (nxt.pos_ in ("NOUN", "ADJ") or (nxt.pos_ == "VERB" and "Part" in nxt.morph.get("VerbForm"))) \
                    and nxt2 is not None and (fold(nxt2.text) in ("de", "du", "des", "d'") or nxt2.text == "("):
                hi = j = j + 1  # "la CGT des ports et docks du Havre", "l'Union maritime et portuaire du Havre (Umep)"
            elif t.pos_ == "DET" and t.text[:1].isupper() and not t.is_sent_start and nxt is not None \
                    and nxt.text[:1].isupper():
                pass  # a name opening with a capitalised article: "du groupe La France insoumise", "Le Monde"
            elif t.pos_ == "ADP" and w in ("a", "au", "aux") and nxt is not None and (
                    (nxt.pos_ == "DET" and fold(nxt.text) in ("la", "l'", "le") and nxt2 is not None
                     and nxt2.text[:1].isupper() and fold(nxt2.text) not in media_names())
                    or (w == "au" and nxt.text[:1].isupper() and fold(nxt.text) not in media_names())
                    or (w == "aux" and nxt.text[:1].isupper() and fold(doc[j - 1].text).startswith("delegue"))):
                pass  # "secrétaire à la Défense", "ministre délégué au Commerce", "délégué aux Comptes publics"
            elif t.pos_ == "ADP" and w in ("a", "au", "aux") and nxt is not None and (
                    titles().get(fold(head.text)) is not None and titles()[fold(head.text)].kind == "source") and (
                    nxt.pos_ == "NOUN" or (nxt.pos_ == "DET" and nxt2 is not None and nxt2.pos_ in ("NOUN", "PROPN"))):
                pass  # "une source à la banque centrale", "deux sources au fait du dossier"
            elif w == "a" and nxt is not None and nxt.pos_ == "PROPN" and (
                    doc[j - 1].pos_ == "ADJ" or "Part" in doc[j - 1].morph.get("VerbForm")):
                pass  # "un analyste basé à Londres", "des responsables présents à Copenhague"
            elif w == "a" and nxt is not None and nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NOUN") and \
                    fold(head.text) in _POSTED and j > head.i + 1:
                pass  # where the post is: "l'ambassade de Chine à Buenos Aires", "le consul de France à Genève"
            elif w == "pour" and titled and nxt is not None and (nxt.text[:1].isupper() or (
                    nxt.pos_ == "DET" and nxt2 is not None and (nxt2.text[:1].isupper() or nxt2.pos_ == "NOUN"))):
                pass  # "représentant spécial pour la Syrie", "le porte-parole de la Commission pour le commerce"
            elif t.text == "(":
                close = next((k for k in range(j + 1, min(j + 6, unit.end)) if doc[k].text == ")"), None)
                inside = doc[j + 1: close] if close is not None else []
                if close is None or not (all(x.text[:1].isupper() for x in inside) or (
                        titled and len(inside) <= 3 and not any(x.pos_ in ("VERB", "AUX") for x in inside))):
                    break  # kept: "(LR)", and after a title "le président (divers droite) du conseil départemental"
                hi = j = close
            elif t.text == "," and nxt is not None and (spelled := self._spelled_acronym(head.i, j, unit)) is not None:
                hi = j = spelled  # "la Direction générale de la concurrence, de la consommation et de la répression
                # des fraudes (DGCCRF)": a body's name runs over commas to its acronym
            elif t.text == "," and nxt is not None and hi == j - 1 and \
                    (listed := self._portfolios(max(unit.start, head.i - 3), hi, unit, unit.end)) > hi:
                hi = j = listed  # "le ministre de l'Énergie, des Mines et des Carrières", then its apposed name
                j += 1
                continue
            elif t.text == "," and nxt is not None:
                # an apposition: ", Peter Cook" / ", le colonel Eric Balland," / ", représentant spécial des États-Unis,"
                last = self._apposed_name(j, unit, self._names_function(doc[max(unit.start, head.i - 3): j]))
                after = doc[last + 1] if last is not None and last + 1 < unit.end else None
                if last is not None and (after is None or after.text in (",", ")", ".", ";", "(")):
                    hi = last
                    j = last + 1
                    continue
                if fold(nxt.text) in ("charge", "chargee", "charges", "chargees") and nxt2 is not None and \
                        fold(nxt2.text) in ("de", "du", "des", "d'") and getattr(
                            titles().get(fold(doc[head.i].text)), "kind", None) in ("person", "office"):
                    close = next((c for c in range(j + 3, min(j + 12, unit.end)) if doc[c].text == ","), None)
                    if close is not None and not any(x.pos_ in ("VERB", "AUX") or self.in_quote(x)
                                                     for x in doc[j + 3: close]):
                        hi, j = close - 1, close  # "la secrétaire d'Etat auprès du ministre, chargée de la Pêche
                        continue  # maritime, | Nadia Bennani": the post's portfolio, then the name
                if nxt.pos_ in ("NOUN", "ADJ") and _qualified_title_at(list(doc[j + 1: min(j + 4, unit.end)])) \
                        and doc[hi].pos_ == "PROPN":
                    j += 1  # "Sophie Binet, secrétaire générale de la CGT"
                    continue
                if fold(nxt.text) in ("egalement", "aussi", "par ailleurs") and nxt2 is not None and \
                        nxt2.pos_ in ("NOUN", "ADJ") and _qualified_title_at(list(doc[j + 2: min(j + 5, unit.end)])) \
                        and doc[hi].pos_ == "PROPN":
                    j += 2  # "Antoine Casanova, également président de l'Étoile bastiaise": a second post
                    continue
                other = nxt2 is not None and fold(nxt2.text) == "autre"  # "Yannick Bourgeais, l'autre coprésident"
                if nxt.pos_ == "DET" and fold(nxt.text) in ("le", "la", "l'") and nxt2 is not None and \
                        nxt2.pos_ in ("NOUN", "ADJ") and _title_at(list(doc[j + 2 + other: min(j + 4 + other,
                                                                                           unit.end)]), 0) \
                        and doc[hi].pos_ == "PROPN" and self._closed_aside(j + 1, unit):
                    j += 2 + other  # "a déclaré Dmitri Peskov, le porte-parole de la présidence russe, lors de …"
                    continue
                if nxt.like_num and nxt2 is not None and fold(nxt2.text) == "ans" and j + 4 < unit.end and \
                        doc[j + 3].text == "," and doc[hi].pos_ == "PROPN" and \
                        _qualified_title_at(list(doc[j + 4: min(j + 7, unit.end)])):
                    j += 4  # "Bertrand Quesnel, 58 ans, directeur du musée": past the age, to the title
                    continue
                break
            else:
                close = self._acronym_ahead(j, unit)
                if close is None:
                    break
                hi = j = close  # "le Haut-Commissariat de l'ONU pour les réfugiés (HCR)": a body's name to its acronym
            j += 1
        return hi

    def _name_after_agent(self, k: int, unit: _Unit) -> int | None:
        """The last token of a person's name apposed after an agent that starts at ``k`` ("… désignée par | le tribunal,
        Me Sophie Lagarde-Brun,"): a few words with no verb or quotation, a comma, then the name (and a comma or the
        sentence's end after it); else None."""
        doc = self.doc
        comma = next((c for c in range(k, min(k + 8, unit.end)) if doc[c].text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") or self.in_quote(t) for t in doc[k:comma]):
            return None
        last = self._apposed_name(comma, unit, True)
        if last is None or not any(t.pos_ == "PROPN" for t in doc[comma + 1: last + 1]):
            return None
        return last if last + 1 >= unit.end or doc[last + 1].text in (",", ".", ";") else None

    def _closed_aside(self, j: int, unit: _Unit) -> bool:
        """Do the words from ``j`` run, with no verb, relative or quotation, to a comma or the sentence's end?"""
        for k in range(j, min(unit.end, j + 15)):
            t = self.doc[k]
            if t.text in (",", ".", ";") or k == unit.end - 1:
                return True
            if t.pos_ in ("VERB", "AUX") or fold(t.text) in ("qui", "que", "qu'", "dont") or t.text in QUOTE_CHARS:
                return False
        return False

    def _spelled_acronym(self, start: int, j: int, unit: _Unit) -> int | None:
        """The closing parenthesis of "(ACRONYM)" a few words after the comma at ``j``, when the acronym spells out the
        words from ``start`` or from a capitalised word after it (articles and linking words left out), else None."""
        doc = self.doc
        for k in range(j + 1, min(j + 16, unit.end - 2)):
            if doc[k].text == "(":
                acronym = doc[k + 1].text
                if not _is_acronym(acronym) or doc[k + 2].text != ")":
                    return None
                # (from the title's head or a capitalised word after it: "l'inspectrice de la Direction générale de
                # la concurrence, … (DGCCRF)")
                spelled = any(len(initials) >= 3 and initials == fold(acronym) for initials in (
                    _initials(self.text[doc[s].idx: doc[k].idx]) for s in range(start, j)
                    if s == start or doc[s].text[:1].isupper()))
                return k + 2 if spelled else None
            if doc[k].pos_ not in ("ADP", "DET", "NOUN", "ADJ", "PROPN", "CCONJ", "PUNCT") or self.in_quote(doc[k]) \
                    or doc[k].text in (".", ";", ":", "«", "»"):
                return None
        return None

    def _acronym_ahead(self, j: int, unit: _Unit) -> int | None:
        """The closing parenthesis of "(ACRONYM)" a few words after ``j``, with only the words of a name between
        ("pour les réfugiés (HCR)"), else None."""
        doc = self.doc
        for k in range(j, min(j + 8, unit.end - 2)):
            t = doc[k]
            if t.text == "(":
                word = doc[k + 1].text
                mixed = re.fullmatch(r"[A-Z][A-Za-z]{1,7}", word) and sum(map(str.isupper, word)) >= 2
                if (_is_acronym(word) or mixed) and doc[k + 2].text == ")" and k > j:
                    return k + 2  # (also a mixed-case acronym: "l'Agence pour une vie de qualité (AViQ)")
                return None
            if t.pos_ not in ("ADP", "DET", "NOUN", "ADJ", "PROPN", "CCONJ") or self.in_quote(t):
                return None
        return None

    def _describe(self, toks: list[Token], unit: _Unit, subject: bool) -> Mention:
        if len(toks) > 2 and fold(toks[0].text) == "meme" and toks[0].pos_ == "ADV" and toks[1].pos_ == "DET":
            toks = toks[1:]  # "Même le président de la FDSEA hausse le ton": the president ("même" no anaphor's)
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        text = self.text[start:end]
        if len(toks) == 1 and fold(text) in ("madame", "monsieur"):
            # "Madame affirme que vous êtes resté vingt minutes": the woman spoken of, as a pronoun would be
            return Mention(start, end, text, "pronoun", gender="f" if fold(text) == "madame" else "m",
                           subject=subject, unit=unit.index)
        name_toks = _name_tokens(toks)
        if len(name_toks) == 1 and fold(name_toks[0].text) in _PARTY_NAMES and name_toks[0] is not toks[0]:
            name_toks = []  # "le chef de file Ecolo", "la députée Renaissance": a party, not the person's name
        if name_toks and len(toks) == len(name_toks) + 1 and fold(toks[0].text) in ("un", "une") \
                and not _first_name(name_toks[0].text):
            name_toks = []  # "Seul un TGV sur trois circulera", "une Renault": a thing of that make, no one named
        name = re.sub(r"\s+", " ", "".join(t.text_with_ws for t in name_toks)).strip() if name_toks else None
        descr_toks = [t for t in toks if t not in name_toks and fold(t.text) not in HONORIFICS]
        descr = _join(descr_toks)
        if descr and not any(t.pos_ in ("NOUN", "ADJ", "PROPN") or fold(t.text) in titles() for t in descr_toks):
            # (a title the tagger read as a participle stays: "l'opposant"(VERB))
            descr = None
        head = next((t for t in toks if t.pos_ in ("NOUN", "PROPN")), toks[0])
        gender = _gender(toks) or _stressed_pronoun_gender(toks[-1])
        plural = "Plur" in head.morph.get("Number") and not name
        title = role_of(descr or "")
        # a named person's apposed titles: "le porte-parole …, le commandant X" (both count), "Ce courrier, le maire
        # de l'époque, Gérard Moulin" (the person's title, not the dislocated object's)
        apposed = [t for t in map(role_of, re.split(r",|\s+et\s+", descr)) if t is not None and t.kind in (
            "person", "office")] if name and descr and re.search(r",|\set\s", descr) else []
        # (and coordinated: "Le vice-Premier ministre et ministre des Affaires étrangères, Koen Verstraete")
        if apposed and (title is None or title.kind not in ("person", "office")):
            title = apposed[0]
        role = title.role if title else None
        role_kind = title.kind if title else None
        if title is None and not name_toks and head.text in ("Conseil", "Chambre", "Assemblée", "Sénat", "Parlement") \
                and not head.is_sent_start:
            role, role_kind = fold(head.text), "org"  # "du Conseil d'orientation des retraites": a body (lowercase
            # "le conseil de M. Leca" is his lawyer)
        other_roles = tuple(dict.fromkeys(t.role for t in apposed if t.role != role))
        if name and any(t.text in ("Me", "Maître") for t in toks) and "avocat" not in (role, *other_roles):
            # "Me Sophie Marty": Maître is a lawyer's title, so that "l'avocate" later is her
            if role is None:
                role, role_kind = "avocat", "person"
            else:
                other_roles += ("avocat",)
        side = side_of(text) or (place_side(name) if name else None) or (title.side if title else None)
        if side and len(country_mentions(text)) >= 2 and several_places(text):
            side = None  # "Rome, Athènes et La Valette affirment": several governments at once
        first = fold(toks[0].text)
        if _demonym(text):
            # "le Gersois", "l'Américain", "la Niçoise": a person named before, by where they come from
            return Mention(start, end, text, "anaphor", descriptor=text, gender=gender, side=side_of(text),
                           role=fold(text.split("'")[-1].split()[-1]), role_kind="demonym", subject=subject,
                           unit=unit.index)
        if (re.match(r"^(?:[Ll]['’]|[Ll][ea]s? )[A-ZÀ-Ý]", text) or role_kind == "org" and re.match(
                r"^(?:[Ll]['’]|[Ll][ea]s? )\w", text)) and re.search(
                ACRONYM_IN_PARENS.pattern + r"(?:\s+[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*"
                                            r"(?:\s+(?:de la |de l['’]|de |du |des |d['’])\s*[A-ZÀ-Ý][\w'’-]*)?)?$", text):
            kind = "org"  # a body that gives its acronym: "l'Office national des statistiques agricoles (Onsa)", also
            # with its region after it: "L'Agence régionale de santé (ARS) Hauts-de-France", "l'agence régionale de
            # santé (ARS) Centre-Val de Loire"
            name, descr = None, text
        elif name and place_side(name) and not descr:
            kind = "org"
        elif name and not role and name_toks[0].i > 0 and fold(self.doc[name_toks[0].i - 1].text) in _STORMS:
            kind, name = "unknown", None  # "La tempête Nadia a balayé la Corse": no woman a later "elle" means
        elif name and role_kind == "org" and name_toks[0].i > toks[0].i and any(
                t.text[:1].isupper() and t.i == name_toks[0].i - 1 and getattr(titles().get(fold(t.text)), "kind",
                                                                              None) == "org" for t in toks[1:]):
            kind = "org"  # a body whose noun is part of its name: "La Banque Populaire", "la Mutuelle Bretonne" (not
            name, descr, plural = None, text, False  # a person called "Populaire"; "le groupe Danone" keeps its name)
        elif name and not role and (_acronym_of(name, text) or _bare_body_name(name_toks)):
            kind = "org"  # a company named with its initials: "Normandie Éolien Offshore (NEO)"; "Reporters sans
            name, descr, plural = None, text, False  # frontières" (one body)
        elif name and not role and len(name_toks) == 1 and _is_acronym(name) and name_toks[0].i + 1 < len(self.doc) \
                and any(t.i == name_toks[0].i + 1 for t in toks) and self.doc[name_toks[0].i + 1].text.islower() \
                and self.doc[name_toks[0].i + 1].pos_ in ("NOUN", "ADJ") and not self.in_quote(name_toks[0]):
            kind = "org"  # a union's branch: "la CGT métallurgie de la Manche", "la CFDT cheminots" (one body)
            name, descr, plural = None, text, False
        elif name and len(toks) >= 4 and toks[0].pos_ == "DET" and toks[1].text[:1].isupper() and any(
                getattr(titles().get(" ".join(fold(t.text) for t in toks[1: 1 + n]).replace("' ", "'")), "kind",
                        None) == "org" for n in (3, 4)):
            kind = "org"  # a body whose name opens with a body's compound title: "la Chambre de commerce du canton du
            name, descr, plural = None, text, False  # Tessin" (not a person called "Chambre")
            compound = next(titles()[k] for n in (3, 4) if getattr(titles().get(k := " ".join(
                fold(t.text) for t in toks[1: 1 + n]).replace("' ", "'")), "kind", None) == "org")
            role, role_kind = compound.role, "org"  # (its title's, not "notaire": "la Chambre des notaires")
        elif name and role_kind == "org" and len(toks) >= 4 and toks[0].text[:1].isupper() and getattr(
                titles().get(fold(toks[0].text)), "kind", None) == "org" and name_toks[0].i == toks[1].i and any(
                    t.text.islower() and t.pos_ in ("ADJ", "NOUN") for t in toks[2:]):
            kind = "org"  # "(auprès du) Comité Air pur La Baie": a body's name with lowercase words, after its kind
            name, descr, plural = None, text, False
        elif name and not role and len(name_toks) == 1 and name_toks[0].pos_ == "NOUN" and not _first_name(name) \
                and name_toks[0].i + 1 < len(self.doc) and any(t.i == name_toks[0].i + 1 for t in toks) \
                and (self.doc[name_toks[0].i + 1].pos_ == "ADJ" and self.doc[name_toks[0].i + 1].text.islower()
                     or fold(self.doc[name_toks[0].i + 1].text) in ("de", "des", "du", "d'") and name_toks[0].i > 0
                     and fold(self.doc[name_toks[0].i - 1].text) in ("le", "la", "l'")):
            kind = "org"  # "L'Administration portuaire de Thunder Bay", "le Conseil des Abénakis de Wôlinak": a body
            name, descr, plural = None, text.split(",")[0].strip(), False  # whose name opens with a capitalised noun,
            # no person called "Administration"
        elif name and not role and _institution_name(toks, name_toks):
            kind = "org"  # "le Parlement européen", "la Protection civile italienne", "le Fonds monétaire
            name, descr, plural = None, text.split(",")[0].strip(), False  # international": a body, not a person
            # called "Parlement" (its apposition left out of its name: "…, organisme public")
        elif name and role_kind == "org" and (kind_at := next((t.i for t in toks if getattr(titles().get(fold(
                t.text)), "kind", None) == "org"), None)) is not None and any(
                    t.text[:1].isupper() and kind_at < t.i < name_toks[0].i for t in toks) and not any(
                    t.is_punct and t.text != "-" for t in toks if t.i > kind_at):
            kind = "org"  # a body whose name has more words than the last capitalised ones: "l'association Air pur
            name, descr, plural = None, text, False  # Grésivaudan", "la police de la zone Bruxelles-Capitale Ixelles"
        elif name and not descr and not role and fold(name) in media_names() and not place_side(name) and \
                not _is_acronym(name) and re.match(r"(?:[Ll]['’]|[Ll][ea]s? )", text):
            kind, role, role_kind = "org", fold(name), "medium"  # "Selon Le Monde", "a-t-il dit au Figaro": a paper,
            name, descr, plural = None, text, False  # not a person called "Monde" ("le ministre" later is not it)
        elif name and not role and re.fullmatch(r"[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*-(?:le|la|les|sur|sous|en|lès|lez|aux|au|"
                                                  r"de|du|des|d['’]|l['’])-?[\w'’-]+", text.strip()):
            kind = "org"  # a place's compound name with its lowercase link: "Fexhe-le-Haut-Clocher",
            name, descr, plural = None, text, False  # "Boulogne-sur-Mer": no person's
        elif name:
            kind = "name"
        elif role_kind == "source":
            kind = "source"
        elif first in ("ce", "cet", "cette", "ces") or "meme" in [fold(t.text) for t in toks]:
            kind = "anaphor"
        elif role_kind in ("org", "medium") or (not role and place_side(text)):
            kind = "org"
        elif first in ("un", "une", "des", "de", "d'", "plusieurs", "deux", "trois", "certains", "certaines") or (
                role and _INDEFINITE_COMPLEMENT.search(text)):
            kind = "indefinite"  # also "le président d'un club de Fédérale 2": the head of some body, not one known
        elif first in ("le", "la", "les", "l'", "son", "sa", "ses", "leur", "leurs", "votre", "vos") and role:
            kind = "anaphor"  # (an interviewer's "Votre ancien entraîneur affirme …": the interviewee's, named before)
        elif role:
            kind = "indefinite"
        else:
            kind = "unknown"
        return Mention(start, end, text, kind, name=name, descriptor=descr, gender=gender, plural=plural, side=side,
                       role=role, role_kind=role_kind, subject=subject, unit=unit.index, other_roles=other_roles)

    # -- content ---------------------------------------------------------------------------------------------------
    def _content_before(self, group_start: int, unit: _Unit, same_unit: list[_Found]) -> tuple[int, int] | None:
        doc = self.doc
        start_tok = unit.start
        for f in same_unit:
            if f.frame[1] <= doc[group_start].idx:
                end_f = max(f.frame[1], f.content[1]) if f.content[0] < f.frame[0] else f.frame[1]
                while start_tok < group_start and doc[start_tok].idx < end_f:
                    start_tok += 1
        j = group_start - 1
        k = j
        while k >= start_tok and (doc[k].pos_ == "ADV" or doc[k].is_space):
            k -= 1
        if k >= start_tok and doc[k].text in (",", "-", "—", "–"):
            j = k  # ", toutefois a déclaré": the adverb goes with the verb; "ne cédera pas, a dit": "pas" stays
        while j >= start_tok and (doc[j].text in (",", "-", "—", "–") or doc[j].is_space):
            j -= 1
        while start_tok <= j and (doc[start_tok].text in (",", "-", "—", "–", ":") or doc[start_tok].is_space):
            start_tok += 1
        if j < start_tok:
            return None
        for k in range(j - 1, start_tok + 1, -1):
            # "Un incendie a ravagé un entrepôt …, mais les fumées « ne présentent pas de toxicité aiguë », a assuré
            # le préfet": the narrative before "mais" is the reporter's, the clause after it the speaker's
            # (with a subject of its own: in "… ont affiché leur unité, mais restent divisés, selon X" the whole is X's)
            if fold(doc[k].text) == "mais" and doc[k - 1].text == "," and not self.in_quote(doc[k]) \
                    and doc[k + 1].pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM") and not any(
                    t.text in QUOTE_CHARS for t in doc[start_tok: k]) and self._says_something(
                        doc[k + 1].idx, doc[j].idx + len(doc[j].text), finite=True):
                start_tok = k + 1
                break
        for k in range(j - 1, start_tok, -1):
            # "Un optimisme que ne partage pas la mandataire : à la revente, ce stock « ne vaudra pas plus de 11
            # millions », estime Me X": the reporter's lead-in before the colon is no part of what X says
            if doc[k].text == ":" and not self.in_quote(doc[k]) and (not any(
                    t.text in QUOTE_CHARS for t in doc[start_tok: k]) or self._narrative_lead_in(start_tok, k, j)) \
                    and self._says_something(doc[k + 1].idx, doc[j].idx + len(doc[j].text), finite=True):
                start_tok = k + 1
                while start_tok <= j and doc[start_tok].is_space:
                    start_tok += 1
                break
        start, end = doc[start_tok].idx, doc[j].idx + len(doc[j].text)
        q = next((q for q in self.quotes if start < q.start < end <= q.end), None)
        if q is not None and _RUBRIC.fullmatch(self.text[start:q.start]):
            start = q.start  # a headline's rubric: "Incendie de Saint-Nazaire : « … », dénonce le maire"
        # open quotation whose closing mark comes after the cue (an incise) belongs to the content
        if self._has_words(start, end):
            return start, end
        verb_at = doc[group_start].idx
        if re.search(r"\w", self.text[start:end]) and any(q.start <= start and q.end > verb_at for q in self.quotes):
            return start, end  # "« Sportivement, estime l'entraîneur X, on a gagné … »": one word, then the incise
        return None

    def _narrative_lead_in(self, start: int, colon: int, end: int) -> bool:
        """Is doc[start:colon] the reporter's sentence (a subject and its verb outside quotation marks, with a quoted
        phrase in it) and doc[colon + 1: end + 1] one whole quotation? "L'abbé X y voit « un signe des temps » : « Q »,
        a-t-il lancé": Q is what he said."""
        doc = self.doc
        if doc[start].text in QUOTE_CHARS or colon + 1 > end or doc[colon + 1].text not in OPENERS:
            return False
        q = next((q for q in self.quotes if q.start == doc[colon + 1].idx), None)
        if q is None or q.end < doc[end].idx + len(doc[end].text):
            return False
        return any(t.dep_ in SUBJECT_DEPS and t.head.pos_ in ("VERB", "AUX") and not self.in_quote(t)
                   and start <= t.head.i < colon and not self.in_quote(t.head) for t in doc[start: colon])

    def _says_something(self, start: int, end: int, cut: tuple[int, int] | None = None, finite: bool = False
                        ) -> bool:
        """Content is a clause or a quotation, not a bare noun phrase ("Le ministre, furieux, a dénoncé …");
        ``finite``: a clause with a finite verb (not "visiblement ému")."""
        parts = [(start, cut[0]), (cut[1], end)] if cut else [(start, end)]
        for s, e in parts:
            if any(q.start < e and s < q.end for q in self.quotes):
                return True
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and any(t.pos_ in ("VERB", "AUX") and (not finite or "Fin" in t.morph.get("VerbForm")
                                                                      and not self._in_relative(t, span))
                                        for t in span):
                return True
        return False

    def _appraisal(self, start: int, end: int) -> bool:
        """Is the content a thing and the quoted words that judge it, with no verb ("Des chiffres « gonflés »,
        rétorque le syndicat", "Un chiffre « très exagéré », a rétorqué la maire, qui …"): a verdict on what someone
        else said, no claim of its own?"""
        if not _APPRAISAL.fullmatch(self.text[start:end]):
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return span is not None and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm")
                                            for t in span)

    @staticmethod
    def _in_relative(t: Token, span: Span) -> bool:
        """Is ``t`` the verb (or auxiliary) of a relative clause on a noun of ``span``, opened by "qui" / "que" /
        "dont" in it ("L'autrice de la vidéo, une étudiante de 19 ans qui souhaite rester anonyme": a noun phrase)?"""
        verb = t.head if t.pos_ == "AUX" and t.dep_.startswith("aux") else t
        return verb.dep_ == "acl:relcl" and span.start <= verb.head.i < span.end and any(
            fold(k.text) in ("qui", "que", "qu'", "dont") and span.start <= k.i < verb.i for k in verb.children)

    def _incise_rest(self, speaker_end: int, unit: _Unit, content: tuple[int, int]) -> tuple[int, int] | None:
        doc = self.doc
        if speaker_end < unit.end and doc[speaker_end].text != "," and (
                fold(doc[speaker_end].text) in CUT_PREPOSITIONS or fold(doc[speaker_end].text) in TIME_WORDS):
            # a circumstance between the speaker and the rest: "…, a martelé la ministre devant les députés, …"
            comma = next((k for k in range(speaker_end, min(speaker_end + 8, unit.end)) if doc[k].text == ","), None)
            if comma is not None and not any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_CHARS
                                             for t in doc[speaker_end: comma]):
                speaker_end = comma
            else:
                # "« A, a déclaré le préfet lors d'un point presse à Basse-Terre. B »": the circumstance ends the
                # incise's sentence, the quotation resumes after it ("A. B"), or closes there ("A")
                q = self.quote_at(content[0])
                stop = next((k for k in range(speaker_end, min(speaker_end + 14, unit.end))
                             if doc[k].text in (".", "!", "…")), None)
                if q is not None and stop is not None and q.end > doc[stop].idx and not any(
                        t.pos_ in ("VERB", "AUX") or t.text in QUOTE_CHARS for t in doc[speaker_end: stop]):
                    words = [t for t in doc[stop + 1: unit.end] if t.is_alpha]
                    if not words:
                        return q.inner_end, q.inner_end
                    e = unit.end - 1
                    while e > stop and (doc[e].is_punct and doc[e].text not in QUOTE_CHARS or doc[e].is_space):
                        e -= 1
                    return doc[stop].idx, doc[e].idx + len(doc[e].text)
        if speaker_end >= unit.end or doc[speaker_end].text != ",":
            return None
        rest = doc[speaker_end + 1: unit.end]
        if not len(rest):
            return None
        q = self.quote_at(content[0])
        inside = q is not None and q.end > doc[speaker_end].idx
        first = rest[0]
        if q is not None and not inside and q.end >= content[1] and first.text not in QUOTE_CHARS:
            return None  # "« … », juge Sophie Binet, secrétaire générale de la CGT, qui …": the quotation was all
        if not inside and (first.pos_ == "VERB" and "Part" in first.morph.get("VerbForm")
                           or fold(first.text) in ("en", "tout", "avant", "selon", "qui", "de", "d'", "du", "des")):
            return None  # "…, a dit X, avant de partir" (inside a quotation that goes on, it is the quote's rest);
            # "…, a assuré le commandant X, de la sûreté urbaine de Lille, qui …": the speaker's unit, not the rest
        aside_end = next((t.i for t in rest if t.text in (".", "!", "…")), None)
        gerund = _gerund_at(rest)
        if gerund is not None and aside_end is not None:
            # (its own "que" clause is the gerund's: "…, a reconnu X, en rappelant que le club a perdu trois joueurs.")
            aside_end = next((t.i for t in doc[gerund.i: aside_end] if fold(t.text) in ("que", "qu'")), aside_end)
        if inside and (_OPENING_PARTICIPLE.fullmatch(fold(first.text)) and len(rest) > 1 and
                       fold(rest[1].text) == "par" or aside_end is not None and (first.pos_ in ("ADP", "ADV") and fold(
                           first.text) in ("en", "lors", "devant", "au", "aux", "dans", "pendant", "depuis", "sur",
                                           "apres", "a", "face") or gerund) and not any(
                           (t.pos_ in ("VERB", "AUX") and not (gerund and t.i == gerund.i)) or t.text in QUOTE_CHARS
                           for t in doc[first.i: aside_end])):
            # (a gerund of the saying too: "« A, a reconnu le coach, en insistant sur la défense. B »")
            # (also a circumstance of the saying: "« A, a savouré l'entraîneur, X, en conférence de presse. B »")
            # "« A, martèle X, le directeur général de la BKP, interrogé par L'essentiel. B »": the speaker's aside
            # goes to the sentence's end, the quotation resumes after it ("A. B")
            stop = next((t.i for t in rest if t.text in (".", "!", "…")), None)
            if stop is not None and q.end <= doc[stop].idx + 3 and not any(
                    t.is_alpha for t in doc[stop + 1: unit.end]) and (gerund or fold(first.text) in (
                    "lors", "devant", "face") or any(fold(t.lemma_) in _SAYING_PLACES for t in doc[first.i: stop])):
                return q.inner_end, q.inner_end  # the aside closes the quotation: "« A, a reconnu X, en conférence
                # de presse. »" is "A"
            if stop is None or not any(t.is_alpha for t in doc[stop + 1: unit.end]):
                return None
            rest = doc[stop: unit.end]
        finite = any("Fin" in t.morph.get("VerbForm") for t in rest if not self.in_quote(t) or inside)
        if not (inside or finite):
            return None
        e = len(rest) - 1
        while e >= 0 and (rest[e].is_punct and rest[e].text not in QUOTE_CHARS or rest[e].is_space):
            e -= 1
        if e < 0:
            return None
        return rest[0].idx, rest[e].idx + len(rest[e].text)

    def _quoted_clause(self, q: Quote) -> bool:
        """Does the quotation ``q`` hold a finite verb (a clause, not a phrase)?"""
        span = self.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        return any(x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in span or ())

    def _quoted_noun(self, q: Quote) -> bool:
        """Is the quotation ``q`` a noun phrase, its head a noun (what follows may be a clause on it: "des sanctions si
        des manquements sont établis")?"""
        span = self.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        words = [t for t in span or () if not t.is_space]  # (a non-breaking space inside the marks)
        roots = [t for t in words if not (span.start <= t.head.i < span.end) or t.head is t]
        roots = [t for t in roots if not any(c.dep_ == "mark" and fold(c.text) in ("si", "lorsque", "quand", "des")
                                             for c in t.children)]  # (the condition the parser hung on the verb)
        return len(roots) == 1 and roots[0].pos_ == "NOUN" and fold(words[0].text) in (
            "un", "une", "des", "du", "de", "le", "la", "les", "l'", "aucun", "aucune")  # ("des"(ADP) sanctions)

    def _opens_with_infinitive(self, q: Quote) -> bool:
        span = self.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        words = [t for t in span if not t.is_punct and not t.is_space] if span is not None else []
        while words and (fold(words[0].text) in INFINITIVE_OBJECTS or fold(words[0].text) in (
                "ne", "n'", "pas", "rien", "jamais", "plus", "point") or (
                words[0].pos_ == "PRON" and fold(words[0].text) in _OBJECT_CLITICS | {"s'", "se", "en", "y"})):
            words = words[1:]  # "de « tout faire »", "de « s'exprimer devant les supporters »"
        return bool(words) and "Inf" in words[0].morph.get("VerbForm")

    def _content_after(self, verb: Token, group_end: int, unit: _Unit) -> tuple[int, int] | None:
        doc = self.doc
        j = group_end
        seen_comma = 0
        in_pp = False
        # skip circumstances: "a indiqué mercredi dans une interview à NBC que ...", "a ajouté, lors d'un point de
        # presse, tenu lundi à Washington : « … »"
        while j < unit.end:
            after = _locution_after(doc, j)
            if after is not None and after <= unit.end:
                j = after  # "estime, elle aussi, que", "affirme pour sa part que"
                continue
            date_end = self._date_end(j, unit)
            if date_end > j:
                j = date_end  # "a affirmé le 18 septembre que", "a déclaré ce mardi que"
                continue
            t = doc[j]
            w = fold(t.text)
            if w in _STRESSED_WORDS and doc[j - 1].text == "," and j + 1 < unit.end and \
                    doc[j + 1].text == ",":
                j += 1  # a stressed pronoun set off by commas: "L'ARS assure, elle, que …"
                continue
            if w in _STRESSED_WORDS and j + 1 < unit.end and fold(doc[j + 1].text) in ("aussi", "egalement", "meme"):
                j += 2  # "Le libéral-radical assure lui aussi que …"
                continue
            if w in ("que", "qu'") and not self.in_quote(t):
                return self._clause(j + 1, unit, verb)
            if w in ("et", "ou", "mais") and t.pos_ == "CCONJ" and j + 1 < unit.end and \
                    fold(doc[j + 1].text) in ("que", "qu'"):
                return None  # "… s'était déclaré malade et qu'aucun remplaçant …": another cue's second clause
            if t.text == ":":
                q = self.quote_at(doc[j + 1].idx) if j + 1 < unit.end else None
                if q is not None and q.start == doc[j + 1].idx:
                    return q.start, q.end  # "réplique : « … » Une lecture que …": the quotation, not what follows
                clause = self._clause(j + 1, unit, verb)
                if clause is not None and self.text[clause[0]:clause[1] + 2].rstrip().endswith("?"):
                    return None  # "une question que la cour n'a pas tranchée : qui, à l'hôtel de ville, savait ?"
                return clause
            if w in ("pourquoi", "comment") and j == group_end and not self.in_quote(t):
                # "nous a expliqué pourquoi la tempête se renforce : « … »": the question is the topic, the quotation
                # after the colon the words
                colon = next((c for c in range(j + 1, unit.end) if doc[c].text == ":" and not self.in_quote(doc[c])),
                             None)
                q = self.quote_at(doc[colon + 1].idx) if colon is not None and colon + 1 < unit.end else None
                if q is not None and q.start == doc[colon + 1].idx and not any(
                        x.text in QUOTE_CHARS or x.text in (".", ";") for x in doc[j: colon]):
                    return q.start, q.end
            if t.text in OPENERS or (t.text == '"' and self.quote_at(t.idx) and self.quote_at(t.idx).start == t.idx):
                q = self.quote_at(t.idx)
                before = doc[j - 1] if j > group_end else None
                if q is not None and (self._quoted_noun_phrase(q) or (before is not None and (
                        before.pos_ == "DET" or fold(before.text) in ("au", "aux", "du", "des", "tout", "toute",
                                                                      "tous", "toutes")))):
                    return None  # "a salué « l'unité retrouvée »", "s'est félicité d'une « victoire »", "crie au
                    # « hold-up »": an object
                if q is not None and before is not None and before.pos_ in ("NOUN", "ADJ", "PROPN") and \
                        not self.text[q.inner_start:q.inner_end].lstrip()[:1].isupper() and not self._quoted_clause(q):
                    return None  # "s'inquiétait du retour au jeu de deux joueurs « encore symptomatiques »": quoted
                    # words qualifying a noun of the object
                if q is not None and before is not None and before.pos_ == "NOUN" and self._names_something(q):
                    return None  # "a lancé en 2022 le plan « Boischaut Santé »": the name of a plan, no words
                if q is not None and "promettre" in _lemma_candidates(verb) and (not self._quoted_clause(q)
                                                                                 or self._quoted_noun(q)):
                    return None  # "promet « zéro licenciement sec »", "a promis « des sanctions si des manquements
                    # sont établis »": a promise of something, not a statement
                if q is not None and before is not None and before.pos_ == "NOUN" and re.match(
                        r"[«“\"\s]*(?:qui|dont|où|lequel|laquelle|lesquels|lesquelles)\b", self.text[q.start:q.end],
                        re.IGNORECASE):
                    return None  # "a alerté sur une trésorerie « qui ne passerait pas l'automne »": a noun's relative
                if q is not None and before is not None and fold(before.text) in ("de", "d'", "a", "à") and \
                        self._opens_with_infinitive(q):
                    return None  # "a promis de « tout faire »": a promise, not a statement of fact
                return (q.start, q.end) if q else None
            if fold(t.text) in ("s'", "se") and j + 1 < unit.end and ("Inf" in doc[j + 1].morph.get("VerbForm") or (
                    fold(doc[j + 1].text) in ("y", "en") and j + 2 < unit.end
                    and "Inf" in doc[j + 2].morph.get("VerbForm"))):
                if j > group_end and fold(doc[j - 1].text) in ("de", "d'", "a", "à", "pour", "sans", "par"):
                    return None  # "promettent de se battre": as "a promis de venir", not a statement of fact
                return self._clause(j, unit, verb)  # "a nié s'être dopé", "a assuré s'y être rendu"
            if w in _OBJECT_CLITICS and t.pos_ == "PRON":
                inf = next((k for k in range(j + 1, min(j + 3, unit.end)) if "Inf" in doc[k].morph.get("VerbForm")
                            and doc[k].pos_ in ("VERB", "AUX")), None)
                if inf is not None and all(fold(x.text) in _OBJECT_CLITICS for x in doc[j + 1: inf]):
                    if j > group_end and fold(doc[j - 1].text) in ("de", "d'", "a", "pour", "sans", "par"):
                        return None  # "ont promis d'y venir": as "a promis de venir", not a statement of fact
                    k = j
                    while k > group_end and doc[k - 1].pos_ == "ADV" and fold(doc[k - 1].text) in NEGATORS:
                        k -= 1
                    return self._clause(k, unit, verb)  # "affirme ne l'avoir jamais signé", "dit lui en avoir parlé"
            if w in ("rien", "personne") and j > group_end and fold(doc[j - 1].text) in ("ne", "n'") and \
                    j + 1 < unit.end and "Inf" in doc[j + 1].morph.get("VerbForm"):
                j += 1  # "affirme ne rien(PRON) devoir": the negation of the infinitive, not an object
                continue
            if "Inf" in t.morph.get("VerbForm") and t.pos_ in ("VERB", "AUX"):
                b = j - 1
                while b > group_end and fold(doc[b].text) in INFINITIVE_OBJECTS:
                    b -= 1  # "a promis de tout faire"
                before = fold(doc[b].text)
                if before in ("de", "d'", "a", "à", "pour", "sans", "par"):
                    return None  # "a promis de", "accuse X de": not a statement of fact
                k = j
                while k > group_end and (doc[k - 1].pos_ == "ADV" and fold(doc[k - 1].text) in NEGATORS or fold(
                        doc[k - 1].text) in ("rien", "personne") and k - 2 > group_end - 1
                        and fold(doc[k - 2].text) in ("ne", "n'")):
                    k -= 1  # "a dit ne pas vouloir", "affirme ne rien devoir": the negation is part of what was said
                return self._clause(k, unit, verb)
            if in_pp and t.pos_ == "DET" and doc[j - 1].pos_ in ("NOUN", "PROPN") and j + 1 < unit.end and not (
                    doc[j + 1].pos_ == "NUM" or doc[j + 1].text[:1].isdigit() or fold(doc[j + 1].text) in TIME_WORDS):
                in_pp = False  # "a lancé en septembre | le dispositif « … »": the circumstance is over, an object
            if t.pos_ == "ADP" and not (w in ("de", "d'") and reporting_verbs().get(self._lemma_of(verb)) == "de"):
                in_pp = True
            elif (t.pos_ in ("DET", "NOUN", "PROPN", "NUM", "PRON") or (t.pos_ in ("ADJ", "X") and t.text[:1].isupper())
                  ) and not in_pp and fold(t.text) not in TIME_WORDS:
                if reporting_verbs().get(self._lemma_of(verb)) == "de":
                    return self._object_de_infinitive(j, unit)
                return self._object_colon_quote(j, unit)  # a direct object: "a lancé une guerre", "soutiendront la
                # Turquie"; then a colon and a quotation are what was said ("a réfuté tout motif : « … »")
            elif t.text == ",":
                in_pp = False
            if "Fin" in t.morph.get("VerbForm") and t.pos_ in ("VERB", "AUX") and not (
                    in_pp and t.text[:1].isupper() and doc[j - 1].pos_ == "PROPN"):
                return None  # (not a name's second word: "a reconnu sur France Inter(VERB) que")
            if t.text in (".", ";", "?", "!"):
                return None
            if t.text == ",":
                seen_comma += 1
                if seen_comma > 2:
                    return None
            if cue_lemma(t) is not None and t.i != verb.i:
                return None
            if j - group_end > 25:
                return None
            j += 1
        return None

    def _object_colon_quote(self, j: int, unit: _Unit) -> tuple[int, int] | None:
        """A quotation that a colon opens right after a reporting verb's noun object ("a réfuté tout motif financier :
        « … »", "répète la même phrase depuis le début de l'après-midi : « … »"), else None."""
        doc = self.doc
        for k in range(j, min(j + 16, unit.end - 1)):
            t = doc[k]
            if self.in_quote(t) or fold(t.text) in ("que", "qu'") or t.text in (".", ";", "?", "!") or (
                    "Fin" in t.morph.get("VerbForm") and t.pos_ in ("VERB", "AUX")):
                return None
            if t.text == ":":
                q = self.quote_at(doc[k + 1].idx)
                return (q.start, q.end) if q is not None and q.start == doc[k + 1].idx else None
        return None

    def _coordinated_cue(self, i: int, unit: _Unit) -> Token | None:
        """The reporting verb of a subjectless verb group starting at token ``i`` (after "et"): "a regretté",
        "a également affirmé", "estime"; or None."""
        doc = self.doc
        j = i
        while j < unit.end and (doc[j].is_space or doc[j].pos_ == "ADV" and fold(doc[j].text) not in NEGATORS):
            j += 1
        if j < unit.end and doc[j].pos_ == "AUX" and fold(doc[j].text) in AUX_FORMS:
            j += 1
            while j < unit.end and (doc[j].is_space or doc[j].pos_ == "ADV" and fold(doc[j].text) not in NEGATORS):
                j += 1
        if j >= unit.end or self.in_quote(doc[j]) or cue_lemma(doc[j]) is None:
            return None
        if j == i and "Fin" not in doc[j].morph.get("VerbForm") and not (
                "Part" in doc[j].morph.get("VerbForm") and _present_tense(doc[j], cue_lemma(doc[j]))):
            return None  # a bare participle or infinitive after "et" is not a new attribution (but "mais conteste(Part)
            # avoir été alerté" is a present the tagger read as a participle)
        return doc[j]

    def _lemma_of(self, verb: Token) -> str | None:
        return cue_lemma(verb)

    def _object_de_infinitive(self, i: int, unit: _Unit) -> tuple[int, int] | None:
        """ "accuse l'opposition d'avoir organisé les violences": the object and what it is accused of."""
        doc = self.doc
        for k in range(i, min(i + 12, unit.end - 1)):
            t = doc[k]
            if t.pos_ in ("VERB", "AUX") and "Inf" not in t.morph.get("VerbForm") or t.text in (".", ";", ":"):
                return None
            if fold(t.text) in ("de", "d'"):
                n = k + 1
                while n < unit.end - 1 and fold(doc[n].text) in NEGATORS:
                    n += 1  # "accuse Ankara de ne pas respecter …"
                if "Inf" in doc[n].morph.get("VerbForm"):
                    clause = self._clause(n, unit)
                    return (doc[i].idx, clause[1]) if clause else None
        return None

    def _first_word(self, i: int, unit: _Unit) -> int:
        while i < unit.end and (self.doc[i].pos_ == "ADV" or fold(self.doc[i].text) in TIME_WORDS
                                or self.doc[i].text == ","):
            i += 1
        return i

    def _clause(self, i: int, unit: _Unit, verb: Token | None = None) -> tuple[int, int] | None:
        """Content from token ``i`` to the end of its clause: the unit's end, or where another attribution starts
        (", soulignant que", ", a-t-il ajouté", ", selon X")."""
        doc = self.doc
        while i < unit.end and doc[i].is_space:
            i += 1
        end = unit.end
        quote_end = None
        for k in range(i, unit.end):
            t = doc[k]
            if self.in_quote(t):
                continue
            if t.text == ";" and k > i:
                end = k  # "La Région assure que P ; le collectif dénonce « … »": the clause ends at the semicolon
                break
            if t.text == ":" and k > i and k + 1 < unit.end and fold(doc[k + 1].text) in ("selon", "d'apres"):
                end = k  # "Il conteste que P : selon lui, Q": Q is a statement of its own
                break
            if verb is not None and t.dep_ == "conj" and t.head.i == verb.i and t.pos_ in ("VERB", "AUX") \
                    and i < t.left_edge.i <= k and any(c.dep_ == "cc" and c.i < t.i for c in t.children) \
                    and not _reported_tense(t, verb) and not any(
                        fold(c.text) in ("que", "qu'") and c.i < t.i for c in t.children):  # (not "P et que Q")
                end = t.left_edge.i  # "a estimé que P et l'a remis en liberté": the second verb is the narrator's
                break  # (with its conjunction: not the clause's own verb after a quoted subject, "que « plus de 3 000
                # barils » avaient(conj) disparu")
            if fold(t.text) in ("et", "mais") and k > i and (cue := self._coordinated_cue(k + 1, unit)) is not None \
                    and not (verb is not None and _reported_tense(cue, verb)):  # (not "… et garantirait Q")
                end = k - (doc[k - 1].text == "," and k - 1 > i)  # "a estimé que P et a regretté que Q", "reconnaît
                break  # que P, mais assure que Q": Q is the second statement
            if t.text == "," and k + 1 < unit.end:
                nxt = doc[k + 1]
                nxt2 = doc[k + 2] if k + 2 < unit.end else None
                if cue_lemma(nxt) and ("Part" in nxt.morph.get("VerbForm") or nxt.pos_ == "AUX"
                                       or (nxt2 is not None and CLITIC.match(nxt2.text))
                                       or nxt.pos_ == "VERB" and "Fin" in nxt.morph.get("VerbForm") and not any(
                                           c.dep_ in SUBJECT_DEPS for c in nxt.children)):
                    end = k  # (also the sentence's own verb: "Mme Keïta, pour qui P, balaie l'argument")
                    break
                if nxt.pos_ in ("DET", "PROPN", "NOUN") or fold(nxt.text) in HONORIFICS:
                    # "Si X affirme que P, Mgr Castelnau estime au contraire que Q": another speaker's own clause
                    said = next((v for v in doc[k + 2: min(k + 16, unit.end)] if not self.in_quote(v)
                                 and v.pos_ == "VERB" and "Fin" in v.morph.get("VerbForm") and cue_lemma(v)
                                 and any(c.dep_ in SUBJECT_DEPS and k < c.i < v.i and c.pos_ in ("NOUN", "PROPN")
                                         for c in v.children)), None)
                    if said is not None and not any(x.text in (";", ":") or self.in_quote(x)
                                                    for x in doc[k + 1: said.i]) and \
                            self._title_and_name(k + 1, said.i - (doc[said.i - 1].text == ",")):
                        end = k  # (also "…, l'ancien chef de police de Laval, Jean-Guy Perron, estime …")
                        break
                if (fold(nxt.text) in ("s'", "se") and nxt2 is not None and nxt2.pos_ in ("AUX", "VERB") and
                    "Fin" in nxt2.morph.get("VerbForm") or nxt.pos_ == "AUX" and "Fin" in nxt.morph.get("VerbForm")
                    and nxt2 is not None and nxt2.pos_ == "VERB" and "Part" in nxt2.morph.get("VerbForm")) and any(
                        fold(x.text) in ("qui", "dont") for x in doc[max(unit.start, i - 12): i]):
                    end = k  # "X, qui avait assuré que le site « n'était pas menacé », s'est dit « trahi »", "X, qui
                    break  # affirme que P, a interpellé …": the relative's clause ends where the main verb comes back
                nxt3 = doc[k + 3] if k + 3 < unit.end else None
                if fold(nxt.text) in ("tout", "en", "avant", "non") and nxt2 is not None and (
                        cue_lemma(nxt2) is not None and fold(nxt.text) != "non" or (
                            fold(nxt2.text) in ("de", "d'", "en", "sans") and nxt3 is not None
                            and cue_lemma(nxt3) is not None)):
                    end = k  # ", tout en indiquant", ", avant d'ajouter", ", non sans rappeler que"
                    break
                if fold(nxt.text) in ("selon", "d'apres") and nxt2 is not None and \
                        fold(nxt2.text) in ("ce", "cet", "cette", "ces"):
                    continue  # "affirme que P et que, selon ce décompte, Q": the speaker's own figures
                if fold(nxt.text) in ("selon", "d'apres", "tandis") or (nxt.pos_ == "AUX" and nxt2 is not None
                                                                         and cue_lemma(nxt2)
                                                                         and "Pres" not in nxt2.morph.get("Tense")
                                                                         and nxt2.pos_ != "ADJ"):
                    # (", a ajouté X", not "que le parquet, trempé, était glissant(cue "glisser")")
                    end = k
                    break
                if nxt.pos_ == "VERB" and _present_participle(nxt):
                    close = next((c for c in range(k + 2, min(k + 14, unit.end - 1)) if doc[c].text == ","), None)
                    if close is not None and doc[close + 1].pos_ in ("VERB", "AUX") and "Fin" in doc[
                            close + 1].morph.get("VerbForm") and not self.in_quote(doc[close + 1]) and not any(
                                x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in doc[i:k]):
                        continue  # "que les 38 000 flacons, imitant une douzaine de marques, représentent …": an
                        # aside on the clause's subject, whose verb comes after it
                    end = k  # ", en référence aux roquettes" / ", répondant à": a circumstance of the saying
                    break
                if fold(nxt.text) == "en" and nxt2 is not None and "Part" in nxt2.morph.get("VerbForm"):
                    end = k
                    break
        e = end - 1
        while e >= i and (doc[e].is_space or (doc[e].is_punct and doc[e].text not in KEEP_AT_END)):
            e -= 1
        if e < i:
            return None
        start, stop = doc[i].idx, doc[e].idx + len(doc[e].text)
        # a quotation right after "que" that is the whole clause plus its closing punctuation
        q = self.quote_at(start)
        if q is not None and q.start == start and q.end >= stop - 1:
            stop = max(stop, q.end)
        return (start, stop) if self._has_words(start, stop) else None

    def _has_words(self, start: int, end: int) -> bool:
        return len(re.findall(r"\w+", self.text[start:end])) >= 2

    def _selon_source(self, w: str, k: int, np_start: int, unit: _Unit) -> tuple[Mention, bool] | None:
        """The source a "selon" / "d'après" / "pour" / "aux yeux de" phrase names from ``np_start`` (``w``: the
        folded word that opened it, at ``k``), and whether it only published the words; None if no speaker."""
        doc = self.doc
        # the speaker: the noun phrase after "selon"
        j = np_start
        while j < unit.end and doc[j].pos_ == "DET":
            j += 1
        if j >= unit.end:
            return None
        head = doc[j]
        if head.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ", "X"):
            return None
        if j > np_start and fold(doc[j - 1].text) in ("nos", "notre") and fold(head.text) in (
                "informations", "sources", "enquete", "constatations", "calculs", "estimations"):
            return None  # "Selon nos informations, Mathis Lacoste, 26 ans, a paraphé …": the paper's own sourcing
        # the parser's head of that phrase, when it is a word to the right ("selon le même responsable")
        # (never from a pronoun, a phrase of its own: "Selon lui(nmod), des prélèvements …")
        while head.head is not head and head.head.i > head.i and head.head.i < unit.end and head.pos_ != "PRON" \
                and head.head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("amod", "det", "nmod") \
                and not any(x.text == "," for x in doc[head.i: head.head.i]):
            head = head.head  # (not past a comma: "Selon nos informations(nmod), le conducteur(…) compte …")
        # (the phrase starts after "de": "De l'avis de | Gaëlle Hamon", "Aux yeux du | ministre")
        mention = self._mention(head, unit, subject=False, after=np_start if w in ("yeux", "avis") else None)
        article = fold(doc[np_start - 1].text) if w in ("yeux", "avis", "dires") else None
        if mention is not None and mention.start == doc[np_start].idx:
            # "Aux yeux du syndicaliste, P": "du" is "de le", so a definite description, the one named before
            mention = _after_contraction(mention, article)
        data = titles().get(fold(head.text))
        if mention is not None and data is not None and data.kind == "data" and \
                fold(_DETERMINER_START.sub("", mention.text)) in media_names():
            return None  # "selon un décompte de l'AFP": the paper's own sourcing
        if _SEEN_DOCUMENTS.match(self.text[doc[np_start].idx: doc[min(np_start + 12, unit.end - 1)].idx]):
            return None  # "Selon des documents consultés par « Le Monde », P": the paper's own sourcing
        published = False
        if w == "pour" and f"({head.text})" in self.text[:head.idx] and \
                re.fullmatch(r"(?:l'|la |le |les )?\S+", fold(mention.text if mention else "").replace("’", "'")):
            # "Selon l'Administration des contributions directes (ACD), … Pour l'ACD, P": the acronym of a body
            # the text spelled out (not "Pour le PSG, c'est la troisième défaite")
            mention = _acronym_body(mention, head)
        owner = None
        if mention is not None and (mention.role_kind == "data" or fold(mention.text).split()[-1:] in (
                [w] for w in _OWNED_WORDS | {"travaux"})) and \
                w != "pour" and re.fullmatch(r"(?:son|sa|ses|leur|leurs) \S+(?: d['’](?:hiver|ete|automne|printemps))?",
                                             fold(mention.text)):
            # "D'après ses calculs, P", "Selon ses prévisions d'hiver": the one whose figures they are, as a pronoun
            # would be (a researcher's "ses travaux" too; "les travaux" alone are as often roadworks; a body's "ses
            # membres", "sa direction")
            owner = replace(mention, kind="pronoun", name=None, descriptor=None, role=None, role_kind=None,
                            gender=None, plural=fold(mention.text).startswith("leur"))
        if (mention is None or not _speaks(mention)) and w != "pour":
            mention = self._publisher(head, unit)  # "selon les résultats de l'autopsie, communiqués par le parquet"
            published = True
        elif mention is not None and mention.role_kind == "medium" and mention.kind != "name" and w != "pour" and \
                (by := self._publisher(head, unit)) is not None:
            mention, published = by, True  # "Selon une étude rendue publique lundi par l'association Air Littoral
            # Nord, P": the association that published it
        elif fold(head.text) in ("accusation", "defense", "instruction") and w != "pour":
            # "Selon l'accusation, portée par la procureure Anne-Sophie Delmas, P": the one who speaks for it
            carrier = self._publisher(head, unit)
            if carrier is not None and carrier.kind == "name":
                mention, published = carrier, True
        if owner is not None and (mention is None or fold(owner.text).split()[-1] in _OWNED_WORDS):
            mention, published = owner, False
        acronym = re.fullmatch(r"(?:la |l['’])(\S+)(?: [a-zà-ÿ]+)?", mention.text, re.IGNORECASE) \
            if w == "pour" and mention is not None and mention.kind == "unknown" else None
        if acronym is not None and _is_acronym(acronym.group(1)):
            # "Pour la CGT, P", "Pour la FGTB wallonne, P", "Pour l'OMS, P": a body that goes by its acronym (a
            # club is "le PSG")
            mention = replace(mention, kind="org", name=acronym.group(1))
        if mention is None or not _speaks(mention):
            return None
        if w == "pour" and not self._pour_speaker(mention, unit):
            return None
        return mention, published

    # -- selon X / d'après X ---------------------------------------------------------------------------------------
    def _selon(self, unit: _Unit) -> list[_Found]:
        doc = self.doc
        out = []
        for k in range(unit.start, unit.end):
            t = doc[k]
            w = fold(t.text)
            if self.in_quote(t):
                continue
            pronoun, pronoun_end = None, None
            if w == "selon":
                np_start = k + 1
            elif w in ("d'", "d'apres") and (w == "d'apres" or (k + 1 < unit.end and fold(doc[k + 1].text) == "apres")):
                np_start = k + (1 if w == "d'apres" else 2)
            elif w == "dires" and k > unit.start and fold(doc[k - 1].text) == "aux" and k + 1 < unit.end:
                np_start, k = k + 2, k - 1
            elif w == "yeux" and k > unit.start and fold(doc[k - 1].text) == "aux" and k + 2 < unit.end and \
                    fold(doc[k + 1].text) in ("de", "d'", "du", "des"):
                np_start, k = k + 2, k - 1  # "Aux yeux de l'expert désigné par le tribunal, …, P"
            elif w == "avis" and k - 2 >= unit.start and fold(doc[k - 1].text) == "l'" and \
                    fold(doc[k - 2].text) == "de" and k + 2 < unit.end and fold(doc[k + 1].text) in ("de", "d'", "du",
                                                                                                    "des"):
                np_start, k = k + 2, k - 2  # "De l'avis de Me Nadia Benslimane, …, P"
            elif w == "croire" and k - 2 >= unit.start and fold(doc[k - 2].text) == "a" and \
                    fold(doc[k - 1].text) == "en":
                np_start, k = k + 1, k - 2  # "À en croire le syndicat, P"
            elif w == "croire" and k - 3 >= unit.start and fold(doc[k - 3].text) == "a" and \
                    fold(doc[k - 2].text) in ("l'", "les") and fold(doc[k - 1].text) == "en":
                # "À l'en croire, P": the person the text speaks of, as "selon lui" (his or her: "l'" says neither)
                elided = doc[k - 2]
                plural = fold(elided.text) == "les"
                pronoun = Mention(elided.idx, elided.idx + len(elided.text), "eux" if plural else "lui", "pronoun",
                                  gender=None, plural=plural, subject=False, unit=unit.index)
                np_start, pronoun_end, k = k - 2, k + 1, k - 3
            elif w == "pour" and (k == self._first_word(unit.start, unit) or k - 1 == self._first_word(
                    unit.start, unit) and fold(doc[k - 1].text) in ("mais", "et", "or") and doc[k - 1].pos_ == "CCONJ"):
                np_start = k + 1  # "Pour l'économiste Thomas Piketty, « … »" (checked below: a person, then a comma;
                # also after a conjunction: "Mais pour le vice-amiral, P")
            else:
                continue
            if pronoun is not None:
                mention, published = pronoun, False
            else:
                source = self._selon_source(w, k, np_start, unit)
                if source is None:
                    continue
                mention, published = source
                mention = self._with_place_list(mention)
            relayed = self._relayed(mention, unit)
            if relayed is not None:
                mention = relayed
            np_end = self._token_at_or_before(mention.end) + 1 if pronoun_end is None else pronoun_end
            if published:
                # the rest of the participle's phrase describes the document, not the claim: "selon l'avis publié par
                # la DGCCRF (…) sur le site Rappel Conso"
                rest, depth = unit.end, 0
                for c in range(np_end, unit.end):
                    depth += (doc[c].text == "(") - (doc[c].text == ")")
                    if depth <= 0 and (doc[c].text in (",", ";", ":") or self.in_quote(doc[c])
                                       or "Fin" in doc[c].morph.get("VerbForm")):
                        rest = c
                        break
                if rest == unit.end or doc[rest].text == ",":
                    np_end = rest
                    while np_end > k + 1 and (doc[np_end - 1].is_punct and doc[np_end - 1].text not in (")",)
                                              or doc[np_end - 1].is_space):
                        np_end -= 1
            frame = (doc[k].idx, doc[np_end - 1].idx + len(doc[np_end - 1]))
            # the content: the rest of the sentence, without "selon X" (nor a headline's topic: "Fuite de données :
            # la banque « a tardé », selon le régulateur")
            topic = next((c for c in range(unit.start, k) if doc[c].text == ":" and not self.in_quote(doc[c])), None)
            if topic is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[unit.start: topic]):
                topic = None
            before = self._span_words(unit.start if topic is None else topic + 1, k)
            headline_end = self.text.find("\n")
            comma = next((c for c in range(k - 1, unit.start, -1) if doc[c].text == "," and not self.in_quote(doc[c])),
                         None) if before and 0 < headline_end and doc[k].idx < headline_end else None
            if comma is not None and comma + 1 < k and doc[comma + 1].text in OPENERS and any(
                    t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not self.in_quote(t)
                    for t in doc[unit.start if topic is None else topic + 1: comma]):
                # a headline's "Tours renverse Chaumont, « on n'a jamais lâché » selon son capitaine": the "selon"
                # covers the quotation after the comma only (eval/README.md's conventions: "Limoges renverse Cholet,
                # l'arbitrage « a tué le match » selon X")
                before = self._span_words(comma + 1, k)
            if before and t.text[:1].isupper() and not t.is_sent_start and any(
                    x.text in ".!?…" for x in doc[max(unit.start, k - 3): k]):
                before = None  # "« … une seule nuit. » Selon le magistrat, P": a new sentence the parser glued on
            if before and k - 1 > unit.start and doc[k - 1].text == ":" and w in (
                    "selon", "pour", "d'", "d'apres", "croire", "yeux", "avis", "dires") and not self.in_quote(doc[k - 1]):
                before = None  # "X est tout aussi formel : selon lui, P": the colon announces P
            label = SPEAKER_LABEL.match(self.text[before[0]: doc[k].idx + 1]) if before else None
            if label is not None and before[0] + label.end() == doc[k].idx:
                before = None  # "LE JOURNALISTE : Selon la Métropole, P": a transcript's label
            after_start = np_end
            if k == self._first_word(unit.start, unit):
                # "Selon un sondage Ifop publié dimanche, 68 % …": the rest of the source's description, to the comma
                comma = next((c for c in range(np_end, min(np_end + APPOSITION_TOKENS, unit.end)) if doc[c].text == ","),
                             None)
                relative = comma is not None and comma + 1 < unit.end and fold(doc[comma + 1].text) in ("qui", "dont")
                if comma is not None and not relative and not any(
                        "Fin" in t.morph.get("VerbForm") or self.in_quote(t) for t in doc[np_end:comma]):
                    after_start = comma
                    nxt = doc[comma + 1] if comma + 1 < unit.end else None
                    if nxt is not None and ("Part" in nxt.morph.get("VerbForm") and "Past" in nxt.morph.get("Tense")
                                            or re.fullmatch(r"communiqu[ée]e?s?", nxt.text)):
                        # "Selon les données de la CNAF, publiées en mars, P": past the participle aside (also
                        # "communiqué(NOUN) mardi par la préfecture")
                        close = next((c for c in range(comma + 2, min(comma + 16, unit.end)) if doc[c].text == ","),
                                     None)
                        if close is not None and not any("Fin" in t.morph.get("VerbForm") or self.in_quote(t)
                                                         for t in doc[comma:close]):
                            after_start = close
                elif relative and not any("Fin" in t.morph.get("VerbForm") for t in doc[np_end:comma]):
                    # "Selon un col bleu de l'arrondissement, qui a requis l'anonymat, P": past the relative clause
                    close = next((c for c in range(comma + 2, min(comma + 25, unit.end)) if doc[c].text == ","),
                                 None)
                    if close is not None and not any(self.in_quote(t) for t in doc[comma:close]):
                        after_start = close
                after_start = self._past_source_asides(after_start, unit)
            if before and after_start + 1 < unit.end and doc[after_start].text == "," and \
                    fold(doc[after_start + 1].text) in ("qui", "dont", "lequel", "laquelle"):
                after_start = unit.end  # "P, selon l'Union maritime (Umep), qui a annoncé …": the source's relative
            while after_start < unit.end and doc[after_start].text == ",":
                after_start += 1
            if after_start + 1 < unit.end and fold(doc[after_start].text) == "qui" and \
                    cue_lemma(doc[after_start + 1]) is not None:
                after_start = unit.end  # "Faux, selon la mairie, qui assure que P": the source's relative, whose own
                # verb reports P
            after = self._span_words(after_start, unit.end)
            if before and after:
                content, cut = (before[0], after[1]), (before[1], after[0])
            elif before:
                content, cut = before, None
            elif after:
                content, cut = after, None
            else:
                continue
            if not self._has_words(*content):
                continue
            relay_end = np_end
            if "," in mention.text:  # (an outlet's mention run on over the speaker's apposed name: "rapportés par France
                # Bleu Azur, l'adjoint au maire, Patrice Guglielmi, a assuré")
                relay_end = self._token_at_or_before(mention.start + mention.text.index(",")) + 1
            if not before and (self._relay(mention, np_start) and self._reports_itself(relay_end, unit)
                               or self._reports_itself(relay_end, unit, hearsay=True)):
                continue  # "Selon Le Monde, le ministre a assuré que P": the minister's statement, relayed (found by
                # its own verb), not the paper's; so is hearsay in the conditional ("Selon plusieurs témoins, le
                # plongeur aurait affirmé que P", as "X aurait affirmé que P, selon plusieurs témoins")
            lead = self.quote_at(content[0]) if not before else None
            if lead is not None and lead.start == content[0] and lead.end < content[1] and \
                    re.match(r"\s*:\s", self.text[lead.end:content[1]]):
                content = (lead.start, lead.end)  # "Pour X, « le marché attendait pire » : le titre a gagné 3 %"
            inside = [q for q in self.quotes if content[0] <= q.start and q.end <= content[1]]
            span = doc.char_span(*content, alignment_mode="expand")
            if before and not after and span is not None and not any(t.pos_ in ("VERB", "AUX") or (
                    t.dep_ in SUBJECT_DEPS and span.start <= t.head.i < span.end and t.head.i != t.i) for t in span) \
                    and not _counted_participle(span) and not self._is_whole_quote(*content, inside):
                continue  # "Un succès « de guerriers », selon le technicien": a noun phrase, not a proposition (but
                # a count and a participle, "Un million de foyers privés d'électricité, selon Enedis", is a headline's
                # elliptic one)
            out.append(_Found(content, cut, "pour" if w == "pour" else "selon", mention, unit.index, frame))
        return out

    def _with_place_list(self, m: Mention) -> Mention:
        """A place that speaks along with others in one coordination speaks with them: "Dans un communiqué conjoint,
        Paris, Dublin et Varsovie affirment", "Selon Bamako, Ouagadougou et Niamey, P" (one row whose speaker is the
        phrase, side null: eval/README.md)."""
        if m.kind not in ("org", "name", "unknown") or not all(place_side(p.strip())
                                                               for p in re.split(r",|\bet\b", m.text)):
            return m  # (the mention may hold the first places already: "Berlin, Paris, Rome | et Madrid")
        place = r"[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)?"
        left = re.search(rf"((?:{place}\s*,\s*)*{place}\s+et\s+)$", self.text[max(0, m.start - 120): m.start])
        right = re.match(rf"(?:\s*,\s*{place})*\s+et\s+{place}", self.text[m.end: m.end + 120])
        start = m.start - len(left.group(1)) if left else m.start
        end = m.end + right.end() if right and not left else m.end
        if (start, end) == (m.start, m.end):
            return m
        text = self.text[start:end]
        parts = [p.strip() for p in re.split(r",|\bet\b", text)]
        if len(parts) < 2 or not all(p and place_side(p) for p in parts):
            return m
        return replace(m, start=start, end=end, text=text, kind="org", name=None, descriptor=text, side=None,
                       plural=True, role=None, role_kind="org")

    def _relay(self, mention: Mention, np_start: int) -> bool:
        """Is the source of "selon X" only a relay of someone else's words: an outlet ("Selon Le Monde", "selon
        l'AFP") or reported words ("Selon des propos rapportés par France Bleu", "D'après des déclarations recueillies
        par Le Soir")?"""
        if mention.role_kind == "medium" or fold(mention.text.split()[-1]).removeprefix("l'") in media_names():
            return True
        return _RELAYED_WORDS.search(self.text[self.doc[np_start].idx: max(mention.end, self.doc[np_start].idx)]) \
            is not None

    def _reports_itself(self, start: int, unit: _Unit, hearsay: bool = False) -> bool:
        """Does the clause from token ``start`` report speech with a subject of its own before its (unquoted) cue
        ("…, l'adjoint au maire, Patrice Guglielmi, a assuré que P")? With ``hearsay``, only a cue in the
        conditional ("le plongeur aurait affirmé que P")."""
        doc = self.doc
        for t in doc[start: unit.end]:
            if self.in_quote(t) or t.pos_ not in ("VERB", "AUX") or t.dep_.startswith("aux"):
                continue
            if cue_lemma(t) is None:
                if "Fin" in t.morph.get("VerbForm"):
                    return False  # the clause's own verb comes first: "le bilan s'élève à …"
                continue
            if hearsay and not ("Cnd" in t.morph.get("Mood") or any(
                    fold(a.text) in ("aurait", "auraient") for a in t.children if a.dep_.startswith("aux"))):
                return False
            subject = any(x.pos_ in ("NOUN", "PROPN", "PRON") and not self.in_quote(x) for x in doc[start: t.i])
            if hearsay:  # (its "que" may come after circumstances: "aurait affirmé dès l'été, lors d'un repas, qu'il")
                return subject and any(fold(x.text) in ("que", "qu'") for x in doc[t.i + 1: unit.end])
            then = [fold(x.text) for x in doc[t.i + 1: t.i + 4]]
            return subject and any(x in ("que", "qu'", ":") or x in QUOTE_CHARS for x in then)
        return False

    def _publisher(self, head: Token, unit: _Unit) -> Mention | None:
        """The agent of a participle right after a source that is a document or figures: "selon les premiers
        résultats de l'autopsie, communiqués par le parquet de Marseille" -> the parquet; None if there is none."""
        doc = self.doc
        for k in range(head.i + 1, min(head.i + 10, unit.end - 2)):
            t = doc[k]
            if self.in_quote(t) or "Fin" in t.morph.get("VerbForm") or t.text in (".", ";", ":"):
                return None
            p = k + 1
            while p < unit.end - 1 and (fold(doc[p].text) in TIME_WORDS or doc[p].pos_ == "ADV"
                                        or fold(doc[p].text) in ("public", "publique", "publics", "publiques")):
                p += 1  # "communiqués jeudi soir par le parquet", "rendue publique lundi par l'association"
            if ("Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense") or _AUTHORED.fullmatch(fold(
                    t.text))) and fold(doc[p].text) == "par":  # (also "coordonné(ADJ) par l'économiste X")
                j = p + 1
                while j < unit.end and doc[j].pos_ == "DET":
                    j += 1
                if j < unit.end and doc[j].text.islower():
                    # "rédigé par la chargée d'enquête Mathilde Rochat": the name after the title
                    named = next((x for x in range(j + 1, min(j + 5, unit.end)) if doc[x].is_punct
                                  or doc[x].pos_ == "PROPN" and _first_name(doc[x].text)), None)
                    if named is not None and not doc[named].is_punct:
                        end = named + 1
                        while end < unit.end and (doc[end].pos_ == "PROPN" or doc[end].text == "-" and
                                                  not doc[end - 1].whitespace_):
                            end += 1
                        text = self.text[doc[named].idx: doc[end - 1].idx + len(doc[end - 1])]
                        return Mention(doc[named].idx, doc[end - 1].idx + len(doc[end - 1]), text, "name", name=text,
                                       gender=_gender(list(doc[j: end])), unit=unit.index)
                if j < unit.end and doc[j].pos_ in ("NOUN", "PROPN"):
                    # "l'avis publié par la DGCCRF" (not "des relevés effectués par l'AFP": the outlet's own)
                    m = _acronym_body(self._mention(doc[j], unit, subject=False), doc[j])
                    return m if m is not None and _speaks(m) and m.role_kind != "data" else None
                return None
        return None

    def _past_source_asides(self, i: int, unit: _Unit) -> int:
        """From the comma at ``i`` after a source's name, past the asides still describing it ("D'après Javier Ortega,
        | du Centre national … de Burgos, | qui n'a pas participé à l'étude, | P"): a complement opening with
        de/du/des, or a relative clause, while a finite verb is left for the content."""
        doc = self.doc
        for _ in range(3):
            if i + 1 >= unit.end or doc[i].text != ",":
                return i
            first = fold(doc[i + 1].text)
            close = next((c for c in range(i + 2, min(i + 25, unit.end)) if doc[c].text == ","), None)
            if close is None or any(self.in_quote(t) for t in doc[i:close]):
                return i
            chunk = doc[i + 1: close]
            k = i + 1 + (doc[i + 1].pos_ == "DET" and fold(doc[i + 1].text) in ("le", "la", "l'"))
            while k < close and fold(doc[k].text) in ("ancien", "ancienne", "ex", "ex-", "-"):
                k += 1  # "Pour Karim Belhadj, | ancien capitaine de l'OD et consultant RMC, | P"
            title = titles().get(fold(doc[k].text)) if k < close else None
            titled = title is not None and title.kind in ("person", "office") and doc[k].text.islower() and not any(
                "Fin" in t.morph.get("VerbForm") for t in chunk)  # "Selon Hélène Rochat, | microbiologiste à …, | P"
            of = first in ("du", "des", "de", "d'") and not any("Fin" in t.morph.get("VerbForm") for t in chunk)
            if of or first in ("qui", "dont") or titled or self._source_aside(i + 1, close, unit):
                # (the content's verb may be quoted: "De l'avis de Gaëlle Hamon, | de l'association Cotentin Nature
                # Vivante, | le battage des pieux « fera fuir les marsouins »")
                if not any("Fin" in t.morph.get("VerbForm") and not self.in_quote(t) for t in doc[close:unit.end]) \
                        and not ((titled or of) and any(self.in_quote(t) for t in doc[close:unit.end])):
                    return i
                i = close
            else:
                return i
        return i

    def _source_aside(self, lo: int, close: int, unit: _Unit) -> bool:
        """Is ``doc[lo:close]`` a short aside describing the source just named, a noun or adjective phrase with no verb
        ("Pour l'association X, | partie civile, | P", "Pour Julie Martin, | 42 ans, | P", "D'après le syndicat, |
        majoritaire dans l'usine, | P"), while a clause with its own subject follows? Not a circumstance ("en 2024",
        "jeudi") nor the subject of what follows ("Selon le parquet, | deux personnes, | dont …, ont été …")."""
        doc = self.doc
        chunk = doc[lo:close]
        if not 0 < len(chunk) <= 8 or any(t.pos_ in ("VERB", "AUX") or self.in_quote(t) for t in chunk):
            return False
        head = chunk[1] if chunk[0].pos_ == "DET" and fold(chunk[0].text) in ("un", "une") and len(chunk) > 1 \
            else chunk[0]
        if head.pos_ not in ("NOUN", "ADJ", "NUM") or fold(head.text) in TIME_WORDS or not head.text[:1].islower() \
                and head.pos_ != "NUM":
            return False
        if any(t.dep_ in SUBJECT_DEPS and not lo <= t.head.i < close for t in chunk):
            return False
        return any(t.dep_ in SUBJECT_DEPS and close < t.head.i < unit.end and close < t.i
                   and not self.in_quote(t) for t in doc[close + 1: unit.end])

    def _pour_speaker(self, mention: Mention, unit: _Unit) -> bool:
        """ "Pour X, P" reports X's view only when X is a person or a source and a comma closes it ("Pour sa part",
        "Pour la première fois", "Pour le moment" are not speakers)."""
        end = self._token_at_or_before(mention.end) + 1
        if end < unit.end and self.doc[end].text != "," and (mention.kind == "name" or mention.role_kind in (
                "person", "office", "source")):
            # the rest of an apposition: "Pour le politologue Alain Garnier, professeur à l'université de Picardie, P";
            # the rest of a body's name the mention stops short of: "Pour la présidente de l'association Eau juste 95"
            comma = next((c for c in range(end, min(end + APPOSITION_TOKENS, unit.end)) if self.doc[c].text == ","),
                         None)
            if comma is not None and not any(t.pos_ in ("VERB", "AUX") and not _present_participle(t) or
                                             self.in_quote(t) for t in self.doc[end:comma]):
                end = comma  # (a title the tagger calls a participle: "…, capitaine de l'OD et consultant RMC, P")
        if end >= unit.end or self.doc[end].text != ",":
            return False
        if mention.kind == "pronoun":
            return mention.text in ("lui", "elle", "eux", "elles")
        return mention.kind in ("name", "source") or mention.role_kind in ("person", "office", "source") or (
            mention.kind == "org" and mention.name is not None and _is_acronym(mention.name)) or (
            mention.kind == "org" and _is_acronym(re.sub(r"^(?:[Ll]['’]\s*|[Ll]a |[Ll]e |[Ll]es )", "", mention.text))
        ) or (
            mention.kind == "org" and mention.role_kind == "org" and bool(re.match(r"(?:l'|la |le |les )", fold(mention.text)))
        ) or (mention.kind == "org" and ACRONYM_IN_PARENS.search(mention.text) is not None) or (  # "Pour l'Union des
            # parents bruxellois (UPB), P": a body that gives its acronym (eval/README.md's conventions)
            mention.kind == "org" and mention.name is not None and mention.text == mention.name
            and place_side(mention.name) is not None)  # "Pour Cotonou, P", "Pour Washington, P": a capital, with no
        # article, for its government (not "Pour la France, …")

    def _span_words(self, s: int, e: int) -> tuple[int, int] | None:
        doc = self.doc
        while s < e and (doc[s].is_space or doc[s].text in (",", ":", "-", "—")):
            s += 1
        while e > s and (doc[e - 1].is_space or (doc[e - 1].is_punct and doc[e - 1].text not in KEEP_AT_END)):
            e -= 1
        if e <= s:
            return None
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
        return (start, end) if self._has_words(start, end) else None

    # -- colon attribution over a line break, continuation quotes ---------------------------------------------------
    def _colon_across(self, unit: _Unit, out: list[_Found]) -> list[_Found]:
        """ "Il a déclaré :" at the end of a unit, the quotation in the next one."""
        doc = self.doc
        last = doc[unit.end - 1]
        if last.text != ":" or unit.index + 1 >= len(self.units):
            return out
        nxt = self.units[unit.index + 1]
        first = doc[nxt.start]
        q = self.quote_at(first.idx)
        if q is None or q.start != first.idx:
            return out
        for tok in doc[unit.start: unit.end]:
            lemma = cue_lemma(tok)
            if lemma is None or _is_negated(tok) or self.in_quote(tok):
                continue
            if any(f.frame[0] <= tok.idx < f.frame[1] for f in out):
                continue
            group_start = min([tok.i] + [a.i for a in self._auxiliaries(tok)])
            subj = self._left_subject(tok) or self._noun_before(group_start, unit)  # "M. Sarrazin réplique :"
            mention = self._mention(subj, unit, subject=True, until=group_start) if subj is not None else None
            if mention is None:
                continue
            frame = (mention.start, tok.idx + len(tok.text))
            out.append(_Found((q.start, q.end), None, lemma, mention, unit.index, frame))
            break
        return out

    def _newsroom(self, m: Mention) -> bool:
        """ "…, ont constaté des journalistes de l'AFP", "selon notre correspondant", "…, a constaté l'APS" in a
        dispatch of the APS: the outlet's own reporting, no speaker's statement."""
        words = fold(m.text).replace("’", "'").split()
        agency = self._dateline_agency()
        if agency is not None and " ".join(words).removeprefix("l'").removeprefix("l' ") == agency:
            return True
        if words[:1] in (["notre"], ["nos"]):
            return len(words) > 1 and words[1].rstrip("s") in _NEWSROOM_NOUNS | {"envoye", "envoyee", "equipe"}
        if words[:1] and words[0] in ("des", "les", "un", "une", "le", "la", "l'", "deux", "trois"):
            words = words[1:]
        if len(words) < 3 or words[0].rstrip("s").removeprefix("l'") not in _NEWSROOM_NOUNS:
            return False
        outlet = m.text.split()[-1]  # "de l'AFP", "de Reuters", "du Monde"
        return words[-1].removeprefix("l'") in media_names() or _is_acronym(re.sub(r"^[Ll]['’]", "", outlet))

    def _dateline_agency(self) -> str | None:
        """The (folded) agency a wire dateline names: "Dakar, 16 fév (APS) -" -> "aps"."""
        if not hasattr(self, "_agency"):
            dated = dateline_of(self.text)
            named = re.findall(r"\(([^()]+)\)", dated.group(0)) if dated is not None else []
            self._agency = fold(named[-1]) if named and not re.fullmatch(r"[A-Z]{2}", named[-1]) else None
        return self._agency

    def _stance_after_quote(self, unit: _Unit, prev: _Unit, said: set[int], out: list[_Found]) -> _Found | None:
        """ "« Nous avons été alertés le matin même. » Anne-Sophie Delcourt, présidente de l'université, ne varie pas
        d'un iota", "« … » Le directeur de la FVPI n'en démord pas": a quotation with no attribution of its own, then a
        sentence whose subject, a person, holds firm ("n'en démord pas", "persiste et signe", "ne décolère pas"): the
        quotation is theirs."""
        doc = self.doc
        quote = self._quote_filling(prev) if prev.index not in said else None
        start = unit.start
        if quote is None:
            # the parser kept the quotation (or its last sentence) and the sentence after it together: a quotation
            # that opens a unit and closes in this one
            ustart = doc[unit.start].idx
            quote = next((q for q in self.quotes if q.start <= ustart < q.end <= doc[unit.end - 1].idx
                          and self.unit_of(doc.char_span(q.start, q.start + 1, alignment_mode="expand")[0]).start
                          == self._token_at_or_before(q.start + 1)), None)
            if quote is not None:
                start = next((t.i for t in doc[unit.start: unit.end] if t.idx >= quote.end), unit.end)
        if quote is None or start >= unit.end or any(f.content[0] <= quote.inner_start < f.content[1] for f in out):
            return None
        while start < unit.end and doc[start].is_space:
            start += 1
        subj = doc[start] if start < unit.end else None
        if subj is not None and subj.pos_ == "DET" and subj.head.i > subj.i:
            subj = subj.head
        if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
            return None
        mention = self._mention(subj, unit, subject=True, after=start)
        if mention is None or mention.kind not in ("name", "anaphor") or mention.start > doc[start].idx + 2:
            return None
        if mention.kind == "anaphor" and mention.role_kind not in ("person", "office"):
            return None
        if not _HOLDS_FIRM.match(self.text, mention.end):
            return None
        words = self._quote_words(quote)
        if words is None:
            return None
        return _Found(words[0], None, None, mention, words[1], (mention.start, mention.end))

    def _quote_filling(self, unit: _Unit) -> Quote | None:
        """The quotation that is the whole of ``unit`` (a sentence all quotation), if any."""
        span = self._span_words(unit.start, unit.end)
        return next((q for q in self.quotes if span is not None and q.start <= span[0] + 1
                     and span[1] <= q.end + 1), None)

    def _quote_words(self, quote: Quote) -> tuple[tuple[int, int], int] | None:
        """A quotation's words as a statement's content, its final full stop left out, and the unit it opens in."""
        inner = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        span = self._span_words(inner.start, inner.end) if inner is not None else None
        if span is None:
            return None
        while span[1] > span[0] and self.text[span[1] - 1] in " .\u00a0\u202f":
            span = (span[0], span[1] - 1)
        return span, self.unit_of(inner[0]).index

    def _said_before(self, found: list[_Found]) -> list[_Found]:
        """ "« Il manque 85 postes. » C'est ce qu'affirme Sandrine, infirmière": a sentence that names who said the
        sentence before it ("C'est (en tout cas) ce qu'a assuré X", "Voilà ce que dit X") makes that sentence X's."""
        doc = self.doc
        said = {f.unit for f in found}
        out = list(found)
        for unit in self.units[1:]:
            prev = self.units[unit.index - 1]
            m = _SAID_BEFORE.match(self.text, doc[unit.start].idx)
            named = _NAMED_AFTER.match(self.text, doc[unit.start].idx) if m is None else None
            quote = None
            if named is not None and not (unit.skip or prev.skip or prev.index in said or unit.index in said):
                quote = self._quote_filling(prev)
            elif m is None and not unit.skip and doc[unit.start].text in OPENERS:
                # the parser kept the quotation and the sentence naming its speaker together: "« … » Ces mots …"
                q = next((q for q in self.quotes if q.start == doc[unit.start].idx), None)
                after = _SPACES.match(self.text, q.end).end() if q is not None else None
                named = _NAMED_AFTER.match(self.text, after) if after is not None else None
                quote = q if named is not None else None
            if named is None and m is None and not (unit.skip or prev.skip or unit.index in said):
                stance = self._stance_after_quote(unit, prev, said, out)
                if stance is not None:
                    out.append(stance)
                    said.add(stance.unit)
                    continue
            if named is not None:
                first = next((t for t in doc[unit.start: unit.end] if t.idx >= named.end()), None)
                if first is not None and first.i > unit.start and quote is not None and not any(
                        f.content[0] <= quote.inner_start < f.content[1] for f in out):
                    words = self._quote_words(quote)
                    mention, speaker_end = self._inverted_speaker(doc[first.i - 1], None, first.i, unit)
                    if mention is not None and words is not None:
                        span, quoted_unit = words  # (the unit before, or this one)
                        frame = (named.start(), doc[speaker_end - 1].idx + len(doc[speaker_end - 1]))
                        out.append(_Found(span, None, None, mention, quoted_unit, frame))
                        said.add(quoted_unit)
                continue
            if m is None or unit.skip or prev.skip or prev.index in said or unit.index in said:
                continue
            verb = next((t for t in doc[unit.start: unit.end] if t.idx >= m.end()), None)
            while verb is not None and verb.i + 1 < unit.end and (verb.pos_ == "AUX" or fold(verb.text) in ("a", "ont")):
                verb = doc[verb.i + 1]  # "ce qu'a affirmé", "ce qu'ont assuré"
            lemma = cue_lemma(verb) if verb is not None else None
            if lemma is None or _is_negated(verb):
                continue
            mention, speaker_end = self._inverted_speaker(verb, None, verb.i + 1, unit)
            span = self._span_words(prev.start, prev.end)
            if mention is None or span is None or not self._says_something(*span):
                continue
            frame = (doc[unit.start].idx, doc[speaker_end - 1].idx + len(doc[speaker_end - 1]))
            out.append(_Found(span, None, lemma, mention, prev.index, frame))
            said.add(prev.index)
        return out

    def _continuations(self, found: list[_Found]) -> list[_Found]:
        """A quotation with no attribution of its own right after a statement continues it: in the same paragraph
        (a sentence carrying a quoted fragment), or as a paragraph that is all quotation."""
        by_unit: dict[int, list[_Found]] = {}
        for f in found:
            by_unit.setdefault(f.unit, []).append(f)
        out = list(found)
        for unit in self.units:
            if unit.skip or unit.index in by_unit or unit.index == 0:
                continue
            start, end = self.doc[unit.start].idx, self.doc[unit.end - 1].idx + len(self.doc[unit.end - 1])
            if any(_overlaps((start, end), f.content) for f in found):
                continue  # the quotation a colon at the end of the unit before introduced ("réplique : « … »")
            prev_unit = self.units[unit.index - 1]
            prev = by_unit.get(prev_unit.index)
            if not prev or prev_unit.skip:
                continue
            last = max(prev, key=lambda f: f.content[1])
            quotes = [q for q in self.quotes if start <= q.start and q.end <= end + 1 and self._quoted_words(q)]
            if not quotes:
                continue
            if any(self._names_something(q) for q in quotes) or any(q in self.answers for q in quotes):
                continue  # (an interview's answer after a question that cites someone is the interviewee's)
            if any(_SIGN_BEFORE.search(self.text[max(start, q.start - 60): q.start]) for q in quotes):
                continue  # "des habitués brandissaient des pancartes « Touche pas à ma Josy »", "on pouvait lire :
                # « … »": a slogan, no one's statement
            whole = self._is_whole_quote(start, end, quotes)
            if prev_unit.paragraph != unit.paragraph and not whole:
                continue
            if prev_unit.paragraph != unit.paragraph and self._subheading(unit):
                continue  # « Des certificats signés par des experts reconnus »: a heading quoting what comes next
            line = self.text[slice(*self.paragraphs[unit.paragraph])].strip()
            if prev_unit.paragraph != unit.paragraph and line.endswith("?") and len(line.split()) <= 8:
                continue  # "Un « système Roig-Canal » ?": a heading that asks, no words of anyone's
            if self._names_other_person(unit, last):
                continue
            if not whole and any(not self.in_quote(t) and t.pos_ == "VERB" and re.match(r"(?:evalu|chiffr)", fold(t.text))
                                 and t.i + 1 < unit.end and fold(self.doc[t.i + 1].text) in ("a", "au", "aux")
                                 for t in self.doc[unit.start: unit.end]):
                continue  # "Il évalue à « au moins dix-neuf » le nombre de victimes": a figure's estimate, no words
            if not whole and any(self.text[q.start:q.inner_end].rstrip().endswith("?") and re.match(
                    r"\s*,\s*(?:s['’]|se\s+)?[a-zà-ÿ]", self.text[q.end:end]) for q in quotes):
                continue  # "« Et qui paiera le démantèlement ? », s'interroge la retraitée": a question she asks
            if not whole and any(not self.in_quote(t) and (
                    t.pos_ == "VERB" and set(_lemma_candidates(t)) & (REQUEST_VERBS | {"parler"})
                    or cue_lemma(t) is not None)
                    for t in self.doc[unit.start: unit.end]):  # ("réclame": the lemmatizer's "réclame", so candidates)
                # "Il a appelé les habitants à « la plus grande prudence »" (a request), "Il a dénoncé « une enquête
                # menée à charge »" (a verb of saying whose object is a noun phrase; also "Maréval dément(ADV) toute
                # « logique de licenciement »", "Les opposants, eux, parlent d'un « non-sens climatique »"): not
                # statements, so not the previous statement's continuation either
                continue
            span = self._span_words(unit.start, unit.end)
            if span is None:
                continue
            frame = (last.mention.start, last.mention.end) if last.mention else (start, start)
            f = _Found(span, None, last.cue, last.mention, unit.index, frame, continuation=True)
            out.append(f)
            by_unit[unit.index] = [f]
        return out

    def _subheading(self, unit: _Unit) -> bool:
        """A paragraph of its own that is one short quotation with no sentence end inside it, followed by another
        paragraph: a subheading that quotes the next part ("« Aucune preuve »"), not a continuation."""
        p = unit.paragraph
        if p + 1 >= len(self.paragraphs):
            return False
        s, e = self.paragraphs[p]
        line = self.text[s:e].strip()
        inner = line.strip("«»“”\"  \u00a0\u202f")
        return line[:1] in "«“\"" and line[-1:] in "»”\"" and len(inner.split()) <= 12 and \
            not re.search(r"[.!?…]\s*$", inner) and not any(c in inner for c in "«»“”")

    def _quoted_noun_phrase(self, q: Quote) -> bool:
        """A quotation that is a noun phrase opening with its determiner and has no finite verb ("l'unité
        retrouvée", "une enquête menée à charge"): quoted words, not a statement (eval/README.md, rule 2)."""
        span = self.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        words = [t for t in span if not t.is_space and not t.is_punct]
        # (also "un tour de passe-passe", "un" tagged as a number, and a phrase opening with its preposition, "au
        # détour d'un communiqué")
        first = fold(words[0].text) if words else ""
        relative = next((t.i for t in words[1:] if fold(t.text) in ("qui", "dont") and "Rel" in t.morph.get("PronType")
                         and t.doc[t.i - 1].pos_ in ("NOUN", "ADJ")), None)
        # (and a quantity: "212 hectares", "environ 1.200 tonnes", "toutes les demi-heures")
        return bool(words) and (words[0].pos_ in ("DET", "ADP", "NUM") or words[0].like_num or first in (
            "un", "une", "environ", "quelque", "presque", "pres") or first in ("toutes", "tous") and len(words) > 1
                                and fold(words[1].text) == "les") \
            and (first not in ("tout", "tous", "toute") or fold(words[1].text) == "les"
                 or len(words) > 1 and words[1].pos_ == "NOUN") \
            and not any("Fin" in t.morph.get("VerbForm") and not (t.i > 0 and t.doc[t.i - 1].pos_ == "ADP")
                        and not (relative is not None and any(c.i == relative for c in (
                            t.head if t.pos_ == "AUX" else t).children)) for t in span) \
            and not any(t.text in ".!?;" for t in span)  # ("de passe-passe(VERB)"; a relative clause's verb is the
        # noun's: "des planchers qui bougeaient")

    def _quoted_words(self, q: Quote) -> bool:
        return len(re.findall(r"\w+", self.text[q.inner_start:q.inner_end])) >= MIN_CONTINUATION_WORDS

    def _names_something(self, q: Quote) -> bool:
        before = fold(self.text[max(0, q.start - 30): q.start]).split()
        return bool(before) and (before[-1] in naming_words() or " ".join(before[-2:]) in naming_words())

    def _is_whole_quote(self, start: int, end: int, quotes: list[Quote]) -> bool:
        inside = sum(q.end - q.start for q in quotes)
        return inside >= 0.8 * (end - start)

    def _names_other_person(self, unit: _Unit, last: _Found) -> bool:
        for t in self.doc[unit.start: unit.end]:
            if t.dep_ in SUBJECT_DEPS and not self.in_quote(t) and (t.pos_ == "PROPN" or (
                    t.pos_ == "NOUN" and getattr(titles().get(fold(t.text)), "kind", None) in ("person", "office"))):
                return True  # (also "Le préfet a par ailleurs évalué à « une dizaine de kilomètres » la portion …")
        return False

    # -- statements and mentions -----------------------------------------------------------------------------------
    def _statement(self, f: _Found) -> Statement | None:
        start, end = f.content
        text = self.text
        q = self.quote_at(f.frame[0]) if f.cut is None and not f.continuation else None
        if q is not None and start <= q.start + 1 and end <= q.end and q.inner_start < f.frame[0] and \
                f.frame[1] < q.inner_end and text[f.frame[1]:f.frame[1] + 1] in (".", "!", "…"):
            # an incise that ends the first sentence of a longer quotation: "« A, tranche le maire, X. B »" is "A. B"
            comma = text.rfind(",", q.inner_start, f.frame[0])
            if comma != -1 and not text[comma + 1: f.frame[0]].strip():
                f = replace(f, content=(start, q.end), cut=(comma, f.frame[1]))
                end = q.end
        quotes = [q for q in self.quotes if q.start < end and start < q.end]
        body = text[start:end]
        kind = "indirect"
        if quotes and all(q.mark == "—" for q in quotes):
            kind = "direct"  # dialogue lines: the words of the speaker around the attribution
        elif quotes:
            kind = "mixed"
            q = quotes[0]
            if len(quotes) == 1 and q.start <= start + 1 and end - 1 <= q.end and not f.cut:
                kind = "direct"
                start, end = q.inner_start, q.inner_end
                while end > start and text[end - 1] in " ,":
                    end -= 1
                body = text[start:end]
            elif all(_only_punct(text[a:b]) for a, b in _gaps(start, end, quotes)) and not f.cut:
                kind = "direct"
            elif f.cut and all(_only_punct(text[a:b]) for ps, pe in ((start, f.cut[0]), (f.cut[1], end))
                               for a, b in _gaps(ps, pe, quotes)):
                kind = "direct"  # "« Nous sommes prêts, a-t-il dit, à négocier »": one quotation around an incise
                if start == quotes[0].start:
                    start = quotes[0].inner_start
                if end == quotes[-1].end:
                    end = quotes[-1].inner_end
        if f.cut:
            left, right = text[start:f.cut[0]].rstrip(" ,"), text[f.cut[1]:end].lstrip(" ,")
            if kind == "direct":  # "« A », a-t-il dit, « B »" -> "A B"
                left, right = left.rstrip(" ,»”\""), right.lstrip(" «“\"")
            body = (left + ("" if right[:1] in (".", "!", "…") else " ") + right).strip()
        body = body.strip()
        if len(re.findall(r"\w+", body)) < 2:
            return None
        unit = self.units[f.unit]
        ctx_start = min(self.doc[unit.start].idx, start)
        ctx_end = max(self.doc[unit.end - 1].idx + len(self.doc[unit.end - 1]), end)
        if f.continuation:
            pass
        m = f.mention
        speaker = Speaker(mention=m.text if m else None, side=m.side if m else None)
        d = self.document
        cue = verb_lemma(f.cue) if f.cue else None
        return Statement(doc=d.id, start=start, end=end, text=body, kind=kind, cue=cue, speaker=speaker,
                         date=d.date, title=d.title or None, source=d.source, url=d.url,
                         context=text[ctx_start:ctx_end].strip(), speaker_start=m.start if m else None,
                         speaker_end=m.end if m else None)

    def _name_and_age(self, t: Token) -> bool:
        """Is ``t`` the first of two capitalised words followed by an age aside ("À Léo, Rasmata Zongo, 52 ans,
        productrice …": a name whose first name the lexicon does not list)?"""
        flat = [c for c in t.children if c.dep_ == "flat:name"]
        return len(flat) == 1 and flat[0].i == t.i + 1 and flat[0].text[:1].isupper() and self._age_after(flat[0])

    def _age_after(self, t: Token) -> bool:
        """Is the name ``t`` followed by an age aside ("Laura, 24 ans, a accouché …": a person named by her first
        name alone)?"""
        doc = self.doc
        return t.i + 3 < len(doc) and doc[t.i + 1].text == "," and doc[t.i + 2].like_num and \
            fold(doc[t.i + 3].text) == "ans"

    @staticmethod
    def _reads_a_document(t: Token) -> bool:
        """Is ``t`` the subject of a relative clause saying who saw a document ("un message, que Marianne a pu
        consulter", "une lettre dont Le Soleil a obtenu copie")? The outlet's own sourcing: no one a later "elle" is."""
        verb = t.head
        if verb.dep_ != "acl:relcl" and not (t.i > 0 and fold(t.doc[t.i - 1].text) in ("que", "qu'", "dont")):
            return False
        lemmas = {fold(verb.lemma_)} | {fold(c.lemma_) for c in verb.children if c.dep_ == "xcomp"}
        return bool(lemmas & {"consulter", "obtenir", "procurer", "lire"})

    def _whose_view(self, t: Token) -> bool:
        """Is ``t`` the one whose view a sentence denies the one before ("Ce n'est pas la version des pêcheurs de
        Guet Ndar.", "Tel n'est pas l'avis du syndicat"): a person or a body, the complement of the view's noun?
        The text speaks of them next ("Réunis lundi sur la plage, ils affirment …")."""
        view = t.head
        if view.dep_ != "ROOT" or fold(view.text) not in _VIEW_NOUNS or not any(
                c.dep_ == "case" and fold(c.text) in ("de", "des", "du", "d'") for c in t.children):
            return False
        if not (any(c.dep_ == "cop" for c in view.children) and any(
                c.dep_ in SUBJECT_DEPS and fold(c.text) in ("ce", "c'", "tel", "telle") for c in view.children)):
            return False
        return t.pos_ == "PROPN" or getattr(titles().get(fold(t.text)), "kind", None) in ("person", "office", "org") \
            or getattr(titles().get(fold(t.text)[:-1]), "kind", None) in ("person", "office", "org")

    def _fronted_agent(self, unit: _Unit) -> tuple[int, int] | None:
        """The token range of the agent of a participle that opens the sentence ("Interrogé par | Paris-Normandie |,",
        "Contacté par | l'AFP |,", "Joint par | téléphone |,"), else None."""
        doc = self.doc
        k = self._first_word(unit.start, unit)
        if not (k + 2 < unit.end and fold(doc[k].text) in _ASKED and fold(doc[k + 1].text) == "par"):
            return None
        comma = next((c for c in range(k + 2, min(k + 12, unit.end)) if doc[c].text == ","), None)
        if comma is not None and comma + 1 < unit.end and _first_name(doc[comma + 1].text) and any(
                getattr(titles().get(fold(t.text)), "kind", None) in ("person", "office") for t in doc[k + 2: comma]):
            return None  # "Interrogé par la présidente de la cour, Catherine Vesperini, il a …": a person the text
            # speaks of, named with her title ("a lancé la présidente" later is her)
        return (k + 2, comma) if comma is not None else None

    def _fronted_subject(self, unit: _Unit) -> int | None:
        """The head of a sentence's opening noun phrase that the parser took for a circumstance because a relative
        clause follows it ("Cette habitante(obl:mod) de Cluses, dont le père est mort …, a créé l'association X":
        it is the subject of the verb after the relative clause), else None. Only a person's title with an article or
        a demonstrative and no preposition."""
        doc = self.doc
        k = self._first_word(unit.start, unit)
        if k + 3 >= unit.end or doc[k].pos_ != "DET" or fold(doc[k].text) not in ("le", "la", "l'", "ce", "cet",
                                                                                 "cette"):
            return None
        head = doc[k + 1]
        if head.pos_ != "NOUN" or head.dep_ not in ("obl:mod", "obl") or any(c.dep_ == "case" for c in head.children) \
                or getattr(titles().get(fold(head.text)), "kind", None) not in ("person", "office"):
            return None
        comma = next((c for c in range(k + 2, min(k + 10, unit.end - 1)) if doc[c].text == ","), None)
        if comma is None or fold(doc[comma + 1].text) not in ("dont", "qui"):
            return None
        return head.i

    def _fronted_apposition(self, t: Token, unit: _Unit) -> bool:
        """Is ``t`` a bare noun opening its sentence that describes the pronoun subject after it ("Mère(obl:mod) de
        trois enfants, inscrite depuis 2019, elle vit …"): that person, no one new?"""
        if t.pos_ != "NOUN" or t.i != self._first_word(unit.start, unit) or any(c.dep_ == "det" for c in t.children):
            return False
        if any(c.dep_ in SUBJECT_DEPS and c.pos_ == "PRON" and fold(c.text) in ("il", "elle", "ils", "elles")
               and c.i > t.i for c in t.head.children):
            return True  # (not "Avocat de plusieurs clients, Me(PRON) Olivier Zufferey a dénoncé")
        # "Rapporteur(obl:mod) du dossier, l'adjoint aux finances Jean-Marc Orsoni a défendu": the post of the subject
        # with its article right after the comma
        end = t.right_edge.i
        return end + 2 < unit.end and self.doc[end + 1].text == "," and self.doc[end + 2].pos_ == "DET" and getattr(
            titles().get(fold(t.text)), "kind", None) in ("person", "office") and any(
                c.dep_ in SUBJECT_DEPS and c.pos_ == "NOUN" and c.left_edge.i in (end + 1, end + 2)
                for c in t.head.children)

    @staticmethod
    def _body_in_title(t: Token) -> bool:
        """Is ``t`` a body's noun inside a person's title ("directeur de la fromagerie(nmod) du Mont-Noir")? Its name
        is part of the person's description, not a mention of its own that would take the title with it."""
        if getattr(titles().get(fold(t.text)), "kind", None) != "org" or t.dep_ != "nmod":
            return False
        return getattr(titles().get(fold(t.head.text)), "kind", None) in ("person", "office")

    def _verbless_report(self, t: Token) -> int | None:
        """The reporting verb in the present, after the title ``t`` (the parse's root), that the tagger took for its
        modifier ("Le préfet de la Loire-Atlantique dément.", "L'Agence régionale de santé (ARS) tempère."): its
        index, else None."""
        verbs = reporting_verbs()
        # (also under the name apposed to the title: "Le directeur du CHU, Philippe El Saïr(conj), dément(advmod).")
        children = list(t.children) + [g for c in t.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"
                                       for g in c.children]
        return next((c.i for c in children
                     if c.i > t.i and c.pos_ in ("ADV", "ADJ", "NOUN") and c.dep_ in ("advmod", "amod", "appos", "nmod")
                     and c.text.islower() and not any(k.dep_ == "case" for k in c.children)
                     and (fold(c.text) in ("dement", "dementent") or any(
                         lemma in verbs and verbs[lemma] != "colon" for lemma in _lemma_candidates(c)[1:]))), None)

    def _all_mentions(self, speakers: list[Mention]) -> list[Mention]:
        """Speaker mentions plus subjects of clauses and names with a title anywhere (for coreference)."""
        out = {(m.start, m.end): m for m in speakers if m is not None}
        spoken = set(out)
        companies: list[Mention] = []
        for unit in self.units:
            if unit.skip:
                continue
            asked = self._fronted_agent(unit)
            fronted = self._fronted_subject(unit)
            for t in self.doc[unit.start: unit.end]:
                if self.in_quote(t):
                    continue
                if asked is not None and asked[0] <= t.i < asked[1]:
                    continue  # "Interrogé par Paris-Normandie, il assure": who asked is nobody the text speaks of
                if t.pos_ == "PROPN" and t.i - 2 >= unit.start and not _first_name(t.text) and (
                        fold(self.doc[t.i - 1].text) == "par" and fold(self.doc[t.i - 2].text) in _ASKED):
                    continue  # (nor after the name: "…, Jean-Pierre Lokwa, joint par Radio Okapi. Selon lui, P")
                if t.dep_ in SUBJECT_DEPS and self._reads_a_document(t):
                    continue
                if t.text.islower() and t.i + 1 < unit.end and (self.doc[t.i + 1].text.lower() == "-t" or CLITIC.match(
                        self.doc[t.i + 1].text)) and cue_lemma(t) is not None:
                    continue  # "« … », juge(NOUN)-t-il": the inverted cue, not a judge
                take, head, until, name_only, org_span, joined = False, None, None, None, None, None
                surname = None  # a surname the name shares with the one after "et" ("Monique et Albert Henrard")
                subject = t.dep_ in SUBJECT_DEPS
                if fronted is not None and t.i == fronted:
                    take = subject = True  # "Cette habitante(obl:mod) de Cluses, dont le père …, a créé …"
                elif t.dep_ in SUBJECT_DEPS and (t.pos_ in ("NOUN", "PROPN") or t.pos_ == "ADJ" and any(
                        c.dep_ == "det" for c in t.children) and getattr(titles().get(fold(t.text)), "kind", None) in (
                            "person", "office")) and "Rel" not in t.morph.get("PronType") \
                        and not self._fronted_apposition(t, unit):  # (and "la quinquagénaire(ADJ) a nié")
                    take = True
                    if fronted is not None and t.i > t.head.i and t.head.dep_ == "ROOT":
                        subject = False  # (what the parser took for the inverted subject is the verb's object)
                elif t.dep_ == "obj" and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ == "VERB" and \
                        t.head.dep_ in ("acl", "acl:relcl") and t.head.i < t.i and any(
                            fold(c.text) in ("que", "qu'") and c.i < t.head.i for c in t.head.children) and not any(
                            c.dep_ in SUBJECT_DEPS for c in t.head.children) and \
                        getattr(titles().get(fold(t.text)), "kind", None) in ("person", "office", "org"):
                    take = subject = True  # "Une lecture que récuse la directrice(obj) générale de l'ONCC": the
                    # relative's inverted subject (its object is "que")
                elif t.pos_ == "PROPN" and t.dep_ == "ROOT" and (any(c.dep_ == "flat:name" for c in t.children) or (
                        _first_name(t.text) and any(c.dep_ == "appos" and c.i > t.i and (getattr(titles().get(fold(
                            c.text)), "kind", None) == "person" or c.pos_ == "NOUN" and c.text.islower()
                            and fold(c.text) not in _PLACE_NOUNS) for c in t.children))):
                    take = subject = True  # a name the parser left as the root: "Camille Berthelot, elle, ne …",
                    # "Loïc, soudeur chez le sous-traitant, était sur le quai"
                elif t.i == self._first_word(unit.start, unit) and t.text[:1].isupper() and t.text[1:2].islower() \
                        and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.is_oov) and t.i + 2 < unit.end and \
                        self.doc[t.i + 1].text == "," and fold(self.doc[t.i + 2].text) == "qui" and \
                        t.dep_ not in SUBJECT_DEPS and fold(t.text) not in titles():
                    # "Hydrelys(obl:mod), qui alimente 7 millions d'habitants, conteste la méthode": a name opening its
                    # sentence before a relative is the sentence's subject, whatever the parser hung it on
                    take = subject = True
                    name_only = [t]
                elif t.dep_ == "ROOT" and t.pos_ == "NOUN" and getattr(titles().get(fold(t.text)), "kind", None) in (
                        "person", "office", "org") and (verbless := self._verbless_report(t)) is not None:
                    # "Le préfet de la Loire-Atlantique dément(ADV).": the verb tagged as a modifier of its subject; a
                    # later "a-t-il déclaré" is the prefect
                    take = subject = True
                    head, until = t, verbless
                elif t.dep_ == "ROOT" and t.pos_ == "NOUN" and getattr(titles().get(fold(t.text)), "kind", None) in (
                        "person", "office") and t.i - 1 >= unit.start and self.doc[t.i - 1].pos_ == "DET" and \
                        t.i - 1 == self._first_word(unit.start, unit):
                    # "Une infirmière(ROOT) du service, qui a requis l'anonymat, livre(NOUN) une autre version": the
                    # person a sentence opens with, whose verb the tagger missed, is its subject
                    take = subject = True
                elif (t.pos_ == "NOUN" and t.dep_ in ("appos", "dep") or t.pos_ == "PROPN" and (t.dep_ == "dep" or (
                        t.dep_ in ("appos", "conj", "nmod") and t.head.i < t.i and (t.head.dep_ in ("obl:mod", "obl") or (
                            t.head.dep_ in ("ROOT", "dep") and any(c.dep_ == "case" for c in t.head.children)) or (
                            t.head.dep_ == "nmod" and any(c.dep_ == "case" for c in t.head.children)
                            and self._verb_after_asides(t, unit) is not None))))) and \
                        t.text[:1].isupper() and \
                        (_first_name(t.text) and (any(c.dep_ == "flat:name" for c in t.children) or self._age_after(t))
                         or self._name_and_age(t) or t.pos_ == "PROPN" and self._age_after(t) and t.i > 0
                         and self.doc[t.i - 1].text == "," and not place_side(t.text)) and \
                        not any(c.dep_ == "case" for c in t.children):
                    # "Derrière son comptoir, Sandrine(NOUN, appos) Py, titulaire …, a vu …", "Dans son officine(obl:mod)
                    # de Lyon, Thomas(PROPN, conj) Ferrand, pharmacien, a vu …", "Au métro Jean-Talon, Amélie(nmod),
                    # 27 ans, hausse les épaules": a person's name the parser hung on the circumstance before it; it is
                    # the clause's subject
                    take = subject = True
                elif t.dep_ == "appos" and t.pos_ in ("NOUN", "PROPN") and _ACRONYM_WORD.fullmatch(t.text) and \
                        self.doc[t.i - 1].text == "(" and unit.start <= t.head.i < t.i and _body_noun(t.head):
                    # "ancien cadre de l'Office national des forêts (ONF)", "de l'Agence régionale de santé (ARS(NOUN))":
                    # the body that gives its acronym, not the person's title before it
                    take = True
                    lo = t.head.i - (t.head.i - 1 >= unit.start and self.doc[t.head.i - 1].pos_ == "DET")
                    org_span = (lo, t.i + (t.i + 1 < unit.end and self.doc[t.i + 1].text == ")"))
                elif (t.pos_ == "PROPN" and t.dep_ in ("appos",) or (
                        t.pos_ == "PROPN" and t.head.pos_ == "NOUN"
                                                                   and fold(t.head.text) in titles()
                                                                   and t.dep_ in ("appos", "flat:name", "nmod")
                                                                   and not self._body_in_title(t.head))) and not (
                        t.head.i < t.i and t.head.pos_ == "NOUN" and fold(t.head.text) in _OUTLET_NOUNS):
                    # (not "au quotidien De Standaard(nmod)": a newspaper, no one "ce dernier" could be)
                    take = True
                    owner = t.head
                    if t.dep_ == "appos" and getattr(titles().get(fold(owner.text)), "kind", None) not in (
                            "person", "office") and owner.dep_ == "nmod" and owner.head.i < owner.i:
                        owner = owner.head  # ("Interrogé par la présidente de la cour(nmod), Catherine Vesperini(appos)")
                    title = titles().get(fold(owner.text))
                    if t.dep_ == "appos" and title is not None and title.kind in ("person", "office") and \
                            owner.i < t.i and self.doc[t.i - 1].text == "," and all(
                                x.text == "," or x.pos_ == "ADJ" or (x.pos_ in ("ADP", "DET", "NOUN", "PROPN") and
                                                                     owner.is_ancestor(x))
                                for x in self.doc[owner.i + 1: t.i]):
                        # "la liste conduite par le maire sortant, Gaston Mbella Moukoko", "présenté par la ministre
                        # de l'Agriculture, Claire Ventadour": his title
                        head = owner
                        k = self._name_end(t) + 1
                        if k < unit.end and self.doc[k].text == "(":
                            k = next((c + 1 for c in range(k + 1, min(k + 8, unit.end)) if self.doc[c].text == ")"), k)
                        if k + 1 < unit.end and self.doc[k].text == "," and self.doc[k + 1].pos_ in ("AUX", "VERB") \
                                and "Fin" in self.doc[k + 1].morph.get("VerbForm") and owner.dep_ in SUBJECT_DEPS:
                            k += 1  # "le porte-parole d'EEM à Bruxelles, Pieter Claes, maintient": past the comma
                        if owner.dep_ in SUBJECT_DEPS and k < unit.end and self.doc[k].pos_ in ("AUX", "VERB") and \
                                owner.head.i >= k:
                            until = k  # "Député provincial en charge du domaine, Jean-Luc Wauthier (MR) a défendu":
                            # the subject's title, its name and party, up to their verb
                    elif t.dep_ == "appos" and title is None and _first_name(t.text) and self.doc[t.i - 1].text == "," \
                            and (start := self._portfolio_title(t.i - 1, unit)) is not None:
                        # "le ministre de l'Agriculture, de la Pêche maritime, du Développement rural et des Eaux et
                        # Forêts, Hicham Lamrani": a post with a list of portfolios, then the name
                        joined = list(self.doc[start: t.i - 1]) + list(self.doc[t.i: self._name_end(t) + 1])
                    elif t.dep_ == "appos" and title is None and _first_name(t.text) and self.doc[t.i - 1].text == "," \
                            and (k := self._apposition_start(t.i - 1, unit)) is not None \
                            and (before := self._title_before_apposition(self.doc[k], unit)) is not None:
                        # "La porte-parole de Transarmor, l'exploitant des lignes pour le compte(owner) de la Région,
                        # Gaëlle Rouxel, assure": the title, then the name past the body's apposition
                        joined = before + list(self.doc[t.i: self._name_end(t) + 1])
                    elif t.dep_ == "appos" and title is not None and title.kind == "org" and _first_name(t.text) and \
                            self.doc[t.i - 1].text == ",":
                        before = self._title_before_apposition(owner, unit)
                        if before is not None:
                            # "la présidente de Nexalis, l'entreprise montréalaise qui a conçu le logiciel, Sylvie
                            # Marchand, a contesté": the title, then the name past the body's apposition
                            joined = before + list(self.doc[t.i: self._name_end(t) + 1])
                elif t.pos_ == "PROPN" and t.dep_ in ("conj", "appos") and t.head.pos_ == "NOUN" and \
                        t.head.i < t.i and t.head.dep_ == "ROOT" and _first_name(t.text) and \
                        any(c.dep_ == "flat:name" for c in t.children) and self._cleft(t):
                    # "C'est une jeune maître de chai de Pommard, Hélène Bouchard-Mercier, qui a donné l'alerte": the
                    # description and the name, subject of the relative
                    take = subject = True
                    head, until = t.head, self._past_name(t, unit)
                elif t.pos_ == "PROPN" and t.dep_ == "conj" and t.head.pos_ == "NOUN" and t.head.i < t.i and \
                        t.head.dep_ == "ROOT" and getattr(titles().get(fold(t.head.text)), "kind", None) in (
                            "person", "office") and any(c.dep_ == "flat:name" for c in t.children):
                    # "La ministre(ROOT) bruxelloise de la Mobilité, Saskia(conj) Vanderborght, conteste(acl) …": the
                    # title and its apposed name, subject of the verb after them
                    k = self._past_name(t, unit)
                    if k < unit.end and (self.doc[k].pos_ in ("VERB", "AUX") and "Fin" in self.doc[k].morph.get(
                            "VerbForm") or _present_reporting(self.doc[k])  # ("conteste"(NOUN, acl))
                            or self.doc[k].pos_ == "PROPN" and self.doc[k].text.islower()):  # ("parle"(PROPN))
                        take = subject = True
                        head, until = t.head, k
                elif fold(t.text) in HONORIFICS and t.dep_ in ("appos", "dep", "nmod") and t.i + 1 < unit.end and \
                        self.doc[t.i - 1].text == "," and any(c.dep_ == "flat:name" and c.i == t.i + 1 and _first_name(
                            c.text) for c in t.children):
                    take = True  # "aux côtés de son avocate, Me(appos) Claire Duvignau": a person a later "Me
                    # Duvignau" or "elle" may mean
                elif t.pos_ == "PROPN" and _first_name(t.text) and t.i + 3 < unit.end and \
                        fold(self.doc[t.i + 1].text) == "et" and _first_name(self.doc[t.i + 2].text) and \
                        self.doc[t.i + 3].text[:1].isupper() and not any(c.dep_ == "flat:name" for c in t.children) \
                        and not self.in_quote(t):
                    # "Monique et Albert Henrard n'ont pas manqué une minute": two people of one surname, each a
                    # person a later "elle" or "il" may mean
                    last = self._name_end(self.doc[t.i + 2])
                    take, name_only, surname = True, [t], self.text[self.doc[t.i + 3].idx: self.doc[last].idx
                                                                     + len(self.doc[last].text)]
                    subject = self._finite_after(last, unit)
                elif t.pos_ == "PROPN" and _first_name(t.text) and t.i - 2 >= unit.start and \
                        fold(self.doc[t.i - 1].text) == "et" and _first_name(self.doc[t.i - 2].text) and \
                        not any(c.dep_ == "flat:name" for c in self.doc[t.i - 2].children) and \
                        any(c.dep_ == "flat:name" for c in t.children) and not self.in_quote(t):
                    take = True  # the second of "Monique et Albert Henrard", whatever the parser hung it on
                    subject = self._finite_after(self._name_end(t), unit)
                elif fold(t.text) in HONORIFICS and t.dep_ in ("ROOT", "obl:mod", "obl") and t.i + 1 < unit.end and \
                        _first_name(self.doc[t.i + 1].text) and (t.i == self._first_word(unit.start, unit)
                                                                 or self.doc[t.i - 1].text == ",") and \
                        self._verb_after_honorific(t, unit) is not None:
                    # "Me(ROOT) Pieter Van den Broeck, qui défend le notaire, réfute ce chiffre", "Poursuivi pour abus
                    # de confiance, Me(obl:mod) Xavier Lambotte, notaire à Jambes, a comparu": an honorific and a
                    # name the parser hung elsewhere, the subject of the verb after their asides
                    take = subject = True
                    joined = list(self.doc[t.i: self._honorific_name_end(t, unit)])
                elif t.pos_ == "PROPN" and t.dep_ == "conj" and t.head.pos_ == "PROPN" and t.head.dep_ in SUBJECT_DEPS \
                        and _first_name(t.text) and any(c.dep_ == "flat:name" for c in t.children) and any(
                            c.dep_ == "cc" and fold(c.text) == "et" and c.i == t.i - 1 for c in t.children):
                    # "Laura Pietri et Raphaël(conj) Mattei ont tenu un point presse. … Il a assuré": each of a joint
                    # subject is a subject a later pronoun may mean
                    take = subject = True
                elif t.pos_ == "PROPN" and t.dep_ in ("conj", "nmod", "appos") and _first_name(t.text) and \
                        t.i - 1 > unit.start and self.doc[t.i - 1].text == "," and \
                        self._title_before_comma(t.i - 1, unit) and not self.in_quote(t) and \
                        (until := self._verb_after_name(t, unit)) is not None:
                    # "Interrogée par La Montagne, la rectrice(dep) de l'académie de Limoges(nmod), Claire(conj)
                    # Vasseur-Lamy, conteste": the name apposed to a title, hung on the title's complement, subject of
                    # the verb after it
                    take = subject = True
                elif t.pos_ == "PROPN" and t.dep_ == "conj" and _first_name(t.text) and t.i >= unit.start + 4 and \
                        self.doc[t.i - 1].text == "," and any(c.dep_ == "flat:name" for c in t.children) and \
                        (title_tok := self._relative_title_before(t.i - 1, unit)) is not None:
                    # "Des chiffres que la directrice(nmod) du festival, Léa(conj) Chappuis, juge(NOUN) « gonflés »":
                    # the subject of the relative clause, with her title, though the parser lost the verb
                    take = subject = True
                    head = title_tok
                    until = max([t.i] + [c.i for c in t.children if c.dep_ == "flat:name"]) + 1
                elif t.pos_ == "PROPN" and t.text[:1].isupper() and self.doc[t.i - 1].text == "," and \
                        t.head.i == self._first_word(unit.start, unit) and \
                        _OPENING_PARTICIPLE.fullmatch(fold(t.head.text)) and \
                        any(c.dep_ == "flat:name" for c in t.children) and (
                            t.head.i == t.i - 2 and t.head.dep_ in SUBJECT_DEPS
                            or t.head.dep_ == "ROOT" and (until := self._verb_after_name(t, unit)) is not None):
                    # "Sollicité(nsubj), Darnell(nmod) Hayes n'a pas souhaité réagir": the parser took the opening
                    # participle for the subject; the name after its comma is the one a later "il" means. "Joint(ROOT)
                    # par Jeune Afrique à Toronto, son président-directeur général, Laurent(conj) Beaudry, conteste":
                    # the participle taken for the clause, the name (and its title) for one of its conjuncts
                    take = subject = True
                elif t.pos_ == "PROPN" and t.dep_ in ("nmod", "conj", "appos") and _first_name(t.text) and \
                        self.doc[t.i - 1].text == "," and t.head.dep_ == "ROOT" and t.head.pos_ == "VERB" and \
                        "Part" in t.head.morph.get("VerbForm") and t.head.i == self._first_word(unit.start, unit) and \
                        any(c.dep_ == "flat:name" for c in t.children) and \
                        (until := self._verb_after_asides(t, unit)) is not None:
                    # "Suspendu(ROOT) à titre provisoire depuis le 16 octobre, Hugo(nmod) Larrart (27 ans),
                    # troisième-ligne de l'USHB, a tenu …": the name after the opening participle's phrase, then its
                    # asides, is the subject of the verb the parser cut off
                    take = subject = True
                    until = self._name_end(t) + 1
                elif t.pos_ == "PROPN" and t.dep_ == "nmod" and _first_name(t.text) \
                        and any(c.dep_ == "flat:name" for c in t.children) and t.i + 2 < unit.end and any(
                            x.dep_ == "appos" and x.head.i == t.i and fold(x.text) in titles() for x in self.doc[t.i + 2:
                                                                                                            unit.end]):
                    take = True  # "la conférence de presse de Frédéric(nmod) Gouzien, le président de …": a person
                    # with an apposed title (the name alone: the phrase it complements is no part of it)
                    name_only = [t] + [c for c in t.children if c.dep_ == "flat:name"]
                elif t.pos_ in ("NOUN", "PROPN") and t.dep_ == "nmod" and self._whose_view(t):
                    take = subject = True  # "Ce n'est pas la version des pêcheurs(nmod) de Guet Ndar. … ils affirment"
                elif t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("obj", "iobj", "obl:arg", "obl:mod") and \
                        not self._fronted_place(t, unit) and not self._fronted_apposition(t, unit) and not (
                            t.pos_ == "PROPN" and t.i + 1 < unit.end and self.doc[t.i + 1].like_num) and \
                        (t.pos_ == "PROPN" or (fold(t.text) in titles()
                                               and titles()[fold(t.text)].kind in ("person", "office"))
                         or t.dep_ == "obj" and _body_noun(t) and any(  # "Des chiffres que conteste le collectif …"
                             c.i < t.i and fold(c.text) in ("que", "qu'") and c.dep_ == "obj" for c in t.head.children)):
                    take = True  # "X a rencontré la chancelière allemande Angela Merkel": a later "elle"
                    # "Une version que ne partage pas le directeur sportif, Stéphane Pujol": with the relative "que"
                    # as object, the noun after the verb is its (inverted) subject
                    subject = t.dep_ == "obj" and any(
                        c.i < t.i and fold(c.text) in ("que", "qu'") and c.dep_ == "obj" for c in t.head.children)
                elif t.dep_ == "obl:agent" and t.pos_ == "NOUN" and fold(t.text) in titles() \
                        and titles()[fold(t.text)].kind == "org":
                    take = True  # a body: "Des chiffres contestés par le collectif Ciel commun. D'après l'ONG, …"
                elif t.dep_ == "obl:agent" and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and fold(t.text) in titles()
                                                 and titles()[fold(t.text)].kind in ("person", "office")
                                                 and self._impersonal_passive(t.head)):
                    # "Une affirmation balayée par Régis Lemonnier. « … », a-t-il rétorqué": the agent of a participle
                    # with no auxiliary (a verbless sentence) is its clause's salient person; so is the agent of a
                    # passive whose subject is no person ("Le lien a été assumé par le ministre …, Bruno Lestrade.
                    # « … », a-t-il écrit")
                    take = True
                    subject = "Part" in t.head.morph.get("VerbForm") and not any(
                        c.dep_.startswith("aux") for c in t.head.children) or self._impersonal_passive(t.head)
                if not take and t.pos_ == "PROPN" and t.dep_ == "nmod" and _first_name(t.text) and any(
                        c.dep_ == "flat:name" for c in t.children):
                    last = max(c.i for c in t.children if c.dep_ == "flat:name")
                    # "le dossier de Jean-Marc Sarrazy, 61 ans, négociant à Libourne, poursuivi pour tromperie": the
                    # defendant, whom the report then calls "le prévenu", though only named inside an object
                    take = _CHARGED_AFTER.match(self.text, self.doc[last].idx + len(self.doc[last].text)) is not None
                    name_only = list(self.doc[t.i: last + 1]) if take else None  # (a complement: no name otherwise)
                company = self._company(t, unit)
                if company is not None:
                    companies.append(company)
                if not take:
                    continue
                if joined:
                    m = self._describe(joined, unit, subject)
                elif org_span:
                    m = self._describe(list(self.doc[org_span[0]: org_span[1] + 1]), unit, subject)
                elif name_only:
                    a, b = name_only[0].idx, name_only[-1].idx + len(name_only[-1].text)
                    m = Mention(a, b, self.text[a:b], "name", name=self.text[a:b] + (" " + surname if surname else ""),
                                gender=_gender(name_only), unit=unit.index, subject=subject if surname else False)
                else:
                    m = self._mention(head if head is not None else t, unit, subject=subject, until=until)
                    if m is not None and m.kind == "anaphor" and until is None and head is None and \
                            t.dep_ in SUBJECT_DEPS and t.pos_ == "NOUN" and t.head.i > t.i and t.head.pos_ == "VERB" \
                            and "Fin" in t.head.morph.get("VerbForm") and _PLACE_THEN_NAME.match(self.text, m.end):
                        # up to its verb, so that "le porte-parole d'EEM à Bruxelles, Pieter Claes, maintient" reaches
                        # the name
                        m = self._mention(t, unit, subject=subject, until=t.head.i)
                if m is None or m.kind in ("unknown",):
                    continue
                if not m.subject and m.kind == "name" and any(
                        x.dep_ in SUBJECT_DEPS and not m.start <= x.head.idx < m.end
                        for x in self.doc[t.i: self._token_at_or_before(m.end) + 1] if x.idx >= m.start):
                    m = replace(m, subject=True)  # "Sa collègue(obl:mod) de la CSC, Yasmina(nsubj) Bouzid, insiste"
                if not m.subject and m.kind == "name" and re.search(r"\bpar la voix d(?:e|u|es)\s*$",
                                                                     fold(self.text[max(0, m.start - 25): m.start])):
                    m = replace(m, subject=True)  # "L'armateur s'est exprimé par la voix de son porte-parole, Marco
                    # Bellandi. « … », a-t-il déclaré": the one who speaks for it, whom the next "il" means
                if not m.subject and m.kind == "name" and self._subject_of_next_verb(m, unit):
                    m = replace(m, subject=True)  # "Interrogé par L'Équipe, le directeur …, Stéphane Morvan, a
                    # balayé …" (the parser hung the name on the circumstance before it)
                if m.subject and m.kind == "name" and (m.start, m.end) not in spoken and any(
                        fold(x.text) == "dont" and x.i > unit.start and self.doc[x.i - 1].text == ","
                        for x in self.doc[max(unit.start, t.i - 6): t.i]):
                    m = replace(m, subject=False)  # "Chantal Lesieur, dont la mère, Jeannine, est morte …, dit": the
                    # subject of a relative only, no one a later "elle" means before the sentence's
                if m.kind in ("name", "indefinite") and (t.dep_ in SUBJECT_DEPS and (
                        fold(t.head.lemma_) == "comparaitre" or (
                        t.dep_ == "nsubj:pass" and fold(t.head.lemma_) in ("juger", "condamner", "poursuivre")))
                        or _CHARGED_AFTER.match(self.text, m.end)):
                    # "Gilles Ferrand, 61 ans, …, comparaissait lundi devant le tribunal", "Rudy V. était jugé pour
                    # le meurtre de …", "le dossier de Jean-Marc Sarrazy, 61 ans, négociant, poursuivi pour
                    # tromperie": the defendant, whom the report then calls "le prévenu" / "l'accusé"
                    m = _with_roles(m, ("prevenu", "accuse"))
                overlapping = [(s, e) for (s, e) in out if s <= m.start < e or s < m.end <= e]
                if overlapping and m.kind == "name" and all(out[k].name is None and k not in spoken
                                                            and m.start <= k[0] and k[1] <= m.end for k in overlapping):
                    for k in overlapping:  # "Ancien capitaine de l'ASM, Ludovic Saint-Cyr comprend": the title
                        del out[k]  # (taken first, from the parser's "capitaine"(obl:mod)) was part of a named subject
                elif overlapping and not (m.kind == "name" and all(
                        k[0] == m.start and k[1] < m.end and out[k].name is None and out[k].role
                        and out[k].role == m.role for k in overlapping)):
                    for k in overlapping:  # (the speaker named after a title with a country has it: "le vice-président
                        # de la compagnie canadienne Traverses du Fleuve, Guillaume Pelletier" -> CA)
                        if k in spoken and k[1] == m.end and m.start < k[0] and m.side and out[k].side is None \
                                and out[k].kind == "name" and self.text[m.start:k[0]].rstrip().endswith(","):
                            out[k] = replace(out[k], side=m.side)
                    continue  # (both kept when a speaker's title stops before the name the mention goes on to: "La
                    # porte-parole de Transarmor, l'exploitant des lignes …, Gaëlle Rouxel, assure")
                out[(m.start, m.end)] = m
        for c in companies:
            # a company inside a longer mention that is no person ("L'action du groupe … Laboratoires Hérault")
            # replaces it; inside a speaker's or a person's description ("le PDG du groupe Navalis") it stays out
            inside = [k for k, m in out.items() if m.start <= c.start and c.end <= m.end]
            if any(k in spoken or out[k].kind == "pronoun" or out[k].role_kind in ("person", "office") and not (
                    _people_of(out[k], c)) or out[k].kind == "name" and out[k].name != c.name and not _people_of(
                    out[k], c) for k in inside):
                # (but "Des clients de la banque … Morel & Vaucher": the company, not people named after it)
                continue
            if any(m.start < c.end and c.start < m.end for k, m in out.items() if k not in inside):
                continue
            if any(out[k].subject for k in inside):
                c = replace(c, subject=True)  # "Le laboratoire Veranis … a contesté …. Dans un communiqué, il affirme"
            for k in inside:
                del out[k]
            out[(c.start, c.end)] = c
        for k, m in out.items():
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if not m.subject and m.kind == "name" and span is not None and len(span) and not self.in_quote(span[0]):
                # "Directeur général du RHV, Pierre-Alain Rouiller conteste cette version": a title and name opening
                # the sentence, right before its finite verb, are its subject whatever the parser hung them on
                first = span[0].i
                unit = self.unit_of(span[0])
                nxt = span[-1].i + 1
                while nxt < unit.end and (self.doc[nxt].is_space or fold(self.doc[nxt].text) in (
                        "s'", "se", "ne", "n'")):
                    nxt += 1
                if first == self._first_word(unit.start, unit) and nxt < unit.end and \
                        self.doc[nxt].pos_ in ("VERB", "AUX") and "Fin" in self.doc[nxt].morph.get("VerbForm"):
                    m = out[k] = replace(m, subject=True)
            relative = re.match(r"\s*,\s*qui (dirige|dirigeait|préside|présidait)\b", self.text[m.end:])
            if m.kind == "name" and relative is not None:
                # "Selon Olivier Sarrazin, qui dirige Maxéo depuis 2021": the head of the body, so that "le patron du
                # distributeur" before or "le dirigeant" after is him
                roles = ("dirigeant", "patron") if relative.group(1).startswith("dirig") else ("president",)
                out[k] = _with_roles(m, roles)
            cumul = _CUMUL.match(self.text, m.end)
            if cumul is not None and titles().get(fold(cumul.group(1))) is not None:
                # "Le président du conseil d'administration …, fonction qu'il cumule avec son mandat d'échevin": the
                # échevin named before
                out[k] = _with_roles(out[k], (fold(titles()[fold(cumul.group(1))].role),))
        for unit in self.units:
            t = self.doc[self._first_word(unit.start, unit)]
            if not unit.skip and self._fronted_apposition(t, unit) and t.right_edge.i + 2 < unit.end:
                # "Rapporteur du dossier, l'adjoint aux finances Jean-Marc Orsoni a défendu": the subject's post too,
                # so that "le rapporteur" later is him
                start = self.doc[t.right_edge.i + 2].idx
                for k, m in out.items():
                    if m.start == start and m.kind in ("name", "anaphor") and titles().get(fold(t.text)) is not None:
                        out[k] = _with_roles(m, (fold(titles()[fold(t.text)].role),))
        return sorted(out.values(), key=lambda m: m.start)


    def _company(self, t: Token, unit: _Unit) -> Mention | None:
        """A company named after its kind, wherever it stands: "de l'armateur Navalis", "du groupe pharmaceutique
        français Laboratoires Hérault" (a body "l'armateur" / "le groupe" may later refer to)."""
        title = titles().get(fold(t.text))
        doc = self.doc
        if _is_acronym(t.text) and unit.start + 2 < t.i < unit.end - 1 and doc[t.i - 1].text == "(" and \
                doc[t.i + 1].text == ")" and not self.in_quote(t):
            # "contre l'usine d'Atlas Phosphate Industries (API)": a company's name with its initials and no kind nor
            # article before it, wherever it stands (an institution comes with its article: "l'Office … (OQLF)")
            k = t.i - 1
            while k - 1 >= unit.start and doc[k - 1].text[:1].isupper() and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") \
                    and t.i - k < 5:
                k -= 1
            words = list(doc[k: t.i - 1])
            if len(words) >= 2 and not _first_name(words[0].text) and k > unit.start and \
                    fold(doc[k - 1].text) in ("de", "d'", "d’") and _acronym_of(_join(words), _join(words) + f" ({t.text})"):
                start, stop = words[0].idx, t.idx + len(t.text) + 1
                return Mention(start, stop, self.text[start:stop], "org", descriptor=self.text[start:stop],
                               unit=unit.index)  # (as "Normandie Éolien Offshore (NEO)" is described, _describe)
            return None
        if t.pos_ != "NOUN" or title is None or title.role not in COMPANY_ROLES or not t.text.islower():
            return None
        k = t.i + 1
        while k < unit.end and k - t.i <= 3 and doc[k].text.islower() and (doc[k].pos_ == "ADJ" or doc[k].pos_ == "NOUN"
                                                                          and fold(doc[k].text) not in TIME_WORDS):
            k += 1  # "pharmaceutique français", "privée genevoise" (the tagger's noun)
        if k + 1 < unit.end and fold(doc[k].text) in ("de", "d'") and doc[k + 1].pos_ == "NOUN" \
                and doc[k + 1].text.islower():
            k += 2  # "la chaîne de restaurants Burger Nation"
            while k < unit.end and k - t.i <= 7 and doc[k].text.islower() and doc[k].pos_ in ("ADJ", "NOUN") \
                    and fold(doc[k].text) not in TIME_WORDS:
                k += 1  # "le groupe américain de services cloud Altivus"
        if k + 1 < unit.end and doc[k].text == "," and k == t.i + 1 and doc[k + 1].text[:1].isupper():
            k += 1  # "Le développeur, Normandie Éolien Offshore (NEO), …"
        end = k
        while end < unit.end and (doc[end].text[:1].isupper() or doc[end].text in ("-", "&") and end > k) \
                and not self.in_quote(doc[end]) and fold(doc[end].text) not in HONORIFICS:
            end += 1
        if end == k or _first_name(doc[k].text) or doc[k - 1].text == "," and not re.match(r"\s*(?:[,(]|\.\s)", self.text[
                doc[end - 1].idx + len(doc[end - 1].text):]):
            return None  # no name, or a person's ("le groupe de Paul Martin" is no company name); an apposed name
            # ends at a comma, a parenthesis ("Le développeur, Normandie Éolien Offshore (NEO), filiale de …") or the
            # sentence ("l'attitude de leur assureur, Agrivigne Assurances.")
        first = t.i - 1 if t.i > unit.start and doc[t.i - 1].pos_ == "DET" else t.i
        start, stop = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
        text = self.text[start:stop]
        name = self.text[doc[k].idx:stop]
        return Mention(start, stop, text, "org", name=name, descriptor=text, gender=_gender(list(doc[first: t.i + 1])),
                       side=side_of(text), role=title.role, role_kind="org", unit=unit.index)

    @staticmethod
    def _impersonal_passive(verb: Token) -> bool:
        """Is ``verb`` a passive whose subject is a thing ("le lien a été assumé"), not a person or a pronoun?"""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects or not any(c.dep_ == "aux:pass" for c in verb.children):
            return False
        s = subjects[0]
        return s.pos_ == "NOUN" and fold(s.text) not in titles() \
            and not _first_name(s.text)

    def _subject_of_next_verb(self, m: Mention, unit: _Unit) -> bool:
        """Is the mention followed (past a comma) by a finite verb group the parser gave no subject?"""
        k = self._token_at_or_before(m.end) + 1
        while k < unit.end and (self.doc[k].text == "," or self.doc[k].is_space):
            k += 1
        if k < unit.end and fold(self.doc[k].text) == "qui":
            # past a relative clause: "Me Laurent Oberson, avocat genevois qui représente une quarantaine de
            # clients, conteste …"
            k = next((c + 1 for c in range(k + 2, min(k + 25, unit.end)) if self.doc[c].text == ","
                      and not self.in_quote(self.doc[c])), unit.end)
            while k < unit.end and self.doc[k].is_space:
                k += 1
        while k + 1 < unit.end and fold(self.doc[k].text) in ("s'", "se", "ne", "n'"):
            k += 1  # "Anne-Sophie Delfort s'est rendue sur place", "X ne cache pas"
        if k >= unit.end or self.doc[k].pos_ not in ("AUX", "VERB") or (
                "Fin" not in self.doc[k].morph.get("VerbForm") and not _present_tense(self.doc[k], self.doc[k].lemma_)):
            return False
        verb = self.doc[k].head if self.doc[k].pos_ == "AUX" and self.doc[k].dep_.startswith("aux") else self.doc[k]
        return not any(c.dep_ in SUBJECT_DEPS for c in verb.children)


# ---------------------------------------------------------------------------------------------------------------------
# small helpers

def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _gaps(start: int, end: int, quotes: list[Quote]) -> Iterable[tuple[int, int]]:
    pos = start
    for q in sorted(quotes, key=lambda q: q.start):
        yield pos, max(pos, q.start)
        pos = max(pos, q.end)
    yield pos, max(pos, end)


def _only_punct(s: str) -> bool:
    return not re.search(r"\w", s)


def _join(toks: list[Token]) -> str | None:
    if not toks:
        return None
    out = ""
    for n, t in enumerate(toks):
        out += t.text
        if n + 1 < len(toks):
            nxt = toks[n + 1]
            out += " " if (t.whitespace_ or nxt.i != t.i + 1) and not t.text.endswith(("'", "’")) else ""
    out = re.sub(r"\s+,", ",", out).strip(" ,")
    return out or None


NAME_PARTICLES = {"le", "la", "de", "d'", "du", "des", "van", "von", "der", "den", "da", "di", "del", "della", "dos",
                  "das", "do", "ben", "bin", "ibn", "el", "al", "ter"}


def _counted_participle(span: Span) -> bool:
    """Is ``span`` a count and a participle with its complement ("1,2 million de foyers privés d'électricité", "Trois
    blessés évacués vers Lyon"): a headline's elliptic claim rather than a bare noun phrase?"""
    counted = any(x.like_num or x.pos_ == "NUM" or fold(x.text) in ("million", "millions", "milliard", "milliards")
                  for x in span[:3])
    return counted and any(
        ("Part" in t.morph.get("VerbForm") or t.pos_ == "ADJ" and re.search(r"(?:er|ir)$", t.lemma_)
         and re.search(r"(?:é|ée|és|ées|i|ie|is|ies)$", t.text)) and t.dep_ in ("acl", "amod")
        and (any(c.dep_ in ("obl", "obl:arg", "obl:mod", "obj") for c in t.children)
             or t.i + 1 < span.end and t.doc[t.i + 1].pos_ == "ADP") for t in span)


def _particle_before_name(doc: Doc, j: int, end: int) -> bool:
    """Is ``doc[j]`` a name particle followed (after any further particles) by a capitalised word: "Luca De
    Angelis", "Pieter van der Berg"?"""
    k = j
    while k < end and fold(doc[k].text) in NAME_PARTICLES - {"le", "la", "des"} and k - j < 3:
        k += 1
    if k == j + 1 and k + 1 < end and fold(doc[j].text) in ("al", "el") and doc[k].text == "-" \
            and not doc[j].whitespace_ and not doc[k].whitespace_:
        k += 1  # "Majed al-Ansari": the tokenizer's "al", "-", "Ansari"
    return j < k < end and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN", "X", "ADJ") \
        and fold(doc[k].text) not in titles() and not place_side(doc[k].text)


def _capital_particle(doc: Doc, j: int, end: int) -> bool:
    """Is ``doc[j]`` the capitalised "Le" / "La" of a surname, inside a name ("Yannick Le Berre", "Thierry Le
    Gall")? (The tagger reads it as an article.)"""
    return doc[j].text in ("Le", "La") and j + 1 < end and doc[j + 1].text[:1].isupper() \
        and doc[j + 1].pos_ in ("PROPN", "X", "NOUN") and not place_side(doc[j + 1].text)


def _name_particle(words: list[Token], n: int, run: int) -> bool:
    """Is ``words[n]`` a particle inside a person's name, after ``run`` capitalised words ("Le" of Bruno Le Maire,
    "de" of Dominique de Villepin), rather than an article or a complement ("du Parti socialiste")?"""
    t = words[n]
    w = fold(t.text)
    if w not in NAME_PARTICLES or n + 1 >= len(words):
        return False
    nxt = words[n + 1]
    if w in ("al", "el") and nxt.text == "-" and not t.whitespace_ and not nxt.whitespace_ and n + 2 < len(words):
        nxt = words[n + 2]  # "Majed al-Ansari", "Mohamed el-Baradei": the tokenizer splits off the hyphen
        return nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "X", "NOUN", "ADJ") and not place_side(nxt.text)
    if w in ("van", "von", "der", "den", "ter", "da", "di", "del", "della", "dos", "das") and \
            fold(nxt.text) in NAME_PARTICLES and n + 2 < len(words):
        return _name_particle(words, n + 1, run)  # "Pieter van der Berg"
    if w in ("de", "d'") and nxt.text in ("La", "Le") and n + 2 < len(words) and run <= 2 and \
            _first_name(words[n - run].text) and words[n + 2].text[:1].isupper() and \
            words[n + 2].pos_ in ("PROPN", "X", "NOUN", "ADJ") and not place_side(words[n + 2].text):
        return True  # "Hugo de La Tour", "Jean de La Fontaine"
    if not nxt.text[:1].isupper() or nxt.pos_ not in ("PROPN", "X", "NOUN", "ADJ") or fold(nxt.text) in sides() \
            or place_side(nxt.text):
        return False
    if w in ("le", "la"):
        return t.text[:1].isupper()  # "Le Maire", "Le Pen", "La Fontaine"; "la Défense" is lower-case
    if fold(nxt.text) in titles():
        return False
    if w in ("de", "d'", "du", "des"):
        joined = sum(x.text == "-" or x.i > 0 and x.doc[x.i - 1].text == "-" for x in words[n - run: n])
        run -= joined  # ("Charles-Henri de Vergnette": a hyphenated first name, split by the tokenizer, is one word)
        return run <= 2 and nxt.pos_ in ("PROPN", "X")  # first name (and middle name) + de + surname
    return True


def _people_of(m: Mention, company: Mention) -> bool:
    """ "Des clients de la banque … Morel & Vaucher": people described by a company they belong to, in a complement
    (the company, named there, is the mention a later "la banque" reaches)."""
    return m.start < company.start and fold(m.text).split()[:1] in (["des"], ["les"], ["plusieurs"], ["deux"],
                                                                    ["trois"], ["certains"])


def _bare_capital(t: Token) -> bool:
    """A capitalised common noun with no determiner before it, which no title or first name is: the first word of a
    body's name ("Reporters", "Santé", "Action")."""
    w = fold(t.text)
    return t.text[:1].isupper() and t.pos_ in ("NOUN", "PROPN") and w not in titles() and w not in HONORIFICS \
        and not _first_name(t.text) and not (t.i > 0 and t.doc[t.i - 1].pos_ == "DET")


def _bare_body_name(words: list[Token]) -> bool:
    """A body's name that capitalises its first word only, with no determiner: "Reporters sans frontières", "Action
    contre la faim", "Santé publique France"."""
    if not 2 <= len(words) <= 5 or not _bare_capital(words[0]):
        return False
    rest = words[1:]
    if fold(rest[0].text) in ("sans", "contre"):
        return len(rest) > 1 and rest[-1].pos_ in ("NOUN", "ADJ") and all(
            t.text.islower() and t.pos_ in ("DET", "NOUN", "ADJ") for t in rest[1:])
    return len(rest) == 2 and rest[0].pos_ == "ADJ" and rest[0].text.islower() and rest[1].pos_ == "PROPN" \
        and rest[1].text[:1].isupper()


def _institution_name(toks: list[Token], name_toks: list[Token]) -> bool:
    """An institution's name in French capitals, one capitalised noun after a definite article and lowercase adjectives
    after it: "le Parlement européen", "la Protection civile italienne", "le Programme alimentaire mondial", "le
    Conseil constitutionnel" (a person's name is never followed by a lowercase adjective inside its mention)."""
    words = [t for t in toks if not t.is_space]
    if len(name_toks) != 1 or len(words) < 3 or fold(words[0].text) not in ("le", "la", "l'", "les") \
            or name_toks[0].i != words[0].i + 1:
        return False
    head = name_toks[0]
    if _first_name(head.text) or fold(head.text) in nationality_adjectives() or _demonym(f"le {head.text}") \
            or head.pos_ not in ("NOUN", "PROPN"):
        return False
    after = [t for t in words if t.i > head.i]
    comma = next((n for n, t in enumerate(after) if t.text == ","), None)
    if comma is not None:  # (an apposition after it: "le Conseil norvégien des produits de la mer, organisme public")
        after = after[:comma]
    return bool(after) and after[0].pos_ == "ADJ" and after[0].text.islower() and (all(
        t.pos_ == "ADJ" and t.text.islower() for t in after) or all(
        t.text.islower() for t in after) and any(fold(t.text) in ("de", "du", "des", "d'") for t in after))
    # (with a lowercase complement: "le Conseil norvégien des produits de la mer")


def _opens_sentence(t: Token) -> bool:
    """Does ``t`` open a sentence, by the text and not only by the parser (which may break one after "le constructeur
    automobile sud-coréen" and before "Hanseo Motors")?"""
    if not t.is_sent_start:
        return False
    if t.i == 0:
        return True
    before = t.doc[t.i - 1]
    return before.is_space or before.text in (".", "!", "?", "…", "»", "\"", "”", ";", "—", "–", "-") or \
        "\n" in before.whitespace_


def _name_tokens(toks: list[Token]) -> list[Token]:
    """The proper name in a mention: the first run of capitalised proper nouns that is not a complement ("du
    Pentagone", "pour la Syrie"), a title ("Président"), an organisation's name ("l'agence Anadolu") or a place named
    inside a longer description. A place that is the whole mention is its name ("Washington")."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    words = [t for t in toks if not t.is_space]
    if _bare_body_name(words):
        return words
    for n, t in enumerate(words):
        w = fold(t.text)
        if cur and t.text == "-" and not cur[-1].whitespace_ and not t.whitespace_:
            cur.append(t)  # "Météo-France", "Jean-Luc", "Saint-Étienne"
            continue
        if cur and _name_particle(words, n, len(cur)):
            cur.append(t)  # "Bruno Le Maire", "Dominique de Villepin", "Valéry Giscard d'Estaing"
            continue
        if cur and w == "et" and n + 1 < len(words) and words[n + 1].text[:1].isupper() and (any(
                map(_body_noun, words[:n - len(cur)])) or len(cur) == 1 and cur[0].text.endswith(("s", "x"))
                and words[n + 1].text.endswith(("s", "x")) and not _first_name(cur[0].text)
                and not _first_name(words[n + 1].text)):  # (also two plural nouns: "Pêches et Océans Canada")
            cur.append(t)  # a body's name: "l'association de consommateurs Foyers et Énergie"
            continue
        if cur and t.text == "&" and n + 1 < len(words) and words[n + 1].text[:1].isupper():
            cur.append(t)  # a firm's name: "Hoffmann & Weis", "Procter & Gamble"
            continue
        if cur and (fold(cur[-1].text) in NAME_PARTICLES or t.pos_ in ("NOUN", "PROPN")) and t.text[:1].isupper() \
                and (w not in HONORIFICS or w == "m." and len(cur) == 1 and _first_name(cur[0].text)):
            # (and a surname's initial: "Josiane M.")
            cur.append(t)  # a capitalised word inside a name, even one that is also a title: "Le Maire", "Haute
            continue  # Autorité"
        capital = t.text[:1].isupper() and w not in HONORIFICS and w not in titles() and w not in OTHER_PRONOUNS \
            and w not in PRONOUNS and not (t.is_sent_start and _OPENING_PARTICIPLE.fullmatch(w))
        # ("Qui a laissé dériver l'embarcation ?": the tagger's PROPN is no name; nor is "Contacté, le préfet …")
        if capital and (t.pos_ in ("PROPN", "X") or _after_honorific(t) or (cur and t.pos_ in ("NOUN", "ADJ"))
                        or (cur and t.dep_ == "flat:name")
                        or (t.pos_ == "PRON" and w not in PRONOUNS and w not in OTHER_PRONOUNS)
                        or (t.pos_ == "VERB" and not t.is_sent_start)  # "de Bâtir(VERB) Centre"
                        or (t.pos_ == "ADJ" and _first_name(t.text) and n + 1 < len(words)  # "Modeste(ADJ) Dossou"
                            and words[n + 1].pos_ == "PROPN" and words[n + 1].text[:1].isupper())
                        or (t.pos_ == "DET" and w not in _DETERMINER_WORDS and not _opens_sentence(t))  # "Northkeel(DET)"
                        or (t.pos_ == "NOUN" and n + 2 < len(words) and words[n + 1].text == "-"  # "Météo(NOUN)-France"
                            and not t.whitespace_ and not words[n + 1].whitespace_
                            and words[n + 2].text[:1].isupper())
                        or (t.pos_ in ("NOUN", "ADJ") and not _opens_sentence(t) and (
                            w not in sides() or sides()[w][1] == "org" and _is_acronym(t.text)
                            or sides()[w][1] == "place" and n + 1 < len(words) and words[n + 1].text[:1].isupper()
                            and words[n + 1].pos_ in ("NOUN", "PROPN") and fold(words[n + 1].text) not in sides()
                            and words[n + 1].i == t.i + 1)  # "de Dakar(NOUN) Conteneurs": a company's name
                            and not _title_at(toks, toks.index(t)))):  # "la chancelière Angela(NOUN) Merkel(ADJ)"
            cur.append(t)
            continue
        if cur:
            runs.append(cur)
        cur = []
    if cur:
        runs.append(cur)
    for n, run in enumerate(runs):
        # a party or acronym right before a person's name: "le député LFI Mathis Carrel", "Les Républicains Hugues
        # Dambrine" -> the name starts at the first name
        k = next((k for k in range(1, len(run) - 1) if _first_name(run[k].text)
                  and run[k + 1].text[:1].isupper() and fold(run[k - 1].text) not in NAME_PARTICLES
                  and run[k - 1].text != "-" and not _first_name(run[k - 1].text)), None)
        if k is not None:
            runs[n] = run[k:]
        elif len(run) >= 3 and (fold(run[0].text) in nationality_adjectives() or fold(run[0].text) in _REGIONAL_DEMONYMS):
            runs[n] = run[1:]  # "l'Espagnol Iker Arrieta": where the person is from, then the name
    # a body named in a complement: "la présidente de l'association Les Amis de Pen ar Roc'h" (to a comma)
    bodies = []
    for n, t in enumerate(words):
        p = n - 1
        while p >= 0 and words[p].pos_ == "DET":
            p -= 1
        if t.text.islower() and _body_noun(t) and p >= 0 and fold(words[p].text) in ("de", "du", "des", "d'"):
            bodies.append((t.i, next((x.i for x in words[n + 1:] if x.text in (",", "(", ";")), words[-1].i + 1)))
    content = [t for t in toks if t.pos_ not in ("DET", "PUNCT") and fold(t.text) not in HONORIFICS]
    opened = {t.i for t in toks if t.text == "("}
    kept: list[list[Token]] = []
    titled_names: list[list[Token]] = []
    for run in runs:
        first = run[0]
        inside = any(o < first.i for o in opened) and not any(
            t.text == ")" and o < t.i < first.i for o in opened for t in toks)
        if inside or any(a < first.i < b for a, b in bodies) and not (_first_name(first.text) and len(run) > 1):
            continue  # (the body's name, not the person's: but "du syndicat Jean Martin Lemaire" is he)
        lead = first.i  # (over lowercase adjectives: "les parents du petit Noé" is a complement too)
        while lead > max(first.i - 2, 1) and first.doc[lead - 1].pos_ == "ADJ" and first.doc[lead - 1].text.islower():
            lead -= 1
        if fold(first.doc[lead - 1].text) not in ("de", "du", "des", "d'"):
            lead = first.i
        prev_toks = [t for t in first.doc[max(lead - 3, 0): lead] if not t.is_space][-2:]
        before = [fold(t.text) for t in prev_toks]
        source_word = bool(before) and before[-1] in ("selon", "apres", "pour") and before[-2:-1] != ["de"]  # "d'après X", "selon X"
        source_word = source_word or (len(before) == 2 and before[-1] in ("de", "d'", "du", "des") and before[0] in (
            "ceux", "celles", "celui", "celle", "venu", "venue", "emane", "avis", "yeux", "dires"))  # "Ces mots sont
        # ceux d'Isabelle Marcadet", "La charge est venue de Clarisse Yao-Kouamé", "De l'avis de Gaëlle Hamon", "Aux
        # yeux de Denis Aubrac": whose words, no complement
        source_word = source_word or (bool(before) and before[-1] == "par" and first.dep_ == "obl:agent")  # "balayée
        # par Régis Lemonnier": the agent is named, not a complement
        person_object = before[-1:] in (["a"], ["avec"]) and _first_name(first.text) and len(run) > 1
        if prev_toks and (prev_toks[-1].pos_ == "ADP" or before[-1] in ("de", "du", "des", "d'", "(")) \
                and not source_word and not person_object:
            continue  # a complement: "du Pentagone", "contre Daesh" (not "a opposé le ministre à Salomé Kerjean")
        if before[-1:] in (["et"], ["ou"]) and first.dep_ == "conj" and any(
                fold(t.text) in ("de", "du", "des", "d'") for t in first.doc[max(first.head.i - 3, 0): first.head.i]) \
                and first.head.i < first.i:
            continue  # the second noun of a complement: "ministre … des Eaux et Forêts(conj), Abdelhamid Lahlou"
        if prev_toks and (prev_toks[-1].text in ("-", "al-", "el-") or before[-1] in ("al", "el", "ben", "bin")) \
                and any(r[-1].i < first.i for r in runs if r is not run):
            continue  # the end of a place or name already passed over: "de Maaret al-Noomane"
        if len(prev_toks) == 2 and prev_toks[-1].pos_ == "DET" and prev_toks[0].pos_ == "ADP" \
                and fold(prev_toks[0].text) not in ("selon", "apres"):
            continue  # "pour la Syrie" (but "selon la CNIL" names the source)
        if prev_toks and prev_toks[-1].pos_ == "NOUN" and prev_toks[-1].text.islower() and \
                fold(prev_toks[-1].text) not in titles() and prev_toks[-1].i - 2 >= 0 and (
                fold(first.doc[prev_toks[-1].i - 1].text) in ("du", "des") or
                fold(first.doc[prev_toks[-1].i - 1].text) in ("la", "l'", "le", "les")
                and fold(first.doc[prev_toks[-1].i - 2].text) in ("de", "d'")):
            continue  # "un abonné de la tribune Est", "un habitant du quartier Nord": a complement's name
        if prev_toks and prev_toks[-1].pos_ == "NOUN" and prev_toks[-1].text.islower() and \
                prev_toks[-1].i - 2 >= 0 and fold(first.doc[prev_toks[-1].i - 1].text) in ("de", "d'") and \
                _body_noun(first.doc[prev_toks[-1].i - 2]) and run[-1].i < content[-1].i:
            continue  # "le collectif d'usagers Nuits sur les rails": the body's name, which lowercase words end
        if prev_toks and prev_toks[-1].pos_ == "DET" and prev_toks[-1].text[:1].isupper() \
                and (not prev_toks[-1].is_sent_start or prev_toks[-1].i != words[0].i):
            if prev_toks[-1].i == words[0].i:
                titled_names.append(run)  # a party or paper ("Les Écologistes"): a person's name comes first
            continue  # (inside a description, a body's or place's name: "la directrice de la résidence Les Tilleuls")
        prev_tok = first.doc[first.i - 1] if first.i > 0 else None
        if prev_tok is not None and prev_tok.text[:1].islower() and before[-1] in titles() \
                and titles()[before[-1]].kind in ("org", "medium") and not (
                    prev_tok.i - 2 >= 0 and fold(first.doc[prev_tok.i - 1].text) in ("de", "d'")
                    and _first_name(first.text) and len(run) > 1):
            continue  # "l'agence Anadolu", "du groupe Danone" (but "la cheffe de service Marie Dupont", "l'élue
            # d'opposition Julie Marchal": a bare noun of the title, then her name)
        if place_side(" ".join(t.text for t in run)) and len(run) < len(content):
            continue
        kept.append(run)
    # a person's name rather than an acronym of the body described: "le président du groupe LFI, Mathilde Panot"
    people = [run for run in kept if not (len(run) == 1 and _is_acronym(run[0].text))]
    head = next((t for t in words if t.pos_ == "NOUN"), None)
    if kept and not people and head is not None and fold(head.text) in titles() and \
            titles()[fold(head.text)].kind in ("person", "office") and head.i < min(r[0].i for r in kept):
        return []  # "le chef des dockers CGT", "le député LFI": a person's body, not the person's name
    # a person's name before a place or body the description names without a preposition: "le président de la
    # région Hauts-de-France, Pascal Vandamme" is Pascal Vandamme
    people.sort(key=lambda run: not _first_name(run[0].text))
    return (people or kept or titled_names or [[]])[0]


LOCUTIONS = ("pour sa part", "pour leur part", "de son cote", "de leur cote", "quant a lui", "quant a elle",
             "quant a eux", "a son tour", "lui aussi", "elle aussi", "pour autant", "par ailleurs", "en outre",
             "de nouveau", "a nouveau", "une nouvelle fois", "a plusieurs reprises", "en revanche", "pour sa part,",
             "au contraire", "pour leur part,", "de son cote,", "quant a elles", "a l'inverse", "en effet",
             "lui-meme", "elle-meme", "pour l'instant", "pour le moment", "une fois de plus", "encore une fois",
             "d' ailleurs", "d' emblee", "sans detour", "sans ambages", "du tac au tac", "a mots couverts",
             "en substance", "au passage", "pour sa defense", "en retour", "sans hesiter", "sans sourciller",
             "d' entree de jeu", "d' entree", "d' abord", "en preambule", "d' un ton sec", "a la barre")


def _locution_before(doc: Doc, j: int) -> int | None:
    """The index before a locution that ends at token ``j`` and may stand inside a verb group ("a pour sa part
    réagi"), or None."""
    if j < 0 or fold(doc[j].text) not in _LOCUTION_LAST_WORDS:
        return None
    for loc in LOCUTIONS:
        n = len(loc.split())
        if j - n + 1 < 0:
            continue
        if fold(" ".join(t.text for t in doc[j - n + 1: j + 1])) == loc:
            return j - n
    return None


def _before_que(tok: Token) -> bool:
    """A lower-case word between a subject (a noun, a name, a subject pronoun, or an apposition's closing comma) and
    "que", past any locution ("…, Pascal Vandamme, estime pour sa part que …", "Le maire dément que …"), or between
    an apposition's comma and a colon opening a quotation ("Julie, 41 ans, infirmière, raconte : « … »"): where only
    a verb can stand, whatever the tagger says."""
    doc = tok.doc
    if not tok.text.islower() or tok.i == 0:
        return False
    prev = doc[tok.i - 1]
    if not (prev.text == "," or prev.pos_ in ("PROPN", "NOUN") and fold(prev.text) not in _DETERMINER_WORDS
            or fold(prev.text) in PRONOUNS):
        return False  # (not after a determiner the tagger took for a noun: "Une estime …")
    j = tok.i + 1
    while j < len(doc) and j - tok.i <= 6:  # past adverbs and locutions: "juge toutefois que", "estime, pour sa
        after = _locution_after(doc, j)  # part, que"
        if after is not None:
            j = after
        elif doc[j].pos_ == "ADV" and fold(doc[j].text) not in NEGATORS or doc[j].text == ",":
            j += 1
        elif fold(doc[j].text) in _STRESSED_WORDS and doc[j - 1].text == "," and j + 1 < len(doc) and \
                doc[j + 1].text == ",":
            j += 1  # "La préfète maintient, elle, que …"
        else:
            break
    if j >= len(doc):
        return False
    if doc[j].text == ":" and j + 1 < len(doc) and doc[j + 1].text in OPENERS:
        return True  # "Julie, 41 ans, infirmière, raconte : « … »", "M. Sarrazin réplique : « … »"
    if "Inf" in doc[j].morph.get("VerbForm") and (fold(tok.text) in _IRREGULAR or fold(tok.text).endswith("e") and any(
            reporting_verbs().get(c) not in (None, "colon", "quote") for c in _lemma_candidates(tok))):
        return True  # "dément par ailleurs avoir gonflé ses marges", "La résidante de Jonquière raconte(ADJ) avoir été
        # appelée …"
    return fold(doc[j].text) in ("que", "qu'")


# how far a source's apposition may run to its comma: "Pour l'ingénieur Pierre-Luc Gendron, professeur à
# Polytechnique Montréal et spécialiste des réseaux de distribution, P"
APPOSITION_TOKENS = 16
# a participle opening a sentence before its subject, which the tagger may read as a name: "Contacté, le préfet …"
_OPENING_PARTICIPLE = re.compile(r"(?:(?:contact|interrog|sollicit|interpell|questionn|invit|consult|approch|relanc|"
                                 r"rencontr|interview)e|joint|entendu|reçu|recu)e?s?")
# an interview box's heading: "Trois questions à Pierre-Luc Gendron", "QUESTIONS À …"
_TIME_STAMP = re.compile(r"^(?:\d{1,2}\s?h\s?\d{2}|\d{1,2}:\d{2})\s*[-–—]\s+")  # a live blog's "18 h 12 — "
_QUESTIONS_TO = re.compile(r"(?i:(?:deux|trois|quatre|cinq|six|\d+)\s+)?(?i:questions?\s+[àa])"
                           r"(?:\s+(?=.{3})|(?=\.\.\.|…)|(?=\s*$))(.{3,100}?|…|)\s*:?")
# (also "Deux questions à..." or "TROIS QUESTIONS À" with the name on the next line)
# a thing and the quoted words that judge it: "Des chiffres « gonflés »", "Une estimation « fantaisiste »"
_APPRAISAL = re.compile(r"(?:Un|Une|Des|Ce|Cet|Cette|Ces) (?:chiffres?|bilans?|estimations?|montants?|versions?|"
                        r"calculs?|décomptes?|accusations?|affirmations?|propos|arguments?|explications?) "
                        r"[«“\"][^«»“”\"]{1,40}[»”\"]")
# a short label and a colon before a quotation ("Incendie de Saint-Nazaire : « … »"): a rubric, not content
_RUBRIC = re.compile(r"[^«»\"“”.!?:;\n]{1,60}\s:\s*")
# kinds of company: "de l'armateur Navalis" is a body that "l'armateur", "la compagnie" or "l'entreprise" may name later
# (the narrower roles of "entreprise" in claims/lexicon/hypernyms.tsv, one list to keep)
COMPANY_ROLES = frozenset({"entreprise"} | hypernyms()["entreprise"])
_DETERMINER_WORDS = frozenset({"le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette",
                               "ces", "son", "sa", "ses", "leur", "leurs"})
_INDEFINITE_COMPLEMENT = re.compile(r"^(?:[Ll]e|[Ll]a|[Ll]['’])\s*[\w-]+\s+(?:d['’]une?|de plusieurs|d['’]autres)\s",
                                    re.UNICODE)
_DEMONYM = re.compile(r"(?:[Ll]e |[Ll]a |[Ll]['’])([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý]?[a-zà-ÿ]+)?)")
_DEMONYM_ENDINGS = ("ois", "oise", "ais", "aise", "ien", "ienne", "éen", "éenne", "ain", "aine")
# (folded) people of a region whose name has none of those endings: "le Normand", "la Bretonne", "le Savoyard"
_REGIONAL_DEMONYMS = frozenset(
    f + e for f, ends in (("breton", ("", "ne", "s", "nes")), ("normand", ("", "e", "s", "es")),
                          ("basque", ("", "s")), ("corse", ("", "s")), ("savoyard", ("", "e", "s", "es")),
                          ("auvergnat", ("", "e", "s", "es")), ("picard", ("", "e", "s", "es")),
                          ("catalan", ("", "e", "s", "es")), ("provencal", ("", "e", "es")), ("provencaux", ("",)),
                          ("bourguignon", ("", "ne", "s", "nes")), ("gascon", ("", "ne", "s", "nes")),
                          ("berrichon", ("", "ne", "s", "nes")), ("limousin", ("", "e", "s", "es")),
                          ("angevin", ("", "e", "s", "es")), ("flamand", ("", "e", "s", "es")),
                          ("wallon", ("", "ne", "s", "nes")), ("valaisan", ("", "ne", "s", "nes")),
                          ("tourangeau", ("", "x")), ("tourangelle", ("", "s")), ("charentais", ("", "e", "es")),
                          ("lorrain", ("", "e", "s", "es")), ("champenois", ("", "e", "es")),
                          ("nordiste", ("", "s")), ("sudiste", ("", "s")), ("mosellan", ("", "e", "s", "es")),
                          ("messin", ("", "e", "s", "es")), ("poitevin", ("", "e", "s", "es")),
                          ("cevenol", ("", "e", "s", "es")), ("beauceron", ("", "ne", "s", "nes")),
                          ("manceau", ("", "x")), ("mancelle", ("", "s")))
    for e in ends)


# languages a speaker uses: "a dit en slovaque la présidente", "a déclaré en anglais le ministre"
# titles of a post by an institution: "le représentant auprès de l'UE", "l'ambassadeur auprès du Saint-Siège"
_ACCREDITED = frozenset({"representant", "representante", "ambassadeur", "ambassadrice", "delegue", "deleguee",
                         "envoye", "envoyee", "observateur", "observatrice", "conseiller", "conseillere", "attache",
                         "permanent", "permanente", "mediateur", "mediatrice", "emissaire"})
_LAST = ("dernier", "derniere", "passe", "passee", "precedent", "precedente")
_LANGUAGES = frozenset({"anglais", "francais", "arabe", "espagnol", "allemand", "russe", "italien", "portugais",
                        "chinois", "mandarin", "turc", "polonais", "slovaque", "tcheque", "hongrois", "roumain",
                        "neerlandais", "flamand", "grec", "hebreu", "persan", "farsi", "ukrainien", "japonais",
                        "coreen", "wolof", "lingala", "swahili", "creole", "bambara", "haoussa", "peul", "malgache",
                        "vietnamien", "hindi", "ourdou", "kurde", "amharique", "tamoul", "berbere", "amazigh",
                        "suedois", "danois", "norvegien", "finnois", "serbe", "croate", "bulgare", "albanais",
                        "catalan", "basque", "breton", "corse", "occitan", "alsacien", "luxembourgeois"})
# what a saying happens in: "…, a reconnu X, en conférence de presse. »" (not "…, dans une majorité de communes. »")
_SAYING_PLACES = _ON_AIR | frozenset({"conference", "presse", "entretien", "interview", "zone", "audience", "tribune",
                                      "seance", "reunion", "meeting", "communique", "message", "lettre", "video",
                                      "chaine", "radio", "television", "sortie", "issue", "marge", "point", "visite",
                                      "deplacement", "debat", "emission", "courrier", "reseau", "quotidien"})


def _gerund_at(span) -> Token | None:
    """The participle of a gerund opening ``span`` ("en insistant", "tout en soulignant"), or None."""
    words = [t for t in span[:3] if not t.is_space]
    if words and fold(words[0].text) == "tout":
        words = words[1:]
    if len(words) >= 2 and fold(words[0].text) == "en" and words[1].text.lower().endswith("ant") and (
            words[1].pos_ in ("VERB", "AUX") or "Part" in words[1].morph.get("VerbForm")):
        return words[1]
    return None


def _demonym(text: str) -> bool:
    """Is the mention a definite demonym standing for a person: "le Gersois", "l'Américain", "la Niçoise" (not a
    place, outlet or first name: "l'Ukraine", "le Parisien", "la Lorraine" is a place too)?"""
    m = _DEMONYM.fullmatch(text.strip())
    if m is None:
        return False
    word = m.group(1)
    folded = fold(word)
    if folded in nationality_adjectives() or folded in _REGIONAL_DEMONYMS:
        return True
    return word.lower().endswith(_DEMONYM_ENDINGS) and not place_side(word) and folded not in media_names() \
        and not _first_name(folded)


# titles followed by their portfolio with "à": "l'adjoint aux mobilités", "le secrétaire d'État aux Transports"
_PORTFOLIO_TITLES = frozenset({"adjoint", "adjointe", "secretaire", "conseiller", "conseillere", "delegue", "deleguee",
                               "commissaire", "etat", "procureur", "procureure"})
_LOCUTION_FIRST_WORDS = frozenset(loc.split()[0] for loc in LOCUTIONS)
_STRESSED_WORDS = frozenset({"lui", "elle", "eux", "elles", "lui-meme", "elle-meme"})
_LOCUTION_LAST_WORDS = frozenset(loc.split()[-1] for loc in LOCUTIONS)


def _locution_after(doc: Doc, j: int) -> int | None:
    """The index after a locution that starts at token ``j`` ("elle aussi", "pour sa part"), or None."""
    if fold(doc[j].text) not in _LOCUTION_FIRST_WORDS:
        return None
    for loc in LOCUTIONS:
        n = len(loc.split())
        if j + n <= len(doc) and fold(" ".join(t.text for t in doc[j: j + n])) == loc:
            return j + n
    return None


def _after_quote_comma(tok: Token) -> bool:
    """Right after "», " (where only an attribution's verb can stand), a reflexive pronoun aside ("», s’indigne")?"""
    doc = tok.doc
    k = tok.i - 1 if tok.i >= 1 and fold(doc[tok.i - 1].text) in ("s'", "se") else tok.i
    return k >= 2 and doc[k - 1].text == "," and doc[k - 2].text in ("»", "”", '"')


# participles that open a sentence with who asked the speaker: "Interrogé par Paris-Normandie, il assure"
_ASKED = {f"{stem}{end}" for stem in ("interroge", "contacte", "sollicite", "questionne", "interviewe", "invite",
                                      "cite", "appele", "entendu", "auditionne")  # ("Cité par l'accusation, X")
          for end in ("", "e", "s", "es")} | {"joint", "jointe", "joints", "jointes"}
_DETERMINER_START = re.compile(r"^(?:l['’]|le |la |les )", re.IGNORECASE)


def _closing_incise(tok: Token) -> bool:
    """Between a comma and a subject that ends the sentence ("…, objecte(NOUN) la présidente.", "…, tranche M.
    Vidal."): where only an attribution's verb can stand."""
    doc = tok.doc
    if tok.i < 1 or doc[tok.i - 1].text != ",":
        return False
    k = tok.i + 1
    if k < len(doc) and (doc[k].pos_ == "DET" or fold(doc[k].text) in HONORIFICS):
        k += 1
    start = k
    while k < len(doc) and k - start < 5 and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[k].is_punct:
        k += 1
    if k > start and (k >= len(doc) or doc[k].text in (".", "!", "…") or "\n" in doc[k].text):
        return True
    if k == start or getattr(titles().get(fold(doc[start].text)), "kind", None) not in ("person", "office"):
        return False
    # a title with its complement and an apposed name: "« A, tranche(NOUN) le maire de Kéniéba, Mamadou Sissoko. B »"
    while k < len(doc) and k - start < 14 and (
            doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "DET") and not doc[k].is_punct
            or fold(doc[k].text) in ("de", "du", "des", "d'")
            or doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].text[:1].isupper() and doc[k + 1].pos_ == "PROPN"):
        k += 1
    return k < len(doc) and doc[k].text in (".", "!", "…")


def _issuer(toks: list[Token]) -> list[Token] | None:
    """Who issued a document that speaks: "un communiqué du ministère de la Santé" -> "ministère de la Santé", "le
    rapport de l'ONU" -> "l'ONU"; None when the complement names no body or person ("un communiqué de presse")."""
    for n, t in enumerate(toks):
        if n > 0 and n + 2 < len(toks) and fold(toks[n + 1].text) == "par" and _AUTHORED.fullmatch(fold(t.text)):
            return toks[n + 2:]  # "l'étude de mobilité réalisée par le bureau Mobilis Conseil": its author
        if fold(t.text) in ("de", "du", "des", "d'") and n > 0:
            rest = toks[n + 1:]
            k = 0
            while k < len(rest) and rest[k].pos_ == "DET":
                k += 1
            if k < len(rest):
                title = titles().get(fold(rest[k].text))
                if rest[k].text[:1].isupper() or (title is not None and title.kind in ("org", "person", "office")):
                    return rest
                if k == 0 and rest[0].pos_ == "NOUN" and rest[0].text.islower() and getattr(title, "kind", None) in (
                        None, "medium", "data"):
                    continue  # "le rapport d'enquête | de la CNESST": the kind of document, then who issued it
            return None
    return None


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _after_contraction(m: Mention, article: str | None) -> Mention:
    """A description right after "du" / "des" ("aux yeux du syndicaliste", "les propos du ministre") is definite: "de
    le", "de les"; the one named before, not someone new."""
    if article not in ("du", "des") or m.kind != "indefinite" or not m.role:
        return m
    return replace(m, kind="anaphor", descriptor=("le " if article == "du" else "les ") + m.text)


def _present_participle(t: Token) -> bool:
    return "Part" in t.morph.get("VerbForm") and "Pres" in t.morph.get("Tense")


# a title's status between it and the name: "le général à la retraite Brahim Ould Ely"
_STATUS_PHRASES = frozenset({"a la retraite", "en retraite", "par interim", "en exercice", "en fonction",
                             "en fonctions"})
# nouns of a claim, not of its source: "l'information selon laquelle P" (denied, not reported)
_CLAIM_NOUNS = frozenset({"information", "informations", "rumeur", "rumeurs", "hypothese", "these", "idee", "version",
                          "affirmation", "affirmations", "accusation", "accusations", "allegation", "allegations",
                          "principe", "regle", "logique", "theorie", "scenario", "argument", "argumentaire"})
# words that are someone's ("les propos du ministre"): a relative after them is that person's
_WORDS_OF = frozenset({"propos", "declarations", "paroles", "affirmations", "dires", "explications"})


_TIME_QUALIFIERS = frozenset({"ancien", "ancienne", "ex", "nouveau", "nouvelle", "futur", "future", "actuel",
                              "actuelle"})


def _qualified_title_at(toks: list[Token]) -> bool:
    """Does a title start ``toks``, maybe after a word of time ("ancien gérant de l'entreprise", "nouveau
    directeur")?"""
    if not toks:
        return False
    if fold(toks[0].text) in _TIME_QUALIFIERS and len(toks) > 1 and not _title_at(toks, 0):
        return _title_at(toks, 1)
    return _title_at(toks, 0)


def _title_at(toks: list[Token], n: int) -> bool:
    """Does a title or speaker noun of the lexicon start at ``toks[n]`` (one or two words)?"""
    t = toks[n]
    if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    w = fold(t.text)
    if w in titles():
        return True
    two = " ".join(fold(x.text) for x in toks[n: n + 2])
    return two in titles()


def _after_honorific(t: Token) -> bool:
    j = t.i - 1
    while j > 0 and t.doc[j].is_space:
        j -= 1
    return j >= 0 and fold(t.doc[j].text) in HONORIFICS


# participles that name a document's author after them: "l'étude réalisée par le bureau Mobilis Conseil" (folded)
_AUTHORED = re.compile(r"(?:realise|mene|conduit|signe|redige|effectue|coordonne|dirige|pilote|supervise)e?s?")
# a second post an aside gives the person described: "…, fonction qu'il cumule avec son mandat d'échevin"
_CUMUL = re.compile(r"\s*,\s*(?:fonction|poste|mandat|charge)s? qu['’](?:il|elle) cumule avec "
                    r"(?:son|sa|ses|celle|celui) (?:de |d['’])?(?:mandat|poste|fonction|siège|charge)?s?\s*"
                    r"(?:de |d['’])?\s*([\w-]+)")


def _gender(toks: list[Token]) -> str | None:
    """From an honorific, else a first name ("Maud Bregeon", even after "Le porte-parole,"), else the grammar."""
    for n, t in enumerate(toks):
        w = fold(t.text)
        if w in ("mme", "madame", "mlle", "mademoiselle"):
            return "f"
        if w == "monsieur" or w == "m." and not (n > 0 and toks[n - 1].text[:1].isupper() and _first_name(
                toks[n - 1].text)):  # (not "Josiane M.", a surname's initial)
            return "m"
    names = first_name_gender()
    for n, t in enumerate(toks[:-1]):
        nxt = toks[n + 1]
        if nxt.text == "-" and not t.whitespace_ and not nxt.whitespace_ and n + 2 < len(toks):
            nxt = toks[n + 2]  # a compound the tokenizer split has its first name's gender: "Ange(-)Marie Luciani"
        first = fold(t.text) if fold(t.text) in names else fold(t.text).split("-")[0]  # "Jean-Luc", "Marie-Claire"
        if t.text[:1].isupper() and nxt.text[:1].isupper() and first in names and \
                not (n > 0 and fold(toks[n - 1].text) in ("de", "d'", "du", "des")):
            return names[first]  # (not the client's name in "L'avocate de Yanis B., Me Karine Delaunay-Roux")
    if toks and toks[0].text[:1].isupper() and fold(toks[0].text) in names and (len(toks) == 1 or toks[1].text == ","):
        return names[fold(toks[0].text)]  # a first name alone: "Josiane, 78 ans, remplit ses bouteilles" (and with
        # its apposition: "Julie, 29 ans, infirmière", not the gender of "ans")
    bare_head = False  # a head after "l'" the tagger gives no gender: "L'Agence fédérale de contrôle nucléaire"
    for n, t in enumerate(toks):
        if fold(t.text) == "numero" and n + 1 < len(toks) and (toks[n + 1].like_num or fold(toks[n + 1].text) == "un"):
            # "l'ancienne numéro 1 française": a ranking noun of either gender, told by the words around it
            agreeing = [x for x in toks if x.pos_ in ("ADJ", "DET") and x.morph.get("Gender")]
            if agreeing:
                return "f" if "Fem" in agreeing[0].morph.get("Gender") else "m"
            continue
        if fold(t.text) in ("me", "maitre", "dr", "pr"):
            continue  # "Me Amel Jaziri": an honorific of either gender the tagger calls masculine
        if bare_head and t.pos_ == "ADJ" and t.morph.get("Gender"):
            return "f" if "Fem" in t.morph.get("Gender") else "m"  # its adjective agrees with it ("fédérale")
        if bare_head and t.pos_ in ("ADP", "NOUN", "PROPN", "PUNCT"):
            return None  # (not "contrôle", a complement's noun)
        if t.pos_ in ("NOUN", "PROPN") and not t.morph.get("Gender") and n > 0 and toks[n - 1].pos_ == "DET" \
                and not toks[n - 1].morph.get("Gender") and not any(x.pos_ in ("NOUN", "PROPN") for x in toks[:n]):
            bare_head = True
            continue
        if t.pos_ == "NOUN" and fold(t.text) in ("ans", "an") and n > 0 and toks[n - 1].like_num:
            continue  # an age apposed to a name: "Annick Guéguen, 67 ans, présidente …" (not the gender of "ans")
        if t.pos_ in ("NOUN", "DET") and t.morph.get("Gender"):
            if t.pos_ == "NOUN" and n > 0 and fold(toks[n - 1].text) == "l'" and fold(t.text).endswith("e") \
                    and ("Fem" not in t.morph.get("Gender") or fold(t.text) in titles() and not _feminine_title(
                        fold(t.text))):
                return None  # "l'édile", "l'interprète": a noun of either gender the tagger calls masculine (or,
                # "l'éditorialiste", feminine)
            if t.pos_ == "NOUN" and n > 0 and fold(toks[n - 1].text) in ("son", "mon", "ton") \
                    and _feminine_title(fold(t.text)):
                return "f"  # "son avocate": "son" before a vowel says nothing, the tagger follows it
            if t.pos_ == "NOUN" and fold(t.text) in _masculine_titles():
                return "m"  # "l'enquêteur(Fem)": a title whose feminine is another word
            return "f" if "Fem" in t.morph.get("Gender") else "m"
        if t.pos_ == "NOUN" and not t.morph.get("Gender") and not any(x.pos_ == "NOUN" for x in toks[:n]) \
                and _feminine_title(fold(t.text)):
            return "f"  # "cheffe", a feminine title the tagger gives no gender
    return None


def _acronym_of(name: str, text: str) -> bool:
    """Does ``text`` end with the initials of ``name`` in parentheses ("Normandie Éolien Offshore (NEO)"), or with
    those of all the words before them, linking words included ("Electricité du Liban (EDL)")?"""
    m = re.search(ACRONYM_IN_PARENS.pattern + r"\s*$", text)
    if m is None:
        return False
    return any(len(initials) >= 2 and fold(m.group(1)) == initials
               for initials in (_initials(name), _initials(text[:m.start()], linking=True)))


_LINKING_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en"}


def _initials(text: str, linking: bool = False) -> str:
    """The folded initials of a name's words, articles and linking words left out ("Direction générale de la
    concurrence, de la consommation …" -> "dgcc…") unless ``linking`` ("Electricité du Liban" -> "edl")."""
    return "".join(w[0] for w in re.findall(r"\w+", fold(text)) if linking or w not in _LINKING_WORDS)


def _circle_cut(toks: list[Token]) -> int | None:
    """Where a circle's description ends before the name of the one whose circle it is ("Le cabinet de la ministre de
    la Famille | , Geneviève Arsenault", "l'entourage du président du club | , Marc Dupont"), else None."""
    k = next((k for k, t in enumerate(toks) if t.pos_ != "DET"), len(toks))
    if k + 2 >= len(toks) or fold(toks[k].text) not in _CIRCLES or fold(toks[k + 1].text) not in ("de", "d'", "du",
                                                                                                      "des"):
        return None
    comma = next((c for c in range(k + 2, len(toks) - 1) if toks[c].text == ","), None)
    if comma is None or not _first_name(toks[comma + 1].text) or not any(
            getattr(titles().get(fold(t.text)), "kind", None) in ("person", "office") for t in toks[k + 2: comma]):
        return None
    return comma


def _body_noun(tok: Token) -> bool:
    """Is ``tok`` a word for a body in titles.tsv ("association", "rectorat", "ministère")?"""
    return getattr(titles().get(fold(tok.text)), "kind", None) == "org"


def _reported_tense(conj: Token, verb: Token) -> bool:
    """Is the verb the parser coordinated with the reporting verb rather in the reported clause, by its tense: a
    conditional, a future or an imperfect with no subject of its own, which the cue is not ("Le ministre a ajouté que
    Tihange 3 redémarrerait « dès novembre » et garantirait(conj of ajouté) l'approvisionnement")?"""
    if any(c.dep_ in SUBJECT_DEPS for c in conj.children) or any(c.dep_.startswith("aux") for c in conj.children):
        return False
    mood, tense = conj.morph.get("Mood"), conj.morph.get("Tense")
    if "Cnd" in mood:
        return "Cnd" not in verb.morph.get("Mood")
    return bool(set(tense) & {"Fut", "Imp"}) and "Fin" in conj.morph.get("VerbForm") and \
        not set(tense) & set(verb.morph.get("Tense"))


def _present_reporting(tok: Token) -> bool:
    """A present tense of a reporting verb the parser took for a participle ("La maire, Odile Ferraz, conteste(Part)
    point par point"): "-e" on the stem of a "-er" verb claims knows."""
    word = fold(tok.text)
    return word.endswith("e") and not word.endswith(("ee", "ie", "ue")) and word + "r" in reporting_verbs()


def _first_name(word: str) -> bool:
    """Is ``word`` a listed first name (of a hyphenated one, its first part: "Jean-Baptiste")? One that is also a word
    ("Modeste", "Fortuné") only where capitalised."""
    key = fold(word).split("-")[0]
    return key in first_names() and (word[:1].isupper() or key not in word_first_names())


def _with_roles(m: Mention, roles: tuple[str, ...]) -> Mention:
    """``m`` with further roles the text gives its person ("comparaissait": the defendant)."""
    return replace(m, other_roles=m.other_roles + tuple(r for r in roles if r not in m.other_roles and r != m.role))


def _feminine_title(word: str) -> bool:
    """Is ``word`` the feminine form of a person's title ("avocate" of avocat, "élue" of élu)?"""
    t = titles().get(word)
    return t is not None and t.kind in ("person", "office") and t.surface != t.role \
        and t.surface.split()[0].endswith("e") and not t.role.split()[0].endswith("e")


@lru_cache(maxsize=None)
def _masculine_titles() -> frozenset[str]:
    """Folded person titles that have a distinct feminine form ("enqueteur" of "enquêtrice", "avocat" of "avocate")."""
    feminine_roles = {t.role for w, t in titles().items() if _feminine_title(w)}
    return frozenset(w for w, t in titles().items() if w == t.role and t.role in feminine_roles)


_STRESSED = {"elle": "f", "elles": "f", "lui": "m", "eux": "m"}


def _stressed_pronoun_gender(last: Token) -> str | None:
    """The gender a stressed pronoun set after a mention gives it: "Camille Berthelot, elle, ne désarme pas"."""
    doc = last.doc
    i = last.i
    if i + 3 < len(doc) and doc[i + 1].text == "," and doc[i + 3].text == ",":
        return _STRESSED.get(doc[i + 2].lower_)
    return None


def _possessive_text(text: str) -> bool:
    """Does the description open with a possessive ("son avocate", "leurs élus")?"""
    return fold(text).split()[:1] in (["son"], ["sa"], ["ses"], ["leur"], ["leurs"])


def _speaks(m: Mention) -> bool:
    """Can this mention be a source ("selon le ministre"), not a rule or a plan ("selon les cas")?"""
    if m.role_kind == "data":
        return False  # "selon les chiffres": figures with no one behind them (with an issuer, the issuer speaks)
    if m.kind in ("name", "pronoun", "source", "org", "anaphor"):
        return True
    return m.role_kind is not None


def _is_caption(line: str) -> bool:
    """A photo caption: ends with a credit in parentheses ("(Photo AFP)", "(US Air Force/DoD)"), after "©" ("… ©
    Nicolas Deschamps") or after "Photo" ("… selon l'hôpital. PHOTO PIERRE LEFEBVRE"), or opens with "Photo :"."""
    if re.match(r"\s*(?:photo|légende|sur (?:notre|la|cette) photo|ci-(?:dessus|contre|dessous)|en photo)\s*:", line,
                re.IGNORECASE) or re.search(r"©\s*[\w .'’/-]{2,60}$", line.strip()):
        return True
    if len(line) <= 400 and re.search(r"(?:^|[.!?»]\s+)(?:PHOTO|Photo|Crédit photo)\s+[A-ZÀ-Ý][\w .,'’/-]{1,60}$",
                                      line.strip()):
        return True  # a credit after the caption's last sentence: "… selon la CTS. Photo DNA /Thomas Kessler"
    if len(line) <= 400 and re.search(r"[.!?»)]\s+[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{2,50}\s+(?:POUR|/)\s*(?:«\s*)?[A-ZÀ-Ý][A-ZÀ-Ý'’. "
                                      r"-]{1,40}?(?:\s*»)?$", line.strip()):
        return True  # a photographer's credit in capitals: "… le 2 février 2027. THOMAS VERGNE POUR « LE MONDE »",
        # "… à Bamako. JOHN DOE / AFP"
    m = re.search(r"\(([^()]{2,80})\)\s*$", line)
    if not m:
        return False
    credit = m.group(1)
    return bool(re.search(r"/|©|\b(photo|afp|reuters|ap|getty|archives?|crédit|credit|dr)\b", credit, re.IGNORECASE))
