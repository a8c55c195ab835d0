"""Figure guard, hand-written news families (fourth battery): French news sentences in agriculture and
weather, courts and sentences, elections and polls, sport results and rankings, transport timetables,
health statistics, real estate, science and space, culture and the box office, and company results,
each with a correct English rendering (the figures rendered another way: "milliard" as "thousand
million", a figure as a word or an equivalent term, clock times and durations in words or with other
separators, spacing and typing variants, dates with other separators or short years, a unit stated
once for two figures, match periods and knockout rounds, approximate quantities, fractions and
half-years, ordinals) and the same rendering with one figure changed.

A correct rendering passes and the changed one is flagged. The tests below the list draw the families
this battery brought out: a clock time with minutes in words ("twenty past seven") or written as a
plain number ("the 7.04 train", "at 1315"), a time to the minute ("8:00 pm" is not "20 h 30"), an
hour and three quarters, a short year ("autumn 08"), "en quarts" for the quarter-finals, a century
and a half, "almost a third", "the last quarter of 2012", "the first six months", "un cinquième" as
a share, a million million and "five thousand millions", a day and month without a year ("le 23/03"),
a score in words ("two-all"), half a dozen, and a percentage followed by an amount ("7% to 65 million").
"""

from __future__ import annotations

import pytest
from figure_cases import assert_renders

from summarizer.facts import check

