"""Figure guard, hand-written news families (third battery): French news sentences in sports
results and records, weather, elections and polls, courts, health and science, the economy,
history, transport, ages and anniversaries, identifiers, ranges in words and verbs of change, each
with a correct English translation and the same translation with one figure changed.

A correct translation passes and the changed one is flagged; the English sentence read back as the
source of the French one passes too. The generated tests below draw the figures of the families
this battery brought out (temperatures written "15C", hundredths of a second, a unit word between
the two parts of a figure, times relative to midnight and noon, durations in words, free phone
numbers, a price with a decimal, verbs of change against plain counts).
"""

from __future__ import annotations

import pytest
from figure_cases import FAST, assert_back, assert_renders, other, words
from hypothesis import given
from hypothesis import strategies as st

from summarizer.facts import check

# (French source, correct English translation, the translation with one figure changed or None)
PAIRS = [
    # sports
    (
        "Le PSG s'est imposé 3 à 1 face à Lyon dimanche soir.",
        "PSG beat Lyon 3-1 on Sunday evening.",
        "PSG beat Lyon 3-2 on Sunday evening.",
    ),
    ("Marseille l'a emporté à 3 contre 1 sur son terrain.", "Marseille won 3-1 at home.", "Marseille won 4-1 at home."),
    (
        "Le Français a bouclé le 100 mètres en 9,86 secondes.",
        "The Frenchman ran the 100 metres in 9.86 seconds.",
        "The Frenchman ran the 100 metres in 9.68 seconds.",
    ),
    (
        "Elle a terminé le marathon en 2 h 21 min 4 s.",
        "She finished the marathon in 2:21:04.",
        "She finished the marathon in 2:12:04.",
    ),
    (
        "Il a battu le record du monde du saut en longueur avec 8,95 m.",
        "He broke the world long jump record with 8.95m.",
        "He broke the world long jump record with 8.59m.",
    ),
    (
        "L'équipe de France est remontée à la deuxième place du classement FIFA.",
        "France climbed back to second place in the FIFA rankings.",
        "France climbed back to third place in the FIFA rankings.",
    ),
    (
        "Nadal a remporté son 14e titre à Roland-Garros.",
        "Nadal won his 14th title at Roland Garros.",
        "Nadal won his 13th title at Roland Garros.",
    ),
    (
        "Le match s'est terminé sur un score nul de deux buts partout.",
        "The match ended in a 2-2 draw.",
        "The match ended in a 1-1 draw.",
    ),
    (
        "Il a été battu en cinq sets, 6-4, 3-6, 7-6, 4-6, 6-2.",
        "He was beaten in five sets, 6-4, 3-6, 7-6, 4-6, 6-2.",
        "He was beaten in five sets, 6-4, 3-6, 7-5, 4-6, 6-2.",
    ),
    (
        "Le coureur a parcouru les 42,195 kilomètres en un peu plus de deux heures.",
        "The runner covered the 42.195 kilometres in just over two hours.",
        "The runner covered the 42.195 kilometres in just over three hours.",
    ),
    (
        "Lyon est désormais à six points du leader.",
        "Lyon are now six points behind the leaders.",
        "Lyon are now seven points behind the leaders.",
    ),
    (
        "Le but a été marqué à la 89e minute.",
        "The goal was scored in the 89th minute.",
        "The goal was scored in the 86th minute.",
    ),
    (
        "Le Tour de France compte 21 étapes cette année.",
        "The Tour de France has 21 stages this year.",
        "The Tour de France has 20 stages this year.",
    ),
    (
        "Il a été éliminé au deuxième tour.",
        "He was knocked out in the second round.",
        "He was knocked out in the third round.",
    ),
    (
        "Les Bleus ont encaissé trois buts en première mi-temps.",
        "Les Bleus conceded three goals in the first half.",
        "Les Bleus conceded four goals in the first half.",
    ),
    (
        "Le skieur a devancé son rival de 12 centièmes.",
        "The skier beat his rival by 0.12 seconds.",
        "The skier beat his rival by 0.21 seconds.",
    ),
    (
        "Elle a remporté l'étape avec 1 min 20 s d'avance.",
        "She won the stage by a minute and 20 seconds.",
        "She won the stage by a minute and 30 seconds.",
    ),
    (
        "Le club a enchaîné une dixième victoire consécutive.",
        "The club chalked up a tenth straight win.",
        "The club chalked up a ninth straight win.",
    ),
    (
        "Le nageur a signé un temps de 47 secondes 12.",
        "The swimmer clocked 47.12 seconds.",
        "The swimmer clocked 47.21 seconds.",
    ),
    ("Il a inscrit un triplé lors de ce match.", "He scored a hat-trick in the match.", None),
    (
        "Le pilote s'est élancé de la pole position et a mené les 58 tours.",
        "The driver started from pole position and led all 58 laps.",
        "The driver started from pole position and led all 56 laps.",
    ),
    (
        "Toulouse s'est imposé 27 à 13 en finale du Top 14.",
        "Toulouse won the Top 14 final 27-13.",
        "Toulouse won the Top 14 final 27-18.",
    ),
    # weather
    (
        "Le thermomètre est descendu à -12 °C dans la nuit.",
        "The thermometer fell to minus 12C overnight.",
        "The thermometer fell to minus 15C overnight.",
    ),
    (
        "Il a fait jusqu'à 40 degrés à Nîmes.",
        "Temperatures reached 40 degrees in Nimes.",
        "Temperatures reached 42 degrees in Nimes.",
    ),
    (
        "Des rafales de vent de 150 km/h sont attendues.",
        "Gusts of 150km/h are expected.",
        "Gusts of 160km/h are expected.",
    ),
    (
        "Il est tombé 80 millimètres de pluie en 24 heures.",
        "80 millimetres of rain fell in 24 hours.",
        "80 millimetres of rain fell in 48 hours.",
    ),
    (
        "La neige atteindra 30 centimètres au-dessus de 1 000 mètres.",
        "Snow will reach 30 centimetres above 1,000 metres.",
        "Snow will reach 30 centimetres above 1,500 metres.",
    ),
    (
        "Quinze départements sont placés en vigilance orange.",
        "Fifteen departments have been placed on orange alert.",
        "Sixteen departments have been placed on orange alert.",
    ),
    (
        "Les températures seront de 5 à 8 degrés au-dessus des normales.",
        "Temperatures will be five to eight degrees above normal.",
        "Temperatures will be five to nine degrees above normal.",
    ),
    (
        "C'est l'été le plus chaud depuis 2003.",
        "It is the hottest summer since 2003.",
        "It is the hottest summer since 2006.",
    ),
    (
        "La canicule a duré une quinzaine de jours.",
        "The heatwave lasted about two weeks.",
        "The heatwave lasted about three weeks.",
    ),
    # elections
    (
        "Le parti a obtenu 289 sièges sur 577.",
        "The party won 289 of the 577 seats.",
        "The party won 298 of the 577 seats.",
    ),
    ("La participation s'est établie à 47,5 %.", "Turnout stood at 47.5 percent.", "Turnout stood at 45.7 percent."),
    (
        "Le candidat perd 3 points de pourcentage par rapport au premier tour.",
        "The candidate lost three percentage points compared with the first round.",
        "The candidate lost four percentage points compared with the first round.",
    ),
    (
        "Selon un sondage, 56 % des Français approuvent la réforme.",
        "According to a poll, 56% of French people approve of the reform.",
        "According to a poll, 65% of French people approve of the reform.",
    ),
    (
        "Il a été réélu avec 58,6 % des voix au second tour.",
        "He was re-elected with 58.6% of the vote in the runoff.",
        "He was re-elected with 56.8% of the vote in the runoff.",
    ),
    (
        "L'abstention a atteint un record de 53,77 %.",
        "Abstention hit a record 53.77%.",
        "Abstention hit a record 57.37%.",
    ),
    (
        "La majorité absolue est fixée à 289 députés.",
        "An absolute majority is 289 MPs.",
        "An absolute majority is 298 MPs.",
    ),
    (
        "Un électeur sur deux ne s'est pas déplacé.",
        "One voter in two stayed at home.",
        "One voter in three stayed at home.",
    ),
    (
        "Les écologistes gagnent deux points en un mois.",
        "The Greens gained two points in a month.",
        "The Greens gained three points in a month.",
    ),
    (
        "Le scrutin aura lieu le 23 avril.",
        "The vote will take place on April 23.",
        "The vote will take place on April 24.",
    ),
    (
        "Près de deux tiers des sondés se disent inquiets.",
        "Nearly two thirds of those polled say they are worried.",
        "Nearly three quarters of those polled say they are worried.",
    ),
    (
        "La coalition dispose de 12 sièges de plus que l'opposition.",
        "The coalition has 12 more seats than the opposition.",
        "The coalition has 21 more seats than the opposition.",
    ),
    # courts
    (
        "Il a été condamné à cinq ans de prison dont deux avec sursis.",
        "He was sentenced to five years in prison, two of them suspended.",
        "He was sentenced to five years in prison, three of them suspended.",
    ),
    (
        "Le tribunal lui a infligé une amende de 15 000 euros.",
        "The court fined him 15,000 euros.",
        "The court fined him 50,000 euros.",
    ),
    (
        "Le parquet a requis dix-huit mois ferme.",
        "Prosecutors sought an eighteen-month prison term.",
        "Prosecutors sought a sixteen-month prison term.",
    ),
    ("L'accusé encourt la réclusion criminelle à perpétuité.", "The defendant faces life imprisonment.", None),
    (
        "Il a écopé de trois mois avec sursis et de 500 euros d'amende.",
        "He received a three-month suspended sentence and a 500-euro fine.",
        "He received a four-month suspended sentence and a 500-euro fine.",
    ),
    (
        "Le procès doit durer six semaines.",
        "The trial is due to last six weeks.",
        "The trial is due to last eight weeks.",
    ),
    (
        "La cour d'appel a réduit sa peine de 20 à 15 ans.",
        "The appeal court cut his sentence from 20 to 15 years.",
        "The appeal court cut his sentence from 20 to 12 years.",
    ),
    ("Les faits remontent à 2009.", "The events date back to 2009.", "The events date back to 2008."),
    (
        "Ils ont été placés en garde à vue pendant 48 heures.",
        "They were held in police custody for 48 hours.",
        "They were held in police custody for 24 hours.",
    ),
    (
        "Il a été condamné à verser 1,2 million d'euros de dommages et intérêts.",
        "He was ordered to pay 1.2 million euros in damages.",
        "He was ordered to pay 2.1 million euros in damages.",
    ),
    (
        "Le jury a délibéré pendant plus de sept heures.",
        "The jury deliberated for more than seven hours.",
        "The jury deliberated for more than six hours.",
    ),
    (
        "Deux ans de prison ferme ont été requis contre l'ancien maire.",
        "A two-year prison sentence was sought against the former mayor.",
        "A three-year prison sentence was sought against the former mayor.",
    ),
    # health science
    ("Un adulte sur trois est en surpoids.", "One adult in three is overweight.", "One adult in four is overweight."),
    (
        "Le taux d'incidence atteint 250 cas pour 100 000 habitants.",
        "The incidence rate has reached 250 cases per 100,000 people.",
        "The incidence rate has reached 205 cases per 100,000 people.",
    ),
    (
        "La dose recommandée est de 500 milligrammes par jour.",
        "The recommended dose is 500 milligrams a day.",
        "The recommended dose is 50 milligrams a day.",
    ),
    (
        "Les deux tiers des patients ont guéri.",
        "Two-thirds of the patients recovered.",
        "One-third of the patients recovered.",
    ),
    ("Le vaccin est efficace à 95 %.", "The vaccine is 95% effective.", "The vaccine is 90% effective."),
    (
        "Le risque est multiplié par trois chez les fumeurs.",
        "The risk is three times higher among smokers.",
        "The risk is four times higher among smokers.",
    ),
    (
        "Près de la moitié des hôpitaux manquent de lits.",
        "Nearly half of the hospitals are short of beds.",
        "Nearly a third of the hospitals are short of beds.",
    ),
    (
        "L'étude a porté sur 12 000 volontaires pendant dix ans.",
        "The study followed 12,000 volunteers for ten years.",
        "The study followed 12,000 volunteers for twelve years.",
    ),
    (
        "Trois quarts des cas concernent des enfants de moins de cinq ans.",
        "Three quarters of cases involve children under five.",
        "Three quarters of cases involve children under six.",
    ),
    (
        "Le nombre de cas a doublé en une semaine.",
        "The number of cases doubled in a week.",
        "The number of cases tripled in a week.",
    ),
    (
        "Il faut deux doses espacées de 21 jours.",
        "Two doses are needed, 21 days apart.",
        "Two doses are needed, 28 days apart.",
    ),
    (
        "Le virus a fait 1 203 morts depuis janvier.",
        "The virus has killed 1,203 people since January.",
        "The virus has killed 1,230 people since January.",
    ),
    (
        "Un tiers des Français dort moins de six heures par nuit.",
        "A third of French people sleep less than six hours a night.",
        "A third of French people sleep less than five hours a night.",
    ),
    (
        "Le télescope observe une galaxie située à 13 milliards d'années-lumière.",
        "The telescope is observing a galaxy 13 billion light years away.",
        "The telescope is observing a galaxy 31 billion light years away.",
    ),
    # economy
    (
        "La BCE a relevé ses taux de 25 points de base.",
        "The ECB raised its rates by 25 basis points.",
        "The ECB raised its rates by 50 basis points.",
    ),
    (
        "Le taux de chômage est en hausse de 0,25 point.",
        "The unemployment rate is up 0.25 point.",
        "The unemployment rate is up 0.5 point.",
    ),
    (
        "Les ventes sont deux fois plus élevées qu'en 2019.",
        "Sales are twice as high as in 2019.",
        "Sales are three times as high as in 2019.",
    ),
    ("Le déficit a été réduit de moitié.", "The deficit has been halved.", "The deficit has been cut by a third."),
    (
        "Le chiffre d'affaires atteint 3,4 milliards d'euros.",
        "Turnover reached 3.4 billion euros.",
        "Turnover reached 4.3 billion euros.",
    ),
    (
        "Le chiffre d'affaires atteint 3,4 milliards d'euros.",
        "Turnover reached 3.4 thousand million euros.",
        "Turnover reached 3.4 million euros.",
    ),
    (
        "L'inflation a ralenti à 2,1 % sur un an en mars.",
        "Inflation slowed to 2.1% year on year in March.",
        "Inflation slowed to 2.4% year on year in March.",
    ),
    (
        "Le CAC 40 a cédé 1,8 % à 7 215 points.",
        "The CAC 40 fell 1.8% to 7,215 points.",
        "The CAC 40 fell 1.8% to 7,512 points.",
    ),
    (
        "Le prix du baril a triplé en deux ans.",
        "The price of a barrel has tripled in two years.",
        "The price of a barrel has doubled in two years.",
    ),
    (
        "Le groupe va supprimer 1 500 postes, soit un sur dix.",
        "The group will cut 1,500 jobs, one in ten.",
        "The group will cut 1,500 jobs, one in five.",
    ),
    ("La dette publique dépasse 110 % du PIB.", "Public debt exceeds 110% of GDP.", "Public debt exceeds 100% of GDP."),
    (
        "Le salaire minimum passe à 11,52 euros brut de l'heure.",
        "The minimum wage rises to 11.52 euros gross an hour.",
        "The minimum wage rises to 11.25 euros gross an hour.",
    ),
    (
        "Les exportations ont quadruplé depuis 2010.",
        "Exports have quadrupled since 2010.",
        "Exports have tripled since 2010.",
    ),
    (
        "L'entreprise a vu son bénéfice net bondir de 40 % au troisième trimestre.",
        "The company's net profit jumped 40% in the third quarter.",
        "The company's net profit jumped 40% in the second quarter.",
    ),
    (
        "Un tiers du budget est consacré à l'éducation.",
        "A third of the budget goes to education.",
        "A quarter of the budget goes to education.",
    ),
    (
        "Le marché a progressé de 5 % au premier semestre.",
        "The market grew 5% in the first half.",
        "The market grew 5% in the second half.",
    ),
    (
        "La croissance devrait atteindre 1,5 % en 2024.",
        "Growth is expected to reach 1.5% in 2024.",
        "Growth is expected to reach 1.5% in 2025.",
    ),
    (
        "Le titre a perdu un dixième de sa valeur.",
        "The stock lost a tenth of its value.",
        "The stock lost a fifth of its value.",
    ),
    (
        "Le coût a été multiplié par dix en vingt ans.",
        "The cost has increased tenfold in twenty years.",
        "The cost has increased fivefold in twenty years.",
    ),
    (
        "Le taux directeur est maintenu à 4,5 %.",
        "The key rate is held at 4.5 percent.",
        "The key rate is held at 5.4 percent.",
    ),
    (
        "Le projet coûtera 2,5 milliards de dollars.",
        "The project will cost $2.5 billion.",
        "The project will cost $2.5 million.",
    ),
    # history
    (
        "Le château a été construit au XIXe siècle.",
        "The castle was built in the 19th century.",
        "The castle was built in the 18th century.",
    ),
    (
        "Le château a été construit au XIXe siècle.",
        "The castle was built in the nineteenth century.",
        "The castle was built in the eighteenth century.",
    ),
    (
        "Ce courant est apparu dans les années 1990.",
        "This movement emerged in the 1990s.",
        "This movement emerged in the 1980s.",
    ),
    (
        "Ce courant est apparu dans les années 1990.",
        "This movement emerged in the nineties.",
        "This movement emerged in the eighties.",
    ),
    (
        "Ce courant est apparu dans les années 90.",
        "This movement emerged in the Nineties.",
        "This movement emerged in the Seventies.",
    ),
    (
        "La cathédrale date du XIIIe siècle.",
        "The cathedral dates from the 13th century.",
        "The cathedral dates from the 12th century.",
    ),
    ("Le traité a été signé en 1648.", "The treaty was signed in 1648.", "The treaty was signed in 1684."),
    (
        "La ville fête le bicentenaire de la naissance de Victor Hugo.",
        "The city is marking the bicentenary of Victor Hugo's birth.",
        None,
    ),
    ("Louis XIV a régné pendant 72 ans.", "Louis XIV reigned for 72 years.", "Louis XIV reigned for 27 years."),
    (
        "Au début du XXe siècle, la ville comptait 30 000 habitants.",
        "At the start of the 20th century the town had 30,000 inhabitants.",
        "At the start of the 20th century the town had 13,000 inhabitants.",
    ),
    ("Il est mort en 1821, à l'âge de 51 ans.", "He died in 1821, aged 51.", "He died in 1821, aged 52."),
    (
        "La guerre de Cent Ans s'est achevée en 1453.",
        "The Hundred Years' War ended in 1453.",
        "The Hundred Years' War ended in 1435.",
    ),
    # transport
    ("Le vol AF447 s'est abîmé en mer.", "Flight AF447 crashed into the sea.", "Flight AF477 crashed into the sea."),
    (
        "Un accident a bloqué l'autoroute A7 pendant trois heures.",
        "An accident blocked the A7 motorway for three hours.",
        "An accident blocked the A6 motorway for three hours.",
    ),
    (
        "La ligne 14 du métro sera prolongée jusqu'à Orly.",
        "Metro line 14 will be extended to Orly.",
        "Metro line 15 will be extended to Orly.",
    ),
    ("Le TGV roulait à 320 km/h.", "The TGV was travelling at 320 km/h.", "The TGV was travelling at 230 km/h."),
    (
        "Le train a eu deux heures et demie de retard.",
        "The train was two and a half hours late.",
        "The train was three and a half hours late.",
    ),
    (
        "L'avion transportait 228 passagers et membres d'équipage.",
        "The plane was carrying 228 passengers and crew.",
        "The plane was carrying 282 passengers and crew.",
    ),
    ("La route nationale 20 a été coupée.", "The RN20 was closed.", None),  # left: a road number is a name
    (
        "Le trajet Paris-Lyon prend désormais 1 h 57.",
        "The Paris-Lyon journey now takes 1 hour 57 minutes.",
        "The Paris-Lyon journey now takes 1 hour 47 minutes.",
    ),
    ("Le trafic a repris à 6 h 30.", "Traffic resumed at 6.30am.", "Traffic resumed at 7.30am."),
    (
        "Le trafic a repris à 18 h 15.",
        "Traffic resumed at a quarter past six in the evening.",
        "Traffic resumed at a quarter past seven in the evening.",
    ),
    (
        "Un Boeing 737 a dû se poser en urgence.",
        "A Boeing 737 had to make an emergency landing.",
        "A Boeing 747 had to make an emergency landing.",
    ),
    (
        "Le RER B ne circule plus depuis 22 heures.",
        "The RER B has not been running since 10pm.",
        "The RER B has not been running since 11pm.",
    ),
    # ages & anniversaries
    (
        "La reine a célébré son 80e anniversaire.",
        "The queen celebrated her 80th birthday.",
        "The queen celebrated her 90th birthday.",
    ),
    (
        "Le festival fête ses 50 ans.",
        "The festival is celebrating its 50th anniversary.",
        "The festival is celebrating its 40th anniversary.",
    ),
    ("Le festival fête ses 50 ans.", "The festival turns 50.", "The festival turns 60."),
    ("Un octogénaire a été retrouvé sain et sauf.", "An 83-year-old man was found safe and well.", None),
    ("Une femme de 34 ans a été blessée.", "A 34-year-old woman was injured.", "A 43-year-old woman was injured."),
    (
        "Le chanteur, âgé de 72 ans, a annulé sa tournée.",
        "The 72-year-old singer has cancelled his tour.",
        "The 62-year-old singer has cancelled his tour.",
    ),
    ("Un adolescent de 16 ans a été interpellé.", "A 16-year-old was arrested.", "A 17-year-old was arrested."),
    ("L'entreprise célèbre son centenaire.", "The company is celebrating its centenary.", None),
    (
        "L'entreprise célèbre son centenaire.",
        "The company is celebrating its 100th anniversary.",
        "The company is celebrating its 150th anniversary.",
    ),
    ("Il aurait eu 100 ans mardi.", "He would have turned 100 on Tuesday.", "He would have turned 90 on Tuesday."),
    (
        "Les moins de 25 ans sont les plus touchés.",
        "The under-25s are the hardest hit.",
        "The under-30s are the hardest hit.",
    ),
    # identifiers
    (
        "Pour tout renseignement, appelez le 01 45 67 89 10.",
        "For information, call 01 45 67 89 10.",
        "For information, call 01 45 67 89 11.",
    ),
    (
        "Le numéro vert 0 800 130 000 est ouvert.",
        "The free hotline 0800 130 000 is open.",
        "The free hotline 0800 130 001 is open.",
    ),
    (
        "L'article 49.3 de la Constitution a été utilisé.",
        "Article 49.3 of the Constitution was used.",
        "Article 49.2 of the Constitution was used.",
    ),
    (
        "La loi du 9 décembre 1905 sépare les Églises et l'État.",
        "The law of 9 December 1905 separates Church and State.",
        "The law of 9 December 1906 separates Church and State.",
    ),
    ("Le G20 se réunit à Osaka.", "The G20 is meeting in Osaka.", "The G7 is meeting in Osaka."),
    ("Le COVID-19 a bouleversé l'économie.", "COVID-19 upended the economy.", None),
    # ranges in words
    (
        "Entre deux et trois millions de personnes ont manifesté.",
        "Between two and three million people demonstrated.",
        "Between two and four million people demonstrated.",
    ),
    (
        "Les travaux dureront de six à huit mois.",
        "The work will take six to eight months.",
        "The work will take six to nine months.",
    ),
    (
        "On compte entre 300 et 400 blessés.",
        "There are between 300 and 400 injured.",
        "There are between 300 and 500 injured.",
    ),
    (
        "Une dizaine de maisons ont été détruites.",
        "About ten houses were destroyed.",
        "About twenty houses were destroyed.",
    ),
    (
        "Plusieurs centaines de personnes se sont rassemblées.",
        "Several hundred people gathered.",
        "Several thousand people gathered.",
    ),
    ("Des milliers de manifestants ont défilé.", "Thousands of protesters marched.", "Hundreds of protesters marched."),
    (
        "Une vingtaine de migrants ont été secourus.",
        "Around twenty migrants were rescued.",
        "Around thirty migrants were rescued.",
    ),
    (
        "Quelque 2 000 policiers seront mobilisés.",
        "Some 2,000 police officers will be deployed.",
        "Some 3,000 police officers will be deployed.",
    ),
    # doubles triples
    ("Le prix double en cinq ans.", "The price doubles in five years.", "The price triples in five years."),
    (
        "Le nombre d'abonnés triple chaque année.",
        "The number of subscribers triples every year.",
        "The number of subscribers doubles every year.",
    ),
    ("La production a quadruplé.", "Production has quadrupled.", "Production has doubled."),
    (
        "Les loyers ont presque doublé en dix ans.",
        "Rents have almost doubled in ten years.",
        "Rents have almost tripled in ten years.",
    ),
    # misc
    ("Un avion biplace s'est écrasé.", "A two-seater plane crashed.", "A four-seater plane crashed."),
    (
        "Les élèves d'une classe de CM1 ont visité le musée.",
        "Pupils from a fourth-grade class visited the museum.",
        None,
    ),
    ("La réunion est prévue à 14 h.", "The meeting is scheduled for 2pm.", "The meeting is scheduled for 3pm."),
    (
        "La réunion est prévue à 14 h.",
        "The meeting is scheduled for 2 o'clock.",
        "The meeting is scheduled for 3 o'clock.",
    ),
    (
        "La réunion a duré 2 h 30.",
        "The meeting lasted two and a half hours.",
        "The meeting lasted three and a half hours.",
    ),
    ("Le concert commence à 20 h 30.", "The concert starts at 8.30pm.", "The concert starts at 9.30pm."),
    (
        "Le concert commence à 20 h 30.",
        "The concert starts at half past eight in the evening.",
        "The concert starts at half past nine in the evening.",
    ),
    (
        "La manifestation est prévue le 12/03/2024.",
        "The demonstration is planned for 12.03.2024.",
        "The demonstration is planned for 13.03.2024.",
    ),
    (
        "L'accord a été signé le 5 mai 2021.",
        "The agreement was signed on 5/5/21.",
        "The agreement was signed on 6/5/21.",
    ),
    (
        "L'accord a été signé en mai 2021.",
        "The agreement was signed in May '21.",
        "The agreement was signed in May '22.",
    ),
    (
        "Le bâtiment fait 30 mètres de haut et 40 de large.",
        "The building is 30 metres high and 40 metres wide.",
        "The building is 30 metres high and 45 metres wide.",
    ),
    (
        "Le budget passe de 12 à 15 millions d'euros.",
        "The budget rises from 12 million to 15 million euros.",
        "The budget rises from 12 million to 16 million euros.",
    ),
    (
        "Environ 1 500 personnes ont été évacuées.",
        "Around 1500 people were evacuated.",
        "Around 1600 people were evacuated.",
    ),
    (
        "Environ 1 500 personnes ont été évacuées.",
        "Around 1 500 people were evacuated.",
        "Around 1 600 people were evacuated.",
    ),
    (
        "Environ 1 500 personnes ont été évacuées.",
        "Around fifteen hundred people were evacuated.",
        "Around sixteen hundred people were evacuated.",
    ),
    ("Le bateau mesure 24 m de long.", "The boat is 24 metres long.", "The boat is 42 metres long."),
    (
        "Il a perdu 3,5 kg en un mois.",
        "He lost three and a half kilos in a month.",
        "He lost four and a half kilos in a month.",
    ),
    (
        "La crise dure depuis un an et demi.",
        "The crisis has lasted eighteen months.",
        "The crisis has lasted fifteen months.",
    ),
    (
        "La crise dure depuis un an et demi.",
        "The crisis has lasted a year and a half.",
        "The crisis has lasted two and a half years.",
    ),
    (
        "Le premier semestre 2023 a été difficile.",
        "The first half of 2023 was difficult.",
        "The first half of 2022 was difficult.",
    ),
    (
        "Les trois quarts du territoire sont boisés.",
        "Three-quarters of the territory is wooded.",
        "Two-thirds of the territory is wooded.",
    ),
    (
        "Elle a été élue pour un mandat de sept ans.",
        "She was elected for a seven-year term.",
        "She was elected for a five-year term.",
    ),
    ("Le quinquennat s'achève en 2027.", "The five-year term ends in 2027.", "The five-year term ends in 2028."),
    (
        "Le gouvernement a annoncé un plan de 100 milliards.",
        "The government announced a 100-billion plan.",
        "The government announced a 10-billion plan.",
    ),
    (
        "Le gouvernement a annoncé un plan de 100 milliards.",
        "The government announced a 100,000 million plan.",
        "The government announced a 10,000 million plan.",
    ),
    (
        "Ce fut le troisième attentat en un mois.",
        "It was the third attack in a month.",
        "It was the fourth attack in a month.",
    ),
    (
        "Il est arrivé premier, devant 2 500 concurrents.",
        "He came first, ahead of 2,500 competitors.",
        "He came second, ahead of 2,500 competitors.",
    ),
    (
        "La journée de grève a rassemblé 1,2 million de manifestants selon la CGT.",
        "The strike day brought out 1.2 million protesters, according to the CGT.",
        "The strike day brought out 2.1 million protesters, according to the CGT.",
    ),
    # more of each domain
    (
        "Le club a été sacré champion pour la 19e fois.",
        "The club were crowned champions for the nineteenth time.",
        "The club were crowned champions for the eighteenth time.",
    ),
    (
        "Il a couru le 1 500 m en 3 min 28 s.",
        "He ran the 1,500m in three minutes 28 seconds.",
        "He ran the 1,500m in three minutes 38 seconds.",
    ),
    ("L'Irlande mène 14-9 à la mi-temps.", "Ireland lead 14-9 at half-time.", "Ireland lead 14-6 at half-time."),
    (
        "Il a été élu au premier tour avec 52 % des voix.",
        "He was elected in the first round with 52% of the vote.",
        "He was elected in the first round with 53% of the vote.",
    ),
    (
        "Le chômage a reculé de 0,3 point à 7,1 %.",
        "Unemployment fell by 0.3 percentage points to 7.1%.",
        "Unemployment fell by 0.3 percentage points to 7.4%.",
    ),
    (
        "La température de l'eau atteint 28 degrés.",
        "The water temperature reaches 28C.",
        "The water temperature reaches 26C.",
    ),
    (
        "Il fera jusqu'à 35 °C samedi.",
        "Temperatures will reach 35C on Saturday.",
        "Temperatures will reach 37C on Saturday.",
    ),
    (
        "La séance a été levée à 23 h 45.",
        "The session was adjourned at a quarter to midnight.",
        "The session was adjourned at a quarter to eleven.",
    ),
    (
        "Les urgences ont accueilli 312 patients en une nuit.",
        "The emergency department took in 312 patients in one night.",
        "The emergency department took in 321 patients in one night.",
    ),
    (
        "Un Français sur cinq vit sous le seuil de pauvreté.",
        "One French person in five lives below the poverty line.",
        "One French person in six lives below the poverty line.",
    ),
    (
        "Le patrimoine de la famille est estimé à 4,5 milliards d'euros.",
        "The family's fortune is estimated at 4.5 billion euros.",
        "The family's fortune is estimated at 5.4 billion euros.",
    ),
    (
        "Le texte a été adopté par 312 voix contre 201.",
        "The bill was passed by 312 votes to 201.",
        "The bill was passed by 312 votes to 210.",
    ),
    (
        "Le texte a été adopté par 312 voix pour et 201 contre.",
        "The text was adopted with 312 votes in favour and 201 against.",
        "The text was adopted with 312 votes in favour and 210 against.",
    ),
    (
        "Le séisme, de magnitude 6,4, a fait au moins 37 morts.",
        "The 6.4-magnitude quake killed at least 37 people.",
        "The 6.4-magnitude quake killed at least 73 people.",
    ),
    (
        "Le feu a ravagé 1 200 hectares de forêt.",
        "The fire ravaged 1,200 hectares of forest.",
        "The fire ravaged 2,100 hectares of forest.",
    ),
    (
        "La station a enregistré 1,5 mètre de neige.",
        "The resort recorded 1.5 metres of snow.",
        "The resort recorded 2.5 metres of snow.",
    ),
    (
        "Les deux tiers du chemin sont faits.",
        "Two thirds of the way has been covered.",
        "Three quarters of the way has been covered.",
    ),
    (
        "La loi a été promulguée le 14/07/2015.",
        "The law was enacted on 14 July 2015.",
        "The law was enacted on 14 July 2016.",
    ),
    ("Elle est née le 3 mars 1952.", "She was born on 3.3.1952.", "She was born on 3.4.1952."),
    (
        "Le tournoi se déroule du 24 mai au 7 juin.",
        "The tournament runs from May 24 to June 7.",
        "The tournament runs from May 24 to June 9.",
    ),
    (
        "Le boxeur a été mis KO au 7e round.",
        "The boxer was knocked out in the seventh round.",
        "The boxer was knocked out in the eighth round.",
    ),
    (
        "Le Canadien a marqué en prolongation, à la 63e minute.",
        "The Canadian scored in overtime, in the 63rd minute.",
        "The Canadian scored in overtime, in the 65th minute.",
    ),
    ("Le maire, quinquagénaire, a démissionné.", "The mayor, in his fifties, resigned.", None),
    ("La fusée a décollé à 4 h 17 du matin.", "The rocket lifted off at 4:17 am.", "The rocket lifted off at 4:27 am."),
    ("Le prix a augmenté de 15 centimes.", "The price went up by 15 cents.", "The price went up by 25 cents."),
    (
        "Il a remporté 7 des 10 derniers matchs.",
        "He has won seven of his last ten matches.",
        "He has won six of his last ten matches.",
    ),
    (
        "Un car transportant 52 élèves s'est renversé.",
        "A coach carrying 52 pupils overturned.",
        "A coach carrying 25 pupils overturned.",
    ),
    (
        "L'hiver a été le plus froid depuis 1963.",
        "It was the coldest winter since 1963.",
        "It was the coldest winter since 1936.",
    ),
    ("Il a passé 27 ans en prison.", "He spent 27 years in prison.", "He spent 17 years in prison."),
    ("Le projet de loi compte 57 articles.", "The bill has 57 articles.", "The bill has 75 articles."),
    (
        "Le dollar s'échange à 0,92 euro.",
        "The dollar is trading at 0.92 euros.",
        "The dollar is trading at 0.82 euros.",
    ),
    (
        "L'or a franchi la barre des 2 000 dollars l'once.",
        "Gold crossed the $2,000 an ounce mark.",
        "Gold crossed the $2,100 an ounce mark.",
    ),
    (
        "Les prix de l'immobilier ont baissé de 4 % en un an.",
        "House prices have fallen 4% in a year.",
        "House prices have fallen 4% in two years.",
    ),
    (
        "L'ouragan de catégorie 4 a touché la Floride.",
        "The category 4 hurricane hit Florida.",
        "The category 5 hurricane hit Florida.",
    ),
    (
        "Il a été hospitalisé pendant une semaine.",
        "He was in hospital for seven days.",
        "He was in hospital for ten days.",
    ),
    ("L'enquête a duré un an.", "The investigation lasted twelve months.", "The investigation lasted eighteen months."),
    (
        "Le nombre de chômeurs a été divisé par deux.",
        "The number of jobless has halved.",
        "The number of jobless has fallen by a third.",
    ),
    (
        "L'équipe a gagné les trois premiers sets.",
        "The team won the first three sets.",
        "The team won the first two sets.",
    ),
    (
        "Ce sont 2,3 millions de foyers qui sont concernés.",
        "Some 2.3 million households are affected.",
        "Some 3.2 million households are affected.",
    ),
    ("La centrale produit 900 mégawatts.", "The plant produces 900 megawatts.", "The plant produces 1,300 megawatts."),
    ("Il a signé un contrat de quatre ans.", "He signed a four-year contract.", "He signed a three-year contract."),
    (
        "La pandémie a fait plus de 150 000 morts en France.",
        "The pandemic has killed more than 150,000 people in France.",
        "The pandemic has killed more than 115,000 people in France.",
    ),
    # the families of an outside reading: magnitudes, words for figures, clock times, dates, carried units,
    # sports periods, approximations, fractions and half-years, ordinals
    (
        "La dette atteint 2 300 milliards d'euros.",
        "The debt has reached 2,300 thousand million euros.",
        "The debt has reached 2,300 million euros.",
    ),
    (
        "La dette atteint 2 300 milliards d'euros.",
        "The debt has reached 2.3 trillion euros.",
        "The debt has reached 3.2 trillion euros.",
    ),
    (
        "Un trimoteur s'est posé à Orly.",
        "A three-engined plane landed at Orly.",
        "A four-engined plane landed at Orly.",
    ),
    ("Une nonagénaire a été agressée.", "A 92-year-old woman was attacked.", None),
    (
        "Le bateau a chaviré vers 3 heures du matin.",
        "The boat capsized at around 3am.",
        "The boat capsized at around 4am.",
    ),
    (
        "Le bateau a chaviré vers 3 heures du matin.",
        "The boat capsized at around three in the morning.",
        "The boat capsized at around four in the morning.",
    ),
    (
        "L'opération a duré trois heures et demie.",
        "The operation lasted three and a half hours.",
        "The operation lasted four and a half hours.",
    ),
    ("L'opération a duré trois heures et demie.", "The operation lasted 3.5 hours.", "The operation lasted 4.5 hours."),
    (
        "L'opération a duré trois heures et demie.",
        "The operation lasted three hours 30 minutes.",
        "The operation lasted three hours 40 minutes.",
    ),
    ("Le vote a eu lieu le 06.05.2012.", "The vote was held on 6 May 2012.", "The vote was held on 7 May 2012."),
    ("Le vote a eu lieu le 6 mai 2012.", "The vote was held on 05/06/12.", "The vote was held on 05/07/12."),
    (
        "Il a été élu en 2012 et réélu en 2017.",
        "He was elected in 2012 and re-elected in '17.",
        "He was elected in 2012 and re-elected in '18.",
    ),
    (
        "Le pont mesure 300 mètres de long et 25 de large.",
        "The bridge is 300 metres long and 25 metres wide.",
        "The bridge is 300 metres long and 35 metres wide.",
    ),
    (
        "Les ventes ont progressé de 5 % en France et de 8 en Allemagne.",
        "Sales rose 5% in France and 8% in Germany.",
        "Sales rose 5% in France and 9% in Germany.",
    ),
    ("Le score était de 2-0 à la mi-temps.", "The score was 2-0 at half-time.", "The score was 3-0 at half-time."),
    (
        "Il a marqué dans le deuxième quart-temps.",
        "He scored in the second quarter.",
        "He scored in the third quarter.",
    ),
    ("Elle s'est inclinée au troisième set.", "She lost in the third set.", "She lost in the fourth set."),
    (
        "Il a été éliminé en quarts de finale.",
        "He was knocked out in the quarter-finals.",
        "He was knocked out in the semi-finals.",
    ),
    (
        "Près de 300 personnes ont été interpellées.",
        "Nearly 300 people were arrested.",
        "Nearly 400 people were arrested.",
    ),
    (
        "Une trentaine de véhicules ont été incendiés.",
        "Some thirty vehicles were set on fire.",
        "Some forty vehicles were set on fire.",
    ),
    (
        "Une trentaine de véhicules ont été incendiés.",
        "About 30 vehicles were set on fire.",
        "About 50 vehicles were set on fire.",
    ),
    ("Le prix a augmenté d'un quart.", "The price has risen by a quarter.", "The price has risen by a third."),
    ("Le prix a augmenté d'un quart.", "The price has risen by 25%.", "The price has risen by 20%."),
    (
        "Les résultats du second semestre sont décevants.",
        "Second-half results are disappointing.",
        "First-half results are disappointing.",
    ),
    (
        "Les résultats du second semestre sont décevants.",
        "H2 results are disappointing.",
        "H1 results are disappointing.",
    ),
    ("Il a fini deuxième du classement général.", "He finished second overall.", "He finished third overall."),
    (
        "C'est la 3e fois qu'il remporte la course.",
        "It is the third time he has won the race.",
        "It is the fourth time he has won the race.",
    ),
    ("Il est arrivé 21e.", "He came 21st.", "He came 12th."),
    (
        "Moins de la moitié des élèves ont réussi.",
        "Less than half of the pupils passed.",
        "Less than a third of the pupils passed.",
    ),
    (
        "Un demi-million de personnes ont manifesté.",
        "Half a million people demonstrated.",
        "A million people demonstrated.",
    ),
    ("Un demi-million de personnes ont manifesté.", "500,000 people demonstrated.", "600,000 people demonstrated."),
    (
        "Le match a commencé avec un quart d'heure de retard.",
        "The match started 15 minutes late.",
        "The match started 20 minutes late.",
    ),
    (
        "Le texte a été voté à 49 voix contre 48.",
        "The text was passed by 49 votes to 48.",
        "The text was passed by 49 votes to 47.",
    ),
    ("Il reste 1,4 milliard de doses.", "There are 1.4bn doses left.", "There are 4.1bn doses left."),
    (
        "Il reste 1,4 milliard de doses.",
        "There are one point four billion doses left.",
        "There are one point six billion doses left.",
    ),
    ("Le taux passe de 5,5 % à 10 %.", "The rate rises from 5.5% to 10%.", "The rate rises from 5.5% to 12%."),
    ("La TVA passe à 20 %.", "VAT rises to 20 per cent.", "VAT rises to 21 per cent."),
    (
        "Le projet a pris 10 ans de retard.",
        "The project is a decade behind schedule.",
        "The project is two decades behind schedule.",
    ),
    (
        "Le bâtiment date du milieu du XVIIIe siècle.",
        "The building dates from the mid-1700s.",
        "The building dates from the mid-1800s.",
    ),
    (
        "Les années 1980 ont été marquées par le chômage.",
        "The 80s were marked by unemployment.",
        "The 70s were marked by unemployment.",
    ),
    (
        "La police a saisi 1,2 tonne de cannabis.",
        "Police seized 1.2 tonnes of cannabis.",
        "Police seized 2.1 tonnes of cannabis.",
    ),
    (
        "Le loyer est de 800 euros hors charges.",
        "The rent is €800 excluding charges.",
        "The rent is €900 excluding charges.",
    ),
    (
        "Deux adolescents de 15 et 16 ans ont été arrêtés.",
        "Two teenagers aged 15 and 16 were arrested.",
        "Two teenagers aged 15 and 17 were arrested.",
    ),
    (
        "Le festival a attiré 280 000 spectateurs en quatre jours.",
        "The festival drew 280,000 spectators over four days.",
        "The festival drew 280,000 spectators over five days.",
    ),
    # culture, housing, energy, farming, space, work; shares in words, named dates
    (
        "Le film a attiré 1,3 million de spectateurs en une semaine.",
        "The film drew 1.3 million viewers in a week.",
        "The film drew 3.1 million viewers in a week.",
    ),
    (
        "L'album s'est vendu à plus d'un million d'exemplaires.",
        "The album has sold over a million copies.",
        "The album has sold over two million copies.",
    ),
    (
        "Le projet prévoit un milliard et demi d'euros d'investissements.",
        "The plan provides for 1.5 billion euros of investment.",
        "The plan provides for 2.5 billion euros of investment.",
    ),
    (
        "Des dizaines de milliers de personnes ont défilé.",
        "Tens of thousands of people marched.",
        "Hundreds of thousands of people marched.",
    ),
    (
        "1,5 million de foyers sont privés d'électricité.",
        "One and a half million homes are without power.",
        "Two and a half million homes are without power.",
    ),
    (
        "Quatre Français sur dix jugent la situation grave.",
        "Four in ten French people think the situation is serious.",
        "Six in ten French people think the situation is serious.",
    ),
    (
        "Neuf Français sur dix sont vaccinés.",
        "Nine out of ten French people are vaccinated.",
        "Eight out of ten French people are vaccinated.",
    ),
    (
        "Neuf Français sur dix sont vaccinés.",
        "90% of French people are vaccinated.",
        "80% of French people are vaccinated.",
    ),
    (
        "Les attentats du 11-Septembre ont fait près de 3 000 morts.",
        "The 9/11 attacks killed nearly 3,000 people.",
        "The 9/11 attacks killed nearly 4,000 people.",
    ),
    (
        "Les prix ont bondi à la mi-mars.",
        "Prices jumped in mid-March.",
        None,
    ),  # left: a month without a day or year is not compared
    (
        "Les travaux s'achèveront fin 2025.",
        "The work will be finished by the end of 2025.",
        "The work will be finished by the end of 2026.",
    ),
    (
        "Les JO de 2024 se tiendront à Paris.",
        "The 2024 Olympics will be held in Paris.",
        "The 2028 Olympics will be held in Paris.",
    ),
    (
        "Les événements de Mai 68 ont marqué une génération.",
        "The events of May 1968 marked a generation.",
        "The events of May 1969 marked a generation.",
    ),
    ("Il a combattu pendant la Seconde Guerre mondiale.", "He fought in World War II.", "He fought in World War I."),
    (
        "Un appartement de 45 m² se loue 1 200 euros.",
        "A 45 square metre flat rents for 1,200 euros.",
        "A 54 square metre flat rents for 1,200 euros.",
    ),
    (
        "Le prix du mètre carré a atteint 10 500 euros.",
        "The price per square metre has reached 10,500 euros.",
        "The price per square metre has reached 15,000 euros.",
    ),
    (
        "Le réacteur a une puissance de 1 650 mégawatts.",
        "The reactor has an output of 1,650 megawatts.",
        "The reactor has an output of 1,560 megawatts.",
    ),
    (
        "La facture moyenne augmentera de 4 % au 1er février.",
        "The average bill will rise 4% on February 1.",
        "The average bill will rise 4% on March 1.",
    ),
    (
        "La récolte de blé est estimée à 35 millions de tonnes.",
        "The wheat harvest is estimated at 35 million tonnes.",
        "The wheat harvest is estimated at 53 million tonnes.",
    ),
    (
        "La sonde a parcouru 6,4 milliards de kilomètres.",
        "The probe has travelled 6.4 billion kilometres.",
        "The probe has travelled 4.6 billion kilometres.",
    ),
    (
        "Le pape a réuni 80 000 fidèles place Saint-Pierre.",
        "The pope drew 80,000 faithful to St Peter's Square.",
        "The pope drew 60,000 faithful to St Peter's Square.",
    ),
    (
        "Le taux d'emploi des seniors est de 56 %.",
        "The employment rate for older workers is 56%.",
        "The employment rate for older workers is 65%.",
    ),
    (
        "Il a été réélu pour un troisième mandat.",
        "He was re-elected for a third term.",
        "He was re-elected for a fourth term.",
    ),
    (
        "Le bilan s'alourdit à 17 morts et 45 blessés.",
        "The toll has risen to 17 dead and 45 injured.",
        "The toll has risen to 17 dead and 54 injured.",
    ),
    (
        "La grève entre dans sa troisième semaine.",
        "The strike is entering its third week.",
        "The strike is entering its fourth week.",
    ),
    (
        "Le Premier ministre s'exprimera à 20 heures.",
        "The prime minister will speak at 8pm.",
        "The prime minister will speak at 9pm.",
    ),
    (
        "Le Premier ministre s'exprimera à 20 heures.",
        "The prime minister will speak at 8 o'clock in the evening.",
        "The prime minister will speak at 9 o'clock in the evening.",
    ),
    (
        "La loi entrera en vigueur le 1er janvier 2025.",
        "The law will come into force on January 1, 2025.",
        "The law will come into force on January 1, 2026.",
    ),
    (
        "L'usine emploie 2 400 salariés, dont 600 intérimaires.",
        "The plant employs 2,400 people, 600 of them temporary workers.",
        "The plant employs 2,400 people, 800 of them temporary workers.",
    ),
    (
        "La hausse atteint 0,7 % sur un mois et 5,2 % sur un an.",
        "Prices rose 0.7% month on month and 5.2% year on year.",
        "Prices rose 0.7% month on month and 2.5% year on year.",
    ),
    (
        "Le navire de 300 mètres transportait 20 000 conteneurs.",
        "The 300-metre ship was carrying 20,000 containers.",
        "The 300-metre ship was carrying 2,000 containers.",
    ),
    (
        "Un demi-siècle après, le mystère demeure.",
        "Half a century later, the mystery remains.",
        None,
    ),  # left: a support-only century
    (
        "Un demi-siècle après, le mystère demeure.",
        "Fifty years later, the mystery remains.",
        "Forty years later, the mystery remains.",
    ),
    (
        "Le tunnel, long de 57 km, a coûté 12 milliards de francs suisses.",
        "The 57km tunnel cost 12 billion Swiss francs.",
        "The 57km tunnel cost 21 billion Swiss francs.",
    ),
    (
        "Il a gagné 3 des 4 tournois du Grand Chelem.",
        "He won three of the four Grand Slam tournaments.",
        "He won two of the four Grand Slam tournaments.",
    ),
    (
        "Le mercure a chuté de 15 degrés en quelques heures.",
        "The mercury dropped 15 degrees in a few hours.",
        "The mercury dropped 25 degrees in a few hours.",
    ),
    (
        "La population a été multipliée par 2,5 en un siècle.",
        "The population has grown 2.5-fold in a century.",
        "The population has grown 3.5-fold in a century.",
    ),
    (
        "Cette somme représente un dixième du budget.",
        "This sum represents 10% of the budget.",
        "This sum represents 20% of the budget.",
    ),
    (
        "Cette somme représente un dixième du budget.",
        "This sum represents one tenth of the budget.",
        "This sum represents one fifth of the budget.",
    ),
    (
        "Le marathon de Paris a réuni 52 000 coureurs.",
        "The Paris marathon brought together 52,000 runners.",
        "The Paris marathon brought together 25,000 runners.",
    ),
    # written after the rules above, as a check of them
    (
        "Le Stade de France, plein à craquer, accueillait 78 000 supporters.",
        "The Stade de France was packed with 78,000 fans.",
        "The Stade de France was packed with 87,000 fans.",
    ),
    (
        "Les Bleus ont été battus 24 à 27 par les All Blacks.",
        "France lost 24-27 to the All Blacks.",
        "France lost 24-37 to the All Blacks.",
    ),
    (
        "Il a franchi la ligne d'arrivée avec 37 secondes d'avance.",
        "He crossed the finish line 37 seconds ahead.",
        "He crossed the finish line 27 seconds ahead.",
    ),
    (
        "Le mercure grimpera jusqu'à 38 degrés à Lyon.",
        "The mercury will climb to 38C in Lyon.",
        "The mercury will climb to 39C in Lyon.",
    ),
    (
        "Il gèlera à -5 degrés en montagne.",
        "It will freeze at minus five degrees in the mountains.",
        "It will freeze at minus eight degrees in the mountains.",
    ),
    (
        "La liste arrive en tête avec 23,3 % des suffrages exprimés.",
        "The list came first with 23.3% of the votes cast.",
        "The list came first with 32.3% of the votes cast.",
    ),
    (
        "Le sortant obtient 577 voix d'avance.",
        "The incumbent has a 577-vote lead.",
        "The incumbent has a 757-vote lead.",
    ),
    (
        "L'ancien ministre a été condamné à quatre ans d'emprisonnement, dont trois ferme.",
        "The former minister was sentenced to four years in prison, three of them to be served.",
        "The former minister was sentenced to four years in prison, two of them to be served.",
    ),
    ("Une amende de 75 000 euros a été requise.", "A fine of €75,000 was sought.", "A fine of €57,000 was sought."),
    (
        "Près d'un quart des adultes souffre d'hypertension.",
        "Nearly a quarter of adults suffer from high blood pressure.",
        "Nearly a third of adults suffer from high blood pressure.",
    ),
    (
        "Le taux de mortalité est de 12 pour 1 000.",
        "The death rate is 12 per 1,000.",
        "The death rate is 21 per 1,000.",
    ),
    (
        "La Fed a abaissé ses taux d'un demi-point.",
        "The Fed cut rates by half a point.",
        "The Fed cut rates by a quarter of a point.",
    ),
    (
        "La Fed a abaissé ses taux d'un demi-point.",
        "The Fed cut rates by 50 basis points.",
        "The Fed cut rates by 25 basis points.",
    ),
    ("Les bénéfices ont été multipliés par quatre.", "Profits have quadrupled.", "Profits have tripled."),
    (
        "Le chômage touche un jeune sur cinq.",
        "Unemployment affects one young person in five.",
        "Unemployment affects one young person in four.",
    ),
    (
        "Ce monument du XVe siècle a été restauré.",
        "This 15th-century monument has been restored.",
        "This 16th-century monument has been restored.",
    ),
    (
        "Ce monument du XVe siècle a été restauré.",
        "This fifteenth-century monument has been restored.",
        "This sixteenth-century monument has been restored.",
    ),
    (
        "La musique des années 60 revient à la mode.",
        "Sixties music is back in fashion.",
        "Seventies music is back in fashion.",
    ),
    (
        "Le vol Air France 066 a été dérouté.",
        "Air France flight 066 was diverted.",
        "Air France flight 067 was diverted.",
    ),
    (
        "L'A13 est fermée entre les sorties 5 et 8.",
        "The A13 is closed between exits 5 and 8.",
        "The A13 is closed between exits 5 and 9.",
    ),
    ("Il fête aujourd'hui ses 100 ans.", "He turns 100 today.", "He turns 101 today."),
    (
        "La maison de couture souffle ses 70 bougies.",
        "The fashion house is blowing out 70 candles.",
        "The fashion house is blowing out 75 candles.",
    ),
    (
        "Entre cinq et six mille personnes sont attendues.",
        "Between five and six thousand people are expected.",
        "Between five and seven thousand people are expected.",
    ),
    (
        "Le nombre de demandes a triplé en un an.",
        "The number of applications tripled in a year.",
        "The number of applications doubled in a year.",
    ),
    (
        "Il a purgé les deux tiers de sa peine.",
        "He has served two-thirds of his sentence.",
        "He has served half of his sentence.",
    ),
    (
        "Les deux tiers des sièges reviennent à la majorité.",
        "The majority gets 67% of the seats.",
        "The majority gets 76% of the seats.",
    ),
    (
        "La course a été remportée en 3 h 12 min.",
        "The race was won in 3 hours 12 minutes.",
        "The race was won in 3 hours 21 minutes.",
    ),
    ("La course a été remportée en 3 h 12 min.", "The race was won in 3hr 12min.", "The race was won in 3hr 21min."),
    (
        "Le salon ouvre ses portes de 9 h à 18 h.",
        "The show is open from 9am to 6pm.",
        "The show is open from 9am to 7pm.",
    ),
    (
        "Les 3/4 des communes sont concernées.",
        "Three-quarters of the municipalities are affected.",
        "Two-thirds of the municipalities are affected.",
    ),
]


