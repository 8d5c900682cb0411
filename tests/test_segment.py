"""Segmentation rules, each next to French sentences written for it (not taken from the seeds)."""
from __future__ import annotations

import pytest

from claims.records import Document
from claims.segment import find_quotes, find_statements, unbalanced_quotes


def segment(nlp, text: str):
    return find_statements(Document(id="t", text=text), nlp(text))


# (text, expected content (a substring of the statement text), kind, a substring of the local speaker mention)
STATEMENTS = [
    # direct quotes: « », “ ”, " ", with the attribution after, before (colon), or both
    ("« Nous ne céderons pas », a déclaré le Premier ministre grec.",
     "Nous ne céderons pas", "direct", "le Premier ministre grec"),
    ("“Les négociations avancent”, a affirmé la porte-parole du gouvernement.",
     "Les négociations avancent", "direct", "la porte-parole du gouvernement"),
    ('"Nous sommes prêts à discuter", a dit le ministre libanais des Finances.',
     "Nous sommes prêts à discuter", "direct", "le ministre libanais des Finances"),
    ("Le ministre de l'Intérieur a déclaré : « Nous allons renforcer les contrôles aux frontières. »",
     "Nous allons renforcer les contrôles aux frontières", "direct", "Le ministre de l'Intérieur"),
    ("Le général Thierry Burkhard a ajouté, lors d'une conférence de presse à Paris : « L'opération se poursuivra. »",
     "L'opération se poursuivra", "direct", "Thierry Burkhard"),
    ("La maire Anne Hidalgo a lancé « Paris sera prête » devant les élus.",
     "Paris sera prête", "direct", "Anne Hidalgo"),
    # quotes over several sentences, over paragraphs, with inner quotes, unbalanced
    ("« La situation est grave. Nous demandons une aide immédiate », a indiqué le maire de Derna.",
     "La situation est grave. Nous demandons une aide immédiate", "direct", "le maire de Derna"),
    ("« Nous avons tout essayé pour sauver l'usine.\n« Rien n'a fonctionné », a expliqué le directeur du site.",
     "Rien n'a fonctionné", "direct", "le directeur du site"),
    ("« Il m'a dit “jamais” et je l'ai cru », a raconté le témoin.",
     "Il m'a dit “jamais” et je l'ai cru", "direct", "le témoin"),
    ("« Nous allons gagner cette élection, a lancé le candidat écologiste.",
     "Nous allons gagner cette élection", "direct", "le candidat écologiste"),
    ("Il a déclaré qu'\"aucune décision n'a encore été prise\".",
     "aucune décision n'a encore été prise", "direct", "il"),
    # incises
    ("« Nous sommes prêts, a-t-il affirmé, à négocier sans conditions. »",
     "à négocier sans conditions", "direct", "il"),
    ("La situation, a estimé le ministre de la Santé, reste préoccupante.",
     "reste préoccupante", "indirect", "le ministre de la Santé"),
    ("« Nous ne reculerons pas, a-t-elle martelé, face aux menaces. »",  # a participle the tagger calls ADJ
     "Nous ne reculerons pas face aux menaces", "direct", "elle"),
    ("« Le texte sera voté, a assuré la rapporteuse devant la commission, avant la fin du mois. »",
     "Le texte sera voté avant la fin du mois", "direct", "la rapporteuse"),
    # inverted attribution with a clitic subject
    ("« Le dossier est clos », ajoute-t-elle.", "Le dossier est clos", "direct", "elle"),
    ("Les discussions reprendront mardi, a-t-il précisé.", "Les discussions reprendront mardi", "indirect", "il"),
    ("L'accord sera signé lundi, a-t-on appris de source proche du dossier.",
     "L'accord sera signé lundi", "indirect", "source proche du dossier"),
    ("Le sommet est reporté à juin, apprend-on auprès du ministère des Affaires étrangères.",
     "Le sommet est reporté à juin", "indirect", "ministère des Affaires étrangères"),
    ("Le cessez-le-feu tient depuis dimanche, a annoncé mercredi à Genève l'envoyé spécial de l'ONU.",
     "Le cessez-le-feu tient depuis dimanche", "indirect", "l'envoyé spécial de l'ONU"),
    # mixed: reported speech carrying quoted fragments
    ("Le ministre a estimé que la réforme était « une nécessité absolue ».",
     "la réforme était « une nécessité absolue »", "mixed", "Le ministre"),
    ("« Donc nous allons chercher d'autres pistes » de financement, « y compris à l'étranger », a déclaré la maire.",
     "de financement", "mixed", "la maire"),
    ("La présidente de la Commission a indiqué être « très inquiète » de la situation.",
     "être « très inquiète » de la situation", "mixed", "La présidente de la Commission"),
    # indirect speech after reporting verbs
    ("Le président a affirmé que l'armée se retirerait avant la fin de l'année.",
     "l'armée se retirerait avant la fin de l'année", "indirect", "Le président"),
    ("La ministre a démenti que des négociations secrètes aient eu lieu.",
     "des négociations secrètes aient eu lieu", "indirect", "La ministre"),
    ("Le gouvernement nie avoir reçu la lettre des syndicats.",
     "avoir reçu la lettre des syndicats", "indirect", "Le gouvernement"),
    ("L'opposition conteste que le scrutin se soit déroulé normalement.",
     "le scrutin se soit déroulé normalement", "indirect", "L'opposition"),
    ("Le porte-parole de l'armée a réfuté que des civils aient été visés.",
     "des civils aient été visés", "indirect", "Le porte-parole de l'armée"),
    ("Le ministère rejette que la livraison ait été retardée.",
     "la livraison ait été retardée", "indirect", "Le ministère"),
    ("L'ONG dénonce que des civils soient pris pour cible dans la région.",
     "des civils soient pris pour cible", "indirect", "L'ONG"),
    ("Le gouvernement accuse l'opposition d'avoir organisé les violences.",
     "d'avoir organisé les violences", "indirect", "Le gouvernement"),
    ("Le directeur a reconnu que la situation était difficile.",
     "la situation était difficile", "indirect", "Le directeur"),
    ("Le Premier ministre martèle que la réforme ira à son terme.",
     "la réforme ira à son terme", "indirect", "Le Premier ministre"),
    ("Les syndicats font valoir que les salaires n'ont pas suivi l'inflation.",
     "les salaires n'ont pas suivi l'inflation", "indirect", "Les syndicats"),
    ("Le Kremlin a assuré que les exercices étaient prévus de longue date.",
     "les exercices étaient prévus de longue date", "indirect", "Le Kremlin"),
    ("Une source proche du dossier a confirmé que l'enquête était close.",
     "l'enquête était close", "indirect", "Une source proche du dossier"),
    ("Un diplomate européen, s'exprimant sous couvert d'anonymat, a affirmé que les sanctions seraient levées.",
     "les sanctions seraient levées", "indirect", "Un diplomate européen"),
    ("La cheffe de la diplomatie allemande a indiqué mardi à la presse que Berlin enverrait des chars.",
     "Berlin enverrait des chars", "indirect", "La cheffe de la diplomatie allemande"),
    # selon / d'après / cité par / qui cite
    ("Selon le ministère de la Santé, 300 personnes ont été hospitalisées.",
     "300 personnes ont été hospitalisées", "indirect", "le ministère de la Santé"),
    ("Le bilan s'élève à douze morts, d'après une source hospitalière.",
     "Le bilan s'élève à douze morts", "indirect", "une source hospitalière"),
    ("Le ministre, cité par l'agence Tass, a affirmé que les troupes resteraient en place.",
     "les troupes resteraient en place", "indirect", "Le ministre"),
    ("« Nous ne reculerons pas », a déclaré le chef de la diplomatie iranienne, cité par l'agence Irna.",
     "Nous ne reculerons pas", "direct", "le chef de la diplomatie iranienne"),
    ("« Les frappes continueront », indique l'agence officielle qui cite le ministre de la Défense.",
     "Les frappes continueront", "direct", "le ministre de la Défense"),
    # an adverb inside a multi-word reporting verb
    ("Le ministre fait également valoir qu'une taxe nationale pousserait les propriétaires à décoller ailleurs.",
     "une taxe nationale pousserait les propriétaires", "indirect", "Le ministre"),
    ("La direction a par ailleurs fait valoir que le site restait rentable.", "le site restait rentable",
     "indirect", "La direction"),
    # an object pronoun (and a negation) before an infinitive content
    ("Le maire de l'époque, Gérard Moulin, affirme ne l'avoir « jamais signé ».", "ne l'avoir", "mixed",
     "Gérard Moulin"),
    ("Le directeur a assuré lui en avoir parlé la veille.", "lui en avoir parlé", "indirect", "Le directeur"),
    # relatives and participles take their speaker from the clause they hang on
    ("Elle a répondu au président russe, Vladimir Poutine, qui avait affirmé que l'Occident était responsable.",
     "l'Occident était responsable", "indirect", "Vladimir Poutine"),
    ("Le ministre a quitté la salle, déclarant que la réunion était inutile.",
     "la réunion était inutile", "indirect", "Le ministre"),
    ("Le maire a salué le travail des secours, avant d'ajouter que le bilan pourrait s'alourdir.",
     "le bilan pourrait s'alourdir", "indirect", "Le maire"),
    ("« Le texte sera voté », a assuré la députée, précisant que le vote aurait lieu jeudi.",
     "le vote aurait lieu jeudi", "indirect", "la députée"),
    # wire style: the listener between verb and speaker, verbs the tagger misreads, reflexives, "Pour X,"
    ("Deux soldats ont été tués dans l'attaque, a affirmé à l'AFP un haut responsable militaire.",
     "Deux soldats ont été tués dans l'attaque", "indirect", "un haut responsable militaire"),
    ("« On a tout perdu », a expliqué à l'AFP Pierre Martin, un habitant du quartier.",
     "On a tout perdu", "direct", "Pierre Martin"),
    ("« Ce texte est injuste », juge Sophie Binet, secrétaire générale de la CGT, qui appelle à manifester.",
     "Ce texte est injuste", "direct", "Sophie Binet, secrétaire générale de la CGT"),
    ("« Nous ne lâcherons rien », a tweeté le chef de file des députés socialistes.",
     "Nous ne lâcherons rien", "direct", "le chef de file des députés socialistes"),
    ("« C'est une victoire pour la démocratie », s'est félicité le leader de l'opposition, Ousmane Sonko.",
     "C'est une victoire pour la démocratie", "direct", "Ousmane Sonko"),
    ("Le texte, a-t-elle rappelé, doit encore être adopté par le Sénat.",
     "doit encore être adopté par le Sénat", "indirect", "elle"),
    ("Pour l'économiste Thomas Piketty, « la hausse des inégalités n'est pas une fatalité ».",
     "la hausse des inégalités n'est pas une fatalité", "direct", "Thomas Piketty"),
    ("Pour l'ingénieur Pierre-Luc Gendron, professeur à Polytechnique Montréal et spécialiste des réseaux de "
     "distribution, les deux camps ont en partie raison.", "les deux camps ont en partie raison", "indirect",
     "Pierre-Luc Gendron"),
    ("D'après un sondage Ifop publié dimanche, 68 % des Français sont opposés à la réforme.",
     "68 % des Français sont opposés à la réforme", "indirect", "un sondage Ifop"),
    ("Interrogé par l'AFP, un analyste basé à Londres, Michael Clarke, a estimé que Moscou cherchait une zone tampon.",
     "Moscou cherchait une zone tampon", "indirect", "Michael Clarke"),
    ("L'armée ukrainienne a affirmé avoir repoussé l'offensive, tandis que Moscou revendiquait la prise de villages.",
     "avoir repoussé l'offensive", "indirect", "L'armée ukrainienne"),
    ("« Nous ne sommes pas en guerre », ont assuré les deux dirigeants dans une déclaration commune.",
     "Nous ne sommes pas en guerre", "direct", "les deux dirigeants"),
    ("« Je n'ai jamais dit ça », s'est défendu l'ancien ministre, accusé d'avoir menti.",
     "Je n'ai jamais dit ça", "direct", "l'ancien ministre"),
    ("La Turquie ne cédera pas, a déclaré le président turc.",
     "La Turquie ne cédera pas", "indirect", "le président turc"),
    ("M. Dupont a dit ne pas vouloir se représenter en 2027.",
     "ne pas vouloir se représenter en 2027", "indirect", "M. Dupont"),
    ("Comme l'a rappelé le ministre de l'Economie, la croissance restera faible cette année.",
     "la croissance restera faible cette année", "indirect", "le ministre de l'Economie"),
    ("La Chine « s'oppose fermement » à toute ingérence, a réagi le porte-parole de la diplomatie chinoise.",
     "La Chine « s'oppose fermement » à toute ingérence", "mixed", "le porte-parole de la diplomatie chinoise"),
    ("Le syndicat a fait remarquer que les effectifs avaient baissé de moitié.",
     "les effectifs avaient baissé de moitié", "indirect", "Le syndicat"),
    ("« Nous sommes profondément préoccupés », a pour sa part réagi le secrétaire général de l'Otan.",
     "Nous sommes profondément préoccupés", "direct", "le secrétaire général de l'Otan"),
    ("Moscou a accusé Ankara de ne pas respecter les accords de Sotchi.",
     "Ankara de ne pas respecter les accords de Sotchi", "indirect", "Moscou"),
    # a date after the verb is no inverted subject, and a function's list of portfolios keeps its apposed name
    ("Le ministre de l'Énergie, des Mines et des Carrières, Adama Sawadogo, a affirmé le 18 septembre, lors d'une "
     "visite du chantier, que la centrale produirait 50 mégawatts dès décembre.",
     "la centrale produirait 50 mégawatts", "indirect", "Adama Sawadogo"),
    ("« Rien n'a changé », a déclaré la ministre de l'Économie, des Finances et de la Souveraineté industrielle, "
     "Claire Morel.", "Rien n'a changé", "direct", "Claire Morel"),
    ("Un retour à la normale n'interviendra « pas avant la fin du mois », a estimé ce dernier.",
     "Un retour à la normale", "mixed", "ce dernier"),
    ("Le maire a assuré ce mardi que les travaux reprendraient en juin.",
     "les travaux reprendraient en juin", "indirect", "Le maire"),
    # an impersonal "on" before a two-word verb speaks for the place the sentence opens with
    ("Au cabinet de M. Ouellet, on fait valoir que 2100 enseignants ont été embauchés depuis août.",
     "2100 enseignants ont été embauchés", "indirect", "le cabinet de M. Ouellet"),
    ("De source proche de la DNCG, on indique que le dossier n'a pas encore été examiné.",
     "le dossier n'a pas encore été examiné", "indirect", "source proche de la DNCG"),
    # figures speak for whoever counted them: "selon le décompte de X", "d'après les calculs de X"
    ("Selon le décompte du syndicat, 300 postes ont été supprimés depuis janvier.",
     "300 postes ont été supprimés", "indirect", "syndicat"),
    ("D'après les calculs de la CGT, la grève est suivie à 60 % dans les dépôts.",
     "la grève est suivie à 60 %", "indirect", "la CGT"),
    # "selon ce décompte" inside a content is the speaker's own figures, not another attribution
    ("L'ancien député affirme que son parti dispose de 112 procès-verbaux et que, selon ce décompte, le FCA obtient "
     "54 % des voix.", "selon ce décompte, le FCA obtient 54 % des voix", "indirect", "L'ancien député"),
    # a quotation a colon opens after a reporting verb's noun object is what was said
    ("Le maire a réfuté tout motif financier : « Nous n'avons jamais touché un euro. »",
     "Nous n'avons jamais touché un euro", "direct", "Le maire"),
    ("Le directeur répète la même phrase depuis le début de l'après-midi : « Nos filtres n'ont jamais été arrêtés. »",
     "Nos filtres n'ont jamais été arrêtés", "direct", "Le directeur"),
    # a fronted participle the tagger takes for a name ("Joint(PROPN) par téléphone") is not the subject
    ("Joint par téléphone après l'audience, M. Lavaud-Sicre a assuré qu'il ferait appel.",
     "il ferait appel", "indirect", "M. Lavaud-Sicre"),
    # "ne rien(PRON) devoir": the negated infinitive is what was said, "rien" no object
    ("Le club affirme ne rien devoir à la mairie.", "ne rien devoir à la mairie", "indirect", "Le club"),
    # a verb tagged as a noun between a comma and a subject that ends the sentence is an incise
    ("— La mezzanine mesure 1,60 mètre sous plafond. Elle n'entre pas dans la surface habitable, objecte la "
     "présidente.", "Elle n'entre pas dans la surface habitable", "direct", "la présidente"),
]