# (French source, correct English rendering, the rendering with one figure changed or None)
PAIRS = [
    (
        "La récolte de blé a atteint 35,2 millions de tonnes cette année.",
        "This year's wheat harvest reached 35.2 million tonnes.",
        "This year's wheat harvest reached 32.5 million tonnes.",
    ),
    (
        "Les vendanges ont commencé avec dix jours d'avance.",
        "The grape harvest began ten days early.",
        "The grape harvest began twelve days early.",
    ),
    (
        "Il est tombé 120 mm de pluie en 24 heures sur le Gard.",
        "120mm of rain fell in 24 hours on the Gard.",
        "120mm of rain fell in 48 hours on the Gard.",
    ),
    (
        "Le thermomètre est descendu à -12,5 °C dans la nuit.",
        "The thermometer dropped to minus 12.5C overnight.",
        "The thermometer dropped to minus 15.2C overnight.",
    ),
    (
        "Les rafales ont atteint 150 km/h sur le littoral.",
        "Gusts reached 150 kph on the coast.",
        "Gusts reached 160 kph on the coast.",
    ),
    (
        "Le prix du lait a baissé de 3 centimes le litre.",
        "The price of milk fell by three cents a litre.",
        "The price of milk fell by four cents a litre.",
    ),
    (
        "Un quart des exploitations ont disparu en dix ans.",
        "A quarter of farms have disappeared in ten years.",
        "A third of farms have disappeared in ten years.",
    ),
    (
        "La sécheresse a touché les deux tiers du département.",
        "The drought hit two-thirds of the department.",
        "The drought hit three-quarters of the department.",
    ),
    (
        "L'exploitation compte 250 vaches laitières et 80 hectares.",
        "The farm has 250 dairy cows and 80 ha.",
        "The farm has 250 dairy cows and 90 ha.",
    ),
    (
        "La production de maïs a chuté de 1,5 milliard de tonnes dans le monde.",
        "World maize output fell by 1.5 thousand million tonnes.",
        "World maize output fell by 2.5 thousand million tonnes.",
    ),
    (
        "Les aides agricoles s'élèvent à 9 milliards d'euros par an.",
        "Farm subsidies amount to nine thousand million euros a year.",
        "Farm subsidies amount to eight thousand million euros a year.",
    ),
    (
        "Il a fait 38 degrés à l'ombre mardi après-midi.",
        "It was 38 degrees in the shade on Tuesday afternoon.",
        "It was 36 degrees in the shade on Tuesday afternoon.",
    ),
    (
        "La neige est attendue au-dessus de 800 mètres.",
        "Snow is expected above 800 m.",
        "Snow is expected above 600 m.",
    ),
    (
        "Les orages ont duré une heure et demie.",
        "The storms lasted an hour and a half.",
        "The storms lasted two and a half hours.",
    ),
    (
        "Le mois de juillet a été le plus chaud depuis 1947.",
        "July was the hottest month since 1947.",
        "July was the hottest month since 1974.",
    ),
    (
        "La vague de froid a fait 14 morts en une semaine.",
        "The cold snap killed fourteen people in a week.",
        "The cold snap killed forty people in a week.",
    ),
    (
        "Les températures dépasseront les 40 °C jeudi et vendredi.",
        "Temperatures will top 40 degrees Celsius on Thursday and Friday.",
        "Temperatures will top 42 degrees Celsius on Thursday and Friday.",
    ),
    (
        "Près de 3 000 hectares de forêt sont partis en fumée.",
        "Nearly 3000 hectares of forest went up in smoke.",
        "Nearly 5000 hectares of forest went up in smoke.",
    ),
    (
        "Le niveau de la Seine est monté à 6,10 m à Paris.",
        "The level of the Seine rose to 6.1 metres in Paris.",
        "The level of the Seine rose to 6.7 metres in Paris.",
    ),
    (
        "La coopérative regroupe quelque 1 200 producteurs.",
        "The cooperative brings together some 1,200 growers.",
        "The cooperative brings together some 2,100 growers.",
    ),
    (
        "Il a été condamné à 18 mois de prison dont 6 avec sursis.",
        "He was sentenced to 18 months in prison, six of them suspended.",
        "He was sentenced to 18 months in prison, eight of them suspended.",
    ),
    (
        "La cour l'a condamné à trente ans de réclusion criminelle.",
        "The court sentenced him to 30 years in prison.",
        "The court sentenced him to 20 years in prison.",
    ),
    (
        "Le procès doit durer six semaines.",
        "The trial is due to last six weeks.",
        "The trial is due to last five weeks.",
    ),
    (
        "Elle devra verser 15 000 euros de dommages et intérêts.",
        "She must pay 15 thousand euros in damages.",
        "She must pay 25 thousand euros in damages.",
    ),
    (
        "Il encourt jusqu'à dix ans d'emprisonnement et 150 000 euros d'amende.",
        "He faces up to a decade in prison and a €150,000 fine.",
        "He faces up to a decade in prison and a €250,000 fine.",
    ),
    (
        "Le verdict est attendu le 12/03/2013.",
        "The verdict is expected on 12.03.2013.",
        "The verdict is expected on 13.03.2013.",
    ),
    (
        "L'audience a été renvoyée au 4 février 2013.",
        "The hearing was adjourned until 4/2/13.",
        "The hearing was adjourned until 5/2/13.",
    ),
    (
        "Les faits remontent au 21 octobre 2009.",
        "The events date back to 21-10-2009.",
        "The events date back to 21-10-2008.",
    ),
    (
        "Le prévenu, un octogénaire, a été relaxé.",
        "The defendant, an octogenarian, was acquitted.",
        "The defendant, a septuagenarian, was acquitted.",
    ),
    (
        "L'homme, âgé de 45 ans, a été placé en garde à vue pendant 48 heures.",
        "The 45-year-old man was held in custody for two days.",
        "The 45-year-old man was held in custody for three days.",
    ),
    (
        "La peine a été réduite à quatre ans en appel.",
        "The sentence was cut to four years on appeal.",
        "The sentence was cut to five years on appeal.",
    ),
    (
        "Douze jurés et trois magistrats composent la cour.",
        "Twelve jurors and three judges make up the court.",
        "Twelve jurors and two judges make up the court.",
    ),
    (
        "Le tribunal a prononcé 23 condamnations.",
        "The court handed down 23 convictions.",
        "The court handed down 32 convictions.",
    ),
    (
        "Il a purgé les deux tiers de sa peine.",
        "He has served two thirds of his sentence.",
        "He has served three quarters of his sentence.",
    ),
    (
        "L'affaire a été jugée en moins de 3 heures.",
        "The case was tried in under three hours.",
        "The case was tried in under four hours.",
    ),
    (
        "L'amende s'élève à 1,2 milliard d'euros.",
        "The fine amounts to 1.2 thousand million euros.",
        "The fine amounts to 2.1 thousand million euros.",
    ),
    (
        "Il a été condamné à la perpétuité assortie d'une période de sûreté de 22 ans.",
        "He was sentenced to life with a minimum term of twenty-two years.",
        "He was sentenced to life with a minimum term of twenty-five years.",
    ),
    (
        "La décision a été rendue à 17 h 30.",
        "The ruling was delivered at half past five in the afternoon.",
        "The ruling was delivered at half past six in the afternoon.",
    ),
    (
        "L'accusé a été entendu de 9 h à 13 h.",
        "The accused was questioned from 9am to 1pm.",
        "The accused was questioned from 9am to 3pm.",
    ),
    (
        "Les délibérations ont duré 7 heures et 20 minutes.",
        "Deliberations lasted seven hours 20 minutes.",
        "Deliberations lasted seven hours 40 minutes.",
    ),
    (
        "Le candidat sortant a obtenu 51,6 % des voix.",
        "The incumbent won 51.6 per cent of the vote.",
        "The incumbent won 56.1 per cent of the vote.",
    ),
    ("La participation s'est élevée à 79,5 %.", "Turnout was 79.5pc.", "Turnout was 75.9pc."),
    (
        "Selon le sondage, 62 % des Français sont opposés à la réforme.",
        "According to the poll, 62 percent of French people oppose the reform.",
        "According to the poll, 52 percent of French people oppose the reform.",
    ),
    (
        "Le parti a perdu 40 sièges sur 577.",
        "The party lost forty of the 577 seats.",
        "The party lost fifty of the 577 seats.",
    ),
    (
        "Le second tour aura lieu le 6 mai.",
        "The run-off will be held on May 6th.",
        "The run-off will be held on May 7th.",
    ),
    (
        "Il est arrivé en troisième position avec 17,9 % des suffrages.",
        "He came third with 17.9% of the vote.",
        "He came fourth with 17.9% of the vote.",
    ),
    (
        "Les bureaux de vote fermeront à 20 heures.",
        "Polling stations close at 8 o'clock in the evening.",
        "Polling stations close at 7 o'clock in the evening.",
    ),
    ("Un électeur sur cinq s'est abstenu.", "One voter in five abstained.", "One voter in four abstained."),
    (
        "L'écart entre les deux candidats n'est que de 2 points.",
        "The gap between the two candidates is only two points.",
        "The gap between the two candidates is only three points.",
    ),
    (
        "Le sondage a été réalisé auprès de 1 004 personnes du 3 au 5 avril.",
        "The poll of 1004 people was carried out from April 3 to 5.",
        "The poll of 1004 people was carried out from April 3 to 6.",
    ),
    (
        "Le président a été élu pour un mandat de cinq ans.",
        "The president was elected for a five-year term.",
        "The president was elected for a seven-year term.",
    ),
    (
        "La liste a recueilli près de la moitié des voix.",
        "The list won nearly half the votes.",
        "The list won nearly a third of the votes.",
    ),
    (
        "Le sénateur, élu depuis 1995, brigue un quatrième mandat.",
        "The senator, in office since 1995, is seeking a fourth term.",
        "The senator, in office since 1995, is seeking a fifth term.",
    ),
    (
        "Il lui manque 37 000 voix pour être élu.",
        "He is 37,000 votes short of election.",
        "He is 73,000 votes short of election.",
    ),
    (
        "Le scrutin de 2012 avait mobilisé 36,5 millions d'électeurs.",
        "The 2012 election drew 36.5m voters.",
        "The 2012 election drew 35.6m voters.",
    ),
    (
        "Le taux d'abstention a atteint un record de 57 %.",
        "The abstention rate hit a record 57%.",
        "The abstention rate hit a record 75%.",
    ),
    (
        "La majorité absolue est fixée à 289 sièges.",
        "An absolute majority is 289 seats.",
        "An absolute majority is 298 seats.",
    ),
    (
        "Les résultats seront connus vers 22 heures.",
        "Results will be known at around 10 p.m.",
        "Results will be known at around 11 p.m.",
    ),
    (
        "Le maire a été réélu dès le premier tour avec 60,2 % des voix.",
        "The mayor was re-elected in the first round with 60.2% of the vote.",
        "The mayor was re-elected in the second round with 60.2% of the vote.",
    ),
    (
        "Trois candidats sur dix ont été éliminés.",
        "Three out of 10 candidates were eliminated.",
        "Four out of 10 candidates were eliminated.",
    ),
    (
        "Lyon s'est qualifié pour les huitièmes de finale.",
        "Lyon qualified for the round of sixteen.",
        "Lyon qualified for the quarter-finals.",
    ),
    (
        "Le PSG a été éliminé en quarts de finale.",
        "PSG were knocked out in the quarter-finals.",
        "PSG were knocked out in the semi-finals.",
    ),
    (
        "Il a marqué à la 90e minute, dans le temps additionnel.",
        "He scored in the ninetieth minute, in stoppage time.",
        "He scored in the eightieth minute, in stoppage time.",
    ),
    ("Les Bleus menaient 14-3 à la mi-temps.", "France led 14-3 at half-time.", "France led 14-6 at half-time."),
    (
        "Au troisième quart-temps, les Lakers comptaient dix points d'avance.",
        "In the third quarter the Lakers were ten points ahead.",
        "In the fourth quarter the Lakers were ten points ahead.",
    ),
    (
        "Le coureur a pris la cinquième place de l'étape.",
        "The rider took fifth place on the stage.",
        "The rider took sixth place on the stage.",
    ),
    (
        "Elle a remporté le slalom avec 45 centièmes d'avance.",
        "She won the slalom by 0.45 seconds.",
        "She won the slalom by 0.54 seconds.",
    ),
    (
        "Le Tour de France s'élancera le 29 juin pour 21 étapes.",
        "The Tour de France starts on 29 June with twenty-one stages.",
        "The Tour de France starts on 29 June with twenty-two stages.",
    ),
    (
        "Le club est classé 12e sur 20.",
        "The club is ranked twelfth out of 20.",
        "The club is ranked thirteenth out of 20.",
    ),
    (
        "Le vainqueur a bouclé les 3 400 km en 83 h 56 min.",
        "The winner covered the 3,400 km in 83 hours 56 minutes.",
        "The winner covered the 3,400 km in 83 hours 46 minutes.",
    ),
    ("Il a couru le 1 500 m en 3 min 28 s.", "He ran the 1500m in 3:28.", "He ran the 1500m in 3:38."),
    (
        "Les deux équipes se sont quittées sur un match nul 0-0.",
        "The two teams drew nil-nil.",
        "The two teams drew 1-1.",
    ),
    (
        "Elle a été battue au deuxième tour de l'Open d'Australie.",
        "She was beaten in the second round of the Australian Open.",
        "She was beaten in the third round of the Australian Open.",
    ),
    (
        "Il a fini la course en 2 h 08 min 30 s.",
        "He finished the race in two hours eight minutes and thirty seconds.",
        "He finished the race in two hours nine minutes and thirty seconds.",
    ),
    ("Le Stade Français s'est imposé 27 à 16.", "Stade Français won 27-16.", "Stade Français won 27-18."),
    (
        "Le nageur a remporté trois médailles d'or et deux d'argent.",
        "The swimmer won three golds and two silvers.",
        "The swimmer won three golds and four silvers.",
    ),
    (
        "L'équipe reste sur une série de 11 matches sans défaite.",
        "The team is on an 11-game unbeaten run.",
        "The team is on a 12-game unbeaten run.",
    ),
    (
        "Le match retour se jouera le mercredi 13 mars à 20 h 45.",
        "The return leg will be played on Wednesday March 13 at 8.45pm.",
        "The return leg will be played on Wednesday March 13 at 9.45pm.",
    ),
    (
        "La finale aura lieu au Stade de France devant 80 000 spectateurs.",
        "The final will be held at the Stade de France in front of 80 thousand spectators.",
        "The final will be held at the Stade de France in front of 60 thousand spectators.",
    ),
    ("Il a été exclu à la 34e minute.", "He was sent off after 34 minutes.", "He was sent off after 43 minutes."),
    (
        "Le pilote est parti de la pole position et a mené les 56 tours.",
        "The driver started from pole and led all fifty-six laps.",
        "The driver started from pole and led all fifty-eight laps.",
    ),
    (
        "Le joueur, âgé de 19 ans, a signé pour quatre saisons.",
        "The 19-year-old signed a four-year contract.",
        "The 19-year-old signed a five-year contract.",
    ),
    (
        "Le skieur a terminé à 1,2 seconde du vainqueur.",
        "The skier finished 1.2s behind the winner.",
        "The skier finished 2.1s behind the winner.",
    ),
    ("C'est sa première victoire depuis 2010.", "It is his first win since 2010.", "It is his first win since 2011."),
    (
        "Le premier train part à 5 h 42 et le dernier à 23 h 15.",
        "The first train leaves at 5:42am and the last at 11:15pm.",
        "The first train leaves at 5:42am and the last at 11:45pm.",
    ),
    (
        "Le TGV mettra 2 h 10 pour relier Paris à Bordeaux.",
        "The TGV will take two hours ten minutes to link Paris and Bordeaux.",
        "The TGV will take two hours twenty minutes to link Paris and Bordeaux.",
    ),
    (
        "Un bus passera toutes les 15 minutes aux heures de pointe.",
        "A bus will run every quarter of an hour at peak times.",
        "A bus will run every 20 minutes at peak times.",
    ),
    (
        "La ligne sera fermée du 15 juillet au 28 août.",
        "The line will be closed from July 15th to August 28th.",
        "The line will be closed from July 15th to August 18th.",
    ),
    (
        "Le vol a décollé avec 3 heures de retard.",
        "The flight took off three hours late.",
        "The flight took off four hours late.",
    ),
    (
        "Le trafic sera interrompu entre 22 h et 6 h.",
        "Traffic will be halted between 10pm and 6am.",
        "Traffic will be halted between 10pm and 5am.",
    ),
    (
        "Le trajet dure environ 45 minutes.",
        "The journey takes about three quarters of an hour.",
        "The journey takes about half an hour.",
    ),
    (
        "L'aéroport a accueilli 61,6 millions de passagers en 2012.",
        "The airport handled 61.6 million passengers in 2012.",
        "The airport handled 66.1 million passengers in 2012.",
    ),
    (
        "La nouvelle ligne de tramway mesure 14,5 km et compte 25 stations.",
        "The new tram line is 14.5km long and has 25 stops.",
        "The new tram line is 15.5km long and has 25 stops.",
    ),
    ("Le train de 7 h 04 a été supprimé.", "The 7.04 train was cancelled.", "The 7.14 train was cancelled."),
    (
        "La vitesse sera limitée à 80 km/h au lieu de 90.",
        "The speed limit will be 80 rather than 90 km/h.",
        "The speed limit will be 70 rather than 90 km/h.",
    ),
    (
        "Le chantier coûtera 4,3 milliards d'euros.",
        "The works will cost 4.3 thousand million euros.",
        "The works will cost 3.4 thousand million euros.",
    ),
    (
        "Le navire transportait 2 400 conteneurs.",
        "The ship was carrying 2.400 containers.",
        "The ship was carrying 4.200 containers.",
    ),
    (
        "Les contrôleurs aériens feront grève de mardi 6 h à jeudi 6 h.",
        "Air traffic controllers will strike from 6am Tuesday to 6am Thursday.",
        "Air traffic controllers will strike from 6am Tuesday to 8am Thursday.",
    ),
    (
        "La ligne 14 transporte 500 000 voyageurs par jour.",
        "Line 14 carries half a million passengers a day.",
        "Line 14 carries a million passengers a day.",
    ),
    (
        "Le péage augmentera de 1,5 % le 1er février.",
        "Tolls will rise by 1.5% on 1 February.",
        "Tolls will rise by 1.5% on 2 February.",
    ),
    (
        "Le bateau relie l'île en 50 minutes.",
        "The boat reaches the island in fifty minutes.",
        "The boat reaches the island in fifteen minutes.",
    ),
    (
        "L'avion, un biplace, s'est écrasé peu après le décollage.",
        "The aircraft, a two-seater, crashed shortly after take-off.",
        "The aircraft, a four-seater, crashed shortly after take-off.",
    ),
    (
        "L'A380 peut transporter jusqu'à 853 passagers.",
        "The A380 can carry up to 853 passengers.",
        "The A380 can carry up to 835 passengers.",
    ),
    (
        "Le RER circulera un train sur deux.",
        "The RER will run one train in two.",
        "The RER will run one train in three.",
    ),
    (
        "L'épidémie de grippe a fait 1 500 morts cet hiver.",
        "The flu epidemic killed 1 500 people this winter.",
        "The flu epidemic killed 2 500 people this winter.",
    ),
    (
        "Le taux de mortalité infantile est de 3,5 pour mille.",
        "The infant mortality rate is 3.5 per thousand.",
        "The infant mortality rate is 5.3 per thousand.",
    ),
    (
        "Environ 150 000 personnes vivent avec le VIH en France.",
        "Around 150,000 people live with HIV in France.",
        "Around 105,000 people live with HIV in France.",
    ),
    ("Un adulte sur six est obèse.", "One adult in six is obese.", "One adult in seven is obese."),
    (
        "Les dépenses de santé représentent 11,6 % du PIB.",
        "Health spending makes up 11.6% of GDP.",
        "Health spending makes up 16.1% of GDP.",
    ),
    (
        "Le nombre de cas a doublé en un an.",
        "The number of cases has doubled in a year.",
        "The number of cases has tripled in a year.",
    ),
    (
        "Les urgences ont accueilli 18 millions de patients.",
        "Emergency departments saw 18 million patients.",
        "Emergency departments saw 81 million patients.",
    ),
    (
        "L'espérance de vie des femmes atteint 84,8 ans.",
        "Women's life expectancy reaches 84.8 years.",
        "Women's life expectancy reaches 88.4 years.",
    ),
    (
        "Le médicament réduit le risque de 30 %.",
        "The drug cuts the risk by almost a third.",
        "The drug cuts the risk by almost a half.",
    ),
    (
        "Des centaines de patients attendent une greffe.",
        "Hundreds of patients are waiting for a transplant.",
        "Thousands of patients are waiting for a transplant.",
    ),
    (
        "La campagne de vaccination a coûté 382 millions d'euros.",
        "The vaccination campaign cost 382 million euros.",
        "The vaccination campaign cost 328 million euros.",
    ),
    (
        "Le déficit de la Sécurité sociale atteint 13,3 milliards d'euros.",
        "The social security deficit reaches €13.3 thousand million.",
        "The social security deficit reaches €3.3 thousand million.",
    ),
    (
        "La centenaire a fêté son anniversaire à l'hôpital.",
        "The centenarian celebrated her birthday in hospital.",
        "The nonagenarian celebrated her birthday in hospital.",
    ),
    (
        "Une dizaine de cas ont été recensés dans la région.",
        "About ten cases have been recorded in the region.",
        "About twenty cases have been recorded in the region.",
    ),
    (
        "Près de 40 % des médecins ont plus de 60 ans.",
        "Nearly 40% of doctors are over sixty.",
        "Nearly 40% of doctors are over seventy.",
    ),
    (
        "Le patient est resté 12 jours dans le coma.",
        "The patient spent twelve days in a coma.",
        "The patient spent eleven days in a coma.",
    ),
    (
        "Les hôpitaux ont supprimé 3 400 lits en un an.",
        "Hospitals cut 3,400 beds in a year.",
        "Hospitals cut 4,300 beds in a year.",
    ),
    (
        "Le nombre de fumeurs a baissé de moitié depuis 1990.",
        "The number of smokers has halved since 1990.",
        "The number of smokers has halved since 1980.",
    ),
    (
        "Une quinzaine d'enfants ont été intoxiqués.",
        "Around fifteen children were poisoned.",
        "Around fifty children were poisoned.",
    ),
    (
        "Le temps d'attente moyen aux urgences est de 3 h 30.",
        "The average wait in A&E is three and a half hours.",
        "The average wait in A&E is two and a half hours.",
    ),
    (
        "Le prix moyen du mètre carré à Paris a dépassé 8 000 euros.",
        "The average price per square metre in Paris has passed €8k.",
        "The average price per square metre in Paris has passed €9k.",
    ),
    (
        "Les ventes de logements neufs ont reculé de 18 % au premier semestre.",
        "Sales of new homes fell 18% in the first half of the year.",
        "Sales of new homes fell 18% in the second half of the year.",
    ),
    (
        "Un trois-pièces de 65 m² se loue 1 400 euros par mois.",
        "A three-room flat of 65 sq m rents for €1,400 a month.",
        "A four-room flat of 65 sq m rents for €1,400 a month.",
    ),
    (
        "Le gouvernement veut construire 500 000 logements par an.",
        "The government wants to build 500k homes a year.",
        "The government wants to build 400k homes a year.",
    ),
    (
        "Les taux d'emprunt sont tombés à 3,2 % sur vingt ans.",
        "Mortgage rates fell to 3.2% over 20 years.",
        "Mortgage rates fell to 3.2% over 25 years.",
    ),
    (
        "L'immeuble de 12 étages a été livré en 2011.",
        "The twelve-storey building was completed in 2011.",
        "The ten-storey building was completed in 2011.",
    ),
    (
        "La villa de 300 m² a été vendue 2,5 millions d'euros.",
        "The 300 sq m villa sold for €2.5m.",
        "The 300 sq m villa sold for €3.5m.",
    ),
    (
        "Les loyers ont augmenté de 2,1 % au second semestre 2012.",
        "Rents rose 2.1% in the second half of 2012.",
        "Rents rose 2.1% in the first half of 2012.",
    ),
    (
        "Le studio de 18 mètres carrés est au sixième étage.",
        "The 18 m2 studio is on the sixth floor.",
        "The 18 m2 studio is on the seventh floor.",
    ),
    (
        "Le marché immobilier pèse 200 milliards d'euros.",
        "The property market is worth €200 thousand million.",
        "The property market is worth €300 thousand million.",
    ),
    (
        "Environ 3,5 millions de personnes sont mal logées.",
        "Some three and a half million people are poorly housed.",
        "Some four and a half million people are poorly housed.",
    ),
    ("Les prix ont baissé de 1,6 % au troisième trimestre.", "Prices fell 1.6% in Q3.", "Prices fell 1.6% in Q4."),
    (
        "La tour mesurera 180 m de haut pour 42 étages.",
        "The tower will be 180m tall with 42 floors.",
        "The tower will be 180m tall with 24 floors.",
    ),
    (
        "Le permis de construire a été accordé le 30.09.2012.",
        "Planning permission was granted on 30 September 2012.",
        "Planning permission was granted on 3 September 2012.",
    ),
    (
        "Le propriétaire a acheté le bien en 1998 pour 1,2 million de francs.",
        "The owner bought the property in '98 for 1.2 million francs.",
        "The owner bought the property in '99 for 1.2 million francs.",
    ),
    (
        "La sonde a parcouru 567 millions de kilomètres en huit mois et demi.",
        "The probe travelled 567 million km in eight and a half months.",
        "The probe travelled 567 million km in nine and a half months.",
    ),
    ("Le satellite pèse 6,4 tonnes.", "The satellite weighs 6.4 t.", "The satellite weighs 4.6 t."),
    (
        "La fusée a décollé à 22 h 54 heure de Paris.",
        "The rocket lifted off at 10.54pm Paris time.",
        "The rocket lifted off at 10.45pm Paris time.",
    ),
    (
        "L'astéroïde mesure environ 45 mètres de diamètre.",
        "The asteroid is roughly 45m across.",
        "The asteroid is roughly 54m across.",
    ),
    (
        "L'exoplanète se trouve à 42 années-lumière de la Terre.",
        "The exoplanet is forty-two light years from Earth.",
        "The exoplanet is forty-four light years from Earth.",
    ),
    (
        "Les chercheurs ont suivi 2 500 patients pendant 10 ans.",
        "Researchers followed 2,500 patients for a decade.",
        "Researchers followed 2,500 patients for two decades.",
    ),
    (
        "Le télescope a coûté 1 milliard de dollars.",
        "The telescope cost one thousand million dollars.",
        "The telescope cost two thousand million dollars.",
    ),
    (
        "La mission durera six mois à bord de la Station spatiale internationale.",
        "The mission will last half a year aboard the International Space Station.",
        "The mission will last a year aboard the International Space Station.",
    ),
    (
        "Le robot a foré un trou de 6,4 cm de profondeur.",
        "The rover drilled a hole 6.4 centimetres deep.",
        "The rover drilled a hole 4.6 centimetres deep.",
    ),
    (
        "La température au sol atteint -73 degrés.",
        "Ground temperatures reach minus 73 degrees.",
        "Ground temperatures reach minus 37 degrees.",
    ),
    (
        "Le fossile est vieux de 3,2 millions d'années.",
        "The fossil is 3.2 million years old.",
        "The fossil is 2.3 million years old.",
    ),
    (
        "L'accélérateur mesure 27 km de circonférence.",
        "The accelerator is 27 kilometres around.",
        "The accelerator is 72 kilometres around.",
    ),
    (
        "Le séisme, d'une magnitude de 6,3, s'est produit à 3 h 32.",
        "The magnitude 6.3 quake struck at 3.32am.",
        "The magnitude 6.3 quake struck at 3.23am.",
    ),
    (
        "L'éclipse durera 4 minutes et 20 secondes.",
        "The eclipse will last four minutes twenty seconds.",
        "The eclipse will last four minutes thirty seconds.",
    ),
    (
        "Le laboratoire emploie une centaine de chercheurs.",
        "The laboratory employs around a hundred researchers.",
        "The laboratory employs around a thousand researchers.",
    ),
    (
        "La comète repassera dans 76 ans.",
        "The comet will return in seventy-six years.",
        "The comet will return in sixty-seven years.",
    ),
    (
        "Le lancement est prévu le 14/05/09.",
        "The launch is scheduled for 14 May 2009.",
        "The launch is scheduled for 14 May 2010.",
    ),
    (
        "La capsule a amerri à 17 h 35 GMT.",
        "The capsule splashed down at 17:35 GMT.",
        "The capsule splashed down at 17:53 GMT.",
    ),
    (
        "Le projet a été lancé au début des années 2000.",
        "The project was launched in the early 2000s.",
        "The project was launched in the early 1990s.",
    ),
    (
        "Le glacier a perdu un tiers de sa masse en 50 ans.",
        "The glacier has lost a third of its mass in half a century.",
        "The glacier has lost a third of its mass in 40 years.",
    ),
    (
        "Le film a réuni 1,2 million de spectateurs en première semaine.",
        "The film drew 1.2 million cinema-goers in its first week.",
        "The film drew 2.1 million cinema-goers in its first week.",
    ),
    (
        "Le festival a accueilli 140 000 visiteurs en quatre jours.",
        "The festival welcomed 140,000 visitors over four days.",
        "The festival welcomed 140,000 visitors over five days.",
    ),
    (
        "L'exposition est ouverte de 10 h à 18 h.",
        "The exhibition is open from 10 a.m. to 6 p.m.",
        "The exhibition is open from 10 a.m. to 7 p.m.",
    ),
    (
        "Le tableau a été adjugé 142,4 millions de dollars.",
        "The painting fetched $142.4m.",
        "The painting fetched $124.4m.",
    ),
    (
        "Le film a rapporté 1,1 milliard de dollars dans le monde.",
        "The film grossed $1.1 thousand million worldwide.",
        "The film grossed $1.2 thousand million worldwide.",
    ),
    ("La pièce se joue depuis 1957.", "The play has been running since '57.", "The play has been running since '75."),
    (
        "Le roman s'est vendu à plus de 400 000 exemplaires.",
        "The novel has sold more than 400,000 copies.",
        "The novel has sold more than 300,000 copies.",
    ),
    (
        "Le concert a duré deux heures et quart.",
        "The concert lasted two and a quarter hours.",
        "The concert lasted two and a half hours.",
    ),
    (
        "L'artiste, septuagénaire, prépare son vingtième album.",
        "The artist, in his seventies, is preparing his twentieth album.",
        "The artist, in his sixties, is preparing his twentieth album.",
    ),
    ("La cérémonie débutera à 21 heures.", "The ceremony will begin at 9pm.", "The ceremony will begin at 8pm."),
    (
        "Le musée a reçu 9,7 millions de visiteurs l'an dernier.",
        "The museum received 9.7m visitors last year.",
        "The museum received 7.9m visitors last year.",
    ),
    (
        "La 66e édition du festival s'ouvre mercredi.",
        "The sixty-sixth festival opens on Wednesday.",
        "The sixty-fifth festival opens on Wednesday.",
    ),
    (
        "Le film dure 2 h 49.",
        "The film runs for two hours and 49 minutes.",
        "The film runs for two hours and 39 minutes.",
    ),
    (
        "Les places coûtent entre 35 et 90 euros.",
        "Tickets cost between 35 and 90 euros.",
        "Tickets cost between 35 and 99 euros.",
    ),
    (
        "Le chanteur donnera 12 concerts en 20 jours.",
        "The singer will give a dozen concerts in 20 days.",
        "The singer will give a dozen concerts in 30 days.",
    ),
    ("L'orchestre compte 120 musiciens.", "The orchestra has 120 players.", "The orchestra has 102 players."),
    (
        "Le livre est sorti le 3 septembre 2012.",
        "The book came out on Sept. 3, 2012.",
        "The book came out on Sept. 13, 2012.",
    ),
    (
        "L'œuvre date du XVIIe siècle.",
        "The work dates from the seventeenth century.",
        "The work dates from the eighteenth century.",
    ),
    ("Le film a été tourné en 42 jours.", "The film was shot in six weeks.", "The film was shot in seven weeks."),
    (
        "Le billet le moins cher coûte 7,50 euros.",
        "The cheapest ticket costs €7.50.",
        "The cheapest ticket costs €5.70.",
    ),
    (
        "Le chiffre d'affaires a atteint 2,4 milliards d'euros, en hausse de 5 %.",
        "Revenue reached 2.4 thousand million euros, up 5%.",
        "Revenue reached 2.4 thousand million euros, up 6%.",
    ),
    ("Le bénéfice net a reculé à 850 millions d'euros.", "Net profit fell to €0.85bn.", "Net profit fell to €0.95bn."),
    (
        "Le groupe emploie 12 500 salariés dans 40 pays.",
        "The group employs 12.5k people in 40 countries.",
        "The group employs 15.2k people in 40 countries.",
    ),
    (
        "L'action a bondi de 7,8 % à 23,45 euros.",
        "The shares jumped 7.8 percent to 23.45 euros.",
        "The shares jumped 7.8 percent to 24.35 euros.",
    ),
    (
        "La dette atteint 3,2 milliards d'euros fin 2012.",
        "Debt reached €3.2bn at the end of 2012.",
        "Debt reached €2.3bn at the end of 2012.",
    ),
    (
        "Le groupe a vendu 2,6 millions de véhicules, soit 3 % de plus.",
        "The group sold 2.6 million vehicles, 3 per cent more.",
        "The group sold 2.6 million vehicles, 4 per cent more.",
    ),
    (
        "Le résultat opérationnel a progressé de 12 % à 1,05 milliard.",
        "Operating profit rose 12% to 1.05 thousand million.",
        "Operating profit rose 12% to 1.5 thousand million.",
    ),
    (
        "L'entreprise va supprimer 1 200 postes d'ici 2015.",
        "The company will cut 1 200 jobs by 2015.",
        "The company will cut 2 100 jobs by 2015.",
    ),
    ("La marge brute s'établit à 42,3 %.", "The gross margin stands at 42.3%.", "The gross margin stands at 43.2%."),
    (
        "Les ventes ont atteint 650 millions d'euros au premier trimestre.",
        "Sales reached €650m in the first quarter.",
        "Sales reached €650m in the second quarter.",
    ),
    (
        "Le groupe a racheté son concurrent pour 1,8 milliard de dollars.",
        "The group bought its rival for 1.8 billion dollars.",
        "The group bought its rival for 8.1 billion dollars.",
    ),
    (
        "Le titre a perdu un cinquième de sa valeur depuis janvier.",
        "The stock has lost a fifth of its value since January.",
        "The stock has lost a quarter of its value since January.",
    ),
    (
        "La production a été portée à 1 000 barils par jour.",
        "Output was raised to 1,000 barrels a day.",
        "Output was raised to 10,000 barrels a day.",
    ),
    (
        "Le dividende sera de 1,10 euro par action.",
        "The dividend will be €1.10 a share.",
        "The dividend will be €1.01 a share.",
    ),
    (
        "Les investissements atteindront 20 milliards sur cinq ans.",
        "Investment will reach 20 thousand million over five years.",
        "Investment will reach 20 thousand million over six years.",
    ),
    (
        "Le groupe a réalisé un bénéfice de 4 milliards au premier semestre.",
        "The group made a profit of 4 billion in H1.",
        "The group made a profit of 4 billion in H2.",
    ),
    (
        "L'usine produit 300 voitures par jour et 70 000 par an.",
        "The plant makes 300 cars a day and 70,000 a year.",
        "The plant makes 300 cars a day and 90,000 a year.",
    ),
    (
        "Le PDG touche 2,3 millions d'euros par an.",
        "The chief executive earns 2.3 million euros a year.",
        "The chief executive earns 3.2 million euros a year.",
    ),
    (
        "Les commandes ont augmenté de 15 % en glissement annuel.",
        "Orders were up 15% year on year.",
        "Orders were up 25% year on year.",
    ),
    (
        "La capitalisation boursière dépasse 100 milliards d'euros.",
        "Market capitalisation exceeds a hundred thousand million euros.",
        "Market capitalisation exceeds two hundred thousand million euros.",
    ),
    (
        "Le prix est passé de 1,30 à 1,45 euro.",
        "The price rose from €1.30 to €1.45.",
        "The price rose from €1.30 to €1.54.",
    ),
    (
        "Les effectifs passeront de 8 000 à 6 500 personnes.",
        "The workforce will fall from 8,000 to 6,500.",
        "The workforce will fall from 8,000 to 5,500.",
    ),
    (
        "Le budget passe de 2,1 à 2,4 milliards d'euros.",
        "The budget rises from €2.1bn to €2.4bn.",
        "The budget rises from €2.1bn to €2.7bn.",
    ),
    (
        "Le chômage est passé de 9,8 % à 10,2 %.",
        "Unemployment rose from 9.8 to 10.2 percent.",
        "Unemployment rose from 9.8 to 10.5 percent.",
    ),
    (
        "Le trajet passera de 3 h à 2 h 20.",
        "The journey will be cut from three hours to two hours twenty.",
        "The journey will be cut from three hours to two hours forty.",
    ),
    (
        "Une vingtaine de manifestants ont été interpellés.",
        "Some 20 protesters were arrested.",
        "Some 30 protesters were arrested.",
    ),
    (
        "Plusieurs milliers de personnes ont défilé.",
        "Several thousand people marched.",
        "Several hundred people marched.",
    ),
    (
        "Des dizaines de milliers de foyers ont été privés d'électricité.",
        "Tens of thousands of homes lost power.",
        "Hundreds of thousands of homes lost power.",
    ),
    (
        "Le pont a été inauguré le 14.07.1998.",
        "The bridge was opened on 14 July '98.",
        "The bridge was opened on 14 July '99.",
    ),
    (
        "La loi est entrée en vigueur le 1er janvier 2013.",
        "The law came into force on 01/01/2013.",
        "The law came into force on 01/02/2013.",
    ),
    ("Il est né le 5 mars 1962.", "He was born on 5th March 1962.", "He was born on 6th March 1962."),
    (
        "Le bâtiment fête son centenaire.",
        "The building is celebrating its hundredth anniversary.",
        "The building is celebrating its fiftieth anniversary.",
    ),
    (
        "C'est la troisième fois en quatre ans.",
        "It is the third time in four years.",
        "It is the fifth time in four years.",
    ),
    (
        "La classe de CM1 compte 28 élèves.",
        "The fourth-grade class has 28 pupils.",
        "The fourth-grade class has 26 pupils.",
    ),
    (
        "L'accident a fait trois blessés, dont deux graves.",
        "The accident injured three, two of them seriously.",
        "The accident injured four, two of them seriously.",
    ),
    ("La réunion a duré une demi-heure.", "The meeting lasted thirty minutes.", "The meeting lasted forty minutes."),
    ("Le projet prendra un an et demi.", "The project will take 18 months.", "The project will take 15 months."),
    (
        "Le taux est passé à 0,75 %.",
        "The rate went to three-quarters of a percent.",
        "The rate went to a quarter of a percent.",
    ),
    (
        "Le spectacle commence à 20 h 30 précises.",
        "The show starts at 8:30 p.m. sharp.",
        "The show starts at 8:00 p.m. sharp.",
    ),
    (
        "L'incendie s'est déclaré vers 4 heures du matin.",
        "The fire broke out at about four in the morning.",
        "The fire broke out at about five in the morning.",
    ),
    ("Le couvre-feu commence à minuit.", "The curfew begins at 12 midnight.", "The curfew begins at 11 pm."),
    (
        "Les deux hommes, des quadragénaires, ont été arrêtés.",
        "The two men, both in their forties, were arrested.",
        "The two men, both in their fifties, were arrested.",
    ),
    (
        "Il a gagné 1 million d'euros au loto.",
        "He won a million euros in the lottery.",
        "He won two million euros in the lottery.",
    ),
    (
        "L'entreprise a été fondée il y a 150 ans.",
        "The company was founded a century and a half ago.",
        "The company was founded half a century ago.",
    ),
    (
        "Le nouveau modèle consomme 3,8 litres aux 100 km.",
        "The new model uses 3.8 litres per 100km.",
        "The new model uses 3.8 litres per 150km.",
    ),
    (
        "La réforme concerne 5,5 millions de fonctionnaires.",
        "The reform affects 5.5 million civil servants.",
        "The reform affects 4.5 million civil servants.",
    ),
    (
        "Le taux de TVA passera de 19,6 % à 20 % au 1er janvier 2014.",
        "VAT will rise from 19.6% to 20% on 1/1/14.",
        "VAT will rise from 19.6% to 20% on 1/1/15.",
    ),
    (
        "Il a passé vingt-quatre heures bloqué dans l'ascenseur.",
        "He spent a full day trapped in the lift.",
        "He spent two days trapped in the lift.",
    ),
    (
        "La réunion se tiendra le mardi 8 janvier à 14 h 30.",
        "The meeting will be held on Tuesday January 8 at 2:30 pm.",
        "The meeting will be held on Tuesday January 8 at 3:30 pm.",
    ),
    (
        "Le sommet a eu lieu les 28 et 29 juin.",
        "The summit took place on June 28-29.",
        "The summit took place on June 27-28.",
    ),
    (
        "L'État a injecté 3 milliards d'euros dans la banque.",
        "The state injected 3,000 million euros into the bank.",
        "The state injected 4,000 million euros into the bank.",
    ),
    (
        "Le plan de relance atteint 26 milliards.",
        "The stimulus plan reaches 26 thousand millions.",
        "The stimulus plan reaches 28 thousand millions.",
    ),
    (
        "La fraude coûterait un milliard d'euros par an.",
        "Fraud is said to cost a thousand million euros a year.",
        "Fraud is said to cost a hundred million euros a year.",
    ),
    (
        "Le groupe a levé 1,5 milliard de livres.",
        "The group raised £1,500 million.",
        "The group raised £1,600 million.",
    ),
    (
        "Les exportations ont atteint 7,2 milliards de dollars.",
        "Exports reached US$7.2 thousand million.",
        "Exports reached US$7.5 thousand million.",
    ),
    ("Le bateau, un quatre-mâts, a coulé.", "The boat, a four-master, sank.", "The boat, a three-master, sank."),
    (
        "Une fillette de trois ans a été retrouvée saine et sauve.",
        "A three-year-old girl was found safe and well.",
        "A four-year-old girl was found safe and well.",
    ),
    (
        "Les jumeaux sont nés à deux minutes d'intervalle.",
        "The twins were born two minutes apart.",
        "The twins were born three minutes apart.",
    ),
    (
        "Un sexagénaire a été tué dans l'accident.",
        "A man in his sixties was killed in the accident.",
        "A man in his fifties was killed in the accident.",
    ),
    ("Le prix a triplé en dix ans.", "The price has tripled in a decade.", "The price has doubled in a decade."),
    ("Une douzaine d'œufs coûte 2,50 euros.", "A dozen eggs costs €2.50.", "A dozen eggs costs €3.50."),
    (
        "Le trio de tête est séparé par 5 points.",
        "The top three are separated by five points.",
        "The top three are separated by four points.",
    ),
    (
        "Le quadruple champion du monde a annoncé sa retraite.",
        "The four-time world champion announced his retirement.",
        "The five-time world champion announced his retirement.",
    ),
    (
        "L'élève de sixième a été exclu trois jours.",
        "The sixth-grade pupil was suspended for three days.",
        "The sixth-grade pupil was suspended for four days.",
    ),
    (
        "Le bimoteur s'est posé en urgence.",
        "The twin-engine plane made an emergency landing.",
        "The four-engine plane made an emergency landing.",
    ),
    ("Le couple a eu des quintuplés.", "The couple had quintuplets.", None),
    (
        "Il fête ses quatre-vingt-dix ans.",
        "He is celebrating his 90th birthday.",
        "He is celebrating his 80th birthday.",
    ),
    (
        "Le train arrivera à 8 h 45.",
        "The train will arrive at a quarter to nine.",
        "The train will arrive at a quarter past nine.",
    ),
    (
        "L'attaque a eu lieu vers 19 h 20.",
        "The attack took place at around twenty past seven in the evening.",
        "The attack took place at around twenty to seven in the evening.",
    ),
    ("Le magasin ouvre à 9 h 00.", "The shop opens at 0900.", "The shop opens at 0930."),
    ("L'explosion s'est produite à 13 h 15.", "The explosion happened at 1315.", "The explosion happened at 1345."),
    (
        "Le sommet s'ouvre à 10 h heure locale.",
        "The summit opens at 10h local time.",
        "The summit opens at 11h local time.",
    ),
    ("La marée haute est prévue à 6 h 12.", "High tide is expected at 06h12.", "High tide is expected at 06h21."),
    ("Les bureaux ferment à midi.", "The offices close at 12 noon.", "The offices close at 1 pm."),
    ("Le vol atterrit à 0 h 40.", "The flight lands at 12.40am.", "The flight lands at 1.40am."),
    (
        "Le direct commence à 18 heures.",
        "The live broadcast starts at 6 o'clock.",
        "The live broadcast starts at 7 o'clock.",
    ),
    ("Les négociations ont duré 15 jours.", "The talks lasted a fortnight.", "The talks lasted a week."),
    ("L'opération a duré une heure et demie.", "The operation lasted 90 minutes.", "The operation lasted 80 minutes."),
    ("Il est resté deux jours sans manger.", "He went 48 hours without food.", "He went 72 hours without food."),
    (
        "Le concert de 3 h 15 a enthousiasmé le public.",
        "The three-and-a-quarter-hour concert delighted the audience.",
        "The three-and-a-half-hour concert delighted the audience.",
    ),
    ("La grève a duré trois semaines.", "The strike lasted 21 days.", "The strike lasted 28 days."),
    ("La panne a duré 2 h 30.", "The outage lasted 2.5 hours.", "The outage lasted 3.5 hours."),
    (
        "Le chantier durera 18 mois.",
        "The works will take a year and a half.",
        "The works will take two and a half years.",
    ),
    (
        "Le chômage touche 3 254 300 personnes.",
        "Unemployment affects 3254300 people.",
        "Unemployment affects 3245300 people.",
    ),
    ("Le taux atteint 4,5 %.", "The rate reaches 4.5 %.", "The rate reaches 5.4 %."),
    ("Le prix est de 45 €.", "The price is 45 EUR.", "The price is 54 EUR."),
    ("La commune compte 12 000 habitants.", "The town has 12 000 inhabitants.", "The town has 21 000 inhabitants."),
    ("Le projet coûte 1 500 000 euros.", "The project costs EUR 1.5 million.", "The project costs EUR 1.6 million."),
    ("La somme s'élève à 25 000 dollars.", "The sum amounts to US$ 25,000.", "The sum amounts to US$ 52,000."),
    ("Le chiffre est de 10 000.", "The figure is 10.000.", "The figure is 100.000."),
    (
        "Le traité a été signé le 15 mars 2012.",
        "The treaty was signed on 2012-03-15.",
        "The treaty was signed on 2012-03-16.",
    ),
    ("La date limite est fixée au 31 mai.", "The deadline is 31/5.", "The deadline is 30/5."),
    (
        "Les élections auront lieu en mars 2014.",
        "The elections will be held in March '14.",
        "The elections will be held in March '15.",
    ),
    ("Il est décédé le 2 août 2012.", "He died on 2.8.2012.", "He died on 3.8.2012."),
    ("La crise a commencé à l'automne 2008.", "The crisis began in autumn 08.", "The crisis began in autumn 09."),
    (
        "Le 11 septembre 2001, près de 3 000 personnes sont mortes.",
        "On 9/11/01, nearly 3,000 people died.",
        "On 9/12/01, nearly 3,000 people died.",
    ),
    (
        "Les prix varient de 3 à 5 millions d'euros.",
        "Prices range from 3 to 5 million euros.",
        "Prices range from 3 to 6 million euros.",
    ),
    ("La hausse sera de 20 à 25 %.", "The rise will be 20 to 25 per cent.", "The rise will be 20 to 30 per cent."),
    (
        "Le coût est estimé entre 3 et 4 milliards.",
        "The cost is put at between 3 and 4 billion.",
        "The cost is put at between 3 and 5 billion.",
    ),
    (
        "Les salaires vont de 1 500 à 2 000 euros.",
        "Salaries range from 1,500 to 2,000 euros.",
        "Salaries range from 1,500 to 2,500 euros.",
    ),
    (
        "Il faudra entre 2 et 3 heures de route.",
        "It will take two to three hours by road.",
        "It will take two to four hours by road.",
    ),
    (
        "La température variera entre 15 et 20 degrés.",
        "Temperatures will range from 15 to 20C.",
        "Temperatures will range from 15 to 25C.",
    ),
    (
        "Le déficit est passé de 5,2 % à 4,8 % du PIB.",
        "The deficit fell from 5.2 to 4.8% of GDP.",
        "The deficit fell from 5.2 to 4.5% of GDP.",
    ),
    (
        "Le Real affrontera Dortmund en demi-finale.",
        "Real will face Dortmund in the last four.",
        "Real will face Dortmund in the last eight.",
    ),
    (
        "Les Bleus ont été éliminés en quarts.",
        "France went out in the last eight.",
        "France went out in the last sixteen.",
    ),
    ("Il a marqué en seconde période.", "He scored in the second half.", "He scored in the first half."),
    (
        "Le match s'est joué en prolongation après un 1-1.",
        "The match went to extra time after 1-1.",
        "The match went to extra time after 2-2.",
    ),
    ("Nadal s'est incliné au troisième set.", "Nadal lost in the third set.", "Nadal lost in the fourth set."),
    (
        "Il a été éliminé en seizièmes de finale.",
        "He was knocked out in the last 32.",
        "He was knocked out in the last 16.",
    ),
    (
        "Les Canadiens ont marqué trois buts dans le deuxième tiers.",
        "The Canadiens scored three goals in the second period.",
        "The Canadiens scored three goals in the first period.",
    ),
    ("Le match aller s'est soldé par un 2-0.", "The first leg ended 2-0.", "The first leg ended 3-0."),
    (
        "Une trentaine de personnes ont été évacuées.",
        "Around 30 people were evacuated.",
        "Around 40 people were evacuated.",
    ),
    (
        "Quelque 200 policiers ont été mobilisés.",
        "Roughly two hundred police officers were deployed.",
        "Roughly three hundred police officers were deployed.",
    ),
    (
        "Des centaines de milliers de personnes ont manifesté.",
        "Hundreds of thousands of people demonstrated.",
        "Tens of thousands of people demonstrated.",
    ),
    (
        "Un millier de personnes étaient présentes.",
        "Some one thousand people attended.",
        "Some two thousand people attended.",
    ),
    ("Une cinquantaine de pays ont signé.", "About 50 countries have signed.", "About 15 countries have signed."),
    (
        "Une soixantaine de salariés sont concernés.",
        "Some sixty employees are affected.",
        "Some seventy employees are affected.",
    ),
    (
        "Les ventes ont progressé de 4 % au premier semestre.",
        "Sales rose 4% in the first six months.",
        "Sales rose 4% in the first nine months.",
    ),
    ("Le résultat semestriel est en baisse de 8 %.", "Half-year profit is down 8%.", "Half-year profit is down 9%."),
    (
        "Le groupe a réalisé les trois quarts de ses ventes à l'étranger.",
        "The group made 75% of its sales abroad.",
        "The group made 65% of its sales abroad.",
    ),
    (
        "Un Français sur deux part en vacances.",
        "Half of French people go on holiday.",
        "A third of French people go on holiday.",
    ),
    ("Il a parcouru 2,5 km.", "He covered two and a half kilometres.", "He covered three and a half kilometres."),
    ("Le prix a augmenté de 50 %.", "The price has risen by half.", "The price has risen by a third."),
    ("Les bénéfices du second semestre ont chuté.", "Second-half profits fell.", "First-half profits fell."),
    ("Il s'est classé 21e.", "He finished 21st.", "He finished 22nd."),
    ("C'est le numéro un mondial.", "He is the world number one.", "He is the world number two."),
    (
        "Elle a terminé deuxième derrière l'Américaine.",
        "She was runner-up to the American.",
        "She was third behind the American.",
    ),
    (
        "Le Français occupe la 3e place du classement ATP.",
        "The Frenchman is ranked No. 3 in the ATP rankings.",
        "The Frenchman is ranked No. 4 in the ATP rankings.",
    ),
    (
        "C'est la 100e victoire de sa carrière.",
        "It is the hundredth win of his career.",
        "It is the thousandth win of his career.",
    ),
    (
        "Le club, quatrième du championnat, reçoit le leader.",
        "The fourth-placed club hosts the leaders.",
        "The fifth-placed club hosts the leaders.",
    ),
    (
        "Le navire a sombré lors de son premier voyage.",
        "The ship sank on her maiden voyage.",
        "The ship sank on her second voyage.",
    ),
    (
        "Le bilan s'élève à 2 milliards 300 millions d'euros.",
        "The bill comes to 2,300 million euros.",
        "The bill comes to 3,200 million euros.",
    ),
    (
        "Le fonds gère 450 milliards de dollars.",
        "The fund manages $450 thousand million.",
        "The fund manages $540 thousand million.",
    ),
    ("La Chine a investi 0,8 milliard.", "China invested 800 million.", "China invested 900 million."),
    (
        "Le tireur, un trentenaire, a été interpellé.",
        "The gunman, a man in his thirties, was arrested.",
        "The gunman, a man in his forties, was arrested.",
    ),
    (
        "Une adolescente de 16 ans a disparu.",
        "A sixteen-year-old girl has gone missing.",
        "A fifteen-year-old girl has gone missing.",
    ),
    ("Le tandem a gagné la course.", "The pair won the race.", None),
    ("La maison de trois étages a brûlé.", "The three-storey house burned down.", "The two-storey house burned down."),
    ("Le réacteur numéro 4 a été arrêté.", "Reactor No 4 was shut down.", "Reactor No 3 was shut down."),
    ("Le contrat court sur une décennie.", "The contract runs for ten years.", "The contract runs for twelve years."),
    (
        "La séance a été levée à 23 h 59.",
        "The sitting was adjourned at one minute to midnight.",
        "The sitting was adjourned at two minutes to midnight.",
    ),
    ("Le match débute à 21 h.", "Kick-off is at 9 o'clock.", "Kick-off is at 8 o'clock."),
    ("Le sprint a duré 9,58 secondes.", "The sprint lasted 9.58 sec.", "The sprint lasted 9.85 sec."),
    (
        "L'attente a duré 1 h 45.",
        "The wait lasted an hour and three quarters.",
        "The wait lasted two hours and three quarters.",
    ),
    ("Le film dure 1 h 30.", "The film is 90 mins long.", "The film is 95 mins long."),
    ("Ils ont marché 36 heures.", "They walked for a day and a half.", "They walked for two and a half days."),
    ("Le prix atteint 1.250 euros.", "The price reaches 1,250 euros.", "The price reaches 1,520 euros."),
    ("Le salaire est de 2 500 € brut.", "The salary is €2 500 gross.", "The salary is €2 800 gross."),
    ("La population est de 65,8 millions.", "The population is 65.8 mn.", "The population is 68.5 mn."),
    ("Les recettes ont atteint 12 M€.", "Revenue reached 12 million euros.", "Revenue reached 21 million euros."),
    (
        "La date du 25/12/2012 a été retenue.",
        "The date of Dec 25, 2012 was chosen.",
        "The date of Dec 24, 2012 was chosen.",
    ),
    (
        "L'accord a été signé le 3 juillet 2011.",
        "The agreement was signed on July 3rd, '11.",
        "The agreement was signed on July 3rd, '12.",
    ),
    (
        "Le délai court jusqu'au 30 juin 2013.",
        "The deadline runs until end-June 2013.",
        "The deadline runs until end-July 2013.",
    ),
    ("Le scrutin a eu lieu le 22 avril 2012.", "The vote took place on 22.4.12.", "The vote took place on 23.4.12."),
    (
        "Les ventes sont passées de 20 à 30 millions d'unités.",
        "Sales went from 20 to 30 million units.",
        "Sales went from 20 to 35 million units.",
    ),
    ("Il a perdu entre 5 et 10 kilos.", "He lost between five and 10 kilos.", "He lost between five and 15 kilos."),
    (
        "Les prix oscillent entre 100 et 150 dollars le baril.",
        "Prices swing between $100 and 150 a barrel.",
        "Prices swing between $100 and 160 a barrel.",
    ),
    ("Les Bleus se sont qualifiés pour les demies.", "France reached the semis.", "France reached the last eight."),
    (
        "Le but est tombé en fin de première mi-temps.",
        "The goal came at the end of the first half.",
        "The goal came at the end of the second half.",
    ),
    ("Il a abandonné au 4e round.", "He retired in round four.", "He retired in round five."),
    (
        "Le Canadien a gagné au 18e trou.",
        "The Canadian won at the eighteenth hole.",
        "The Canadian won at the seventeenth hole.",
    ),
    (
        "Quelques dizaines de personnes ont été blessées.",
        "A few dozen people were injured.",
        "A few hundred people were injured.",
    ),
    (
        "La foule comptait environ 5 000 personnes.",
        "The crowd numbered roughly five thousand.",
        "The crowd numbered roughly six thousand.",
    ),
    (
        "Les dégâts sont estimés à près de 1 million d'euros.",
        "Damage is put at close to €1m.",
        "Damage is put at close to €2m.",
    ),
    (
        "Le chômage a atteint 10,5 % au dernier trimestre 2012.",
        "Unemployment reached 10.5% in Q4 2012.",
        "Unemployment reached 10.5% in Q3 2012.",
    ),
    ("Les profits ont doublé au premier semestre 2012.", "Profits doubled in H1 2012.", "Profits doubled in H2 2012."),
    (
        "Le vote a recueilli les trois cinquièmes des voix.",
        "The vote won three-fifths of the ballots.",
        "The vote won two-fifths of the ballots.",
    ),
    ("Un quart d'heure a suffi.", "Fifteen minutes were enough.", "Twenty minutes were enough."),
    (
        "Il est arrivé bon dernier, 40e.",
        "He came in last, in fortieth place.",
        "He came in last, in forty-first place.",
    ),
    ("Elle a remporté la médaille de bronze.", "She won the bronze medal.", None),
    (
        "C'est la deuxième économie mondiale.",
        "It is the world's second-largest economy.",
        "It is the world's third-largest economy.",
    ),
    (
        "L'Allemand est le numéro deux du tennis mondial.",
        "The German is world number two.",
        "The German is world number three.",
    ),
    (
        "Le film est le 3e plus gros succès de l'année.",
        "The film is the year's third biggest hit.",
        "The film is the year's fourth biggest hit.",
    ),
    (
        "Les recettes ont atteint 500 millions de dollars aux États-Unis et 1,2 milliard dans le monde.",
        "It took $500m in the US and $1.2bn worldwide.",
        "It took $500m in the US and $2.1bn worldwide.",
    ),
    (
        "Le groupe a perdu 4,7 milliards de dollars, soit 3,5 milliards d'euros.",
        "The group lost 4.7 billion dollars, or 3.5 billion euros.",
        "The group lost 4.7 billion dollars, or 3.7 billion euros.",
    ),
    ("La barre des 10 000 points a été franchie.", "The 10k mark was passed.", "The 20k mark was passed."),
    ("La superficie est de 2 400 km².", "The area is 2,400 square kilometres.", "The area is 4,200 square kilometres."),
    ("L'incendie a ravagé 1 500 ha.", "The fire destroyed 1,500 hectares.", "The fire destroyed 1,800 hectares."),
    ("Il a plu pendant 40 jours.", "It rained for forty days.", "It rained for fourteen days."),
    (
        "Les réserves de change atteignent 3 300 milliards de dollars.",
        "Foreign exchange reserves reach 3.3 million million dollars.",
        "Foreign exchange reserves reach 3.5 million million dollars.",
    ),
    (
        "La dette publique dépasse 1 800 milliards d'euros.",
        "Public debt exceeds 1,800 thousand million euros.",
        "Public debt exceeds 1,900 thousand million euros.",
    ),
    (
        "Le budget de la défense est de 31,4 milliards.",
        "The defence budget is 31.4 thousand million.",
        "The defence budget is 34.1 thousand million.",
    ),
    (
        "La banque a provisionné 2 milliards et demi.",
        "The bank set aside two and a half thousand million.",
        "The bank set aside three and a half thousand million.",
    ),
    (
        "Un homme d'une cinquantaine d'années a été blessé.",
        "A man in his fifties was injured.",
        "A man in his sixties was injured.",
    ),
    (
        "La nonagénaire vivait seule.",
        "The woman in her nineties lived alone.",
        "The woman in her eighties lived alone.",
    ),
    ("Le monoplace a pris feu.", "The single-seater caught fire.", "The two-seater caught fire."),
    ("Le quinquennat s'achève en 2017.", "The five-year term ends in 2017.", "The five-year term ends in 2018."),
    ("Le septennat a été réduit.", "The seven-year term was shortened.", "The five-year term was shortened."),
    (
        "Le triple vainqueur du Tour a chuté.",
        "The three-time Tour winner crashed.",
        "The four-time Tour winner crashed.",
    ),
    (
        "Un bébé de six mois a été hospitalisé.",
        "A six-month-old baby was taken to hospital.",
        "A seven-month-old baby was taken to hospital.",
    ),
    (
        "Le décollage est prévu à 6 h 05.",
        "Take-off is scheduled for five past six.",
        "Take-off is scheduled for ten past six.",
    ),
    (
        "Le dernier métro part à 0 h 30.",
        "The last metro leaves at half past midnight.",
        "The last metro leaves at half past one.",
    ),
    ("L'alerte a été levée à 18 h 00.", "The alert was lifted at 6:00 pm.", "The alert was lifted at 7:00 pm."),
    (
        "Le marathon a été couru en 2 h 03 min 38 s.",
        "The marathon was run in 2hr 3min 38sec.",
        "The marathon was run in 2hr 3min 48sec.",
    ),
    (
        "La visite a duré une vingtaine de minutes.",
        "The visit lasted about 20 mins.",
        "The visit lasted about 40 mins.",
    ),
    (
        "Le procès a duré trois mois et demi.",
        "The trial lasted three and a half months.",
        "The trial lasted four and a half months.",
    ),
    ("Le taux de chômage atteint 11 pour cent.", "The jobless rate reaches 11%.", "The jobless rate reaches 12%."),
    ("L'inflation ressort à 1,3 % sur un an.", "Inflation came in at 1,3% year on year.", None),
    ("Le record est de 2 minutes 2 secondes.", "The record is 2 min 2 sec.", "The record is 2 min 20 sec."),
    (
        "La bourse a gagné 120 points à 3 752,10.",
        "The stock market gained 120 points to 3752.10.",
        "The stock market gained 120 points to 3725.10.",
    ),
    ("Le film est sorti le 9 mai 2012.", "The film came out on May 9 2012.", "The film came out on May 19 2012."),
    (
        "La grève est prévue les 13 et 14 décembre.",
        "The strike is planned for December 13th and 14th.",
        "The strike is planned for December 13th and 15th.",
    ),
    (
        "Il a été arrêté le 1er mai 2011 à 3 h du matin.",
        "He was arrested at 3am on 1 May, 2011.",
        "He was arrested at 3am on 1 May, 2012.",
    ),
    (
        "Le festival se tient du 15 au 24 mai 2013.",
        "The festival runs from 15-24 May 2013.",
        "The festival runs from 15-25 May 2013.",
    ),
    ("Le chiffre d'affaires a crû de 3 % à 4 %.", "Turnover grew by 3 to 4%.", "Turnover grew by 3 to 5%."),
    (
        "La croissance sera comprise entre 0,5 et 1 %.",
        "Growth will be between 0.5 and 1 per cent.",
        "Growth will be between 0.5 and 1.5 per cent.",
    ),
    (
        "Il a gagné 50 000 euros en 2011 et 60 000 en 2012.",
        "He earned €50,000 in 2011 and 60,000 in 2012.",
        "He earned €50,000 in 2011 and 70,000 in 2012.",
    ),
    (
        "Les Bleus se sont qualifiés pour les seizièmes de finale.",
        "France qualified for the last 32.",
        "France qualified for the last 16.",
    ),
    ("Il a été éliminé dès le premier tour.", "He went out in the opening round.", None),
    ("À la pause, Lille menait deux buts à zéro.", "At the break, Lille led 2-0.", "At the break, Lille led 3-0."),
    (
        "Le match a basculé dans le dernier quart d'heure.",
        "The match turned in the last fifteen minutes.",
        "The match turned in the last five minutes.",
    ),
    ("Il a gagné la finale en trois manches.", "He won the final in three sets.", "He won the final in four sets."),
    ("Bordeaux a fini à la 7e place.", "Bordeaux finished seventh.", "Bordeaux finished eighth."),
    (
        "Près d'un demi-million de spectateurs ont vu le film.",
        "Nearly 500,000 people saw the film.",
        "Nearly 600,000 people saw the film.",
    ),
    (
        "Plus d'un millier de manifestants se sont rassemblés.",
        "More than 1,000 protesters gathered.",
        "More than 2,000 protesters gathered.",
    ),
    (
        "Une quarantaine de personnes ont été entendues.",
        "Some forty people were questioned.",
        "Some fifty people were questioned.",
    ),
    (
        "Les deux tiers des sondés approuvent.",
        "Sixty-six per cent of those polled approve.",
        "Fifty-six per cent of those polled approve.",
    ),
    (
        "Un Français sur trois est concerné.",
        "A third of French people are affected.",
        "A quarter of French people are affected.",
    ),
    ("La part de marché atteint un cinquième.", "The market share reaches 20%.", "The market share reaches 25%."),
    ("Les ventes ont chuté au cours des six premiers mois de l'année.", "Sales fell in the first half.", None),
    (
        "Il a obtenu la mention très bien, avec 18,5 sur 20.",
        "He graduated with highest honours, with 18.5 out of 20.",
        "He graduated with highest honours, with 17.5 out of 20.",
    ),
    (
        "Il est le benjamin de l'Assemblée, à 24 ans.",
        "He is the youngest member of parliament, aged twenty-four.",
        "He is the youngest member of parliament, aged twenty-five.",
    ),
    ("C'est son 3e titre mondial.", "It is his third world title.", "It is his fourth world title."),
    ("Elle a terminé 1re ex aequo.", "She finished joint first.", "She finished joint second."),
    (
        "Le PSG est 2e à trois points de Lille.",
        "PSG are second, three points behind Lille.",
        "PSG are fourth, three points behind Lille.",
    ),
    ("Le 21e siècle sera asiatique.", "The 21st century will be Asian.", "The 22nd century will be Asian."),
    (
        "Les années 1990 ont été marquées par la crise.",
        "The nineties were marked by the crisis.",
        "The eighties were marked by the crisis.",
    ),
    ("La vitesse maximale est de 320 km/h.", "Top speed is 320 km per hour.", "Top speed is 300 km per hour."),
    (
        "Le déficit commercial a atteint 67 milliards d'euros.",
        "The trade deficit hit 67,000 million euros.",
        "The trade deficit hit 76,000 million euros.",
    ),
    (
        "Le groupe vise 5 milliards de chiffre d'affaires.",
        "The group is targeting five thousand millions in revenue.",
        "The group is targeting six thousand millions in revenue.",
    ),
    ("Le trimoteur a été restauré.", "The three-engined plane was restored.", "The two-engined plane was restored."),
    ("Le bateau à deux coques a chaviré.", "The twin-hulled boat capsized.", None),
    (
        "La triple championne olympique a pris sa retraite.",
        "The triple Olympic champion has retired.",
        "The four-time Olympic champion has retired.",
    ),
    (
        "Le quadragénaire a été mis en examen.",
        "The man, in his forties, was charged.",
        "The man, in his thirties, was charged.",
    ),
    (
        "La fillette, âgée de 8 ans, est en CE2.",
        "The eight-year-old girl is in third grade.",
        "The eight-year-old girl is in fourth grade.",
    ),
    ("Le doublé coupe-championnat est historique.", "The league and cup double is historic.", None),
    (
        "La rencontre débutera à 15 h 00 précises.",
        "The match will start at 3 p.m. sharp.",
        "The match will start at 4 p.m. sharp.",
    ),
    (
        "Rendez-vous à 12 h 30 devant la mairie.",
        "Meet at half past twelve outside the town hall.",
        "Meet at half past one outside the town hall.",
    ),
    (
        "L'accident s'est produit vers 2 h 45 du matin.",
        "The accident happened at about 2.45 in the morning.",
        "The accident happened at about 3.45 in the morning.",
    ),
    (
        "Le direct est prévu à 19 h 55.",
        "The live broadcast is scheduled for 7.55 p.m.",
        "The live broadcast is scheduled for 7.45 p.m.",
    ),
    ("Il a fait le trajet en 4 h 12.", "He made the journey in 4hrs 12mins.", "He made the journey in 4hrs 21mins."),
    (
        "La réunion a duré 2 h 40.",
        "The meeting lasted two hours forty minutes.",
        "The meeting lasted two hours fifty minutes.",
    ),
    ("Le vol dure 11 heures.", "The flight takes 11 hrs.", "The flight takes 12 hrs."),
    ("Le service reprendra dans 72 heures.", "Service will resume in three days.", "Service will resume in four days."),
    ("Le prix est de 1 234,56 euros.", "The price is EUR 1,234.56.", "The price is EUR 1,243.56."),
    ("Le chiffre atteint 2,5 %.", "The figure reaches 2.5 per cent.", "The figure reaches 3.5 per cent."),
    ("Les effectifs s'élèvent à 100 000 hommes.", "Troop numbers stand at 100 000.", "Troop numbers stand at 10 000."),
    ("Le compteur affiche 999 999 kilomètres.", "The counter shows 999,999 km.", "The counter shows 99,999 km."),
    (
        "La manifestation est prévue le 23/03.",
        "The protest is planned for March 23.",
        "The protest is planned for March 25.",
    ),
    ("Il a été libéré le 10.10.2012.", "He was freed on October 10, 2012.", "He was freed on October 11, 2012."),
    ("Le décret date du 1er juillet 2012.", "The decree dates from July 1 '12.", "The decree dates from July 2 '12."),
    ("La loi de 2005 a été abrogée.", "The '05 law was repealed.", "The '06 law was repealed."),
    ("Le contrat court de 2013 à 2015.", "The contract runs from 2013-15.", "The contract runs from 2013-16."),
    ("La TVA passera de 7 à 10 %.", "VAT will rise from 7 to 10 pc.", "VAT will rise from 7 to 12 pc."),
    (
        "Le titre a fluctué entre 12 et 14 euros.",
        "The stock traded between 12 and 14 euros.",
        "The stock traded between 12 and 15 euros.",
    ),
    (
        "Les loyers vont de 500 à 800 euros par mois.",
        "Rents range from €500-800 a month.",
        "Rents range from €500-900 a month.",
    ),
    (
        "Les prix ont progressé de 2 à 3 points.",
        "Prices rose by two to three points.",
        "Prices rose by two to four points.",
    ),
    (
        "Il a marqué à la 12e et à la 78e minute.",
        "He scored in the 12th and 78th minutes.",
        "He scored in the 12th and 87th minutes.",
    ),
    (
        "Le Bayern a gagné aux tirs au but après un 1-1.",
        "Bayern won on penalties after a 1-1 draw.",
        "Bayern won on penalties after a 2-2 draw.",
    ),
    (
        "Le boxeur a gagné par KO au 3e round.",
        "The boxer won by a knockout in the third.",
        "The boxer won by a knockout in the fourth.",
    ),
    (
        "Il a été éliminé au 2e tour des qualifications.",
        "He went out in the second qualifying round.",
        "He went out in the third qualifying round.",
    ),
    (
        "Les Lakers ont gagné 102 à 98 après prolongation.",
        "The Lakers won 102-98 in overtime.",
        "The Lakers won 102-96 in overtime.",
    ),
    (
        "Il a réussi un triplé en 20 minutes.",
        "He scored a hat-trick in 20 minutes.",
        "He scored a hat-trick in 25 minutes.",
    ),
    ("Une centaine de maisons ont été inondées.", "Around 100 homes were flooded.", "Around 200 homes were flooded."),
    (
        "Quelque 10 000 spectateurs étaient présents.",
        "Some ten thousand spectators were there.",
        "Some twenty thousand spectators were there.",
    ),
    (
        "Moins d'une dizaine de cas ont été signalés.",
        "Fewer than ten cases were reported.",
        "Fewer than twenty cases were reported.",
    ),
    ("Un demi-million de réfugiés ont fui.", "Half a million refugees have fled.", "A million refugees have fled."),
    (
        "La moitié des 40 salariés a été licenciée.",
        "Half of the 40 employees were laid off.",
        "Half of the 50 employees were laid off.",
    ),
    (
        "Les trois quarts du budget sont consommés.",
        "Three-quarters of the budget has been used.",
        "Two-thirds of the budget has been used.",
    ),
    (
        "Un tiers des communes sont concernées.",
        "One in three municipalities is affected.",
        "One in four municipalities is affected.",
    ),
    (
        "Le résultat du premier semestre 2013 est attendu en juillet.",
        "H1 2013 results are due in July.",
        "H2 2013 results are due in July.",
    ),
    (
        "Le club est relégué après 30 ans en première division.",
        "The club is relegated after 30 years in the top flight.",
        "The club is relegated after 40 years in the top flight.",
    ),
    ("C'est la 2e fois cette saison.", "It is the second time this season.", "It is the third time this season."),
    (
        "Le pays est le 5e exportateur mondial.",
        "The country is the world's fifth-biggest exporter.",
        "The country is the world's sixth-biggest exporter.",
    ),
    ("Il a fêté ses 100 ans.", "He turned a hundred.", "He turned ninety."),
    ("Le match s'est terminé sur le score de 2 à 2.", "The game finished two-all.", "The game finished three-all."),
    ("Les deux équipes se sont séparées sur un 1-1.", "The sides drew one-one.", "The sides drew two-two."),
    ("Monaco s'est imposé 3-0.", "Monaco won three-nil.", "Monaco won four-nil."),
    (
        "Le tribunal a infligé une amende de 75 000 euros.",
        "The court imposed a €75k fine.",
        "The court imposed a €57k fine.",
    ),
    ("La peine de 5 ans a été confirmée.", "The five-year term was upheld.", "The six-year term was upheld."),
    (
        "L'avocat a plaidé pendant deux heures et demie.",
        "The lawyer pleaded for two and a half hours.",
        "The lawyer pleaded for three and a half hours.",
    ),
    (
        "Le sondage Ifop crédite le candidat de 28,5 %.",
        "The Ifop poll puts the candidate at 28.5pc.",
        "The Ifop poll puts the candidate at 25.8pc.",
    ),
    (
        "Le taux de participation est en baisse de 4 points.",
        "Turnout is down four percentage points.",
        "Turnout is down five percentage points.",
    ),
    (
        "Le département compte 1,2 million d'électeurs inscrits.",
        "The department has 1.2mn registered voters.",
        "The department has 2.1mn registered voters.",
    ),
    (
        "Le navire de 300 mètres a été lancé en 2010.",
        "The 300-metre ship was launched in 2010.",
        "The 300-metre ship was launched in 2011.",
    ),
    (
        "Le prochain bus passe dans un quart d'heure.",
        "The next bus comes in 15 mins.",
        "The next bus comes in 25 mins.",
    ),
    (
        "La rame de 8 h 12 est en retard de 20 minutes.",
        "The 08:12 train is 20 minutes late.",
        "The 08:21 train is 20 minutes late.",
    ),
    (
        "Le Paris-Lyon mettra moins de deux heures.",
        "Paris-Lyon will take under 2 hours.",
        "Paris-Lyon will take under 3 hours.",
    ),
    (
        "La grippe a touché 2,5 millions de personnes.",
        "Flu affected two and a half million people.",
        "Flu affected three and a half million people.",
    ),
    (
        "Un patient sur dix contracte une infection.",
        "One patient in 10 catches an infection.",
        "One patient in 20 catches an infection.",
    ),
    ("Le taux de vaccination atteint 48 %.", "The vaccination rate is close to half.", None),
    ("L'hôpital compte 1 100 lits.", "The hospital has 1.100 beds.", "The hospital has 1.300 beds."),
    (
        "Le pavillon de 120 m² s'est vendu 310 000 euros.",
        "The 120-square-metre house sold for €310,000.",
        "The 120-square-metre house sold for €301,000.",
    ),
    (
        "Les prix ont grimpé de 7 % en 2011.",
        "Prices climbed seven percent in 2011.",
        "Prices climbed eight percent in 2011.",
    ),
    ("Le terrain fait 2 500 mètres carrés.", "The plot is 2,500 sq metres.", "The plot is 5,200 sq metres."),
    (
        "La sonde a atteint Mars après 253 jours de voyage.",
        "The probe reached Mars after a 253-day journey.",
        "The probe reached Mars after a 235-day journey.",
    ),
    (
        "Le télescope observe à 13 milliards d'années-lumière.",
        "The telescope looks 13 billion light-years away.",
        "The telescope looks 31 billion light-years away.",
    ),
    (
        "Le satellite orbite à 36 000 km d'altitude.",
        "The satellite orbits at an altitude of 36,000km.",
        "The satellite orbits at an altitude of 63,000km.",
    ),
    (
        "La fusée Ariane 5 a réussi son 55e lancement consécutif.",
        "The Ariane 5 rocket made its 55th straight successful launch.",
        "The Ariane 5 rocket made its 56th straight successful launch.",
    ),
    (
        "Le film a attiré 19,4 millions de spectateurs en France.",
        "The film drew 19.4 million viewers in France.",
        "The film drew 14.9 million viewers in France.",
    ),
    (
        "L'album s'est écoulé à 2 millions d'exemplaires.",
        "The album sold two million copies.",
        "The album sold three million copies.",
    ),
    (
        "Le spectacle a fait salle comble dix soirs de suite.",
        "The show sold out ten nights running.",
        "The show sold out eleven nights running.",
    ),
    (
        "La 85e cérémonie des Oscars a lieu dimanche.",
        "The 85th Academy Awards take place on Sunday.",
        "The 86th Academy Awards take place on Sunday.",
    ),
    (
        "Le bénéfice a plus que doublé, à 1,1 milliard d'euros.",
        "Profit more than doubled to EUR1.1bn.",
        "Profit more than tripled to EUR1.1bn.",
    ),
    (
        "Les ventes en ligne représentent 12 % du total.",
        "Online sales make up 12 percent of the total.",
        "Online sales make up 21 percent of the total.",
    ),
    (
        "L'action a clôturé à 45,32 euros, en hausse de 0,8 %.",
        "The share closed at €45.32, up 0.8%.",
        "The share closed at €45.23, up 0.8%.",
    ),
    (
        "Le constructeur a livré 588 avions en 2012.",
        "The manufacturer delivered 588 aircraft in 2012.",
        "The manufacturer delivered 558 aircraft in 2012.",
    ),
    (
        "Le chiffre d'affaires trimestriel s'élève à 3,2 milliards.",
        "Quarterly revenue was 3.2 billion.",
        "Quarterly revenue was 2.3 billion.",
    ),
    (
        "La commune a voté une hausse des impôts de 1,5 point.",
        "The town voted a 1.5-point tax rise.",
        "The town voted a 2.5-point tax rise.",
    ),
    (
        "Les pluies ont atteint le double de la normale.",
        "Rainfall was twice the normal level.",
        "Rainfall was three times the normal level.",
    ),
    (
        "L'ouragan a touché terre avec des vents de 185 km/h.",
        "The hurricane made landfall with winds of 185 kilometres an hour.",
        "The hurricane made landfall with winds of 158 kilometres an hour.",
    ),
    (
        "Les températures ont chuté de 15 degrés en 24 heures.",
        "Temperatures fell 15 degrees in a day.",
        "Temperatures fell 15 degrees in two days.",
    ),
    (
        "Le verger produit 40 tonnes de pommes par an.",
        "The orchard produces forty tonnes of apples a year.",
        "The orchard produces fourteen tonnes of apples a year.",
    ),
    ("Le cheptel a été réduit de moitié.", "The herd was halved.", None),
    (
        "Le prix du blé a atteint 250 euros la tonne.",
        "Wheat prices reached €250 per tonne.",
        "Wheat prices reached €205 per tonne.",
    ),
    (
        "Le président effectue une visite de trois jours en Chine.",
        "The president is on a three-day visit to China.",
        "The president is on a four-day visit to China.",
    ),
    (
        "La réforme nécessite une majorité des deux tiers.",
        "The reform needs a two-thirds majority.",
        "The reform needs a three-fifths majority.",
    ),
    (
        "Le dollar est au plus haut depuis 12 mois.",
        "The dollar is at a 12-month high.",
        "The dollar is at a 10-month high.",
    ),
    ("L'hôtel cinq étoiles a rouvert.", "The five-star hotel has reopened.", "The four-star hotel has reopened."),
    (
        "La gare est à dix minutes à pied.",
        "The station is a ten-minute walk away.",
        "The station is a fifteen-minute walk away.",
    ),
    ("Le service fonctionne 24 heures sur 24, 7 jours sur 7.", "The service runs 24/7.", None),
    ("Il a purgé un quart de siècle de prison.", "He served 25 years in prison.", "He served 20 years in prison."),
    (
        "Le club figure dans le top 10 européen.",
        "The club is in Europe's top ten.",
        "The club is in Europe's top five.",
    ),
    ("L'usine tourne en trois-huit.", "The plant runs three eight-hour shifts.", None),
    (
        "Les salariés passent à la semaine de quatre jours.",
        "Staff are moving to a four-day week.",
        "Staff are moving to a three-day week.",
    ),
    ("Les ministres du G20 se réunissent.", "G20 ministers are meeting.", "G8 ministers are meeting."),
    (
        "Le bilan est passé à 17 morts.",
        "The death toll has risen to seventeen.",
        "The death toll has risen to seventy.",
    ),
    (
        "Le vote a été acquis par 312 voix contre 201.",
        "The vote was carried by 312 to 201.",
        "The vote was carried by 312 to 210.",
    ),
    (
        "Le texte a été adopté à l'unanimité des 27 États.",
        "The text was adopted unanimously by all 27 states.",
        "The text was adopted unanimously by all 28 states.",
    ),
    ("La croissance a été nulle au troisième trimestre.", "Growth was flat in the July-September quarter.", None),
    ("Les ventes de décembre ont progressé de 3 %.", "December sales rose 3%.", "December sales rose 4%."),
    (
        "Le magasin est ouvert le dimanche de 9 h à midi.",
        "The shop is open on Sundays from 9am to noon.",
        "The shop is open on Sundays from 9am to 1pm.",
    ),
    (
        "L'avion a atterri avec 40 minutes de retard.",
        "The plane landed forty minutes late.",
        "The plane landed fourteen minutes late.",
    ),
    ("Le taux directeur reste à 0,75 %.", "The key rate stays at 0.75 percent.", "The key rate stays at 0.5 percent."),
    ("Le chômage des jeunes dépasse 25 %.", "Youth unemployment tops a quarter.", "Youth unemployment tops a third."),
    (
        "Les Français consomment 57 kg de viande par an.",
        "The French eat 57kg of meat a year.",
        "The French eat 75kg of meat a year.",
    ),
    (
        "La police a saisi 1,2 tonne de cannabis.",
        "Police seized 1.2 tons of cannabis.",
        "Police seized 2.1 tons of cannabis.",
    ),
    (
        "Il a été condamné à 2 ans ferme.",
        "He was given two years without parole.",
        "He was given three years without parole.",
    ),
    (
        "Le jury a délibéré pendant près de 8 heures.",
        "The jury deliberated for nearly eight hours.",
        "The jury deliberated for nearly nine hours.",
    ),
    (
        "Le PIB a reculé de 0,3 % au T4.",
        "GDP shrank 0.3% in the fourth quarter.",
        "GDP shrank 0.3% in the third quarter.",
    ),
    (
        "Le taux de réussite au bac atteint 84,5 %.",
        "The baccalaureate pass rate reaches 84.5%.",
        "The baccalaureate pass rate reaches 85.4%.",
    ),
    (
        "Un Français sur quatre a plus de 60 ans.",
        "A quarter of French people are over 60.",
        "A fifth of French people are over 60.",
    ),
    ("La famille compte six enfants.", "The family has half a dozen children.", "The family has a dozen children."),
    (
        "Le ministre a annoncé 2 000 postes supplémentaires.",
        "The minister announced two thousand extra posts.",
        "The minister announced three thousand extra posts.",
    ),
    (
        "L'avion transportait 228 personnes, dont 12 membres d'équipage.",
        "The plane was carrying 228 people, including a crew of twelve.",
        "The plane was carrying 228 people, including a crew of ten.",
    ),
    (
        "Le groupe a réalisé un chiffre d'affaires de 4,2 milliards d'euros en 2012, contre 3,9 milliards un an plus tôt.",
        "The group had revenue of €4.2bn in 2012, against 3.9bn a year earlier.",
        "The group had revenue of €4.2bn in 2012, against 3.6bn a year earlier.",
    ),
    (
        "Le taux de chômage est passé de 9,7 % fin 2011 à 10,2 % fin 2012.",
        "The jobless rate went from 9.7% at the end of 2011 to 10.2% at end-2012.",
        "The jobless rate went from 9.7% at the end of 2011 to 10.5% at end-2012.",
    ),
    (
        "Sur les 577 députés, 289 ont voté pour, 201 contre et 87 se sont abstenus.",
        "Of the 577 MPs, 289 voted for, 201 against and 87 abstained.",
        "Of the 577 MPs, 289 voted for, 210 against and 87 abstained.",
    ),
    (
        "La ville a reçu 45 mm de pluie mardi et 30 mercredi.",
        "The city got 45mm of rain on Tuesday and 30mm on Wednesday.",
        "The city got 45mm of rain on Tuesday and 35mm on Wednesday.",
    ),
    (
        "Les ventes ont atteint 1,3 million d'unités en Europe et 800 000 aux États-Unis.",
        "Sales reached 1.3 million units in Europe and 0.8 million in the US.",
        "Sales reached 1.3 million units in Europe and 0.9 million in the US.",
    ),
    (
        "Le coureur a fini 3e à 12 secondes, devant l'Espagnol à 15.",
        "The rider was third, 12 seconds back, ahead of the Spaniard at 15 seconds.",
        "The rider was third, 12 seconds back, ahead of the Spaniard at 18 seconds.",
    ),
    (
        "Le Dow Jones a perdu 1,2 % à 13 112 points et le Nasdaq 1,5 %.",
        "The Dow Jones lost 1.2 percent to 13,112 and the Nasdaq 1.5 percent.",
        "The Dow Jones lost 1.2 percent to 13,112 and the Nasdaq 1.8 percent.",
    ),
    (
        "L'euro valait 1,3050 dollar vendredi soir, contre 1,2980 jeudi.",
        "The euro was worth $1.3050 on Friday evening, against $1.2980 on Thursday.",
        "The euro was worth $1.3050 on Friday evening, against $1.2890 on Thursday.",
    ),
    (
        "Le baril de Brent s'échangeait à 110,5 dollars, en hausse de 80 cents.",
        "Brent crude traded at $110.5 a barrel, up 80 cents.",
        "Brent crude traded at $110.5 a barrel, up 60 cents.",
    ),
    (
        "Le projet, lancé en 2008, devrait s'achever en 2014 pour un coût de 1,5 milliard.",
        "The project, launched in 2008, should be finished in 2014 at a cost of 1.5bn.",
        "The project, launched in 2008, should be finished in 2015 at a cost of 1.5bn.",
    ),
    (
        "Il a été élu avec 52,4 % des voix contre 47,6 % à son rival.",
        "He was elected with 52.4 percent to his rival's 47.6.",
        "He was elected with 52.4 percent to his rival's 46.7.",
    ),
    (
        "Le prix de l'essence a augmenté de 10 centimes, à 1,65 euro le litre.",
        "Petrol went up 10 cents to €1.65 a litre.",
        "Petrol went up 15 cents to €1.65 a litre.",
    ),
    (
        "Le match, prévu samedi à 17 h, a été avancé à 14 h 30.",
        "The match, scheduled for 5pm on Saturday, was brought forward to 2.30pm.",
        "The match, scheduled for 5pm on Saturday, was brought forward to 3.30pm.",
    ),
    (
        "Les 18-25 ans représentent 14 % de l'électorat.",
        "18 to 25-year-olds make up 14% of the electorate.",
        "18 to 24-year-olds make up 14% of the electorate.",
    ),
    (
        "Entre 2000 et 2010, la population a crû de 7 %, à 65 millions.",
        "Between 2000 and 2010 the population grew 7% to 65 million.",
        "Between 2000 and 2010 the population grew 7% to 56 million.",
    ),
    (
        "Le budget 2013 prévoit 10 milliards d'économies et 20 milliards d'impôts nouveaux.",
        "The 2013 budget includes 10 billion in savings and 20 billion in new taxes.",
        "The 2013 budget includes 10 billion in savings and 25 billion in new taxes.",
    ),
    (
        "La tempête a privé d'électricité 400 000 foyers dans 12 départements.",
        "The storm cut power to 400,000 homes in 12 departments.",
        "The storm cut power to 400,000 homes in 21 departments.",
    ),
    (
        "Les actions ont bondi de 20 % en deux séances.",
        "The shares jumped 20% in two sessions.",
        "The shares jumped 20% in three sessions.",
    ),
    (
        "Il a marqué 28 points, pris 11 rebonds et délivré 7 passes.",
        "He scored 28 points, grabbed 11 rebounds and made 7 assists.",
        "He scored 28 points, grabbed 11 rebounds and made 9 assists.",
    ),
    (
        "Le train de 18 h 12 pour Lyon partira de la voie 7.",
        "The 6.12pm train to Lyon will leave from platform 7.",
        "The 6.21pm train to Lyon will leave from platform 7.",
    ),
    ("Le groupe a supprimé 8 000 emplois.", "The group cut 8,000 jobs.", "The group cut 6,000 jobs."),
    (
        "Le coût s'élève à 12,5 millions de francs suisses.",
        "The cost is 12.5 million Swiss francs.",
        "The cost is 15.2 million Swiss francs.",
    ),
    (
        "La commune de 2 300 âmes est en deuil.",
        "The town of 2300 souls is in mourning.",
        "The town of 3200 souls is in mourning.",
    ),
    ("Le taux est de 3,25 %.", "The rate is 3¼%.", "The rate is 3½%."),
    ("Il mesure 2,05 m.", "He is 2.05 metres tall.", "He is 2.50 metres tall."),
    ("L'enchère a atteint 1,05 million d'euros.", "The bid reached €1,050,000.", "The bid reached €1,500,000."),
    ("Le chômage touche 4,7 millions de personnes.", "Unemployment affects 4,7 million people.", None),
    (
        "Le record date du 16 août 2009.",
        "The record dates from August 16, 2009.",
        "The record dates from August 19, 2009.",
    ),
    (
        "Le sommet de Copenhague s'est tenu en décembre 2009.",
        "The Copenhagen summit was held in Dec. 2009.",
        "The Copenhagen summit was held in Nov. 2009.",
    ),
    (
        "Il a été élu le 6 mai 2012 et investi le 15 mai.",
        "He was elected on 6 May 2012 and sworn in on 15 May.",
        "He was elected on 6 May 2012 and sworn in on 16 May.",
    ),
    (
        "La ligne a été inaugurée le 1er décembre 1981.",
        "The line opened on December 1st 1981.",
        "The line opened on December 1st 1991.",
    ),
    (
        "L'accident a eu lieu dans la nuit du 30 au 31 mai.",
        "The accident happened on the night of May 30-31.",
        "The accident happened on the night of May 29-30.",
    ),
    (
        "Le rapport sera publié mi-juin.",
        "The report will be published in mid-June.",
        "The report will be published in mid-June 2015.",
    ),
    (
        "La hausse des prix atteint 2,4 % sur douze mois.",
        "Prices rose 2.4% over the past year.",
        "Prices rose 2.4% over the past two years.",
    ),
    (
        "Il y a 40 ans, l'homme marchait sur la Lune.",
        "Forty years ago man walked on the Moon.",
        "Fifty years ago man walked on the Moon.",
    ),
    (
        "La centrale a été mise en service en 1977.",
        "The plant was commissioned in 1977.",
        "The plant was commissioned in 1979.",
    ),
    (
        "Le Vendée Globe se court en solitaire sur 45 000 km.",
        "The Vendée Globe is sailed solo over 45,000km.",
        "The Vendée Globe is sailed solo over 54,000km.",
    ),
    (
        "L'équipe a remporté 8 de ses 10 derniers matches.",
        "The team has won eight of its last 10 games.",
        "The team has won seven of its last 10 games.",
    ),
    (
        "Le marathon de Paris a réuni 40 000 coureurs.",
        "The Paris marathon drew 40,000 runners.",
        "The Paris marathon drew 30,000 runners.",
    ),
    (
        "Le champion a couru les 10 km en 27 min 30 s.",
        "The champion ran the 10km in 27min 30sec.",
        "The champion ran the 10km in 27min 50sec.",
    ),
    (
        "La livre sterling a chuté de 0,5 % à 1,21 euro.",
        "Sterling fell half a percent to 1.21 euros.",
        "Sterling fell 1 percent to 1.21 euros.",
    ),
    (
        "Les 35 heures ont été instaurées en 2000.",
        "The 35-hour week was introduced in 2000.",
        "The 39-hour week was introduced in 2000.",
    ),
    (
        "Le SMIC horaire passe à 9,43 euros.",
        "The hourly minimum wage rises to €9.43.",
        "The hourly minimum wage rises to €9.34.",
    ),
    (
        "Il touche une retraite de 1 200 euros par mois.",
        "He gets a pension of 1,200 euros a month.",
        "He gets a pension of 2,100 euros a month.",
    ),
    ("Le loyer a augmenté de 50 euros.", "The rent went up by €50.", "The rent went up by €15."),
    ("Le film a coûté 200 millions de dollars.", "The film cost $200 million.", "The film cost $250 million."),
    ("Le crash a fait 228 victimes.", "The crash claimed 228 lives.", "The crash claimed 282 lives."),
    ("Le jeune homme de 17 ans a été mis en examen.", "The 17-year-old was charged.", "The 16-year-old was charged."),
    (
        "Le chantier a pris trois ans de retard.",
        "The project is three years behind schedule.",
        "The project is four years behind schedule.",
    ),
    (
        "Le vaccin est efficace à 90 %.",
        "The vaccine is 90 per cent effective.",
        "The vaccine is 80 per cent effective.",
    ),
    (
        "Le bateau transportait une centaine de migrants.",
        "The boat was carrying about a hundred migrants.",
        "The boat was carrying about two hundred migrants.",
    ),
    ("Une dizaine de blessés sont à déplorer.", "Around a dozen people were injured.", None),
    ("Des dizaines de voitures ont brûlé.", "Scores of cars were burned.", None),
    (
        "Une vingtaine de pays participent.",
        "Twenty-odd countries are taking part.",
        "Thirty-odd countries are taking part.",
    ),
    (
        "Plus de 2 000 personnes ont signé la pétition.",
        "Upwards of 2,000 people signed the petition.",
        "Upwards of 3,000 people signed the petition.",
    ),
    (
        "Moins de 5 % des élèves ont échoué.",
        "Under five per cent of pupils failed.",
        "Under six per cent of pupils failed.",
    ),
    (
        "Environ 300 000 visiteurs sont attendus.",
        "Some 300k visitors are expected.",
        "Some 400k visitors are expected.",
    ),
    ("Il a terminé deuxième ex aequo.", "He finished tied for second.", "He finished tied for third."),
    (
        "C'est le troisième accident en un mois.",
        "It is the third accident in a month.",
        "It is the fourth accident in a month.",
    ),
    ("Le 500e anniversaire de la ville sera fêté.", "The town's quincentenary will be celebrated.", None),
    (
        "La ville fête le bicentenaire de sa fondation.",
        "The town celebrates its 200th anniversary.",
        "The town celebrates its 250th anniversary.",
    ),
    (
        "Les deux tiers du parcours se font en montée.",
        "Two-thirds of the route is uphill.",
        "Three-quarters of the route is uphill.",
    ),
    (
        "Le tirage au sort des seizièmes de finale a eu lieu.",
        "The draw for the round of 32 took place.",
        "The draw for the round of 16 took place.",
    ),
    (
        "L'Espagne, championne en titre, a passé le premier tour.",
        "Defending champions Spain got through the group stage.",
        None,
    ),
    (
        "Le vainqueur de la 3e étape porte le maillot jaune.",
        "The stage three winner wears the yellow jersey.",
        "The stage four winner wears the yellow jersey.",
    ),
    (
        "Le match a été arrêté à la 70e minute.",
        "The match was stopped after 70 minutes.",
        "The match was stopped after 75 minutes.",
    ),
    (
        "Il a marqué son 100e but en Ligue 1.",
        "He scored his hundredth Ligue 1 goal.",
        "He scored his two hundredth Ligue 1 goal.",
    ),
    (
        "La 2e division compte 20 clubs.",
        "The second division has twenty clubs.",
        "The third division has twenty clubs.",
    ),
    (
        "Il a remporté le Tour pour la septième fois.",
        "He won the Tour for a seventh time.",
        "He won the Tour for an eighth time.",
    ),
    (
        "Il a décroché sa 4e étoile au guide Michelin.",
        "He earned his fourth Michelin star.",
        "He earned his fifth Michelin star.",
    ),
    (
        "Les trois quarts des sondés sont satisfaits.",
        "75 percent of respondents are satisfied.",
        "70 percent of respondents are satisfied.",
    ),
    (
        "Un salarié sur deux travaille le dimanche.",
        "Half of all employees work on Sundays.",
        "A quarter of all employees work on Sundays.",
    ),
    ("L'essai a duré une demi-heure.", "The test lasted half an hour.", "The test lasted 40 minutes."),
    (
        "Le vol a été retardé d'une heure trente.",
        "The flight was delayed by an hour and a half.",
        "The flight was delayed by two hours and a half.",
    ),
    ("La panne a duré un quart d'heure.", "The outage lasted a quarter of an hour.", "The outage lasted half an hour."),
    ("Le chantier durera deux ans et demi.", "The work will take 30 months.", "The work will take 20 months."),
    ("La sécheresse dure depuis six mois.", "The drought has lasted half a year.", "The drought has lasted a year."),
    ("Le projet a pris une décennie.", "The project took ten years.", "The project took twelve years."),
    (
        "La ville a été fondée il y a 2 000 ans.",
        "The city was founded two millennia ago.",
        "The city was founded three millennia ago.",
    ),
    (
        "Le groupe a consacré 5 % de son chiffre d'affaires à la recherche.",
        "The group spent one-twentieth of its revenue on research.",
        None,
    ),
    ("Le buteur a inscrit un doublé.", "The striker scored a brace.", None),
    ("Le duo a remporté le titre.", "The pair won the title.", None),
    (
        "Les grévistes ont entamé une grève de 24 heures.",
        "The strikers began a 24-hour strike.",
        "The strikers began a 48-hour strike.",
    ),
    (
        "La réunion de 90 minutes s'est achevée sans accord.",
        "The 90-minute meeting ended without agreement.",
        "The 60-minute meeting ended without agreement.",
    ),
    (
        "Le dirigeant, âgé de 93 ans, est hospitalisé.",
        "The 93-year-old leader is in hospital.",
        "The 92-year-old leader is in hospital.",
    ),
    ("Elle a une vingtaine d'années.", "She is in her twenties.", "She is in her thirties."),
    (
        "L'explosion a eu lieu à 18 h heure locale (16 h GMT).",
        "The explosion happened at 6pm local time (1600 GMT).",
        "The explosion happened at 6pm local time (1700 GMT).",
    ),
    ("Le sommet commence à midi.", "The summit begins at midday.", "The summit begins at 1pm."),
    ("Le vote aura lieu à 18h00.", "The vote will take place at 18h00.", "The vote will take place at 19h00."),
    (
        "La population atteint 3 000 000 d'habitants.",
        "The population reaches 3,000,000.",
        "The population reaches 3,500,000.",
    ),
    ("Le coût est de 3 millions d'euros.", "The cost is €3 m.", "The cost is €4 m."),
    ("Le salaire moyen est de 2 410 euros.", "The average wage is 2 410 euros.", "The average wage is 2 140 euros."),
    (
        "La décision est attendue le 15 mars 2012.",
        "The decision is expected on 15-Mar-2012.",
        "The decision is expected on 16-Mar-2012.",
    ),
    (
        "Le projet a été présenté le jeudi 15.",
        "The project was unveiled on Thursday the 15th.",
        "The project was unveiled on Thursday the 16th.",
    ),
    (
        "Il fera entre 10 et 15 degrés.",
        "It will be between 10 and 15 degrees.",
        "It will be between 10 and 18 degrees.",
    ),
    (
        "Le coût atteindra 3 ou 4 millions.",
        "The cost will reach 3 or 4 million.",
        "The cost will reach 3 or 5 million.",
    ),
    ("La hausse sera de 2 à 3 %.", "The rise will be 2-3%.", "The rise will be 2-4%."),
    (
        "Le Barça s'est imposé 3-1 au cumul des deux matches.",
        "Barcelona won 3-1 on aggregate.",
        "Barcelona won 4-1 on aggregate.",
    ),
    ("Il a été éliminé au troisième tour.", "He went out in round three.", "He went out in round four."),
    ("Une poignée de manifestants étaient présents.", "A handful of protesters were there.", None),
    (
        "Plus d'une centaine de personnes ont été arrêtées.",
        "Over a hundred people were arrested.",
        "Over two hundred people were arrested.",
    ),
    (
        "Le taux a baissé d'un demi-point.",
        "The rate fell by half a percentage point.",
        "The rate fell by 1 percentage point.",
    ),
    ("Les ventes ont été multipliées par 1,5.", "Sales rose one and a half times.", "Sales rose two and a half times."),
    ("C'est l'avant-dernière étape.", "It is the penultimate stage.", None),
    ("Le 1er ministre a démissionné.", "The Prime Minister resigned.", None),
    ("Il a terminé 1er du classement général.", "He finished 1st overall.", "He finished 2nd overall."),
    (
        "Le cargo de 200 m de long s'est échoué.",
        "The 200m-long freighter ran aground.",
        "The 300m-long freighter ran aground.",
    ),
    (
        "Il a gagné le 400 m haies en 47''85.",
        "He won the 400m hurdles in 47.85sec.",
        "He won the 400m hurdles in 47.58sec.",
    ),
    (
        "Le taux d'endettement atteint 90 % du PIB.",
        "The debt ratio reaches 90pc of GDP.",
        "The debt ratio reaches 80pc of GDP.",
    ),
    (
        "Le vol Paris-New York dure huit heures.",
        "The Paris-New York flight takes eight hours.",
        "The Paris-New York flight takes nine hours.",
    ),
    (
        "Selon l'Insee, le pouvoir d'achat a reculé de 0,4 % en 2012, une première depuis 1984.",
        "According to INSEE, purchasing power fell 0.4% in 2012, the first fall since 1984.",
        "According to INSEE, purchasing power fell 0.4% in 2012, the first fall since 1948.",
    ),
    (
        "Au total, 1 400 policiers et gendarmes seront déployés ce week-end.",
        "A total of 1,400 police officers will be deployed this weekend.",
        "A total of 1,600 police officers will be deployed this weekend.",
    ),
    (
        "La facture s'élève à près de 1,5 milliard, contre 1,1 milliard l'an dernier.",
        "The bill comes to almost 1.5 billion, up from 1.1 billion last year.",
        "The bill comes to almost 1.5 billion, up from 1.2 billion last year.",
    ),
    (
        "Le constructeur (40 000 salariés) a annoncé la fermeture de deux usines.",
        "The carmaker (40,000 employees) announced the closure of two plants.",
        "The carmaker (40,000 employees) announced the closure of three plants.",
    ),
    (
        "Les 27 chefs d'État se retrouvent jeudi et vendredi à Bruxelles.",
        "The 27 heads of state meet in Brussels on Thursday and Friday.",
        "The 28 heads of state meet in Brussels on Thursday and Friday.",
    ),
    (
        "Le texte, voté en première lecture le 12 février, revient au Sénat le 4 avril.",
        "The bill, passed at first reading on February 12, returns to the Senate on April 4.",
        "The bill, passed at first reading on February 12, returns to the Senate on April 5.",
    ),
    (
        "Quelque 6 500 emplois sont menacés, soit près d'un sur cinq.",
        "Some 6,500 jobs are threatened, nearly one in five.",
        "Some 6,500 jobs are threatened, nearly one in four.",
    ),
    (
        "En 10 ans, le nombre de bénéficiaires a triplé pour atteindre 1,8 million.",
        "In a decade the number of recipients has tripled to 1.8 million.",
        "In a decade the number of recipients has doubled to 1.8 million.",
    ),
    (
        "Le procès, ouvert lundi, doit durer jusqu'au 21 décembre.",
        "The trial, which opened on Monday, is due to last until 21st December.",
        "The trial, which opened on Monday, is due to last until 20th December.",
    ),
    (
        "L'avion de ligne s'est écrasé vers 23 h 45, faisant 153 morts.",
        "The airliner crashed at around 11.45pm, killing 153 people.",
        "The airliner crashed at around 11.15pm, killing 153 people.",
    ),
    (
        "La BCE a maintenu son taux à 0,75 %, son plus bas niveau historique.",
        "The ECB kept its rate at 0.75%, a record low.",
        "The ECB kept its rate at 0.5%, a record low.",
    ),
    (
        "L'indice CAC 40 a terminé en repli de 1,02 % à 3 641,07 points.",
        "The CAC 40 index closed down 1.02% at 3,641.07 points.",
        "The CAC 40 index closed down 1.02% at 3,614.07 points.",
    ),
    (
        "L'inflation a ralenti à 1,6 % en novembre, après 2,1 % en octobre.",
        "Inflation slowed to 1.6 percent in November, after 2.1 percent in October.",
        "Inflation slowed to 1.6 percent in November, after 2.4 percent in October.",
    ),
    (
        "La France compte 3,1 millions de demandeurs d'emploi en catégorie A.",
        "France has 3.1m jobseekers in category A.",
        "France has 3.4m jobseekers in category A.",
    ),
    (
        "Le yacht de 70 mètres appartient à un milliardaire russe.",
        "The 70-metre yacht belongs to a Russian billionaire.",
        "The 80-metre yacht belongs to a Russian billionaire.",
    ),
    (
        "Il avait été condamné en 2009 à trois ans de prison, dont deux avec sursis.",
        "He was sentenced in 2009 to three years in jail, two of them suspended.",
        "He was sentenced in 2009 to four years in jail, two of them suspended.",
    ),
    (
        "Le film a remporté cinq César, dont celui du meilleur film.",
        "The film won five Césars, including best film.",
        "The film won six Césars, including best film.",
    ),
    (
        "La Grèce a obtenu un prêt de 130 milliards d'euros.",
        "Greece got a loan of €130 billion.",
        "Greece got a loan of €310 billion.",
    ),
    (
        "Le pape Benoît XVI, 85 ans, a annoncé sa renonciation.",
        "Pope Benedict XVI, 85, announced his resignation.",
        "Pope Benedict XVI, 86, announced his resignation.",
    ),
    (
        "Sur les neuf premiers mois de l'année, le chiffre d'affaires a progressé de 6,2 %.",
        "In the first nine months, revenue rose 6.2%.",
        "In the first nine months, revenue rose 2.6%.",
    ),
]


