"""Figure guard, hand-written news families (seventh battery): French news sentences in domains and writing
styles the first six batteries left out (cycling, tennis, rugby, handball and basketball, horse and motor
racing, road safety, television audiences, wildfires and weather warnings, earthquakes and avalanches,
hospitals, food safety, social benefits, football transfers, start-ups, phone and computer specifications,
police and prisons, fines, parliament votes, election results tables, archaeology, festivals, charities,
railway timetables, wildlife, rents and social housing, farm prices and public finance), each with a correct
English rendering and the same rendering with one figure changed. The renderings carry the families an
outside reading found on unseen news: *milliard* as "thousand million", figures as words or terms ("a
fortnight", "a two-seater", "in his eighties"), clock times in words or other separators ("half past six",
"21.10"), spacing and typing variants ("1000", "10m"), dates with dots or short years ("'98"), a unit
carried to the next figure, match periods and rounds, approximate quantities, fractions and half-years,
ordinals; the changes a wrong digit, unit, scale, year or day, percent for percentage points, a dropped
"no".

As first written (435 pairs), the guard raised 2 false alarms (0.5%: "the last four" for *le dernier carré*, a lap
time "1:12.909" for *1 min 12 s 909*) and missed 17 changes (96.1% caught). No case was rewritten after that run.
After the rules this battery brought out, no correct rendering is flagged and 2 changes are missed (99.5% caught),
strict xfails named by their family: changed figures whose new value the source gives elsewhere ("third set"
beside *trois balles*, "six months" beside *6 %*).

A correct rendering passes and the changed one is flagged. The tests below the battery draw the families it
brought out: a bound turned the other way ("fewer than" for *pas moins de*), units an SI prefix scales ("Mbps" for
*Gbit/s*, "MB" for *Go*), the 24-hour clock ("11.11am" for *23 h 11*, "6pm" for *à 6 heures*), lap times to the
thousandth, a decimal that is no rounding ("50.2%" for *50,02 %*), a rate per season or with its noun before the
period, half-years, parts of an hour and frequencies ("every week") as durations, a share in words and "le
dernier carré".
"""

from __future__ import annotations

import pytest
from figure_cases import assert_renders, battery_params

from summarizer.facts import check

