"""The evaluation harness's extraction scorer, on the seeds and on the written wire-style articles (eval/README.md)."""
from __future__ import annotations

from pathlib import Path

import pytest

from claims.evaluation.extraction import evaluate_extraction, same_speaker

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("predicted,gold,expected", [
    ("M. Carter", "Ashton Carter", True),  # the surname names the person
    ("Ashton Carter", "Ashton Carter", True),
    ("Carter", "Jimmy Carter", True),
    ("Mattis", "Ashton Carter", False),
    ("Météo-France", "Météo-France", True),  # a hyphenated name matches itself
    ("Jean-Luc Mélenchon", "Jean-Luc Mélenchon", True),
    ("Météo", "Météo-France", False),
    ("un responsable du ministère turc des Affaires étrangères",
     "un responsable du ministère turc des Affaires étrangères", True),
    ("ce responsable", "un responsable du ministère turc des Affaires étrangères", False),  # left unresolved
    (None, None, True),
    (None, "Ashton Carter", False),
    ("Organisation mondiale de la santé", "l'OMS", True),  # an acronym and the name it spells out
    ("la FQSI", "la Fédération québécoise des soins infirmiers", True),
    ("Organisation mondiale du commerce", "l'OMS", False),
    # acronyms that take more than a letter of a word: Direction générale de l'ALimentation
    ("la Direction générale de l'alimentation", "la DGAL", True),
    ("l'Association nationale des distributeurs de produits pétroliers", "l'ANADIPP", True),
    ("la Direction générale de la santé", "la DGAL", False),
    ("l'Agence française de lutte contre le dopage", "AFLD", True),  # a preposition left out
    ("l'Agence française de lutte contre le dopage", "AFLCD", True),  # or kept
    ("l'Agence française de lutte contre le dopage", "AFD", False),
    ("L'Agence régionale de santé (ARS) Hauts-de-France", "l'ARS", True),  # the name gives the acronym
    ("L'Agence régionale de santé (ARS) Hauts-de-France", "l'ANSM", False),
    ("L'agence régionale de santé (ARS) Occitanie", "l'ARS Occitanie", True),  # the acronym and the same region
    ("L'agence régionale de santé (ARS) Occitanie", "l'ARS Bretagne", False),
    ("Kévin D.", "Kévin D.", True),  # an initial for a surname: the first name and the initial
    ("Kévin B.", "Kévin D.", False),
    ("Kévin", "Kévin D.", False),
])
def test_same_speaker(predicted, gold, expected):
    assert same_speaker(predicted, gold) is expected


def test_a_bodys_name_and_the_acronym_its_article_gives_it_are_one_speaker():
    """ "L'Association des usagers du rail Rhône-Méditerranée (AURM)" in the article: that name and "l'AURM" are the same
    speaker (its initials do not spell it); without the article's text, or with another acronym, they are not."""
    from claims.evaluation.extraction import extraction_metrics
    from claims.records import Speaker, Statement

    text = ("L'Association des usagers du rail Rhône-Méditerranée (AURM) assure que les passagers sont restés bloqués. "
            "Selon l'AURM, l'opérateur n'a rien proposé.")
    name = "L'Association des usagers du rail Rhône-Méditerranée"
    predicted = [Statement(doc="d", start=0, end=10, text="les passagers sont restés bloqués", kind="indirect",
                           speaker=Speaker(id="x", name=name)),
                 Statement(doc="d", start=20, end=30, text="l'opérateur n'a rien proposé", kind="indirect",
                           speaker=Speaker(id="x", name=name))]
    gold = [{"doc": "d", "content": "les passagers sont restés bloqués", "kind": "indirect", "speaker": name},
            {"doc": "d", "content": "l'opérateur n'a rien proposé", "kind": "indirect", "speaker": "l'AURM"}]
    assert not same_speaker(name, "l'AURM")
    assert extraction_metrics(predicted, gold, {"d": text})["speaker_accuracy"] == 1.0
    assert extraction_metrics(predicted, gold)["speaker_accuracy"] == 0.5
    assert extraction_metrics(predicted, gold, {"d": text.replace("(AURM)", "(AURA)")})["speaker_accuracy"] == 0.5


def test_extraction_on_the_seeds(nlp):
    m = evaluate_extraction(ROOT / "eval/gold/seeds.jsonl", [ROOT / "seeds"], nlp)
    assert m["statements_gold"] == 45
    assert m["statement_f1"] >= 0.95 and m["speaker_accuracy"] >= 0.95