@pytest.mark.parametrize(("fr", "en", "changed"), PAIRS, ids=[f"pair{i}" for i in range(len(PAIRS))])
def test_translation(fr: str, en: str, changed: str | None):
    assert_renders(fr, en, changed)


@pytest.mark.parametrize(
    ("h", "m", "words"),
    [(7, 20, "twenty past seven"), (8, 50, "ten to nine"), (6, 25, "twenty-five past six"), (10, 55, "five to eleven"),
     (4, 10, "10 minutes past four")],
)  # fmt: skip
def test_minutes_past_and_to_the_hour_in_words(h: int, m: int, words: str):
    fr = f"Le train part à {h} h {m:02d}."
    assert_renders(fr, f"The train leaves at {words}.", f"The train leaves at {words.replace('past', 'to')}."
                   if "past" in words else f"The train leaves at {words.replace(' to ', ' past ')}.")  # fmt: skip


def test_a_range_in_words_is_no_clock_time():
    assert check("Le prix est passé de cinq à dix euros.", "The price went from five to ten euros.") == []
    assert check("Le prix est passé de cinq à dix euros.", "The price went from five to twelve euros.")


@pytest.mark.parametrize(("h", "m"), [(7, 4), (13, 15), (9, 0), (18, 42), (22, 5)])
def test_a_clock_time_written_as_a_plain_number(h: int, m: int):
    fr = f"Le vol de {h} h {m:02d} a été annulé."
    assert_renders(fr, f"The {h}.{m:02d} flight was cancelled.", f"The {h + 1}.{m:02d} flight was cancelled.")
    assert_renders(
        fr, f"The {h:02d}{m:02d} flight was cancelled.", f"The {h:02d}{(m + 10) % 60:02d} flight was cancelled."
    )


