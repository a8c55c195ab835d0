"""More French <-> English equivalents for the entity guard, in the layout of :data:`summarizer.guard.names.TABLE`
(French names | English names | acronyms, variants separated by ";"), by class, each class whole:

- :data:`BODIES`: the United Nations' programmes, funds and specialised agencies, the international courts, the
  regional organisations and development banks, and the central banks that news names by an English acronym
  (French and English Wikipedia titles of articles linked to each other, and the acronyms their first lines give).
  A French article writes "le PAM" or "la Banque d'Angleterre"; an English rendering "the World Food Programme",
  "the BoE". The acronyms "UA", "AU" and "BAD" are left out: "au Kenya" names no African Union.
- :data:`HOLIDAYS`: public and religious holidays (French Wikipedia, "Fêtes et jours fériés en France" and the
  articles of each feast): "le 14-Juillet" is "Bastille Day".
- :data:`EVENTS`: wars, revolutions and other historical events whose French name is not a word-for-word
  translation of the English (French and English Wikipedia titles of linked articles): "la guerre de Sécession" is
  "the American Civil War", "le Débarquement" "D-Day".
- :data:`NICKNAMES` (read with the periphrases): the nicknames French news gives well-known people (French
  Wikipedia, "Liste de surnoms de personnalités"): "la Dame de fer" is Margaret Thatcher, "Zizou" Zinedine
  Zidane. An English rendering usually writes the name.
- :data:`PERIPHRASES` (read apart: :func:`summarizer.guard.names.periphrases`): the periphrases French news uses
  for a country or a city instead of its name (French Wikipedia, "Liste de périphrases désignant des pays" and
  "Surnoms de villes"): "l'Hexagone" is France, "outre-Rhin" Germany, "la Ville rose" Toulouse. An English
  rendering usually writes the name.
- :data:`WORKS`: paintings, sculptures, books, music and films that French news names by a French title English
  does not translate word for word (French and English Wikipedia titles of linked articles; without their article,
  and none that is one common English word): "la Joconde" is "the Mona Lisa".
- :data:`PARTIES` (read with the periphrases): the political families whose English adjective, capitalised, is no
  cognate of the French word a member is called by (French and English Wikipedia titles of the parties' articles):
  "un maire écologiste" is "a Green mayor", "un député travailliste" "a Labour MP".
"""

from __future__ import annotations

