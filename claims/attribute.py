"""Resolve speaker mentions to people and bodies: within each document (coreference), then across documents.

Within a document, in text order:

* a name joins the person of the same surname ("M. Carter" = "Ashton Carter", "Cook" = "Peter Cook");
* a pronoun ("il", "a-t-il ajouté", "ajoute-t-elle") goes to the most recent person of matching gender and number
  who was the subject of a clause or a speaker; it never stays "il";
* an anaphoric description ("ce responsable turc", "ce même responsable", "la même source", "le secrétaire
  américain à la Défense" after the name) goes to the most recent person it fits (same role, no clashing side, same
  number); a definite description of an office may also point forward, to a name given later ("déclare le chef du
  Pentagone" in a headline, "le secrétaire à la Défense Ashton Carter" below);
* an indefinite description ("un responsable turc", "une source diplomatique") is a new, anonymous speaker.

Across documents, people with the same name are one speaker; a surname alone joins the one full name that has it;
a description of an office ("le président turc") joins the one name that texts of the batch give that office
("le président turc, Recep Tayyip Erdogan"). Anonymous speakers stay within their document. ``side`` comes from the
descriptions (nationality adjectives, organisations; ``claims/lexicon/sides.tsv``), pooled over the merged mentions.

Example:
    >>> from claims.extract import extract_statements
    >>> from claims.records import Document
    >>> text = "Le ministre turc Mevlüt Cavusoglu a affirmé que l'accord tenait. « Rien n'a changé », a-t-il ajouté."
    >>> [(s.text, s.speaker.name, s.speaker.side) for s in extract_statements([Document(id="d", text=text)])]
    [("l'accord tenait", 'Mevlüt Cavusoglu', 'TR'), ("Rien n'a changé", 'Mevlüt Cavusoglu', 'TR')]
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field, replace
from typing import Sequence

from claims.lexicon import (broader_role, country_mentions, first_name_gender, fold, media_names,
                            nationality_adjectives, place_side, same_office, several_places, side_of, sides,
                            titles)
from claims.records import Speaker, Statement
from claims.segment import (_AUTHORED, ACRONYM_IN_PARENS, COMPANY_ROLES, COUNTERPART_NOUNS, Mention, Segmentation,
                            _first_name, _possessive_text, dateline_of)

PERSON_KINDS = ("person", "office", "source", None)
CONTRAST = ("de son cote", "pour sa part", "quant a lui", "quant a elle", "en revanche", "a l'inverse")
# a report brought in by the text: "Dans son rapport", "un rapport de la Cour des comptes", "l'étude publiée par"
_REPORT_WORD = re.compile(r"\b(?:rapport|document|étude|etude|audit)s?\b", re.IGNORECASE)
# (folded) a study's lead author in a person's description: "… et coordinatrice de l'étude", "auteur principal du
# rapport"
# (not a co-author: "coauteur du rapport" leaves the report its body's)
_LEAD_AUTHOR = re.compile(r"\b(?<!co-)(?:coordinat(?:eur|rice)|auteure?|responsable)(?: principale?)?"
                          r" (?:de l'|du )(?:etude|rapport)\b")
# (folded) the lead author brought in by the study's participle: "Coordonnée par la chimiste X, l'étude relève"
_LED_BY = re.compile(r"\b(?:coordonnee?s?|dirigee?s?|pilotee?s?) par(?: (?:la |le |l')?[\w-]+)?\s*$")
# (folded) a study or report named by its noun alone: "une étude", "le document", "cette étude"
_STUDY = re.compile(r"(?:(?:une|la|le|cette|ce|cet) |l')(?:etude|rapport|document)")
# (folded) a release that names no issuer: "Selon un communiqué publié jeudi", "une note diffusée mardi"
_ISSUERLESS = re.compile(r"une? (?:communique|note|declaration)"
                         r"(?: (?:publiee?|diffusee?|transmise?)(?! par)(?: \w+){0,2})?$")
# a seat that speaks for the body the text has just made speak ("Bercy" after the ministry of the Economy,
# "Bruxelles" after the European Commission; eval/README.md's conventions), folded
_SEATS = {"bercy": re.compile(r"\bministere (?:francais )?de l'economie\b"),  # (not its minister, a person)
          "bruxelles": re.compile(r"\bcommission europeenne\b")}
_MEDIUM_WORDS = re.compile(r"\b(communique|lettre|courrier|message|tribune|declaration|texte|post|publication)s?\b")
# (a whole word: "la" is no determiner of "laboratoire", nor "un" of "union")
_DETERMINERS = re.compile(r"^(?:(?:le|la|les|un|une|des|de|du|ce|cet|cette|ces)\s+|[ld]['’]\s*)", re.IGNORECASE)


_INITIALS = re.compile(r"(?:\w\.-?)+")


def _initialled(short: str, full: str) -> bool:
    """Is ``short`` ``full`` with its first names given as initials? "j.-p. morel" / "jean-paul morel", "j. morel" /
    "jean morel" (folded names)."""
    a, b = short.split(), full.split()
    if len(a) != len(b) or len(a) < 2 or a[-1] != b[-1] or not all(_INITIALS.fullmatch(w) for w in a[:-1]):
        return False
    return all(re.findall(r"\w", x) == [p[:1] for p in y.split("-")] for x, y in zip(a[:-1], b[:-1]))


def _bare_words(description: str) -> list[str]:
    """The folded words of a description, its determiner and the punctuation around its words dropped ("leur
    assureur, Agrivigne Assurances" -> leur, assureur, agrivigne, assurances)."""
    return [w.strip(",;:()«»\"") for w in _DETERMINERS.sub("", fold(description)).split()]


def _has_word(description: str, key: str) -> bool:
    """Has the description the word ``key``, in the singular or the plural ("les Laboratoires Verhaegen" for "le
    laboratoire")?"""
    words = _bare_words(description)
    return key in words or key + "s" in words or key + "x" in words


# bodies that are no company's management: "la direction" is never the works council, a union or the state
_NOT_MANAGEMENT = frozenset({"comite", "syndicat", "association", "collectif", "federation", "ong", "union", "parti",
                             "ministere", "prefecture", "gouvernement", "intersyndicale", "cse", "conseil", "commission",
                             "parquet", "tribunal", "direction"})
# a person's circle: "selon son entourage", "ses colistiers" (folded)
_CIRCLE = re.compile(r"(?:son|sa) (entourage)|ses (colistiers|colisti[eè]res|proches|partisans|soutiens|collaborateurs|"
                     r"collaboratrices|collegues|coequipiers|coequipieres|camarades|allies|fideles|lieutenants)")
# the other side of an exchange: "« … », a répliqué son adversaire"
_OTHER_PARTY = re.compile(r"(?:son|sa) (?:" + "|".join(sorted(COUNTERPART_NOUNS | {"opposant", "opposante"}))
                          + ")")
# a reply to the one who has just spoken
_RETORT_CUES = frozenset({"retorquer", "repliquer", "repondre", "objecter", "riposter"})
# words for a body of any kind: "Le Conseil du café-cacao (CCC) … a indiqué l'organisme"
_ANY_BODY = frozenset({"organisme", "institution", "instance"})
# bodies that go by a name of their own more often than by their kind ("Santé publique France" … "l'agence")
_NAMED_BODIES = frozenset({"agence", "ong", "office", "institut", "observatoire", "fondation", "confederation",
                           "union", "ligue", "equipe"})


@dataclass
class Entity:
    """One speaker (or person mentioned) of a document."""

    doc: str
    names: list[str] = field(default_factory=list)
    descriptors: list[str] = field(default_factory=list)  # first one is the introducing description
    roles: list[str] = field(default_factory=list)
    role_kinds: list[str] = field(default_factory=list)
    sides: list[str] = field(default_factory=list)
    gender: str | None = None
    plural: bool = False
    org: bool = False
    anonymous: bool = False  # introduced by an indefinite description: never merged across documents
    sideless: bool = False  # a speaker of a story inside one country: no side, whatever its mentions say
    last_subject: int = -1  # offset of its latest subject or speaker mention
    last_seen: int = -1  # offset of its latest mention of any kind
    aliases: set[str] = field(default_factory=set)  # acronyms given in parentheses: "(Insee)", "(HAS)"
    first: int = 0
    canonical: str | None = None

    @property
    def full_name(self) -> str | None:
        return max(self.names, key=lambda n: (len(n.split()), len(n))) if self.names else None

    @property
    def surname(self) -> str | None:
        name = self.full_name
        return fold(name.split()[-1]) if name else None

    def is_person(self) -> bool:
        # (a description with neither a name nor a title, "la CGT des ports", "une quarantaine de porte-conteneurs",
        # is not taken for a person)
        return not self.org and (any(len(n) > 2 for n in self.names)  # (not "le tram D")
                                 or any(k in PERSON_KINDS for k in self.role_kinds)) and not self.is_body()

    def is_body(self) -> bool:
        """A body: introduced as one ("la CNIL"), or named with a body's title only ("l'ONG allemande Sea Lumen")."""
        return self.org or (bool(self.role_kinds) and all(k == "org" for k in self.role_kinds) and not (
            set(self.roles) & _PERSON_TRADES and any(" " in n and _first_name(n.split()[0]) for n in self.names)))
        # (not "l'armateur du chalutier, Mourad Guesmi": a trade a person has, and a person's name)

    def add(self, m: Mention) -> None:
        if m.kind == "org":  # (a person's "(LR)" is a party, not another name of theirs)
            self.aliases.update(fold(a) for a in ACRONYM_IN_PARENS.findall(m.text))
        if m.name and m.kind != "org" and m.name not in self.names:
            self.names.append(m.name)
        if m.descriptor and m.descriptor not in self.descriptors:
            self.descriptors.append(m.descriptor)
        if m.role and m.role not in self.roles and not (m.role == "direction" and self.descriptors):
            # ("la direction d'API" is API, which that word does not describe: "L'entreprise" may still be it)
            self.roles.append(m.role)
            self.role_kinds.append(m.role_kind)
        for role in m.other_roles:
            if role not in self.roles:
                self.roles.append(role)
                self.role_kinds.append("person")
        if m.side:
            self.sides.append(m.side)
        if m.gender and self.gender is None and m.kind != "pronoun":
            self.gender = m.gender

    def label(self) -> str:
        """Best full name, else the introducing description (a body's full name before its acronym)."""
        if self.org and self.aliases and self.descriptors:
            return re.sub(r"\s*\([^()]*\)\s*$", "", self.descriptors[0])
        if self.full_name:
            return self.full_name
        if self.descriptors:
            # (a bare noun the text first used, "demandé au préfet", gives way to a description: "le préfet de
            # Loire-Atlantique")
            return next((d for d in self.descriptors if not re.fullmatch(r"[a-zà-ÿ'’-]+", d)), self.descriptors[0])
        return "?"

    @property
    def side(self) -> str | None:
        return Counter(self.sides).most_common(1)[0][0] if self.sides else None


def _joint_or_source(e: Entity) -> bool:
    """Is this speaker several governments at once ("Paris et Berne", "Kiev, Varsovie et Vilnius") or a source the
    text places nowhere ("source proche du dossier")? Neither speaks from the story's country."""
    return several_places(e.label()) or any(re.match(r"(?:une |des |de |d'|la |les )?sources?\b", fold(d))
                                            for d in e.descriptors)


def _named_body(e: Entity) -> bool:
    """Has the body a name: a proper name, an acronym, or a capitalised word in its description ("la Fédération
    nationale …", "le collectif Ciel commun"), unlike "le distributeur"?"""
    return bool(e.names or e.aliases) or any(w[:1].isupper() for d in e.descriptors
                                             for w in _DETERMINERS.sub("", d.strip()).split())


# "président de Vigilance Conso", "porte-parole du collectif Ciel commun": the name of the body a person speaks for
_HEADED_BODY = re.compile(r"(?:\bde la |\bde l['’]|\bdu |\bde |\bd['’])(?:(?:association|collectif|syndicat|fédération|"
                          r"ong|groupe|club|société|entreprise|union|mouvement|comité|organisation|parti)\s+)?"
                          r"([A-ZÀ-Ý][\w'-]*(?:\s+(?:[A-ZÀ-Ý][\w'-]*|\d+))*)\s*$")
# the kinds of body a name may open with: "le Syndicat des éleveurs ovins", "le Collectif citoyen contre la vie chère"
_BODY_KINDS_WORDS = ("Association", "Syndicat", "Fédération", "Union", "Collectif", "Comité", "Ligue", "Confédération",
                     "Mouvement", "Club", "Coordination")
# (folded) the kinds of body a bare word may stand for once the text named one: "le collectif", "l'association" (not
# "le club", as often the story's other team)
_PASSING_KINDS = {fold(k): k for k in _BODY_KINDS_WORDS if k != "Club"}
# a body named by its capitalised kind and a complement: "président du Syndicat des éleveurs ovins de la Drôme"
_CAPITAL_KIND_BODY = re.compile(r"(?:\bdu |\bde la |\bde l['’]|\bde |\bd['’])((" + "|".join(_BODY_KINDS_WORDS)
                                + r")\s+[^,]+?)"
                                r"(?:\s*\([A-Z][\w-]*\))?\s*$")  # (its acronym aside: "… de l'Estrie (FIQ)")
# a body named with its kind in a person's description: "président de l'Association Lbhalil pour l'environnement"
_KIND_NAMED_BODY = re.compile(r"(?:\bde la |\bde l['’]|\bdu |\bde |\bd['’])([A-Za-zÀ-ÿ]+\s+[A-ZÀ-Ý][\w'’-]*"
                              r"(?:\s+[\w'’-]+)*)\s*$")
# a document's author cited in passing: "cite une étude de Météo-France | selon laquelle P"
_SELON_RELATIVE = re.compile(r"\s*,?\s*selon (?:lequel|laquelle|lesquels|lesquelles)\b", re.IGNORECASE)
# endings of agent nouns: "négociant", "exploitante", "vendeur", "cariste"
_AGENT_ENDINGS = ("ant", "ante", "eur", "euse", "ier", "iere", "iste", "ien", "ienne")
# the words before an outlet that relayed someone's: "Selon des propos rapportés par | France Bleu"
_RELAYED_BY = re.compile(r"\b(?:propos|déclarations|confidences|paroles)\s+(?:rapporté|recueilli|relayé|cité)e?s?\s+"
                         r"(?:par|dans)\s+(?:l['’]|la |le |les )?$", re.IGNORECASE)
# a company's site, by the word a text uses for it: "la direction de l'usine" (pattern of the word as written)
_SITE_WORDS = {"usine": "usine", "site": "site", "entreprise": "entreprise", "societe": "soci[ée]t[ée]",
               "groupe": "groupe"}
# a name given as that of the person just described: "Serge Olivieri, puisque c'est lui qui a lancé la pétition"
_THE_ONE = re.compile(r"\s*[,–—-]\s*(?:puisque|car|parce que|parce qu['’]) c['’]est (?:bien )?(?:lui|elle)\b")
# a body with its acronym in a person's description: "ancien cadre de l'Office national des forêts (ONF)"
_BODY_AND_ACRONYM = re.compile(r"(?:\bdu |\bde |\bd['’])((?:la |l['’])?[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,6}?)"
                               r"\s*\([A-ZÀ-Ý]{2,}\)")
# two people's names apposed to "les deux …": ", Lise Rouquet et Bernard Sol,"
_APPOSED_PAIR = re.compile(r"\s*,\s*([A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|de|du|d['’]\S+|le|la)){1,3})"
                           r"(?:\s*\([^()]{1,40}\))?\s+et\s+"
                           r"([A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|de|du|d['’]\S+|le|la)){1,3})"
                           r"(?:\s*\([^()]{1,40}\))?\s*[,)]")  # (each with its town or party: "X (Meyzieu)")
# words for a country's leader that name no office of their own ("le dirigeant néerlandais")
_LEADER_WORDS = {"dirigeant", "chef", "leader", "homologue"}
_COUNTRY_WORDS = _LEADER_WORDS | {"responsable", "diplomate", "officiel"}  # "le responsable polonais": a country's man
_MEMBER_BODIES = {"association", "syndicat", "collectif", "federation", "ong", "club", "groupe", "societe",
                  "entreprise", "organisation", "parti", "union", "mouvement", "comite", "institut", "fondation"}
_BODY_HEADS = {"president", "presidente", "porte-parole", "secretaire", "directeur", "directrice", "fondateur",
               "fondatrice", "responsable", "delegue", "deleguee", "patron", "patronne", "dirigeant", "dirigeante",
               "coordinateur", "coordinatrice", "representant", "representante", "pdg", "co-president",
               "co-presidente", "copresident", "vice-president", "vice-presidente", "administrateur", "administratrice"}
_ACRONYM = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý&-]{1,9}")  # "FQSI", "CNIL" (not "Ouest-France")
# a company's head, in a person's description: "le PDG d'Aéris", "administrateur délégué de Belgonucléa"
_COMPANY_HEADS = {"pdg", "directeur", "directrice", "administrateur", "administratrice", "patron", "patronne",
                  "dirigeant", "dirigeante"}
