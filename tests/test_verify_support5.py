"""``verify`` across languages, fifth battery: forty French news articles of 8-10 sentences
(tests/verify_articles5.py, written for it: wine, rail, museums, an earthquake, tennis, cycling, rugby, F1, a
marathon, elections, budgets, courts, hospitals, weather, fires, floods, science, business, local news) and 120
English renderings of one to three of their sentences in a free human translator's style (clauses reordered, names
in their English form, titles and countries added, figures in words or rounded, sentences merged or split) must be
supported with no flag; 80 renderings with one figure changed or one name swapped must be flagged on the changed span.

First written, on the code before this battery's round: 109 of 120 renderings supported, 77 of 80 changes flagged.
The round's rules (each tested in both directions below the battery): an English sentence that renders two
neighbouring article sentences in one ("Eight extra staff will be hired ..., at an estimated cost of €300,000 a
year."), a number French spells in several words ("vingt-cinq ans" / "a 25-year sentence"), a country named for
its people's nationality ("Denmark's Jonas Vingegaard" for "le Danois Jonas Vingegaard"), an English compound of two
common words opening a sentence ("Groundwater levels ...", "Hailstones ...") and an ordinary word after "the" that is
also a surname ("the House" for "la Chambre"). After: 114 of 120 supported, 77 of 80 flagged; the rest are strict
xfails. The name guard's exonyms and works' titles (eleventh name battery: "Brittany", "the Mona Lisa") then made it
116 of 120."""

from __future__ import annotations

import pytest
from verify_articles5 import ARTICLES

from summarizer.verify import verify

_XFAIL_FREE = "a free paraphrase sharing two word forms with its source ('peinent à recruter, faute de logements')"
_XFAIL_ADDED = (
    "a place the translator adds for the reader ('in northern France', 'in Normandy') is absent from the article"
)
_XFAIL_INSIDE = "a name of the article put on another person of the same article ('led by Mark Rutte') is not seen"
_XFAIL_36C = "a temperature written '36C' is not read as a figure where the article says '38 degrés'"
_XFAIL_NATIONALITY = (
    "a nationality adjective added in front of a title ('French Prime Minister') where the article says 'italienne'"
)