BODIES = """
Programme alimentaire mondial | World Food Programme | PAM; WFP
Organisation des Nations unies pour l'alimentation et l'agriculture | Food and Agriculture Organization | FAO
Organisation internationale du travail | International Labour Organization | OIT; ILO
Fonds des Nations unies pour l'enfance | United Nations Children's Fund | UNICEF
Organisation des Nations unies pour l'éducation, la science et la culture | UNESCO | UNESCO
Programme des Nations unies pour le développement | United Nations Development Programme | PNUD; UNDP
Programme des Nations unies pour l'environnement | United Nations Environment Programme | PNUE; UNEP
Haut Commissariat des Nations unies pour les réfugiés | United Nations High Commissioner for Refugees | HCR; UNHCR
Organisation internationale pour les migrations | International Organization for Migration | OIM; IOM
Groupe d'experts intergouvernemental sur l'évolution du climat | Intergovernmental Panel on Climate Change | GIEC; IPCC
Organisation météorologique mondiale | World Meteorological Organization | OMM; WMO
Organisation mondiale de la propriété intellectuelle | World Intellectual Property Organization | OMPI; WIPO
Organisation de l'aviation civile internationale | International Civil Aviation Organization | OACI; ICAO
Organisation maritime internationale | International Maritime Organization | OMI; IMO
Union internationale des télécommunications | International Telecommunication Union | UIT; ITU
Fonds international de développement agricole | International Fund for Agricultural Development | FIDA; IFAD
Office des Nations unies contre la drogue et le crime | United Nations Office on Drugs and Crime | ONUDC; UNODC
Conférence des Nations unies sur le commerce et le développement | United Nations Conference on Trade and Development | CNUCED; UNCTAD
Organisation mondiale du tourisme | World Tourism Organization | OMT; UNWTO
Cour pénale internationale | International Criminal Court | CPI; ICC
Cour internationale de justice | International Court of Justice | CIJ; ICJ
Cour européenne des droits de l'homme | European Court of Human Rights | CEDH; ECHR
Cour de justice de l'Union européenne | Court of Justice of the European Union | CJUE; CJEU
Comité international de la Croix-Rouge | International Committee of the Red Cross | CICR; ICRC
Agence internationale de l'énergie | International Energy Agency | AIE; IEA
Agence spatiale européenne | European Space Agency | ESA
Organisation pour la sécurité et la coopération en Europe | Organization for Security and Co-operation in Europe | OSCE
Communauté économique des États de l'Afrique de l'Ouest | Economic Community of West African States | CEDEAO; ECOWAS
Union africaine | African Union |
Association des nations de l'Asie du Sud-Est | Association of Southeast Asian Nations | ANASE; ASEAN
Fonds mondial pour la nature | World Wide Fund for Nature | WWF
Banque européenne d'investissement | European Investment Bank | BEI; EIB
Banque européenne pour la reconstruction et le développement | European Bank for Reconstruction and Development | BERD; EBRD
Banque africaine de développement | African Development Bank | BAfD; AfDB
Banque asiatique de développement | Asian Development Bank | BAsD; ADB
Banque asiatique d'investissement pour les infrastructures | Asian Infrastructure Investment Bank | BAII; AIIB
Banque d'Angleterre | Bank of England | BoE
Banque du Japon | Bank of Japan | BoJ
Banque du Canada | Bank of Canada | BoC
Banque populaire de Chine | People's Bank of China | PBoC
Banque nationale suisse | Swiss National Bank | BNS; SNB
Securities and Exchange Commission | Securities and Exchange Commission | SEC
Communauté économique des États de l'Afrique centrale | Economic Community of Central African States | CEEAC; ECCAS
Union économique et monétaire ouest-africaine | West African Economic and Monetary Union | UEMOA; WAEMU
Communauté de développement d'Afrique australe | Southern African Development Community | SADC
Communauté d'Afrique de l'Est | East African Community | EAC
Autorité intergouvernementale pour le développement | Intergovernmental Authority on Development | IGAD
Marché commun de l'Afrique orientale et australe | Common Market for Eastern and Southern Africa | COMESA
Organisation du traité de sécurité collective | Collective Security Treaty Organization | OTSC; CSTO
Organisation de coopération de Shanghai | Shanghai Cooperation Organisation | OCS; SCO
Conseil de coopération du Golfe | Gulf Cooperation Council | CCG; GCC
Organisation de la coopération islamique | Organisation of Islamic Cooperation | OCI; OIC
Organisation des États américains | Organization of American States | OEA; OAS
Banque interaméricaine de développement | Inter-American Development Bank | BID; IDB
Commission économique pour l'Amérique latine et les Caraïbes | Economic Commission for Latin America and the Caribbean | CEPALC; CEPAL; ECLAC
Organisation européenne pour la recherche nucléaire | European Organization for Nuclear Research | CERN
Observatoire européen austral | European Southern Observatory | ESO
Centre européen pour les prévisions météorologiques à moyen terme | European Centre for Medium-Range Weather Forecasts | CEPMMT; ECMWF
Centre européen de prévention et de contrôle des maladies | European Centre for Disease Prevention and Control | ECDC
Plateforme intergouvernementale scientifique et politique sur la biodiversité et les services écosystémiques | Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services | IPBES
Agence internationale pour les énergies renouvelables | International Renewable Energy Agency | IRENA
Agence mondiale antidopage | World Anti-Doping Agency | AMA; WADA
Tribunal arbitral du sport | Court of Arbitration for Sport | TAS; CAS
"""

HOLIDAYS = """
Fête nationale; 14-Juillet; 14 Juillet | Bastille Day |
Fête du Travail; 1er-Mai; 1er Mai | Labour Day; Labor Day; May Day |
Armistice; 11-Novembre; 11 Novembre | Armistice Day; Remembrance Day; Veterans Day |
Victoire 1945; 8-Mai; 8 Mai | VE Day; Victory in Europe Day |
Ascension | Ascension Day |
Pentecôte; lundi de Pentecôte | Pentecost; Whitsun; Whit Monday |
Assomption | Assumption Day |
Épiphanie | Epiphany |
Vendredi saint | Good Friday |
Saint-Valentin | Valentine's Day |
Saint-Sylvestre | New Year's Eve |
Action de grâce; Thanksgiving | Thanksgiving |
Aïd el-Fitr; Aïd al-Fitr | Eid al-Fitr |
Aïd el-Kébir; Aïd al-Adha | Eid al-Adha |
Pâque juive; Pessah | Passover |
Hanoukka | Hanukkah |
Roch Hachana | Rosh Hashanah |
"""

EVENTS = """
Guerre de Sécession | American Civil War; Civil War |
Guerre d'indépendance des États-Unis | American Revolutionary War; American War of Independence |
Guerre de Cent Ans | Hundred Years' War |
Guerre de Trente Ans | Thirty Years' War |
Guerre des Six Jours | Six-Day War |
Guerre du Kippour | Yom Kippur War |
Guerre des Malouines | Falklands War |
Guerre d'Espagne; guerre civile espagnole | Spanish Civil War |
Guerre froide | Cold War |
Shoah | Holocaust |
Débarquement; Débarquement de Normandie | D-Day; Normandy landings |
Révolution d'Octobre | October Revolution; Russian Revolution |
Printemps de Prague | Prague Spring |
Printemps arabe | Arab Spring |
Trente Glorieuses | post-war boom |
Grande Boucle | Tour de France |
Coupe d'Afrique des nations | Africa Cup of Nations; African Cup of Nations | CAN; AFCON
"""

