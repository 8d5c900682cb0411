"""Evidence for reviewers, claims from questions, and the calibration's shape."""
from __future__ import annotations

import numpy as np
import pytest

from claims.records import Pair, Speaker, Statement
from claims.stance import Calibration, find_evidence, fit_calibration, pair_stance, question_to_claim


def st(doc: str, n: int, text: str) -> Statement:
    """The ``n``-th statement of document ``doc`` (100 characters apart), by a speaker of its own."""
    return Statement(doc=doc, start=n * 100, end=n * 100 + len(text), text=text, kind="direct",
                     speaker=Speaker(id=f"{doc}{n}", name=f"S{doc}{n}"))


@pytest.mark.parametrize("a, b, side", [
    ("les deux alliés ont trouvé un accord pour une zone de sécurité", "il n'y a ni zone, ni abri sécurisé", "b"),
    ("La Turquie ne participera pas à l'offensive", "La Turquie participera à l'offensive", "a"),
    ("Le ministre a démenti ces informations", "Le ministre a confirmé ces informations", "a"),
    ("Nous n'avons jamais reçu de demande", "Nous avons reçu une demande", "a"),
])
def test_negation_on_one_side(a, b, side):
    ev = find_evidence(a, b)
    assert ev["negation_one_side"] and ev["negation"] == side


def test_no_negation_flag_when_both_or_neither():
    assert not find_evidence("Il ne viendra pas.", "Elle ne viendra pas.")["negation_one_side"]
    assert not find_evidence("Il viendra.", "Elle viendra.")["negation_one_side"]


def test_numbers_and_dates_that_differ():
    ev = find_evidence("36 militaires turcs ont été tués le 27 février", "33 militaires turcs ont été tués le 27 mars",
                       similarity=0.91)
    assert ev["numbers_differ"] == ["33", "36"]
    assert ev["dates_differ"] == ["février", "mars"]
    assert ev["similarity"] == 0.91
    assert "février" in ev["diff_a"] and "mars" in ev["diff_b"]
    assert find_evidence("54 combattants", "54 combattants")["numbers_differ"] == []


@pytest.mark.parametrize("question, claim", [
    ("La Suisse doit-elle entamer des négociations d'adhésion à l'Union européenne?",
     "La Suisse doit entamer des négociations d'adhésion à l'Union européenne."),
    ("Êtes-vous favorable à une hausse de l'âge de la retraite (p. ex. à 67 ans)?",
     "Je suis favorable à une hausse de l'âge de la retraite (p. ex. à 67 ans)."),
    ("Faut-il interdire la publicité pour le tabac?", "Il faut interdire la publicité pour le tabac."),
    ("Soutenez-vous l'initiative populaire?", "Je soutiens l'initiative populaire."),
    ("Approuvez-vous la loi sur le CO2?", "J'approuve la loi sur le CO2."),
    ("Le moratoire doit-il être prolongé au-delà de 2013?", "Le moratoire doit être prolongé au-delà de 2013."),
    ("Est-ce que l'Etat doit intervenir?", "L'Etat doit intervenir."),
    ("Actuellement, la taxe est prélevée (p. ex. sur le gaz). Cette taxe devrait-elle être étendue?",
     "Actuellement, la taxe est prélevée (p. ex. sur le gaz). Cette taxe devrait être étendue."),
])
def test_question_to_claim(question, claim):
    assert question_to_claim(question) == claim


def test_calibration_is_monotone_and_separates():
    rng = np.random.default_rng(0)
    y = rng.random(400) < 0.35
    p = np.clip(np.where(y, rng.beta(5, 2, 400), rng.beta(2, 5, 400)), 0.001, 0.999)
    cal = fit_calibration(p, y, "synthetic")
    scores = [cal.score(v) for v in (0.05, 0.3, 0.6, 0.95)]
    assert scores == sorted(scores)
    assert cal.contradiction_threshold == 0.5  # flagged when more likely than not, never searched
    assert cal.a > 0
    # the calibrated score is a probability: among pairs scored 0.5 or more, most are contradictions
    flagged = np.array([cal.score(v) for v in p]) >= 0.5
    assert y[flagged].mean() > 0.5 and y[~flagged].mean() < 0.5