@pytest.mark.parametrize("text,content,kind,mention", STATEMENTS, ids=[c[1][:40] for c in STATEMENTS])
def test_statement_patterns(nlp, text, content, kind, mention):
    seg = segment(nlp, text)
    hits = [s for s in seg.statements if content in s.text]
    assert hits, f"no statement with {content!r}; found {[(s.text, s.speaker.mention) for s in seg.statements]}"
    st = hits[0]
    assert st.kind == kind, (st.text, st.kind)
    assert mention.lower() in (st.speaker.mention or "").lower(), (st.text, st.speaker.mention)
    assert st.cue, st
    # offsets point at the content in the stored text (the incise is cut from the text, not from the range)
    assert text[st.start:st.end].startswith(st.text.split()[0])
    assert text[st.start:st.end].rstrip(" .»”\"").endswith(st.text.split()[-1].rstrip(" .»”\""))


NOT_STATEMENTS = [
    "Le gouvernement parle d'une \"pause\" dans les négociations avec les syndicats.",
    "L'opération « Bouclier de l'Euphrate » a été lancée en août 2016 dans le nord de la Syrie.",
    "La « guerre contre le terrorisme » a coûté des milliards de dollars aux contribuables.",
    "Le président s'exprime devant la presse à Ankara, le 3 mars 2020. (Photo Adem Altan/AFP)",
    "Photo : Une cinquantaine de soignants se sont rassemblés mercredi devant la maternité, selon la CGT. © Nicolas "
    "Deschamps",
    "Des soignants se sont rassemblés mercredi devant la maternité, selon la CGT. © Nicolas Deschamps",
    "Avec AFP",
    "Partager cet article",
    "Le ministre a annoncé de nouvelles mesures : un gel des loyers et une prime de rentrée.",
    "Selon un décompte de l'AFP, une quarantaine de maternités ont fermé en France depuis 2017.",
    "Les commentaires sont fermés.",
    "Le ministre n'a pas dit que la réforme serait abandonnée.",
    "Dans un communiqué publié dans la soirée à Toronto, où il a son siège, Northkeel a « fermement » rejeté ces "
    "accusations.",
    "Personne ne les avait prévenus que la maternité fonctionnait sans anesthésiste certaines nuits.",
    "Aucun responsable n'a affirmé que la réforme serait abandonnée.",
    "Le président espère parvenir à un accord avant la fin du mois.",
    "Le ministre a annoncé de nouvelles mesures pour les agriculteurs.",
    "Le ministre a dénoncé la décision du tribunal administratif.",
    "Selon les cas, les élèves pourront choisir leur option en septembre.",
    "Le Premier ministre, visiblement ému, a salué la mémoire des victimes.",
    "La police a ouvert une enquête pour « homicide involontaire ».",
    "Le PKK est classé « terroriste » par la Turquie et ses alliés occidentaux.",
    "Les discussions ont porté sur l'avenir, alors que le « califat » autoproclamé s'effondre.",
    "Ankara espère la création d'une zone avec l'aide de rebelles \"entraînés et équipés\".",
    "Lire aussi : la Turquie a lancé une offensive, a affirmé le ministre",
    "Publié le 12 mars 2024 à 10h05",
    "Les discussions se poursuivront « au niveau des ministres de l'Intérieur » le mois prochain.",
    "Des soldats turcs près de la frontière syrienne, le 9 octobre 2019. (AFP)",
    "Le Premier ministre israélien a promis de poursuivre la guerre « jusqu'à la victoire ».",
    "Il a été annoncé que les élections seraient reportées.",
    "Le coût des travaux est estimé à 3 millions d'euros.",
    "Le président a déclaré l'état d'urgence dans trois régions.",
    "Aucun blessé n'était à déplorer dans le village, et seuls deux hangars restaient à reconstruire.",
    "Aucun compromis n'avait été conclu entre les deux délégations à la fin de la semaine.",
    "La présidente de la région a salué « l'unité retrouvée » des élus.",  # a quoted noun phrase is an object
    "Il a dénoncé « une campagne menée à charge ».",
    "Le laboratoire Dalmed, qui produit le vaccin, a contesté les conclusions de l'enquête.",
    "Le maire s'est félicité d'une « victoire collective ».",
    "À Douala, l'opposition crie au « hold-up » après les municipales.",  # a quotation after a contracted article
    "Le ministère a démenti tout lien, évoquant des « faits de droit commun » sans plus de précisions.",
]


def test_a_passive_infinitive_with_a_quoted_fragment_is_one_statement(nlp):
    text = "La directrice a indiqué avoir été informée des résultats « avant leur publication »."
    assert [s.cue for s in segment(nlp, text).statements] == ["indiquer"]


def test_a_verb_tagged_as_a_proper_noun_after_its_auxiliary(nlp):
    found = [(s.text, s.cue) for s in segment(nlp, "Le député a tweeté : « Nous ne lâcherons rien. »").statements]
    assert found == [("Nous ne lâcherons rien.", "tweeter")], found


def test_reflexive_infinitive_and_tout_en_split(nlp):
    found = [(s.text, s.cue) for s in segment(nlp, "Le cycliste a nié vendredi s'être dopé.").statements]
    assert found == [("s'être dopé", "nier")], found
    found = [(s.text, s.cue) for s in segment(nlp, "Le préfet a assuré s'y être rendu dès lundi.").statements]
    assert found == [("s'y être rendu dès lundi", "assurer")], found
    text = "Le directeur a estimé qu'il était « trop tôt pour juger », tout en précisant que l'équipe serait suspendue."
    found = sorted((s.text, s.cue) for s in segment(nlp, text).statements)
    assert found == [("il était « trop tôt pour juger »", "estimer"), ("l'équipe serait suspendue", "préciser")], found


def test_a_request_with_a_quoted_fragment_does_not_continue_the_statement_before(nlp):
    text = ("Le maire a affirmé que la crue avait atteint son pic. Il a exhorté les riverains à « la plus grande "
            "vigilance » pendant la nuit.")
    assert [s.text for s in segment(nlp, text).statements] == ["la crue avait atteint son pic"]
    text = ("« Sur le terrain, on trouve des traces partout », rétorque Laurent Fabre. Le syndicaliste réclame « des "
            "tirs de prélèvement, et pas seulement de défense ».")
    assert [s.text for s in segment(nlp, text).statements] == ["Sur le terrain, on trouve des traces partout"]


def test_a_second_reporting_verb_after_et_has_the_first_ones_speaker(nlp):
    text = "La syndicaliste a estimé que les salaires stagnaient et a regretté que « rien ne bouge » depuis 2022."
    found = [(s.text, s.cue, s.speaker.mention) for s in segment(nlp, text).statements]
    assert found == [("les salaires stagnaient", "estimer", "La syndicaliste"),
                     ("« rien ne bouge » depuis 2022", "regretter", "La syndicaliste")], found


@pytest.mark.parametrize("text", NOT_STATEMENTS, ids=[t[:40] for t in NOT_STATEMENTS])
def test_not_statements(nlp, text):
    seg = segment(nlp, text)
    assert seg.statements == [], [(s.text, s.speaker.mention) for s in seg.statements]