_INTERNATIONAL = {"EU", "UN", "NATO", "AU"}  # sides of international bodies, not nationalities
# nouns of a person's age, by decade: "le quinquagénaire" is someone the text gave an age of 50 to 59
_AGE_NOUNS = {"trentenaire": (30, 39), "quadragenaire": (40, 49), "quinquagenaire": (50, 59),
              "sexagenaire": (60, 69), "septuagenaire": (70, 79), "octogenaire": (80, 89), "nonagenaire": (90, 99)}
_STRESSED = ("lui", "elle", "eux", "elles")
# a person who speaks for a body: "le porte-parole du groupe pour l'Europe", "la directrice de Hanseo Motors"
_SPEAKS_FOR = re.compile(r"^(?:l'|le |la |son |sa )?(?:porte-parole|directeur|directrice|president|presidente|pdg|patron|"
                         r"patronne|dirigeant|dirigeante|responsable|representant|representante|charge de communication|"
                         r"chargee de communication|attache de presse)(?: general| generale| adjoint| adjointe)?"
                         r"\s+(?:du |de la |de l'|des |de |d')([^,]+?)(?:\s+(?:pour|en|au|aux|a)\s.*)?$")
_FRONTED_SIDE = re.compile(r"(?:(?:Côté|Du côté|Chez les|Côté des)\s+([a-zà-ÿ-]+)"
                           r"|(?:À|A|Depuis)\s+((?:La |Le )?[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)?))\s*,")
_OF_SOMETHING = re.compile(r"(?:^|\s)(?:(?:du|des)\s|de\s(?!\d)|d')")  # "de la région", "d'Arcadia", not "de 26 ans"


# words of one person speaking for themselves: "je", "j'", "moi", "mon", "ma", "mes"
_FIRST_PERSON = re.compile(r"(?:^|[\s«“\"(])(?:[Jj]e|[Jj]['’]|[Mm]oi|[Mm]on|[Mm]a|[Mm]es)(?=[\s,.;:!?»”\")]|(?<=['’]))")
# a description's capitalised complement at its end: "le coureur d'Armor Cycling", "le maire de Boucherville"
_NAMED_COMPLEMENT = re.compile(r"\s(?:de |d['’]|du )\s*([A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý0-9][\w'’-]*)*)\s*$")


# a person's name in running text: a capitalised first name, then capitalised words and particles ("Hugo de La Tour")
_PASSING_NAME = re.compile(r"(?<![\w'’-])([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)"
                           r"((?:[ \u00a0]+(?:(?:de|du|des|van|von|der|den|ben|ould|el|le|la|da|di|dos|das)[ \u00a0]+)*"
                           r"[A-ZÀ-Ý][\w'’-]+)+)")
_ACCENTED = {"e": "[eéèêë]", "a": "[aàâ]", "i": "[iîï]", "o": "[oôœ]", "u": "[uùûü]", "c": "[cç]"}
_NAME = r"([A-ZÀ-Ý][\w'’&-]*[\w&](?:[ \u00a0](?:[A-ZÀ-Ý0-9][\w'’&-]*))*)"


@lru_cache(maxsize=None)
def _kind_named(words: frozenset[str]) -> re.Pattern:
    """A body of one of these kinds (folded role words) named where the text makes no mention: "l'usine Aérostruct
    de Colomiers", "chez Aérostruct", "le label Vortex Records", "Alpes Neige Exploitation, la société qui …",
    "Océanis Naval, maître d'œuvre du chantier", "des Brigades Navales, le principal groupe de supporters"."""
    kinds = "|".join("".join(_ACCENTED.get(c, re.escape(c)) for c in w)  # (the roles are folded: "societe")
                     for w in sorted(words, key=len, reverse=True))
    kinds += "".join("|" + re.escape(w.upper()) for w in words if len(w) <= 3)  # "l'ONG", "le CHU"
    return re.compile(
        r"(?:\b(?:[Ll]e |[Ll]a |[Ll]['’]|[Ss]on |[Ss]a |[Uu]n |[Uu]ne |[Dd]u |[Dd]e la |[Dd]e l['’])(?:" + kinds
        + r")(?:[ \u00a0]+(?P<adj>[a-zà-ÿ]{4,}))?|\b[Cc]hez)[ \u00a0]+" + _NAME
        + r"|(?:(?<=[a-zà-ÿ,] )|(?<=\b[dD]['’]))" + _NAME
        + r",[ \u00a0]+(?:(?:le|la|l['’]|une?)[ \u00a0]*)?(?:(?:principale?|premier|première|seule?|grande?|"
        r"nouvelle?|petite?|puissante?|influente?)[ \u00a0]+)?(?:" + kinds + r"|maître d['’]œuvre|gestionnaire)\b")


_CLUB_NAME = re.compile(r"\b(?:Handball|Basket|Basket-ball|Football|Rugby|Volley|Volley-ball|Hockey|Olympique|Stade|"
                        r"Racing|Sporting|Union sportive|Athletic|Étoile|FC|AC|AS|SC|RC|US|ESTAC|ASM|OGC|LOSC)\b")
_COMPANY_WORDS = frozenset(COMPANY_ROLES | {"usine", "action"})
# bodies "le club", "le collectif" … may be, by the kinds of body each covers
_BODY_KINDS = {"club": {"club", "equipe", "formation"}, "collectif": {"collectif"},
               "label": {"label", "maison de disques"}, "groupe": {"groupe"},
               "association": {"association", "collectif"}, "syndicat": {"syndicat"}, "federation": {"federation"}, "coalition": {"coalition", "alliance"}, "ong": {"ong", "association"},
               "fondation": {"fondation"}, "hopital": {"hopital", "clinique", "centre hospitalier", "chu", "chr"},
               "journal": {"journal", "quotidien", "hebdomadaire"}, "quotidien": {"quotidien", "journal"}}
# a person put on trial where the text names them, and the court's people who are not
_ON_TRIAL = re.compile(r"\b(?:dans le box|à la barre|jugée?s? (?:pour|depuis|devant)|comparaî?t|comparaissai[st]|"
                       r"poursuivie?s? pour|(?:accusée?|soupçonnée?) d['’e]|prévenue?s?\b|accusée?\b)", re.IGNORECASE)
_COURT_ROLES = frozenset({"avocat", "procureur", "juge", "president", "presidente", "greffier", "temoin", "expert",
                          "avocat general", "magistrat", "enqueteur", "policier", "gendarme", "coroner"})
# the body a report is of, named in its complement: "le rapport | de la chambre régionale des comptes de Corse,"
_REPORT_ISSUER = re.compile(r"\s*(de la |de l['’]|du |des )([\w'’-]+(?: [\w'’-]+){0,7}?)"
                            r"(?=\s*[,.;:()]|\s+(?:publié|rendu|remis|sur|en|qui|que|dont)\b)")
_ARTICLE_OF = {"de la": "la ", "de l'": "l'", "du": "le ", "des": "les "}
# company words that may be a person's trade: "accuse l'exploitant" (the head of the company named later)
_TRADE_ROLES = frozenset({"exploitant", "concessionnaire", "prestataire", "fournisseur", "developpeur", "brasseur"})
# and those a person named with a first name has, no company: "l'armateur du chalutier, Mourad Guesmi"
_PERSON_TRADES = _TRADE_ROLES | {"armateur", "transporteur", "sous-traitant", "voyagiste", "semencier"}
_PARTY_ACRONYMS = frozenset({"lr", "ps", "rn", "lfi", "pcf", "eelv", "udi", "modem", "lrem", "nupes", "ump", "fn"})


def _definite(m: Mention) -> bool:
    """Does the description open with a definite article ("l'institut", "le technicien")?"""
    return _definite_text(m.text)


def _agrees(m: Mention, e: Entity) -> bool:
    """May ``m`` name ``e`` by gender and side (either unknown, or the same)?"""
    return (not m.gender or not e.gender or m.gender == e.gender) and (not m.side or not e.sides or m.side in e.sides)


def _of(label: str) -> str:
    """ "de" + a label, contracted: "du ministre", "des élus", "de la ministre", "de Marc Hennuy"."""
    if re.match(r"(?:l['’]|la\s|le\s|les\s)", label, re.IGNORECASE):
        label = label[0].lower() + label[1:]  # a sentence's "La ministre"
    if re.match(r"le\s", label, re.IGNORECASE):
        return "du " + label[3:]
    if re.match(r"les\s", label, re.IGNORECASE):
        return "des " + label[4:]
    return "de " + label


def _complement(text: str) -> str | None:
    """A description's complement, folded, without its article: "l'avocate de la victime" -> "victime"."""
    m = re.search(r"\s(?:de la |de l'|du |des |de |d')\s*(.+)$", fold(text).replace("’", "'"))
    return m.group(1).strip(" ,.") if m else None


def _definite_text(text: str) -> bool:
    return bool(re.match(r"(?:l'|le |la )", fold(text)))


def _possessive(m: Mention) -> bool:
    """Does the description open with a possessive ("son avocate", "sa porte-parole")?"""
    return bool(re.match(r"(?:son|sa|leur) ", fold(m.text)))


def _fits_role(m: Mention, e: Entity) -> bool:
    """Can the description ``m`` be entity ``e``: same role (or one more specific), no clashing side, same number?"""
    if m.plural != e.plural:
        return False
    if m.side and e.sides and m.side not in e.sides:
        return False
    if not m.role:
        return False
    if m.gender and e.gender and m.gender != e.gender and not e.org:
        return False  # "la chercheuse" is not the man named before
    side = m.side or e.side
    for role in e.roles:
        if role == m.role or role.split()[0] == m.role.split()[0] or same_office(role, m.role, side):
            return True
        if broader_role(m.role, role) and e.is_person():
            return True  # "le député Mathis Carrel" … "l'élu de Seine-Saint-Denis"
        if role in m.other_roles and e.is_person():
            return True  # "Le président du conseil d'administration …, fonction qu'il cumule avec son mandat d'échevin"
    return False


def _known_person(e: Entity) -> bool:
    """Is the named entity surely a person: a listed first name, or a title or description of its own? (A bare
    "Saint-Nazaire", the parser's subject in "Saint-Nazaire : « … », dénonce le maire", is a place.)"""
    return any(_first_name(n.split()[0]) for n in e.names) or bool(e.roles or e.descriptors)


_FORMER = re.compile(r"(?:^|[\s'])ancien(?:ne)?\s")


def _described_agent(e: Entity) -> bool:
    """Is ``e`` someone described by an agent noun the lexicon does not know ("un négociant en chevaux de Lisieux",
    not "un report")?"""
    if e.org or e.names or not e.descriptors or e.is_body():
        return False
    head = _DETERMINERS.sub("", fold(e.descriptors[0])).split()[:1]
    return bool(head) and head[0].endswith(_AGENT_ENDINGS)


def _former(text: str) -> bool:
    """Does the description give a past post ("l'ancien ministre des Mines", "l'ancienne députée")?"""
    return _FORMER.search(fold(text)) is not None


# "Elle s'appelle X", "Il se prénomme X": a name given to the person just spoken of
_CALLED = re.compile(r"\b(?:[Ii]l|[Ee]lle)\s+(?:s['’]appelle|se\s+nomme|se\s+prénomme)\s+$")


# a document's author after a participle (folded text): "publié lundi par", ", réalisée par"
_AUTHORED_BY = re.compile(r"\s*,?\s*(?:publiee?s?|" + _AUTHORED.pattern + r")(?:\s+[\w'-]+){0,3}?\s+par\s*")