@pytest.mark.parametrize("name,gold_statements,min_f1,min_speaker", [
    # floors under the figures measured at the end of the thirteenth session (README.md), in parentheses those of the
    # session's start (commit 22f6f40, scored with the acronym-aware speaker match); the sets 11 and 12 were written
    # during it
    # (the first six are development sets since the twenty-fourth session: their errors were read then; their floors
    # stay, as a guard for every set)
    ("wire-heldout", 65, 0.97, 0.85),  # F1 0.992, speaker 0.875 (0.992 / 0.875)
    ("wire-heldout2", 58, 0.95, 0.84),  # F1 0.975, speaker 0.862 (0.975 / 0.845)
    ("wire-heldout3", 85, 0.96, 0.84),  # F1 0.982, speaker 0.868 (0.970 / 0.864)
    ("wire-heldout4", 80, 0.94, 0.77),  # F1 0.969, speaker 0.795 (0.969 / 0.782)
    ("wire-heldout5", 75, 0.94, 0.83),  # F1 0.967, speaker 0.849 (0.961 / 0.849)
    ("wire-heldout6", 81, 0.88, 0.81),  # F1 0.906, speaker 0.833 (0.906 / 0.833)
    ("wire-heldout7", 93, 0.94, 0.75),  # F1 0.973, speaker 0.778 (0.973 / 0.756)
    ("wire-heldout8", 91, 0.92, 0.87),  # F1 0.938, speaker 0.892 (0.938 / 0.879)
    ("wire-heldout9", 93, 0.92, 0.74),  # F1 0.945, speaker 0.767 (0.945 / 0.733)
    ("wire-heldout10", 95, 0.92, 0.85),  # F1 0.947, speaker 0.878 (0.947 / 0.833)
    ("wire-heldout11", 94, 0.96, 0.93),  # F1 0.984, speaker 0.957 (0.979 / 0.956)
    ("wire-heldout12", 94, 0.96, 0.80),  # F1 0.979, speaker 0.826 (0.979 / 0.815)
    # written in the fourteenth session, measured with its start code (commit 9cbc1b0) before any rule change
    ("wire-heldout13", 95, 0.95, 0.83),  # F1 0.974, speaker 0.859 (0.974 / 0.859; arrived after the rule changes)
    ("wire-heldout14", 94, 0.93, 0.81),  # F1 0.956, speaker 0.839 (0.956 / 0.839)
    # written in the fifteenth session by writers who read only eval/README.md; they arrived after most of its rules,
    # in parentheses the figures with its start code (commit 2998628)
    ("wire-heldout15", 93, 0.93, 0.81),  # F1 0.951, speaker 0.839 (0.951 / 0.816)
    ("wire-story-heldout", 94, 0.91, 0.80),  # a pile on one story: F1 0.935, speaker 0.826 (0.935 / 0.826)
    # written in the sixteenth session; in parentheses the figures with its start code (commit a1207f0)
    ("wire-heldout16", 90, 0.90, 0.87),  # F1 0.922, speaker 0.904 (0.922 / 0.892; arrived after the rule changes)
    ("wire-story-heldout2", 94, 0.90, 0.81),  # a pile on one story: F1 0.930, speaker 0.837 (0.930 / 0.837)
    # written in the seventeenth session; measured with its start code (commit 5255ef4) before any rule change
    ("wire-heldout17", 94, 0.92, 0.89),  # F1 0.948, speaker 0.923
    ("wire-heldout18", 96, 0.94, 0.81),  # F1 0.963, speaker 0.835 (arrived after the first rule changes; the start
    # code gives the same)
    ("wire-story-heldout3", 89, 0.95, 0.88),  # a pile on one story: F1 0.977, speaker 0.907 (arrived after the first
    # rule changes; the start code gives the same)
    # written in the eighteenth session; measured with its start code (commit 2b56bcb) before any rule change
    ("wire-heldout19", 88, 0.93, 0.83),  # F1 0.954, speaker 0.855
    ("wire-heldout20", 100, 0.91, 0.78),  # F1 0.936, speaker 0.810
    ("wire-story-heldout4", 88, 0.92, 0.85),  # a pile on one story: F1 0.943, speaker 0.879
    # written in the nineteenth session; measured with its start code (commit 945da2c) before any rule change
    ("wire-heldout21", 91, 0.95, 0.76),  # F1 0.978, speaker 0.784
    ("wire-heldout22", 97, 0.95, 0.80),  # F1 0.974, speaker 0.830
    # written late in the nineteenth session, after most of its rule changes; floors under the start code's figures
    ("wire-heldout23", 99, 0.92, 0.83),  # F1 0.942, speaker 0.854 (this session's end: 0.952 / 0.856)
    ("wire-heldout24", 94, 0.94, 0.90),  # F1 0.967, speaker 0.921 (this session's end: 0.973 / 0.922)
    # written in the twentieth session; measured with its start code (commit 8c498c0) in a worktree before they were read
    ("wire-heldout25", 90, 0.95, 0.84),  # F1 0.972, speaker 0.864
    ("wire-heldout26", 96, 0.96, 0.85),  # F1 0.984, speaker 0.871
    ("wire-story-heldout5", 87, 0.90, 0.89),  # a pile on one story: F1 0.929, speaker 0.911
    # written later in the twentieth session, after part of its rule changes; floors under the start code's figures
    ("wire-heldout27", 94, 0.95, 0.88),  # F1 0.978, speaker 0.900
    ("wire-heldout28", 91, 0.95, 0.78),  # F1 0.978, speaker 0.807
    # written in the twenty-first session; measured with its start code (commit 57c29af) in a worktree before they were read
    ("wire-heldout29", 90, 0.95, 0.82),  # F1 0.972, speaker 0.849
    ("wire-heldout30", 92, 0.95, 0.89),  # F1 0.973, speaker 0.911
    ("wire-story-heldout6", 89, 0.95, 0.83),  # a pile on one story: F1 0.972, speaker 0.859
    # written at the end of the twenty-second session, after its rule changes; its start code (commit a891f14, a
    # worktree) gives the same figures
    ("wire-heldout31", 87, 0.93, 0.91),  # F1 0.959, speaker 0.939
    # written during the twenty-third session while its rules were made, never read; its start code (commit 52b1d53,
    # a worktree) gives F1 0.990, speaker 0.939
    ("wire-heldout32", 100, 0.96, 0.91),  # F1 0.995, speaker 0.939
    # written at the start of the twenty-fourth session, never read; its start code (commit 949c39f, a worktree) gives
    # the figures in parentheses
    ("wire-heldout33", 89, 0.95, 0.83),  # F1 0.978, speaker 0.851 (0.978 / 0.828)
    ("wire-heldout34", 96, 0.95, 0.81),  # F1 0.979, speaker 0.839 (0.979 / 0.839)
    ("wire-story-heldout7", 86, 0.96, 0.93),  # a pile on one story: F1 0.982, speaker 0.952 (0.982 / 0.952)
    # written at the start of the twenty-fifth session, never read; its start code (commit 97af884, a worktree) gives
    # the figures in parentheses
    ("wire-heldout35", 92, 0.93, 0.72),  # F1 0.955, speaker 0.741 (0.955 / 0.729)
    ("wire-heldout36", 94, 0.92, 0.77),  # F1 0.946, speaker 0.793 (0.946 / 0.793)
    # written at the start of the twenty-sixth session, never read; its start code (commit 89732be) gives the figures
    # in parentheses
    ("wire-heldout37", 100, 0.95, 0.81),  # F1 0.969, speaker 0.832 (0.932 / 0.775)
    ("wire-heldout38", 99, 0.94, 0.82),  # F1 0.958, speaker 0.848 (0.958 / 0.761)
    # written at the start of the twenty-seventh session, never read; its start code (commit 11667ad) gives the figures
    # in parentheses
    ("wire-heldout39", 99, 0.96, 0.89),  # F1 0.979, speaker 0.916 (0.969 / 0.892)
    ("wire-heldout40", 100, 0.93, 0.86),  # F1 0.954, speaker 0.882 (0.954 / 0.882)
    # written at the start of the twenty-eighth session, never read; its start code (commit 3e6ec67) gives the figures
    # in parentheses
    ("wire-heldout41", 97, 0.97, 0.83),  # F1 0.990, speaker 0.854 (0.969 / 0.830)
    ("wire-heldout42", 100, 0.96, 0.76),  # F1 0.980, speaker 0.784 (0.980 / 0.773)
    # written at the start of the twenty-ninth session, never read; its start code (commit 728d604) gives the figures
    # in parentheses
    ("wire-heldout43", 100, 0.95, 0.80),  # F1 0.964, speaker 0.819 (0.954 / 0.819)
    ("wire-heldout44", 100, 0.96, 0.83),  # F1 0.980, speaker 0.847 (0.975 / 0.845)
    # written at the start of the thirtieth session, never read; the extraction code is the session's start code
    # (commit 91734b4: the session changed the NLI model only)
    ("wire-heldout45", 100, 0.95, 0.84),  # F1 0.969, speaker 0.862
    ("wire-heldout46", 100, 0.96, 0.82),  # F1 0.975, speaker 0.844
    # written at the start (47, 48) and in the middle (49, 50) of the thirty-first session, never read; its start code
    # (commit c826597) gives the figures in parentheses
    ("wire-heldout47", 100, 0.95, 0.86),  # F1 0.964, speaker 0.884 (0.964 / 0.821)
    ("wire-heldout48", 99, 0.97, 0.84),  # F1 0.990, speaker 0.859 (0.990 / 0.859)
    ("wire-heldout49", 99, 0.97, 0.85),  # F1 0.990, speaker 0.878 (0.990 / 0.878)
    ("wire-heldout50", 100, 0.97, 0.89),  # F1 0.985, speaker 0.918 (0.985 / 0.918)
    # written at the start (51, 52) and in the middle (53, 54) of the thirty-second session, never read; its start code
    # (commit 0dbc7c8) gives the figures in parentheses
    ("wire-heldout51", 99, 0.96, 0.82),  # F1 0.980, speaker 0.844 (0.980 / 0.844)
    ("wire-heldout52", 100, 0.96, 0.83),  # F1 0.985, speaker 0.857 (0.980 / 0.856)
    ("wire-heldout53", 100, 0.97, 0.90),  # F1 0.990, speaker 0.929 (0.990 / 0.929)
    ("wire-heldout54", 100, 0.96, 0.87),  # F1 0.990, speaker 0.898 (0.985 / 0.897)
    # written at the start (55, 56), in the middle (57, 58) and in the second half (59, 60) of the thirty-third session,
    # never read; its start code (commit 626bc4d) gives the figures in parentheses
    ("wire-heldout55", 100, 0.96, 0.85),  # F1 0.980, speaker 0.876 (0.975 / 0.875)
    ("wire-heldout56", 99, 0.94, 0.86),  # F1 0.959, speaker 0.883 (0.959 / 0.883)
    ("wire-heldout57", 100, 0.95, 0.80),  # F1 0.980, speaker 0.844 (0.969 / 0.819)
    ("wire-heldout58", 100, 0.96, 0.86),  # F1 0.980, speaker 0.906 (0.980 / 0.885)
    ("wire-heldout59", 101, 0.96, 0.74),  # F1 0.985, speaker 0.765 (0.980 / 0.773)
    ("wire-heldout60", 99, 0.96, 0.90),  # F1 0.980, speaker 0.939 (0.980 / 0.929)
    # written at the start (61, 62), in the middle (63) and in the second half (64) of the thirty-fourth session, never
    # read; its start code (commit 1f91112) gives the figures in parentheses
    ("wire-heldout61", 100, 0.94, 0.87),  # F1 0.966, speaker 0.898 (0.966 / 0.888)
    ("wire-heldout62", 100, 0.95, 0.78),  # F1 0.970, speaker 0.802 (0.970 / 0.781)
    ("wire-heldout63", 97, 0.97, 0.82),  # F1 0.995, speaker 0.844 (0.995 / 0.844)
    ("wire-heldout64", 101, 0.96, 0.86),  # F1 0.980, speaker 0.887 (0.980 / 0.866)
    # written at the start of the thirty-fifth session (65, 66) and early in it, in a second wave (67, 68), never read;
    # its start code (commit 5a2851d) gives the figures in parentheses
    ("wire-heldout65", 93, 0.95, 0.75),  # F1 0.978, speaker 0.778 (0.978 / 0.778)
    ("wire-heldout66", 101, 0.95, 0.86),  # F1 0.980, speaker 0.888 (0.980 / 0.888)
    ("wire-heldout67", 100, 0.97, 0.91),  # F1 0.995, speaker 0.940 (0.995 / 0.940)
    ("wire-heldout68", 99, 0.96, 0.85),  # F1 0.990, speaker 0.876 (0.990 / 0.876)
    # written at the start (69, 70) and early in (71, 72; 73, 74 in a second wave) the thirty-sixth session, never
    # read; its start code (commit 051a18c) gives the figures in parentheses
    ("wire-heldout69", 96, 0.95, 0.88),  # F1 0.974, speaker 0.913 (0.974 / 0.913)
    ("wire-heldout70", 97, 0.96, 0.91),  # F1 0.990, speaker 0.938 (0.990 / 0.938)
    ("wire-heldout71", 100, 0.94, 0.75),  # F1 0.970, speaker 0.781 (0.970 / 0.781)
    ("wire-heldout72", 99, 0.95, 0.78),  # F1 0.980, speaker 0.814 (0.980 / 0.814)
    ("wire-heldout73", 100, 0.96, 0.87),  # F1 0.985, speaker 0.897 (0.985 / 0.897)
    ("wire-heldout74", 98, 0.94, 0.93),  # F1 0.969, speaker 0.957 (0.969 / 0.957)
    # written at the start (75, 76, 77) and in the first hour (78, 79, 80, a second wave) of the thirty-seventh
    # session, never read; its start code (commit b86ba88) gives the figures in parentheses
    ("wire-heldout75", 99, 0.94, 0.83),  # F1 0.969, speaker 0.862 (0.969 / 0.862)
    ("wire-heldout76", 100, 0.95, 0.74),  # F1 0.975, speaker 0.771 (0.975 / 0.771)
    ("wire-heldout77", 101, 0.95, 0.85),  # F1 0.975, speaker 0.878 (0.975 / 0.878)
    ("wire-heldout78", 98, 0.96, 0.89),  # F1 0.985, speaker 0.918 (0.990 / 0.887)
    ("wire-heldout79", 99, 0.95, 0.80),  # F1 0.975, speaker 0.833 (0.975 / 0.833)
    ("wire-heldout80", 98, 0.95, 0.82),  # F1 0.974, speaker 0.851 (0.974 / 0.851)
    # written at the start (81, 82, 83) and in the first half hour (84, 85, 86, a second wave) of the
    # thirty-eighth session, never read; its start code (commit a235cd4) gives the figures in parentheses
    ("wire-heldout81", 100, 0.96, 0.89),  # F1 0.990, speaker 0.919 (0.990 / 0.919)
    ("wire-heldout82", 100, 0.95, 0.81),  # F1 0.980, speaker 0.847 (0.980 / 0.847)
    ("wire-heldout83", 99, 0.94, 0.78),  # F1 0.975, speaker 0.812 (0.975 / 0.812)
    ("wire-heldout84", 100, 0.94, 0.91),  # F1 0.975, speaker 0.938 (0.975 / 0.938)
    ("wire-heldout85", 100, 0.94, 0.87),  # F1 0.975, speaker 0.907 (0.975 / 0.907)
    ("wire-heldout86", 99, 0.95, 0.86),  # F1 0.980, speaker 0.896 (0.974 / 0.895)
    # written at the start (87, 88) and in the first half hour (89 … 92) of the thirty-ninth session, never read;
    # its start code (commit a93575b) gives the figures in parentheses
    ("wire-heldout87", 99, 0.96, 0.88),  # F1 0.985, speaker 0.907 (0.985 / 0.897)
    ("wire-heldout88", 98, 0.95, 0.87),  # F1 0.980, speaker 0.896 (0.974 / 0.863)
    ("wire-heldout89", 100, 0.95, 0.84),  # F1 0.975, speaker 0.866 (0.975 / 0.866)
    ("wire-heldout90", 100, 0.94, 0.93),  # F1 0.965, speaker 0.959 (0.965 / 0.959)
    ("wire-heldout91", 99, 0.96, 0.87),  # F1 0.990, speaker 0.897 (0.990 / 0.887)
    ("wire-heldout92", 100, 0.96, 0.80),  # F1 0.985, speaker 0.827 (0.985 / 0.827)
])
def test_extraction_on_wire_articles_held_out_from_the_rules(nlp, name, gold_statements, min_f1, min_speaker):
    """Floors under the measured figures (README.md has them), so that a rule change that breaks unseen text fails
    here."""
    m = evaluate_extraction(ROOT / f"eval/gold/{name}.jsonl", [ROOT / f"eval/articles/{name}"], nlp)
    assert m["statements_gold"] == gold_statements
    assert m["statement_f1"] >= min_f1
    assert m["speaker_accuracy"] >= min_speaker