# One case a line: French source | correct English rendering | the rendering with one figure changed.
BATTERY = """
# cycling and the Tour de France
La 12e étape, longue de 178,5 km, part de Nice à 12 h 15. | The 12th stage, 178.5km long, leaves Nice at 12.15pm. | The 12th stage, 178.5km long, leaves Nice at 12.45pm.
Pogacar compte 1 min 24 s d'avance sur Vingegaard au classement général. | Pogacar leads Vingegaard by 1min 24sec overall. | Pogacar leads Vingegaard by 1min 42sec overall.
Le peloton a roulé à 44,2 km/h de moyenne. | The peloton averaged 44.2 km/h. | The peloton averaged 42.4 km/h.
Le col du Tourmalet culmine à 2 115 mètres. | The Col du Tourmalet rises to 2,115 metres. | The Col du Tourmalet rises to 2,115 feet.
Le Tour partira de Florence le 29 juin pour 21 étapes et 3 492 km. | The Tour starts in Florence on June 29 with 21 stages covering 3492km. | The Tour starts in Florence on June 29 with 21 stages covering 3942km.
Le Français a remporté sa troisième étape sur ce Tour. | The Frenchman won his third stage of this Tour. | The Frenchman won his fourth stage of this Tour.
Une quinzaine de coureurs ont abandonné après la chute. | Some fifteen riders pulled out after the crash. | Some fifty riders pulled out after the crash.
L'échappée a compté jusqu'à 7 minutes d'avance. | The breakaway was up to seven minutes ahead. | The breakaway was up to nine minutes ahead.
Le vainqueur empoche 500 000 euros. | The winner pockets half a million euros. | The winner pockets a million euros.
Il a bouclé le contre-la-montre de 25 km en 29 min 10 s. | He completed the 25km time trial in 29:10. | He completed the 25km time trial in 29:01.
La montée finale présente une pente moyenne de 8,7 % sur 11 km. | The final climb averages 8.7% over 11km. | The final climb averages 7.8% over 11km.
Le Tour de France femmes comptera huit étapes. | The women's Tour de France will have eight stages. | The women's Tour de France will have nine stages.
L'arrivée est jugée vers 17 h 30. | The finish is expected at around half past five. | The finish is expected at around half past six.
Le coureur de 38 ans dispute son quinzième Tour. | The 38-year-old rider is riding his fifteenth Tour. | The 38-year-old rider is riding his sixteenth Tour.
Le maillot à pois est porté par un Belge depuis la 4e étape. | A Belgian has worn the polka-dot jersey since stage 4. | A Belgian has worn the polka-dot jersey since stage 5.
Paris-Roubaix compte 29 secteurs pavés, soit 55,7 km. | Paris-Roubaix has 29 cobbled sectors, 55.7km in all. | Paris-Roubaix has 29 cobbled sectors, 57.5km in all.
Il a terminé deuxième à 12 secondes du vainqueur. | He finished second, 12 seconds behind the winner. | He finished second, 21 seconds behind the winner.
Le record de l'heure est porté à 56,792 km. | The hour record now stands at 56.792km. | The hour record now stands at 56.729km.
Environ 12 millions de spectateurs se massent chaque été au bord des routes. | Around 12 million spectators line the roads every summer. | Around 20 million spectators line the roads every summer.
Le budget de l'équipe avoisine 50 millions d'euros par saison. | The team's budget is close to €50m a season. | The team's budget is close to €50m a month.
# tennis, rugby, handball and basketball: sets, halves, quarters and rounds
Le Français s'est qualifié pour les quarts de finale en battant le n° 5 mondial. | The Frenchman reached the quarter-finals by beating the world number five. | The Frenchman reached the semi-finals by beating the world number five.
Elle s'est imposée 6-3, 4-6, 7-5 en 2 h 41. | She won 6-3 4-6 7-5 in two hours 41 minutes. | She won 6-3 4-6 7-5 in two hours 14 minutes.
Il a perdu le troisième set au tie-break. | He lost the third set on a tie-break. | He lost the second set on a tie-break.
Le Stade toulousain menait 17 à 6 à la mi-temps. | Toulouse led 17-6 at half-time. | Toulouse led 17-9 at half-time.
Les Bleus ont inscrit deux essais en seconde période. | France scored two tries in the second half. | France scored two tries in the first half.
La France affrontera l'Irlande en huitièmes de finale. | France will face Ireland in the last sixteen. | France will face Ireland in the last eight.
Montpellier s'est qualifié pour le dernier carré de la Ligue des champions de handball. | Montpellier reached the last four of the handball Champions League. | Montpellier reached the last eight of the handball Champions League.
Wembanyama a compilé 27 points, 10 rebonds et 5 contres. | Wembanyama racked up 27 points, 10 rebounds and five blocks. | Wembanyama racked up 27 points, 10 rebounds and six blocks.
Les Spurs ont été menés de 18 points au troisième quart-temps. | The Spurs trailed by 18 points in the third quarter. | The Spurs trailed by 18 points in the fourth quarter.
Le match a basculé dans le dernier quart d'heure. | The match turned in the last fifteen minutes. | The match turned in the last five minutes.
Djokovic vise un 25e titre du Grand Chelem. | Djokovic is chasing a 25th Grand Slam title. | Djokovic is chasing a 24th Grand Slam title.
La finale se jouera au meilleur des cinq manches. | The final will be played over the best of five sets. | The final will be played over the best of three sets.
Les handballeurs français l'ont emporté 33-31 après prolongation. | The French handball team won 33-31 after extra time. | The French handball team won 33-30 after extra time.
L'ouvreur a réussi sept pénalités sur huit. | The fly-half landed seven of his eight penalties. | The fly-half landed six of his eight penalties.
Le club est relégué en Pro D2 après 17 saisons dans l'élite. | The club is relegated to Pro D2 after 17 seasons in the top flight. | The club is relegated to Pro D2 after 16 seasons in the top flight.
Elle a sauvé trois balles de match au deuxième set. | She saved three match points in the second set. | She saved three match points in the third set.
La France termine la phase de poules invaincue, avec quatre victoires en quatre matches. | France finish the pool stage unbeaten, with four wins from four games. | France finish the pool stage unbeaten, with three wins from four games.
Le match a été interrompu à la 70e minute. | The match was stopped in the 70th minute. | The match was stopped in the 17th minute.
Le Tournoi des Six Nations débute le 2 février. | The Six Nations starts on February 2. | The Six Nations starts on February 12.
Il a servi 21 aces en trois sets. | He served 21 aces in three sets. | He served 12 aces in three sets.
Les Bleus ont encaissé un 5-0 en seize minutes. | France conceded a 5-0 run in sixteen minutes. | France conceded a 5-0 run in six minutes.
Le Masters de Paris se dispute du 28 octobre au 3 novembre. | The Paris Masters runs from October 28 to November 3. | The Paris Masters runs from October 28 to November 4.
# horse racing and motor racing
Le Prix de l'Arc de Triomphe est doté de 5 millions d'euros. | The Prix de l'Arc de Triomphe carries a purse of €5m. | The Prix de l'Arc de Triomphe carries a purse of €5bn.
Le cheval de quatre ans s'est imposé d'une longueur et demie. | The four-year-old won by a length and a half. | The four-year-old won by two and a half lengths.
Le Grand Prix de Monaco se court sur 78 tours. | The Monaco Grand Prix is run over 78 laps. | The Monaco Grand Prix is run over 87 laps.
Verstappen s'élancera de la pole position, devant Leclerc, 2e. | Verstappen starts from pole, ahead of second-placed Leclerc. | Verstappen starts from pole, ahead of third-placed Leclerc.
Le pilote a signé le meilleur tour en 1 min 12 s 909. | The driver set the fastest lap in 1:12.909. | The driver set the fastest lap in 1:12.099.
Les 24 Heures du Mans partent samedi à 16 heures. | The Le Mans 24 Hours starts on Saturday at 4pm. | The Le Mans 24 Hours starts on Sunday at 4pm.
La voiture gagnante a parcouru 5 397 km, soit 387 tours. | The winning car covered 5,397km, or 387 laps. | The winning car covered 5,397km, or 378 laps.
Le jockey remporte son troisième Prix du Jockey Club. | The jockey wins his third Prix du Jockey Club. | The jockey wins his second Prix du Jockey Club.
Le tiercé a rapporté 1 250,40 euros pour 1 euro dans l'ordre. | The tiercé paid €1,250.40 for a €1 stake in the right order. | The tiercé paid €1,520.40 for a €1 stake in the right order.
La monoplace atteint 340 km/h en bout de ligne droite. | The car reaches 340 km/h at the end of the straight. | The car reaches 340 mph at the end of the straight.
Hamilton a écopé d'une pénalité de cinq secondes. | Hamilton was given a five-second penalty. | Hamilton was given a ten-second penalty.
Le rallye comptait 19 spéciales, pour un total de 300 km chronométrés. | The rally had 19 special stages, 300 timed kilometres in all. | The rally had 18 special stages, 300 timed kilometres in all.
Le cheval, un alezan de six ans, partait à 15 contre 1. | The horse, a six-year-old chestnut, started at 15-1. | The horse, a six-year-old chestnut, started at 5-1.
Le Dakar 2024 s'étend sur 12 étapes et près de 8 000 km. | The 2024 Dakar runs over 12 stages and nearly 8,000km. | The 2024 Dakar runs over 12 stages and nearly 9,000km.
L'écurie a inscrit 860 points au championnat des constructeurs. | The team scored 860 points in the constructors' championship. | The team scored 680 points in the constructors' championship.
Le Grand Prix du Canada aura lieu le dimanche 9 juin. | The Canadian Grand Prix is on Sunday June 9. | The Canadian Grand Prix is on Sunday June 19.
Il s'agit de la 100e victoire de l'écurie en Formule 1. | It is the team's 100th Formula One win. | It is the team's 200th Formula One win.
Plus de 300 000 spectateurs étaient présents sur le circuit. | More than 300,000 spectators attended the circuit. | More than 30,000 spectators attended the circuit.
# road safety and traffic offences
La vitesse est abaissée à 80 km/h sur les routes secondaires. | The speed limit is lowered to 80km/h on secondary roads. | The speed limit is lowered to 70km/h on secondary roads.
Le conducteur roulait à 212 km/h au lieu de 130. | The driver was doing 212km/h instead of 130. | The driver was doing 221km/h instead of 130.
Un excès de vitesse de plus de 50 km/h coûte désormais six points. | Speeding by more than 50km/h now costs six points. | Speeding by more than 50km/h now costs three points.
L'amende forfaitaire est de 135 euros, minorée à 90 euros. | The fixed fine is €135, reduced to €90. | The fixed fine is €135, reduced to €45.
3 167 personnes sont mortes sur les routes de métropole en 2023. | 3,167 people died on mainland France's roads in 2023. | 3,617 people died on mainland France's roads in 2023.
La mortalité routière a baissé de 4,3 % par rapport à 2022. | Road deaths fell 4.3% from 2022. | Road deaths fell 4.3% from 2021.
Le taux d'alcool légal est limité à 0,5 gramme par litre de sang. | The legal alcohol limit is 0.5 grams per litre of blood. | The legal alcohol limit is 0.8 grams per litre of blood.
Le jeune conducteur, âgé de 19 ans, n'avait son permis que depuis deux mois. | The 19-year-old driver had held his licence for only two months. | The 19-year-old driver had held his licence for only two weeks.
Les motards représentent 22 % des tués pour 2 % du trafic. | Motorcyclists account for 22% of deaths but 2% of traffic. | Motorcyclists account for 22% of deaths but 12% of traffic.
Le radar a flashé 12 000 véhicules en une semaine. | The speed camera flashed 12,000 vehicles in a week. | The speed camera flashed 12,000 vehicles in a month.
L'accident, survenu vers 6 h 30, a impliqué trois poids lourds. | The crash, at around 6.30am, involved three lorries. | The crash, at around 7.30am, involved three lorries.
L'autoroute A7 a été fermée pendant une douzaine d'heures. | The A7 motorway was closed for a dozen hours. | The A7 motorway was closed for a dozen days.
Le permis compte 12 points, 6 pendant la période probatoire. | The licence has 12 points, 6 during the probationary period. | The licence has 12 points, 8 during the probationary period.
Le chauffard encourt cinq ans de prison et 75 000 euros d'amende. | The driver faces five years in prison and a €75,000 fine. | The driver faces seven years in prison and a €75,000 fine.
Les trottinettes sont limitées à 25 km/h. | E-scooters are limited to 25km/h. | E-scooters are limited to 20km/h.
Un automobiliste sur quatre avoue téléphoner au volant. | One driver in four admits phoning at the wheel. | One driver in three admits phoning at the wheel.
Le contrôle technique coûte en moyenne 78 euros. | The roadworthiness test costs €78 on average. | The roadworthiness test costs €87 on average.
Les départs en vacances promettent 700 km de bouchons cumulés samedi. | Holiday departures promise 700km of tailbacks in all on Saturday. | Holiday departures promise 700 miles of tailbacks in all on Saturday.
La limitation a été ramenée de 90 à 80 km/h en 2018. | The limit was cut from 90 to 80km/h in 2018. | The limit was cut from 90 to 80km/h in 2019.
Le conducteur avait 1,2 g d'alcool dans le sang. | The driver had 1.2g of alcohol in his blood. | The driver had 2.1g of alcohol in his blood.
# television audiences
Le JT de 20 heures de TF1 a réuni 5,4 millions de téléspectateurs. | TF1's 8pm news drew 5.4 million viewers. | TF1's 8pm news drew 4.5 million viewers.
La finale a été suivie par 24,1 millions de personnes, soit 81 % de part d'audience. | The final was watched by 24.1 million people, an 81% audience share. | The final was watched by 24.1 million people, an 18% audience share.
La série a attiré 3,9 millions de fidèles, 18,2 % du public. | The series drew 3.9 million loyal viewers, 18.2% of the audience. | The series drew 3.9 million loyal viewers, 12.8% of the audience.
L'émission perd 300 000 téléspectateurs en une semaine. | The show lost 300,000 viewers in a week. | The show lost 3,000 viewers in a week.
La chaîne fête ses 40 ans le 4 novembre. | The channel turns 40 on November 4. | The channel turns 50 on November 4.
Le débat a culminé à 9 millions de téléspectateurs vers 22 h 15. | The debate peaked at 9 million viewers at around 10.15pm. | The debate peaked at 9 million viewers at around 11.15pm.
Le documentaire sera diffusé mercredi à 21 h 10. | The documentary will be shown on Wednesday at 21.10. | The documentary will be shown on Thursday at 21.10.
La part d'audience de la chaîne a gagné 0,6 point sur un an. | The channel's audience share rose 0.6 points in a year. | The channel's audience share rose 0.6% in a year.
Netflix revendique 260 millions d'abonnés dans le monde. | Netflix claims 260 million subscribers worldwide. | Netflix claims 206 million subscribers worldwide.
La saison 2 comptera huit épisodes de 52 minutes. | Season two will have eight 52-minute episodes. | Season two will have eight 25-minute episodes.
Le jeu télévisé fête sa 10 000e émission. | The game show is celebrating its 10,000th episode. | The game show is celebrating its 1,000th episode.
La redevance rapportait 3,2 milliards d'euros par an. | The licence fee brought in 3.2 thousand million euros a year. | The licence fee brought in 3.2 million euros a year.
Le présentateur, septuagénaire, quitte l'antenne après 32 ans. | The presenter, in his seventies, is leaving the air after 32 years. | The presenter, in his sixties, is leaving the air after 32 years.
Le téléfilm a rassemblé près de quatre millions de curieux. | The TV film drew nearly 4m viewers. | The TV film drew nearly 14m viewers.
Les Français regardent la télévision 3 h 10 par jour. | The French watch three hours and ten minutes of television a day. | The French watch three hours and forty minutes of television a day.
Le talk-show est diffusé du lundi au jeudi. | The talk show airs Monday to Thursday. | The talk show airs Monday to Friday.
La cérémonie des César a réuni 1,6 million de téléspectateurs, son plus bas score depuis 2003. | The César awards drew 1.6 million viewers, the lowest since 2003. | The César awards drew 1.6 million viewers, the lowest since 2013.
Un quart des 15-24 ans ne regardent plus la télévision. | A quarter of 15- to 24-year-olds no longer watch television. | A quarter of 15- to 34-year-olds no longer watch television.
# wildfires, storms and weather warnings
Météo-France place 12 départements en vigilance orange orages. | Météo-France has put 12 departments on orange storm alert. | Météo-France has put 21 departments on orange storm alert.
L'incendie a parcouru 1 800 hectares en une nuit. | The fire burned through 1,800 hectares in one night. | The fire burned through 8,100 hectares in one night.
Plus de 600 pompiers et 8 Canadair sont mobilisés. | More than 600 firefighters and eight water bombers are deployed. | More than 600 firefighters and six water bombers are deployed.
Les rafales pourraient atteindre 130 km/h sur les caps exposés. | Gusts could reach 130 kph on exposed headlands. | Gusts could reach 130 mph on exposed headlands.
La vigilance rouge canicule est levée jeudi à 6 heures. | The red heatwave alert is lifted at 6am on Thursday. | The red heatwave alert is lifted at 6pm on Thursday.
Il fera jusqu'à 41 degrés à l'ombre dans la vallée du Rhône. | It will reach 41 degrees in the shade in the Rhône valley. | It will reach 44 degrees in the shade in the Rhône valley.
La tempête a privé d'électricité 1,2 million de foyers. | The storm cut power to 1.2 million homes. | The storm cut power to 2.1 million homes.
Près de 20 000 hectares sont partis en fumée en Gironde en 2022. | Nearly 20,000 hectares went up in smoke in the Gironde in 2022. | Nearly 20,000 hectares went up in smoke in the Gironde in 2021.
Une trentaine d'habitations ont été évacuées. | About thirty homes were evacuated. | About thirteen homes were evacuated.
Le feu n'est pas encore fixé, après 48 heures de lutte. | The fire has not yet been contained after 48 hours of fighting. | The fire has not yet been contained after 24 hours of fighting.
L'épisode cévenol pourrait déverser 300 mm d'eau en 48 heures. | The Cévennes storm could dump 300mm of rain in 48 hours. | The Cévennes storm could dump 300mm of rain in 24 hours.
La neige est attendue au-dessus de 800 mètres. | Snow is expected above 800 metres. | Snow is expected above 1,800 metres.
Le thermomètre affichait 42,9 °C à 15 h, un record absolu pour la ville. | The thermometer showed 42.9C at 3pm, an all-time record for the city. | The thermometer showed 42.9C at 5pm, an all-time record for the city.
L'ouragan de catégorie 4 a touché terre avec des vents de 215 km/h. | The Category 4 hurricane made landfall with winds of 215km/h. | The Category 5 hurricane made landfall with winds of 215km/h.
La crue a atteint 6,1 mètres à l'échelle d'Austerlitz. | The flood reached 6.1 metres on the Austerlitz gauge. | The flood reached 6.7 metres on the Austerlitz gauge.
Le brouillard a réduit la visibilité à moins de 50 mètres. | Fog cut visibility to less than 50 metres. | Fog cut visibility to less than 15 metres.
Les températures vont chuter de 10 à 15 degrés en 24 heures. | Temperatures will fall by 10 to 15 degrees in 24 hours. | Temperatures will fall by 10 to 15 degrees in 12 hours.
Cinq départements sont en vigilance rouge jusqu'à lundi 16 h. | Five departments are on red alert until 4pm on Monday. | Five departments are on red alert until 4pm on Tuesday.
Le pyromane présumé, un quadragénaire, a été interpellé. | The suspected arsonist, a man in his forties, has been arrested. | The suspected arsonist, a man in his fifties, has been arrested.
Les secours ont effectué plus de 2 000 interventions dans la nuit. | Emergency services carried out more than 2,000 call-outs overnight. | Emergency services carried out more than 1,000 call-outs overnight.
# earthquakes, volcanoes and avalanches
Un séisme de magnitude 6,8 a frappé le Maroc vendredi à 23 h 11. | A magnitude 6.8 earthquake struck Morocco on Friday at 11.11pm. | A magnitude 6.8 earthquake struck Morocco on Friday at 11.11am.
Le bilan s'élève à près de 3 000 morts. | The death toll stands at nearly 3,000. | The death toll stands at nearly 300.
L'épicentre se situait à 71 km au sud-ouest de Marrakech. | The epicentre was 71km south-west of Marrakesh. | The epicentre was 17km south-west of Marrakesh.
Le foyer du séisme était à 10 kilomètres de profondeur. | The quake's focus was 10 kilometres deep. | The quake's focus was 10 miles deep.
Le risque d'avalanche est de 4 sur une échelle de 5. | The avalanche risk is 4 on a scale of 5. | The avalanche risk is 3 on a scale of 5.
L'avalanche a emporté une cordée de six alpinistes. | The avalanche swept away a roped party of six climbers. | The avalanche swept away a roped party of seven climbers.
Le volcan est entré en éruption pour la première fois depuis 1977. | The volcano erupted for the first time since 1977. | The volcano erupted for the first time since 1997.
Le Piton de la Fournaise est en éruption depuis une quinzaine de jours. | Piton de la Fournaise has been erupting for a fortnight. | Piton de la Fournaise has been erupting for a month.
Plus de 400 répliques ont été enregistrées en 48 heures. | More than 400 aftershocks were recorded in 48 hours. | More than 40 aftershocks were recorded in 48 hours.
Le panache de cendres s'élève à 11 000 mètres. | The ash plume rises to 11,000 metres. | The ash plume rises to 11,000 feet.
Un deuxième séisme, de magnitude 7,5, a suivi neuf heures plus tard. | A second quake, of magnitude 7.5, followed nine hours later. | A second quake, of magnitude 7.8, followed nine hours later.
Le tsunami a provoqué des vagues de 3 mètres. | The tsunami caused 3-metre waves. | The tsunami caused 30-metre waves.
Les secouristes ont sorti une octogénaire des décombres après 60 heures. | Rescuers pulled a woman in her eighties from the rubble after 60 hours. | Rescuers pulled a woman in her seventies from the rubble after 60 hours.
Le séisme de 1909 en Provence avait fait 46 morts. | The 1909 earthquake in Provence killed 46 people. | The 1919 earthquake in Provence killed 46 people.
L'ONU estime que 300 000 personnes ont besoin d'aide. | The UN estimates that 300,000 people need help. | The UN estimates that 3 million people need help.
La coulée de lave avance à 30 mètres par heure. | The lava flow is advancing 30 metres an hour. | The lava flow is advancing 30 metres a day.
Le massif a reçu 1,5 mètre de neige fraîche en trois jours. | The massif got 1.5 metres of fresh snow in three days. | The massif got 1.5 metres of fresh snow in four days.
La secousse a été ressentie jusqu'à 500 km. | The tremor was felt up to 500km away. | The tremor was felt up to 50km away.
# hospitals and emergency care
Le temps d'attente aux urgences dépasse souvent 6 heures. | Waiting times in A&E often exceed six hours. | Waiting times in A&E often exceed eight hours.
L'hôpital a dû déprogrammer 1 200 opérations en un mois. | The hospital had to cancel 1,200 operations in a month. | The hospital had to cancel 2,100 operations in a month.
Un patient sur cinq repart sans avoir vu de médecin. | One patient in five leaves without seeing a doctor. | One patient in ten leaves without seeing a doctor.
Le Samu reçoit près de 30 millions d'appels par an. | The emergency medical service gets nearly 30 million calls a year. | The emergency medical service gets nearly 13 million calls a year.
Les urgences fermeront la nuit de 18 h 30 à 8 h 30. | A&E will close at night from 6.30pm to 8.30am. | A&E will close at night from 6.30pm to 9.30am.
L'établissement compte 1 450 lits et emploie 6 000 personnes. | The hospital has 1450 beds and employs 6000 people. | The hospital has 1540 beds and employs 6000 people.
La grippe a entraîné 4 300 hospitalisations la semaine dernière. | Flu led to 4,300 hospital admissions last week. | Flu led to 3,400 hospital admissions last week.
Le taux d'occupation des lits de réanimation atteint 95 %. | Intensive care beds are 95% full. | Intensive care beds are 59% full.
Le plan prévoit le recrutement de 10 000 infirmiers d'ici 2027. | The plan provides for hiring 10,000 nurses by 2027. | The plan provides for hiring 100,000 nurses by 2027.
Les internes sont en grève depuis une semaine. | Junior doctors have been on strike for a week. | Junior doctors have been on strike for a month.
Un bébé sur 1 000 naît avec cette malformation. | One baby in 1,000 is born with this defect. | One baby in 10,000 is born with this defect.
L'épidémie de bronchiolite a touché 60 000 nourrissons. | The bronchiolitis outbreak has hit 60,000 babies. | The bronchiolitis outbreak has hit 16,000 babies.
Le délai pour voir un ophtalmologue est de 80 jours en moyenne. | The wait to see an eye specialist averages 80 days. | The wait to see an eye specialist averages 180 days.
Le déficit de l'hôpital public atteint 1,5 milliard d'euros. | Public hospitals' deficit has reached €1.5bn. | Public hospitals' deficit has reached €1.5m.
La consultation chez le généraliste passe à 30 euros le 22 décembre. | A GP visit goes up to €30 on December 22. | A GP visit goes up to €30 on December 12.
Le nombre de donneurs d'organes a progressé de 9 % en un semestre. | The number of organ donors rose 9% in six months. | The number of organ donors rose 9% in a year.
L'hôpital a traité les trois quarts des patients en moins de quatre heures. | The hospital treated three-quarters of patients within four hours. | The hospital treated two-thirds of patients within four hours.
La maternité réalise 2 500 accouchements par an. | The maternity unit delivers 2,500 babies a year. | The maternity unit delivers 2,500 babies a month.
Le patient, un nonagénaire, est décédé le 12.03.2013. | The patient, a man in his nineties, died on 12 March 2013. | The patient, a man in his nineties, died on 13 March 2013.
# nutrition and food safety
Le rappel concerne 12 000 boîtes de conserve. | The recall covers 12,000 tins. | The recall covers 21,000 tins.
Les lots sont à consommer avant le 15/08/2024. | The batches have a use-by date of 15.08.2024. | The batches have a use-by date of 15.08.2025.
Une canette de soda contient l'équivalent de sept morceaux de sucre. | A can of fizzy drink contains the equivalent of seven sugar lumps. | A can of fizzy drink contains the equivalent of five sugar lumps.
L'OMS recommande moins de 5 grammes de sel par jour. | The WHO recommends less than 5 grams of salt a day. | The WHO recommends less than 5 grams of salt a week.
Un adulte sur deux est en surpoids. | One adult in two is overweight. | One adult in three is overweight.
Le produit contenait 0,1 mg de plomb par kilo, le double de la norme. | The product contained 0.1mg of lead per kilo, twice the limit. | The product contained 0.1mg of lead per kilo, three times the limit.
L'intoxication a touché une cinquantaine de convives. | The food poisoning affected around fifty guests. | The food poisoning affected around fifteen guests.
Ce plat apporte 850 kcal, soit près de la moitié des besoins quotidiens. | The dish provides 850 kcal, nearly half of daily needs. | The dish provides 580 kcal, nearly half of daily needs.
Les Français consomment en moyenne 2,5 fruits et légumes par jour. | The French eat an average of 2.5 portions of fruit and vegetables a day. | The French eat an average of 5.2 portions of fruit and vegetables a day.
La contamination à la salmonelle a causé 15 hospitalisations. | The salmonella contamination put 15 people in hospital. | The salmonella contamination put 50 people in hospital.
Les ventes de bio ont reculé de 4,6 % en 2023. | Organic food sales fell 4.6% in 2023. | Organic food sales fell 6.4% in 2023.
Une baguette ne devra pas contenir plus de 1,4 gramme de sel pour 100 g de farine. | A baguette may contain no more than 1.4 grams of salt per 100g of flour. | A baguette may contain no more than 1.8 grams of salt per 100g of flour.
La cantine sert 3 500 repas chaque midi. | The canteen serves 3,500 meals every lunchtime. | The canteen serves 5,300 meals every lunchtime.
Le prix du repas à la cantine reste fixé à 1 euro. | The price of a canteen meal stays at one euro. | The price of a canteen meal stays at two euros.
L'enquête porte sur 1 000 produits transformés. | The survey covers 1000 processed products. | The survey covers 100 processed products.
Un tiers des aliments produits dans le monde est gaspillé. | A third of the world's food is wasted. | A quarter of the world's food is wasted.
Chaque Français jette 30 kg de nourriture par an, dont 7 kg encore emballés. | Each French person throws away 30kg of food a year, 7kg of it still wrapped. | Each French person throws away 30kg of food a year, 17kg of it still wrapped.
Le fromage au lait cru a été retiré des rayons de 1 300 magasins. | The raw-milk cheese was taken off the shelves of 1,300 shops. | The raw-milk cheese was taken off the shelves of 3,100 shops.
# social benefits and the minimum wage
Le Smic horaire brut passe à 11,65 euros au 1er janvier. | The gross hourly minimum wage rises to €11.65 on January 1. | The gross hourly minimum wage rises to €11.56 on January 1.
Le RSA pour une personne seule s'élève à 607,75 euros par mois. | The RSA for a single person is €607.75 a month. | The RSA for a single person is €607.75 a week.
Les allocations familiales sont versées à partir du deuxième enfant. | Family allowances are paid from the second child. | Family allowances are paid from the third child.
La prime de Noël, de 152,45 euros, sera versée le 15 décembre. | The Christmas bonus of €152.45 will be paid on December 15. | The Christmas bonus of €152.45 will be paid on December 25.
Près de 2 millions de foyers touchent le RSA. | Nearly 2 million households receive the RSA. | Nearly 3 million households receive the RSA.
Les APL baissent de 5 euros par mois. | Housing benefit is cut by €5 a month. | Housing benefit is cut by €15 a month.
Le montant net du Smic mensuel atteint 1 398,69 euros. | The net monthly minimum wage reaches €1,398.69. | The net monthly minimum wage reaches €1,389.69.
Le chômage partiel a concerné jusqu'à 8,6 millions de salariés en avril 2020. | Short-time working covered up to 8.6 million employees in April 2020. | Short-time working covered up to 6.8 million employees in April 2020.
Un bénéficiaire sur trois ne réclame pas ses droits. | One eligible person in three does not claim. | One eligible person in four does not claim.
L'allocation de rentrée scolaire atteint 398,09 euros pour un enfant de 6 à 10 ans. | The back-to-school allowance is €398.09 for a child aged six to ten. | The back-to-school allowance is €398.09 for a child aged six to eleven.
Le minimum vieillesse est revalorisé de 4,6 %. | The minimum old-age pension goes up 4.6%. | The minimum old-age pension goes up 6.4%.
Le plafond de ressources est fixé à 2 000 euros par mois pour un couple. | The income ceiling is set at €2,000 a month for a couple. | The income ceiling is set at €2,000 a year for a couple.
La réforme doit économiser 3 milliards d'euros d'ici 2027. | The reform is meant to save three thousand million euros by 2027. | The reform is meant to save three thousand million euros by 2026.
Le congé de paternité passe de 14 à 28 jours. | Paternity leave goes from a fortnight to four weeks. | Paternity leave goes from a fortnight to three weeks.
Les bénéficiaires devront effectuer 15 heures d'activité par semaine. | Recipients will have to do 15 hours of activity a week. | Recipients will have to do 15 hours of activity a month.
Le chèque alimentaire de 100 euros sera complété de 50 euros par enfant. | The €100 food voucher will be topped up by €50 per child. | The €100 food voucher will be topped up by €30 per child.
Le taux de pauvreté atteint 14,5 % de la population. | The poverty rate is 14.5% of the population. | The poverty rate is 15.4% of the population.
Le seuil de pauvreté est fixé à 1 158 euros par mois. | The poverty line is set at €1,158 a month. | The poverty line is set at €1,185 a month.
# football transfers and players' pay
Le PSG a déboursé 222 millions d'euros pour recruter Neymar en 2017. | PSG paid €222m to sign Neymar in 2017. | PSG paid €222m to sign Neymar in 2016.
Mbappé percevrait un salaire de 72 millions d'euros brut par an. | Mbappé reportedly earns a gross salary of €72m a year. | Mbappé reportedly earns a gross salary of €27m a year.
Le milieu de terrain de 23 ans a signé un contrat de cinq ans. | The 23-year-old midfielder has signed a five-year contract. | The 23-year-old midfielder has signed a four-year contract.
Le montant du transfert pourrait atteindre 100 M€ avec les bonus. | The fee could reach €100m with bonuses. | The fee could reach €100bn with bonuses.
La clause libératoire est fixée à un milliard d'euros. | The release clause is set at one thousand million euros. | The release clause is set at one million euros.
Le mercato d'hiver ferme le 1er février à 23 heures. | The winter transfer window closes on February 1 at 11pm. | The winter transfer window closes on February 1 at 10pm.
Le club a dépensé 1,2 milliard d'euros en cinq saisons. | The club has spent 1.2 billion euros in five seasons. | The club has spent 1.2 million euros in five seasons.
L'attaquant a inscrit 41 buts en 52 matches la saison dernière. | The striker scored 41 goals in 52 games last season. | The striker scored 41 goals in 25 games last season.
Il a été prêté pour six mois avec option d'achat. | He has been loaned for six months with an option to buy. | He has been loaned for a year with an option to buy.
Les droits télé de la Ligue 1 rapportent 500 millions d'euros par saison. | Ligue 1 TV rights bring in half a billion euros a season. | Ligue 1 TV rights bring in a billion euros a season.
Le gardien, quadragénaire, prolonge d'une saison. | The goalkeeper, in his forties, extends his contract by a season. | The goalkeeper, in his thirties, extends his contract by a season.
Le club a été sanctionné d'un retrait de deux points. | The club was docked two points. | The club was docked three points.
Le joueur a été suspendu quatre matches. | The player was banned for four matches. | The player was banned for three matches.
L'Olympique lyonnais est endetté à hauteur de 505 millions d'euros. | Lyon have debts of €505m. | Lyon have debts of €550m.
L'international français compte 72 sélections et 16 buts. | The French international has 72 caps and 16 goals. | The French international has 27 caps and 16 goals.
Le transfert le plus cher de l'été s'élève à 117,5 millions. | The most expensive transfer of the summer came to 117.5 million. | The most expensive transfer of the summer came to 175.5 million.
Le club a terminé 3e de Ligue 1, qualificatif pour la Ligue des champions. | The club finished third in Ligue 1, a Champions League place. | The club finished fourth in Ligue 1, a Champions League place.
Le stade de 67 000 places affichait complet. | The 67,000-seat stadium was sold out. | The 76,000-seat stadium was sold out.
# start-ups and fundraising
Mistral AI a levé 385 millions d'euros en décembre. | Mistral AI raised €385m in December. | Mistral AI raised €358m in December.
La start-up est désormais valorisée deux milliards de dollars. | The start-up is now valued at two thousand million dollars. | The start-up is now valued at twenty thousand million dollars.
La jeune pousse emploie une soixantaine de salariés. | The start-up employs some sixty people. | The start-up employs some sixteen people.
La France compte 30 licornes, selon Bercy. | France has 30 unicorns, according to the finance ministry. | France has 13 unicorns, according to the finance ministry.
Le tour de table de série B atteint 45 M$. | The Series B round reached $45m. | The Series B round reached $54m.
L'entreprise a doublé son chiffre d'affaires en un an, à 12 millions d'euros. | The company doubled its turnover in a year to €12m. | The company tripled its turnover in a year to €12m.
Les investissements en capital-risque ont chuté de 38 % au premier semestre. | Venture capital investment fell 38% in the first half. | Venture capital investment fell 38% in the second half.
La société a été fondée en 2019 par trois anciens de Google. | The company was founded in 2019 by three former Google employees. | The company was founded in 2019 by four former Google employees.
Le fonds de 500 millions d'euros vise 25 entreprises. | The €500m fund is aimed at 25 companies. | The €500m fund is aimed at 52 companies.
La start-up a brûlé 80 % de sa trésorerie en 18 mois. | The start-up burned through 80% of its cash in 18 months. | The start-up burned through 80% of its cash in 8 months.
Le rachat valorise l'entreprise à 1,3 Md€. | The takeover values the company at €1.3bn. | The takeover values the company at €3.1bn.
VivaTech a accueilli 165 000 visiteurs sur quatre jours. | VivaTech drew 165,000 visitors over four days. | VivaTech drew 165,000 visitors over five days.
L'entreprise prévoit d'atteindre la rentabilité au second semestre 2025. | The company expects to turn a profit in the second half of 2025. | The company expects to turn a profit in the first half of 2025.
Un tiers des start-up ferment dans les trois ans. | A third of start-ups close within three years. | A third of start-ups close within five years.
Le crédit d'impôt recherche coûte 7 milliards d'euros par an à l'État. | The research tax credit costs the state €7bn a year. | The research tax credit costs the state €7m a year.
La levée a été bouclée en 48 heures auprès d'une dizaine d'investisseurs. | The round was closed in 48 hours with about ten investors. | The round was closed in 48 hours with about twenty investors.
# smartphones and computers
Le smartphone embarque une batterie de 5 000 mAh. | The phone has a 5000mAh battery. | The phone has a 4000mAh battery.
L'écran de 6,7 pouces affiche 120 images par seconde. | The 6.7-inch screen displays 120 frames a second. | The 6.7-inch screen displays 90 frames a second.
L'appareil photo principal dispose d'un capteur de 200 mégapixels. | The main camera has a 200-megapixel sensor. | The main camera has a 20-megapixel sensor.
Le modèle de base propose 128 Go de stockage et 8 Go de mémoire vive. | The base model offers 128GB of storage and 8GB of RAM. | The base model offers 128GB of storage and 6GB of RAM.
Il est vendu 1 229 euros, 100 euros de plus que son prédécesseur. | It sells for €1,229, €100 more than its predecessor. | It sells for €1,299, €100 more than its predecessor.
La recharge de 0 à 50 % prend 30 minutes. | Charging from zero to 50% takes half an hour. | Charging from zero to 50% takes an hour.
Le processeur grimpe à 3,3 GHz. | The processor runs at up to 3.3GHz. | The processor runs at up to 3.8GHz.
L'ordinateur pèse 1,24 kg pour 11,3 mm d'épaisseur. | The laptop weighs 1.24kg and is 11.3mm thick. | The laptop weighs 1.42kg and is 11.3mm thick.
L'autonomie annoncée atteint 22 heures en lecture vidéo. | Claimed battery life is 22 hours of video playback. | Claimed battery life is 12 hours of video playback.
La puce est gravée en 3 nanomètres. | The chip is made on a 3-nanometre process. | The chip is made on a 5-nanometre process.
Le fabricant garantit sept ans de mises à jour. | The maker promises seven years of updates. | The maker promises five years of updates.
Le casque sera commercialisé à partir du 2 février à 3 499 dollars. | The headset goes on sale on February 2 at $3,499. | The headset goes on sale on February 2 at $3,999.
La fibre permet des débits jusqu'à 8 Gbit/s. | Fibre allows speeds of up to 8Gbps. | Fibre allows speeds of up to 8Mbps.
Le téléphone pliable mesure 12,1 mm une fois fermé. | The foldable phone is 12.1mm thick when closed. | The foldable phone is 21.1mm thick when closed.
Le disque SSD de 2 To coûte désormais moins de 100 euros. | A 2TB SSD now costs under €100. | A 2TB SSD now costs under €200.
Les ventes de PC ont reculé de 16 % au troisième trimestre. | PC sales fell 16% in the third quarter. | PC sales fell 16% in the second quarter.
L'iPhone 15 a été présenté le 12/09/2023. | The iPhone 15 was unveiled on 12.09.2023. | The iPhone 15 was unveiled on 13.09.2023.
Le chargeur rapide de 65 W remplit la batterie en 40 minutes. | The 65W fast charger fills the battery in 40 minutes. | The 65W fast charger fills the battery in 14 minutes.
# police, crime and prisons
Les prisons françaises comptent 75 677 détenus pour 61 000 places. | French prisons hold 75,677 inmates for 61,000 places. | French prisons hold 75,677 inmates for 16,000 places.
Le taux d'occupation dépasse 140 % dans les maisons d'arrêt. | Occupancy exceeds 140% in remand prisons. | Occupancy exceeds 114% in remand prisons.
La garde à vue a été prolongée de 48 heures. | Police custody was extended by 48 hours. | Police custody was extended by 24 hours.
Les cambriolages ont augmenté de 6 % sur les neuf premiers mois de l'année. | Burglaries rose 6% in the first nine months of the year. | Burglaries rose 6% in the first six months of the year.
Une douzaine de suspects ont été interpellés à l'aube. | A dozen suspects were arrested at dawn. | Two dozen suspects were arrested at dawn.
Les enquêteurs ont saisi 1,2 tonne de cocaïne et 600 000 euros en liquide. | Investigators seized 1.2 tonnes of cocaine and €600,000 in cash. | Investigators seized 2.1 tonnes of cocaine and €600,000 in cash.
Le braquage a eu lieu vers 21 h 45. | The robbery took place at around 9.45pm. | The robbery took place at around 8.45pm.
La police a dressé 450 procès-verbaux lors du week-end. | Police issued 450 fines over the weekend. | Police issued 540 fines over the weekend.
Le suspect, un trentenaire, était connu des services de police. | The suspect, a man in his thirties, was known to the police. | The suspect, a man in his twenties, was known to the police.
Le réseau aurait écoulé 300 kg de cannabis par mois. | The network allegedly sold 300kg of cannabis a month. | The network allegedly sold 300kg of cannabis a week.
Les homicides ont progressé de 3 % en 2023, à 1 010 victimes. | Homicides rose 3% in 2023 to 1,010 victims. | Homicides rose 3% in 2023 to 1,100 victims.
Quelque 12 000 policiers et gendarmes seront mobilisés le 31 décembre. | Some 12,000 police and gendarmes will be deployed on December 31. | Some 12,000 police and gendarmes will be deployed on December 30.
Il a été condamné à 18 mois de prison, dont six avec sursis. | He was given 18 months in prison, six of them suspended. | He was given 18 months in prison, eight of them suspended.
La fusillade a fait deux morts et trois blessés. | The shooting left two dead and three injured. | The shooting left two dead and four injured.
La période de sûreté est fixée aux deux tiers de la peine. | The minimum term is set at two-thirds of the sentence. | The minimum term is set at half of the sentence.
Le détenu s'est évadé le 13 mai 2024 lors d'un transfert. | The inmate escaped on 13/05/2024 during a transfer. | The inmate escaped on 13/05/2023 during a transfer.
Près de 3 500 caméras de vidéosurveillance couvrent la ville. | Nearly 3,500 CCTV cameras cover the city. | Nearly 5,300 CCTV cameras cover the city.
Le trafic rapportait entre 20 000 et 30 000 euros par jour. | The trafficking brought in €20,000 to €30,000 a day. | The trafficking brought in €20,000 to €40,000 a day.
L'agresseur encourt jusqu'à sept ans de réclusion. | The attacker faces up to seven years in prison. | The attacker faces up to ten years in prison.
# legal penalties and fines
L'entreprise a écopé d'une amende de 4,3 milliards d'euros. | The company was fined 4.3 thousand million euros. | The company was fined 3.4 thousand million euros.
Le délit est passible de trois ans d'emprisonnement et de 45 000 € d'amende. | The offence carries up to three years in prison and a €45,000 fine. | The offence carries up to three years in prison and a €54,000 fine.
La Cnil inflige une amende de 150 M€ à Google. | The CNIL has fined Google €150m. | The CNIL has fined Google €15m.
Le prévenu a été condamné à 240 heures de travail d'intérêt général. | The defendant was given 240 hours of community service. | The defendant was given 120 hours of community service.
Le tribunal a prononcé une interdiction de gérer pendant dix ans. | The court banned him from running a company for ten years. | The court banned him from running a company for five years.
Les dommages et intérêts s'élèvent à 1,5 million. | Damages come to 1.5 million. | Damages come to 1.5 billion.
Le procès doit durer quatre mois, jusqu'au 20 décembre. | The trial is due to last four months, until December 20. | The trial is due to last four months, until December 2.
La cour d'appel a réduit la peine de 20 à 15 ans de réclusion. | The appeal court cut the sentence from 20 to 15 years. | The appeal court cut the sentence from 20 to 12 years.
Il risque la perpétuité, assortie d'une période de sûreté de 22 ans. | He faces life with a minimum term of 22 years. | He faces life with a minimum term of 30 years.
Le jugement sera rendu le 3 octobre à 14 heures. | Judgment will be handed down on October 3 at 2pm. | Judgment will be handed down on October 13 at 2pm.
# parliament votes and bills
Le texte a été adopté par 350 voix contre 210. | The bill was passed by 350 votes to 210. | The bill was passed by 350 votes to 201.
La motion de censure n'a recueilli que 278 voix, neuf de moins que la majorité requise. | The no-confidence motion got only 278 votes, nine short of the required majority. | The no-confidence motion got only 278 votes, nineteen short of the required majority.
Le gouvernement a eu recours au 49.3 pour la 23e fois. | The government used Article 49.3 for the 23rd time. | The government used Article 49.3 for the 32nd time.
L'Assemblée compte 577 députés et le Sénat 348 sénateurs. | The National Assembly has 577 MPs and the Senate 348 senators. | The National Assembly has 577 MPs and the Senate 384 senators.
Les débats ont duré plus de 115 heures. | The debates lasted more than 115 hours. | The debates lasted more than 151 hours.
Plus de 20 000 amendements ont été déposés. | More than 20,000 amendments were tabled. | More than 2,000 amendments were tabled.
La loi entrera en vigueur le 1er septembre. | The law will come into force on September 1. | The law will come into force on September 10.
Le projet de budget prévoit un déficit de 4,4 % du PIB. | The draft budget forecasts a deficit of 4.4% of GDP. | The draft budget forecasts a deficit of 4.1% of GDP.
La commission mixte paritaire réunit sept députés et sept sénateurs. | The joint committee brings together seven MPs and seven senators. | The joint committee brings together seven MPs and eight senators.
Le vote solennel aura lieu mardi à 15 heures. | The formal vote will take place on Tuesday at 3pm. | The formal vote will take place on Wednesday at 3pm.
La proposition de loi a été rejetée à une voix près. | The bill was rejected by a single vote. | The bill was rejected by two votes.
Il faut 185 signatures de parlementaires pour déclencher un référendum. | It takes 185 MPs' signatures to trigger a referendum. | It takes 158 MPs' signatures to trigger a referendum.
La session extraordinaire s'ouvre le 1er juillet. | The special session opens on July 1. | The special session opens on June 1.
La majorité absolue est fixée à 289 sièges. | An absolute majority is 289 seats. | An absolute majority is 298 seats.
Le texte avait été voté en première lecture en octobre. | The text was passed at first reading in October. | The text was passed at second reading in October.
La dissolution a été prononcée le 9 juin 2024. | The dissolution was announced on 9 June 2024. | The dissolution was announced on 19 June 2024.
L'abstention a atteint 52,5 % au premier tour. | Abstention reached 52.5% in the first round. | Abstention reached 52.5% in the second round.
La réforme a été approuvée par 52 % des votants. | The reform was approved by 52% of voters. | The reform was approved by 25% of voters.
# election results tables
Liste A : 34,2 % (12 sièges) ; liste B : 28,7 % (9 sièges). | List A: 34.2% (12 seats); list B: 28.7% (9 seats). | List A: 34.2% (12 seats); list B: 28.7% (8 seats).
Inscrits : 45 125 ; votants : 28 310 ; exprimés : 27 402. | Registered: 45,125; voted: 28,310; valid votes: 27,402. | Registered: 45,125; voted: 28,310; valid votes: 27,204.
Participation : 66,7 % (contre 71,2 % en 2019). | Turnout: 66.7% (against 71.2% in 2019). | Turnout: 66.7% (against 71.2% in 2018).
Blancs et nuls : 3,1 %. | Blank and spoilt ballots: 3.1%. | Blank and spoilt ballots: 1.3%.
Le maire sortant est réélu dès le premier tour avec 58,3 % des suffrages. | The outgoing mayor is re-elected in the first round with 58.3% of the vote. | The outgoing mayor is re-elected in the second round with 58.3% of the vote.
Le RN arrive en tête dans 93 des 101 départements. | The RN came first in 93 of the 101 departments. | The RN came first in 83 of the 101 departments.
Résultats définitifs : oui 54,7 %, non 45,3 %. | Final results: yes 54.7%, no 45.3%. | Final results: yes 54.7%, no 44.3%.
L'écart n'est que de 412 voix. | The gap is just 412 votes. | The gap is just 421 votes.
Le candidat a été élu avec 50,02 % des voix. | The candidate was elected with 50.02% of the vote. | The candidate was elected with 50.2% of the vote.
Sur 577 circonscriptions, 76 ont été pourvues au premier tour. | Of 577 constituencies, 76 were decided in the first round. | Of 577 constituencies, 67 were decided in the first round.
Le candidat n'a pas atteint la barre des 5 %. | The candidate did not reach the 5% threshold. | The candidate did not reach the 3% threshold.
# archaeology and prehistory
Les fouilles ont mis au jour une nécropole du IVe siècle. | The dig uncovered a 4th-century necropolis. | The dig uncovered a 5th-century necropolis.
Les peintures de la grotte Chauvet ont environ 36 000 ans. | The Chauvet cave paintings are around 36,000 years old. | The Chauvet cave paintings are around 63,000 years old.
Le site était occupé dès 5 000 ans avant notre ère. | The site was occupied as early as 5000 BC. | The site was occupied as early as 3000 BC.
Le squelette mesure 1,62 m. | The skeleton is 1.62m tall. | The skeleton is 1.26m tall.
Les archéologues ont recensé plus de 200 sépultures. | Archaeologists have recorded more than 200 graves. | Archaeologists have recorded more than 300 graves.
L'épave, datée du XVIe siècle, gît par 30 mètres de fond. | The 16th-century wreck lies in 30 metres of water. | The 16th-century wreck lies in 300 metres of water.
Le trésor compte 1 500 pièces d'or. | The hoard contains 1,500 gold coins. | The hoard contains 5,000 gold coins.
La statue, haute de 2,3 mètres, pèse près de trois tonnes. | The 2.3-metre statue weighs nearly three tonnes. | The 2.3-metre statue weighs nearly four tonnes.
Les restes d'un mammouth vieux de 50 000 ans ont été découverts. | The remains of a 50,000-year-old mammoth have been found. | The remains of a 15,000-year-old mammoth have been found.
La campagne de fouilles durera trois semaines, jusqu'au 28 juillet. | The dig will last three weeks, until July 28. | The dig will last three weeks, until July 18.
Le temple a été construit vers 2 500 av. J.-C. | The temple was built around 2500 BC. | The temple was built around 2050 BC.
La mosaïque romaine couvre 45 m². | The Roman mosaic covers 45 sq m. | The Roman mosaic covers 54 sq m.
Homo sapiens serait arrivé en Europe il y a 54 000 ans. | Homo sapiens may have reached Europe 54,000 years ago. | Homo sapiens may have reached Europe 45,000 years ago.
Le village néolithique comptait une vingtaine de maisons. | The Neolithic village had about twenty houses. | The Neolithic village had about a dozen houses.
La cité a été fondée par les Grecs vers 600 avant J.-C. | The city was founded by the Greeks around 600 BC. | The city was founded by the Greeks around 500 BC.
Le manuscrit date du troisième millénaire avant notre ère. | The manuscript dates from the third millennium BC. | The manuscript dates from the second millennium BC.
# festivals and mass events
Le Festival d'Avignon a vendu 110 000 billets. | The Avignon Festival sold 110,000 tickets. | The Avignon Festival sold 101,000 tickets.
Les Vieilles Charrues ont accueilli 280 000 festivaliers en quatre jours. | Les Vieilles Charrues drew 280,000 festival-goers over four days. | Les Vieilles Charrues drew 280,000 festival-goers over five days.
La Fête des lumières dure quatre nuits, du 8 au 11 décembre. | The Festival of Lights lasts four nights, from 8 to 11 December. | The Festival of Lights lasts four nights, from 8 to 12 December.
Le feu d'artifice sera tiré à 23 heures. | The fireworks will be let off at 11pm. | The fireworks will be let off at 10pm.
Le pass trois jours coûte 189 euros. | The three-day pass costs €189. | The three-day pass costs €198.
Le carnaval de Nice fête sa 150e édition. | The Nice carnival is celebrating its 150th edition. | The Nice carnival is celebrating its 140th edition.
La Braderie de Lille attire deux millions de visiteurs sur un week-end. | The Lille Braderie draws two million visitors over a weekend. | The Lille Braderie draws three million visitors over a weekend.
La Fête de la musique a lieu le 21 juin depuis 1982. | The Fête de la Musique has been held on 21 June since 1982. | The Fête de la Musique has been held on 21 June since 1992.
Le festival de Cannes projettera 22 films en compétition. | The Cannes festival will screen 22 films in competition. | The Cannes festival will screen 21 films in competition.
Les portes ouvriront à 18 h 30 et le concert commencera à 20 h 00. | Doors open at 6.30pm and the concert starts at 8pm. | Doors open at 6.30pm and the concert starts at 9pm.
Un millier de bénévoles encadrent l'événement. | A thousand volunteers staff the event. | A hundred volunteers staff the event.
Le Salon de l'agriculture a reçu 603 000 visiteurs en neuf jours. | The farm show received 603,000 visitors in nine days. | The farm show received 630,000 visitors in nine days.
La Nuit blanche se déroule de 19 heures à 7 heures du matin. | Nuit Blanche runs from 7pm to 7am. | Nuit Blanche runs from 7pm to 6am.
Le défilé du 14-Juillet réunira 6 500 militaires. | The Bastille Day parade will bring together 6,500 troops. | The Bastille Day parade will bring together 5,600 troops.
Le marathon de Paris a compté 54 175 arrivants. | The Paris marathon had 54,175 finishers. | The Paris marathon had 54,715 finishers.
Le festival en est à sa 37e édition. | The festival is in its 37th year. | The festival is in its 27th year.
Les festivaliers ont bu 200 000 litres de bière. | Festival-goers drank 200,000 litres of beer. | Festival-goers drank 200,000 pints of beer.
# charity and humanitarian aid
Le Téléthon a récolté 80,5 millions d'euros de promesses de dons. | The Telethon raised €80.5m in pledges. | The Telethon raised €85.5m in pledges.
Les Restos du cœur ont servi 171 millions de repas cet hiver. | The Restos du Cœur served 171 million meals this winter. | The Restos du Cœur served 117 million meals this winter.
L'ONG a acheminé 40 camions d'aide en trois jours. | The NGO sent 40 lorries of aid in three days. | The NGO sent 14 lorries of aid in three days.
Le don est déductible des impôts à hauteur de 66 %. | Donations are 66% tax-deductible. | Donations are 75% tax-deductible.
L'appel d'urgence vise à réunir 2,5 milliards de dollars. | The emergency appeal aims to raise $2.5bn. | The emergency appeal aims to raise $2.5m.
Plus de 9 millions de personnes souffrent de la faim dans le pays. | More than nine million people are going hungry in the country. | More than six million people are going hungry in the country.
La collecte nationale a permis de réunir 12 000 tonnes de denrées. | The national collection brought in 12,000 tonnes of food. | The national collection brought in 21,000 tonnes of food.
Un enfant sur trois souffre de malnutrition aiguë. | One child in three suffers from acute malnutrition. | One child in four suffers from acute malnutrition.
Le camp accueille 600 000 réfugiés sur 13 km². | The camp holds 600,000 refugees on 13 sq km. | The camp holds 600,000 refugees on 31 sq km.
Les dons ont bondi de 30 % après la catastrophe. | Donations jumped 30% after the disaster. | Donations jumped 13% after the disaster.
L'association compte 75 000 bénévoles. | The charity has 75,000 volunteers. | The charity has 57,000 volunteers.
Chaque euro donné finance 4 repas. | Every euro given pays for four meals. | Every euro given pays for three meals.
Le pont aérien a livré 1 000 tonnes de vivres en une semaine. | The airlift delivered 1000 tonnes of food in a week. | The airlift delivered 1000 tonnes of food in a month.
# railway timetables and clock times
Le premier TGV part de Paris à 6 h 07 et arrive à Marseille à 9 h 16. | The first TGV leaves Paris at 6.07am and reaches Marseille at 9.16am. | The first TGV leaves Paris at 6.07am and reaches Marseille at 9.26am.
Le train de nuit quitte Paris à 20 h 52 pour une arrivée à Nice à 8 h 40. | The night train leaves Paris at 8.52pm, arriving in Nice at 8.40am. | The night train leaves Paris at 8.52pm, arriving in Nice at 9.40am.
La ligne sera fermée du 5 au 23 août pour travaux. | The line will be closed for works from 5 to 23 August. | The line will be closed for works from 5 to 25 August.
Un train toutes les 15 minutes aux heures de pointe. | A train every quarter of an hour at peak times. | A train every half hour at peak times.
Le trajet Paris-Lyon dure 1 h 57. | The Paris-Lyon trip takes 1hr 57min. | The Paris-Lyon trip takes 1hr 47min.
Le RER B circulera un train sur deux ce jeudi. | The RER B will run one train in two this Thursday. | The RER B will run one train in three this Thursday.
Le dernier métro part à 0 h 40 du lundi au jeudi. | The last metro leaves at 12.40am Monday to Thursday. | The last metro leaves at 1.40am Monday to Thursday.
Le TER de 7 h 12 a été supprimé. | The 7.12 regional train has been cancelled. | The 7.21 regional train has been cancelled.
Le retard moyen atteint 12 minutes sur la ligne. | The average delay on the line is 12 minutes. | The average delay on the line is 21 minutes.
La nouvelle ligne 15 transportera 300 000 voyageurs par jour. | The new Line 15 will carry 300,000 passengers a day. | The new Line 15 will carry 200,000 passengers a day.
Le train a été immobilisé trois heures et demie en rase campagne. | The train was stuck for three and a half hours in open country. | The train was stuck for four and a half hours in open country.
Le billet Paris-Bordeaux est proposé à partir de 19 euros. | Paris-Bordeaux tickets start at €19. | Paris-Bordeaux tickets start at €29.
La grève débutera le mardi 5 décembre à 20 heures. | The strike will begin on Tuesday 5 December at 8pm. | The strike will begin on Tuesday 6 December at 8pm.
Le trafic reprendra progressivement à partir de 14 h. | Services will resume gradually from 2pm. | Services will resume gradually from 4pm.
L'Eurostar relie Paris à Londres en 2 h 16. | Eurostar links Paris and London in 2hr 16min. | Eurostar links Paris and London in 2hr 26min.
96 % des trains sont arrivés à l'heure en mai. | 96% of trains arrived on time in May. | 69% of trains arrived on time in May.
Le tram passera toutes les six minutes en semaine. | Trams will run every six minutes on weekdays. | Trams will run every ten minutes on weekdays.
Le train part à 18 h 30 précises. | The train leaves at half past six sharp. | The train leaves at half past seven sharp.
Le bus de 17 h 45 ne circule pas le dimanche. | The 5.45pm bus does not run on Sundays. | The 5.45pm bus does not run on Saturdays.
Les travaux imposent 20 à 30 minutes de trajet supplémentaire. | The works add 20 to 30 minutes to the journey. | The works add 20 to 40 minutes to the journey.
# zoos and wildlife
Le zoo de Beauval a accueilli 2 millions de visiteurs en 2023. | Beauval zoo welcomed 2 million visitors in 2023. | Beauval zoo welcomed 3 million visitors in 2023.
La population de loups est estimée à 1 104 individus. | The wolf population is estimated at 1,104 animals. | The wolf population is estimated at 1,140 animals.
Le panda, né en août 2021, pèse 80 kg. | The panda, born in August 2021, weighs 80kg. | The panda, born in August 2020, weighs 80kg.
Les cigognes parcourent 10 000 km pour rejoindre l'Afrique. | Storks fly 10,000km to reach Africa. | Storks fly 1,000km to reach Africa.
Le nombre d'oiseaux des champs a chuté d'un tiers en quinze ans. | The number of farmland birds has fallen by a third in fifteen years. | The number of farmland birds has fallen by half in fifteen years.
L'ours a été aperçu à 1 200 mètres d'altitude. | The bear was seen at an altitude of 1,200 metres. | The bear was seen at an altitude of 2,100 metres.
La girafe mesure 5,5 mètres. | The giraffe is 5.5 metres tall. | The giraffe is 4.5 metres tall.
La chasse est autorisée du 15 septembre au 28 février. | Hunting is allowed from September 15 to February 28. | Hunting is allowed from September 15 to February 18.
La tortue, une centenaire, est arrivée au zoo en 1958. | The tortoise, over a hundred years old, came to the zoo in 1958. | The tortoise, over a hundred years old, came to the zoo in 1985.
Le frelon asiatique a été repéré dans 70 départements. | The Asian hornet has been spotted in 70 departments. | The Asian hornet has been spotted in 17 departments.
Une ruche peut abriter jusqu'à 50 000 abeilles. | A hive can house up to 50,000 bees. | A hive can house up to 15,000 bees.
Le lynx boréal ne compte plus qu'une centaine d'individus en France. | The Eurasian lynx now numbers only about a hundred in France. | The Eurasian lynx now numbers only about a thousand in France.
La dernière naissance d'un éléphant au zoo remonte à 2016. | The zoo's last elephant birth was in 2016. | The zoo's last elephant birth was in 2006.
Le requin mesurait près de 4 mètres. | The shark was almost four metres long. | The shark was almost five metres long.
Les chats domestiques tuent 75 millions d'oiseaux par an en France. | Pet cats kill 75 million birds a year in France. | Pet cats kill 57 million birds a year in France.
Le gypaète a une envergure de 2,8 m. | The bearded vulture has a wingspan of 2.8m. | The bearded vulture has a wingspan of 3.8m.
# rents, social housing and property
Le loyer moyen à Paris atteint 25,6 euros le mètre carré. | The average rent in Paris is €25.6 per square metre. | The average rent in Paris is €26.5 per square metre.
Les logements classés G ne pourront plus être loués à partir du 1er janvier 2025. | Homes rated G may no longer be let from 1 January 2025. | Homes rated G may no longer be let from 1 January 2028.
Le prix des logements anciens a baissé de 3,9 % sur un an. | Prices of existing homes fell 3.9% year on year. | Prices of existing homes fell 9.3% year on year.
Un studio de 18 m² se loue 850 euros charges comprises. | An 18 sq m studio rents for €850 including service charges. | An 18 sq m studio rents for €950 including service charges.
Le taux des crédits immobiliers est redescendu à 3,6 % sur 20 ans. | Mortgage rates are back down to 3.6% over 20 years. | Mortgage rates are back down to 3.6% over 25 years.
Il manque 600 000 logements sociaux. | There is a shortage of 600,000 social homes. | There is a shortage of 60,000 social homes.
2,6 millions de ménages attendent un logement social. | 2.6 million households are waiting for social housing. | 6.2 million households are waiting for social housing.
Les mises en chantier ont reculé de 22 % en 2023. | Housing starts fell 22% in 2023. | Housing starts fell 22% in 2022.
La maison de 140 m² sur un terrain de 1 000 m² est à vendre 395 000 euros. | The 140 sq m house on a 1000 sq m plot is on sale for €395,000. | The 140 sq m house on a 1000 sq m plot is on sale for €359,000.
Les frais de notaire représentent 7 à 8 % du prix. | Notary fees are 7-8% of the price. | Notary fees are 7-9% of the price.
L'encadrement des loyers s'applique dans une trentaine de villes. | Rent controls apply in some thirty towns. | Rent controls apply in some thirteen towns.
Le dépôt de garantie est limité à un mois de loyer. | The deposit is capped at one month's rent. | The deposit is capped at two months' rent.
Le T3 au troisième étage dispose d'un balcon de 8 m². | The three-room flat on the third floor has an 8 sq m balcony. | The three-room flat on the fourth floor has an 8 sq m balcony.
Un primo-accédant doit gagner 4 500 euros net par mois pour emprunter 250 000 euros. | A first-time buyer must earn €4,500 net a month to borrow €250,000. | A first-time buyer must earn €4,500 net a year to borrow €250,000.
La trêve hivernale court du 1er novembre au 31 mars. | The winter eviction ban runs from November 1 to March 31. | The winter eviction ban runs from November 1 to March 15.
Les expulsions locatives ont atteint 17 500 en 2022. | Evictions reached 17,500 in 2022. | Evictions reached 15,700 in 2022.
La taxe foncière a grimpé de 52 % en dix ans à Paris. | Property tax in Paris has risen 52% in ten years. | Property tax in Paris has risen 52% in five years.
# farm prices, public finance and the families of an outside reading
Le prix du blé tendre a chuté à 210 euros la tonne. | Soft wheat fell to 210 euros per tonne. | Soft wheat fell to 201 euros per tonne.
La France a exporté 10 000 000 de tonnes de blé hors de l'UE. | France exported 10m tonnes of wheat outside the EU. | France exported 100m tonnes of wheat outside the EU.
Les éleveurs ont perdu 1 000 bêtes dans les inondations. | Farmers lost 1000 animals in the floods. | Farmers lost 100 animals in the floods.
La dette publique dépasse 3 000 milliards d'euros. | Public debt exceeds three trillion euros. | Public debt exceeds three billion euros.
Le déficit s'est creusé à 173,3 milliards d'euros. | The deficit widened to 173.3 thousand million euros. | The deficit widened to 137.3 thousand million euros.
Le taux de chômage a reculé de 0,2 point, à 7,3 %. | Unemployment fell 0.2 percentage points to 7.3%. | Unemployment fell 0.2% to 7.3%.
Le biplace s'est écrasé peu après son décollage. | The two-seater crashed shortly after take-off. | The four-seater crashed shortly after take-off.
Les élèves de CM1 ont planté 200 arbres. | The fourth-grade pupils planted 200 trees. | The fourth-grade pupils planted 300 trees.
Le conseil municipal se réunit tous les quinze jours. | The town council meets every fortnight. | The town council meets every week.
La douzaine d'œufs coûte désormais 4,50 euros. | A dozen eggs now cost €4.50. | A dozen eggs now cost €5.40.
Les rendez-vous commencent à 14 h 30. | Appointments start at half past two. | Appointments start at half past three.
La réunion est prévue le 12.03.2025. | The meeting is scheduled for 12 March 2025. | The meeting is scheduled for 12 May 2025.
Le groupe s'est formé en 1998 à Rennes. | The band formed in Rennes in '98. | The band formed in Rennes in '89.
Le taux de TVA est de 5,5 % sur les produits alimentaires. | VAT on food is 5.5 per cent. | VAT on food is 2.5 per cent.
Le lait se vend 0,45 euro le litre, contre 0,38 euro l'an dernier. | Milk sells at €0.45 a litre, against 0.38 last year. | Milk sells at €0.45 a litre, against 0.48 last year.
Le vin se vendait 12 euros en 2020 et 15 euros en 2023. | The wine sold for €12 in 2020 and 15 in 2023. | The wine sold for €12 in 2020 and 16 in 2023.
Les engrais coûtent trois fois plus cher qu'en 2020. | Fertiliser costs three times as much as in 2020. | Fertiliser costs four times as much as in 2020.
La récolte de pommes est estimée à 1,4 million de tonnes, celle de poires à 130 000 tonnes. | The apple crop is put at 1.4 million tonnes and the pear crop at 130,000. | The apple crop is put at 1.4 million tonnes and the pear crop at 310,000.
Le cours du cacao a triplé en un an, à plus de 10 000 dollars la tonne. | Cocoa prices tripled in a year to over $10,000 a tonne. | Cocoa prices doubled in a year to over $10,000 a tonne.
Les éleveurs touchent 45 centimes par litre de lait. | Farmers get 45 cents a litre for milk. | Farmers get 54 cents a litre for milk.
Le prix du porc a atteint 2,10 €/kg. | Pork prices hit €2.10/kg. | Pork prices hit €2.01/kg.
Les vendanges 2023 ont été précoces de quinze jours. | The 2023 grape harvest was a fortnight early. | The 2023 grape harvest was a month early.
Le chantier durera un semestre. | The work will last six months. | The work will last three months.
La cérémonie a commencé avec trois quarts d'heure de retard. | The ceremony started 45 minutes late. | The ceremony started 15 minutes late.
L'inflation n'a pas dépassé 2 % en mars. | Inflation did not exceed 2% in March. | Inflation did not exceed 3% in March.
Il n'y avait pas moins de 300 manifestants. | There were no fewer than 300 protesters. | There were fewer than 300 protesters.
La ferme produit 2,5 tonnes de fromage par mois. | The farm produces 2.5 tonnes of cheese a month. | The farm produces 2.5 tonnes of cheese a week.
Le prix de l'essence a augmenté de 2,5 points en un an. | The price of petrol has risen 2.5 points in a year. | The price of petrol has risen 2.5% in a year.
Le budget de la ville atteint 1,1 milliard d'euros, dont 300 millions d'investissement. | The city's budget is €1.1bn, €300m of it for investment. | The city's budget is €1.1bn, €300bn of it for investment.
Les recettes fiscales ont progressé de 7 milliards au premier trimestre. | Tax revenue rose by 7 thousand million in the first quarter. | Tax revenue rose by 7 thousand million in the second quarter.
La commune compte 2 500 habitants, soit une trentaine de plus qu'en 2015. | The town has 2,500 inhabitants, some thirty more than in 2015. | The town has 2,500 inhabitants, some thirty more than in 2005.
Des centaines d'agriculteurs ont bloqué le périphérique. | Hundreds of farmers blocked the ring road. | Thousands of farmers blocked the ring road.
La récolte de lavande a diminué des trois quarts. | The lavender harvest has shrunk by three quarters. | The lavender harvest has shrunk by a quarter.
Le pays a connu sa quatrième année de sécheresse consécutive. | The country has had its fourth year of drought in a row. | The country has had its fifth year of drought in a row.
La vache, âgée de huit ans, a été vendue 12 000 euros. | The eight-year-old cow sold for €12,000. | The eight-year-old cow sold for €21,000.
"""