def test_pair_stance_decisions():
    cal = Calibration(contradiction_threshold=0.6, entailment_threshold=0.5, related_similarity=0.8)
    d = lambda e, n, c: {"entailment": e, "neutral": n, "contradiction": c}  # noqa: E731
    contra = {"p_contradiction": 0.9, "directions": {"a->b": d(0.05, 0.05, 0.9), "b->a": d(0.05, 0.05, 0.9)}}
    agree = {"p_contradiction": 0.05, "directions": {"a->b": d(0.8, 0.15, 0.05), "b->a": d(0.3, 0.65, 0.05)}}
    neutral = {"p_contradiction": 0.1, "directions": {"a->b": d(0.1, 0.8, 0.1), "b->a": d(0.1, 0.8, 0.1)}}
    assert pair_stance(contra, 0.9, cal)[:2] == ("contradiction", "disagree")
    assert pair_stance(agree, 0.9, cal)[:2] == ("entailment", "agree")
    assert pair_stance(neutral, 0.9, cal)[:2] == ("neutral", "discuss")
    assert pair_stance(neutral, 0.5, cal)[:2] == ("neutral", "unrelated")


def test_rank_pairs_discounts_statements_that_contradict_everything():
    from claims.stance import rank_pairs

    denial = st("d0", 0, "Il n'y a rien de tel.")
    others = [st(f"d{i}", 0, f"Affirmation {i}") for i in range(1, 6)]
    claim, answer = st("d6", 0, "Le pont a été fermé lundi."), st("d7", 0, "Le pont est resté ouvert lundi.")
    pairs = [Pair(a=denial, b=o, contradiction=c, score=c, label="contradiction")
             for o, c in zip(others, (0.80, 0.78, 0.77, 0.76, 0.75))]
    pairs.append(Pair(a=claim, b=answer, contradiction=0.70, score=0.70, label="contradiction"))
    pairs.append(Pair(a=claim, b=others[0], contradiction=0.05, score=0.05, label="neutral"))
    ranked = rank_pairs(pairs)
    assert [p.rank for p in ranked] == list(range(1, len(pairs) + 1))
    # the specific contradiction outranks the blanket denial's higher-scored pairs
    assert ranked[0].a.id == claim.id and ranked[0].b.id == answer.id
    top_denial = next(p for p in ranked if p.a.id == denial.id and p.b.id == others[0].id)
    assert top_denial.evidence["typical_contradiction"] == pytest.approx({"a": (0.78 + 0.77 + 0.76) / 3, "b": 0.05},
                                                                         abs=1e-4)
    assert top_denial.score == pytest.approx(0.80 - ((0.78 + 0.77 + 0.76) / 3 + 0.05) / 2, abs=1e-4)
    # labels and contradiction scores untouched; re-ranking ranked pairs changes nothing
    assert sorted(p.contradiction for p in ranked) == sorted(p.contradiction for p in pairs)
    assert [(p.id, p.score, p.rank) for p in rank_pairs(ranked)] == [(p.id, p.score, p.rank) for p in ranked]


def test_rank_pairs_puts_a_claim_and_the_answer_next_to_it_first():
    """Two statements next to each other in one article outrank an equally scored pair from two articles, which
    outranks two statements of one article far apart; the reading order counts statements in no pair."""
    from claims.stance import find_evidence, proximity_bonus, rank_pairs

    article = [st("A", n, f"Le pont numéro {n} est fermé.") for n in range(12)]
    other = st("B", 0, "Le pont numéro 0 est ouvert.")
    near, apart, far = (Pair(a=a, b=b, contradiction=0.5, label="contradiction", evidence=find_evidence(a.text, b.text))
                        for a, b in ((article[0], article[1]), (article[0], other), (article[11], article[1])))
    ranked = rank_pairs([far, apart, near], article + [other])
    assert [p.id for p in ranked] == [near.id, apart.id, far.id]
    assert [p.evidence["gap"] for p in ranked] == [1, None, 10]
    assert ranked[1].score == pytest.approx(0.5 - 0.25, abs=1e-4)  # typical scores 0.5 / 0; no bonus across documents
    assert proximity_bonus(1) > 0 > proximity_bonus(10) and proximity_bonus(None) == 0
    # without the analysis's statements, the reading order is that of the pairs' statements (0, 1, 11): 1 and 11 adjacent
    assert {p.id: p.evidence["gap"] for p in rank_pairs([far, apart, near])}[far.id] == 1