# ---- the NLI, stance and pair evaluators (claims eval nli / stance / pairs), on real data and the embedded model --

def _rows(name: str, n: int) -> list[dict]:
    from claims.evaluation.data import default_data_dir, read_rows

    return read_rows(default_data_dir() / name, n)


def test_eval_nli_three_class_writes_flat_metrics_and_confusion_png_into_a_new_folder(tmp_path, embedded_nli):
    import json

    from claims.evaluation.nli import NLI_LABELS, evaluate_nli

    data = tmp_path / "xnli_dev_60.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _rows("xnli_fr_dev.jsonl", 60)))
    out = tmp_path / "not" / "yet" / "metrics.json"
    metrics = evaluate_nli(data, embedded_nli, out=out)
    assert json.loads(out.read_text()) == metrics
    assert metrics["n"] == 60 and 0.5 <= metrics["accuracy"] <= 1.0  # the model scores ~0.7 on XNLI-fr
    assert all(isinstance(v, (str, int, float)) for v in metrics.values())  # flat
    assert {f"{k}_{lab}" for k in ("precision", "recall", "f1") for lab in NLI_LABELS} <= set(metrics)
    assert Path(metrics["confusion_png"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_eval_nli_binary_takes_its_threshold_from_dev_data(tmp_path, embedded_nli):
    import json

    from claims.evaluation.nli import evaluate_nli

    rows = _rows("daccord_public.jsonl", 400)
    rows = [r for r in rows if r["label"] == "contradiction"][:20] + [r for r in rows if r["label"] == "compatible"][:20]
    data = tmp_path / "daccord_40.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    metrics = evaluate_nli(data, embedded_nli)
    assert metrics["n"] == 40 and {"accuracy", "contradiction_f1", "pr_auc", "threshold"} <= set(metrics)
    assert "held-out dev" in metrics["threshold_from"]  # never fitted on the reported benchmark
    assert metrics["pr_auc"] > 0.5  # better than chance on 20 / 20 (measured on all 689: accuracy ~0.69)


def test_eval_stance_zero_shot_on_x_stance(embedded_nli):
    from claims.evaluation.data import default_data_dir
    from claims.evaluation.stance import evaluate_stance

    metrics = evaluate_stance(default_data_dir() / "xstance_fr_valid.jsonl", embedded_nli, limit=40)
    assert metrics["n"] == 40
    assert {"macro_f1", "accuracy", "f1_favor", "f1_against"} <= set(metrics)
    assert abs(metrics["macro_f1"] - (metrics["f1_favor"] + metrics["f1_against"]) / 2) < 1e-3


def test_eval_pairs_on_the_seeds_gold(seeds_analysis):
    from claims.evaluation.pairs import evaluate_pairs

    gold = Path(__file__).resolve().parents[1] / "eval" / "gold" / "seeds.jsonl"
    metrics = evaluate_pairs(seeds_analysis.pairs, gold)
    assert metrics["gold_contradictions"] == 3 and metrics["gold_agreements"] == 2
    ranks = metrics["contradiction_ranks"].split()
    assert ranks[0] == "1" and metrics["precision_at_1"] == 1.0  # the safe-zone pair (issue 4)
    assert "-" not in ranks  # every gold contradiction is a candidate pair
    for k in (1, 3, 5, 10):  # recall@k is read off the ranks
        assert metrics[f"recall_at_{k}"] == round(sum(int(r) <= k for r in ranks) / 3, 4)
    assert metrics["agreements_wrongly_flagged"] == 0  # coordination / collaboration is never flagged
    # Carter (001) against Mattis (004) is the one gold contradiction between two articles
    assert metrics["contradictions_across_documents"] == 1 and metrics["across_documents_ranks"] == ranks[2]
    assert metrics["across_documents_recall_at_10"] == float(int(ranks[2]) <= 10)
    assert metrics["flagged"] == sum(p.stance == "disagree" for p in seeds_analysis.pairs)


def test_cli_eval_nli_limit_and_clear_errors(tmp_path):
    import json

    from typer.testing import CliRunner

    from claims.cli import app
    from claims.evaluation.data import default_data_dir

    runner = CliRunner()
    out = tmp_path / "deep" / "m.json"
    res = runner.invoke(app, ["eval", "nli", "--data", str(default_data_dir() / "xnli_fr_dev.jsonl"), "--limit", "20",
                              "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert json.loads(out.read_text())["n"] == 20
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"premise": "a", "hypothesis": "b", "label": "maybe"}\n')
    res = runner.invoke(app, ["eval", "nli", "--data", str(bad)])
    assert res.exit_code != 0 and str(bad) in res.output and "maybe" in res.output
    res = runner.invoke(app, ["eval", "nli", "--data", str(tmp_path / "missing.jsonl")])
    assert res.exit_code != 0 and "missing.jsonl" in res.output