# (article, rendering): supported with no flag.
FAITHFUL = [
    ("vineyard", "Harvesting got under way in Champagne on Monday, nearly a fortnight earlier than usual."),
    pytest.param(
        "vineyard",
        "Some 120,000 seasonal pickers are expected in the vineyards by the end of the month. Growers, however, are struggling to hire them because there is nowhere for them to stay.",
        marks=pytest.mark.xfail(strict=True, reason=_XFAIL_FREE),
    ),
    (
        "vineyard",
        "Champagne sales fell 8% last year to 271 million bottles, and the houses are now pinning their hopes on Asia to make up for the shrinking French market.",
    ),
    (
        "strike",
        "Rail services will be severely disrupted on Tuesday because of a strike by ticket inspectors, SNCF has warned. Only half of the high-speed trains will run on the south-east line, management said.",
    ),
    (
        "strike",
        'Transport Minister Clement Beaune called for talks. "Travellers must not be taken hostage," he told France Inter.',
    ),
    (
        "strike",
        "The last such walkout was in December 2022, over the holidays, when around 200,000 passengers had their trains cancelled.",
    ),
    ("museum", "The Louvre welcomed 8.9 million visitors in 2023, up 14 percent."),
    ("museum", "Its president and director, Laurence des Cars, wants to cap attendance at 30,000 a day."),
    (
        "museum",
        "The Mona Lisa remains by far the museum's most photographed work, and a new room should be devoted to it by 2030.",
    ),
    ("quake", "A magnitude 6.8 earthquake struck central Morocco on Friday evening."),
    (
        "quake",
        "The epicentre was in Al Haouz province, some 70km south-west of Marrakesh. At least 2,000 people were killed, according to a provisional toll from the interior ministry.",
    ),
    (
        "quake",
        "King Mohammed VI declared three days of national mourning. It is the deadliest earthquake to hit the country since the Agadir quake of 1960.",
    ),
    (
        "tennis",
        "Serbia's Novak Djokovic won his 24th Grand Slam title at the US Open on Sunday, beating Russia's Daniil Medvedev 6-3, 7-6, 6-3 in the final.",
    ),
    ("tennis", "At 36, he is the oldest man to triumph in New York."),
    ("tennis", "In the women's event, 19-year-old American Coco Gauff claimed her first major title."),
    (
        "bakery",
        "A bakery in Quimper was crowned maker of the best baguette in Brittany on Saturday.",
    ),
    (
        "bakery",
        "The winner, Yannick Le Goff, took over his parents' shop ten years ago. He sells around 800 baguettes a day at €1.10 each.",
    ),
    (
        "bakery",
        '"The secret is the fermentation time," he explains. His dough rests in the cold for at least a day before it is baked.',
    ),
    ("election", "Dutch voters handed victory to Geert Wilders' party on Wednesday."),
    (
        "election",
        "According to near-final results, the Party for Freedom (PVV) won 37 of the 150 seats in the lower house, more than twice as many as in 2021.",
    ),
    ("election", "Turnout reached 78%, much the same as at the previous election."),
    ("wolf", "A wolf was spotted last week in the forest of Fontainebleau, 60 kilometres from Paris."),
    (
        "wolf",
        "The French Biodiversity Office (OFB) confirmed the sighting on Tuesday. It is thought to be a young male that has left its pack, probably from the east of the country.",
    ),
    ("wolf", "France's wolf population is estimated at a little over 1,100 animals."),
    ("budget", "The government on Wednesday unveiled a draft budget with €16bn of savings."),
    ("budget", "Economy Minister Bruno Le Maire promised there would be no tax rises."),
    ("budget", "Defence spending will rise by €3.3 billion. Public debt now stands at more than three trillion euros."),
    (
        "cycling",
        "Denmark's Jonas Vingegaard won his second Tour de France in a row on Sunday, 7 minutes 29 seconds ahead of Slovenia's Tadej Pogacar.",
    ),
    ("cycling", "Britain's Adam Yates completed the podium."),
    (
        "cycling",
        "For the first time since 2019, no Frenchman finished in the top ten. The best of them, David Gaudu, came fourteenth.",
    ),
    ("hospital", "The emergency department at Pontoise hospital will close at night throughout August."),
    (
        "hospital",
        "The hospital is about fifteen doctors short of what it needs to staff its night shifts. Patients will be sent to the hospitals in Cergy and Argenteuil.",
    ),
    ("hospital", "Last year the department already had to close for 12 nights in July."),
    ("rugby", "France reached the quarter-finals of the World Cup on Saturday, thrashing Italy 60-7 in Lyon."),
    ("rugby", "Antoine Dupont, who had surgery on a fractured cheekbone, did not play."),
    ("rugby", "They will face South Africa, the defending champions, at the Stade de France on October 15."),
    ("housing", "Prices of existing homes fell 2.1% year on year in the third quarter, according to INSEE."),
    (
        "housing",
        "It is the first annual fall since 2015. The drop is steeper in the Paris region, where prices are down 4%.",
    ),
    ("housing", "The number of sales has fallen by a fifth in a year."),
    (
        "space",
        "Europe's Ariane 6 rocket made a successful maiden flight on Tuesday from the Kourou space centre in French Guiana.",
    ),
    ("space", "The launcher lifted off at 4pm local time, four years behind schedule."),
    (
        "space",
        "Europe had had no independent access to space since Ariane 5 was retired a year ago. Developing the new rocket cost about €4 billion.",
    ),
    pytest.param(
        "trial",
        "On Friday a court in northern France sentenced a 42-year-old man to twenty years in prison.",
        marks=pytest.mark.xfail(strict=True, reason=_XFAIL_ADDED),
    ),
    (
        "trial",
        "He was accused of stabbing his neighbour to death in Roubaix in March 2021. The two men had been arguing for months over a parking space.",
    ),
    ("trial", "The prosecution had sought a 25-year sentence."),
    (
        "airline",
        "Air France-KLM on Thursday reported net profit of €934 million for the second quarter, helped by a strong rebound in summer travel.",
    ),
    ("airline", "Revenue rose 15 percent to 7.9 billion euros."),
    ("airline", "The carrier flew 24 million passengers between April and June."),
    (
        "drought",
        "More than sixty departments are under water restrictions, the ecological transition ministry said on Monday.",
    ),
    (
        "drought",
        "The Pyrenees-Orientales department has had only 40% of its usual rainfall since the start of the year.",
    ),
    ("drought", "Groundwater levels are at their lowest since 1959."),
    ("startup", "French start-up Mistral AI said on Sunday that it had raised €385 million."),
    (
        "startup",
        "The company, founded less than a year ago, is now valued at nearly $2 billion. Its investors include US fund Andreessen Horowitz and Nvidia.",
    ),
    ("startup", 'President Emmanuel Macron hailed "French genius".'),
    ("flood", "Torrential rain has flooded parts of the Pas-de-Calais for the second time in a month."),
    ("flood", "About 1,500 people have been evacuated since the start of the week."),
    (
        "flood",
        "Prime Minister Gabriel Attal visited the area on Wednesday and promised €50 million in emergency aid for those affected.",
    ),
    (
        "festival",
        "The Vieilles Charrues festival drew 280,000 people to Carhaix over four days, a record for the Breton event, which was founded in 1992.",
    ),
    ("festival", "Rapper Orelsan's concert alone attracted nearly 70,000 people."),
    ("festival", "Some 7,000 volunteers helped to run it."),
    (
        "ukraine",
        "Ukrainian President Volodymyr Zelensky travelled to Washington on Tuesday in search of more military aid.",
    ),
    (
        "ukraine",
        "He was received at the White House by Joe Biden. Congress has been blocking a $61bn package for Kyiv for weeks.",
    ),
    (
        "ukraine",
        "Russia launched around fifty drones at several cities overnight, according to the Ukrainian air force.",
    ),
    ("school_meals", "Grenoble is to serve fully vegetarian meals two days a week in its school canteens."),
    ("school_meals", "The measure will apply to some 11,000 pupils from the new school year in September."),
    ("school_meals", "A petition gathered more than 3,000 signatures in a week."),
    ("weather", "Météo-France put fourteen departments on orange alert for thunderstorms on Thursday."),
    (
        "weather",
        "Hailstones more than five centimetres across are possible in the south-west, and gusts could reach 100km/h in places.",
    ),
    ("weather", "Temperatures had topped 38C in Bordeaux on Wednesday."),
    ("pharma", "Drugmaker Sanofi told unions on Monday that it would cut 330 research jobs in France."),
    ("pharma", "The group wants to focus on immunology and vaccines."),
    ("pharma", "Sanofi made a net profit of 5.4 billion euros last year. It employs about 20,000 people in France."),
    ("archaeology", "Archaeologists have unearthed a Gallo-Roman villa near Nimes during work on a housing estate."),
    ("archaeology", "The building, which dates from the second century, covers nearly 2,000 square metres."),
    (
        "archaeology",
        "The digs uncovered mosaics in very good condition. One of them shows the god Bacchus surrounded by panthers.",
    ),
    ("f1", "Max Verstappen of the Netherlands won the Belgian Grand Prix at Spa-Francorchamps on Sunday."),
    (
        "f1",
        "Starting sixth on the grid, he overtook all his rivals in under twenty laps. It was his eighth win in a row this season.",
    ),
    ("f1", "His Mexican team-mate Sergio Perez finished second, ahead of Ferrari's Charles Leclerc."),
    ("bank", "The European Central Bank raised its key interest rates by a quarter of a percentage point on Thursday."),
    ("bank", "The deposit rate now stands at 4%, a record since the euro was created."),
    (
        "bank",
        "ECB President Christine Lagarde hinted that this could be the last increase. Eurozone inflation slowed to 5.3% in August but remains well above the 2% target.",
    ),
    ("zoo", "A baby panda was born overnight from Tuesday to Wednesday at Beauval zoo in the Loir-et-Cher."),
    ("zoo", "The cub weighs about 150 grams and appears to be healthy, according to its keepers."),
    (
        "zoo",
        "Its mother, Huan Huan, has been on loan from China since 2012. It is the third panda born at the park in six years.",
    ),
    ("fire", "A fire has destroyed more than 7,000 hectares of forest in the Gironde since Sunday."),
    ("fire", "About 1,100 firefighters have been deployed, backed by eight water-bombing planes."),
    (
        "fire",
        "Some 3,000 residents of Landiras and neighbouring villages have been evacuated. No one has been hurt, but around twenty houses have burned down.",
    ),
    ("refugees", "Around 7,000 migrants arrived on the Italian island of Lampedusa in two days."),
    ("refugees", "The reception centre, built for 400 people, is completely overwhelmed."),
    (
        "refugees",
        "Italian Prime Minister Giorgia Meloni is calling for a European naval mission. European Commission President Ursula von der Leyen visited the island on Sunday.",
    ),
    ("telecom", "Operator Free on Wednesday launched a new internet box at €49.99 a month."),
    ("telecom", "Xavier Niel, the founder of the Iliad group, presented the product himself in Paris."),
    ("telecom", "Free has some 7.4 million broadband subscribers."),
    ("police", "Two police officers were injured overnight from Saturday to Sunday during a call-out in Nanterre."),
    ("police", "About ten youths fired fireworks at them. Three people aged 17 to 21 were arrested."),
    ("police", 'Interior Minister Gerald Darmanin condemned the "unacceptable" violence.'),
    ("climate", "2023 was the hottest year on record, the European Copernicus service said on Tuesday."),
    ("climate", "The average temperature was 1.48C above pre-industrial levels."),
    ("climate", "Antarctic sea ice fell to its lowest level on record. Scientists expect 2024 to be even hotter."),
    ("film", "Justine Triet's \"Anatomy of a Fall\" won the Palme d'Or at the Cannes Film Festival on Sunday."),
    ("film", "She is only the third woman to win the award, after Jane Campion and Julia Ducournau."),
    ("film", "German actress Sandra Hüller plays the lead."),
    ("factory", "Carmaker Stellantis is to invest €500 million in its Sochaux plant in the Doubs."),
    ("factory", "From 2026 the site will build the electric version of the Peugeot 3008."),
    ("factory", "The plant now employs 5,500 people, down from more than 40,000 in the 1970s."),
    ("marathon", "Kenya's Kelvin Kiptum broke the marathon world record in Chicago on Sunday."),
    (
        "marathon",
        "He ran the distance in 2:00:35, 34 seconds faster than the previous record held by his compatriot Eliud Kipchoge.",
    ),
    ("marathon", "The 23-year-old was running only his third marathon."),
    ("library", "Rennes's municipal library will now open on Sundays, mayor Nathalie Appéré has announced."),
    ("library", "The change comes into force on January 7, as a one-year trial."),
    ("library", "Eight extra staff will be hired to cover the new hours, at an estimated cost of €300,000 a year."),
    pytest.param(
        "nuclear",
        "EDF has announced a further delay to the EPR reactor at Flamanville in Normandy.",
        marks=pytest.mark.xfail(strict=True, reason=_XFAIL_ADDED),
    ),
    ("nuclear", "Start-up, originally planned for 2012, is now expected in the first half of 2024."),
    ("nuclear", "The project has cost €13.2bn, four times its original budget."),
    (
        "bees",
        "French beekeepers harvested about 30,000 tonnes of honey this year, according to the national beekeeping union.",
    ),
    ("bees", "That is a third more than last year, thanks to a favourable spring."),
    ("bees", "The Asian hornet, which arrived in France in 2004, keeps spreading north."),
    ("ferry", "A Brittany Ferries ship had to turn back on Tuesday after an engine failure off Cherbourg."),
    (
        "ferry",
        "The vessel was carrying 600 passengers to Portsmouth in England. It made it back to port under its own power in the late afternoon.",
    ),
    ("ferry", "No one was hurt, the maritime prefecture for the Channel said."),
]