@pytest.mark.parametrize(("fr", "en", "changed"), PAIRS, ids=[f"pair{i}" for i in range(len(PAIRS))])
def test_translation(fr: str, en: str, changed: str | None):
    assert_renders(fr, en, changed)


# Left in the English -> French direction: a US month/day without a year ("9/11") is not read as a date.
BACK_LEFT = {"The 9/11 attacks killed nearly 3,000 people."}
BACK = [(fr, en) for fr, en, _ in PAIRS if en not in BACK_LEFT]


@pytest.mark.parametrize(("fr", "en"), BACK, ids=[f"back{i}" for i in range(len(BACK))])
def test_read_back(fr: str, en: str):
    assert_back(en, fr)


# -- the families this battery brought out, generated ----------------------------------------------


@FAST
@given(st.integers(1, 45), st.booleans())
def test_temperature_without_degree_sign(n: int, minus: bool):
    sign, word = ("-", "minus ") if minus else ("", "")
    fr = f"Le thermomètre est descendu à {sign}{n} °C dans la nuit."
    assert_renders(fr, f"The thermometer fell to {word}{n}C overnight.", f"The thermometer fell to {word}{n + 3}C.")
    assert check("He sat in seat 15C.", "Il était assis.") == []  # a seat, no temperature


@FAST
@given(st.integers(2, 99))
def test_hundredths_of_a_second(cs: int):
    fr = f"Le skieur a devancé son rival de {cs} centièmes."
    assert_renders(
        fr, f"The skier beat his rival by 0.{cs:02d} seconds.", f"The skier beat his rival by 0.{cs + 1:02d} seconds."
    )