class _DocumentResolver:
    def __init__(self, seg: Segmentation):
        self.seg = seg
        self.doc = seg.document.id
        self.entities: list[Entity] = []
        self.of: dict[tuple[int, int], Entity | None] = {}
        self.last_speaker: tuple[Entity, int] | None = None
        self.subjects: list[tuple[Entity, int]] = []  # every subject or speaker so far, and its unit
        # "son entourage", "ses colistiers": the entity of each person's circle (by the person's id and the word)
        self.entourages: dict[tuple[int, str], Entity] = {}
        self.seen: list[tuple[Entity, int]] = []  # every mention's entity so far, and its unit
        self.possessed: list[tuple[Entity, Entity]] = []  # "son porte-parole, X" and the subject before it
        self.speaker_spans: set[tuple[int, int]] = set()  # the statements' speaker mentions (set by run)

    def run(self) -> dict[tuple[int, int], Entity | None]:
        mentions = sorted(self.seg.mentions + [m for m in self.seg.speakers if m is not None],
                          key=lambda m: (m.start, m.end))
        seen: set[tuple[int, int]] = set()
        ordered = []
        for m in mentions:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                ordered.append(m)
        for m in ordered:  # bodies that give their acronym, "l'Institut … (Insee)", so that "l'Insee" is them
            if m.kind == "org" and ACRONYM_IN_PARENS.search(m.text) and (m.start, m.end) not in self.of:
                self.of[(m.start, m.end)] = self._new(m)
        named = [m for m in ordered if m.name and m.kind in ("name", "org") and (m.start, m.end) not in self.of]
        for m in named:  # names first, so that a description can point forward to a name
            if m.kind == "name" and re.match(r"(?:les|ces) deux\b", fold(m.text)) and "," in m.text and \
                    (pair := self._named_pair(replace(m, end=m.start + m.text.index(","), plural=True))) is not None:
                self.of[(m.start, m.end)] = pair  # "Les deux arbitres, Julien Roussel et Karim Haddad, ont
                continue  # expliqué": both, not the first
            self._named(m)
        text = self.seg.document.text
        for a, b in zip(ordered, ordered[1:]):
            if a.start == b.start and a.end < b.end and a.kind == "anaphor" and b.kind == "name" and a.role and \
                    a.role == b.role and (b.start, b.end) in self.of and (a.start, a.end) not in self.of:
                # "La porte-parole de Transarmor, l'exploitant des lignes …, Gaëlle Rouxel, assure": the verb's subject
                # stops at the title, the name's mention goes on past the apposition to the name
                self.of[(a.start, a.end)] = self.of[(b.start, b.end)]
        for a, b in zip(ordered, ordered[1:]):
            # "la conférence de presse de Frédéric Gouzien, le président de Loire Atlantique Basket": a definite title
            # apposed to a name is that person's, known from the start (a headline's "le président de Nantes" before)
            e = self.of.get((a.start, a.end))
            bare = b.kind == "indefinite" and b.role_kind in ("person", "office") and not re.match(
                r"(?:un|une|des)\b", fold(b.text)) \
                and re.fullmatch(r"\s*(?:\(\d+\s*ans\)\s*)?,\s*", text[a.end:b.start]) is not None
            # (also a bare apposition after an age: "Hugo Larrart (27 ans), troisième-ligne de l'USHB"; a post: "Le
            # rapporteur, Erwan Le Goff (PS), vice-président chargé des mobilités, a défendu")
            if e is not None and not e.org and a.kind == "name" and (bare or b.kind == "anaphor" and _definite(b) and
                                                                     re.fullmatch(r"\s*,\s*", text[a.end:b.start])) \
                    and b.role and not b.plural and (b.start, b.end) not in self.of \
                    and not re.search(r"\bpar\s+$", text[max(0, a.start - 5):a.start]) \
                    and not (a.gender and b.gender and a.gender != b.gender):
                # (not "Joint par France Football, l'agent de la joueuse affirme": the outlet, then the speaker; nor
                # "Interrogé par la présidente du tribunal, Sylvie Rameau, le septuagénaire a reconnu": not her)
                self.of[(b.start, b.end)] = e
                e.add(b)
        speaker_spans = self.speaker_spans = {(m.start, m.end) for m in self.seg.speakers if m is not None}
        contents = [(st.start, st.end) for st in self.seg.statements]
        before = None
        for m in ordered:
            if (m.start, m.end) in self.of:
                e = self.of[(m.start, m.end)]
            elif m.kind == "pronoun" and self._stresses(m, before):
                e = self.of[(before.start, before.end)]  # "La ministre, elle, affirme …": the phrase it stresses
            elif m.kind == "pronoun":
                e = self._pronoun(m)
            elif (seat := self._seat_body(m)) is not None:
                e = seat
            elif m.kind in ("anaphor", "source", "indefinite", "unknown", "org"):
                e = self._described(m)
                if e is not None and e.first < m.start:
                    self._name_the_described(m, e)
            else:
                e = self._new(m)
            self.of[(m.start, m.end)] = e
            before = m
            if e is not None:
                self.seen.append((e, m.unit))
                if m.kind != "pronoun":
                    e.add(m)
                    if m.role == "homologue" and _possessive(m):
                        self._counterpart_roles(e)
                    if m.descriptor and _possessive_text(m.descriptor) and not e.sides and not e.plural and \
                            self.subjects and self.subjects[-1][1] >= m.unit - 1:
                        # "Le HCR s'est dit « préoccupé ». « … », a déclaré son représentant auprès des institutions
                        # européennes, Jean-Marc Ndiaye": the body's man (see _owner_sides)
                        self.possessed.append((e, self.subjects[-1][0]))
                e.last_seen = max(e.last_seen, m.start)
                speaks = (m.start, m.end) in speaker_spans and not _SELON_RELATIVE.match(self.seg.document.text, m.end)
                # (the author of a document cited "selon laquelle P" is less salient than the one who cites it)
                # the subject of a reported clause is less salient than the speakers around it: in "Merkel a estimé
                # que l'Europe devait agir. « … », a-t-elle ajouté", "elle" is Merkel
                reported = any(a <= m.start and m.end <= b for a, b in contents)
                if (speaks or (m.subject and not reported)) and not self._in_question_line(m):
                    e.last_subject = max(e.last_subject, m.start)
                    self.subjects.append((e, m.unit))
                if speaks:
                    self.last_speaker = (e, m.unit)
        self._named_as_the_one(ordered)
        self._headline_to_body()
        self._bare_title_named_in_apposition()
        self._bare_body_named_in_passing()
        self._headline_quote_repeated()
        self._reports_to_authors()
        self._studies_to_lead_author()
        self._releases_to_the_dispatchs_company()
        self._fronted_release_to_its_subject(ordered)
        self._page_message_to_its_holder()
        self._name_after_title(ordered)
        self._spell_out_acronyms()
        self._join_named_bodies()
        self._fronted_sides()
        self._owner_sides()
        self._host_sides()
        return self.of

    def _host_sides(self) -> None:
        """Sides by the story's country (eval/README.md): in a story whose speakers are of several countries, every
        speaker with no country of its own has the country of the place it speaks from, the story's ("Le ministre
        des Mines, Fidy Rakotomalala" in a story on Madagascar with a Japanese company's man: `MG`), except joint
        statements of several capitals and sources the text places nowhere; in a story whose speakers are of that one
        country, at least three, and that names no other country twice, none has a side ("la ministre québécoise …",
        the mayor and a resident: no side; American officials on Turkey keep theirs, as in the seeds' gold).
        """
        speakers = {id(e): e for e in (self.of.get(span) for span in self.speaker_spans) if e is not None}
        counts = country_mentions(self.seg.document.text, story=True)
        host = self._host_country(counts)
        countries = {s for e in speakers.values() for s in e.sides if s not in _INTERNATIONAL}
        named = {c for c, n in counts.items() if n >= 2}  # (Turkey named twice in a story of American officials)
        if len(countries) == 1 and (host is None or countries == {host}) and len(speakers) >= 3 and named <= countries:
            for e in speakers.values():
                international = [s for s in e.sides if s in _INTERNATIONAL]
                if international:
                    e.sides[:] = international
                else:  # (its sides kept for joining offices across documents: "le président" of one country)
                    e.sideless = True
            return
        if host is None or not countries - {host}:
            return
        for e in speakers.values():
            if not e.sides and not _joint_or_source(e):
                e.sides.append(host)

    def _join_named_bodies(self) -> None:
        """ "Slovaquie : Hanseo Motors ferme son usine" (a headline's name, no person's) and "Le constructeur
        automobile sud-coréen Hanseo Motors": one body, with the names and sides of both."""
        for body in [e for e in self.entities if e.org]:
            names = {fold(n) for n in body.names} | {
                fold(f.group(0)) for d in body.descriptors
                for f in re.finditer(r"[A-ZÀ-Ý][\w'’-]*(?: [A-ZÀ-Ý][\w'’-]*)+", d)}
            for e in self.entities:
                if e is body or e.org or not e.names or e.roles or any(_first_name(n.split()[0]) for n in e.names) or \
                        not all(
                        fold(n) in names or any(x.startswith(fold(n) + " ") for x in names) for n in e.names):
                    continue
                self._redirect(e, body)
                body.names.extend(n for n in e.names if n not in body.names)
                body.sides.extend(e.sides)
                e.names, e.sides = [], []

    def _owner_sides(self) -> None:
        """A person who speaks for a body of the text with a country ("Le ministère hongrois des Affaires étrangères a
        démenti … a assuré son porte-parole, Gábor Szentes"; "Le porte-parole du groupe pour l'Europe, Daniel Reuter"
        after "le constructeur sud-coréen Hanseo Motors") has that country in a story whose speakers are of several
        countries (eval/README.md: every speaker whose country the article states; one-country stories none); an
        international body's (`UN`, `EU`) in any story."""
        speakers = {id(self.of[span]) for span in self.speaker_spans if self.of.get(span) is not None}
        countries = {s for e in self.entities if id(e) in speakers for s in e.sides if s not in _INTERNATIONAL}
        crossing = len(countries) >= 2
        for e, owner in self.possessed:
            if not e.sides and owner.is_body() and len(set(owner.sides)) == 1 and (
                    crossing or owner.sides[0] in _INTERNATIONAL):
                e.sides.append(owner.sides[0])
        if not crossing:
            return
        bodies = [e for e in self.entities if e.is_body() and len(set(e.sides)) == 1 and not e.plural]
        for e in self.entities:
            if e.sides or not e.is_person() or e.plural:
                continue
            for d in e.descriptors:
                found = _SPEAKS_FOR.search(fold(d))
                if found is None:
                    continue
                owner = found.group(1).strip()
                same = [b for b in bodies if any(owner == _DETERMINERS.sub("", fold(x)).strip() for x in b.descriptors)
                        or owner in {fold(n) for n in b.names}]
                if not same and owner in COMPANY_ROLES:
                    same = [b for b in bodies if b.org and set(b.roles) & COMPANY_ROLES]
                if len(same) == 1:
                    e.sides.append(same[0].sides[0])
                    break

    def _fronted_sides(self) -> None:
        """ "Côté belge, la secrétaire d'État à l'Asile, Nathalie Dewinter, a estimé que P": a speaker with no country
        of its own in a sentence opened by a country's side ("Côté belge", "Du côté marocain") or by a capital or
        country it speaks from ("À Madrid, la ministre …", "Depuis Rabat, …"), or any subject of such a sentence, has
        that country."""
        text = self.seg.document.text
        for sp in [*self.seg.speakers, *(m for m in self.seg.mentions if m.subject)]:
            e = self.of.get((sp.start, sp.end)) if sp is not None else None
            if e is None or e.sides or e.plural:
                continue
            opening = max(text.rfind(". ", 0, sp.start), text.rfind("\n", 0, sp.start), -1) + 1
            fronted = _FRONTED_SIDE.match(text, opening + (text[opening] == " " if opening < len(text) else 0))
            if fronted is not None and fronted.end() <= sp.start:
                side = side_of(fronted.group(1)) if fronted.group(1) else place_side(fronted.group(2))
                if side is not None:
                    e.sides.append(side)

    def _named_as_the_one(self, ordered: list[Mention]) -> None:
        """ "« … », s'agace le maire de la commune. L'élu divers gauche – Serge Olivieri, puisque c'est lui qui a lancé
        la pétition – assure que P": a name the text gives as that of the unnamed person just described ("puisque
        c'est lui", "car c'est elle") is that person's, and so is every unnamed description of that person before."""
        text = self.seg.document.text
        for m in ordered:
            x = self.of.get((m.start, m.end))
            if m.kind != "name" or x is None or not x.is_person() or x.plural or not _THE_ONE.match(text, m.end):
                continue
            before = [e for e in self.entities if e is not x and not e.names and not e.org and not e.plural
                      and e.is_person() and e.roles and e.first < m.start
                      and (not e.gender or not x.gender or e.gender == x.gender)
                      and (not x.roles or any(a == b or broader_role(a, b) or broader_role(b, a)
                                              for a in x.roles for b in e.roles))]
            if not before:
                continue
            latest = max(before, key=lambda e: e.first)
            for e in [e for e in before if set(e.roles) == set(latest.roles)]:
                self._redirect(e, x)
                x.last_subject = max(x.last_subject, e.last_subject)
                x.last_seen = max(x.last_seen, e.last_seen)
                self.entities.remove(e)

    def _name_after_title(self, ordered: list[Mention]) -> None:
        """ "La ministre déléguée chargée de l'Organisation des soins a reconnu que P. … Sophie Arnaud-Delmas a par
        ailleurs demandé …": a person first named bare (no title, no apposition) as the subject right after an
        unnamed titled speaker is that speaker, named at last."""
        spoken = {(sp.start, sp.end) for sp in self.seg.speakers if sp is not None}
        firsts: dict[int, Mention] = {}
        for m in ordered:
            e = self.of.get((m.start, m.end))
            if e is not None and id(e) not in firsts:
                firsts[id(e)] = m
        for x in list(self.entities):
            m = firsts.get(id(x))
            called = m is not None and _CALLED.search(self.seg.document.text, max(0, m.start - 30), m.start)
            if m is not None and not m.subject and called:
                m = replace(m, subject=True)  # "La présidente de l'association … raconte-t-elle. Elle s'appelle
                # Françoise Lhoest": the name the text gives her at last
            if m is None or m.kind != "name" or not m.subject or m.descriptor or x.org or x.plural \
                    or len(x.names[0].split()) < 2:  # (first named bare; "le fondateur" after it may be him)
                continue
            # the latest subject or speaker before the name (even one the text goes on to call "la syndicaliste"
            # after it: "La secrétaire générale du SAHS ne décolère pas. Karine Lopez affirme … La syndicaliste
            # assure")
            before = [(self.of.get((b.start, b.end)), b.unit) for b in ordered if b.start < m.start
                      and (b.subject or (b.start, b.end) in spoken)]
            before = [(e, unit) for e, unit in before if e is not None and e is not x]
            if not before:
                continue
            e, unit = before[-1]
            if e.names or e.org or e.plural or not e.roles or unit < m.unit - 2 or not e.is_person() or \
                    e.anonymous and not called or "source" in e.role_kinds or \
                    (e.gender and x.gender and e.gender != x.gender) or not any(
                        _definite_text(d) or _possessive_text(d) for d in e.descriptors):  # ("son directeur des
                # opérations. … Laurent Fabbri affirme"; "Elle s'appelle X" names even one the text brought in by a
                # description with "d'une": "La directrice d'une entreprise tempère : « … » Elle s'appelle Maud R.")
                continue
            e.names.extend(x.names)
            e.gender = e.gender or x.gender
            self._redirect(x, e)
            e.last_subject = max(e.last_subject, x.last_subject)
            e.last_seen = max(e.last_seen, x.last_seen)
            self.entities.remove(x)

    def _headline_quote_repeated(self) -> None:
        """A headline's quotation that the body gives again ("« Mon père a attendu dix-neuf heures sur un brancard »,
        témoigne sa fille", then "« Mon père a attendu dix-neuf heures sur un brancard, dans un couloir … », raconte
        cette habitante", Valérie Cauchois) is the body speaker's, when the headline names nobody."""
        end = self._headline_end()
        # (also the lede's quotation, when the body gives it again: "« … », dénonce un représentant des usagers" in
        # the first paragraph, then "« …, quand nous en avons », affirme Souleymane Tangara, président du collectif")
        lede = self._lede_end()
        words = [set(re.findall(r"\w+", fold(st.text))) for st in self.seg.statements]
        for n, (st, m) in enumerate(zip(self.seg.statements, self.seg.speakers)):
            e = self.of.get((m.start, m.end)) if m is not None and (
                st.start < end or st.start < lede and st.kind == "direct") else None
            if e is None or e.names or (e.org and (_named_body(e) or st.kind == "indirect")) or e.plural or \
                    len(words[n]) < 4:
                continue  # (a bare body word may be the person who speaks for it, in words it quotes: "« … »,
                # accuse l'exploitant"; "…, annonce le gouvernement" is the government's, whoever repeats it)
            same = {id(x): x for k, (other, om) in enumerate(zip(self.seg.statements, self.seg.speakers))
                    if other.start >= max(end, st.end) and om is not None and words[n] <= words[k]
                    and (x := self.of.get((om.start, om.end))) is not None and x is not e and x.names and not x.org
                    and not re.search(r"\bqu(?:e |')\s*" + re.escape(fold(st.text)), fold(other.text))}
            # (not one who gives the words again to answer them: "« Dire que l'alerte a été donnée à temps, c'est se
            # moquer des gens », a indiqué le maire")
            if len(same) == 1:
                self._redirect(e, next(iter(same.values())))

    def _reports_to_authors(self) -> None:
        """A report that speaks ("Le rapport note que P", "Il relève") is its author's when the text names one where
        it brings that report in: "le rapport de la Cour des comptes", "Dans son rapport, la commission d'enquête a
        émis …", "La Cour a publié un rapport" (eval/README.md's conventions); "Le document estime" is the author of
        the report that spoke before."""
        text = self.seg.document.text
        last_author = None
        for e in sorted([e for e in self.entities if not e.names and not e.aliases and e.role_kinds
                         and all(k == "medium" for k in e.role_kinds) and not e.plural], key=lambda e: e.first):
            nouns = [w.group(1) for d in e.descriptors
                     if (w := re.fullmatch(r"(?:le |l'|ce |cet |son |sa |leur )(rapport|document|etude|audit)",
                                           fold(d).strip()))]  # (also "Son rapport relève": the expert's, named)
            if not nouns:
                continue
            if nouns[0] == "document":  # "Le document estime": the report the text has just made speak
                if last_author is None:
                    last_author = self._issuer_just_before(e.first)
                if last_author is not None:
                    self._redirect(e, last_author)
                continue
            own = [span for span, x in self.of.items() if x is e]
            for hit in reversed(list(_REPORT_WORD.finditer(text, 0, e.first))):
                if any(a <= hit.start() < b for a, b in own) or fold(hit.group(0)).rstrip("s") != nouns[0]:
                    continue
                author = self._author_near(hit.start(), hit.end())
                if author is not None and author is not e:
                    self._redirect(e, author)
                    last_author = author
                    break

    def _issuer_just_before(self, start: int) -> Entity | None:
        """The issuer of the document the statement just before ``start`` came from, where the text named it as the
        document's complement ("Le rapport préliminaire de la mission, …, relève que P. Selon le document, Q")."""
        text = self.seg.document.text
        before = [m for st, m in zip(self.seg.statements, self.seg.speakers) if m is not None and m.end <= start]
        if not before or text.rfind("\n\n", 0, start) > before[-1].start:
            return None
        m = before[-1]
        if self._lead_authors() and re.search(r"\betude\b", fold(text[max(0, m.start - 60): m.start])):
            return None  # (a study whose lead author the text names speaks for him: _studies_to_lead_author)
        if re.search(r"\b(?:rapport|etude|note|document|communique|texte|aide-memoire)(?: [\w-]+)? "
                     r"(?:de la|de l'|de|du|des|d')$", fold(text[max(0, m.start - 60): m.start]).rstrip()):
            return self.of.get((m.start, m.end))
        return None

    def _lead_authors(self) -> list[Entity]:
        """The named people the text calls a study's or report's lead author ("coordinatrice de l'étude") or brings in
        as the one who led it ("Coordonnée par la chimiste X, l'étude relève")."""
        text = self.seg.document.text
        return [e for e in self.entities if e.is_person() and e.names and not e.plural and (
            any(_LEAD_AUTHOR.search(fold(d)) for d in e.descriptors)
            or _LED_BY.search(fold(text[max(0, e.first - 40): e.first])))]

    def _studies_to_lead_author(self) -> None:
        """ "Nitrates : la nappe « n'a jamais été aussi contaminée », alerte une étude", "selon une étude de
        l'université d'Orléans", "relève le document", then "Claire Morin-Desbois, hydrogéologue … et coordinatrice
        de l'étude": the study's words are its lead author's, the one person the text calls so (eval/README.md)."""
        leads, text = self._lead_authors(), self.seg.document.text
        if len(leads) != 1:
            return
        lead = leads[0]
        for e in [e for e in self.entities if e is not lead and not e.names and e.descriptors]:
            spans = [span for span in self.speaker_spans if self.of.get(span) is e]
            study = not e.aliases and all(_STUDY.fullmatch(fold(d).strip()) for d in e.descriptors)
            issuer = bool(spans) and e.is_body() and all(
                re.search(r"\b(?:etude|rapport)\s+(?:de la|de l'|du|de|d')$", fold(text[max(0, a - 40): a]).rstrip())
                or _STUDY.fullmatch(fold(text[a: b]).strip())
                for a, b in spans)  # "selon une étude de l'université d'Orléans": the study it published (and
            # "l'étude relève" after it)
            if spans and (study or issuer):
                self._redirect(e, lead)

    def _releases_to_the_dispatchs_company(self) -> None:
        """ "Selon un communiqué publié jeudi, P" naming no issuer (and "Le texte précise", "ajoute le document" after
        it), or "précise le communiqué" where the text brought in no document before, is the company or body the
        dispatch is about (eval/README.md's conventions): the named body the headline names, first in the text
        ("Le sidérurgiste français Forgeval a annoncé jeudi …", "…, prévient le SECO")."""
        end, text = self._headline_end(), self.seg.document.text
        if not end:
            return
        headline = fold(text[:end])
        named = sorted((e for e in self.entities if (e.names or e.org and _named_body(e)) and not e.plural and not any(
            k in PERSON_KINDS for k in e.role_kinds) and not any(_first_name(n.split()[0]) for n in e.names) and any(
            re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", headline)
            for n in [fold(n) for n in e.names] + [_DETERMINERS.sub("", fold(d)) for d in e.descriptors[:1]] if n)),
            key=lambda e: e.first)
        for e in [e for e in self.entities if not e.names and not e.aliases and e.descriptors and not e.plural]:
            first = fold(e.descriptors[0]).strip()
            if not named or named[0].first > e.first or not any(self.of.get(span) is e for span in self.speaker_spans):
                continue
            if _ISSUERLESS.fullmatch(first):
                after = fold(re.split(r"[,.;:]", text[e.first: e.first + 120])[0])
                if re.search(r"\b(?:par|de|du|des|d')\b", after.split(" ", 2)[-1] if after.count(" ") >= 2 else ""):
                    continue  # (not "un communiqué publié mardi soir par le FMI")
            elif not re.fullmatch(r"(?:le|la) (?:communique|texte|document|note)", first) or re.search(
                    r"\b(?:communique|lettre|courrier|message|declaration|texte|rapport|etude|note|document)s?\b",
                    fold(text[end: e.first])):
                continue
            self._redirect(e, named[0])

    def _unnamed_media(self) -> list[Entity]:
        """The documents and messages the text makes speak with no name of their own ("un communiqué", "un message")."""
        return [e for e in self.entities if not e.names and not e.aliases and e.descriptors and e.role_kinds
                and all(k == "medium" for k in e.role_kinds)]

    def _fronted_release_to_its_subject(self, ordered: list[Mention]) -> None:
        """ "Dans un communiqué parvenu à notre rédaction, Passoré Gold affirme que P. Le même communiqué précise que
        Q": the release the sentence opens with is its subject's, and so is what "le même communiqué" says."""
        text = self.seg.document.text
        for e in self._unnamed_media():
            if not re.fullmatch(r"(?:un|une|son|sa|leur) (?:communique|message|lettre|courrier|note|declaration)",
                                fold(e.descriptors[0]).strip()) or \
                    not re.search(r"(?:^|\n|\. )(?:[Dd]ans|[Pp]ar)\s+$", text[max(0, e.first - 8): e.first]):
                continue
            first = next((m for m in ordered if m.start == e.first), None)
            subject = next((x for m in ordered if first is not None and m.start > first.end and m.unit == first.unit
                            and m.subject and (x := self.of.get((m.start, m.end))) is not None and x is not e
                            and (x.is_person() or x.is_body())), None)
            if subject is not None:
                self._redirect(e, subject)

    def _page_message_to_its_holder(self) -> None:
        """ "Sur la page Facebook du collectif Koulkoanga Debout, un message publié dimanche assure que P": the account
        holder's (eval/README.md's conventions)."""
        text = self.seg.document.text
        for e in self._unnamed_media():
            if not re.fullmatch(r"une? (?:message|publication|post|texte|video)", fold(e.descriptors[0]).strip()):
                continue
            start = max(text.rfind("\n", 0, e.first), text.rfind(". ", 0, e.first)) + 1
            page = re.search(r"[Ss]ur (?:la page Facebook|le compte \w+|son compte \w+|le site(?: internet)?) "
                             r"(du |de la |de l['’]|de |d['’])([^,]{2,80}),\s*$", text[start: e.first])
            if page is None:
                continue
            a = start + page.start(2)
            holder = next((x for (sa, sb), x in self.of.items() if x is not None and x is not e and sa <= a < sb), None)
            if holder is not None:
                self._redirect(e, holder)
            elif page.group(2)[:1].islower() and page.group(2).split()[0].lower() in _PASSING_KINDS or \
                    page.group(2)[:1].isupper():
                det = {"du ": "le ", "de la ": "la ", "de l'": "l'", "de l’": "l’"}.get(page.group(1), "")
                e.descriptors.insert(0, det + page.group(2))
                e.org = True

    def _seat_body(self, m: Mention) -> Entity | None:
        """ "La Commission européenne se montre encore plus pessimiste … Bruxelles estime en outre que P": a seat right
        after the body it stands for (its subject in the paragraph, at most two sentences before) is that body."""
        pattern = _SEATS.get(fold(m.text))
        if pattern is None:
            return None
        text = self.seg.document.text
        for e, unit in reversed(self.subjects):
            if unit < m.unit - 2 or "\n" in text[max(e.last_subject, 0): m.start]:
                break
            if any(pattern.search(fold(d)) for d in e.descriptors + e.names):
                return e
        return None

    def _author_near(self, start: int, end: int) -> Entity | None:
        """The author of a report named at ``start``-``end``: a complement right after it ("rapport de la Cour des
        comptes"), else the first subject of its sentence that is a person or a body."""
        text = self.seg.document.text
        spans = sorted(self.of)
        after = next(((a, b) for a, b in spans if a >= end), None)
        if after is not None and re.fullmatch(r"\s*(?:(?:publié|rendu|remis)e?s?\s+)?(?:de la |de l['’]|du |des |de |d['’])\s*",
                                              text[end:after[0]]):
            e = self.of[after]
            if e is not None and (e.is_body() or e.is_person()):
                return e
        if after is not None and _AUTHORED_BY.fullmatch(fold(text[end:after[0]])):
            e = self.of[after]  # "du rapport publié lundi par l'Observatoire …", "l'étude réalisée par X"
            if e is not None and (e.is_body() or e.is_person()):
                return e
        body = _REPORT_ISSUER.match(text, end)
        words = fold(body.group(2)).split() if body is not None else []
        if body is not None and (body.group(2)[:1].isupper() or any(
                getattr(titles().get(" ".join(words[:n])), "kind", None) == "org" for n in (1, 2, 3, 4))):
            # "a brandi le rapport de la chambre régionale des comptes de Corse, publié en octobre": that body, which
            # the text made no mention of, not the person who brandished it
            name = _ARTICLE_OF[fold(body.group(1)).strip()] + body.group(2)
            known = next((x for x in self.entities if any(fold(d) == fold(name) for d in x.descriptors + x.names)),
                         None)
            return known or self._new(Mention(body.start(2), body.end(2), name, "org", descriptor=name,
                                              role_kind="org"))
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        stops = [m.end() for m in re.finditer(r"[.!?»]\s+(?=[A-ZÀ-Ý«])", text[line_start:start])]
        s_start = line_start + (stops[-1] if stops else 0)
        stop = re.search(r"[.!?](?:\s|$)", text[end:line_end])
        s_end = end + stop.start() if stop else line_end
        mentions = sorted(self.seg.mentions + [m for m in self.seg.speakers if m is not None], key=lambda m: m.start)
        for m in mentions:
            if s_start <= m.start and m.end <= s_end and m.subject and m.role_kind != "medium" and m.kind != "pronoun":
                e = self.of.get((m.start, m.end))
                if e is not None and (e.is_body() or e.is_person()):
                    return e
        return None

    def _redirect(self, old: Entity, new: Entity) -> None:
        """Every mention resolved to ``old`` is ``new``'s."""
        for key, value in self.of.items():
            if value is old:
                self.of[key] = new

    def _spell_out_acronyms(self) -> None:
        """A body named only by its acronym ("La FQSI affirme …") is the body the text spelled out before that
        acronym, even inside someone's description ("La présidente de la Fédération québécoise des soins infirmiers
        (FQSI), Josée Brassard-Lemieux"): it is named in full."""
        text = self.seg.document.text
        for e in self.entities:
            if e.descriptors or len(e.names) != 1 or not _ACRONYM.fullmatch(e.names[0]):
                continue
            acronym = e.names[0]
            full = re.search(r"(?:\b[Ll]a |\b[Ll]e |\b[Ll]es |\b[Ll]['’]|\bdu |\bdes )((?:[A-ZÀ-Ý][\w'’-]*)"
                             r"(?:[ \u00a0]+[\w'’-]+){0,10}?)[ \u00a0]*\(" + re.escape(acronym) + r"\)", text)
            # (never over a line break: "…, prévient le SECO\n\nLe Secrétariat d'Etat à l'économie (SECO)")
            if full is not None and full.group(1).split()[0].lower() not in ("m.", "mme"):
                e.org = True
                e.aliases.add(fold(acronym))
                e.descriptors.insert(0, f"{full.group(1)} ({acronym})")

    def _headed_body(self, m: Mention) -> Entity | None:
        """ "…, tacle Rachid Benhamou, président de Vigilance Conso. L'association affirme …": with no body of that
        kind before, the body named in the description of the person just the subject, as a body of its own."""
        if m.role not in _MEMBER_BODIES:
            return None
        person = self.subjects[-1][0] if self.subjects and self.subjects[-1][1] >= m.unit - 1 else None
        for d in person.descriptors if person is not None and person.is_person() else []:
            kind_named = _CAPITAL_KIND_BODY.search(d)
            if kind_named is not None and fold(kind_named.group(2)) == m.role and \
                    _DETERMINERS.sub("", fold(d)).split()[0] in _BODY_HEADS:
                # "président du Syndicat des éleveurs ovins de la Drôme … le syndicat affirme": that syndicate, not
                # "Drôme"
                e = self._new(m)
                e.names.append(kind_named.group(1))
                return e
            body = _HEADED_BODY.search(d)
            kind = fold(body.group(1).split()[0]) if body is not None else ""
            if body is not None and not place_side(body.group(1)) and \
                    _DETERMINERS.sub("", fold(d)).split()[0] in _BODY_HEADS and \
                    (kind == m.role or kind not in _MEMBER_BODIES | _NAMED_BODIES):  # not "de l'Office" for "le club"
                e = self._new(m)
                e.names.append(body.group(1))
                return e
        # "Hassan Ouchrif, président de l'Association Lbhalil pour l'environnement …" earlier in the article, then
        # "L'association affirme": the one body of that kind named in a person's description
        named = {body.group(1) for e in self.entities if e.is_person() and e.first < m.start
                 for d in e.descriptors for part in d.split(",")
                 if set(_DETERMINERS.sub("", fold(part.strip())).split()[:1]) & _BODY_HEADS
                 and (body := _KIND_NAMED_BODY.search(part)) is not None and fold(body.group(1).split()[0]) == m.role}
        if len(named) == 1:
            e = self._new(m)
            e.names.append(named.pop())
            return e
        return None

    def _body_with_acronym_described(self, m: Mention) -> Entity | None:
        """ "Paul Tazi, ancien cadre de l'Office national des forêts (ONF). Selon l'office, P": the one body of that
        kind named with its acronym in the description of a person named before, as a body of its own."""
        named = {body.group(1) for e in self.entities if e.is_person() and e.first < m.start
                 for d in e.descriptors for body in _BODY_AND_ACRONYM.finditer(d)
                 if _DETERMINERS.sub("", fold(body.group(1))).split()[:1] == [m.role]}
        if len(named) != 1:
            return None
        e = self._new(m)
        e.names.append(named.pop())
        return e

    def _staff_company(self, m: Mention) -> Entity | None:
        """ "Stéphane Guerrier, le PDG d'Aéris, … la compagnie a indiqué", "Patrick Delorme, directeur général de
        Mobilis, … D'après la direction": with no company named as a body before, the one company whose head a person's
        description gives, before or after (a company's head: PDG, directeur, administrateur, patron, dirigeant), as a
        body of its own (or the body of that name already there)."""
        found: dict[str, str] = {}
        for e in self.entities:  # (named before or after: a headline's "la compagnie annonce")
            if not e.is_person():
                continue
            for d in e.descriptors:
                for part in d.split(","):
                    words = _DETERMINERS.sub("", fold(part.strip())).split()
                    body = _HEADED_BODY.search(part.strip())
                    if words and words[0] in _COMPANY_HEADS and body is not None and not place_side(body.group(1)):
                        found[fold(body.group(1))] = body.group(1)
        if len(found) != 1:
            return None
        key, name = next(iter(found.items()))
        same = next((e for e in self.entities if e.is_body() and any(fold(n) == key for n in e.names)), None)
        if same is not None:
            return same
        e = self._new(m)
        e.names.append(name)
        return e

    def _one_of_country(self, m: Mention, keep) -> Entity | None:
        """The one named person of ``m``'s country (and gender) that ``keep`` accepts, or None."""
        same = [e for e in self.entities if e.names and not e.org and m.side in e.sides and keep(e)
                and (not m.gender or not e.gender or m.gender == e.gender)]
        return same[0] if len(same) == 1 else None

    def _defendant(self, m: Mention) -> Entity | None:
        """ "le prévenu", "l'accusée" that no one was called before: the one named person the text puts on trial where
        it names them ("Mehdi K., 27 ans, assis dans le box", "Il se tient très droit à la barre. Laurent Brissac, 58
        ans, …", "jugé pour …"), of that gender; None when there is not exactly one."""
        text = self.seg.document.text
        found = []
        for e in self.entities:
            if not (e.names and e.is_person() and not e.plural and e.first < m.start and _agrees(m, e)) or \
                    set(e.roles) & _COURT_ROLES:
                continue
            # the sentence that names them, and the end of the one before ("… à la barre. Laurent Brissac, 58 ans")
            start = max(text.rfind(". ", 0, e.first), text.rfind("\n", 0, e.first)) - 120
            end = min(k for k in (text.find(". ", e.first), text.find("\n", e.first), len(text)) if k >= 0)
            if _ON_TRIAL.search(text[max(start, 0): end]):
                found.append(e)
        return found[0] if len(found) == 1 else None

    def _named_in_passing(self, m: Mention, words: frozenset[str] = _COMPANY_WORDS) -> Entity | None:
        """ "Chez Aérostruct, … selon la direction", "pour le compte d'Océanis Naval, maître d'œuvre du chantier, … a
        indiqué le groupe": with no company a mention named, the one company the text names where it made no mention
        — after a company word ("l'usine Aérostruct", "chez", "l'action Néphronix") or before one in apposition
        ("Alpes Neige Exploitation, la société qui …") — the most named on a tie-free count; None when there is none.
        With other ``words``, a body of those kinds ("le label Vortex Records" for "Le label")."""
        text = self.seg.document.text
        counts: Counter = Counter()
        spelled: dict[str, str] = {}
        for found in _kind_named(words).finditer(text):
            if found.group(0)[:4].lower() == "chez" and words is not _COMPANY_WORDS:
                continue
            if found.group("adj") and fold(found.group("adj")) not in nationality_adjectives():
                continue  # "l'ONG belge Nucléaire Transparence" (a nationality), not "l'usine texane X"
            if re.match(r"(?:la )?chaine\b", fold(found.group(0))) and re.search(
                    r"\b(?:a|sur|de)(?: la)?$", fold(text[max(0, found.start() - 8): found.start()]).rstrip()):
                continue  # "a déclaré à la chaîne GloboNews": a television channel spoken to, no company
            name = (found.group(2) or found.group(3)).strip()  # (group 1: a nationality)
            first = name.split()[0]
            if first.isupper() and len(first) <= 4 and len(name.split()) == 1 and fold(name) in _PARTY_ACRONYMS:
                continue
            if _first_name(first) or fold(first) in titles() or place_side(name) or fold(name) in sides() or \
                    fold(name) in media_names():
                continue
            key = fold(name)
            spelled.setdefault(key, name)
            counts[key] += len(re.findall(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text))
        if not counts:
            return None
        ranked = counts.most_common(2)
        key = ranked[0][0]
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            # a tie: the one named just before, in the last few hundred characters ("L'action Néphronix a chuté. La
            # société affirme …")
            last = {k: max((x.start() for x in re.finditer(re.escape(spelled[k]), text[: m.start])), default=-1)
                    for k, n in counts.items() if n == ranked[0][1]}
            key = max(last, key=last.get)
            if last[key] < m.start - 400:
                return None
        same = next((e for e in self.entities if e.is_body() and any(fold(n) == key for n in e.names)), None)
        if same is not None:
            return same
        e = self._new(m)
        e.names.append(spelled[key])
        return e

    def _counterpart_roles(self, e: Entity) -> None:
        """ "Le Premier ministre grec, Stavros Kalamaris, … Son homologue néerlandais, Jeroen Van der Wiel": a
        counterpart holds the last subject's office, so that "le chef du gouvernement néerlandais" is him."""
        ref = next((x for x, _ in reversed(self.subjects) if x is not e and x.is_person()), None)
        for role, kind in zip(ref.roles, ref.role_kinds) if ref is not None else []:
            if role != "homologue" and role not in e.roles:
                e.roles.append(role)
                e.role_kinds.append(kind)

    def _headline_end(self) -> int:
        """The end of the document's headline (its first line, when short and with no final period), else 0."""
        text = self.seg.document.text
        end = text.find("\n")
        line = text[:end].strip() if end > 0 else ""
        return end if 0 < len(line) <= 200 and not line.endswith(".") else 0

    def _apposed_title(self, x: Entity, e: Entity, end: int) -> bool:
        """Does the body give ``x`` the headline description of ``e`` in an apposition to the name, even in passing
        ("…, assure le chauffeur", then "Le procès de Gérald Moncel, 58 ans, chauffeur d'autocar poursuivi …")?"""
        words = {_DETERMINERS.sub("", fold(d)).split()[0] for d in e.descriptors if _DETERMINERS.sub("", fold(d))}
        text = fold(self.seg.document.text[end:])
        return any(re.search(re.escape(fold(n)) + r",(?: \d+ ans,)? (?:(?:un|une|le|la|l') ?)?" + re.escape(w) + r"\b",
                             text) for n in x.names for w in words)

    def _bare_body_named_in_passing(self) -> None:
        """ "à l'appel du Collectif citoyen contre la vie chère", then "d'après le collectif": a bare body word is the
        one body of that kind the text named before, even where it made it no speaker (a complement)."""
        text = self.seg.document.text
        for e in [e for e in self.entities if e.org and not e.names and not e.aliases and not e.plural and e.descriptors
                  and all(re.fullmatch(r"(?:le |la |l')\w+", fold(d).strip()) for d in e.descriptors)]:
            kind = _DETERMINERS.sub("", fold(e.descriptors[0])).strip()
            if kind not in _PASSING_KINDS:
                continue
            found = {m.group(2): m.group(1) for m in re.finditer(
                r"\b(du |de la |de l'|le |la |l')(" + _PASSING_KINDS[kind] + r"\s+[^,.;:()«»\"“”\n]+?)"
                r"(?=\s*[,.;:(]|\s+(?:a|ont|qui|et|est|avait)\b)", text[: e.first])}
            if len(found) == 1:
                name, det = next(iter(found.items()))
                det = {"du ": "le ", "de la ": "la ", "de l'": "l'"}.get(det, det.lower())
                e.descriptors.insert(0, det + name)

    def _bare_title_named_in_apposition(self) -> None:
        """ "Une infirmière avait donné l'alerte", then a section heading "Nadia Bouchez, l'infirmière qui a sonné
        l'alarme", then "L'infirmière refuse …": a bare title no one else bears is the one person the text gives it in
        an apposition to the name."""
        for e in [e for e in self.entities if not e.names and not e.aliases and e.is_person() and not e.plural
                  and e.roles and e.descriptors and all(len(_DETERMINERS.sub("", fold(d)).split()) == 1
                                                        for d in e.descriptors)]:
            named = [x for x in self.entities if x is not e and x.names and x.is_person() and not x.plural
                     and (not e.gender or not x.gender or e.gender == x.gender) and not set(x.roles) - set(e.roles)
                     and self._apposed_title(x, e, 0)]
            if len(named) == 1:
                self._redirect(e, named[0])

    def _headline_to_body(self) -> None:
        """A headline's unnamed speaker ("…, témoigne un éleveur de Marcenat", "…, plaide l'éleveur") is the one
        person the body names and calls by that title ("Thierry Delpuech … lâche l'éleveur"); until then a body's
        description does not stop at the headline's ("Yann Le Bihan déplie les plans. L'éleveur …" is Yann Le
        Bihan), and a plural one ("regrettent les vignerons") is no one person."""
        end = self._headline_end()
        for e in [e for e in self.entities if not e.names and e.is_person() and not e.plural and e.first < end
                  and e.roles]:
            named = [x for x in self.entities if x is not e and x.names and x.is_person() and x.first >= end
                     and (set(x.roles) & set(e.roles) if e.last_seen < end else self._apposed_title(x, e, end))
                     and (not e.gender or not x.gender or e.gender == x.gender)]
            if len(named) == 1:
                self._redirect(e, named[0])
        # a headline's body ("…, le syndicat promet …") is the one body of that kind the article names ("Le Syndicat
        # unique de l'eau de Guadeloupe (SUEG)")
        for e in [e for e in self.entities if e.org and not e.names and not e.aliases and e.first < end]:
            key = [_DETERMINERS.sub("", fold(d)).split()[:1] for d in e.descriptors[:1]]
            named = [x for x in self.entities if x is not e and x.org and _named_body(x) and x.first >= end
                     and key and any(_DETERMINERS.sub("", fold(d)).split()[:1] == key[0] for d in x.descriptors)]
            if len(named) == 1:
                self._redirect(e, named[0])

    def _host_country(self, counts: Counter) -> str | None:
        """The country a story happens in: its wire dateline's ("BAMAKO, 12 mars 2027 (AFP) -"), else the country the
        text names most (``counts``: its ``country_mentions(story=True)``), when it names it at least twice and more
        often than any other."""
        text = self.seg.document.text
        dated = dateline_of(text)
        if dated is not None:
            side = place_side(re.split(r"[,(]", dated.group(0))[0].strip())
            if side and re.fullmatch(r"[A-Z]{2}", side) and side not in _INTERNATIONAL:
                return side
        for para in text.split("\n\n")[:6]:
            # a Canadian daily's dateline in parentheses: "(Ottawa) Le torchon brûle entre Ottawa et Washington"
            place = re.match(r"\(([A-ZÀ-Ý][\wÀ-ÿ'’. -]{1,30})\)\s+[A-ZÀ-Ý«]", para.strip())
            side = place_side(place.group(1)) if place is not None else None
            if side and re.fullmatch(r"[A-Z]{2}", side) and side not in _INTERNATIONAL:
                return side
        ranked = counts.most_common(2)
        if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None

    def _new(self, m: Mention, anonymous: bool = False) -> Entity:
        e = Entity(self.doc, plural=m.plural, org=m.kind == "org", anonymous=anonymous, first=m.start)
        e.add(m)
        self.entities.append(e)
        return e

    def _named(self, m: Mention) -> None:
        key = fold(m.name)
        for e in self.entities:
            # (a body whose mention gave its name inside its description: "Selon Hanseo" after "Le constructeur
            # automobile sud-coréen Hanseo Motors")
            described = e.org and m.kind == "name" and not place_side(m.name) and any(
                re.search(r"(?<![\w-])" + re.escape(m.name) + r"(?![\w-])", d) and not d[:1].islower()
                and _DETERMINERS.match(d) for d in e.descriptors)
            if not e.names and not e.aliases and not described:
                continue
            if m.kind == "org" or e.org:
                if e.org and (key in e.aliases or any(fold(n) == key for n in e.names) or described
                              or m.kind == "org" and any(fold(n) == key for n in e.descriptors)
                              or m.kind == "name" and _definite(m) and len(key.split()) == 1 and any(
                                  _DETERMINERS.sub("", fold(d)).split()[:1] == [key] for d in e.descriptors)
                              or m.kind == "name" and e.org and not place_side(m.name) and any(
                                  fold(n).split()[:len(key.split())] == key.split() for n in e.names)):
                    # ("l'Office" after "L'Office québécois de la langue française (OQLF)"; "Northkeel" after
                    # "Northkeel Resources")
                    self.of[(m.start, m.end)] = e
                    e.add(m)
                    return
                continue
            tokens = set(key.split())
            if any(tokens <= set(fold(n).split()) or set(fold(n).split()) <= tokens or _initialled(key, fold(n))
                   or _initialled(fold(n), key) for n in e.names):
                self.of[(m.start, m.end)] = e
                e.add(m)
                return
        e = self._new(m)
        if m.kind == "org":
            e.names.append(m.name)
        self.of[(m.start, m.end)] = e

    def _relay_only(self, e: Entity) -> bool:
        """Is ``e`` named only as the outlet that relayed someone's words ("Selon des propos rapportés par France Bleu
        Normandie, ce dernier affirme": no one "ce dernier" could be)?"""
        text = self.seg.document.text
        spans = [a for (a, _), x in self.of.items() if x is e]
        return bool(spans) and all(_RELAYED_BY.search(text, max(0, a - 80), a) for a in spans)

    def _pronoun(self, m: Mention) -> Entity | None:
        if m.text == "on":
            return None
        if m.text in ("celui-ci", "celle-ci", "ce dernier", "cette dernière"):
            # "the latter": the person last mentioned, subject or not ("… ont rencontré le préfet, Hervé Delaunay.
            # Celui-ci a indiqué …")
            seen = [e for e in self.entities if 0 <= e.last_seen < m.start and e.plural == m.plural
                    and (e.is_person() or _described_agent(e)) and e.gender in (None, m.gender)
                    and not self._relay_only(e)]
            if seen:
                return max(seen, key=lambda e: (e.last_seen, e.gender == m.gender))
        subjects = [e for e in self.entities if 0 <= e.last_subject < m.start and e.plural == m.plural]
        if re.fullmatch(r"-?(?:il|elle|ils|elles)", m.text.lower()):
            # "Le document évoquait des « failles ». Il assure que P": a document the text made no speaker of (a noun
            # object is no statement) is not whom a subject pronoun means
            subjects = [e for e in subjects if not self._mute_document(e)]
        if fold(m.text).split()[0] in ("son", "sa", "ses", "leur", "leurs"):
            # "D'après ses calculs": the owner is the latest subject, person or body
            return max(subjects, key=lambda e: e.last_subject, default=None)
        if re.fullmatch(r"il|elle", m.text.lower()) and m.gender and \
                "-" not in self.seg.document.text[max(m.start - 1, 0): m.start + 1]:  # (not "affirme-t-elle")
            # "Même constat chez l'ONG Mare Aperto, qui affrète deux navires : dans un communiqué, elle affirme que P":
            # the body named earlier in the pronoun's own sentence, of its gender, when no person is named there
            here = [e for e, unit in self.seen if unit == m.unit and e.first < m.start]
            bodies = [e for e in here if e.is_body() and not e.plural and e.gender == m.gender]
            if bodies and not any(e.is_person() for e in here):
                return bodies[-1]
        people = [e for e in subjects if e.is_person()]
        latest = max(subjects, key=lambda e: e.last_subject, default=None)
        latest_unit = next((u for e, u in reversed(self.subjects) if e is latest), None)
        if latest is not None and latest.is_body() and any(
                e.is_person() and u == latest_unit and e.plural == m.plural and e.gender in (None, m.gender)
                and e.last_subject < latest.last_subject for e, u in self.subjects):
            # "Le maire, Benoît Arsène, a demandé que l'État « reprenne la main ». Il a déclaré …": the body is the
            # subject of a clause of the person's sentence, the person its subject
            latest = None
        if latest is not None and latest.is_body() and m.gender and latest.gender == m.gender and \
                not (latest.org and self._speaks_as_one(m)) and (
                re.fullmatch(r"-?(il|elle|ils|elles)", m.text.lower()) or m.text.lower() in ("lui", "eux") and any(
                    e is latest and unit >= m.unit - 1 for e, unit in self.subjects)):
            # "La mission d'observation de l'UA, qui a déployé 60 observateurs, dresse un tableau contrasté. Dans sa
            # déclaration, elle relève que …": the body just named, of that gender, is the subject pronoun's (and a
            # stressed pronoun's, when it was the subject of this sentence or the one before: "Le comité va plus
            # loin. Pour lui, P")
            return latest
        fitting = [e for e in people if m.gender is None or e.gender in (m.gender, None)]
        if m.gender is not None and any(e.gender == m.gender for e in fitting):
            # "Le président du club, Yannick Orsini, a demandé que Montpellier perde … « … », a-t-il déclaré": a one-word
            # name of unknown gender and no person's title (a town, a club, a company) is no person a gendered pronoun
            # means when a person of that gender is at hand
            fitting = [e for e in fitting if e.gender is not None or not e.names or any(" " in n for n in e.names)
                       or any(k in PERSON_KINDS for k in e.role_kinds)]
        tiers = [
            # a subject of the right gender, or of unknown gender if more recent ("Florentin Adjovi a dénoncé une
            # « mascarade ». « … », a-t-il lancé": a first name the list lacks)
            fitting,
            # "X a rencontré la chancelière Angela Merkel. « … », a-t-elle déclaré": a person of that gender, even
            # one who was not a subject
            [e for e in self.entities if 0 <= e.last_seen < m.start and e.is_person() and e.plural == m.plural
             and m.gender is not None and e.gender == m.gender],
            # never a person of the other gender: "elle" after "Paul Roux" stays unresolved rather than wrong
            [e for e in subjects if m.gender is None or e.gender in (None, m.gender) or not e.is_person()],
        ]
        for n, cands in enumerate(tiers):
            if len(cands) > 1:
                # "« Inès en a deux, pas trois », sourit-elle": not the one her own words speak of by name
                cands = [e for e in cands if not self._named_in_own_words(m, e)] or cands
            if cands:
                best = max(cands, key=lambda e: e.last_seen if n == 1 else e.last_subject)
                if n == 0:
                    best = self._introduced_before(m, best) or best
                return best
        return None

    def _own_statements(self, m: Mention) -> list[Statement]:
        """The statements whose speaker is the mention ``m``."""
        return [st for st, sp in zip(self.seg.statements, self.seg.speakers)
                if sp is not None and (sp.start, sp.end) == (m.start, m.end)]

    def _named_in_own_words(self, m: Mention, e: Entity) -> bool:
        """Do the words of the statements whose speaker ``m`` names call ``e`` by a part of its name ("« Inès en a
        deux », sourit-elle": not Inès Delcourt)?"""
        words = " ".join(st.text for st in self._own_statements(m))
        # (not a word that also names a body: "Anne-Sophie Delfort … rappelant que Delfort avait investi", the group)
        bodies = {fold(n) for x in self.entities if x.org for n in x.names}
        return bool(words) and any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", words)
                                   for n in e.names for w in n.split() if len(w) > 2 and w[:1].isupper()
                                   and fold(w) not in bodies)

    def _speaks_as_one(self, m: Mention) -> bool:
        """Does the speaker ``m`` names say "je" / "moi" in their quoted words ("« Et moi aussi j'en ai deux », sourit-
        elle")? Then a singular pronoun means a person, not the body named before."""
        return not m.plural and any(st.kind == "direct" and _FIRST_PERSON.search(st.text) is not None
                                    for st in self._own_statements(m))

    def _mute_document(self, e: Entity) -> bool:
        """Is ``e`` a document ("le document", "l'audit", "le rapport"), not an outlet, that no statement has as its
        speaker so far?"""
        return bool(e.roles) and all(k == "medium" for k in e.role_kinds) and \
            not any(r in ("journal", "quotidien", "medias") for r in e.roles) and \
            not any(self.of.get(span) is e for span in self.speaker_spans)

    def _latest_subject(self, m: Mention, fits) -> Entity | None:
        """The latest subject or speaker in ``m``'s sentence or the two before that ``fits``."""
        for e, unit in reversed(self.subjects):
            if unit < m.unit - 2:
                break
            if fits(e):
                return e
        return None

    def _of_age(self, m: Mention, low: int, high: int) -> Entity | None:
        """ "le quinquagénaire", "Aux yeux du septuagénaire": the person the sentences just before had as their
        subject, unless the text gave them an age outside that decade; then the person last named with an age in it
        ("Hervé Lemonnier, 56 ans", "Odette Lavergne (81 ans)")."""
        text = self.seg.document.text
        ages: dict[int, tuple[int, int]] = {}  # entity id -> (offset, age) of its latest mention with an age
        people = {}
        for (a, b), e in self.of.items():
            if e is None or b > m.start or not e.is_person() or e.plural or not _agrees(m, e):
                continue
            people[id(e)] = e
            age = re.match(r"\s*(?:,\s*|\(\s*)(\d{2,3})\s*ans\b", text[b:b + 16])
            if age and a >= ages.get(id(e), (-1, 0))[0]:
                ages[id(e)] = (a, int(age.group(1)))
        recent = self._latest_subject(m, lambda e: id(e) in people)
        if recent is not None and (id(recent) not in ages or low <= ages[id(recent)][1] <= high):
            return recent
        aged = [(a, people[k]) for k, (a, age) in ages.items() if low <= age <= high]
        return max(aged, key=lambda x: x[0])[1] if aged else None

    def _concerned(self, m: Mention) -> Entity | None:
        """ "l'intéressé(e)": the one person the statements just before speak of ("…, avant d'affirmer que
        l'amendement avait été rédigé au ministère, et non par le rapporteur. L'intéressé a démenti"), else the
        speaker of the latest statement ("X a démenti … L'intéressé maintient que …")."""
        recent = [(st, sp) for st, sp in zip(self.seg.statements, self.seg.speakers)
                  if sp is not None and st.start < m.start and sp.start != m.start and sp.unit >= m.unit - 2]
        if not recent:
            return None
        last = self.of.get((recent[-1][1].start, recent[-1][1].end))
        # (what the latest speaker said about someone else: their statements just before)
        recent = [(st, sp) for st, sp in recent if self.of.get((sp.start, sp.end)) is last]
        words = set(re.findall(r"[\w'-]+", " ".join(fold(st.text) for st, _ in recent)))

        def fits(e: Entity) -> bool:
            return e.is_person() and not e.plural and e.first < m.start and _agrees(m, e)

        # the one person mentioned since the latest speaker spoke: "« … », plaide Me X, avocate de Y. L'ancien PDG, 78
        # ans, s'est présenté à la barre. « … », lâche l'intéressé" is the former CEO
        since = [e for e in self.entities if fits(e) and e is not last and recent[-1][1].end <= e.last_seen < m.start]
        if len(since) == 1:
            return since[0]
        spoken_of = [e for e in self.entities if fits(e) and e is not last and (
            (e.surname and e.surname in words) or any(fold(r) in words for r in e.roles))]
        if len(spoken_of) == 1:
            return spoken_of[0]
        return last if last is not None and fits(last) else None

    def _member_of(self, m: Mention) -> Entity | None:
        """ "le coureur d'Armor Cycling" after "le Breton Erwan Le Goff (Armor Cycling)": the one named person before
        whose description names that team or body, whatever the role word."""
        if m.kind != "anaphor" or not _definite(m) or m.plural or m.role_kind != "person":
            return None
        comp = _NAMED_COMPLEMENT.search(m.text)
        if comp is None:
            return None
        key = fold(comp.group(1))
        cands = [e for e in self.entities if e.is_person() and e.names and e.first < m.start and not e.plural
                 and (not m.gender or not e.gender or m.gender == e.gender)
                 and any(re.search(r"\(" + re.escape(key) + r"\)", fold(d)) for d in e.descriptors)]
        if not cands:
            # "la Lyonnaise" before, then "La gymnaste du Pôle France de Lyon affirme": the one named person whose
            # demonym comes from the complement's place
            places = [w for w in key.split() if len(w) >= 4]
            cands = [e for e in self.entities if e.is_person() and e.names and e.first < m.start and not e.plural
                     and (not m.gender or not e.gender or m.gender == e.gender)
                     and any(re.fullmatch(r"(?:la |le |l')?" + re.escape(p) + r"[a-z]{2,6}", fold(d))
                             for d in e.descriptors for p in places)]
        return cands[0] if len(cands) == 1 else None

    def _introduced_before(self, m: Mention, subject: Entity) -> Entity | None:
        """A quotation's "a-t-il déclaré" right after the sentence that introduces a named person of that gender who
        is not its subject ("Parmi les victimes figure le maillot jaune, le Danois Mikkel Sandvad. « … », a-t-il
        déclaré"), when no mention of that gender is that sentence's subject: that person, not an older subject. (A
        subject pronoun, "Il a reçu le maire, Jean Dupont", is no mention; checking for one as well lowered the
        speaker accuracy of one annotated set and raised none.)"""
        if not m.gender or (m.start, m.end) not in self.speaker_spans:
            return None
        prev = m.unit - 1
        if any(u == prev and e.is_person() and e.gender in (m.gender, None) and e.plural == m.plural
               for e, u in self.subjects):
            return None
        first_unit: dict[int, int] = {}
        for e, u in self.seen:
            first_unit.setdefault(id(e), u)
        new = [e for e in self.entities if first_unit.get(id(e)) == prev and e.is_person() and e.names
               and e.gender == m.gender and e.plural == m.plural and e is not subject and _known_person(e)
               and not self._named_in_own_words(m, e)]
        # (not "le Rhin", a capitalised word after an article: "le tram, qui franchit le Rhin")
        return new[0] if len(new) == 1 else None

    def _described(self, m: Mention) -> Entity:
        key = _DETERMINERS.sub("", fold(m.text))
        if _OTHER_PARTY.fullmatch(fold(m.text)):
            other = self._other_party(m)
            if other is not None:
                return other
        if m.plural and re.match(r"(?:les|ces) deux\b", fold(m.text)):
            pair = self._named_pair(m)
            if pair is not None:
                return pair
        circle = _CIRCLE.fullmatch(fold(m.text))
        if circle is not None:
            # "Le ministre, Marc Hennuy, n'a reçu « aucun dossier », selon son entourage": the entourage of the person
            # mentioned last, named after them ("l'entourage de Marc Hennuy"), one entity per person; so are "ses
            # colistiers", "ses proches" ("Même son de cloche chez ses colistiers, où l'on assure": "les colistiers de
            # Jordi Vilaseca", eval/README.md's conventions)
            owner = max((e for e in self.entities if 0 <= e.last_seen < m.start and e.is_person() and not e.plural),
                        key=lambda e: e.last_seen, default=None)
            if owner is not None:
                word = m.text.split()[-1]
                if (id(owner), fold(word)) not in self.entourages:
                    e = self._new(m)
                    e.descriptors.insert(0, ("l'entourage " if circle.group(1) else f"les {word} ") + _of(owner.label()))
                    self.entourages[(id(owner), fold(word))] = e
                return self.entourages[(id(owner), fold(word))]
        if m.kind == "org" and m.role_kind == "medium" and _definite(m) and len(key.split()) == 1 and \
                self.last_speaker is not None and self.last_speaker[1] >= m.unit - 2 and \
                _MEDIUM_WORDS.search(fold(self.seg.document.text[max(0, m.start - 400): m.start])):
            # "Dans un communiqué, le président du club, Gérard Santoni, affirme que … « … », poursuit le texte": the
            # document just cited speaks for its author
            return self.last_speaker[0]
        if re.fullmatch(r"(?:la|de|de la) meme source", fold(m.text)) and self.last_speaker is not None and \
                not self.last_speaker[0].plural:
            # "« … », a indiqué la préfecture maritime dans un communiqué. Selon la même source, P": the source the
            # text cited last, a body as well as a person
            return self.last_speaker[0]
        if m.kind == "org" and m.role == "direction" and not m.plural:
            owner = self._direction_of(m)
            if owner is not None:
                return owner
        if m.role == "service" and re.fullmatch(r"(?:le|les|ses|son) services?", fold(m.text)):
            # "La préfecture rejette toute accusation : d'après ses services, P", "La DGCCRF … Selon le service, P":
            # the body the sentence before or this one has as its subject
            body = next((e for e, unit in reversed(self.subjects) if unit >= m.unit - 1 and e.is_body()
                         and not e.plural), None)
            if body is not None:
                return body
        if m.kind in ("indefinite", "org") and fold(m.text).split()[:1] in (["un"], ["une"]) and not m.plural and \
                m.role in _BODY_KINDS and self._in_lede(m):
            # a standfirst's "Une ONG affirme que P": the one body of that kind the article names ("l'ONG belge
            # Nucléaire Transparence")
            body = self._named_in_passing(m, frozenset(_BODY_KINDS[m.role]))
            if body is not None:
                return body
        if m.kind == "org":
            for e in self.entities:
                if e.org and (any(_DETERMINERS.sub("", fold(d)) == key for d in e.descriptors + e.names)
                              or key in e.aliases):
                    return e
            words = key.split()
            if _definite(m) and len(words) == 2 and words[1] in nationality_adjectives() and not m.plural and \
                    m.role in _NAMED_BODIES | _ANY_BODY | _MEMBER_BODIES | COMPANY_ROLES:
                # "l'agence onusienne" after "le Programme alimentaire mondial (PAM)", "le groupe japonais": the one
                # body of that side named before (no place: "le gouvernement malien" is not "Bamako")
                side = sides()[words[1]][0]
                of_side = {id(e): e for e in self.entities if e.is_body() and not e.plural and e.first < m.start
                           and side in e.sides and not any(place_side(n) for n in e.names)}
                if len(of_side) == 1:
                    return next(iter(of_side.values()))
            if _definite(m) and len(key.split()) == 1:
                # "l'agence" after "l'Agence française de lutte contre le dopage", "l'ONG" after "l'ONG allemande Sea
                # Lumen", "l'organisation" after either: the one body of that kind named before
                # (through a broader word only to a body with a name, "l'organisation" after "la Fédération
                # nationale de l'aviation marchande": "le groupe" is not "le distributeur" of the lede, which may be
                # the other party)
                named = [e for e in self.entities if e.is_body() and e.first < m.start and (any(
                    _has_word(d, key) for d in e.descriptors + e.names) or _named_body(e)
                    and any(broader_role(m.role, r) for r in e.roles if m.role)
                    or m.role in COMPANY_ROLES and e.org and e.aliases and not e.roles and e.descriptors
                    and not _DETERMINERS.match(e.descriptors[0]) or m.role in _ANY_BODY and e.org and not e.plural)]
                # (a company that gave its initials, "Normandie Éolien Offshore (NEO)", is "l'entreprise"; an
                # institution named with its article, "L'Office québécois de la langue française (OQLF)", is not)
                if len(named) == 1:
                    return named[0]
                by_role = [e for e in named if any(_has_word(d, key)
                                                   for d in e.descriptors + e.names)
                           or any(broader_role(m.role, r) for r in e.roles if m.role)]
                if len(by_role) == 1 and m.role in COMPANY_ROLES:
                    # "la fromagerie Bessat … selon le fabricant": the one body whose own kind the word covers, not
                    # "Santé publique France (SpF)", a body that gave its initials
                    return by_role[0]
                # several ("la société Néréis Logistique, filiale du groupe Altaris"): the one the subject of this
                # sentence or the one before ("Néréis Logistique a assuré … selon l'entreprise")
                latest = next((e for e, unit in reversed(self.subjects) if unit >= m.unit - 1
                               and any(e is x for x in named)), None)
                if latest is not None:
                    return latest
                headed = [e for e in named if any(_bare_words(d)[:1] == [key] for d in e.descriptors)]
                if len(headed) == 1 and m.role in COMPANY_ROLES:
                    # "le groupe britannique Atlantis Energy … Le groupe dément": the one body introduced by that word
                    # (not "Petrosen, la société nationale", which the word covers too)
                    return headed[0]
                if not named and m.role == "ministere":
                    ministry = self._ministry_of_minister(m)
                    if ministry is not None:
                        return ministry
                if not named:
                    headed = self._headed_body(m) or self._body_with_acronym_described(m)
                    if headed is not None:
                        return headed
                    if m.role in COMPANY_ROLES or m.role in _MEMBER_BODIES or m.role in _NAMED_BODIES or \
                            m.role in _ANY_BODY:  # (also "Météo-France maintient … précise l'organisme")
                        # "Un optimisme que ne partage pas Aqualis Méditerranée, qui gère … La société dit": the one
                        # name just before that is surely no person's (no first name, no title); "Santé publique
                        # France a indiqué … D'après l'agence": a body's name with no title
                        recent = {id(e): e for e, unit in self.seen if unit >= m.unit - 2 and not e.roles
                                  and not e.plural and e.first < m.start and (
                                      e.names and not _known_person(e)
                                      or not e.names and e.org and _named_body(e) and not e.aliases)}
                        if len(recent) == 1:
                            return next(iter(recent.values()))
                    if m.role in COMPANY_ROLES and m.role not in _MEMBER_BODIES:
                        staff = self._staff_company(m)  # "la compagnie", "l'exploitant" (not "le groupe", "la société")
                        if staff is not None:
                            return staff
                    if m.role in COMPANY_ROLES and m.role not in _TRADE_ROLES:
                        company = self._named_in_passing(m)
                        if company is not None:
                            return company
                    if m.role in _TRADE_ROLES and not m.plural:
                        # "Chez ASP, on conteste … la société indique … Le concessionnaire, lui, dit": the one company
                        # that has spoken or been a subject before
                        spoken = {e.full_name or id(e): e for e, _ in self.subjects if e.org and not e.plural
                                  and e.first < m.start
                                  and (set(e.roles) & COMPANY_ROLES or e.names and not e.roles)}
                        if len(spoken) == 1:
                            return next(iter(spoken.values()))
                    if m.role == "club" and not m.plural:
                        # "Saint-Brieuc Armor Handball a annoncé … le club": the one club the text named as a speaker
                        # or subject
                        clubs = {id(e): e for e in self.entities if e.first < m.start and e.names and not any(
                            _first_name(n.split()[0]) for n in e.names) and any(_CLUB_NAME.search(n) for n in e.names)}
                        if len(clubs) == 1:
                            return next(iter(clubs.values()))
                    if m.role in _BODY_KINDS and not m.plural and key in _BODY_KINDS[m.role]:  # (not "l'intersyndicale")
                        body = self._named_in_passing(m, frozenset(_BODY_KINDS[m.role]))
                        if body is not None:
                            return body
            return self._named_in_text(m) or self._new(m)
        if m.kind == "indefinite" and self._in_headline(m) and not m.plural and m.role_kind == "person":
            # a headline's "…, affirme une épidémiologiste": the one person the article names in that role
            # ("l'épidémiologiste Mathilde Roussel")
            named = [e for e in self.entities if e.names and not e.org and _fits_role(m, e)]
            if len(named) == 1:
                return named[0]
        if m.role_kind == "demonym":
            # "le Gersois": the person most recently the subject or speaker, of that gender and no other side (an
            # international body's side is no nationality: "la commissaire européenne …, Katarina Lindqvist" may be
            # "la Suédoise")
            people = [e for e in self.entities if 0 <= e.last_subject < m.start and e.is_person() and not e.plural
                      and (_agrees(m, e) or set(e.sides) <= _INTERNATIONAL and _agrees(replace(m, side=None), e))]
            if people:
                return max(people, key=lambda e: e.last_subject)
            return self._new(m)
        if re.fullmatch(r"l'interesse(?:e)?", fold(m.text)):
            concerned = self._concerned(m)
            if concerned is None:
                # "Le président de la coopérative a promis de « … ». Sans trop y croire. « … », lâche l'intéressé":
                # with no statement just before, the person the sentences just before had as their subject
                concerned = self._latest_subject(m, lambda e: e.is_person() and not e.plural and _agrees(m, e))
            if concerned is not None:
                return concerned
        if m.role and fold(m.role) in _AGE_NOUNS:
            aged = self._of_age(m, *_AGE_NOUNS[fold(m.role)])
            if aged is not None:
                return aged
        if m.kind == "unknown" and _definite(m) and not m.plural:
            named = self._named_in_text(m)  # "Le chocolatier" after "c'est le chocolatier Valmont"
            if named is not None:
                return named
            described = self._described_before(m)
            if described is not None:
                return described
        if m.role in ("prevenu", "accuse") and not m.plural and _definite(m) and not any(
                _fits_role(m, e) for e in self.entities if e.first < m.start):
            tried = self._defendant(m)
            if tried is not None:
                return tried
        if m.kind in ("indefinite", "unknown") or (m.kind == "source" and fold(m.text).split()[:1] in (
                ["une"], ["un"], ["des"], ["de"], ["d'"], ["source"], ["sources"])):
            return self._new(m, anonymous=True)
        member = self._member_of(m)
        if member is not None:
            return member
        comp = _complement(m.text)
        if comp and not m.plural and _definite(m) and m.role_kind == "person":
            # "L'avocat de la victime" after "Me Jacques Vergne, avocat de l'ancien élu" and "Me Anne Roux, avocate de
            # la victime": the one person with that role of that very complement (a masculine may be generic)
            end = self._headline_end()
            same = [e for e in self.entities if e.first < m.start and e.is_person() and not e.plural
                    and _fits_role(replace(m, gender=None), e)
                    and any(_complement(d) == comp for d in e.descriptors)
                    and not (not e.names and e.last_seen < end <= m.start)]  # (see _headline_to_body)
            if len(same) == 1:
                return same[0]
        headline = self._headline_end()
        before = [e for e in self.entities if e.first < m.start and _fits_role(m, e)
                  and not (not e.names and e.is_person() and e.last_seen < headline <= m.start)]  # (see _headline_to_body)
        if len(before) > 1 and self._retorts(m):
            # "« … », lui répond Gilles Ferrand. « … », rétorque le dirigeant varois": a retort is not the words of
            # the one who has just spoken, when another person fits
            others = [e for e in before if e is not self.last_speaker[0]]
            before = others or before
        if before and m.side and not m.plural and m.role in _COUNTRY_WORDS and _definite(m) and \
                not any(m.side in e.sides for e in before):
            # "Selon le responsable ukrainien, P" after "Son porte-parole, Thomas Degrave" (of a Belgian company) and
            # "Le vice-ministre ukrainien …, Oleksandr Hrytsenko": the one person of that country before anyone whose
            # role merely fits
            one = self._one_of_country(m, lambda e: e.first < m.start)
            if one is not None:
                return one
        if before:
            return max(before, key=lambda e: max(e.last_subject, e.first))
        if m.kind == "anaphor" and not m.plural and m.role:
            # "…, assure la ministre du Travail" (a headline) and later "la ministre du Travail, Sophie Marchetti":
            # the one named person the text gives that very description
            same = [e for e in self.entities if e.names and not e.org
                    and any(_DETERMINERS.sub("", fold(d)).strip(" ,") == key for d in e.descriptors)]
            if len(same) == 1:
                return same[0]
        if self.last_speaker is not None and self.last_speaker[1] >= m.unit - 1:
            # "« … », a dénoncé Camille Berthelot. Selon l'élue de la Gironde, …": the speaker just before, if she
            # could hold that title, before anyone named later
            renamed = self._renamed_speaker(m)
            if renamed is not None:
                return renamed
        if m.side and not m.plural and m.role in _COUNTRY_WORDS and _definite(m):
            # "Le responsable polonais dément …" after "le vice-ministre polonais, Krzysztof Walas": the one person of
            # that country named before, before anyone named later in a role it may cover
            before_m = self._one_of_country(m, lambda e: e.first < m.start)
            if before_m is not None:
                return before_m
        if m.role_kind == "office" or (m.role_kind == "person" and (m.unit == 0 or (
                m.kind == "anaphor" and not m.plural and (_definite(m) or _possessive(m))))):
            # an office, a headline's "selon son avocat", or a definite description with no one before it ("selon le
            # technicien montvalois", then "l'entraîneur de Montval, Christophe Marchal"): the one person the text
            # names in that role
            later = [e for e in self.entities if e.names and _fits_role(m, e)
                     and (not _former(m.text) or any(_former(d) for d in e.descriptors))]
            if len(later) > 1:
                # "martèle le directeur général" (a standfirst), then "Marc Thill, le directeur général de la BKP" and
                # "son directeur, Ousmane Faye": the one whose description has all its words
                words = key.split()
                whole = [e for e in later if any(all(w in _bare_words(d) for w in words) for d in e.descriptors)]
                later = whole if len(words) > 1 and len(whole) == 1 else later
            if len(later) == 1:  # ("l'ancien ministre des Mines" is not "le ministre de l'Intérieur, X" named later)
                return later[0]
        if m.side and not m.plural and m.kind == "anaphor" and m.role_kind in ("person", "office") and _definite(m):
            # "D'après le dirigeant néerlandais, P" after "Le Premier ministre néerlandais, Joost van Aalst": a generic
            # leader's word and a country fit the one person of that country named; so does a lede's "la présidente
            # du Conseil italien" for the one Italian named later ("La dirigeante italienne, Francesca Moretti")
            lede = m.unit <= 1
            if m.role in _LEADER_WORDS or lede:
                one = self._one_of_country(m, lambda e: not lede or m.role in _LEADER_WORDS or e.first > m.start)
                if one is not None:
                    return one
        if m.role_kind in ("office", "person") and not m.plural and self._in_headline(m):
            # a headline's "prévient le chef des dockers CGT": the one person named with that body ("le secrétaire
            # général de la CGT des ports et docks du Havre, Régis Lemonnier")
            words = {fold(w) for w in re.findall(r"\b[A-ZÀ-Ý][\w-]+", m.text)} - {fold(m.text.split()[0])}
            linked = [e for e in self.entities if e.names and not e.org and e.first > m.start
                      and (not m.gender or not e.gender or m.gender == e.gender)
                      and (not e.roles or not m.role or m.role in _LEADER_WORDS or _fits_role(m, e))
                      # (not "le président de Montpellier" for "le meneur de Montpellier"; "le chef des routiers FO"
                      # may be "le secrétaire général de FO Transports")
                      and any(words & set(re.findall(r"[\w-]+", fold(d))) for d in e.descriptors)]
            if words and len(linked) == 1:
                return linked[0]
        demonstrative = fold(m.text).split()[:1] in (["ce"], ["cet"], ["cette"], ["ces"]) or "meme" in fold(m.text)
        if demonstrative and m.role_kind == "medium":
            # "Selon le même communiqué", "ce communiqué": the source of the latest statement, a body or a person
            subjects = [e for e, unit in self.subjects if unit >= m.unit - 1 and e.first < m.start]
            if subjects and (subjects[-1].is_person() or _named_body(subjects[-1])):
                return subjects[-1]  # (not a bare "la société", whom the text names otherwise)
        if demonstrative:
            cands = [e for e in self.entities if e.first < m.start and e.is_person() and e.plural == m.plural
                     and (not m.side or not e.sides or m.side in e.sides)
                     and (not m.gender or not e.gender or m.gender == e.gender or m.role_kind != "person"
                          or "meme" in fold(m.text))]  # "cette habitante" is not "son père" ("la même source" may be)
            if m.role_kind == "person" and not m.plural:
                # the subject just before, described by a noun the lexicon gives no title ("Un soigneur du zoo
                # raconte … « … », confie cet employé"): a person too, not a body
                cands += [e for e, unit in self.subjects if unit >= m.unit - 1 and e.first < m.start
                          and not e.is_person() and not e.is_body() and not e.org and not e.plural and not e.names
                          and e.descriptors and (not m.gender or not e.gender or m.gender == e.gender)
                          and not any(e is c for c in cands)]
            if cands:
                # the subject of its sentence or the one before, if one fits ("Bart Lievens a fait la route avec son
                # fils. « … », raconte ce quinquagénaire"), else the latest person mentioned
                subjects = [e for e, unit in self.subjects if unit >= m.unit - 1 and any(e is c for c in cands)]
                if subjects:
                    return subjects[-1]
                return max(cands, key=lambda e: max(e.last_subject, e.first))
            if m.role_kind == "person" and not m.plural:
                passing = self._person_named_in_passing(m)
                if passing is not None:
                    return passing
        renamed = self._renamed_speaker(m)
        if renamed is not None:
            return renamed
        recent = self._recent_subject(m)
        if recent is not None and recent.last_seen < self._sentence_before(m) and m.kind == "anaphor" and \
                m.role_kind == "person" and not m.plural and _definite(m) and not self._in_headline(m):
            # "Reste le cas de Jacques Lemaître. L'ancien ministre wallon … est soupçonné": the person the sentence
            # just before names in passing, not a subject the text left before it
            passing = self._person_named_in_passing(m, sentence=True)
            if passing is not None:
                return passing
        if recent is not None:
            # a definite epithet no one named before fits ("Le grimpeur français Lucas Ferrandi … Le coureur de 26
            # ans", "sa présidente, Hélène Marchetti. La pharmacienne …"), like a demonym: the person just before
            return recent
        if m.kind == "anaphor" and (m.role_kind == "person" or m.role_kind == "office" and _complement(m.text)) \
                and not m.plural and _definite(m) and not self._in_headline(m):
            # "Des explications qui ne convainquent pas Karim Ouazzani. Joint par France Football, l'agent de la
            # joueuse affirme …": the person the sentence before named in passing (also an office of a body named:
            # "Une promesse qui fait sourire Gwenaëlle Le Floch. Aux yeux de la présidente du collectif, P")
            passing = self._person_named_in_passing(m, sentence=True)
            if passing is not None:
                return passing
        if m.kind == "anaphor" and m.role_kind == "person" and not m.plural and _definite(m) and \
                not self._in_headline(m) and not _OF_SOMETHING.search(fold(m.text)):
            # "Judo : Clémence Rivière conteste sa non-sélection" … "la judokate contracte une infection": an epithet
            # nothing before fits is the one person of its gender the headline names
            end = self._headline_end()
            lead = {id(e): e for e in self.entities if e.names and e.is_person() and not e.plural and e.first < end
                    and _agrees(m, e) and (not e.roles or m.role in e.roles) and m.gender and e.gender == m.gender
                    and any(_first_name(n.split()[0]) for n in e.names)}
            named = self._named_in_text(m)
            if named is None and len(lead) == 1:
                return next(iter(lead.values()))
            return named or self._new(m)
        return self._named_in_text(m) or self._new(m)

    def _sentence_before(self, m: Mention) -> int:
        """The offset where the sentence before the mention's starts, in its paragraph (the paragraph's start if
        none)."""
        text = self.seg.document.text
        para = max(text.rfind("\n\n", 0, m.start), 0)
        # (not the end of a sentence inside a quotation: "« A. B », a déclaré le ministre" is one sentence)
        ends = [x.end() for x in re.finditer(r"[.!?…][»”\"]?\s", text[para: m.start])
                if not self._quoted(para + x.start(), para + x.end())]
        return para + (ends[-2] if len(ends) >= 2 else 0)

    def _quoted(self, start: int, end: int) -> bool:
        """Is the text from ``start`` to ``end`` inside a quotation (someone's words), not at its marks?"""
        return any(q.start < start and end < q.end for q in self.seg.quotes)

    def _person_named_in_passing(self, m: Mention, sentence: bool = False) -> Entity | None:
        """ "Une décision prise après la plainte de Marc-Antoine Jaquier, installé en 2019 près du clocher.
        « … », explique ce cadre bancaire de 46 ans": a demonstrative description with no one before it is the
        person the text named last where it made no mention (a complement), in its paragraph or the one before: a
        listed first name and a capitalised surname, of its gender."""
        name = self._name_in_passing(m, sentence)
        if name is None:
            return None
        key = fold(name)
        same = next((e for e in self.entities if e.is_person() and any(fold(n) == key for n in e.names)), None)
        if same is not None:
            # (someone already a subject or a speaker is no one named in passing: "Jean Le Bris assure que P. … le
            # conducteur du train a affirmé")
            return None if sentence and same.last_subject >= 0 else same
        e = self._new(m)
        e.names.append(name)
        return e

    def _name_the_described(self, m: Mention, e: Entity) -> None:
        """ "Son agent dénonce … Des explications qui ne convainquent pas Karim Ouazzani. Joint par France Football,
        l'agent de la joueuse affirme": a definite description of someone the text described before without a name,
        right after a sentence that names a person in passing, gives that person's name (the name's own later
        mentions are then the same person)."""
        if m.kind != "anaphor" or m.role_kind != "person" or m.plural or not _definite(m) or self._in_headline(m) \
                or e.names or e.plural or e.org or not e.is_person():
            return
        name = self._name_in_passing(m, sentence=True)
        if name is None:
            return
        named = [x for x in self.entities if any(fold(n) == fold(name) for n in x.names)]
        if any(x.last_subject >= 0 or not x.is_person() or x.plural for x in named):
            return  # (someone who has spoken or acted before is no one named in passing)
        for x in named:  # the name's mention as an object: the same person
            self._redirect(x, e)
            x.names = []
        e.names.append(name)

    def _name_in_passing(self, m: Mention, sentence: bool = False) -> str | None:
        """The name of the person named last before ``m`` where the text made no mention (see
        _person_named_in_passing); ``sentence``: in the sentence just before only."""
        text = self.seg.document.text
        para = max(text.rfind("\n\n", 0, m.start), 0)
        lo = max(text.rfind("\n\n", 0, para), 0) if para else 0
        if sentence:
            # (``sentence``: only the sentence before, in the paragraph, for a description that may be someone new)
            if not re.search(r"[.!?…][»”\"]?\s", text[para: m.start]):
                return None
            lo = self._sentence_before(m)
        found = None
        for x in _PASSING_NAME.finditer(text, lo, m.start):
            if self._quoted(x.start(), x.start() + 1):
                continue  # (a name inside someone's words)
            first = fold(x.group(1)).split("-")[0]
            gender = first_name_gender().get(first)
            if gender and (not m.gender or gender == m.gender) and not re.search(
                    r"\b(?:rue|avenue|boulevard|place|quai|allée|lycée|collège|école|hôpital|centre|stade|salle|"
                    r"parc|pont|gare|station|métro|square|impasse|chemin|route|cours|prix|fondation|institut)\s+$",
                    text[max(0, x.start() - 20): x.start()], re.IGNORECASE):
                found = x
        return found.group(0) if found is not None else None

    def _other_party(self, m: Mention) -> Entity | None:
        """ "« A », a affirmé le directeur. « B », lui a répondu la syndicaliste. « C », a répliqué son adversaire": the
        one who spoke before the latest speaker, in these last sentences (C is the director's)."""
        before = [self.of.get((sp.start, sp.end)) for st, sp in zip(self.seg.statements, self.seg.speakers)
                  if sp is not None and sp.start < m.start and sp.unit >= m.unit - 4]
        before = [e for e in before if e is not None]
        if not before:
            return None
        last = before[-1]
        return next((e for e in reversed(before) if e is not last and e.is_person() and not e.plural), None)

    def _retorts(self, m: Mention) -> bool:
        """Is ``m`` the speaker of a retort ("rétorque", "réplique", "lui répond", "objecte") right after someone else's
        statement, in this sentence or the one before?"""
        if self.last_speaker is None or self.last_speaker[1] < m.unit - 1:
            return False
        return any(sp is not None and (sp.start, sp.end) == (m.start, m.end) and fold(st.cue or "") in _RETORT_CUES
                   for st, sp in zip(self.seg.statements, self.seg.speakers))

    def _named_pair(self, m: Mention) -> Entity | None:
        """ "Les deux élus communistes, Lise Rouquet et Bernard Sol, ont …" (the names apposed), or "les deux élus"
        right after both were named: one speaker for the two, "Lise Rouquet et Bernard Sol" (eval/README.md's
        conventions); None when the text gives no such pair."""
        text = self.seg.document.text
        apposed = _APPOSED_PAIR.match(text, m.end)
        if apposed is None:
            # the rest of the description first: "Les deux élus de l'Entente | villageoise au Conseil communal,
            # Pierre-Alain Cuendet et Sylvie Rochat, ont lancé …"
            rest = re.match(r"[^,.;:«»\"“”\n]{1,60}(?=,)", text[m.end:])
            if rest and not re.search(r"\b(?:qui|que|qu['’]|ont|a|sont|est)\b", rest.group(0)):
                apposed = _APPOSED_PAIR.match(text, m.end + rest.end())
        if apposed:
            names = [apposed.group(1), apposed.group(2)]
        else:
            pair = next((e for e, unit in reversed(self.seen) if unit >= m.unit - 1 and e.plural and e.names
                         and " et " in e.names[0]), None)
            if pair is not None:
                return pair  # "Les deux maires, X et Y, se sont succédé au micro. Les deux élus ont affirmé"
            people: list[Entity] = []
            for e, unit in reversed(self.seen):
                if unit < m.unit - 1:
                    break
                if e.is_person() and not e.plural and e.full_name and all(e is not p for p in people):
                    people.append(e)
            if len(people) != 2:
                return None
            names = [p.full_name for p in reversed(people)]
        name = " et ".join(names)
        for e in self.entities:
            if e.plural and e.names and e.names[0] == name:
                return e
        e = self._new(m)
        e.names.insert(0, name)
        return e

    def _ministry_of_minister(self, m: Mention) -> Entity | None:
        """A bare "le ministère" in a text that names no ministry but one minister with a portfolio ("Le ministre
        mauritanien des Pêches et de l'Économie maritime, Sidi Ould Boubacar"): that minister's ministry, a body of
        its own ("le ministère mauritanien des Pêches et de l'Économie maritime"), not the minister."""
        portfolios = {}
        for e in self.entities:
            if e.first >= m.start or e.org or not e.names:
                continue
            for d in e.descriptors:
                bare = _DETERMINERS.sub("", d.strip(" ,"))
                if re.match(r"(?i)ministre\s+\S", bare) and not _former(d) and "," not in bare:
                    portfolios.setdefault(id(e), ("le ministère" + bare[len("ministre"):], e.side))
                    break
        if len(portfolios) != 1:
            return None
        name, side = next(iter(portfolios.values()))
        for e in self.entities:
            if e.org and any(fold(d) == fold(name) for d in e.descriptors):
                return e
        e = self._new(m)
        e.descriptors.insert(0, name)
        if side and not e.sides:
            e.sides.append(side)  # (the minister's country is the ministry's)
        return e

    def _direction_of(self, m: Mention) -> Entity | None:
        """ "la direction (de X)" is the body X (eval/README.md's conventions): "La direction du CHU" is the CHU named
        before (else a body of its own, "le CHU"); a bare "la direction" is the body the article speaks of most, the
        first named of them on a tie, that is no staff's or public body ("Aérostruct a présenté un plan … Selon la
        direction, P": not the works council, the union or the ministry). None when the text names no such body."""
        text = fold(m.text)
        if re.match(r"(?:[Ll]a |[Ll]['’])?Direction (?:générale|régionale|départementale|nationale|interrégionale) ",
                    m.text):
            return None  # "la Direction générale des Douanes": an administration's name, not the customs' management
        whose = re.match(r"(?:la |l'|sa |leur )?direction(?: generale| regionale| locale)?\s+(de la |de l'|du |des |de |d')(.+)$",
                         text)
        if whose is not None:
            words = whose.group(2).split()
            named = [e for e in self.entities if e.is_body() and e.first < m.start and any(
                words[0] in _DETERMINERS.sub("", fold(d)).split()[:3] or words[0] in e.aliases
                for d in e.descriptors + e.names)] if words else []
            if named:
                return max(named, key=lambda e: e.last_seen)
            if words and len(words) == 1 and words[0] in _SITE_WORDS:
                # "La direction de l'usine" after "l'ancien directeur de l'usine des Salaisons du Roumois": the one
                # company the text names as that site's
                site = re.compile(r"\b" + _SITE_WORDS[words[0]] + r"\s+(?:de la |de l['’]|du |des |de |d['’])"
                                  r"((?:la |les |le )?[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|du|de|des|d['’]\S+))*)")
                names = {f.group(1) for f in site.finditer(self.seg.document.text, 0, m.start)}
                if len(names) == 1:
                    name = names.pop()
                    body = next((e for e in self.entities if e.is_body() and any(
                        fold(n) == fold(_DETERMINERS.sub("", name)) for n in e.names)), None)
                    if body is None:
                        body = self._new(m)
                        body.names.append(_DETERMINERS.sub("", name))
                        body.roles, body.role_kinds = [], []
                    return body
            if words and titles().get(words[0]) is not None:
                return None  # "la direction de la chaîne": a body word, maybe the one named otherwise
            article = {"de la ": "la ", "de l'": "l'", "du ": "le ", "des ": "les "}.get(whose.group(1), "")
            start = len(m.text) - len(whose.group(2))
            body = m.text[start:]
            fuller = {f.group(0) for f in re.finditer(re.escape(body) + r"(?:[ \u00a0]+[A-ZÀ-Ý][\w'’-]*)+",
                                                       self.seg.document.text)}
            if len(fuller) == 1 and len(body.split()) == 1:
                body = fuller.pop()  # "La direction du CHU" after the headline's "CHU Grenoble Alpes : …"
            e = self._new(m)
            e.descriptors.insert(0, article + body)  # "La direction du CHU": "le CHU"
            e.roles, e.role_kinds = [], []  # (a body, not its management: "L'entreprise" may be it)
            return e
        if not re.fullmatch(r"(?:la |l')?direction", text):
            return None
        mentions = Counter(id(e) for e, _ in self.seen)
        bodies = [e for e in self.entities if e.is_body() and e.first < m.start and not e.plural
                  and (e.org or set(e.roles) & COMPANY_ROLES) and (e.names and not _known_person(e) or _named_body(e))
                  and not set(e.roles) & _NOT_MANAGEMENT and not (e.descriptors and _possessive_text(e.descriptors[0]))]
        # (not "sa filiale marocaine de Tanger": a body of the company's, not the company)
        if bodies:
            return max(bodies, key=lambda e: (mentions[id(e)], -e.first))
        return self._staff_company(m) or self._named_in_passing(m)

    def _described_before(self, m: Mention) -> Entity | None:
        """ "Le plongeur" (a noun of no title) after "Jean-Baptiste Ferrand, 52 ans, plombier à Fourques et plongeur
        depuis l'adolescence": the one named person before whose description has that noun."""
        words = _DETERMINERS.sub("", fold(m.text).strip()).split()
        if len(words) != 1 or getattr(titles().get(words[0]), "kind", None) == "org":
            return None  # (not "La commune" after "Sophie Lambrechts, on rappelle que la commune …")
        text = self.seg.document.text

        def apposed(e: Entity) -> bool:
            # in its descriptions, or in the asides right after its first mention ("…, plombier à Fourques et
            # plongeur depuis l'adolescence, nous reçoit"), before any verb
            if any(words[0] in re.findall(r"[\w-]+", fold(d)) for d in e.descriptors):
                return True
            window = re.split(r"[.;:«»\"“”\n]", text[e.first: e.first + 200])[0]
            found = re.search(r"\b" + re.escape(words[0]) + r"\b", fold(window))
            return found is not None and "," in window[: found.start()] and not re.search(
                r"\b(?:a|est|ont|sont|avait|était|va|dit|affirme|on|que|qu['’]|qui)\b", window[: found.start()].lower())
            # (not a clause's words: "Sophie Lambrechts, on rappelle que la commune …")

        same = [e for e in self.entities if 0 <= e.first < m.start and e.names and e.is_person() and not e.plural
                and _agrees(m, e) and apposed(e)]
        return same[0] if len(same) == 1 else None

    def _named_in_text(self, m: Mention) -> Entity | None:
        """A definite description nothing before resolves, which the text gave a name earlier where it made no mention
        (a complement): "Le concert de la chanteuse Nayla … La chanteuse a écrit" is Nayla; "le festival" after "de la
        deuxième soirée du festival Les Nuits de Kerlann" is that festival; "Le chocolatier" (a noun of no title) after
        "c'est le chocolatier Valmont" is the body already named so ("le groupe Valmont"). The name's person or body if
        already known, else a new entity of that name; None when the text gives the description no name."""
        if m.plural or m.name or m.kind not in ("anaphor", "org", "unknown") or not _definite(m) or \
                m.role_kind == "medium":
            return None
        words = _DETERMINERS.sub("", m.text.strip())
        if not words or len(words.split()) > 3 or not words.islower():
            return None
        capital, space = r"[A-ZÀ-Ý][\w’'-]*", r"[ \u00a0]+"  # (never over a line break: "…italienne\nPlus de 12 000")
        found = None
        for found in re.finditer(r"(?i:\b" + re.escape(words) + r")" + space + "(" + capital + r"(?:" + space
                                 + r"(?:(?:de|du|des|d['’])" + space + r")?" + capital + r")*)",
                                 self.seg.document.text[: m.start]):
            pass
        if found is None:
            return None
        name = found.group(1).strip()
        first = fold(name.split()[0])
        if first in titles() or place_side(name) or (m.kind == "anaphor" and first in ("le", "la", "les", "l'")):
            return None
        if m.kind == "anaphor":
            key = set(fold(name).split())
            same = [e for e in self.entities if e.is_person() and any(key <= set(fold(n).split()) for n in e.names)]
            if same:
                return same[0]
        if m.kind == "unknown":
            # a noun of no title: only someone the text named so already ("le groupe Valmont" for "Le chocolatier"
            # after "le chocolatier Valmont", "Henri Castéra" for "Le négociant" after "le négociant Castéra")
            key = set(fold(name).split())
            same = [e for e in self.entities if e.first < m.start and (
                any(key <= set(fold(n).split()) for n in e.names)
                or any(fold(x).endswith(fold(name)) for x in e.names + e.descriptors))]
            return same[0] if len(same) == 1 else None
        e = self._new(m)
        e.names.append(name)
        return e

    def _recent_subject(self, m: Mention) -> Entity | None:
        """For a definite epithet ("le coureur", "la militante"): the named person who was a subject or speaker in
        its sentence or the two before, the latest first, of its gender and no other side."""
        origin = _NAMED_COMPLEMENT.search(m.text)  # "de Boucherville"
        # "l'ancienne députée de la Sarthe": a past post of someone known, not a post someone new holds
        compound = _DETERMINERS.sub("", fold(m.text)).strip() in titles()  # "l'homme d'affaires": no complement
        if m.kind != "anaphor" or m.role_kind != "person" or m.plural or not _definite(m) or (
                not _former(m.text) and not compound
                and _OF_SOMETHING.search(fold(m.text[:origin.start()] if origin else m.text))):
            return None  # ("le wali de la région", "le ministre de l'Économie": a post, maybe someone new; but "le
            # retraité de Boucherville" is where the person just quoted lives)
        if origin and _DETERMINERS.sub("", fold(origin.group(1))) in media_names():
            return None  # "l'éditorialiste de L'Équipe": a post at a paper, not where the person just quoted lives

        quoting = self._quoting(m)
        # the subject of the sentence whose object the mention is: "Koen Verstraete a convoqué mardi l'ambassadeur de
        # France" does not call himself
        own_subject = [e for e, unit in self.subjects if unit == m.unit] if not m.subject and (
            m.start, m.end) not in self.speaker_spans else []

        # "Réponse de la ministre : « … »": whom she answers is someone else
        answered = self.last_speaker[0] if self.last_speaker is not None and self._answers(m) else None

        def fits(e: Entity) -> bool:
            return e.is_person() and bool(e.names) and not e.plural and _agrees(m, e) and _known_person(e) \
                and e is not quoting and e is not answered and not any(e is x for x in own_subject)  # ("Etchegaray
            # assure que l'homme d'affaires …": not himself)

        latest = self._latest_subject(m, fits)
        if latest is not None:
            return latest
        if self.last_speaker is not None and fits(self.last_speaker[0]):
            # an interview's question and answer lines in between ("Il indique que … — Saviez-vous … ? — Non, jamais.
            # … Interrogé sur le bilan, le fromager conteste"): the interviewee still, when no one else came up
            e = self.last_speaker[0]
            lines = [p.strip() for p in self.seg.document.text[e.last_seen: m.start].split("\n") if p.strip()][1:-1]
            if lines and all(p[:1] in ("—", "–") for p in lines) and not any(
                    x is not e and e.last_seen < x.last_seen < m.start and x.is_person() for x in self.entities):
                return e
        # else the one such person named there at all ("Le grimpeur Lucas Ferrandi a été contrôlé positif, a annoncé
        # l'agence. Le coureur de 26 ans …": he was inside the agency's words)
        seen = {id(e): e for e, unit in self.seen if unit >= m.unit - 1 and fits(e)}
        return next(iter(seen.values())) if len(seen) == 1 else None

    def _answers(self, m: Mention) -> bool:
        """Is the title ``m`` the one a reply's noun gives ("Réponse de la ministre : « … »")? Then it is not the
        speaker it answers."""
        return bool(_REPLY_BEFORE.search(fold(self.seg.document.text[max(0, m.start - 30): m.start])))

    def _quoting(self, m: Mention) -> Entity | None:
        """The speaker (resolved already) of a statement whose words hold the mention ``m``: "Jean-Baptiste
        Etchegaray assure que l'homme d'affaires « avait signé … »" does not speak of himself as "l'homme
        d'affaires"."""
        if (m.start, m.end) in self.speaker_spans:
            return None  # (a speaker of its own, even inside a statement's span: "… : « … » La militante estime")
        for st, sp in zip(self.seg.statements, self.seg.speakers):
            if sp is not None and st.start <= m.start < st.end and sp.start < m.start:
                return self.of.get((sp.start, sp.end))
        return None

    def _in_question_line(self, m: Mention) -> bool:
        """Is the mention in an interviewer's dialogue line ("— Le président affirme que … Vous n'étiez pas au
        courant ?")? The answer's "a-t-il ironisé" is the interviewee, not the one the question cites."""
        text = self.seg.document.text
        start = text.rfind("\n", 0, m.start) + 1
        end = text.find("\n", m.start)
        line = text[start: end if end >= 0 else len(text)].strip()
        return line[:1] in ("—", "–") and line.endswith("?")

    def _lede_end(self) -> int:
        """The end of the first paragraph after the headline (a standfirst), else 0 when there is no headline."""
        end = self._headline_end()
        text = self.seg.document.text
        if end and (body := text.find("\n\n", end)) >= 0:
            stop = text.find("\n\n", body + 2)
            return stop if stop >= 0 else len(text)
        return end

    def _in_lede(self, m: Mention) -> bool:
        """Is the mention in the headline or the paragraph right after it (a standfirst)?"""
        return 0 <= m.start < self._lede_end()

    def _in_headline(self, m: Mention) -> bool:
        """Is the mention in the document's headline: its first line, when that is short and has no final period?"""
        return 0 <= m.start < self._headline_end()

    def _stresses(self, m: Mention, before: Mention | None) -> bool:
        """Is the pronoun ``m`` a stressed one set off by commas right after the phrase ``before`` ("La ministre,
        elle, affirme")?"""
        text = self.seg.document.text
        return before is not None and self.of.get((before.start, before.end)) is not None and \
            m.text.lower() in _STRESSED and re.fullmatch(r"\s*,\s*", text[before.end:m.start]) is not None and \
            re.match(r"\s*,", text[m.end:]) is not None

    def _renamed_speaker(self, m: Mention) -> Entity | None:
        """ "« … », a martelé Emmanuel Macron. Le chef de l'Etat a également assuré que …": a definite title seen
        for the first time, right after a speaker known only by name, is that speaker (unless the text marks a new
        one: "de son côté", "pour sa part", "quant à lui"); so is a broader noun of the speaker's side ("le diplomate
        américain" after the State Department's spokesman). Failing the speaker, so is the person named as the
        subject of the sentence just before ("… qu'Armand Ekindi dénonçait un « hold-up ». « … », a écrit
        l'opposant")."""
        if m.kind != "anaphor" or m.role_kind not in ("office", "person") or m.plural:
            return None
        last_subject = self.subjects[-1] if self.subjects else None
        if last_subject is not None and not _known_person(last_subject[0]):
            last_subject = None
        quoting = self._quoting(m)
        for latest, window in ((self.last_speaker, 2), (last_subject, 1)):
            if latest is not None and latest[1] >= m.unit - window and latest[0] is not quoting:
                e = self._renames(m, latest[0])
                if e is not None:
                    return e
        return None

    def _renames(self, m: Mention, e: Entity) -> Entity | None:
        """May the first use of the title ``m`` name ``e``, the person just named (see ``_renamed_speaker``)?"""
        text = fold(self.seg.document.text)
        if not e.names or e.org or e.plural:
            return None
        if m.side and e.sides and m.side not in e.sides:
            return None
        # a speaker with a title of their own is renamed only by a broader word of the same side: "Ned Price,
        # porte-parole du département d'Etat" -> "le diplomate américain"
        if e.roles and not (m.role_kind == "person" and m.side and m.side in e.sides) and not (
                m.role_kind == "person" and m.subject and self.last_speaker is not None and self.last_speaker[0] is e
                and (_DETERMINERS.sub("", fold(m.text)).strip() in titles() or not _OF_SOMETHING.search(fold(m.text)))
                and self.last_speaker[1] == m.unit - 1 and m.role not in e.roles and m.role not in _COURT_ROLES
                and not any(m.role in x.roles for x in self.entities if x is not e)):
            # ("« … », assure son président, Jean-Pierre Castagnet. Le chef d'entreprise, qui a repris le club en 2022,
            # affirme …": a person's epithet, no office, as the subject of the sentence right after the speaker's;
            # not "Le wali de la région", a post maybe someone else holds)
            return None
        if m.gender and e.gender and m.gender != e.gender:
            return None
        title = _DETERMINERS.sub("", fold(m.text))
        if title in text[self._headline_end(): m.start]:
            return None  # the title was used before: it may be someone else (a headline's is the body's person)
        around = text[max(0, m.start - 60): m.end + 60]
        if any(w in around for w in CONTRAST):
            return None
        if _REPLY_AFTER.match(fold(self.seg.document.text[m.end: m.end + 80])) or self._answers(m):
            return None  # "« … », affirme Yannick Bourgeais. Le préfet de la Loire-Atlantique dément.": who answers a
            # speaker is someone else
        return e