def test_a_four_digit_count_is_no_clock_time():
    """1000 delegates is not ten o'clock: the source's "dix" does not support it."""
    assert check("Sur 1001 délégués, dix se sont abstenus.", "Out of 1000 delegates, ten abstained.")


@pytest.mark.parametrize(("h", "m"), [(20, 30), (8, 15), (17, 45)])
def test_a_time_to_the_minute_is_not_its_hour(h: int, m: int):
    fr = f"La séance commence à {h} h {m}."
    h12, ap = (h - 12, "pm") if h > 12 else (h, "am")
    assert_renders(fr, f"The session starts at {h12}:{m} {ap}.", f"The session starts at {h12}:00 {ap}.")


@pytest.mark.parametrize(("fr_h", "en_words", "wrong"), [
    ("1 h 45", "an hour and three quarters", "an hour and a quarter"),
    ("2 h 15", "two hours and a quarter", "two hours and three quarters"),
    ("3 h 45", "three hours and three quarters", "two hours and three quarters"),
])  # fmt: skip
def test_hours_and_quarters_in_words(fr_h: str, en_words: str, wrong: str):
    assert_renders(f"L'attente a duré {fr_h}.", f"The wait lasted {en_words}.", f"The wait lasted {wrong}.")


@pytest.mark.parametrize("year", [2001, 2005, 2008, 2009])
def test_a_short_year_without_its_apostrophe(year: int):
    short = f"{year % 100:02d}"
    assert_renders(f"La crise a commencé au printemps {year}.", f"The crisis began in spring {short}.",
                   f"The crisis began in spring {(year + 1) % 100:02d}.")  # fmt: skip


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("en quarts", "in the last eight", "in the last sixteen"),
    ("en demies", "in the last four", "in the last eight"),
    ("en huitièmes", "in the last 16", "in the last 32"),
])  # fmt: skip
def test_a_knockout_round_without_de_finale(fr: str, en: str, wrong: str):
    assert_renders(f"L'équipe a été éliminée {fr}.", f"The team went out {en}.", f"The team went out {wrong}.")