# (article, rendering with one change, the changed span): flagged on that span.
CHANGED = [
    ("vineyard", "Some 150,000 seasonal pickers are expected in the vineyards by the end of the month.", "150,000"),
    ("vineyard", "Champagne sales fell 8% last year to 217 million bottles.", "217 million bottles"),
    ("strike", "Transport Minister Gabriel Attal called for talks.", "Gabriel Attal"),
    ("strike", "Only a third of the high-speed trains will run on the south-east line, management said.", "a third"),
    ("museum", "The Louvre welcomed 9.8 million visitors in 2023, up 14 percent.", "9.8 million"),
    (
        "museum",
        "Its president and director, Rima Abdul Malak, wants to cap attendance at 30,000 a day.",
        "Rima Abdul Malak",
    ),
    ("quake", "The epicentre was in Al Haouz province, some 70km south-west of Casablanca.", "Casablanca"),
    ("quake", "A magnitude 7.8 earthquake struck central Morocco on Friday evening.", "7.8"),
    ("tennis", "Serbia's Novak Djokovic won his 23rd Grand Slam title at the US Open on Sunday.", "23rd"),
    ("tennis", "Serbia's Novak Djokovic beat Russia's Andrey Rublev in the final.", "Andrey Rublev"),
    ("bakery", "He sells around 600 baguettes a day at €1.10 each.", "600"),
    ("bakery", "A bakery in Brest was crowned maker of the best baguette in Brittany on Saturday.", "Brest"),
    ("election", "The Party for Freedom (PVV) won 27 of the 150 seats in the lower house.", "27"),
    pytest.param(
        "election",
        "The left-wing alliance led by Mark Rutte came second with 25 seats.",
        "Mark Rutte",
        marks=pytest.mark.xfail(strict=True, reason=_XFAIL_INSIDE),
    ),
    ("wolf", "A wolf was spotted last week in the forest of Rambouillet, 60 kilometres from Paris.", "Rambouillet"),
    ("wolf", "France's wolf population is estimated at a little over 1,300 animals.", "1,300"),
    ("budget", "Economy Minister Gérald Darmanin promised there would be no tax rises.", "Gérald Darmanin"),
    ("budget", "The government on Wednesday unveiled a draft budget with €18bn of savings.", "€18bn"),
    ("cycling", "Britain's Geraint Thomas completed the podium.", "Geraint Thomas"),
    ("cycling", "Jonas Vingegaard finished 7 minutes 49 seconds ahead of Tadej Pogacar.", "7 minutes 49 seconds"),
    ("hospital", "Patients will be sent to the hospitals in Cergy and Versailles.", "Versailles"),
    ("hospital", "Last year the department already had to close for 15 nights in July.", "15 nights"),
    ("rugby", "France reached the quarter-finals of the World Cup on Saturday, thrashing Italy 50-7 in Lyon.", "50-7"),
    (
        "rugby",
        "They will face New Zealand, the defending champions, at the Stade de France on October 15.",
        "New Zealand",
    ),
    ("housing", "Prices of existing homes fell 1.2% year on year in the third quarter.", "1.2%"),
    ("housing", "It is the first annual fall since 2012.", "2012"),
    (
        "space",
        "Europe's Ariane 6 rocket made a successful maiden flight on Tuesday from Cape Canaveral.",
        "Cape Canaveral",
    ),
    ("space", "Developing the new rocket cost about €6 billion.", "€6 billion"),
    ("trial", "On Friday a court sentenced a 42-year-old man to fifteen years in prison.", "fifteen years"),
    ("trial", "He was accused of stabbing his neighbour to death in Lille in March 2021.", "Lille"),
    (
        "airline",
        "Air France-KLM on Thursday reported net profit of €394 million for the second quarter.",
        "€394 million",
    ),
    ("airline", "Chief executive Carlos Tavares warned about rising jet fuel prices.", "Carlos Tavares"),
    ("drought", "The Pyrenees-Orientales department has had only 60% of its usual rainfall this year.", "60%"),
    ("drought", "Groundwater levels are at their lowest since 1976.", "1976"),
    ("startup", "French start-up Mistral AI said on Sunday that it had raised €358 million.", "€358 million"),
    ("startup", "Its investors include US fund Sequoia and Nvidia.", "Sequoia"),
    ("flood", "About 2,500 people have been evacuated since the start of the week.", "2,500"),
    ("flood", "Prime Minister Élisabeth Borne visited the area on Wednesday.", "Élisabeth Borne"),
    ("festival", "Rapper Stromae's concert alone attracted nearly 70,000 people.", "Stromae"),
    ("festival", "Some 9,000 volunteers helped to run it.", "9,000"),
    ("ukraine", "Congress has been blocking a $16bn package for Kyiv for weeks.", "$16bn"),
    ("ukraine", "He was received at the White House by Kamala Harris.", "Kamala Harris"),
    ("school_meals", "The measure will apply to some 13,000 pupils from September.", "13,000"),
    ("school_meals", "Nantes is to serve fully vegetarian meals two days a week in its school canteens.", "Nantes"),
    pytest.param(
        "weather",
        "Temperatures had topped 36C in Bordeaux on Wednesday.",
        "36C",
        marks=pytest.mark.xfail(strict=True, reason=_XFAIL_36C),
    ),
    ("weather", "Météo-France put fourteen departments on orange alert; gusts could reach 130km/h.", "130km/h"),
    ("pharma", "Drugmaker Sanofi told unions on Monday that it would cut 300 research jobs in France.", "300"),
    ("pharma", "The sites in Lyon and Chilly-Mazarin are the hardest hit.", "Lyon"),
    ("archaeology", "The building, which dates from the second century, covers nearly 3,000 square metres.", "3,000"),
    ("archaeology", "One of the mosaics shows the god Neptune surrounded by panthers.", "Neptune"),
    ("f1", "It was his seventh win in a row this season.", "seventh"),
    ("f1", "His Mexican team-mate Sergio Perez finished second, ahead of Ferrari's Carlos Sainz.", "Carlos Sainz"),
    ("bank", "The deposit rate now stands at 4.5%, a record since the euro was created.", "4.5%"),
    ("bank", "Eurozone inflation slowed to 3.5% in August.", "3.5%"),
    ("zoo", "Its mother, Huan Huan, has been on loan from China since 2017.", "2017"),
    (
        "zoo",
        "A baby panda was born overnight at Beauval zoo, according to its keeper Rodolphe Delord.",
        "Rodolphe Delord",
    ),
    ("fire", "About 1,500 firefighters have been deployed, backed by eight water-bombing planes.", "1,500"),
    ("fire", "Some 3,000 residents of Lacanau and neighbouring villages have been evacuated.", "Lacanau"),
    ("refugees", "The reception centre, built for 600 people, is completely overwhelmed.", "600"),
    pytest.param(
        "refugees",
        "French Prime Minister Giorgia Meloni is calling for a European naval mission.",
        "French",
        marks=pytest.mark.xfail(strict=True, reason=_XFAIL_NATIONALITY),
    ),
    ("telecom", "Operator Free on Wednesday launched a new internet box at €39.99 a month.", "€39.99"),
    ("telecom", "Martin Bouygues, the founder of the Iliad group, presented the product himself.", "Martin Bouygues"),
    ("police", "Three people aged 17 to 24 were arrested.", "24"),
    ("police", "Two police officers were injured overnight during a call-out in Créteil.", "Créteil"),
    ("climate", "The average temperature was 1.84C above pre-industrial levels.", "1.84C"),
    ("climate", "2022 was the hottest year on record, the European Copernicus service said on Tuesday.", "2022"),
    ("film", "She is only the third woman to win the award, after Jane Campion and Céline Sciamma.", "Céline Sciamma"),
    ("film", '"Anatomy of a Fall" opens in cinemas on August 28.', "August 28"),
    ("factory", "Carmaker Stellantis is to invest €300 million in its Sochaux plant.", "€300 million"),
    ("factory", "From 2026 the site will build the electric version of the Renault Megane.", "Renault"),
    ("marathon", "Kenya's Kelvin Kiptum broke the marathon world record in Berlin on Sunday.", "Berlin"),
    ("marathon", "He was 43 seconds faster than the previous record held by Eliud Kipchoge.", "43 seconds"),
    ("library", "The change comes into force on January 17, as a one-year trial.", "January 17"),
    (
        "library",
        "Rennes's municipal library will now open on Sundays, mayor Johanna Rolland has announced.",
        "Johanna Rolland",
    ),
    ("nuclear", "The project has cost €12.3bn, four times its original budget.", "€12.3bn"),
    ("nuclear", "EDF has announced a further delay to the EPR reactor at Penly in Normandy.", "Penly"),
    ("bees", "French beekeepers harvested about 20,000 tonnes of honey this year.", "20,000 tonnes"),
    ("bees", "The Asian hornet, which arrived in France in 2014, keeps spreading north.", "2014"),
    ("ferry", "The vessel was carrying 600 passengers to Plymouth in England.", "Plymouth"),
    ("ferry", "The vessel was carrying 800 passengers to Portsmouth in England.", "800"),
]


