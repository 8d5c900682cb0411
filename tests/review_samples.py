"""Scored pairs for the review tests, built from French statements in the style of the seed articles.

They stand in for ``claims.pipeline.analyze(["seeds/"]).pairs`` so the review tests do not need the NLI model.
"""
from __future__ import annotations

from claims.records import Pair, Speaker, Statement

TURKEY = Speaker(id="sp-tr-mfa", name="un responsable du ministère turc des Affaires étrangères",
                 mention="ce responsable turc", side="TR")
COOK = Speaker(id="sp-cook", name="Peter Cook", mention="Le porte-parole du Pentagone", side="US")
KIRBY = Speaker(id="sp-kirby", name="John Kirby", mention="John Kirby", side="US")
ZAKHAROVA = Speaker(id="sp-zakharova", name="Maria Zakharova", mention="la porte-parole de la diplomatie russe",
                    side="RU")
DAVUTOGLU = Speaker(id="sp-davutoglu", name="Ahmet Davutoglu", mention="le Premier ministre turc", side="TR")

ARTICLES = {
    "d0": ("La Turquie prête à une offensive d'envergure contre Daesh", "2015-08-26",
           "https://www.example-news.fr/monde/turquie-offensive-daesh", "AFP"),
    "d1": ("Washington préoccupé par la menace posée par Daesh à l'égard de la Turquie", "2016-04-25",
           "https://www.example-agence.com.tr/fr/washington-preoccupe", "Anadolu"),
    "d2": ("Moscou accuse Ankara de soutenir les jihadistes", "2015-12-02",
           "https://www.example-ru.fr/international/moscou-accuse-ankara", "Sputnik"),
}


def statement(doc: str, start: int, text: str, speaker: Speaker, context: str, cue: str = "a déclaré",
              kind: str = "direct") -> Statement:
    title, date, url, source = ARTICLES[doc]
    return Statement(doc=doc, start=start, end=start + len(text), text=text, kind=kind, cue=cue, speaker=speaker,
                     date=date, title=title, source=source, url=url, context=context)


def scored(a: Statement, b: Statement, c: float, e: float, rank: int, evidence: dict) -> Pair:
    n = round(1 - c - e, 4)
    return Pair(a=a, b=b, p_entailment=e, p_neutral=n, p_contradiction=c,
                directions={"a->b": {"entailment": e, "neutral": n, "contradiction": c},
                            "b->a": {"entailment": round(e * 0.8, 4), "neutral": round(n + e * 0.2, 4),
                                     "contradiction": c}},
                label="contradiction" if c >= 0.5 else "entailment" if e >= 0.5 else "neutral",
                stance="disagree" if c >= 0.5 else "agree" if e >= 0.5 else "discuss",
                score=c, rank=rank, evidence=evidence)


def sample_pairs() -> list[Pair]:
    """Six pairs, ranked most likely contradiction first, with the evidence fields the pipeline writes."""
    s = {
        "tr_coord": statement("d0", 310, "La Turquie et les Etats-Unis vont coordonner leurs opérations", TURKEY,
                              "« La Turquie et les Etats-Unis vont coordonner leurs opérations », a dit ce "
                              "responsable turc sous couvert de l'anonymat.", cue="a dit"),
        "tr_planes": statement("d0", 1200, "Le nombre de ces avions va augmenter au fur et à mesure", TURKEY,
                               "« Le nombre de ces avions va augmenter au fur et à mesure », a ajouté ce même "
                               "responsable.", cue="a ajouté"),
        "us_dialogue": statement("d1", 640, "Nous menons un dialogue permanent, au plus haut niveau, avec le "
                                 "gouvernement turc", COOK,
                                 "Cook a ajouté, lors d'un point de presse : « Nous menons un dialogue permanent, "
                                 "au plus haut niveau, avec le gouvernement turc ».", cue="a ajouté"),
        "us_no_coord": statement("d1", 900, "les Etats-Unis ne coordonnent pas leurs frappes avec Ankara", KIRBY,
                                 "Selon John Kirby, les Etats-Unis ne coordonnent pas leurs frappes avec Ankara.",
                                 cue="selon", kind="indirect"),
        "us_planes": statement("d1", 1500, "Le nombre de nos avions à Incirlik va diminuer", COOK,
                               "Peter Cook a précisé : « Le nombre de nos avions à Incirlik va diminuer ».",
                               cue="a précisé"),
        "ru_support": statement("d2", 200, "la Turquie soutient les jihadistes de Daesh", ZAKHAROVA,
                                "Maria Zakharova a affirmé que la Turquie soutient les jihadistes de Daesh.",
                                cue="a affirmé", kind="indirect"),
        "tr_fight": statement("d2", 700, "La Turquie combat Daesh sans relâche depuis juillet", DAVUTOGLU,
                              "« La Turquie combat Daesh sans relâche depuis juillet », a répondu le Premier "
                              "ministre turc.", cue="a répondu"),
        "us_threat": statement("d1", 300, "il est clair que nous sommes préoccupés par les menaces posées par "
                               "Daesh contre la Turquie", COOK,
                               "Peter Cook a déclaré « il est clair que nous sommes préoccupés par les menaces "
                               "posées par Daesh contre la Turquie ».", kind="direct"),
    }
    return [
        scored(s["tr_coord"], s["us_no_coord"], 0.91, 0.03, 1,
               {"negation_one_side": True, "negation": "b", "similarity": 0.88,
                "diff_a": ["vont", "coordonner"], "diff_b": ["ne", "coordonnent", "pas"]}),
        scored(s["ru_support"], s["tr_fight"], 0.84, 0.04, 2,
               {"similarity": 0.81, "diff_a": ["soutient"], "diff_b": ["combat"], "gap": 1}),
        scored(s["tr_planes"], s["us_planes"], 0.77, 0.05, 3,
               {"similarity": 0.86, "diff_a": ["augmenter"], "diff_b": ["diminuer"],
                "numbers_differ": []}),
        scored(s["us_no_coord"], s["us_dialogue"], 0.46, 0.12, 4, {"similarity": 0.79}),
        scored(s["tr_fight"], s["us_threat"], 0.18, 0.41, 5, {"similarity": 0.8}),
        scored(s["tr_coord"], s["us_dialogue"], 0.06, 0.81, 6, {}),  # no evidence at all: must still render
    ]


def hostile_pair() -> Pair:
    """A pair whose quote, speaker, title and url try to inject markup and script."""
    evil = Speaker(id="sp-evil", name="<script>alert('speaker')</script>", mention="<b>x</b>", side="<i>XX</i>")
    a = Statement(doc="evil", start=0, end=40, text="<script>alert('quote')</script>", kind="direct", speaker=evil,
                  title="<img src=x onerror=alert(1)>", url="javascript:alert('url')",
                  context="Il a dit « <script>alert('quote')</script> » hier.")
    b = Statement(doc="evil", start=100, end=140, text="Rien à signaler", kind="direct",
                  speaker=Speaker(name="Quelqu'un", side="FR"), url="https://example.org/ok")
    return Pair(a=a, b=b, p_contradiction=0.99, score=0.99, rank=0, label="contradiction",
                evidence={"diff_a": ["<script>"], "numbers_differ": ["<b>1</b>"]})