def test_three_quarters_of_a_fraction_is_no_knockout_round():
    assert check("Les trois quarts des élèves ont réussi.", "Three quarters of the pupils passed.") == []
    assert check("Les trois quarts des élèves ont réussi.", "The last eight of the pupils passed.")


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("il y a 150 ans", "a century and a half ago", "half a century ago"),
    ("il y a 15 ans", "a decade and a half ago", "two decades ago"),
])  # fmt: skip
def test_a_century_or_decade_and_a_half(fr: str, en: str, wrong: str):
    assert_renders(f"L'usine a ouvert {fr}.", f"The plant opened {en}.", f"The plant opened {wrong}.")


@pytest.mark.parametrize(("pct", "en", "wrong"), [
    (30, "almost a third", "almost a quarter"),
    (45, "nearly half", "nearly a third"),
    (24, "almost a quarter", "almost a half"),
])  # fmt: skip
def test_a_hedged_fraction_for_a_percentage(pct: int, en: str, wrong: str):
    fr = f"Le traitement réduit le risque de {pct} %."
    assert_renders(fr, f"The treatment cuts the risk by {en}.", f"The treatment cuts the risk by {wrong}.")


def test_an_unhedged_fraction_stays_exact():
    assert check("Le traitement réduit le risque de 30 %.", "The treatment cuts the risk by a third.")


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("au dernier trimestre 2012", "in Q4 2012", "in Q3 2012"),
    ("au dernier semestre 2012", "in H2 2012", "in H1 2012"),
    ("au cours des six premiers mois", "in the first half", "in the second half"),
    ("au cours des trois premiers mois", "in the first quarter", "in the second quarter"),
])  # fmt: skip
def test_periods_named_by_their_place_in_the_year(fr: str, en: str, wrong: str):
    assert_renders(f"Les ventes ont reculé de 3 % {fr}.", f"Sales fell 3% {en}.", f"Sales fell 3% {wrong}.")


