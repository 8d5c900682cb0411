"""``claims eval all``: every evaluator, one Markdown report (tables and plots) plus one JSON of all metrics.

Example:
    >>> from claims.evaluation.report import run_all
    >>> run_all("eval/report")  # doctest: +SKIP
"""
from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from pathlib import Path

from claims.evaluation.data import default_data_dir

KEYS = {
    "extraction": ["statement_precision", "statement_recall", "statement_f1", "speaker_accuracy", "end_to_end_accuracy"],
    "xnli_fr_test": ["n", "accuracy", "macro_f1", "f1_entailment", "f1_neutral", "f1_contradiction"],
    "daccord": ["n", "accuracy", "contradiction_f1", "pr_auc", "threshold"],
    "pairs": ["gold_contradictions", "recall_at_1", "recall_at_3", "recall_at_5", "precision_at_3",
              "agreements_wrongly_flagged", "contradiction_ranks", "contradictions_across_documents",
              "across_documents_recall_at_10", "across_documents_ranks"],
    "stance": ["n", "macro_f1", "accuracy", "f1_favor", "f1_against"],
}
# Articles written for this project in the style of wire copy, with gold statements and pairs (eval/README.md):
# "wire-dev" was read while the extraction rules were developed, "wire-heldout" was not.
WIRE_SETS = (("wire-dev", "eval/gold/wire-dev.jsonl", "eval/articles/wire-dev",
              "wire-style articles the rules were developed with"),
             ("wire-dev2", "eval/gold/wire-dev2.jsonl", "eval/articles/wire-dev2",
              "wire-style articles, second development set"),
             ("wire-dev3", "eval/gold/wire-dev3.jsonl", "eval/articles/wire-dev3",
              "articles in six press styles, third development set"),
             ("wire-dev4", "eval/gold/wire-dev4.jsonl", "eval/articles/wire-dev4",
              "six more press styles (interview, court dialogue, social media), fourth development set"),
             ("wire-dev5", "eval/gold/wire-dev5.jsonl", "eval/articles/wire-dev5",
              "fact-check, reactions, Swiss, Québec, sports, interview transcript; fifth development set"),
             ("wire-dev6", "eval/gold/wire-dev6.jsonl", "eval/articles/wire-dev6",
              "AFP, Belga, court, politics with a post on X, health study, cycling; sixth development set"),
             ("wire-dev7", "eval/gold/wire-dev7.jsonl", "eval/articles/wire-dev7",
              "dockers' strike, drug recall, Reuters results, Serbia-Kosovo row, football dialogue, fire trial; "
              "seventh development set"),
             ("wire-dev8", "eval/gold/wire-dev8.jsonl", "eval/articles/wire-dev8",
              "Benin election, Paris fire, data centre, doping case, forged paintings, radio transcript; "
              "eighth development set"),
             ("wire-dev9", "eval/gold/wire-dev9.jsonl", "eval/articles/wire-dev9",
              "Algeria visas (AFP), water prices, a drug shortage, a rugby federation election, a quarry, Casablanca "
              "taxis; ninth development set"),
             ("wire-dev10", "eval/gold/wire-dev10.jsonl", "eval/articles/wire-dev10",
              "a price war (Les Échos), a Brussels tunnel (RTBF), a Québec language fine (La Presse), a Dakar market "
              "(APS), a hunting-accident trial, disputed cave engravings; tenth development set"),
             ("wire-dev11", "eval/gold/wire-dev11.jsonl", "eval/articles/wire-dev11",
              "a Lebanon-Israel border incident (AFP), a baccalauréat reform row (Le Monde), wolf attacks (La "
              "Montagne), a failed biotech trial (Reuters), a Douala election (Jeune Afrique), a basketball transfer "
              "(L'Équipe); eleventh development set"),
             ("wire-dev12", "eval/gold/wire-dev12.jsonl", "eval/articles/wire-dev12",
              "a Brussels transport strike (Le Soir), a journalist arrested in Tunis (AFP), a drought (Midi Libre), "
              "a drug-price trial, a Lyon bike lane (Le Progrès), a glaciologist's interview; twelfth development set"),
             ("wire-dev13", "eval/gold/wire-dev13.jsonl", "eval/articles/wire-dev13",
              "an EU migration summit (AFP), an offshore wind farm (Ouest-France), a death in police custody "
              "(Libération), a Québec nurses' strike (La Presse), a luxury group's job cuts (Le Figaro), a relegated "
              "rugby club (France Bleu); thirteenth development set"),
             ("wire-dev14", "eval/gold/wire-dev14.jsonl", "eval/articles/wire-dev14",
              "an Ebola outbreak (AFP), vine uprooting (Sud Ouest), a fake-bank-adviser trial (Le Parisien), a Geneva "
              "bank data leak (Le Temps), an influencer fined (20 Minutes), a World Cup squad row (France Football); "
              "fourteenth development set"),
             ("wire-dev15", "eval/gold/wire-dev15.jsonl", "eval/articles/wire-dev15",
              "a Tunisian trawler seized by Italy (AFP), a river pollution (Le Progrès), a Senate pension vote (Le "
              "Figaro), a chairlift closure (24 heures), a contested Gabon election (Jeune Afrique), a Mercosur interview "
              "(Sud Radio); fifteenth development set"),
             ("wire-dev16", "eval/gold/wire-dev16.jsonl", "eval/articles/wire-dev16",
              "a drug recall (Reuters), a maternity ward closing (La Voix du Nord), a fuel shortage in Lebanon (AFP), an "
              "arena financing row (Le Soleil), a cancelled university conference (Marianne), an SNCF strike "
              "(franceinfo); sixteenth development set"),
             ("wire-dev17", "eval/gold/wire-dev17.jsonl", "eval/articles/wire-dev17",
              "a gold-mine licence withdrawn in Mali (AFP), a pig-farm extension (Le Télégramme), branch closures at a "
              "regional bank (Les Échos), language immersion in Brussels schools (La Libre Belgique), a cycling sponsor "
              "pulling out (L'Équipe), a long power cut in Québec (Le Devoir); seventeenth development set"),
             ("wire-dev18", "eval/gold/wire-dev18.jsonl", "eval/articles/wire-dev18",
              "cocoa prices in Côte d'Ivoire (Reuters), a wildfire building ban (Nice-Matin), a hearing on ammunition "
              "stocks (L'Opinion, dialogue dashes), a Swiss vote on private jets (Le Temps), a stadium boycott "
              "(L'Équipe), water cuts in Guadeloupe (Outre-mer la 1ère); eighteenth development set"),
             ("wire-dev19", "eval/gold/wire-dev19.jsonl", "eval/articles/wire-dev19",
              "a fishing-quota row between Morocco and Spain (Reuters), green algae in Brittany (Le Télégramme), a rent "
              "trial in Paris (Le Parisien, dialogue dashes), class sizes in Québec (Le Devoir), a club takeover (RMC "
              "Sport), a solar farm in Burkina Faso (Jeune Afrique); nineteenth development set"),
             ("wire-dev20", "eval/gold/wire-dev20.jsonl", "eval/articles/wire-dev20",
              "a bridge closed between Chad and Cameroon (AFP), emergency-room waits in Elbeuf (Paris-Normandie), a "
              "cement plant on trial (Le Monde), a municipal budget row in Fleurus (La DH), a rugby transfer row "
              "(Midi Olympique, dialogue dashes), a franceinfo transcript on a pesticide ban; twentieth development "
              "set"),
             ("wire-dev21", "eval/gold/wire-dev21.jsonl", "eval/articles/wire-dev21",
              "a wind farm off Normandy and fishermen (Paris-Normandie), a stadium lease row in Libourne (Sud Ouest), a "
              "road-contract audit in Cameroon (Jeune Afrique), nurses' overtime in Joliette (La Presse), a murder "
              "trial's verdict in Douai (La Voix du Nord), a government briefing on energy prices (AFP); twenty-first "
              "development set"),
             ("wire-dev22", "eval/gold/wire-dev22.jsonl", "eval/articles/wire-dev22",
              "a ferry breakdown off Corsica (Corse Matin), a conference cancelled in Toulouse (Le Monde campus, posts "
              "on X), a gold-mine accident in Burkina Faso (RFI), a Flemish nitrogen plan (La Libre Belgique), a Tour "
              "de France crash (Ouest-France), a press review on frozen pensions; twenty-second development set"),
             ("wire-dev23", "eval/gold/wire-dev23.jsonl", "eval/articles/wire-dev23",
              "a flood barrier in the Gironde estuary (Sud Ouest), a university president accused of plagiarism (Le "
              "Monde campus), a gold-mine tax dispute in Mali (Jeune Afrique), a hospital merger in Wallonia (La Libre "
              "Belgique), a Tour de France crash (L'Équipe), a police union against the ministry (franceinfo); "
              "twenty-third development set"),
             ("wire-dev24", "eval/gold/wire-dev24.jsonl", "eval/articles/wire-dev24",
              "a night train between Paris and Nice (Le Parisien), cod quotas in Saint-Pierre-et-Miquelon (Outre-mer la "
              "1ère), a high-speed line in Morocco (Le360), a festival's security bill in Lausanne (24 heures), an "
              "Alzheimer drug trial (Le Figaro santé), a hostage freed in the Sahel (AFP); twenty-fourth development "
              "set"),
             ("wire-dev25", "eval/gold/wire-dev25.jsonl", "eval/articles/wire-dev25",
              "aircraft-parts layoffs near Toulouse (La Dépêche du Midi), a presidential election disputed in Cameroon "
              "(Jeune Afrique), a tram extension's cost in Strasbourg (DNA), a rugby concussion protocol (Midi "
              "Olympique), an avalanche on a Valais road (Le Nouvelliste), fake perfume seized at Le Havre (Le Figaro); "
              "twenty-fifth development set, written in the twentieth session"),
             ("wire-dev26", "eval/gold/wire-dev26.jsonl", "eval/articles/wire-dev26",
              "a Brussels metro tunnel's delay (La DH), a gold mine's taxes in Mali (AFP), the Nice carnival's security "
              "budget (Nice-Matin), daycare places in Québec (La Presse), hail insurance in Burgundy (Le Bien public), "
              "an influencer's trial in Paris (20 Minutes); twenty-sixth development set, written in the twentieth "
              "session"),
             ("wire-dev27", "eval/gold/wire-dev27.jsonl", "eval/articles/wire-dev27",
              "a ski resort's bankruptcy in the Alps (Le Dauphiné libéré), an oil spill off Port-Gentil (AFP), a "
              "hospital merger in Namur (L'Avenir), a rap concert banned by a mayor (Libération), a maple-syrup theft "
              "trial (Le Soleil), a Bordeaux wine merchant's liquidation (Les Échos); twenty-seventh development set, "
              "written in the twentieth session"),
             ("wire-dev28", "eval/gold/wire-dev28.jsonl", "eval/articles/wire-dev28",
              "a night debate on a pension amendment (Le Figaro), a rent-cap vote in Geneva (Tribune de Genève), a fatal "
              "accident at the Brest naval yard (Le Télégramme), a gas field's revenue between Senegal and Mauritania "
              "(Le Monde Afrique), a football coach sacked in Tours (RMC Sport), a steel mill closing near Liège (Le "
              "Soir / Belga), with hard anaphora ('l'intéressé', 'le premier … la seconde'); twenty-eighth development "
              "set, written in the twentieth session"),
             ("wire-dev29", "eval/gold/wire-dev29.jsonl", "eval/articles/wire-dev29",
              "a tram and van collision in Strasbourg (DNA), irrigation rationing in Morocco (TelQuel / MAP), a rugby "
              "club's relegation appeal (Midi Olympique), nurse shortages at Lille's hospital (La Voix du Nord), a "
              "motorway vote in Switzerland (RTS), a film festival jury row (Le Figaro); twenty-ninth development set, "
              "written in the twenty-first session"),
             ("wire-dev30", "eval/gold/wire-dev30.jsonl", "eval/articles/wire-dev30",
              "cocoa prices in Côte d'Ivoire (Fraternité Matin), night flights at Nantes (Presse Océan), a bank's tax "
              "case in Luxembourg (L'Essentiel), a chess federation's payments (Le Parisien), fuel shortage in Haiti "
              "(Le Nouvelliste), an avalanche in Belledonne (Le Dauphiné libéré), with hard attribution (speakers after "
              "the quote, titles without names, 'selon' throughout one article); thirtieth development set, written in "
              "the twenty-first session"),
             ("wire-dev31", "eval/gold/wire-dev31.jsonl", "eval/articles/wire-dev31",
              "an interview on regional rail lines (L'Est Républicain), a journalists' strike in Tunisia (La Presse / "
              "TAP), an eviction in Schaerbeek (La Libre Belgique), a supermarket price war (Les Échos), a cycling "
              "race crash (Le Télégramme), a UN Security Council session on Darfur (AFP); thirty-first development set, "
              "written in the twenty-first session"),
             ("wire-dev32", "eval/gold/wire-dev32.jsonl", "eval/articles/wire-dev32",
              "a Geneva bank's data leak (Le Temps / ATS), a forest fire in Chapais (La Presse canadienne), phosphate "
              "pollution in Safi (Le360 / MAP), night closure of an emergency ward (Ouest-France), a rugby doping case "
              "(L'Équipe), an EU summit on defence borrowing (AFP); bodies named by a common noun after their first "
              "mention; thirty-second development set, written in the twenty-second session"),
             ("wire-dev33", "eval/gold/wire-dev33.jsonl", "eval/articles/wire-dev33",
              "a town budget in Waremme (Le Soir), a fishing dispute in Joal (APS / Le Soleil), a stranded TGV (Le "
              "Parisien), leaked exams in Lyon (Le Progrès), a Bordeaux wine-fraud trial (Sud Ouest), an OPEC+ meeting "
              "(Reuters); headlines with attribution; thirty-third development set, written in the twenty-second "
              "session"),
             ("wire-dev34", "eval/gold/wire-dev34.jsonl", "eval/articles/wire-dev34",
              "a hospital strike in Marseille (La Provence), a landslide cutting off Arolla with a three-question box "
              "(Le Nouvelliste / ATS), a Moroccan dam in a drought (Le360 / MAP), a Paris start-up's liquidation (Les "
              "Echos), a football transfer row (L'Équipe), a Kyrgyz-Tajik cease-fire (AFP); second-hand attribution "
              "(\"cité par\", \"qui cite\", \"a confié à l'AFP\"); thirty-fourth development set, written in the "
              "twenty-third session"),
             ("wire-dev35", "eval/gold/wire-dev35.jsonl", "eval/articles/wire-dev35",
              "a landslide in the Pyrenees (La Dépêche du Midi), a nurses' strike in Liège (Le Soir), a lithium mine "
              "in Portugal (AFP), daycare places in Québec (Le Devoir), a stadium rent row in Saint-Nazaire "
              "(Ouest-France), child labour at a cocoa cooperative in Ghana (Jeune Afrique / Reuters); speakers named "
              "in the next sentence, role nouns, second-hand attribution; thirty-fifth development set, written in "
              "the twenty-fourth session"),
             ("wire-dev36", "eval/gold/wire-dev36.jsonl", "eval/articles/wire-dev36",
              "a town without drinking water in the Jura (Le Progrès), a bus strike in Brussels (RTBF), fishing "
              "licences in Mauritania (AFP), surgery waiting lists in Montréal (Radio-Canada), a rugby club's "
              "relegation appeal (Midi Olympique), a solar farm on farmland in the Gers (Sud Ouest); speakers named "
              "in the next sentence, role nouns; thirty-sixth development set, written in the twenty-fourth session"),
             ("wire-dev37", "eval/gold/wire-dev37.jsonl", "eval/articles/wire-dev37",
              "wolf attacks in the Drôme (Le Dauphiné libéré), an electoral commission row in Côte d'Ivoire (AFP), a "
              "Belgian reactor's extension (L'Écho, with three questions), a cabin-crew strike (Le Parisien), an exam "
              "leak in Lille (La Voix du Nord), housing in Lausanne (24 heures); speakers named in the next sentence, "
              "role nouns, social networks; thirty-seventh development set, written in the twenty-fifth session"),
             ("wire-dev38", "eval/gold/wire-dev38.jsonl", "eval/articles/wire-dev38",
              "oil off Marseille (La Provence), a road contract in Cameroon (Jeune Afrique), wildfire evacuations in "
              "Québec (Radio-Canada), a Toulouse space start-up's receivership (La Dépêche du Midi), a handball "
              "coach's sacking (L'Équipe), a hospital merger in Alsace (DNA); thirty-eighth development set, written "
              "in the twenty-fifth session"),
             ("wire-dev39", "eval/gold/wire-dev39.jsonl", "eval/articles/wire-dev39",
              "an asbestos trial in Grenoble (Le Dauphiné libéré), an offshore wind farm off Barfleur (Ouest-France), a "
              "Montréal metro breakdown (Le Devoir), a tennis federation election (L'Équipe), a hospital strike in "
              "Abidjan (Fraternité Matin), a wine levy in Geneva (Tribune de Genève); rarer attribution forms, role "
              "nouns; thirty-ninth development set, written in the twenty-sixth session"),
             ("wire-dev40", "eval/gold/wire-dev40.jsonl", "eval/articles/wire-dev40",
              "a regional budget vote in Occitanie (Midi Libre), forged paintings in Paris (Le Parisien), a dairy price "
              "row in Wallonia (L'Avenir), a gold-mining permit in Mali (Jeune Afrique), a basketball doping case "
              "(L'Équipe), a flood live blog in the Var (Nice-Matin); speakers answering each other, \"on\" for a body; "
              "fortieth development set, written in the twenty-sixth session"),
             ("wire-dev41", "eval/gold/wire-dev41.jsonl", "eval/articles/wire-dev41",
              "a village school closure in the Creuse (La Montagne), a telecom outage in the Broye (24 heures), a port "
              "concession in Cotonou (AFP), a junior hockey coach's sacking in Montréal (La Presse), a wine-fraud trial "
              "in Bordeaux (Sud Ouest), an offshore wind farm off Saint-Valery-en-Caux (Paris-Normandie); denials, "
              "hearsay, compound names and titles, a portrait, an interview; forty-first development set, written in "
              "the twenty-seventh session"),
             ("wire-dev42", "eval/gold/wire-dev42.jsonl", "eval/articles/wire-dev42",
              "a metro strike in Lyon (Le Progrès), an election recount in Perpignan (L'Indépendant), a bank fraud in "
              "Luxembourg (L'essentiel), a rice-import row in Senegal (Le Soleil), a rugby transfer row in Toulouse (La "
              "Dépêche du Midi), a storm live blog in Corsica (Corse-Matin); speakers answering each other, \"on\" for "
              "a body; forty-second development set, written in the twenty-seventh session"),
             ("wire-dev43", "eval/gold/wire-dev43.jsonl", "eval/articles/wire-dev43",
              "a corruption appeal trial in Bastia (Corse-Matin), a night debate on pensions in the National Assembly "
              "(AFP), a handball final in Montpellier (Midi Libre), a public-inquiry report on a wind farm in the monts "
              "d'Arrée (Le Télégramme), a mine collapse near Lubumbashi (Radio Okapi), mayors' letter on rural doctors "
              "(La Nouvelle République); speakers in turn at a trial, a debate and a press conference, reports and "
              "letters that speak; forty-third development set, written in the twenty-eighth session"),
             ("wire-dev44", "eval/gold/wire-dev44.jsonl", "eval/articles/wire-dev44",
              "a dairy cooperative's crisis in Normandy (Ouest-France), a tram contract in Québec City (Le Soleil), a "
              "prison riot at Fresnes (Le Parisien), a cyberattack on a Geneva hospital (Tribune de Genève), a cocoa "
              "price row in Douala (Cameroon Tribune), a cyclist's doping case in Pau (Sud Ouest); rarer attribution "
              "forms, role nouns, posts and relays; forty-fourth development set, written in the twenty-eighth session"),
             ("wire-dev45", "eval/gold/wire-dev45.jsonl", "eval/articles/wire-dev45",
              "a Channel fishing-licence row at Granville (Ouest-France), an EU summit on migration (Le Soir), a Korean "
              "carmaker closing its Slovak plant (AFP), drought and grain prices in Morocco (Le Matin), a launcher lost "
              "at Kourou (France-Guyane), a bauxite concession at Boké (Guinéenews); international and economic wire "
              "copy, speakers of several countries, relays from other media, translated quotations; forty-fifth "
              "development set, written in the twenty-ninth session"),
             ("wire-dev46", "eval/gold/wire-dev46.jsonl", "eval/articles/wire-dev46",
              "a mayor's resignation in Perpignan (L'Indépendant), a hospital strike in Grenoble (Le Dauphiné libéré), "
              "a rugby club's liquidation in Bayonne (Sud Ouest), a play's row at the Avignon Off (La Provence), a "
              "school bus off the road in Québec (La Presse), farmers besieging the Walloon Parliament (L'Avenir); "
              "denials, hearsay, names and titles, a portrait, an interview; forty-sixth development set, written in "
              "the twenty-ninth session"),
             ("wire-dev47", "eval/gold/wire-dev47.jsonl", "eval/articles/wire-dev47",
              "a night closure of Cherbourg's emergency ward (La Presse de la Manche), a storm live blog over Brittany "
              "(Le Télégramme), the mayors of Strasbourg and Kehl over the pont de l'Europe (DNA), teachers' unions "
              "against the rector of Lille with a three-question box (La Voix du Nord), a fire at the port of Sète "
              "(Midi Libre), Yopougon ending its water contract (Fraternité Matin); speakers answering each other, a "
              "live blog; forty-seventh development set, written in the twenty-ninth session"),
             ("wire-dev48", "eval/gold/wire-dev48.jsonl", "eval/articles/wire-dev48",
              "a children's amoxicillin shortage in Belgium (La Libre Belgique), a ski-lift operator's bankruptcy in "
              "the Pyrenees (La Dépêche du Midi), a data leak at a Lausanne insurer (Le Temps), a dockers' strike at "
              "Dakar (Le Soleil), a Toulon rugby transfer row (Var-Matin), a wind-farm inquiry in Québec (Le Devoir); "
              "rarer attribution forms, role nouns, posts and relays; forty-eighth development set, written in the "
              "twenty-ninth session"),
             ("wire-dev49", "eval/gold/wire-dev49.jsonl", "eval/articles/wire-dev49",
              "an elephant leaving the Amnéville zoo (Le Républicain Lorrain), a chocolate factory closing in Neuchâtel "
              "(ArcInfo), a Breton lighthouse let to a hotel company (Le Télégramme), a container-terminal concession "
              "at Lomé (République Togolaise), fake perfume seized at Grasse (Nice-Matin), the Liège opera's cost "
              "overrun (La Meuse); rarer attribution forms, role nouns, posts and relays; forty-ninth development set, "
              "written in the thirty-first session"),
             ("wire-dev50", "eval/gold/wire-dev50.jsonl", "eval/articles/wire-dev50",
              "a kidney transplant error in Toulouse (La Dépêche du Midi), a bronze head from the Rhône at Arles (La "
              "Provence), a desalination plant's delay at Oran (El Watan), Asian truffles at a Périgord market (Sud "
              "Ouest), a Montréal bike-share contract (La Presse), fake antimalarials in Yaoundé (Cameroon Tribune); "
              "denials, hearsay, names and titles; fiftieth development set, written in the thirty-first session"),
             ("wire-dev51", "eval/gold/wire-dev51.jsonl", "eval/articles/wire-dev51",
              "cruise-ship fumes at Marseille's Estaque (La Marseillaise), a strike at a Lyon bakery chain (Lyon "
              "Capitale), a live blog of a farmers' blockade on the A7 (France Bleu Drôme Ardèche), a swimming ban on "
              "Lake Geneva (Le Temps), power cuts in Bamako (Le Républicain), students occupying a Rennes university "
              "building (Ouest-France); many speakers in turn, pronoun chains, a live blog; fifty-first development "
              "set, written in the thirty-first session"),
             ("wire-dev52", "eval/gold/wire-dev52.jsonl", "eval/articles/wire-dev52",
              "EU duties on Norwegian salmon (Les Echos), a Rwanda–DRC minerals accord (RFI), Japan intervening for "
              "the yen (AFP), an Argentine beef export ban (La Tribune), a Greek port stake sold to a Chinese group "
              "(Le Figaro), Turkish drones for Niger (Jeune Afrique); international and economic wire copy; "
              "fifty-second development set, written in the thirty-first session"),
             ("wire-dev53", "eval/gold/wire-dev53.jsonl", "eval/articles/wire-dev53",
              "a funeral-home scam on trial in Lyon (Le Progrès), a Toulon street renamed for a resistance fighter "
              "(Var-Matin), a Limoges basketball press conference after a refereeing row (Le Populaire du Centre), a "
              "Québec committee hearing on a failed health IT system (Le Devoir), a paragliding death before a "
              "Lausanne court (24 heures), a chip-shop concession before Namur's provincial council (L'Avenir); "
              "trials, councils and press conferences; fifty-third development set, written in the thirty-second "
              "session"),
             ("wire-dev54", "eval/gold/wire-dev54.jsonl", "eval/articles/wire-dev54",
              "a stagehands' strike at the Opéra de Paris as a live blog (Le Parisien), church bells silenced at "
              "Gimel (24 heures), an argan cooperative at Tamanar (Le Matin), a heritage carousel removed in Lille "
              "(La Voix du Nord), sargassum at Le Moule (France-Antilles), Brussels banning rental e-scooters (La "
              "Libre Belgique); many speakers answering each other; fifty-fourth development set, written in the "
              "thirty-second session"),
             ("wire-dev55", "eval/gold/wire-dev55.jsonl", "eval/articles/wire-dev55",
              "mislabelled Comté at Levier (L'Est Républicain), an Écrins refuge closed over permafrost (Le Dauphiné "
              "Libéré), Gorée ferry fares in Dakar (Le Soleil), a cross-border telework tax in Luxembourg "
              "(L'Essentiel), a Clermont rugby club losing its pitch (La Montagne), a St. Lawrence ferry breakdown "
              "(Le Soleil, Québec); denials, names and titles, interviews; fifty-fifth development set, written in "
              "the thirty-second session"),
             ("wire-dev56", "eval/gold/wire-dev56.jsonl", "eval/articles/wire-dev56",
              "a Moroccan green-ammonia project and its German buyer (Médias24), the Swiss–EU electricity agreement "
              "(Le Temps), a potash-terminal strike at Vancouver (Le Devoir), an Ivorian rubber export tax "
              "(Fraternité Matin), Russian uranium in Belgian reactors (L'Echo), Algerian dates turned back at EU "
              "ports (El Moudjahid); international and economic wire copy; fifty-sixth development set, written in "
              "the thirty-second session"),
             ("wire-dev57", "eval/gold/wire-dev57.jsonl", "eval/articles/wire-dev57",
              "an A52 toll increase in Provence (La Provence), a collapsed balcony before an Angers civil court "
              "(Ouest-France), a rigged tender for the Meuse quays on trial in Namur (L'Avenir), a shea butter union "
              "and its French buyer (Sidwaya), hospital parking fees in Sherbrooke (La Tribune), horse meat sold as "
              "beef on trial in Évreux (Paris-Normandie); attribution forms, roles named later, bodies that speak; "
              "fifty-seventh development set, written in the thirty-third session"),
             ("wire-dev58", "eval/gold/wire-dev58.jsonl", "eval/articles/wire-dev58",
              "EU duties on Chinese electric cars (Les Echos), the Abidjan–Ouagadougou railway reopening (Fraternité "
              "Matin), a Moroccan sardine export ban and Galician canneries (L'Economiste), Dutch nuclear waste sent "
              "to Dessel (La Libre Belgique), a Quebec smelter hit by US duties (Le Soleil), a Malagasy nickel mine "
              "and its Japanese buyer (Midi Madagascar); international and economic wire copy; fifty-eighth "
              "development set, written in the thirty-third session"),
             ("wire-dev59", "eval/gold/wire-dev59.jsonl", "eval/articles/wire-dev59",
              "a chairlift splitting a Vosges valley (Vosges Matin), Dijon's bus network overhaul (Le Bien public), "
              "the cashew floor price in Bouaké (L'Inter), a youth centre closing at Jumet (La Nouvelle Gazette), a "
              "storm on the Basque coast as a live blog (Sud Ouest), Gatineau's snow-removal contract (Le Droit); "
              "many speakers answering each other, a live blog; fifty-ninth development set, written in the "
              "thirty-third session"),
             ("wire-dev60", "eval/gold/wire-dev60.jsonl", "eval/articles/wire-dev60",
              "false invoices at a Marseille housing office (La Marseillaise), a Valais skier's doping denials (Le "
              "Matin), a Nouakchott fish-meal plant's pollution (Le Calame), rigged waiting lists at a Namur hospital "
              "(L'Avenir), swapped samples at a Beaune wine auction (Le Bien public), a failed tramway tender in "
              "Québec City (Le Journal de Québec); denials, names and titles, portraits, interviews; sixtieth "
              "development set, written in the thirty-third session"),
             ("wire-dev61", "eval/gold/wire-dev61.jsonl", "eval/articles/wire-dev61",
              "a trial over a collapsed stand in the Nîmes arena (Midi Libre), Lyon's council dropping a ring road (Le "
              "Progrès), a Brive rugby press conference after a red card (La Montagne), a Walloon parliament committee "
              "on school buildings (Le Soir), a fake-visa trial in Dakar (Le Soleil), a Montreal council debate on a "
              "snow dump (La Presse); trials, councils, press conferences; sixty-first development set, written in "
              "the thirty-third session"),
             ("wire-dev62", "eval/gold/wire-dev62.jsonl", "eval/articles/wire-dev62",
              "cement dust at Gargenville (Le Parisien), a watch stolen from Besançon's Musée du Temps (L'Est "
              "Républicain), a Liège microbrewery's licence (La Meuse), cotton prices at Parakou (La Nation), the "
              "Belle-Île ferry fares (Le Télégramme), the Pont Duplessis repairs in Trois-Rivières (Le Nouvelliste); "
              "attribution forms, roles named later, bodies that speak; sixty-second development set, written in the "
              "thirty-third session"),
             ("wire-dev63", "eval/gold/wire-dev63.jsonl", "eval/articles/wire-dev63",
              "a landfill extension at Peyrilhac (Le Populaire du Centre), morphine stolen from a Toulon hospital "
              "pharmacy (Var-Matin), a school-bus contract in Mons (Sud Info), dredging the breach at Saint-Louis, "
              "Senegal (Le Soleil), snow-cannon water at Valmeinier (Le Dauphiné libéré), a daycare closure in "
              "Sherbrooke as a live blog (La Tribune); answers in turn, impersonal 'on', pronoun chains; sixty-third "
              "development set, written in the thirty-fourth session"),
             ("wire-dev64", "eval/gold/wire-dev64.jsonl", "eval/articles/wire-dev64",
              "a dockers' strike at Abidjan's Vridi terminal (L'Intelligent d'Abidjan), Andalusian fishermen and the "
              "EU-Morocco protocol (Le360), the Doubs between France and Switzerland (L'Est Républicain), the Doel 4 "
              "extension between Belgium and the Netherlands (La Libre Belgique), a shared gas field's revenue "
              "(Jeune Afrique), US duties on Quebec lumber (Le Soleil); speakers of several countries; sixty-fourth "
              "development set, written in the thirty-fourth session"),
             ("wire-dev65", "eval/gold/wire-dev65.jsonl", "eval/articles/wire-dev65",
              "a social flat and a councillor's daughter in Perpignan (L'Indépendant), a contaminated cough syrup "
              "recalled at Monthey with a three-question box (Le Nouvelliste), a handball decision and a club's "
              "complaint (L'Équipe), a notary's embezzlement trial in Namur (L'Avenir), a land-grab accusation in Lomé "
              "(Togo First), Montreal police ticket quotas (Le Journal de Montréal); denials, admissions, portraits; "
              "sixty-fifth development set, written in the thirty-fourth session"),
             ("wire-dev66", "eval/gold/wire-dev66.jsonl", "eval/articles/wire-dev66",
              "a trial over a building collapse in Marseille (La Provence), Brittany's council cutting coach lines "
              "(Ouest-France), a press conference after a basketball brawl in Pau (Sud Ouest), wolves before "
              "Fribourg's cantonal parliament (La Liberté), customs officers on appeal in Douala (Cameroon Tribune), "
              "a coroner's inquest into a ferry at Lévis (Le Soleil); trials, councils, press conferences; "
              "sixty-sixth development set, written in the thirty-fourth session"),
             ("wire-dev67", "eval/gold/wire-dev67.jsonl", "eval/articles/wire-dev67",
              "a quarry extension above Besançon (L'Est Républicain), a carer tried for mistreatment at a Charleroi "
              "nursing home (La Nouvelle Gazette), a handball coach sacked in Montpellier (Midi Libre), pharmacy "
              "closures in Lausanne (24 heures), moto-taxis banned from six roads in Cotonou (La Nation), roof defects "
              "at a Trois-Rivières arena (Le Nouvelliste); attribution forms, roles named later, posts and "
              "communiqués; sixty-seventh development set, written in the thirty-fifth session"),
             ("wire-dev68", "eval/gold/wire-dev68.jsonl", "eval/articles/wire-dev68",
              "a Franco-Italian row over closing the Mont-Blanc tunnel (AFP), UNHCR rations in eastern Chad's camps "
              "(RFI), an Algeria–Spain gas price arbitration (TSA), a DR Congo copper contract with an Antwerp group "
              "(Le Soir), EU migration aid to Tunisia (La Presse de Tunisie), Ticino's tax on cross-border "
              "teleworkers (Le Temps); speakers of several countries; sixty-eighth development set, written in the "
              "thirty-fifth session"),
             ("wire-dev69", "eval/gold/wire-dev69.jsonl", "eval/articles/wire-dev69",
              "a fake charity on trial in Lille (La Voix du Nord), a stadium lease before Bastia's council "
              "(Corse-Matin), a press conference after a cup upset at Reims (L'Union), a cycle lane before Namur's "
              "council (L'Avenir), bank cashiers on trial in Niamey (Le Sahel), a coroner's inquest into a sawmill "
              "death in Saguenay (Le Quotidien); trials, councils, press conferences; sixty-ninth development set, "
              "written in the thirty-fifth session"),
             ("wire-dev70", "eval/gold/wire-dev70.jsonl", "eval/articles/wire-dev70",
              "an Ajaccio mayor denying an illegal building permit (Corse-Matin), a Nantes clinic admitting a "
              "sterilisation failure (Presse Océan), a judoka contesting her Olympic non-selection (L'Équipe), a "
              "minister contesting a report on school textbooks in Dakar (Le Soleil), a Brussels commune contesting a "
              "housing audit (Le Soir), a cégep director denying enrolment fraud (Le Devoir); denials, admissions, "
              "portraits; seventieth development set, written in the thirty-fifth session"),
             ("wire-dev71", "eval/gold/wire-dev71.jsonl", "eval/articles/wire-dev71",
              "a tram crash inquiry in Montpellier (Midi Libre), a dairy's discharges into the Vire (Ouest-France), a "
              "volleyball club appealing its relegation in Tourcoing (La Voix du Nord), emergency waits in Sion (Le "
              "Nouvelliste), cashew exporters against their regulator in Bouaké (Fraternité Matin), a snow-removal "
              "contract before Gatineau's council as a live blog (Le Droit); speakers answering each other, pronoun "
              "chains, a live blog; seventy-first development set, written in the thirty-sixth session"),
             ("wire-dev72", "eval/gold/wire-dev72.jsonl", "eval/articles/wire-dev72",
              "a Toulon deputy mayor on trial over parking-fine cash (Var-Matin), a notary admitting delays in Arlon "
              "(L'Avenir), a rider contesting his doping sample (L'Équipe), Niger's agriculture ministry contesting a "
              "report on fertiliser subsidies (Le Sahel), a Geneva bank denying it hid accounts (Tribune de Genève), a "
              "Québec school service centre contesting a report on classroom air (Le Devoir); attribution forms, roles "
              "named later, bodies that speak; seventy-second development set, written in the thirty-sixth session"),
             ("wire-dev73", "eval/gold/wire-dev73.jsonl", "eval/articles/wire-dev73",
              "a fatal scaffolding collapse on trial in Rouen (Paris-Normandie), a seaside car park before Biarritz's "
              "council (Sud Ouest), a handball press conference in Chambéry (Le Dauphiné libéré), a school canteen "
              "before Liège's communal council (La Meuse), port officials on trial in Cotonou (La Nation), a velodrome "
              "before Québec City's council (Le Soleil); trials, councils, press conferences; seventy-third "
              "development set, written in the thirty-sixth session"),
             ("wire-dev74", "eval/gold/wire-dev74.jsonl", "eval/articles/wire-dev74",
              "Portugal and Spain over the Tagus dam releases (AFP), Niger and Benin over a closed border crossing "
              "(RFI), Switzerland and Germany over Zurich airport's approaches (Le Temps), Canada and France over cod "
              "off Saint-Pierre-et-Miquelon (Radio-Canada), Morocco and Senegal over a truckers' transit permit "
              "(Le360), Belgium and Luxembourg over a cross-border bus line (L'Écho); speakers of several countries; "
              "seventy-fourth development set, written in the thirty-sixth session"),
             ("wire-dev75", "eval/gold/wire-dev75.jsonl", "eval/articles/wire-dev75",
              "a Metz mayor denying he got his nephew a council flat (Le Républicain lorrain), a Namur clinic "
              "admitting a wrong-knee operation (L'Avenir), a rugby player contesting a doping sample (Midi "
              "Olympique), a minister contesting a report on school canteens in Ouagadougou (Sidwaya), a Neuchâtel "
              "watch brand denying faked Swiss-made labels (Arcinfo), a Trois-Rivières hospital denying a hidden "
              "outbreak (Le Nouvelliste); denials, admissions, portraits; seventy-fifth development set, written in "
              "the thirty-sixth session"),
             ("wire-dev76", "eval/gold/wire-dev76.jsonl", "eval/articles/wire-dev76",
              "France and Italy over a closed Alpine pass (AFP), Senegal and Mauritania over a gas field's revenue "
              "(Jeune Afrique), Belgium and France over a tritium leak at Chooz (L'Avenir), Switzerland and France "
              "over Geneva airport's night flights (Tribune de Genève), Tunisia and Libya over a border market (La "
              "Presse de Tunisie), Canada and the United States over softwood lumber duties (La Presse); speakers of "
              "several countries; seventy-sixth development set, written in the thirty-sixth session"),
             ("wire-dev77", "eval/gold/wire-dev77.jsonl", "eval/articles/wire-dev77",
              "a Bordeaux museum director forced out (Sud Ouest), a Liège cargo airline's night flights (La Meuse), a "
              "cycling team losing that airline as sponsor (L'Équipe), Cameroon's ministry contesting a report on "
              "road tolls (Cameroon Tribune), a Lausanne squat (24 heures), a Québec smelter's permit (Le Devoir); "
              "attribution forms, roles named later; seventy-seventh development set, written in the thirty-seventh "
              "session"),
             ("wire-dev78", "eval/gold/wire-dev78.jsonl", "eval/articles/wire-dev78",
              "Spain and Morocco over Dakhla waters (AFP), Burkina Faso and Côte d'Ivoire over a border post (RFI), "
              "France and Switzerland over a tram's deficit (Le Temps), Belgium and the Netherlands over the Scheldt "
              "(Le Soir), Algeria and Tunisia over gas transit fees (TSA), Canada and Denmark over Hans Island "
              "(Radio-Canada); seventy-eighth development set, written in the thirty-seventh session"),
             ("wire-dev79", "eval/gold/wire-dev79.jsonl", "eval/articles/wire-dev79",
              "floods in the Aude (AFP), a retailer's store closures (Le Figaro / Reuters), an IMF mission to Senegal "
              "(AFP), a Top 14 match report (AFP sport), the Belgian central bank's forecast (Belga), pesticides in "
              "Breton rivers (Ouest-France); the habits of agency copy; seventy-ninth development set, written in the "
              "thirty-seventh session"),
             ("wire-dev80", "eval/gold/wire-dev80.jsonl", "eval/articles/wire-dev80",
              "a tram line before Grenoble's council (Le Dauphiné libéré), a pig-farm fire (Le Télégramme), a school "
              "closure in Verviers (L'Avenir), night shifts at the CHUV (24 heures), a taxi-moto strike in Cotonou "
              "(La Nation), a snowstorm live blog in Sherbrooke (La Tribune); eightieth development set, written in "
              "the thirty-seventh session"),
             ("wire-dev81", "eval/gold/wire-dev81.jsonl", "eval/articles/wire-dev81",
              "a Nîmes deputy mayor and a car park (Midi Libre), a Mons nursing home's medication error (Sud Info), a "
              "judoka's weigh-in (L'Équipe), Senegal's fisheries ministry and a report on licences (Le Soleil), a "
              "Geneva dial maker and child labour (Tribune de Genève), cancelled surgeries in Saguenay (Le "
              "Quotidien); denials, admissions, portraits; eighty-first development set, written in the "
              "thirty-seventh session"),
             ("wire-dev82", "eval/gold/wire-dev82.jsonl", "eval/articles/wire-dev82",
              "France and Spain over a Pyrenees pipeline (AFP), Ghana and Togo over cocoa smuggling (Jeune Afrique), "
              "Switzerland and Italy over Lake Lugano (Le Temps), Belgium and Germany over a toll near Aachen "
              "(L'Écho), Morocco and Algeria over closed airspace (Le360), Canada and the United States over Great "
              "Lakes pilotage (La Presse); eighty-second development set, written in the thirty-seventh session"),
             ("wire-dev83", "eval/gold/wire-dev83.jsonl", "eval/articles/wire-dev83",
              "a Toulon frigate and the unions (Var-Matin), a Namur hospital merger (L'Avenir), a cross-country "
              "skier's doping appeal (L'Équipe), Côte d'Ivoire's cocoa price (Fraternité Matin), a Neuchâtel "
              "museum theft (ArcInfo), a Trois-Rivières port and a First Nation (Le Nouvelliste); attribution forms; "
              "eighty-third development set, written in the thirty-eighth session"),
             ("wire-dev84", "eval/gold/wire-dev84.jsonl", "eval/articles/wire-dev84",
              "a Drôme water shortage (Le Dauphiné libéré), a Charleroi bus strike (Sud Info), a cycling race "
              "neutralised (L'Équipe), an election dispute in Kinshasa (Radio Okapi), a Valais landslide live blog "
              "(Le Nouvelliste), a Québec tramway hearing (Le Soleil); answers and live blogs; eighty-fourth "
              "development set, written in the thirty-eighth session"),
             ("wire-dev85", "eval/gold/wire-dev85.jsonl", "eval/articles/wire-dev85",
              "a Reims deputy mayor and a caterer (L'Union), a Liège bakery chain's hygiene (La Meuse), a tennis "
              "code violation (L'Équipe), Cameroon's mines ministry and gold mining (Cameroon Tribune), a Fribourg "
              "dairy and listeria (La Liberté), a Sherbrooke programme (La Tribune); denials, admissions, "
              "portraits; eighty-fifth development set, written in the thirty-eighth session"),
             ("wire-dev86", "eval/gold/wire-dev86.jsonl", "eval/articles/wire-dev86",
              "a balcony collapse trial in Angers (Ouest-France), a Namur pool row (L'Avenir), a Rouen chemical "
              "leak (Paris-Normandie), a Dakar corruption trial (Le Soleil), a Lausanne stadium debate (24 heures), "
              "an Abitibi coroner's inquest (La Frontière); trials, councils, press conferences; eighty-sixth "
              "development set, written in the thirty-eighth session"),
             ("wire-dev87", "eval/gold/wire-dev87.jsonl", "eval/articles/wire-dev87",
              "France and Italy over the Mont-Blanc tunnel (AFP), Senegal and Mauritania over fishing licences "
              "(RFI), Switzerland and Germany over Rhine tolls (Le Temps), Belgium and Luxembourg over frontier "
              "workers (L'Écho), Tunisia and Algeria over a border market (La Presse de Tunisie), Canada and France "
              "over scallops (Radio-Canada); eighty-seventh development set, written in the thirty-eighth session"),
             ("wire-dev88", "eval/gold/wire-dev88.jsonl", "eval/articles/wire-dev88",
              "storms in Corsica (AFP), a steelmaker's results and a plant closure (Reuters / L'Usine nouvelle), a "
              "WHO mission to Niger (AFP), a basketball match report (AFP sport), Luxembourg's growth forecast "
              "(Luxemburger Wort), nitrates in the Beauce (La République du Centre); agency copy; eighty-eighth "
              "development set, written in the thirty-eighth session"),
             ("wire-dev89", "eval/gold/wire-dev89.jsonl", "eval/articles/wire-dev89",
              "a Saint-Nazaire cruise ship order (Ouest-France), a Mons nurses' strike (Sud Info), a tennis player's "
              "betting ban appeal (L'Équipe), a Burkina Faso gold mine (Sidwaya), a Lausanne watchmaker's layoffs (24 "
              "heures), a Saguenay paper mill (Le Quotidien); eighty-ninth development set, written in the "
              "thirty-ninth session"),
             ("wire-dev90", "eval/gold/wire-dev90.jsonl", "eval/articles/wire-dev90",
              "a storm in Brittany (Le Télégramme), a Brussels tram strike (Le Soir), a handball brawl (L'Équipe), a "
              "fuel price protest in Dakar (Le Quotidien), a Montréal blizzard live blog (La Presse), a Lyon metro "
              "hearing (Le Progrès); answers, live blogs; ninetieth development set, written in the thirty-ninth "
              "session"),
             ("wire-dev91", "eval/gold/wire-dev91.jsonl", "eval/articles/wire-dev91",
              "a Rennes deputy mayor denying favours (Ouest-France), a Marcinelle nursery outbreak (La Nouvelle "
              "Gazette), a gymnast's contested score (L'Équipe), Mali's mining ministry and child labour (L'Essor), a "
              "Cully winery denying fraud (24 heures), Trois-Rivières surgery delays (Le Nouvelliste); denials and "
              "portraits; ninety-first development set, written in the thirty-ninth session"),
             ("wire-dev92", "eval/gold/wire-dev92.jsonl", "eval/articles/wire-dev92",
              "a coach crash trial near Grenoble (Le Dauphiné libéré), a Mons school closure row (Sud Info), an "
              "Aveyron dam breach press conference (Midi Libre), a Cotonou embezzlement trial (La Nation), a Fribourg "
              "tax debate (La Liberté), a Val-d'Or coroner's inquest (Le Citoyen); trials, councils, press "
              "conferences; ninety-second development set, written in the thirty-ninth session"),
             ("wire-dev93", "eval/gold/wire-dev93.jsonl", "eval/articles/wire-dev93",
              "France and Switzerland over the Doubs (AFP), Niger and Benin over a pipeline (RFI), Belgium and France "
              "over the Lille–Tournai line (La Libre Belgique), Côte d'Ivoire and Ghana over cocoa smuggling "
              "(Fraternité Matin), France and Germany over the Kehl tram (DNA), Canada and Denmark over Hans Island "
              "(Radio-Canada); ninety-third development set, written in the thirty-ninth session"),
             ("wire-dev94", "eval/gold/wire-dev94.jsonl", "eval/articles/wire-dev94",
              "floods in the Gard (AFP), a regional bank's results and branch closures (Reuters / Les Échos), an MSF "
              "cholera mission in the Central African Republic (AFP), a volleyball match report (AFP sport), the "
              "SECO's forecast (Le Temps), pesticides in Champagne's air (L'Union); agency copy; ninety-fourth "
              "development set, written in the thirty-ninth session"),
             ("wire-story-dev", "eval/gold/wire-story-dev.jsonl", "eval/articles/wire-story-dev",
              "a pile of six articles on one story (a chemical warehouse fire in Saint-Nazaire, six outlets over six "
              "days), most gold contradictions across articles; development set"),
             ("wire-story-dev2", "eval/gold/wire-story-dev2.jsonl", "eval/articles/wire-story-dev2",
              "a second pile on one story (a maternity ward closed after a newborn's death in the Cher, six outlets "
              "over six days); development set, written in the sixteenth session"),
             ("wire-story-dev3", "eval/gold/wire-story-dev3.jsonl", "eval/articles/wire-story-dev3",
              "a third pile on one story (a salmonella outbreak traced to a cheese dairy in the Doubs, six outlets over "
              "six days), most gold contradictions across articles; development set"),
             ("wire-story-dev4", "eval/gold/wire-story-dev4.jsonl", "eval/articles/wire-story-dev4",
              "a fourth pile on one story (baby formula contaminated by cronobacter at a factory in Mayenne, six outlets "
              "over six days); development set, written in the twentieth session"),
             ("wire-story-dev5", "eval/gold/wire-story-dev5.jsonl", "eval/articles/wire-story-dev5",
              "a fifth pile on one story (listeria in a Haute-Savoie dairy's cheeses, cases in France and Belgium, six "
              "outlets over five days); development set, written in the twenty-first session"),
             ("wire-story-dev6", "eval/gold/wire-story-dev6.jsonl", "eval/articles/wire-story-dev6",
              "a sixth pile on one story (an insecticide leak from a chemical plant at Huningue into the Rhine, six "
              "outlets over eight days, French, Belgian and Swiss); development set, written in the twenty-third "
              "session"),
             ("wire-heldout", "eval/gold/wire-heldout.jsonl", "eval/articles/wire-heldout",
              "wire-style articles held out from rule development until the twenty-fourth session, development since"),
             ("wire-heldout2", "eval/gold/wire-heldout2.jsonl", "eval/articles/wire-heldout2",
              "a second formerly held-out set, written after the rule changes; development since the twenty-fourth "
              "session"),
             ("wire-heldout3", "eval/gold/wire-heldout3.jsonl", "eval/articles/wire-heldout3",
              "a third formerly held-out set (six press styles), written in the fifth session; development since the "
              "twenty-fourth session"),
             ("wire-heldout4", "eval/gold/wire-heldout4.jsonl", "eval/articles/wire-heldout4",
              "a fourth formerly held-out set, written in the sixth session; development since the twenty-fourth session"),
             ("wire-heldout5", "eval/gold/wire-heldout5.jsonl", "eval/articles/wire-heldout5",
              "a fifth formerly held-out set, written in the seventh session; development since the twenty-fourth "
              "session"),
             ("wire-heldout6", "eval/gold/wire-heldout6.jsonl", "eval/articles/wire-heldout6",
              "a sixth formerly held-out set, written in the seventh session; development since the twenty-fourth "
              "session"),
             ("wire-heldout7", "eval/gold/wire-heldout7.jsonl", "eval/articles/wire-heldout7",
              "a seventh held-out set, written in the eleventh session"),
             ("wire-heldout8", "eval/gold/wire-heldout8.jsonl", "eval/articles/wire-heldout8",
              "an eighth held-out set, written in the eleventh session"),
             ("wire-heldout9", "eval/gold/wire-heldout9.jsonl", "eval/articles/wire-heldout9",
              "a ninth held-out set, written in the twelfth session"),
             ("wire-heldout10", "eval/gold/wire-heldout10.jsonl", "eval/articles/wire-heldout10",
              "a tenth held-out set, written in the twelfth session"),
             ("wire-heldout11", "eval/gold/wire-heldout11.jsonl", "eval/articles/wire-heldout11",
              "an eleventh held-out set, written in the thirteenth session"),
             ("wire-heldout12", "eval/gold/wire-heldout12.jsonl", "eval/articles/wire-heldout12",
              "a twelfth held-out set, written in the thirteenth session"),
             ("wire-heldout13", "eval/gold/wire-heldout13.jsonl", "eval/articles/wire-heldout13",
              "a thirteenth held-out set, written in the fourteenth session"),
             ("wire-heldout14", "eval/gold/wire-heldout14.jsonl", "eval/articles/wire-heldout14",
              "a fourteenth held-out set, written in the fourteenth session"),
             ("wire-heldout15", "eval/gold/wire-heldout15.jsonl", "eval/articles/wire-heldout15",
              "a fifteenth held-out set, written in the fifteenth session"),
             ("wire-heldout16", "eval/gold/wire-heldout16.jsonl", "eval/articles/wire-heldout16",
              "a sixteenth held-out set, written in the sixteenth session"),
             ("wire-heldout17", "eval/gold/wire-heldout17.jsonl", "eval/articles/wire-heldout17",
              "a seventeenth held-out set, written in the seventeenth session"),
             ("wire-heldout18", "eval/gold/wire-heldout18.jsonl", "eval/articles/wire-heldout18",
              "an eighteenth held-out set, written in the seventeenth session"),
             ("wire-heldout19", "eval/gold/wire-heldout19.jsonl", "eval/articles/wire-heldout19",
              "a nineteenth held-out set, written in the eighteenth session"),
             ("wire-heldout20", "eval/gold/wire-heldout20.jsonl", "eval/articles/wire-heldout20",
              "a twentieth held-out set, written in the eighteenth session"),
             ("wire-heldout21", "eval/gold/wire-heldout21.jsonl", "eval/articles/wire-heldout21",
              "a twenty-first held-out set, written in the nineteenth session"),
             ("wire-heldout22", "eval/gold/wire-heldout22.jsonl", "eval/articles/wire-heldout22",
              "a twenty-second held-out set, written in the nineteenth session"),
             ("wire-heldout23", "eval/gold/wire-heldout23.jsonl", "eval/articles/wire-heldout23",
              "a twenty-third held-out set, written late in the nineteenth session"),
             ("wire-heldout24", "eval/gold/wire-heldout24.jsonl", "eval/articles/wire-heldout24",
              "a twenty-fourth held-out set, written late in the nineteenth session"),
             ("wire-heldout25", "eval/gold/wire-heldout25.jsonl", "eval/articles/wire-heldout25",
              "a twenty-fifth held-out set, written in the twentieth session"),
             ("wire-heldout26", "eval/gold/wire-heldout26.jsonl", "eval/articles/wire-heldout26",
              "a twenty-sixth held-out set, written in the twentieth session"),
             ("wire-heldout27", "eval/gold/wire-heldout27.jsonl", "eval/articles/wire-heldout27",
              "a twenty-seventh held-out set, written late in the twentieth session"),
             ("wire-heldout28", "eval/gold/wire-heldout28.jsonl", "eval/articles/wire-heldout28",
              "a twenty-eighth held-out set, written late in the twentieth session"),
             ("wire-heldout29", "eval/gold/wire-heldout29.jsonl", "eval/articles/wire-heldout29",
              "a twenty-ninth held-out set, written in the twenty-first session"),
             ("wire-heldout30", "eval/gold/wire-heldout30.jsonl", "eval/articles/wire-heldout30",
              "a thirtieth held-out set, written in the twenty-first session"),
             ("wire-heldout31", "eval/gold/wire-heldout31.jsonl", "eval/articles/wire-heldout31",
              "a thirty-first held-out set, written in the twenty-second session"),
             ("wire-heldout32", "eval/gold/wire-heldout32.jsonl", "eval/articles/wire-heldout32",
              "a thirty-second held-out set, written in the twenty-third session"),
             ("wire-heldout33", "eval/gold/wire-heldout33.jsonl", "eval/articles/wire-heldout33",
              "a thirty-third held-out set, written in the twenty-fourth session"),
             ("wire-heldout34", "eval/gold/wire-heldout34.jsonl", "eval/articles/wire-heldout34",
              "a thirty-fourth held-out set, written in the twenty-fourth session"),
             ("wire-heldout35", "eval/gold/wire-heldout35.jsonl", "eval/articles/wire-heldout35",
              "a thirty-fifth held-out set, written in the twenty-fifth session"),
             ("wire-heldout36", "eval/gold/wire-heldout36.jsonl", "eval/articles/wire-heldout36",
              "a thirty-sixth held-out set, written in the twenty-fifth session"),
             ("wire-heldout37", "eval/gold/wire-heldout37.jsonl", "eval/articles/wire-heldout37",
              "a thirty-seventh held-out set, written in the twenty-sixth session"),
             ("wire-heldout38", "eval/gold/wire-heldout38.jsonl", "eval/articles/wire-heldout38",
              "a thirty-eighth held-out set, written in the twenty-sixth session"),
             ("wire-heldout39", "eval/gold/wire-heldout39.jsonl", "eval/articles/wire-heldout39",
              "a thirty-ninth held-out set, written in the twenty-seventh session"),
             ("wire-heldout40", "eval/gold/wire-heldout40.jsonl", "eval/articles/wire-heldout40",
              "a fortieth held-out set, written in the twenty-seventh session"),
             ("wire-heldout41", "eval/gold/wire-heldout41.jsonl", "eval/articles/wire-heldout41",
              "a forty-first held-out set, written in the twenty-eighth session"),
             ("wire-heldout42", "eval/gold/wire-heldout42.jsonl", "eval/articles/wire-heldout42",
              "a forty-second held-out set, written in the twenty-eighth session"),
             ("wire-heldout43", "eval/gold/wire-heldout43.jsonl", "eval/articles/wire-heldout43",
              "a forty-third held-out set, written in the twenty-ninth session"),
             ("wire-heldout44", "eval/gold/wire-heldout44.jsonl", "eval/articles/wire-heldout44",
              "a forty-fourth held-out set, written in the twenty-ninth session"),
             ("wire-heldout45", "eval/gold/wire-heldout45.jsonl", "eval/articles/wire-heldout45",
              "a forty-fifth held-out set, written in the thirtieth session"),
             ("wire-heldout46", "eval/gold/wire-heldout46.jsonl", "eval/articles/wire-heldout46",
              "a forty-sixth held-out set, written in the thirtieth session"),
             ("wire-heldout47", "eval/gold/wire-heldout47.jsonl", "eval/articles/wire-heldout47",
              "a forty-seventh held-out set, written in the thirty-first session"),
             ("wire-heldout48", "eval/gold/wire-heldout48.jsonl", "eval/articles/wire-heldout48",
              "a forty-eighth held-out set, written in the thirty-first session"),
             ("wire-heldout49", "eval/gold/wire-heldout49.jsonl", "eval/articles/wire-heldout49",
              "a forty-ninth held-out set, written in the thirty-first session"),
             ("wire-heldout50", "eval/gold/wire-heldout50.jsonl", "eval/articles/wire-heldout50",
              "a fiftieth held-out set, written in the thirty-first session"),
             ("wire-heldout51", "eval/gold/wire-heldout51.jsonl", "eval/articles/wire-heldout51",
              "a fifty-first held-out set, written in the thirty-second session"),
             ("wire-heldout52", "eval/gold/wire-heldout52.jsonl", "eval/articles/wire-heldout52",
              "a fifty-second held-out set, written in the thirty-second session"),
             ("wire-heldout53", "eval/gold/wire-heldout53.jsonl", "eval/articles/wire-heldout53",
              "a fifty-third held-out set, written in the thirty-second session"),
             ("wire-heldout54", "eval/gold/wire-heldout54.jsonl", "eval/articles/wire-heldout54",
              "a fifty-fourth held-out set, written in the thirty-second session"),
             ("wire-heldout55", "eval/gold/wire-heldout55.jsonl", "eval/articles/wire-heldout55",
              "a fifty-fifth held-out set, written in the thirty-third session"),
             ("wire-heldout56", "eval/gold/wire-heldout56.jsonl", "eval/articles/wire-heldout56",
              "a fifty-sixth held-out set, written in the thirty-third session"),
             ("wire-heldout57", "eval/gold/wire-heldout57.jsonl", "eval/articles/wire-heldout57",
              "a fifty-seventh held-out set, written in the thirty-third session"),
             ("wire-heldout58", "eval/gold/wire-heldout58.jsonl", "eval/articles/wire-heldout58",
              "a fifty-eighth held-out set, written in the thirty-third session"),
             ("wire-heldout59", "eval/gold/wire-heldout59.jsonl", "eval/articles/wire-heldout59",
              "a fifty-ninth held-out set, written in the thirty-third session"),
             ("wire-heldout60", "eval/gold/wire-heldout60.jsonl", "eval/articles/wire-heldout60",
              "a sixtieth held-out set, written in the thirty-third session"),
             ("wire-heldout61", "eval/gold/wire-heldout61.jsonl", "eval/articles/wire-heldout61",
              "a sixty-first held-out set, written in the thirty-fourth session"),
             ("wire-heldout62", "eval/gold/wire-heldout62.jsonl", "eval/articles/wire-heldout62",
              "a sixty-second held-out set, written in the thirty-fourth session"),
             ("wire-heldout63", "eval/gold/wire-heldout63.jsonl", "eval/articles/wire-heldout63",
              "a sixty-third held-out set, written in the thirty-fourth session"),
             ("wire-heldout64", "eval/gold/wire-heldout64.jsonl", "eval/articles/wire-heldout64",
              "a sixty-fourth held-out set, written in the thirty-fourth session"),
             ("wire-heldout65", "eval/gold/wire-heldout65.jsonl", "eval/articles/wire-heldout65",
              "a sixty-fifth held-out set, written in the thirty-fifth session"),
             ("wire-heldout66", "eval/gold/wire-heldout66.jsonl", "eval/articles/wire-heldout66",
              "a sixty-sixth held-out set, written in the thirty-fifth session"),
             ("wire-heldout67", "eval/gold/wire-heldout67.jsonl", "eval/articles/wire-heldout67",
              "a sixty-seventh held-out set, written in the thirty-fifth session"),
             ("wire-heldout68", "eval/gold/wire-heldout68.jsonl", "eval/articles/wire-heldout68",
              "a sixty-eighth held-out set, written in the thirty-fifth session"),
             ("wire-heldout69", "eval/gold/wire-heldout69.jsonl", "eval/articles/wire-heldout69",
              "a sixty-ninth held-out set, written in the thirty-sixth session"),
             ("wire-heldout70", "eval/gold/wire-heldout70.jsonl", "eval/articles/wire-heldout70",
              "a seventieth held-out set, written in the thirty-sixth session"),
             ("wire-heldout71", "eval/gold/wire-heldout71.jsonl", "eval/articles/wire-heldout71",
              "a seventy-first held-out set, written in the thirty-sixth session"),
             ("wire-heldout72", "eval/gold/wire-heldout72.jsonl", "eval/articles/wire-heldout72",
              "a seventy-second held-out set, written in the thirty-sixth session"),
             ("wire-heldout73", "eval/gold/wire-heldout73.jsonl", "eval/articles/wire-heldout73",
              "a seventy-third held-out set, written in the thirty-sixth session"),
             ("wire-heldout74", "eval/gold/wire-heldout74.jsonl", "eval/articles/wire-heldout74",
              "a seventy-fourth held-out set, written in the thirty-sixth session"),
             ("wire-heldout75", "eval/gold/wire-heldout75.jsonl", "eval/articles/wire-heldout75",
              "a seventy-fifth held-out set, written in the thirty-seventh session"),
             ("wire-heldout76", "eval/gold/wire-heldout76.jsonl", "eval/articles/wire-heldout76",
              "a seventy-sixth held-out set, written in the thirty-seventh session"),
             ("wire-heldout77", "eval/gold/wire-heldout77.jsonl", "eval/articles/wire-heldout77",
              "a seventy-seventh held-out set, written in the thirty-seventh session"),
             ("wire-heldout78", "eval/gold/wire-heldout78.jsonl", "eval/articles/wire-heldout78",
              "a seventy-eighth held-out set, written in the thirty-seventh session"),
             ("wire-heldout79", "eval/gold/wire-heldout79.jsonl", "eval/articles/wire-heldout79",
              "a seventy-ninth held-out set, written in the thirty-seventh session"),
             ("wire-heldout80", "eval/gold/wire-heldout80.jsonl", "eval/articles/wire-heldout80",
              "an eightieth held-out set, written in the thirty-seventh session"),
             ("wire-heldout81", "eval/gold/wire-heldout81.jsonl", "eval/articles/wire-heldout81",
              "an eighty-first held-out set, written in the thirty-eighth session"),
             ("wire-heldout82", "eval/gold/wire-heldout82.jsonl", "eval/articles/wire-heldout82",
              "an eighty-second held-out set, written in the thirty-eighth session"),
             ("wire-heldout83", "eval/gold/wire-heldout83.jsonl", "eval/articles/wire-heldout83",
              "an eighty-third held-out set, written in the thirty-eighth session"),
             ("wire-heldout84", "eval/gold/wire-heldout84.jsonl", "eval/articles/wire-heldout84",
              "an eighty-fourth held-out set, written in the thirty-eighth session"),
             ("wire-heldout85", "eval/gold/wire-heldout85.jsonl", "eval/articles/wire-heldout85",
              "an eighty-fifth held-out set, written in the thirty-eighth session"),
             ("wire-heldout86", "eval/gold/wire-heldout86.jsonl", "eval/articles/wire-heldout86",
              "an eighty-sixth held-out set, written in the thirty-eighth session"),
             ("wire-heldout87", "eval/gold/wire-heldout87.jsonl", "eval/articles/wire-heldout87",
              "an eighty-seventh held-out set, written in the thirty-ninth session"),
             ("wire-heldout88", "eval/gold/wire-heldout88.jsonl", "eval/articles/wire-heldout88",
              "an eighty-eighth held-out set, written in the thirty-ninth session"),
             ("wire-heldout89", "eval/gold/wire-heldout89.jsonl", "eval/articles/wire-heldout89",
              "an eighty-ninth held-out set, written in the thirty-ninth session"),
             ("wire-heldout90", "eval/gold/wire-heldout90.jsonl", "eval/articles/wire-heldout90",
              "a ninetieth held-out set, written in the thirty-ninth session"),
             ("wire-heldout91", "eval/gold/wire-heldout91.jsonl", "eval/articles/wire-heldout91",
              "a ninety-first held-out set, written in the thirty-ninth session"),
             ("wire-heldout92", "eval/gold/wire-heldout92.jsonl", "eval/articles/wire-heldout92",
              "a ninety-second held-out set, written in the thirty-ninth session"),
             ("wire-story-heldout", "eval/gold/wire-story-heldout.jsonl", "eval/articles/wire-story-heldout",
              "a held-out pile of six articles on one story (a migrant boat sinking off Calais), written in the "
              "fifteenth session"),
             ("wire-story-heldout2", "eval/gold/wire-story-heldout2.jsonl", "eval/articles/wire-story-heldout2",
              "a second held-out pile on one story (a river dyke breaking near Agen, six outlets over six days), "
              "written in the sixteenth session"),
             ("wire-story-heldout3", "eval/gold/wire-story-heldout3.jsonl", "eval/articles/wire-story-heldout3",
              "a third held-out pile on one story (caustic soda in a town's drinking water, six outlets over six "
              "days), written in the seventeenth session"),
             ("wire-story-heldout4", "eval/gold/wire-story-heldout4.jsonl", "eval/articles/wire-story-heldout4",
              "a fourth held-out pile on one story (a regional train derailed near a country station, six outlets over "
              "six days), written in the eighteenth session"),
             ("wire-story-heldout5", "eval/gold/wire-story-heldout5.jsonl", "eval/articles/wire-story-heldout5",
              "a fifth held-out pile on one story (a dam's spillway gate flooding a village in the Ardèche, six outlets "
              "over five days), written in the twentieth session"),
             ("wire-story-heldout6", "eval/gold/wire-story-heldout6.jsonl", "eval/articles/wire-story-heldout6",
              "a sixth held-out pile on one story (a cargo ship aground and leaking fuel off Penmarc'h, six outlets over "
              "six days), written in the twenty-first session"),
             ("wire-story-heldout7", "eval/gold/wire-story-heldout7.jsonl", "eval/articles/wire-story-heldout7",
              "a seventh held-out pile on one story (a fire at a lithium-battery recycling warehouse near Rouen, six "
              "outlets over a week), written in the twenty-fourth session"))