def test_a_reflexive_verb_with_an_attribute_does_not_take_the_second_clause_of_the_cue_before(nlp):
    """ "a expliqué que l'anesthésiste s'était déclaré malade et qu'aucun remplaçant …": one statement, not a second
    one of "se déclarer" (malade) whose content would be the cue's second clause."""
    seg = segment(nlp, "Le directeur, Thierry Lacombe, a expliqué que l'anesthésiste qui devait assurer la garde "
                       "s'était déclaré malade en fin d'après-midi et qu'aucun remplaçant n'avait pu être trouvé.")
    assert [s.text for s in seg.statements] == [
        "l'anesthésiste qui devait assurer la garde s'était déclaré malade en fin d'après-midi et qu'aucun remplaçant "
        "n'avait pu être trouvé"]


def test_colon_attribution_across_a_line_break(nlp):
    text = "Le ministre a ensuite déclaré :\n« Nous ne négocierons jamais avec des groupes armés. »"
    seg = segment(nlp, text)
    assert [(s.text, s.kind, s.speaker.mention) for s in seg.statements] == [
        ("Nous ne négocierons jamais avec des groupes armés.", "direct", "Le ministre")]


def test_a_quotation_paragraph_continues_the_previous_statement(nlp):
    text = "« Nous allons reconstruire », a promis le maire de la commune.\n« Chaque maison sera rebâtie avant l'hiver. »"
    seg = segment(nlp, text)
    assert [s.text for s in seg.statements] == ["Nous allons reconstruire", "Chaque maison sera rebâtie avant l'hiver."]
    assert seg.statements[1].speaker.mention == "le maire de la commune"


def test_scare_quote_after_a_statement_in_another_paragraph_is_not_continued(nlp):
    text = ("« Nous allons reconstruire », a promis le maire.\n"
            "La région espère une aide de l'Etat pour les familles \"les plus touchées\" par la crue.")
    seg = segment(nlp, text)
    assert [s.text for s in seg.statements] == ["Nous allons reconstruire"]


def test_two_statements_in_one_sentence(nlp):
    text = ("« Le nombre de blessés augmente », a commenté le responsable de l'hôpital, précisant qu'une "
            "vingtaine de personnes étaient encore soignées.")
    seg = segment(nlp, text)
    assert [(s.kind, s.cue) for s in seg.statements] == [("direct", "commenter"), ("indirect", "préciser")]
    assert {s.speaker.mention for s in seg.statements} == {"le responsable de l'hôpital"}


def test_statement_fields(nlp):
    doc = Document(id="d1", text="Titre\nLe ministre a affirmé que la trêve tenait.", title="Titre",
                   date="2020-03-01", source="AFP", url="https://example.org/a")
    [st] = find_statements(doc, nlp(doc.text)).statements
    assert (st.doc, st.kind, st.cue, st.text) == ("d1", "indirect", "affirmer", "la trêve tenait")
    assert doc.text[st.start:st.end] == "la trêve tenait"
    assert st.context == "Le ministre a affirmé que la trêve tenait."
    assert (st.date, st.title, st.source, st.url) == ("2020-03-01", "Titre", "AFP", "https://example.org/a")
    assert doc.text[st.speaker_start:st.speaker_end] == "Le ministre"


def test_sentences_are_cut_at_final_punctuation_before_a_quotation(nlp):
    text = ("La chancelière Angela Merkel a estimé que l'Europe devait agir. « Il n'y a pas de temps à perdre », "
            "a-t-elle ajouté.")
    assert [(s.text, s.kind) for s in segment(nlp, text).statements] == [
        ("l'Europe devait agir", "indirect"), ("Il n'y a pas de temps à perdre", "direct")]


def test_a_quotation_over_two_paragraphs_with_the_attribution_at_its_end(nlp):
    text = ("« Les Russes veulent étirer nos forces. C'est leur stratégie.\n\n« Mais nous tiendrons », a ajouté "
            "le président ukrainien.")
    [st] = segment(nlp, text).statements
    assert st.kind == "direct" and st.text.startswith("Les Russes veulent") and st.text.endswith("nous tiendrons")
    assert st.speaker.mention == "le président ukrainien"


def test_an_incise_inside_one_quotation_is_cut_from_the_text(nlp):
    text = "« Nous sommes prêts, a-t-il affirmé, à négocier sans conditions. »"
    [st] = segment(nlp, text).statements
    assert (st.text, st.kind) == ("Nous sommes prêts à négocier sans conditions.", "direct")


def test_an_unclosed_quotation_ends_at_its_attribution_and_is_reported(nlp):
    text = "« Nous allons gagner cette élection, a lancé le candidat écologiste."
    seg = segment(nlp, text)
    assert [(s.text, s.speaker.mention) for s in seg.statements] == [
        ("Nous allons gagner cette élection", "le candidat écologiste")]
    assert len(seg.unbalanced) == 1


def test_a_second_attribution_ends_the_first_content(nlp):
    text = ("Le chef de la police a assuré qu'aucun policier n'avait tiré, avant d'ajouter : « Nous attendons les "
            "conclusions de l'enquête. »")
    assert [(s.text, s.kind, s.cue) for s in segment(nlp, text).statements] == [
        ("aucun policier n'avait tiré", "indirect", "assurer"),
        ("Nous attendons les conclusions de l'enquête.", "direct", "ajouter")]


def test_repeated_paragraphs_are_read_once(nlp):
    text = "« Nous partons », a annoncé le maire.\n\n« Nous partons », a annoncé le maire."
    assert len(segment(nlp, text).statements) == 1


# quotation marks: pairing, nesting, unbalanced and continued quotes
QUOTES = [
    ("Il a dit « oui » puis « non ».", ["oui", "non"], 0),
    ('Il a dit "oui" puis "non".', ["oui", "non"], 0),
    ("« Elle m'a dit “viens” hier », dit-il.", ["Elle m'a dit “viens” hier"], 0),
    ("« Premier paragraphe.\n« Second paragraphe. »", ["Premier paragraphe.\n« Second paragraphe."], 0),
    ("« Premier paragraphe.\nSecond paragraphe. »", ["Premier paragraphe.\nSecond paragraphe."], 0),
    ("« Jamais fermée\nUn autre paragraphe.", ["Jamais fermée"], 1),
]


@pytest.mark.parametrize("text,inner,unbalanced", QUOTES, ids=[q[0][:30] for q in QUOTES])
def test_find_quotes(text, inner, unbalanced):
    quotes = find_quotes(text)
    assert [text[q.inner_start:q.inner_end] for q in quotes] == inner
    assert len(unbalanced_quotes(text)) == unbalanced


def test_a_wire_dateline_is_not_part_of_the_statement(nlp):
    text = "Inflation\nPARIS, 31 mars (Reuters) - L'inflation a ralenti à 1,8 % en mars, a annoncé l'Insee."
    assert [s.text for s in segment(nlp, text).statements] == ["L'inflation a ralenti à 1,8 % en mars"]


def test_dialogue_lines_are_quotations_around_their_attribution(nlp):
    text = ("Le procès du maire s'est ouvert lundi.\n\n"
            "— Je n'ai jamais touché cet argent, affirme le prévenu, Paul Roux.\n\n"
            "— Vous mentez, rétorque la procureure, Inès Vidal. Les virements sont signés de votre main.\n\n"
            "— Pourquoi avoir attendu deux ans ? demande-t-elle.\n\n"
            "— 12 dossiers instruits\n\n"
            "— Je ne me souvenais plus, a-t-il répondu, la voix basse.\n\n"
            "— Personne n'a menacé ce témoin. Ce club l'a formé et l'a emmené jusqu'en équipe de France, rétorque "
            "Frédéric Gouzien.")
    seg = segment(nlp, text)
    got = {s.text: (s.kind, s.speaker.mention) for s in seg.statements}
    assert got["Je n'ai jamais touché cet argent"] == ("direct", "le prévenu, Paul Roux")
    # the words after the attribution are the same speaker's, in one statement
    assert got["Vous mentez Les virements sont signés de votre main"] == ("direct", "la procureure, Inès Vidal")
    assert got["Je ne me souvenais plus"][0] == "direct"
    # a present tense the tagger read as a participle of the last noun ("équipe … rétorque") is still the incise
    assert got["Personne n'a menacé ce témoin. Ce club l'a formé et l'a emmené jusqu'en équipe de France"] == (
        "direct", "Frédéric Gouzien")
    # a question and a list item with a dash are not statements
    assert not [s for s in seg.statements if "Pourquoi" in s.text or "dossiers" in s.text]
    assert not seg.unbalanced


@pytest.mark.parametrize("question,answer", [("Question : ", ""), ("Q. ", "R. "), ("", "")])
def test_interview_answers_are_the_interviewee_s_statements(nlp, question, answer):
    questions = ["Le site va-t-il fermer ?", "Combien d'emplois sont menacés ?", "Que demandez-vous à l'État ?"]
    answers = ["Non, nous avons trouvé un repreneur et la production reprendra en mars.",
               "Aucun, les 240 salariés seront repris avec leur ancienneté.",
               "Une garantie de prêt, rien de plus. Le reste, nous le financerons nous-mêmes."]
    body = "\n\n".join(f"{question}{q}\n\n{answer}{a}" for q, a in zip(questions, answers))
    text = ("La fonderie de Saint-Aubin sauvée\n\n"
            "La fonderie était en redressement judiciaire depuis juin. Son directeur général, Marc Leroy, "
            "a répondu à nos questions.\n\n" + body + "\n\nPropos recueillis par Julie Martin")
    seg = segment(nlp, text)
    got = {s.text: (s.kind, s.speaker.mention) for s in seg.statements}
    for a in answers:
        assert a in got and got[a][0] == "direct" and "Marc Leroy" in got[a][1], got
    assert not [s for s in seg.statements if "?" in s.text or "Julie Martin" in s.text]


def test_an_interview_headlined_with_its_interviewee_s_words_is_hers_whoever_the_introduction_quotes(nlp):
    questions = ["Est-ce exceptionnel ?", "Comment l'expliquez-vous ?", "Maintenez-vous votre projection ?"]
    answers = ["Oui. Cela représente près de deux ans de consommation d'eau potable de toute la Suisse.",
               "Par deux vagues de chaleur, fin juin et mi-août, et par les poussières du Sahara.",
               "Je la maintiens. Il ne s'agit pas d'une date de disparition mais d'une projection de volume."]
    text = ("Séverine Aebischer : « Les glaciers auront perdu la moitié de leur volume d'ici 2050 »\n\n"
            "Après un nouvel été noir, la glaciologue dresse un bilan sans concession. Entretien.\n\n"
            "« Annoncer une date de disparition, c'est aller trop vite », nuance le climatologue français "
            "Pierre-Antoine Girardot, de Grenoble.\n\n"
            + "\n\n".join(f"{q}\n\n{a}" for q, a in zip(questions, answers)))
    got = {s.text: s.speaker.mention for s in segment(nlp, text).statements}
    assert all(got[a] == "Séverine Aebischer" for a in answers), got
    assert got["Annoncer une date de disparition, c'est aller trop vite"].endswith("Pierre-Antoine Girardot")


def test_an_interview_box_headed_questions_a_x_is_x_s(nlp):
    """ "TROIS QUESTIONS À PIERRE-LUC GENDRON" after the story: its answers are the engineer's, named in the story,
    not the last person the story named."""
    questions = ["Le verglas suffit-il à expliquer une panne aussi longue?", "Est-ce suffisant?",
                 "Que faudrait-il faire?"]
    answers = ["Non. La durée de la panne s'explique surtout par le nombre de bris sur le réseau de distribution.",
               "Le chiffre n'est pas faux, mais il est trompeur : on mesure des kilomètres élagués.",
               "Enfouir une partie des lignes, comme l'Ontario l'a fait dans certains secteurs."]
    text = ("Panne : Québec pointe l'élagage\n\nPour l'ingénieur Pierre-Luc Gendron, professeur à Polytechnique "
            "Montréal, les deux camps ont en partie raison.\n\nLa ministre Geneviève Bouthillier a annoncé une "
            "enquête.\n\nTROIS QUESTIONS À PIERRE-LUC GENDRON\n\n"
            + "\n\n".join(f"{q}\n\n{a}" for q, a in zip(questions, answers)))
    got = {s.text: s.speaker.mention for s in segment(nlp, text).statements}
    assert all("Pierre-Luc Gendron" in got[a] for a in answers), got