@FAST
@given(st.integers(10, 59), st.integers(10, 99), st.booleans())
def test_unit_word_between_the_parts(s: int, cs: int, metres: bool):
    unit, en_unit = ("mètres", "metres") if metres else ("secondes", "seconds")
    whole = s % 9 + 1 if metres else s
    fr = f"Il a signé une marque de {whole} {unit} {cs}."
    assert_renders(fr, f"He recorded {whole}.{cs} {en_unit}.", f"He recorded {whole}.{other(cs, 10, 99)} {en_unit}.")


@pytest.mark.parametrize(("fr_time", "en_time", "wrong"), [
    ("23 h 45", "a quarter to midnight", "a quarter to eleven"),
    ("0 h 15", "a quarter past midnight", "half past midnight"),
    ("12 h 30", "half past noon", "a quarter past noon"),
    ("11 h 45", "a quarter to noon", "a quarter to one"),
])  # fmt: skip
def test_times_relative_to_midnight_and_noon(fr_time: str, en_time: str, wrong: str):
    assert_renders(
        f"La séance a été levée à {fr_time}.", f"The session ended at {en_time}.", f"The session ended at {wrong}."
    )


@FAST
@given(st.integers(1, 9), st.integers(1, 59), st.booleans())
def test_durations_in_words(mi: int, s: int, hours: bool):
    # a change of 20 minutes (or seconds): a few minutes in hours pass as the source's duration read vaguely
    if hours:
        fr, en = f"Le trajet prend {mi} h {s:02d}.", f"The journey takes {words(mi, 'en')} hours {s} minutes."
        bad = f"The journey takes {words(mi, 'en')} hours {(s + 20) % 60 or 20} minutes."
    else:
        fr, en = f"Il a couru en {mi} min {s:02d} s.", f"He ran it in {words(mi, 'en')} minutes {s} seconds."
        bad = f"He ran it in {words(mi, 'en')} minutes {(s + 20) % 60 or 20} seconds."
    assert_renders(fr, en, bad)
    assert_back(en, fr)