def test_the_last_quarter_without_a_year_is_the_latest():
    """'le dernier trimestre' alone is the latest quarter, of no number."""
    assert check("Les ventes ont reculé au dernier trimestre.", "Sales fell in the fourth quarter.")


@pytest.mark.parametrize(("n", "pct"), [(3, 33), (4, 25), (5, 20), (10, 10)])
def test_an_ordinal_after_un_is_a_share(n: int, pct: int):
    from figure_cases import words

    fr = f"La part de marché atteint un {words(n, 'fr', 'ordinal')}."
    assert_renders(fr, f"The market share reaches {pct}%.", f"The market share reaches {pct + 7}%.")


def test_an_ordinal_after_un_stays_an_ordinal():
    assert_renders("Il brigue un cinquième mandat.", "He is seeking a fifth term.", "He is seeking a sixth term.")


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("3 300 milliards de dollars", "3.3 million million dollars", "3.5 million million dollars"),
    ("1 800 milliards d'euros", "1.8 million million euros", "1.8 thousand million euros"),
])  # fmt: skip
def test_a_million_million(fr: str, en: str, wrong: str):
    assert_renders(f"La dette atteint {fr}.", f"The debt reaches {en}.", f"The debt reaches {wrong}.")


@pytest.mark.parametrize(("n", "words"), [(5, "five"), (26, "twenty-six"), (2, "two")])
def test_thousand_millions_in_words_with_a_plural(n: int, words: str):
    fr = f"Le groupe vise {n} milliards de chiffre d'affaires."
    assert_renders(fr, f"The group is targeting {words} thousand millions in revenue.",
                   f"The group is targeting {words} hundred millions in revenue.")  # fmt: skip