def test_after_dialogue_line_questions_a_paragraph_without_a_dash_is_no_answer(nlp):
    text = ("L'entraîneur Paul Roux a parlé mardi.\n\n"
            "— Votre place est-elle menacée ?\n\n— Ce n'est pas à moi qu'il faut poser la question, je reste.\n\n"
            "— Le groupe vous suit-il ?\n\n— Oui, il l'a montré à Annecy pendant quatre-vingts minutes.\n\n"
            "— Et le mercato ?\n\n— Nous verrons bien ce que la direction décidera cet hiver.\n\n"
            "Contacté par l'AFP, son agent n'a pas souhaité commenter une éventuelle rupture de contrat.\n\n"
            "Valmont compte un point d'avance sur le premier relégable, Dunkerque.")
    texts = [s.text for s in segment(nlp, text).statements]
    assert any(t.startswith("Ce n'est pas à moi") for t in texts) and len(texts) == 3, texts


def test_dialogue_lines_take_turns_so_a_question_citing_someone_is_no_answer(nlp):
    """A radio interview's question that reports someone's words and ends with "…", not "?": still a question (the
    lines take turns), what it reports is that person's, and the answer after it is the interviewee's."""
    text = ("La ministre de la Santé, Hélène Marchetti, était l'invitée de la matinale vendredi. Extraits.\n\n"
            "— La maternité a été fermée du jour au lendemain. Que répondez-vous aux soignants ?\n\n"
            "— Je leur réponds que c'est faux. L'activité d'accouchement est suspendue pour trois mois.\n\n"
            "— Le maire, Jean-Marc Perrichon, affirme que la maternité coûtait trop cher…\n\n"
            "— Il n'y a aucune considération financière dans cette décision. Aucune.\n\n"
            "— Pouvez-vous garantir que la maternité rouvrira ?\n\n"
            "— Je m'y engage. Si les conditions de sécurité sont réunies en juin, elle rouvrira.\n\n"
            "— Comprenez-vous la colère des parents ?\n\n"
            "— Je la comprends, et je pense à eux. Personne ne sera laissé sans solution.")
    got = {s.text: s.speaker.mention for s in segment(nlp, text).statements}
    assert "Hélène Marchetti" in got["Il n'y a aucune considération financière dans cette décision. Aucune."], got
    assert "Jean-Marc Perrichon" in got["la maternité coûtait trop cher"], got
    assert not [t for t in got if "Le maire" in t]


def test_a_post_quoted_after_a_colon_is_a_statement_and_a_published_report_is_no_attribution(nlp):
    seg = segment(nlp, "Dans la soirée, le milieu Yanis Belkacem a publié un message sur Instagram : « Quand on ne "
                       "joue pas, on se tait et on travaille. »\n\nL'Insee a publié mardi ses chiffres : le chômage "
                       "recule.\n\nLe ministère a indiqué, dans un rapport publié mardi, que les ventes avaient "
                       "baissé.")
    assert [(s.text, s.kind) for s in seg.statements] == [
        ("Quand on ne joue pas, on se tait et on travaille.", "direct"), ("les ventes avaient baissé", "indirect")]


def test_a_quoted_subheading_is_no_continuation(nlp):
    text = ("« Nous avons reçu la notification le 12 novembre », affirme la porte-parole, Anne Roux.\n\n"
            "« Des certificats signés par des experts reconnus »\n\n"
            "Le directeur conteste toute faute.\n\n"
            "« Les règles ont été respectées », a ajouté Anne Roux.\n\n"
            "« Nous publierons nos propres analyses dès lundi. »")
    texts = [s.text for s in segment(nlp, text).statements]
    assert not [t for t in texts if "certificats" in t], texts
    assert "Nous publierons nos propres analyses dès lundi." in texts  # a sentence: it continues


def test_a_transcript_s_labels_are_no_speakers_of_the_claims_a_question_reports(nlp):
    text = ("Grève à Lyon\n\nLa syndicaliste Nadia Kessler était l'invitée de franceinfo.\n\n"
            "LE JOURNALISTE : Philippe Arnoult dit que vous bloquez le réseau. Que lui répondez-vous ?\n\n"
            "NADIA KESSLER : C'est faux, et il le sait. Le mouvement a été voté en assemblée générale.\n\n"
            "LE JOURNALISTE : Selon la Métropole de Lyon, la grève coûte 400 000 euros par jour. Vous comprenez ?\n\n"
            "NADIA KESSLER : Je la comprends. Mais personne ne sait d'où sort ce chiffre.\n\n"
            "Retrouvez l'intégralité de l'entretien en podcast sur franceinfo.fr.")
    got = {s.text: s.speaker.mention for s in segment(nlp, text).statements}
    assert got["vous bloquez le réseau"] == "Philippe Arnoult"
    assert got["la grève coûte 400 000 euros par jour"] == "la Métropole de Lyon"
    assert not [t for t in got if "Retrouvez" in t], got


def test_questions_in_an_ordinary_article_make_no_interview(nlp):
    text = ("Faut-il fermer la centrale ?\n\nLe débat agite la région depuis des mois. Les élus sont divisés.\n\n"
            "Qui paiera le démantèlement ?\n\nLa question reste ouverte, selon la préfecture.")
    seg = segment(nlp, text)
    assert [s.text for s in seg.statements] == ["La question reste ouverte"]


@pytest.mark.parametrize("text", [
    "La ministre a promis de « tout faire » pour que le dialogue reprenne.",
    "La ministre a promis de tout faire pour que le dialogue reprenne.",
    "La préfète a promis de « faire vérifier » les arrosages signalés.",
    "Le président a promis de « s'exprimer devant les supporters » avant samedi.",
    "Les pêcheurs ont promis d’y venir « en nombre ».",
])
def test_a_promise_with_an_infinitive_is_not_a_statement(nlp, text):
    assert segment(nlp, text).statements == []


def test_a_body_s_name_runs_to_its_acronym(nlp):
    seg = segment(nlp, "Le Haut-Commissariat de l'ONU pour les réfugiés (HCR) a rappelé que le droit maritime "
                       "impose de porter secours.")
    assert seg.speakers[0].text == "Le Haut-Commissariat de l'ONU pour les réfugiés (HCR)"


@pytest.mark.parametrize("text,name", [
    ("Le député LFI Mathis Carrel a affirmé que les prix allaient monter.", "Mathis Carrel"),
    ("Le député Les Républicains Hugues Dambrine a estimé que l'ONG mentait.", "Hugues Dambrine"),
    ("Valéry Giscard d'Estaing a dit que tout allait bien.", "Valéry Giscard d'Estaing"),
])
def test_a_party_before_a_person_s_name_is_not_part_of_it(nlp, text, name):
    assert segment(nlp, text).speakers[0].name == name


def test_a_transcript_s_labels_name_the_speakers(nlp):
    text = ("Marc Leroy : « Nous rouvrirons en mars »\n\n"
            "La fonderie de Saint-Aubin était en redressement judiciaire. Son directeur, Marc Leroy, nous a reçus.\n\n"
            "LE COURRIER : Le site va-t-il fermer ?\n\n"
            "LEROY : Non, nous avons trouvé un repreneur et la production reprendra en mars.\n\n"
            "Les salariés garderont leur ancienneté, c'est écrit dans l'offre.\n\n"
            "LE COURRIER : Combien d'emplois sont menacés ?\n\n"
            "LEROY : Aucun, les 240 salariés seront repris.\n\n"
            "Propos recueillis par Julie Martin\n\nCet entretien a été relu par M. Leroy.")
    seg = segment(nlp, text)
    got = {s.text: s.speaker.mention for s in seg.statements}
    assert got["Nous rouvrirons en mars"] == "Marc Leroy"  # a headline: name, colon, quotation
    for answer in ("Non, nous avons trouvé un repreneur et la production reprendra en mars.",
                   "Les salariés garderont leur ancienneté, c'est écrit dans l'offre.",
                   "Aucun, les 240 salariés seront repris."):
        assert got.get(answer) == "LEROY", got
    assert not [s for s in seg.statements if "?" in s.text or "relu" in s.text]


def test_a_rubric_before_a_quotation_is_not_a_speaker(nlp):
    seg = segment(nlp, "Gaza : « Nous n'avons plus rien à manger »\n\nLes habitants attendent l'aide.")
    assert not [s for s in seg.statements if s.speaker.mention == "Gaza"]


def test_figures_with_no_one_behind_them_are_not_a_speaker(nlp):
    assert segment(nlp, "Selon les chiffres, le chômage a baissé.").statements == []


def test_a_title_with_its_complement_before_an_apposed_name_in_an_agent_phrase_is_the_persons(nlp):
    seg = segment(nlp, "Comme lui, plusieurs centaines d’exploitants girondins devraient profiter du plan « de la "
                       "dernière chance » présenté vendredi à Libourne par la ministre de l’Agriculture, Claire "
                       "Ventadour.")
    found = [(m.text, m.role) for m in seg.mentions if m.name == "Claire Ventadour"]
    assert found == [("la ministre de l’Agriculture, Claire Ventadour", "ministre")], found


def test_an_inverted_verb_the_tagger_reads_as_an_adjective_after_a_question_mark(nlp):
    text = ("Colette a perdu 38 000 euros. « Il m'a appelée un lundi. Comment vouliez-vous que je me méfie ? » "
            "raconte-t-elle d'une voix qui tremble.")
    found = [(s.text, s.cue) for s in segment(nlp, text).statements]
    assert found == [("Il m'a appelée un lundi. Comment vouliez-vous que je me méfie ?", "raconter")], found


def test_a_name_before_a_relative_clause_is_the_subject_of_the_verb_after_it(nlp):
    # the parser hangs "conteste" (read as a participle) on "quarantaine"; the name is still its subject
    text = ("«La banque minimise»\n\nMe Laurent Oberson, avocat genevois qui représente une quarantaine de clients de "
            "la banque, conteste lui aussi la communication de l’établissement.")
    found = [(m.name, m.subject) for m in segment(nlp, text).mentions]
    assert found == [("Laurent Oberson", True)], found


def test_a_body_s_name_runs_over_commas_to_the_acronym_it_spells_out(nlp):
    seg = segment(nlp, "La Direction générale de la concurrence, de la consommation et de la répression des fraudes "
                       "(DGCCRF) a annoncé avoir infligé une amende de 50.000 euros.")
    assert [s.speaker.mention for s in seg.statements] == [
        "La Direction générale de la concurrence, de la consommation et de la répression des fraudes (DGCCRF)"]


@pytest.mark.parametrize("text,first,second", [
    ("« Il n'y a aucun risque pour Kinshasa », a rétorqué le porte-parole du gouvernement, Serge Tshibangu Omari, "
     "pour qui « l'alarmisme fait plus de dégâts que le virus ».", "Il n'y a aucun risque pour Kinshasa",
     "l'alarmisme fait plus de dégâts que le virus"),
    ("« Personne ne croit à un accord », a poursuivi ce diplomate, selon qui une dizaine d'États membres soutiennent "
     "en coulisse la position néerlandaise.", "Personne ne croit à un accord",
     "une dizaine d'États membres soutiennent en coulisse la position néerlandaise"),
])
def test_selon_qui_after_a_speaker_is_a_second_statement_of_that_speaker(nlp, text, first, second):
    got = [(s.text, s.speaker.mention) for s in segment(nlp, text).statements]
    assert [t for t, _ in got] == [first, second], got
    assert got[0][1] == got[1][1]