@FAST
@given(st.integers(100, 999), st.integers(100, 999))
def test_free_phone_numbers(a: int, b: int):
    fr = f"Le numéro vert 0 800 {a} {b} est ouvert."
    assert_renders(
        fr, f"The free hotline 0800 {a} {b} is open.", f"The free hotline 0800 {a} {other(b, 100, 999)} is open."
    )


@FAST
@given(st.integers(10, 30), st.integers(10, 59))
def test_price_with_two_decimals_is_no_clock(euros: int, cents: int):
    fr = f"Le salaire minimum passe à {euros},{cents} euros de l'heure."
    swapped = int(str(cents)[::-1]) if cents % 10 and str(cents)[::-1] != str(cents) else cents + 7
    en = f"The minimum wage rises to {euros}.{cents} euros an hour."
    assert_renders(fr, en, f"The minimum wage rises to {euros}.{swapped:02d} euros an hour.")


@pytest.mark.parametrize(("verb_fr", "verb_en", "wrong"), [
    ("a triplé", "tripled", "doubled"), ("a doublé", "doubled", "tripled"), ("a quadruplé", "quadrupled", "doubled"),
])  # fmt: skip
def test_verb_of_change_against_a_count(verb_fr: str, verb_en: str, wrong: str):
    fr = f"Le prix du baril {verb_fr} en deux ans."
    assert_renders(fr, f"The price of a barrel has {verb_en} in two years.",
                   f"The price of a barrel has {wrong} in two years.")  # fmt: skip