# a reply verb right after a subject (past an incise): "Le préfet dément", "La directrice, elle, a rétorqué"
_REPLY_AFTER = re.compile(r"\s*(?:,[^,.]{0,60},\s*)?(?:(?:a|ont|avait|avaient)\s+)?(?:(?:aussitot|immediatement|"
                          r"toutefois|pourtant|cependant)\s+)?(?:dement|dementent|dementi|conteste|contestent|"
                          r"refute|refutent|retorque|retorquent|replique|repliquent|nie|nient|objecte|"
                          r"objectent|repond|repondent|repondu|riposte|ripostent)\b")


# a reply's noun right before a title: "Réponse de la ministre : « … »", "Riposte du président"
_REPLY_BEFORE = re.compile(r"\b(?:reponse|replique|riposte)\s+(?:de|du|d')\s*(?:la |l')?$")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def _merge_across(entities: list[Entity]) -> None:
    """Canonical ids: one per full name, surnames and office descriptions joined to the one name they fit."""
    full = {}
    for e in entities:
        if e.full_name and len(e.full_name.split()) > 1 and not e.org:
            full.setdefault(fold(e.full_name), e.full_name)
    by_surname: dict[str, set[str]] = {}
    for key in full:
        by_surname.setdefault(key.split()[-1], set()).add(key)
    offices: dict[tuple[str, str | None], set[str]] = {}
    genders: dict[str, set[str]] = {}
    for e in entities:
        if e.full_name and not e.org:
            key = _name_key(e, full, by_surname)
            genders.setdefault(key, set()).update([e.gender] if e.gender else [])
            for role, kind in zip(e.roles, e.role_kinds):
                if kind == "office":
                    offices.setdefault((role, e.side), set()).add(key)
    for e in entities:
        if e.org:
            e.canonical = "org:" + _slug(e.names[0] if e.names else _DETERMINERS.sub("", fold(e.label())))
            if not _named_body(e):
                # ("le gouvernement" of an article on Gabon is not that of one on France: a body without a name is
                # one across documents only within one country)
                e.canonical = f"{e.canonical}@{e.side}" if e.side else f"{e.doc}/{_slug(e.label())}"
        elif e.full_name:
            e.canonical = _name_key(e, full, by_surname)
        elif not e.anonymous and e.roles:
            hits = set()
            for role, kind in zip(e.roles, e.role_kinds):
                if kind == "office":
                    hits |= offices.get((role, e.side), set())
            # ("la présidente de la 11e chambre" is no "Laurent Pichon", president of a club in another article)
            hits = {h for h in hits if not e.gender or not genders.get(h) or e.gender in genders[h]}
            e.canonical = next(iter(hits)) if len(hits) == 1 else None
        if e.canonical is None:
            e.canonical = f"{e.doc}/{_slug(e.label())}"
    # pool names and sides over each canonical speaker
    groups: dict[str, list[Entity]] = {}
    for e in entities:
        groups.setdefault(e.canonical, []).append(e)
    for group in groups.values():
        names = [n for e in group for n in e.names]
        sides = [s for e in group for s in e.sides]
        for e in group:
            e.names = sorted(set(names), key=names.index)
            e.sides = sides