def test_pour_x_with_a_quotation_then_a_colon_is_the_quotation_only(nlp):
    text = ("Pour Henri Vasseur, analyste chez Delaroche Securities, “le marché attendait pire” : le titre a gagné "
            "3,2 % mercredi à la Bourse de Paris.")
    assert [s.text for s in segment(nlp, text).statements] == ["le marché attendait pire"]


def test_a_headline_topic_before_a_colon_is_no_part_of_a_selon_statement(nlp):
    text = "Fuite de données: la banque genevoise «a tardé», selon le régulateur\n\nLa procédure est ouverte."
    found = [(s.text, s.speaker.mention) for s in segment(nlp, text).statements]
    assert found == [("la banque genevoise «a tardé»", "le régulateur")], found


def test_a_headline_rubric_before_a_quotation_is_no_part_of_an_inverted_statement(nlp):
    text = "Incendie de Saint-Nazaire : « La mairie a été prévenue trop tard », dénonce le maire\n\nLe feu est éteint."
    found = [(s.text, s.speaker.mention) for s in segment(nlp, text).statements]
    assert found == [("La mairie a été prévenue trop tard", "le maire")], found


def test_a_lead_s_narrative_before_mais_is_no_part_of_the_inverted_statement(nlp):
    text = ("Un violent incendie a ravagé mardi un entrepôt du port, dégageant un panache de fumée noire, mais les "
            "fumées « ne présentent pas de toxicité aiguë », a assuré le préfet, Laurent Vidalenc.")
    assert [s.text for s in segment(nlp, text).statements] == ["les fumées « ne présentent pas de toxicité aiguë »"]
    text = ("Les dirigeants du G7 ont affiché lundi leur unité sur l'Ukraine, mais restent divisés sur la Chine, selon "
            "une source diplomatique.")  # one subject for both verbs: the whole is the source's
    assert [s.text for s in segment(nlp, text).statements][0].startswith("Les dirigeants du G7")


def test_in_a_hearing_an_unattributed_answer_is_the_last_answerer_s(nlp):
    text = ("Le procès s'est ouvert mardi.\n\n"
            "— Combien payiez-vous chaque mois ? demande la présidente, Hélène Marchetti.\n\n"
            "— 1 150 euros tout compris, pour un studio de 24 mètres carrés, répond Inès Haddad.\n\n"
            "— Que dit le bail ?\n\n"
            "— Il mentionne 890 euros de loyer et 260 euros de charges.\n\n"
            "Le propriétaire s'avance à son tour à la barre.\n\n"
            "— Vous contestez ces chiffres ?\n\n"
            "— Les charges correspondent au chauffage collectif.")
    seg = segment(nlp, text)
    by_text = {s.text: s for s in seg.statements}
    answer = next(s for t, s in by_text.items() if t.startswith("Il mentionne 890 euros"))
    assert answer.speaker.mention == "Inès Haddad" and answer.cue is None
    # after a paragraph of narrative nobody answered yet: the next exchange has no known answerer
    assert not any(t.startswith("Les charges correspondent") for t in by_text)


def test_an_interview_in_dialogue_dashes_is_the_one_the_introduction_names_before_the_first_question(nlp):
    text = ("Le président montois a répondu pendant une heure aux questions de la presse.\n\n"
            "Bernard Lacoste était venu avec un dossier épais sous le bras.\n\n"
            "— Mathis Larrieu dispose-t-il d'une clause libératoire ?\n\n"
            "— Non. Il n'y a aucune clause de sortie dans son contrat, répond le président.\n\n"
            "— Jusqu'à quand court son contrat ?\n\n"
            "— Jusqu'en juin 2028. C'est la seule date qui compte.\n\n"
            "— La Section paloise vous a-t-elle contacté ?\n\n"
            "— Leur manager m'a appelé une fois, en février, pour se renseigner.\n\n"
            "— Le joueur dit ne pas avoir perçu ses primes de match depuis janvier. Que répondez-vous ?\n\n"
            "— Tout a été versé, au centime près, assure-t-il en tapotant sa pochette.")
    seg = segment(nlp, text)
    said = {s.text.split(".")[0]: s.speaker.mention for s in seg.statements}
    assert said["Jusqu'en juin 2028"] == "Bernard Lacoste"  # not Mathis Larrieu, whom the first question names
    # "assure-t-il" in an answer line is the interviewee, not "le joueur" the question cites
    assert said["Tout a été versé, au centime près"] == "Bernard Lacoste"


def test_a_speakers_apposition_after_an_inverted_subject_is_no_content(nlp):
    """"…, a assuré le commandant X, de la sûreté urbaine de Lille, qui …": the unit's rest describes the speaker."""
    seg = segment(nlp, "Aucune bouteille n'a été retrouvée sur les lieux, a assuré le commandant Olivier Ramette, "
                       "de la sûreté urbaine de Lille, qui a dirigé l'enquête.")
    assert [(s.text, s.speaker.mention) for s in seg.statements] == [
        ("Aucune bouteille n'a été retrouvée sur les lieux", "le commandant Olivier Ramette")]


def test_a_participle_after_an_article_is_no_reporting_verb(nlp):
    """"les images montrent l'accusé(VERB) quitter le bar": a noun, so no statement of the images."""
    seg = segment(nlp, "Selon l'enquêteur, les images de vidéosurveillance montrent l'accusé quitter le bar à 0 h 52.")
    assert [(s.text, s.cue) for s in seg.statements] == [
        ("les images de vidéosurveillance montrent l'accusé quitter le bar à 0 h 52", "selon")]


@pytest.mark.parametrize("text, first", [
    ("Interrogé sur ces accusations, le coureur a nié avoir dévié de sa trajectoire : « J'étais collé aux barrières, "
     "je n'ai pas bougé d'un centimètre. »", "avoir dévié de sa trajectoire"),
    ("Le ministre a nié que la zone soit fermée : « Tout est ouvert depuis lundi. »", "la zone soit fermée"),
    ("Pour le syndicat, le plan est au contraire « trop timide » : « Rien ne changera avant dix ans. »",
     "le plan est au contraire « trop timide »"),
])
def test_a_reported_clause_a_colon_and_a_quotation_are_two_statements(nlp, text, first):
    """"a nié que P : « Q »" gives P, then Q (eval/README.md's convention); "a déclaré : « Q »" stays one."""
    seg = segment(nlp, text)
    texts = [s.text for s in seg.statements]
    assert texts[0] == first and len(texts) == 2, texts
    assert texts[1].startswith(text.split("« ")[-1][:12]), texts
    assert len({s.speaker.mention for s in seg.statements}) == 1
    assert [s.text for s in segment(nlp, "Le ministre a déclaré : « Tout est ouvert depuis lundi. »").statements] == [
        "Tout est ouvert depuis lundi."]


@pytest.mark.parametrize("text", [
    "Son président, Marc-Antoine Giraudeau, a dénoncé « un tour de passe-passe ».",  # "un"; "passe-passe(VERB)"
    # "démentir tout « … »" (after a statement: the parser then reads "tout" otherwise)
    "Chez Jiangbei, on affirme que les travaux sont « achevés à 68 % ». Le directeur pays du groupe, Li Wenhao, a "
    "démenti tout « paiement irrégulier ».",
    "Le député Joshua Ekane a promis de « ne rien lâcher ».",  # a negated infinitive: a promise
    # a quoted adverbial phrase
    "Dans La Croix, Dominique Lhermitte estime que la mesure « aurait pu être comprise si elle avait été expliquée » "
    "plutôt qu'annoncée « au détour d'un communiqué ».",
])
def test_quoted_words_that_say_nothing_are_no_statement(nlp, text):
    assert not [s for s in segment(nlp, text).statements if s.text.startswith(("paiement", "ne rien", "au détour",
                                                                                 "un tour", "212", "environ",
                                                                                 "toutes les"))]


@pytest.mark.parametrize("text", [
    "D'après elle, le plan d'épandage annexé au dossier mentionne « 212 hectares » de parcelles.",
    "La préfecture a indiqué que l'exploitant avait déclaré “environ 1.200 tonnes” de marchandises.",
    "Les passagers ont reçu des couvertures. Ils ont été tenus informés « toutes les demi-heures » par des annonces.",
])
def test_a_quoted_quantity_is_no_statement(nlp, text):
    test_quoted_words_that_say_nothing_are_no_statement(nlp, text)
    assert [s.text for s in segment(nlp, "« Tous les habitants ont été prévenus », a assuré le maire.").statements] \
        == ["Tous les habitants ont été prévenus"]


@pytest.mark.parametrize("text", [
    "Le Cercle Tocqueville dit vouloir réinviter Bertrand Hallier au printemps.",
    "L'opposition a dit vouloir saisir la tutelle.",
    "Le groupe minier a annoncé souhaiter porter l'affaire devant l'arbitrage international.",
])
def test_an_intention_in_an_infinitive_is_no_statement(nlp, text):
    """"a annoncé vouloir …" (eval/README.md's conventions); "affirme avoir voulu la paix" is still a statement."""
    assert segment(nlp, text).statements == []
    assert [s.text for s in segment(nlp, "Le maire affirme avoir voulu la paix.").statements] == ["avoir voulu la paix"]


def test_a_nickname_between_commas_is_no_quotation_an_incise_follows(nlp):
    """"Yanis Benhamou, dit « le Bison », promettait …": "promettait" is no incise after a quotation."""
    seg = segment(nlp, "Le pivot montvalois Yanis Benhamou, dit « le Bison », promettait déjà une fin de saison "
                       "« sans complexe ».")
    assert seg.statements == []


@pytest.mark.parametrize("text", [
    "Le ministre a parlé. Selon des documents consultés par « Le Monde », l’exploitant avait pourtant été sommé de "
    "remettre en état son système.",
    "Selon des courriels que Libération a pu consulter, l’agence préparait depuis novembre la fin des accouchements.",
])
def test_documents_the_paper_saw_are_its_own_sourcing(nlp, text):
    """eval/README.md: documents the paper obtained are its own sourcing; "selon un document de la préfecture" is
    the prefecture's."""
    assert segment(nlp, text).statements == []
    assert [s.speaker.mention for s in segment(nlp, "Selon un document de la préfecture, l’exploitant avait été "
                                                    "sommé de tout réparer.").statements] == ["la préfecture"]


@pytest.mark.parametrize("text, content, speaker", [
    ("« Le succès d'Al Boraq est réel », reconnaît d'ailleurs Hicham Tazi.", "Le succès d'Al Boraq est réel",
     "Hicham Tazi"),
    ("« Chaque franc en ramène trois », assure de son côté Léa Chappuis.", "Chaque franc en ramène trois",
     "Léa Chappuis"),
    ("« Nous tiendrons les délais », a affirmé de son côté Luc Bernard.", "Nous tiendrons les délais", "Luc Bernard"),
    ("« Le quota baisse de 22 % », répond quant à lui Jean Morel.", "Le quota baisse de 22 %", "Jean Morel"),
])
def test_an_inverted_subject_after_a_locution(nlp, text, content, speaker):
    """ "…, reconnaît d'ailleurs X", "…, assure de son côté X": the locution between the verb and its inverted
    subject."""
    sts = segment(nlp, text).statements
    assert [(s.text, s.speaker.mention) for s in sts] == [(content, speaker)]


def test_a_stressed_pronoun_after_a_verb_keeps_its_subject_before(nlp):
    """ "X, avocat …, conteste lui aussi la communication de l'établissement": no inverted attribution whose
    subject is "la communication"."""
    sts = segment(nlp, "Me Laurent Oberson, avocat genevois qui représente une quarantaine de clients de la banque, "
                       "conteste lui aussi la communication de l’établissement.").statements
    assert sts == []


def test_an_inverted_verb_the_tagger_reads_as_a_number(nlp):
    """ "tranche-t-elle": "tranche" tagged as a number is still the verb of the inverted attribution."""
    sts = segment(nlp, "« L’écart entre les deux groupes est de 0,31 point », tranche-t-elle.").statements
    assert [(s.text, s.cue) for s in sts] == [("L’écart entre les deux groupes est de 0,31 point", "trancher")]