def _check(article: str, summary: str):
    return verify(ARTICLES[article], summary, source_language="fr", summary_language="en")


@pytest.mark.parametrize(("article", "summary"), FAITHFUL)
def test_a_free_correct_rendering_is_supported(article: str, summary: str) -> None:
    result = _check(article, summary)
    assert result.supported and not result.flags


@pytest.mark.parametrize(("article", "summary", "span"), CHANGED)
def test_a_changed_figure_or_a_swapped_name_is_flagged_on_its_span(article: str, summary: str, span: str) -> None:
    result = _check(article, summary)
    lo = summary.index(span)
    hi = lo + len(span)
    assert not result.supported
    assert any(f.category in ("figure", "entity") and f.start < hi and lo < f.end for f in result.flags)


# The round's rules, each in both directions.


@pytest.mark.parametrize(
    ("summary", "supported"),
    [
        # "Huit agents supplémentaires seront recrutés ..." + "Le coût est estimé à 300 000 euros par an."
        ("Eight extra staff will be hired to cover the new hours, at an estimated cost of €300,000 a year.", True),
        ("Eight new buses will be bought this year at a cost of €300,000.", False),  # words of both, said of others
        ("Staff unions say the new hours will cost the city too much.", False),
    ],
)
def test_one_sentence_rendering_two_neighbouring_sentences_is_supported_by_both(summary: str, supported: bool) -> None:
    result = _check("library", summary)
    assert result.supported is supported
    if supported:
        assert sorted(e.index for e in result.sentences[0].evidence) == [3, 4]