PERIPHRASES = """
Hexagone | France |
outre-Rhin | Germany |
outre-Manche; perfide Albion | Britain; United Kingdom; UK |
outre-Atlantique; Oncle Sam | United States; America; US |
outre-Quiévrain; plat pays | Belgium |
outre-Pyrénées | Spain |
transalpin; Botte | Italy; Italian |
pays du Soleil-Levant | Japan |
empire du Milieu | China |
pays du Matin calme | South Korea; Korea |
pays des Cèdres | Lebanon |
Vieux Continent | Europe |
Ville Lumière | Paris |
Ville rose | Toulouse |
cité phocéenne | Marseille |
capitale des Gaules | Lyon |
Cité des papes | Avignon |
Ville éternelle | Rome |
Sérénissime; Cité des Doges | Venice |
Grosse Pomme | New York; Big Apple |
"""

NICKNAMES = """
Dame de fer | Margaret Thatcher; Thatcher |
Roi-Soleil | Louis XIV; Sun King |
Pucelle d'Orléans; Pucelle | Joan of Arc |
Petit Caporal | Napoleon; Napoleon Bonaparte; Bonaparte |
Madiba | Nelson Mandela; Mandela |
Che | Che Guevara; Ernesto Guevara; Guevara |
Mahatma | Mahatma Gandhi; Gandhi |
Zizou | Zinedine Zidane; Zidane |
Pulga | Lionel Messi; Messi |
CR7 | Cristiano Ronaldo; Ronaldo |
Roi Pelé; Perle noire | Pelé |
Pibe de Oro | Diego Maradona; Maradona |
Kaiser | Franz Beckenbauer; Beckenbauer |
Cannibale | Eddy Merckx; Merckx |
Blaireau | Bernard Hinault; Hinault |
Môme; Môme Piaf | Édith Piaf; Piaf |
Boss | Bruce Springsteen; Springsteen |
Roi de la pop | Michael Jackson |
Taulier | Johnny Hallyday; Hallyday |
Duce | Benito Mussolini; Mussolini |
Führer | Adolf Hitler; Hitler |
Caudillo | Francisco Franco; Franco |
Bibi | Benjamin Netanyahu; Netanyahu |
MBS | Mohammed bin Salman |
AMLO | Andrés Manuel López Obrador; López Obrador |
Lula | Luiz Inácio Lula da Silva |
Tonton | François Mitterrand; Mitterrand |
"""

WORKS = """
Joconde | Mona Lisa; Gioconda |
Radeau de la Méduse | Raft of the Medusa |
Liberté guidant le peuple | Liberty Leading the People |
Nuit étoilée | Starry Night |
Jeune Fille à la perle | Girl with a Pearl Earring |
Naissance de Vénus | Birth of Venus |
Cène | Last Supper |
Déjeuner sur l'herbe | Luncheon on the Grass |
Ronde de nuit | Night Watch |
Ménines | Las Meninas |
Jardin des délices | Garden of Earthly Delights |
Création d'Adam | Creation of Adam |
Cent ans de solitude | One Hundred Years of Solitude; Hundred Years of Solitude |
Maître et Marguerite | Master and Margarita |
Guerre et Paix | War and Peace |
Crime et Châtiment | Crime and Punishment |
Frères Karamazov | Brothers Karamazov |
Petit Prince | Little Prince |
Fleurs du mal | Flowers of Evil |
Rouge et le Noir | Red and the Black |
À la recherche du temps perdu | In Search of Lost Time; Remembrance of Things Past |
Comte de Monte-Cristo | Count of Monte Cristo |
Trois Mousquetaires | Three Musketeers |
Vingt Mille Lieues sous les mers | Twenty Thousand Leagues Under the Seas; Twenty Thousand Leagues Under the Sea |
Tour du monde en quatre-vingts jours | Around the World in Eighty Days |
Seigneur des anneaux | Lord of the Rings |
Vieil Homme et la Mer | Old Man and the Sea |
Attrape-cœurs | Catcher in the Rye |
Meilleur des mondes | Brave New World |
Divine Comédie | Divine Comedy |
Don Quichotte | Don Quixote |
Mille et Une Nuits | One Thousand and One Nights; Arabian Nights |
Archipel du Goulag | Gulag Archipelago |
Docteur Jivago | Doctor Zhivago |
Servante écarlate | Handmaid's Tale |
Lac des cygnes | Swan Lake |
Casse-Noisette | Nutcracker |
Flûte enchantée | Magic Flute |
Noces de Figaro | Marriage of Figaro |
Sacre du printemps | Rite of Spring |
Quatre Saisons | Four Seasons |
Chevauchée des Walkyries | Ride of the Valkyries |
Parrain | Godfather |
Autant en emporte le vent | Gone with the Wind |
Guerre des étoiles | Star Wars |
"""

PARTIES = """
écologiste; écolo; vert | Green; Greens |
travailliste | Labour |
conservateur; tory | Conservative; Conservatives; Tory; Tories |
insoumis | LFI; France Unbowed |
"""