def test_a_reporting_verb_the_tagger_missed_before_et_shares_the_subject(nlp):
    """ "La préfecture dément(ADV) et affirme que P": the tagger reads "dément" as an adjective or adverb and leaves
    "affirme" with no subject; the subject stands before the pair."""
    sts = segment(nlp, "La préfecture dément et affirme que deux réunions se sont tenues en février.").statements
    assert [(s.text, s.speaker.mention) for s in sts] == [("deux réunions se sont tenues en février", "La préfecture")]


def test_a_comma_closing_the_subjects_apposed_name_opens_no_inverted_attribution(nlp):
    """ "Invité de RTL, le ministre de l'Intérieur, Laurent Fabrègue, a défendu son porte-parole": the minister is the
    subject; "son porte-parole" is the object, not the speaker of what precedes the comma."""
    sts = segment(nlp, "Invité de RTL lundi matin, le ministre de l’Intérieur, Laurent Fabrègue, a défendu son "
                       "porte-parole.").statements
    assert sts == []


def test_a_locution_between_commas_inside_the_verb_group(nlp):
    """ "Le syndicat mixte a, de son côté, annoncé …": one verb group, its subject before it; what precedes is no
    statement of an inverted subject."""
    sts = segment(nlp, "Le syndicat mixte a, de son côté, annoncé une nouvelle réunion publique à Pauillac le 3 juin. "
                       "Le maire a, pour sa part, affirmé que la digue tiendrait.").statements
    assert [(s.text, s.speaker.mention) for s in sts] == [("la digue tiendrait", "Le maire")]


def test_the_first_words_of_a_paragraph_stay_one_sentence(nlp):
    """Left free after a line break's preset start, the parser cut "Bernard | Castaing | , | président du syndicat,
    a voulu …" into four sentences, so the named subject was lost and "il" next went to the headline's title."""
    text = "Titre\n\nBernard Castaing, président du syndicat, a voulu rassurer sur la facture. « La facture baisse », " \
           "a-t-il affirmé."
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents][1].startswith("Bernard Castaing, président du syndicat, a voulu")
    mentions = segment(nlp, text).mentions
    assert any(m.name == "Bernard Castaing" and m.subject for m in mentions), mentions


def test_an_interview_label_ends_before_the_question(nlp):
    doc = nlp("Titre\n\nJOURNALISTE : L’association Alerte Pesticides affirme que des dérogations ont été promises.")
    assert [s.text.strip() for s in doc.sents][2].startswith("L’association Alerte Pesticides affirme")


def test_a_place_the_sentence_opens_with_is_no_person(nlp):
    """ "À Vieux-Habitants, Maryse, 58 ans, fait la queue": Maryse is the subject; "elle" next is her."""
    mentions = segment(nlp, "À Vieux-Habitants, Maryse, 58 ans, fait la queue devant un camion-citerne. « Le syndicat "
                            "dit que c’est la sécheresse », lâche-t-elle.").mentions
    assert [(m.text, m.subject) for m in mentions][0] == ("Maryse", True)


@pytest.mark.parametrize("text, content, speaker", [
    ("Le ministre a reconnu vendredi sur France Inter que le contrôle a été reporté.", "le contrôle a été reporté",
     "Le ministre"),
    ("« C'est la signature classique d'un environnement contaminé », confirme à 20 Minutes la microbiologiste Hélène "
     "Rochat.", "C'est la signature classique d'un environnement contaminé", "la microbiologiste Hélène Rochat"),
])
def test_an_outlet_whose_name_the_tagger_misreads(nlp, text, content, speaker):
    """ "sur France Inter(VERB)", "à 20(NUM) Minutes": the outlet is a circumstance of the reporting verb."""
    sts = segment(nlp, text).statements
    assert [(s.text, s.speaker.mention) for s in sts] == [(content, speaker)]


def test_a_second_reporting_verb_after_mais_is_a_second_statement_of_the_same_speaker(nlp):
    """ "Elle reconnaît que P, mais assure qu'il Q": two statements, both hers (the parser hangs "assure" on P's verb,
    whose subject is no speaker)."""
    sts = segment(nlp, "La préfète est venue. Elle reconnaît que le contrôle du printemps « a été reporté », mais "
                       "assure qu’il « n’aurait rien changé » à la situation.").statements
    assert [(s.text, s.speaker.mention) for s in sts] == [
        ("le contrôle du printemps « a été reporté »", "elle"),
        ("il « n’aurait rien changé » à la situation", "elle")]


@pytest.mark.parametrize("text, speaker", [
    ("L’agence régionale de santé fait valoir que rien ne permet de relier ce décès à l’épidémie.",
     "L’agence régionale de santé"),
    ("L’agence régionale de santé (ARS), elle, fait valoir qu’« aucun élément ne permet de relier ce décès à "
     "l’épidémie ».", "L’agence régionale de santé (ARS)"),
])
def test_fait_valoir_after_a_body_the_tagger_reads_as_a_participle(nlp, text, speaker):
    """ "L'agence … fait(Part, acl) valoir que": the present of "faire valoir", not "l'agence faite"; past a stressed
    pronoun aside and the body's acronym, the subject is the body."""
    sts = segment(nlp, text).statements
    assert [(s.cue, s.speaker.mention) for s in sts] == [("faire valoir", speaker)]


@pytest.mark.parametrize("text, content", [
    ("Gérard Vasseur est tout aussi formel sur le banc : selon lui, l'entraîneur Franck Moreau « restera en place ».",
     "l'entraîneur Franck Moreau « restera en place »"),
    ("Pour Karim Belhadj, ancien capitaine de l'OD et consultant RMC, ce rachat « est une chance ».",
     "ce rachat « est une chance »"),
])
def test_what_a_source_says_after_a_colon_or_a_former_title(nlp, text, content):
    """ "… : selon lui, P": the colon announces P, the clause before it is the paper's; "Pour X, ancien capitaine …,
    P": the former title describes X."""
    assert [s.text for s in segment(nlp, text).statements] == [content]


def test_an_irregular_present_after_a_quotation_that_the_tagger_reads_as_a_participle(nlp):
    """ "« … Ce sera la fin de la pêche ici », prédit(acl, Part) Didier, 58 ans": right after the quotation's comma,
    the incise's verb, not a participle describing "la fin"."""
    sts = segment(nlp, "Les pêcheurs, eux, s’inquiètent. « Quand les portes seront fermées, les civelles resteront "
                       "dehors. Ce sera la fin de la pêche ici », prédit Didier, 58 ans, pêcheur à Saint-Seurin.").statements
    assert [(s.cue, s.speaker.mention) for s in sts] == [("prédire", "Didier, 58 ans, pêcheur")]


def test_no_sentence_starts_right_after_an_opening_quotation_mark(nlp):
    doc = nlp("Titre\n\n«\u00a0Avec cette barrière, aucune des 1\u202f200 maisons inondées ne l’aurait été\u00a0», a "
              "assuré le président du SMEG.")
    assert not doc[3].is_sent_start and not doc[4].is_sent_start


@pytest.mark.parametrize("text, speaker", [
    ("« On passe de 2 100 à 1 250 tonnes », a assuré au micro d'Outre-mer la 1ère Yannick Detcheverry, président de "
     "la coopérative.", "Yannick Detcheverry, président de la coopérative"),
    ("« Le succès est réel », a assuré au micro de France Info Yves Martin, président de la coopérative.",
     "Yves Martin, président de la coopérative"),
])
def test_an_inverted_subject_after_the_outlet_it_spoke_to(nlp, text, speaker):
    """ "…, a assuré au micro d'Outre-mer la 1ère Yannick Detcheverry": the outlet's name, then the speaker's."""
    assert [s.speaker.mention for s in segment(nlp, text).statements] == [speaker]


def test_a_gerund_the_tagger_reads_as_an_adverb_is_a_second_statement(nlp):
    """ "…, tout en maintenant(ADV) que P": the gerund of "maintenir", the same speaker's second statement."""
    sts = segment(nlp, "Mme Monestier reconnaît que la réunion a eu lieu, tout en maintenant que les informations "
                       "étaient sérieuses.").statements
    assert [(s.text, s.cue) for s in sts] == [("la réunion a eu lieu", "reconnaître"),
                                              ("les informations étaient sérieuses", "maintenir")]


def test_dement_the_tagger_reads_as_an_adjective_before_a_colon_quotation(nlp):
    sts = segment(nlp, "La ministre dément toute réduction des effectifs : « Nous engageons vingt agents. »").statements
    assert [(s.text, s.cue, s.speaker.mention) for s in sts] == [("Nous engageons vingt agents.", "démentir",
                                                                  "La ministre")]


def test_a_quoted_noun_phrase_opening_with_tout_is_an_object(nlp):
    """ "a démenti « tout emprunt dissimulé »": a denied noun phrase, no statement ("« Tout est faux »" is one)."""
    sts = segment(nlp, "Dans un communiqué, il a démenti « tout emprunt dissimulé ». Le président dément « toute "
                       "clause de sortie ». « Tout est faux », a dit Paul Roux.").statements
    assert [s.text for s in sts] == ["Tout est faux"]


def test_a_comma_closing_an_appositions_relative_opens_no_inverted_attribution(nlp):
    """ "Le Cercle Tocqueville, l'association étudiante qui avait invité l'essayiste, conteste cette chronologie": the
    circle is the subject; "cette chronologie" is an object, no speaker of what precedes."""
    sts = segment(nlp, "Le Cercle Tocqueville, l’association étudiante qui avait invité l’essayiste, conteste cette "
                       "chronologie.").statements
    assert sts == []


@pytest.mark.parametrize("text", [
    "Bertrand Lemaire, directeur de l’ARS, l’a répété : « Il ne s’agit pas d’une fermeture définitive. »",
    "Bertrand Lemaire, directeur de la délégation du Nord de l’ARS, l’a répété à plusieurs reprises devant les élus : "
    "« Il ne s’agit pas d’une fermeture définitive. »",
])
def test_a_subject_before_an_object_pronoun_when_the_parser_cut_the_sentence(nlp, text):
    """ "X, directeur de l'ARS, | l'a répété : « … »": the parser starts a sentence at the comma, so the verb has no
    subject of its own; the name before the apposition, past the object pronoun, is the speaker."""
    sts = segment(nlp, "Maternité : l’ARS confirme\n\n" + text).statements
    assert [(s.text, s.speaker.mention.split(",")[0]) for s in sts] == [
        ("Il ne s’agit pas d’une fermeture définitive.", "Bertrand Lemaire")]


@pytest.mark.parametrize("text, speaker", [
    ("« Nous n’avons reçu aucune garantie », confirme à 20 Minutes Hélène Rochat.", "Hélène Rochat"),
    ("« Rien n’a changé », a expliqué à France Inter Marc Dubois.", "Marc Dubois"),
    ("« C’est faux », a déclaré au Point Paul Girard.", "Paul Girard"),
])
def test_an_inverted_name_after_an_outlet_of_two_words(nlp, text, speaker):
    """ "…, confirme à 20 Minutes Hélène Rochat": the outlet's name ends before the speaker's, with no title after it."""
    assert [s.speaker.mention for s in segment(nlp, text).statements] == [speaker]


@pytest.mark.parametrize("caption", [
    "Les travaux route des Romains doivent durer jusqu'à l'été, selon la CTS. Photo DNA /Thomas Kessler",
    "La maternité a enregistré 268 naissances en 2026, selon l’hôpital. PHOTO PIERRE LEFEBVRE",
])
def test_a_caption_ending_with_a_photo_credit_is_page_furniture(nlp, caption):
    """A caption's "selon …" is no statement when a photo credit ends its line ("… Photo DNA /Thomas Kessler")."""
    text = "Le tram coûtera plus cher\n\n" + caption + "\n\n« Le chantier est maîtrisé », a déclaré Claire Hoerdt."
    assert [s.text for s in segment(nlp, text).statements] == ["Le chantier est maîtrisé"]