def test_millions_alone_stay_vague():
    assert check("Des millions de personnes ont regardé.", "Millions of people watched.") == []


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("le 23/03", "on March 23", "on March 25"),
    ("le 05.11", "on 5 November", "on 5 December"),
    ("du 14/7", "from July 14", "from July 4"),
])  # fmt: skip
def test_a_day_and_month_without_a_year(fr: str, en: str, wrong: str):
    assert_renders(f"La grève est prévue {fr}.", f"The strike is planned {en}.", f"The strike is planned {wrong}.")


def test_a_fraction_after_le_stays_a_fraction():
    assert check("Il a perdu le 3/4 de sa fortune.", "He lost three quarters of his fortune.") == []


@pytest.mark.parametrize(("a", "b"), [(0, 0), (1, 1), (3, 0), (2, 1), (4, 2)])
def test_a_score_in_words(a: int, b: int):
    from figure_cases import words

    said = "all" if a == b else "nil" if b == 0 else words(b, "en")
    first = "nil" if a == 0 else words(a, "en")
    fr = f"Score final : {a}-{b}."
    other_b = "all" if said != "all" else words(a + 1, "en")
    assert_renders(fr, f"The final score was {first}-{said}.", f"The final score was {first}-{other_b}.")


@pytest.mark.parametrize(("fr", "en"), [
    ("une demi-douzaine d'enfants", "half a dozen children"),
    ("une demi-douzaine d'enfants", "six children"),
    ("six enfants", "a half-dozen children"),
])  # fmt: skip
def test_half_a_dozen_is_six(fr: str, en: str):
    assert_renders(f"La famille compte {fr}.", f"The family has {en}.", "The family has seven children.")