@FAST
@given(st.integers(2, 9), st.sampled_from([10, 20]))
def test_shares_in_words(k: int, of: int):
    fr = f"{words(k, 'fr').capitalize()} Français sur {words(of, 'fr')} jugent la situation grave."
    en = f"{words(k, 'en').capitalize()} in {words(of, 'en')} French people think the situation is serious."
    bad = (
        f"{words(other(k, 2, 9), 'en').capitalize()} in {words(of, 'en')} French people think the situation is serious."
    )
    assert_renders(fr, en, bad)


@pytest.mark.parametrize("century", [12, 15, 17, 18, 19])
def test_century_from_its_hundreds(century: int):
    en = f"The building dates from the mid-{century - 1}00s."
    fr = f"Le bâtiment date du milieu du {words(century, 'fr', 'ordinal')} siècle."
    assert_back(en, fr, f"Le bâtiment date du milieu du {words(century + 1, 'fr', 'ordinal')} siècle.")


@pytest.mark.parametrize(("month", "year"), [("Mai", 68), ("Juin", 81), ("Octobre", 62)])
def test_named_month_with_short_year(month: str, year: int):
    full = (1900 if year >= 50 else 2000) + year
    en_month = {"Mai": "May", "Juin": "June", "Octobre": "October"}[month]
    fr = f"Les événements de {month} {year} ont marqué une génération."
    assert_renders(fr, f"The events of {en_month} {full} marked a generation.",
                   f"The events of {en_month} {full + 1} marked a generation.")  # fmt: skip