def test_rectifier_is_a_reporting_verb(nlp):
    sts = segment(nlp, "Odile Kieffer affirme que 85 arbres ont été abattus. « Nous en avons abattu 42 », a rectifié "
                       "Mme Hoerdt.").statements
    assert [(s.text, s.speaker.mention) for s in sts] == [("85 arbres ont été abattus", "Odile Kieffer"),
                                                         ("Nous en avons abattu 42", "Mme Hoerdt")]


def test_a_verb_inside_a_quotation_with_no_speaker_after_it_is_no_incise(nlp):
    """ "« Notre bulletin de lundi, 17 heures, annonçait un degré 4 … », a déclaré X": "annonçait un degré" is the
    speaker's words, not an incise with "un degré" as its speaker."""
    sts = segment(nlp, "« Notre bulletin de lundi, 17 heures, annonçait un degré 4, fort, pour tout le val. Il n'y a "
                       "aucune ambiguïté », a déclaré Martina Gertsch, responsable du service d'alerte.").statements
    assert [s.speaker.mention for s in sts] == ["Martina Gertsch, responsable du service d'alerte"]


@pytest.mark.parametrize("title", ["La porte-parole libérale en matière de famille", "La ministre en charge des Familles"])
def test_a_titles_portfolio_after_en_matiere_de_and_its_apposed_name(nlp, title):
    """ "La porte-parole libérale en matière de famille, Sarah Nadeau, a soutenu": the portfolio is part of the title,
    and the name after it is the speaker's."""
    sts = segment(nlp, f"{title}, Sarah Nadeau, a soutenu que 33 000 enfants attendaient une place.").statements
    assert [s.speaker.mention for s in sts] == [f"{title}, Sarah Nadeau"]


def test_a_bodys_name_spelled_by_its_acronym_inside_a_title_then_the_name(nlp):
    """ "l'inspectrice de la Direction générale de la concurrence, de la consommation et de la répression des fraudes
    (DGCCRF) Hélène Marchal": the acronym spells the body's name (not the title's head), so the title runs over the
    commas to the person's name."""
    sts = segment(nlp, "Entendue comme témoin, l’inspectrice de la Direction générale de la concurrence, de la "
                       "consommation et de la répression des fraudes (DGCCRF) Hélène Marchal a affirmé que "
                       "l’influenceuse avait perçu des commissions.").statements
    assert [s.speaker.mention.split(")")[-1].strip() for s in sts] == ["Hélène Marchal"]


def test_selon_lui_is_a_phrase_of_its_own_whatever_the_parse(nlp):
    """ "Selon lui, des prélèvements « … » avaient été évoqués": the parser may attach "lui" to the noun after it
    (nmod); the source is still the pronoun, not "des prélèvements"."""
    sts = segment(nlp, "Patrick Lebreton, délégué CGT de l'usine, affirme que les lignes ont tourné. Selon lui, des "
                       "prélèvements « positifs à répétition » avaient été évoqués en réunion dès la mi-février.").statements
    assert [(s.cue, s.speaker.mention) for s in sts] == [("affirmer", "Patrick Lebreton, délégué CGT de l'usine"),
                                                         ("selon", "lui")]


def test_an_explainers_question_subheadings_are_no_interview(nlp):
    """A "Ce que l'on sait" piece with question subheadings ("Combien de bébés sont malades ?") is the paper's own
    account, not an interviewee's answers: "…, a indiqué la DGCCRF" attributes its own sentence, and a paragraph with no
    attribution is nobody's statement (an interview's questions address the interviewee, and its answers speak in the
    first person)."""
    text = ("Lait contaminé : ce que l'on sait\n\nCombien de bébés sont malades ?\n\nNeuf nourrissons ont été "
            "hospitalisés, a indiqué jeudi Santé publique France.\n\nQuels lots sont concernés ?\n\nLe rappel concerne "
            "38 lots, a indiqué la DGCCRF.\n\nEt l'usine ?\n\nLe préfet a exclu toute reprise avant avril.\n\nLes parents "
            "qui ont encore des boîtes fabriquées depuis décembre peuvent les rapporter en magasin.")
    sts = segment(nlp, text).statements
    assert [(s.text, s.cue) for s in sts] == [("Neuf nourrissons ont été hospitalisés", "indiquer"),
                                              ("Le rappel concerne 38 lots", "indiquer")]


def test_a_transcript_printed_as_lines_of_one_block_ends_with_the_block(nlp):
    """A radio exchange printed as labelled lines of one paragraph block: the block's end ends the last answer, and
    the paragraphs after it are the article's again, not the mayor's answer."""
    text = ("Carpentras : le maire déprogramme Sanka\n\nJeudi matin, sur France Bleu Vaucluse, l’échange a tourné "
            "court :\nLA JOURNALISTE : Le label affirme que vous aviez validé cette date. Pourquoi changer d’avis ?\n"
            "GÉRARD VIAL-ROUSSEL : Je n’ai jamais validé cette date. C’est un adjoint qui a signé la convention.\n"
            "LA JOURNALISTE : Un adjoint, ce n’est pas la mairie ?\nGÉRARD VIAL-ROUSSEL : La décision finale est la "
            "mienne.\n\nSelon M. Benmansour, le label a appris l’annulation par un simple mail. Il assure que 3 200 "
            "billets avaient déjà été vendus.")
    sts = segment(nlp, text).statements
    assert [(s.text, s.speaker.mention) for s in sts if s.cue in ("selon", "assurer")] == [
        ("le label a appris l’annulation par un simple mail", "M. Benmansour"),
        ("3 200 billets avaient déjà été vendus", "il")]


def test_a_clause_whose_subject_is_quoted_runs_to_its_verb(nlp):
    """ "a soutenu que « plus de 3 000 barils » avaient disparu": the parser makes "disparu" a conjunct of the reporting
    verb, but with no conjunction it is the clause's own verb, not the narrator's second one."""
    sts = segment(nlp, "Le procès s'ouvre\n\nAnnie Charest a soutenu que « plus de 3 000 barils » avaient disparu de "
                       "l'entrepôt.").statements
    assert [s.text for s in sts] == ["« plus de 3 000 barils » avaient disparu de l'entrepôt"]


def test_a_prosecutors_portfolio_with_coordinated_adjectives_then_the_name(nlp):
    sts = segment(nlp, "D'entrée de jeu, la procureure aux poursuites criminelles et pénales, Me Annie Charest, a "
                       "soutenu devant le jury que les barils avaient disparu.").statements
    assert [s.speaker.mention for s in sts] == ["la procureure aux poursuites criminelles et pénales, Me Annie Charest"]


@pytest.mark.parametrize("text, speaker", [
    ("À la sortie de la salle d'audience, Mme Gagnon-Roy a assuré que l'inventaire avait été « complet ».",
     "Mme Gagnon-Roy"),
    ("Dans un communiqué, Néréis Logistique a assuré qu'« aucun produit classé Seveso » n'était entreposé sur le site.",
     "Néréis Logistique"),
])
def test_a_fronted_circumstance_the_parser_takes_for_the_subject(nlp, text, speaker):
    """ "À la sortie(nsubj) de la salle, Mme Gagnon-Roy a assuré": a noun after a preposition is no subject; the name
    apposed to it is."""
    sts = segment(nlp, "Le procès du sirop d'érable\n\nDans la salle, Sylvie Gagnon-Roy ne manquait pas un mot.\n\n"
                  + text).statements
    assert [s.speaker.mention for s in sts] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Selon la liquidatrice désignée par le tribunal, Me Sophie Lagarde-Brun, les créances atteignent « près de 18 "
     "millions d'euros ».", "la liquidatrice désignée par le tribunal, Me Sophie Lagarde-Brun"),
    ("L'expert nommé par la cour, Paul Roux, a affirmé que les fissures étaient anciennes.",
     "L'expert nommé par la cour, Paul Roux"),
])
def test_a_title_with_a_participle_and_its_agent_then_the_apposed_name(nlp, text, speaker):
    """ "la liquidatrice désignée par le tribunal, Me Sophie Lagarde-Brun": the person named after the participle's
    agent is the source, not the tribunal that appointed her."""
    assert [s.speaker.mention for s in segment(nlp, text).statements] == [speaker]


def test_the_opposition_and_the_executive_speak(nlp):
    """ "Pour l'opposition municipale de gauche, P", "L'exécutif a assuré que P": bodies that speak."""
    sts = segment(nlp, "Pour l’opposition municipale de gauche, l’arrêté relève surtout « d’un coup de communication ». "
                       "L'exécutif a assuré que tout irait bien.").statements
    assert [s.speaker.mention for s in sts] == ["l’opposition municipale de gauche", "L'exécutif"]


def test_a_reporters_lead_in_before_a_colon_is_no_part_of_an_inverted_statement(nlp):
    """ "Un optimisme que ne partage pas la mandataire : à la revente, ce stock « … », estime Me X": the content starts
    after the colon (eval/README.md: a colon introduction is the reporter's)."""
    sts = segment(nlp, "Un optimisme que ne partage pas la mandataire : à la revente, ce stock « ne vaudra pas plus de "
                       "11 millions », estime Me Lagarde-Brun.").statements
    assert [s.text for s in sts] == ["à la revente, ce stock « ne vaudra pas plus de 11 millions »"]


def test_le_premier_and_la_seconde_are_the_people_just_named(nlp):
    """ "X, …, et Y, … se sont exprimés côte à côte. Le premier affirme …. La seconde assure …": the first and the
    second of the people named just before in the paragraph."""
    sts = segment(nlp, "Le front commun syndical conteste ces chiffres. Salvatore Pirotta, secrétaire régional de la "
                       "FGTB Métal Liège-Luxembourg, et Véronique Delvaux, permanente de la CSC-Metea, se sont exprimés "
                       "côte à côte devant les grilles de l'usine. Le premier affirme que 530 travailleurs perdront "
                       "leur emploi. La seconde assure que le carnet est plein.").statements
    assert [s.speaker.mention.split(",")[0] for s in sts] == ["Salvatore Pirotta", "Véronique Delvaux"]


def test_a_second_apposition_with_a_title_of_three_words_then_the_name(nlp):
    """ "le propriétaire du club, l'homme d'affaires Wim Van Acker, assure": the name after a title written in three
    tokens ("homme d'affaires") ends the apposition."""
    sts = segment(nlp, "Joint par RMC Sport, le propriétaire du club, l'homme d'affaires Wim Van Acker, assure que la "
                       "séparation s'est faite « d'un commun accord ».").statements
    assert [s.speaker.mention for s in sts] == ["le propriétaire du club, l'homme d'affaires Wim Van Acker"]


def test_a_ministers_portfolios_in_lowercase_then_the_name(nlp):
    """ "le ministre sénégalais de l'énergie, du pétrole et des mines, Birame Ndoye, a affirmé": the list of portfolios,
    lowercase, then the name apposed after it."""
    sts = segment(nlp, "Mardi, devant l’Assemblée nationale, le ministre sénégalais de l’énergie, du pétrole et des "
                       "mines, Birame Ndoye, a affirmé que la Mauritanie avait perçu 412 millions de dollars.").statements
    assert [s.speaker.mention for s in sts] == ["le ministre sénégalais de l’énergie, du pétrole et des mines, Birame "
                                                "Ndoye"]


def test_selon_a_notice_published_by_an_acronym_body(nlp):
    """ "selon l'avis publié par la DGCCRF (…) sur le site Rappel Conso": the body that published it is the source,
    and the rest of the participle's phrase describes the notice, not the claim. The outlet's own figures ("selon des
    relevés effectués par l'AFP") stay the outlet's."""
    sts = segment(nlp, "Trois lots ont fait l'objet d'un rappel samedi, selon l'avis publié par la DGCCRF (Direction "
                       "générale de la concurrence, de la consommation et de la répression des fraudes) sur le site "
                       "Rappel Conso. Les tarifs ont augmenté de 30 % depuis vendredi, selon des relevés effectués par "
                       "l'AFP dans plusieurs quartiers.").statements
    assert [(s.text, s.speaker.mention) for s in sts] == [("Trois lots ont fait l'objet d'un rappel samedi",
                                                          "la DGCCRF")]