@pytest.mark.parametrize(("pct", "n"), [(7, 65), (3, 12), (12, 4)])
def test_a_percentage_takes_no_magnitude_from_the_next_figure(pct: int, n: int):
    fr = f"La population a crû de {pct} %, à {n} millions."
    assert_renders(fr, f"The population grew {pct}% to {n} million.", f"The population grew {pct + 2}% to {n} million.")


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("une heure trente", "an hour and a half", "two hours and a half"),
    ("une heure trente", "90 minutes", "80 minutes"),
    ("deux heures quarante-cinq", "two hours and three quarters", "two hours and a quarter"),
    ("trois heures dix", "190 minutes", "170 minutes"),
])  # fmt: skip
def test_hours_then_minutes_in_words(fr: str, en: str, wrong: str):
    assert_renders(f"Le vol a eu {fr} de retard.", f"The flight was delayed by {en}.",
                   f"The flight was delayed by {wrong}.")  # fmt: skip


@pytest.mark.parametrize(("n", "words"), [(2000, "two millennia"), (1000, "a millennium"), (3000, "three millennia")])
def test_millennia_in_years(n: int, words: str):
    assert_renders(f"La ville a été fondée il y a {n} ans.", f"The city was founded {words} ago.",
                   f"The city was founded {n + 500} years ago.")  # fmt: skip


@pytest.mark.parametrize(("unit", "fr_unit"), [("sec", "s"), ("hrs", "heures"), ("hr", "heures"), ("secs", "s")])
def test_short_unit_words_glued_to_a_figure(unit: str, fr_unit: str):
    fr = f"Le record est de 47,85 {fr_unit}."
    assert_renders(fr, f"The record is 47.85{unit}.", f"The record is 47.58{unit}.")


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("de 1 %", "one percent", "two percent"),
    ("d'un point de pourcentage", "one percentage point", "two percentage points"),
    ("de 1 point", "one percentage point", "three percentage points"),
])  # fmt: skip
def test_one_percent_in_words(fr: str, en: str, wrong: str):
    assert_renders(f"Le taux a baissé {fr}.", f"The rate fell {en}.", f"The rate fell {wrong}.")


def test_one_percent_is_no_half_point():
    assert check("Le taux a baissé d'un demi-point.", "The rate fell by one percentage point.")


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("Des centaines de milliers de personnes", "Hundreds of thousands of people", "Tens of thousands of people"),
    ("Des dizaines de milliers de personnes", "Tens of thousands of people", "Hundreds of thousands of people"),
    ("Des dizaines de milliers de personnes", "Thousands of people", "Tens of millions of people"),
])  # fmt: skip
def test_a_plural_of_a_plural(fr: str, en: str, wrong: str):
    assert_renders(f"{fr} ont manifesté dimanche.", f"{en} demonstrated on Sunday.", f"{wrong} demonstrated on Sunday.")