def _table(metrics: dict, keys: list[str]) -> str:
    rows = ["| metric | value |", "|---|---|"]
    for k in keys:
        if k in metrics:
            v = metrics[k]
            rows.append(f"| {k} | {v:.4f} |" if isinstance(v, float) else f"| {k} | {v} |")
    return "\n".join(rows)


def run_all(out: str | Path, *, data_dir: str | Path | None = None, gold: str | Path = "eval/gold/seeds.jsonl",
            seeds: str | Path = "seeds", limit: int | None = None, model: str | None = None,
            progress: bool = False) -> Path:
    """Run extraction, NLI (XNLI-fr test, DACCORD), pairs and stance evaluations; write ``out/report.md``."""
    from claims.evaluation.extraction import evaluate_extraction
    from claims.evaluation.nli import evaluate_nli
    from claims.evaluation.pairs import evaluate_pairs
    from claims.evaluation.stance import evaluate_stance
    from claims.nli import get_model
    from claims.pipeline import Settings, analyze

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    data = Path(data_dir) if data_dir else default_data_dir()
    nli = get_model(model)
    results: dict[str, dict] = {}
    timings: dict[str, float] = {}

    def run(name, fn):
        t = time.perf_counter()
        try:
            results[name] = fn()
        except FileNotFoundError as err:
            results[name] = {"skipped": str(err)}
        timings[name] = round(time.perf_counter() - t, 1)

    run("extraction", lambda: evaluate_extraction(gold, [seeds]))
    run("xnli_fr_test", lambda: evaluate_nli(data / "xnli_fr_test.jsonl", nli, limit=limit,
                                             out=out / "xnli_fr_test.json", progress=progress))
    run("daccord", lambda: evaluate_nli(data / "daccord_public.jsonl", nli, limit=limit, out=out / "daccord.json",
                                        progress=progress))
    run("pairs", lambda: evaluate_pairs(analyze([seeds], Settings(model=model, progress=False)).pairs, gold))
    run("stance", lambda: evaluate_stance(data / "xstance_fr_valid.jsonl", nli, limit=limit, out=out / "stance.json",
                                          progress=progress))
    titles = {"extraction": "Extraction (seeds vs gold)", "xnli_fr_test": "NLI — XNLI-fr test (3-class)",
              "daccord": "NLI — DACCORD (binary, threshold from held-out dev data)",
              "pairs": "Pairs (seeds vs gold pairs)", "stance": "Stance — x-stance French validation (zero-shot)"}
    for name, set_gold, docs, what in WIRE_SETS:
        if not (Path(set_gold).is_file() and Path(docs).is_dir()):
            continue
        run(f"extraction {name}", lambda g=set_gold, d=docs: evaluate_extraction(g, [Path(d)]))
        run(f"pairs {name}", lambda g=set_gold, d=docs: evaluate_pairs(
            analyze([Path(d)], Settings(model=model, progress=False)).pairs, g))
        titles[f"extraction {name}"] = f"Extraction ({what}: `{docs}`)"
        titles[f"pairs {name}"] = f"Pairs ({what}: `{docs}`)"

    lines = [f"# claims evaluation report",
             "", f"Model: `{nli.name}` · data: `{data}` · gold: `{gold}` · "
                 f"{'limit ' + str(limit) + ' rows per benchmark (not the reported figures)' if limit else 'full benchmarks'}"
                 f" · {datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}", ""]
    for name, metrics in results.items():
        lines += [f"## {titles[name]}", ""]
        if "skipped" in metrics:
            lines += [f"Skipped: {metrics['skipped']}", ""]
            continue
        lines += [_table(metrics, KEYS[name.split()[0]]), "", f"({timings[name]} s)", ""]
        if metrics.get("confusion_png"):
            lines += [f"![confusion matrix]({Path(metrics['confusion_png']).name})", ""]
    report = out / "report.md"
    report.write_text("\n".join(lines), encoding="utf-8")
    (out / "metrics.json").write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n")
    return report