def test_a_promise_with_a_reflexive_infinitive_is_no_statement(nlp):
    """ "les propriétaires promettent de se battre jusqu'au bout": a promise, as "a promis de venir"; "a nié s'être
    dopé" stays a statement."""
    sts = segment(nlp, "Les propriétaires ont promis de se battre jusqu'au bout. Le coureur a nié s'être dopé.").statements
    assert [s.text for s in sts] == ["s'être dopé"]


def test_a_quoted_noun_phrase_with_a_relative_clause_is_an_object(nlp):
    """ "a dénoncé « des contrôles qui n'ont jamais eu lieu »", "avait signalé « des planchers qui bougeaient »": the
    relative clause's verb belongs to the noun, so the quotation is an object; "a déclaré « les ouvriers qui
    travaillent ici sont en danger »" has a verb of its own and stays a statement."""
    sts = segment(nlp, "Paul Roux a déclaré « les ouvriers qui travaillent ici sont en danger ». Il a dénoncé « des "
                       "contrôles qui n'ont jamais eu lieu ». Le syndicat avait signalé par écrit « des planchers qui "
                       "bougeaient » au bassin 9.").statements
    assert [s.text for s in sts] == ["les ouvriers qui travaillent ici sont en danger"]


@pytest.mark.parametrize("text, name", [
    ("« Les pourparlers continuent », a indiqué le porte-parole du ministère, Majed al-Khalifa.", "Majed al-Khalifa"),
    ("« Rien n'est signé », a assuré Hani el-Masri, à Beyrouth.", "Hani el-Masri"),
])
def test_an_arabic_name_with_a_hyphenated_particle_is_one_name(nlp, text, name):
    """ "Majed al-Khalifa": the tokenizer splits "al", "-", "Khalifa"; the particle stays inside the name."""
    assert [m.name for m in segment(nlp, "Texte.\n\n" + text).speakers] == [name]


def test_an_incise_ended_by_a_colon_and_a_quotation_gives_two_statements(nlp):
    """ "P, affirme X : « Q »" (also "X cité par Le Temps"): P, then Q, both X's (eval/README.md: "Pour X, A : « B »"
    is two rows)."""
    sts = segment(nlp, "La ligne fermera en mars, affirme Paul Garnier : « Nous n'avons plus de conducteurs. »\n\n"
                       "Le dépôt sera vendu, confie un cheminot cité par Le Temps : « Tout le monde le sait ici. »"
                  ).statements
    assert [(s.text, s.speaker.mention) for s in sts] == [
        ("La ligne fermera en mars", "Paul Garnier"), ("Nous n'avons plus de conducteurs.", "Paul Garnier"),
        ("Le dépôt sera vendu", "un cheminot"), ("Tout le monde le sait ici.", "un cheminot")]


@pytest.mark.parametrize("text, content, speaker", [
    ("« Le service perd deux médecins par an. » C'est ce qu'affirme Lucie, aide-soignante depuis vingt ans.",
     "Le service perd deux médecins par an.", "Lucie"),
    ("La cantine fermera en juin. C'est en tout cas ce qu'a assuré mardi le maire, Pierre Vidal.",
     "La cantine fermera en juin", "le maire, Pierre Vidal"),
])
def test_a_sentence_naming_who_said_the_one_before(nlp, text, content, speaker):
    """ "« … » C'est ce qu'affirme X": the sentence before is X's statement."""
    assert [(s.text, s.speaker.mention) for s in segment(nlp, text).statements] == [(content, speaker)]


def test_the_outlets_own_reporters_are_no_speakers(nlp):
    """ "…, ont constaté des journalistes de l'AFP", "…, a constaté notre correspondant": the outlet's own reporting;
    "l'envoyé spécial de l'ONU" speaks."""
    sts = segment(nlp, "Des fumées noires s'élevaient du port, ont constaté des journalistes de l'AFP. La foule "
                       "grossissait, a constaté notre correspondant. La trêve tient, a affirmé l'envoyé spécial de "
                       "l'ONU.").statements
    assert [(s.text, s.speaker.mention) for s in sts] == [("La trêve tient", "l'envoyé spécial de l'ONU")]


def test_a_quotation_opening_with_a_relative_pronoun_after_a_noun_is_an_object(nlp):
    """ "a alerté sur une dette « qui ne passerait pas l'hiver »": the quotation is the noun's relative clause."""
    assert segment(nlp, "Le conseil avait alerté dès mai sur une dette « qui ne passerait pas l'hiver ».").statements == []


def test_an_interview_box_ends_when_the_article_quotes_again(nlp):
    """After the last answer of a box of questions, a paragraph with quotations of its own means the article goes on:
    a later paragraph with no quotation is the article's, not an answer."""
    text = ("Trois questions à Marc Perrin, géologue\n\nLe glissement va-t-il reprendre ?\n\nOui, le terrain bouge "
            "encore de deux centimètres par jour.\n\nLa commune parle de dix jours. Est-ce tenable ?\n\nNon, il faudra "
            "au moins un mois de travaux.\n\nQui paiera ?\n\nLe canton, pour l'essentiel, et la commune pour le reste.\n\n"
            "Au village, on s'inquiète. « Nous sommes coupés du monde », a déclaré la patronne du café.\n\nLa route "
            "reste ouverte jusqu'au col. Les marcheurs sont priés d'éviter le secteur.")
    sts = segment(nlp, text).statements
    assert not any("marcheurs" in s.text for s in sts)
    assert any("au moins un mois" in s.text for s in sts)


def test_a_headlines_rubric_before_a_colon_is_no_subject(nlp):
    """ "Pollution du Rhin: Bâle-Ville affirme …": the rubric before the colon (no space) is no speaker."""
    sts = segment(nlp, "Crue de l'Aar: Berne affirme n'avoir reçu aucune alerte\n\nTexte.").statements
    assert [s.speaker.mention for s in sts] == ["Berne"]


def test_an_object_clitic_with_a_curly_apostrophe_is_no_subject(nlp):
    """ "X, cheffe de …, l’affirme sans détour: P": the tagger's subject "l’" is the object pronoun; X speaks."""
    sts = segment(nlp, "Sonia Keller, cheffe du service des eaux, l’affirme sans détour: la station n’a reçu aucun "
                       "appel avant midi.").statements
    assert [s.speaker.mention for s in sts] == ["Sonia Keller, cheffe du service des eaux"]


def test_a_sentence_about_a_titled_person_is_no_continuation(nlp):
    """ "Selon lui, P. Le préfet a par ailleurs évalué à « … » la zone": the next sentence has a subject of its own,
    the reporter's narration, not the rest of P (eval/README.md: "évaluer à « … »" is no row)."""
    sts = segment(nlp, "Le préfet Jean Morel s'est exprimé à Colmar. Selon lui, deux tonnes de poissons ont été "
                       "ramassées. Le préfet a par ailleurs évalué à « une dizaine de kilomètres » la zone touchée."
                  ).statements
    assert [s.text for s in sts] == ["deux tonnes de poissons ont été ramassées"]


@pytest.mark.parametrize("text, speaker", [
    ("« Nous avons tout respecté », a déclaré à Hespress Karim Alaoui, directeur de l'usine.",
     "Karim Alaoui, directeur de l'usine"),
    ("Côté suisse, l'Office fédéral de l'environnement et de la forêt de Berne (OFEF) a indiqué avoir relevé des "
     "valeurs normales.", "l'Office fédéral de l'environnement et de la forêt de Berne (OFEF)"),
])
def test_speakers_the_parser_splits(nlp, text, speaker):
    """An outlet's name before the speaker ("à Hespress"); an acronym in parentheses right before the verb, after a
    fronted "Côté suisse," the parser takes for the subject: the body named before the acronym."""
    assert [s.speaker.mention for s in segment(nlp, text).statements] == [speaker]


@pytest.mark.parametrize("text, content", [
    ("MONTRÉAL — La grève durera tout l'été, a prévenu la présidente du syndicat.", "La grève durera tout l'été"),
    ("Sion (VS) (ATS) - La route restera fermée jusqu'en août, a indiqué l'ingénieur cantonal.",
     "La route restera fermée jusqu'en août"),
])
def test_a_dateline_without_an_agency_or_with_a_canton_is_no_part_of_the_statement(nlp, text, content):
    """ "MONTRÉAL — " (a place in capitals and a dash), "Sion (VS) (ATS) - ": the dateline opens no statement."""
    assert [s.text for s in segment(nlp, "Titre\n\n" + text).statements] == [content]


def test_pour_a_body_named_by_its_acronym(nlp):
    """ "Pour la CGT, P" and "Pour l'OMS, P" report the body's view; "Pour le PSG, c'est la troisième défaite" stays
    the reporter's (a club goes by "le")."""
    sts = segment(nlp, "Texte. Pour la CGT, au moins 4 500 emplois sont menacés. Pour l'OMS, la vague a culminé. Pour "
                       "le PSG, c'est la troisième défaite. Pour la FGTB wallonne, le plan coûtera 900 emplois."
                  ).statements
    assert [(s.text, s.speaker.mention) for s in sts] == [("au moins 4 500 emplois sont menacés", "la CGT"),
                                                         ("la vague a culminé", "l'OMS"),
                                                         ("le plan coûtera 900 emplois", "la FGTB wallonne")]


def test_tenir_a_preciser_que_is_a_statement(nlp):
    """ "a tenu à préciser que P": P is the subject's statement (unlike "reste à préciser")."""
    sts = segment(nlp, "Texte. Le ministre, Paul Sarr, a tenu à préciser jeudi que les rappels avaient été versés. "
                       "Le montant reste à préciser.").statements
    assert [(s.text, s.speaker.mention) for s in sts] == [("les rappels avaient été versés", "Le ministre, Paul Sarr")]


def test_se_montrer_with_a_colon_and_a_quotation(nlp):
    """ "X s'est montré plus prudent : « … »": X's words; "les images montrent le camion : « … »" are nobody's."""
    sts = segment(nlp, "Texte. L'entraîneur Marc Gallet s'est montré plus prudent : « Je ne parle pas du mercato. » "
                       "Les images montrent la voiture : « Une épave ».").statements
    assert [(s.text, s.speaker.mention) for s in sts] == [("Je ne parle pas du mercato.", "L'entraîneur Marc Gallet")]


@pytest.mark.parametrize("text", [
    "Rugby : « Nous n'avons reçu aucune offre », le président du club dément\n\nTexte.",
    "Texte. « Nous n'avons reçu aucune offre », le président du club dément.",
])
def test_a_quotation_then_its_speaker_then_the_verb(nlp, text):
    """ "« … », le président du club dément" (a headline's order): the quotation is the subject's."""
    sts = segment(nlp, text).statements
    assert [(s.text, s.speaker.mention) for s in sts] == [("Nous n'avons reçu aucune offre", "le président du club")]


def test_a_named_body_with_an_apposed_description_after_a_fronted_participle(nlp):
    """ "Contactée par nos soins, la Lydec(obl:mod), gestionnaire délégué(appos) de l'eau, a fait savoir que P": the
    body named before its description speaks; "une source autorisée au sein de la société" keeps its participle."""
    sts = segment(nlp, "Titre\n\nLe député a rappelé que le taux de remplissage « ne dépasse pas 28 % ».\n\nContactée par "
                       "nos soins, la Lydec, gestionnaire délégué de l'eau à Casablanca, a fait savoir que « des coupures "
                       "ponctuelles » n'étaient pas exclues dans certains quartiers. D'après une source autorisée au sein "
                       "de la société, ces coupures ne dépasseraient pas « quelques heures ».").statements
    assert [s.speaker.mention for s in sts][1:] == ["la Lydec", "une source autorisée au sein de la société"]