# The cases the guard gets wrong, by the start of their French source: the family.
XFAIL = {
    "Elle a sauvé trois balles": "the changed value is another figure of the source (trois balles)",
    "Les cambriolages ont augmenté de 6": "the changed value is another figure of the source (6 %)",
}


PAIRS = battery_params(BATTERY, XFAIL)


def test_every_known_failure_names_a_case():
    sources = [p.values[0] for p in PAIRS]
    assert all(any(fr.startswith(start) for fr in sources) for start in XFAIL)


@pytest.mark.parametrize(("fr", "en", "changed"), PAIRS, ids=[f"pair{i}" for i in range(len(PAIRS))])
def test_translation(fr: str, en: str, changed: str):
    assert_renders(fr, en, changed)


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("Il n'y avait pas moins de 300 manifestants.", "There were no fewer than 300 protesters.",
     "There were fewer than 300 protesters."),
    ("Moins de 40 % des inscrits ont voté.", "Less than 40% of registered voters turned out.",
     "More than 40% of registered voters turned out."),
    ("Le sac ne doit pas peser plus de 12 kg.", "The bag must not weigh more than 12kg.",
     "The bag must weigh more than 12kg."),
])  # fmt: skip
def test_a_bound_turned_the_other_way(fr: str, en: str, wrong: str):
    assert_renders(fr, en, wrong)


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("La box offre 2 Gbit/s.", "The box offers 2Gbps.", "The box offers 2Mbps."),
    ("La carte mémoire fait 512 Go.", "The memory card holds 512GB.", "The memory card holds 512MB."),
    ("La centrale produit 1 200 MW.", "The plant produces 1.2GW.", "The plant produces 1.2MW."),
    ("Le pays a consommé 460 térawattheures.", "The country used 460 terawatt hours.",
     "The country used 460 gigawatt hours."),
    ("Ils ont bu 300 litres de cidre.", "They drank 300 litres of cider.", "They drank 300 pints of cider."),
])  # fmt: skip
def test_the_scale_of_a_unit(fr: str, en: str, wrong: str):
    assert_renders(fr, en, wrong)