@FAST
@given(st.integers(0, 5), st.integers(0, 5))
def test_score_changed_to_a_figure_the_source_has_elsewhere(a: int, b: int):
    sets = (b + 1) % 6 if (b + 1) % 6 != a else (b + 2) % 6  # the changed count, also the number of sets
    fr = f"Il a gagné en {words(sets, 'fr')} sets, {a}-{b}, 7-6."
    en = f"He won in {words(sets, 'en')} sets, {a}-{b}, 7-6."
    assert_renders(fr, en, f"He won in {words(sets, 'en')} sets, {a}-{sets}, 7-6.")
    assert_back(en, fr)


@pytest.mark.parametrize(("fr", "en"), [
    ("Le PSG s'est imposé 3 à 1 face à Lyon, qui menait 1-0.", "PSG beat Lyon 3-1, after trailing 1-0."),
    ("Le texte a été adopté par 312 voix contre 201.", "The bill passed by 201 votes to 312."),
    ("Le projet coûtera de 3 à 4 millions d'euros, score de 2-1.", "The project will cost 3-4 million euros, score 2-1."),
    ("Les travaux dureront 3 à 4 jours, à 10:30 chaque matin, score 2-1.", "The work will take 3-4 days, at 10:30 each morning, score 2-1."),
])  # fmt: skip
def test_scores_either_way_round_and_ranges_are_no_scores(fr: str, en: str):
    assert_renders(fr, en)