def test_two_merged_sentences_still_check_the_figures_of_both() -> None:
    summary = "Eight extra staff will be hired to cover the new hours, at an estimated cost of €500,000 a year."
    result = _check("library", summary)
    assert any(f.category == "figure" and f.text == "€500,000" for f in result.flags)


@pytest.mark.parametrize(("summary", "supported"), [("25-year", True), ("35-year", False), ("twenty-year", False)])
def test_a_number_spelt_in_two_words_meets_its_digits(summary: str, supported: bool) -> None:
    result = _check("trial", f"The prosecution had sought a {summary} sentence.")  # "requis vingt-cinq ans"
    assert result.supported is supported


@pytest.mark.parametrize(("country", "supported"), [("Denmark", True), ("Sweden", False), ("Norway", False)])
def test_a_country_named_for_its_people_nationality_is_the_article_one(country: str, supported: bool) -> None:
    result = _check("cycling", f"{country}'s Jonas Vingegaard won his second Tour de France in a row on Sunday.")
    assert result.supported is supported
    if not supported:
        assert any(f.category == "entity" and f.text == country for f in result.flags)


@pytest.mark.parametrize(
    ("summary", "span"),
    [
        ("Groundwater levels are at their lowest since 1959.", None),
        ("Hailstones more than five centimetres across are possible in the south-west.", None),
        ("Levels measured by Greenfield are at their lowest since 1959.", "Greenfield"),  # not at the opening
    ],
)
def test_a_compound_of_two_common_words_opening_a_sentence_is_no_name(summary: str, span: str | None) -> None:
    article = "drought" if "1959" in summary else "weather"
    result = _check(article, summary)
    assert result.supported is (span is None)
    if span:
        assert any(f.category == "entity" and f.text == span for f in result.flags)


CHAMBER = """Il y a trois mois, elle avait fait un retour surprenant à la Chambre des représentants pour voter le budget.

Le texte a été adopté par 269 voix contre 161."""


@pytest.mark.parametrize(
    ("summary", "supported"),
    [
        ("Three months ago, she made a surprise return to the House to vote on the budget.", True),
        ("Three months ago, she made a surprise return with House to vote on the budget.", False),  # a Mr House
    ],
)
def test_an_ordinary_word_after_the_is_a_thing_even_when_it_is_a_surname(summary: str, supported: bool) -> None:
    result = verify(CHAMBER, summary, source_language="fr", summary_language="en")
    assert result.supported is supported