def test_two_to_three_is_no_unit():
    assert check("Le prix passe de 2 à 3 euros.", "The price goes from 2 to 3 euros.") == []


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("L'explosion a eu lieu à 22 h 40.", "The blast happened at 10.40pm.", "The blast happened at 10.40am."),
    ("Le marché ouvre à 7 heures.", "The market opens at 7am.", "The market opens at 7pm."),
    ("La réunion est prévue à 14 h.", "The meeting is at 2 o'clock.", "The meeting is at 4 o'clock."),
    ("Le couvre-feu dure 24 heures.", "The curfew lasts 24 hours.", "The curfew lasts 12 hours."),
    ("Il a tourné en 1 min 31 s 447.", "He lapped in 1:31.447.", "He lapped in 1:31.474."),
])  # fmt: skip
def test_clock_times_and_lap_times(fr: str, en: str, wrong: str):
    assert_renders(fr, en, wrong)


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("Le oui l'emporte avec 50,04 % des voix.", "Yes wins with 50.04% of the vote.", "Yes wins with 50.4% of the vote."),
    ("Le club a coûté 80 millions d'euros par saison.", "The club cost €80m a season.", "The club cost €80m a year."),
    ("Le service traite 900 dossiers par mois.", "The office handles 900 files a month.",
     "The office handles 900 files a week."),
])  # fmt: skip
def test_decimals_and_rates(fr: str, en: str, wrong: str):
    assert_renders(fr, en, wrong)


@pytest.mark.parametrize(("fr", "en", "wrong"), [
    ("Le prix a doublé en un semestre.", "The price doubled in half a year.", "The price doubled in a year."),
    ("Le bus passe toutes les 30 minutes.", "The bus comes every half hour.", "The bus comes every quarter of an hour."),
    ("L'opération prend une demi-heure.", "The operation takes 30 minutes.", "The operation takes an hour."),
    ("La production a baissé d'un quart.", "Output fell by a quarter.", "Output fell by half."),
    ("Lille est dans le dernier carré.", "Lille are in the last four.", "Lille are in the last eight."),
    ("La revue paraît tous les deux mois.", "The review comes out every two months.", "The review comes out every month."),
])  # fmt: skip
def test_durations_shares_and_rounds_in_words(fr: str, en: str, wrong: str):
    assert_renders(fr, en, wrong)