def test_rank_pairs_puts_two_statements_giving_different_numbers_first():
    from claims.stance import NUMBERS_WEIGHT, find_evidence, rank_pairs

    police, union = st("d0", 0, "Ils étaient 1 200 à défiler."), st("d1", 0, "Ils étaient 5 000 à défiler.")
    calm, angry = st("d2", 0, "Ils étaient calmes à défiler."), st("d3", 0, "Ils étaient en colère à défiler.")
    numbers = Pair(a=police, b=union, contradiction=0.5, evidence=find_evidence(police.text, union.text))
    words = Pair(a=calm, b=angry, contradiction=0.55, evidence=find_evidence(calm.text, angry.text))
    assert numbers.evidence["numbers_differ"] and not words.evidence["numbers_differ"]
    ranked = rank_pairs([words, numbers])
    assert [p.id for p in ranked] == [numbers.id, words.id]
    assert ranked[0].score - ranked[1].score == pytest.approx(NUMBERS_WEIGHT - 0.05, abs=1e-4)  # no typical scores


def test_rank_pairs_puts_pairs_sharing_no_term_after_the_others():
    from claims.stance import find_evidence, rank_pairs

    a, b = st("d0", 0, "Le pont de Tancarville a été fermé lundi."), st("d1", 0, "Le pont de Tancarville est resté ouvert.")
    c, d = st("d2", 0, "Aucun docker n'a lancé de pierre."), st("d3", 0, "Un premier vol qui échoue, c'est la norme.")
    related = Pair(a=a, b=b, contradiction=0.40, score=0.40, label="contradiction",
                   evidence=find_evidence(a.text, b.text))
    unrelated = Pair(a=c, b=d, contradiction=0.90, score=0.90, label="contradiction",
                     evidence=find_evidence(c.text, d.text))
    assert related.evidence["shared_terms"] and not unrelated.evidence["shared_terms"]
    ranked = rank_pairs([unrelated, related])
    assert [p.id for p in ranked] == [related.id, unrelated.id]
    assert ranked[1].label == "contradiction"  # the label is the model's; only the order changes


def test_within_one_article_a_pair_sharing_no_term_is_not_put_last():
    """"Il n'y a ni zone, ni abri sécurisé" shares no term with the claim it denies: within one article the pair only
    loses NO_SHARED_TERM_PENALTY; across documents such a pair still comes after all the others."""
    from claims.stance import NO_SHARED_TERM_PENALTY, find_evidence, proximity_bonus, rank_pairs

    claim, denial = st("A", 0, "Les alliés ont créé un refuge au nord."), st("A", 1, "Il n'y a ni zone, ni abri sécurisé.")
    x, y = st("B", 0, "Le pont de Tancarville est fermé."), st("C", 0, "Le pont de Tancarville est ouvert.")
    u, v = st("D", 0, "Aucun docker n'a lancé de pierre."), st("E", 0, "Un premier vol qui échoue, c'est la norme.")
    inside = Pair(a=claim, b=denial, contradiction=0.6, evidence=find_evidence(claim.text, denial.text))
    shared = Pair(a=x, b=y, contradiction=0.5, evidence=find_evidence(x.text, y.text))
    across = Pair(a=u, b=v, contradiction=0.9, evidence=find_evidence(u.text, v.text))
    assert not inside.evidence["shared_terms"] and shared.evidence["shared_terms"] and not across.evidence["shared_terms"]
    ranked = rank_pairs([across, shared, inside])
    assert [p.id for p in ranked] == [inside.id, shared.id, across.id]
    assert ranked[0].score == pytest.approx(0.6 + proximity_bonus(1) - NO_SHARED_TERM_PENALTY, abs=1e-4)