def _name_key(e: Entity, full: dict[str, str], by_surname: dict[str, set[str]]) -> str:
    key = fold(e.full_name)
    if key in full:
        return key
    hits = by_surname.get(key.split()[-1], set())
    return next(iter(hits)) if len(hits) == 1 else key


def resolve_speakers(segmentations: Sequence[Segmentation]) -> list[Statement]:
    """Statements of all documents with ``speaker`` = {id, name, mention, side} resolved and merged.

    A speaker that cannot be resolved (a pronoun with no person before it) keeps its mention and gets no name.
    """
    entities: list[Entity] = []
    assigned: list[tuple[Statement, Mention | None, Entity | None]] = []
    for seg in segmentations:
        resolver = _DocumentResolver(seg)
        of = resolver.run()
        entities.extend(resolver.entities)
        for st, m in zip(seg.statements, seg.speakers):
            assigned.append((st, m, of.get((m.start, m.end)) if m is not None else None))
    _merge_across(entities)
    out = []
    for st, m, e in assigned:
        if e is None:
            out.append(st.with_speaker(Speaker(id=None, name=None, mention=st.speaker.mention,
                                               side=st.speaker.side)))
            continue
        name = e.label()
        if name and e.org and not e.aliases:
            name = e.names[0] if e.names else name
        out.append(st.with_speaker(Speaker(id=_slug(e.canonical) if "/" not in e.canonical else e.canonical,
                                           name=name, mention=st.speaker.mention,
                                           side=None if e.sideless else e.side or st.speaker.side)))
    return out
