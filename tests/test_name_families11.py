"""The name guard on an eleventh hand-written battery (sentences written for these tests): 155 French news sentences
with people, companies, places and bodies no earlier battery uses, in styles they used little: local French news
(regions, départements, towns, prefectures, courts, hospitals, local councils, road numbers, club abbreviations),
economy and companies (brands, subsidiaries, retailers, banks, stock indices), culture (works' titles translated
or kept, festivals, prizes, museums) and obituaries. Each has a correct English rendering and the same rendering
with one name swapped for another of its kind. A correct rendering passes and the swap is flagged; the pairs the
guard still gets wrong are listed with their family and expected to fail (strictly: one that starts to pass must
leave the list).

As first written, before any rule was changed for it (the honest figure on news the guard had never seen): 8
correct renderings flagged (5.16% false alarms) and 9 swaps missed (146 caught, 94.19%). (37 of the 155 pairs were
rewritten after a check against the earlier batteries and before that first run, because their person, company or
place was already used there.) After the rules it brought out (and those the tenth battery left): 2 flagged (1.29%)
and 10 missed (145 caught, 93.55%): a club named by its city costs a swap for another city with the initial of the
club's abbreviation ("Auxerre" for *l'ASSE*).

The tests below the battery draw those families: a region whose English name looks nothing like the French
("Brittany" for *la Bretagne*, "Lower Saxony" for *la Basse-Saxe*), a party's member as a capitalised adjective
("a Green mayor" for *une maire écologiste*), a French road number in its English form ("the N165" for *la RN
165*), a club named by its city for its abbreviation ("Lille" for *le LOSC*) and a work under its English title
("the Mona Lisa" for *la Joconde*)."""

from __future__ import annotations

import pytest
from name_cases import battery_cases, flagged, swap_flagged

# (French source, correct English rendering, the rendering with one name swapped, the swapped name)
PAIRS = [
    # ---- local French news: regions, départements, towns, local bodies
    ("Le conseil départemental des Côtes-d'Armor a voté le budget.", "The Côtes-d'Armor departmental council passed the budget.",
     'The Mayenne departmental council passed the budget.', 'Mayenne'),
    ('La préfecture de la Haute-Savoie a interdit les feux.', 'The Haute-Savoie prefecture banned fires.',
     'The Isère prefecture banned fires.', 'Isère'),
    ('Le maire de Lannion a inauguré une médiathèque.', 'The mayor of Lannion opened a media library.',
     'The mayor of Fougères opened a media library.', 'Fougères'),
    ('Des inondations ont frappé la Meuse.', 'Floods hit the Meuse.',
     'Floods hit the Ardennes.', 'Ardennes'),
    ('La région Normandie finance un nouveau terminal à Cherbourg.', 'The Normandy region is funding a new terminal in Cherbourg.',
     'The Normandy region is funding a new terminal in Dieppe.', 'Dieppe'),
    ('La Corse a été placée en vigilance rouge.', 'Corsica was placed on red alert.',
     'Sardinia was placed on red alert.', 'Sardinia'),
    ('Le tribunal de Valenciennes a condamné le gérant.', 'The Valenciennes court sentenced the manager.',
     'The Cambrai court sentenced the manager.', 'Cambrai'),
    ("L'incendie a détruit 300 hectares dans le Lot-et-Garonne.", 'The fire destroyed 300 hectares in Lot-et-Garonne.',
     'The fire destroyed 300 hectares in the Dordogne.', 'Dordogne'),
    ('La communauté urbaine de Dunkerque a rendu les bus gratuits.', 'The Dunkirk urban community made buses free.',
     'The Calais urban community made buses free.', 'Calais'),
    ("Le préfet de l'Allier a pris un arrêté contre la pollution.", 'The prefect of Allier issued an anti-pollution order.',
     'The prefect of Cantal issued an anti-pollution order.', 'Cantal'),
    ('La ville de Saint-Étienne accueille une arrivée du Tour.', 'The city of Saint-Étienne is hosting a Tour finish.',
     'The city of Clermont-Ferrand is hosting a Tour finish.', 'Clermont-Ferrand'),
    ("Les Hauts-de-France ont lancé un plan pour l'emploi.", 'Hauts-de-France has launched a jobs plan.',
     'Grand Est has launched a jobs plan.', 'Grand Est'),
    ("Le conseil régional de Bourgogne-Franche-Comté a voté une aide aux viticulteurs.", 'The Bourgogne-Franche-Comté regional council voted aid for winegrowers.',
     'The Centre-Val de Loire regional council voted aid for winegrowers.', 'Centre-Val de Loire'),
    ('Un ours a été aperçu en Ariège.', 'A bear was spotted in Ariège.',
     'A bear was spotted in the Hautes-Pyrénées.', 'Hautes-Pyrénées'),
    ('Le port de Sète a battu son record de conteneurs.', 'The port of Sète broke its container record.',
     'The port of Port-Vendres broke its container record.', 'Port-Vendres'),
    ('La Bourgogne a subi des gelées tardives.', 'Burgundy suffered late frosts.',
     'Alsace suffered late frosts.', 'Alsace'),
    ('Les vignerons de Champagne ont commencé les vendanges.', 'Champagne winegrowers have begun the harvest.',
     'Cognac winegrowers have begun the harvest.', 'Cognac'),
    ("Le pays de Montbéliard perd des emplois dans l'automobile.", 'The Montbéliard area is losing car industry jobs.',
     'The Belfort area is losing car industry jobs.', 'Belfort'),
    ('La Savoie a fermé le col du Galibier.', 'Savoie closed the Galibier pass.',
     'Savoie closed the Iseran pass.', 'Iseran'),
    ("Le lac d'Annecy a atteint un niveau record.", 'Lake Annecy reached a record level.',
     'Lake Geneva reached a record level.', 'Geneva'),
    ('Les Cévennes ont reçu 400 mm de pluie.', 'The Cévennes received 400 mm of rain.',
     'The Vosges received 400 mm of rain.', 'Vosges'),
    ('Wallis-et-Futuna a été touché par le cyclone Garance.', 'Wallis and Futuna was hit by Cyclone Garance.',
     'Mayotte was hit by Cyclone Garance.', 'Mayotte'),
    ('La Polynésie française manifeste contre la vie chère.', 'French Polynesia is protesting against the high cost of living.',
     'New Caledonia is protesting against the high cost of living.', 'New Caledonia'),
    ('Le maire de Béziers, Robert Ménard, a reçu le ministre.', 'The mayor of Béziers, Robert Ménard, received the minister.',
     'The mayor of Béziers, Julien Sanchez, received the minister.', 'Julien Sanchez'),
    ('La Flandre a voté pour les nationalistes.', 'Flanders voted for the nationalists.',
     'Wallonia voted for the nationalists.', 'Wallonia'),
    ('Le Land de Basse-Saxe détient 20 % de Volkswagen.', 'The state of Lower Saxony holds 20% of Volkswagen.',
     'The state of Bavaria holds 20% of Volkswagen.', 'Bavaria'),
    ('Les surfeurs de Cornouailles attendent la houle.', 'Surfers in Cornwall are waiting for the swell.',
     'Surfers in Devon are waiting for the swell.', 'Devon'),
    ('La Sarre a fermé sa dernière mine de charbon.', 'Saarland closed its last coal mine.',
     'Lorraine closed its last coal mine.', 'Lorraine'),
    ('Les étudiants de Louvain ont manifesté.', 'Students in Leuven protested.',
     'Students in Liège protested.', 'Liège'),
    ("Le sommet s'est tenu à Aix-la-Chapelle.", 'The summit was held in Aachen.',
     'The summit was held in Bonn.', 'Bonn'),
    ('La cathédrale de Ratisbonne a été restaurée.', 'Regensburg Cathedral has been restored.',
     'Passau Cathedral has been restored.', 'Passau'),
    ('Le Pays basque a voté une taxe sur les résidences secondaires.', 'The Basque Country voted a tax on second homes.',
     'Navarre voted a tax on second homes.', 'Navarre'),
    ("La Basse-Normandie n'existe plus depuis 2016.", 'Lower Normandy has not existed since 2016.',
     'Lower Silesia has not existed since 2016.', 'Lower Silesia'),
    ('Le CHU de Nantes a ouvert un service de soins palliatifs.', 'Nantes University Hospital opened a palliative care unit.',
     'Angers University Hospital opened a palliative care unit.', 'Angers'),
    ('Les pompiers du Var ont fixé le feu près de Fréjus.', 'Firefighters in the Var contained the fire near Fréjus.',
     'Firefighters in the Var contained the fire near Draguignan.', 'Draguignan'),
    ("La métropole de Lyon a voté la gratuité des transports pour les jeunes.", 'The Lyon metropolitan authority voted free transport for young people.',
     'The Grenoble metropolitan authority voted free transport for young people.', 'Grenoble'),
    ("L'agence régionale de santé de Bretagne a fermé une plage.", 'The Brittany regional health agency closed a beach.',
     'The Pays de la Loire regional health agency closed a beach.', 'Pays de la Loire'),
    ('Un carambolage a eu lieu sur l\'A7 près de Valence.', 'A pile-up happened on the A7 near Valence.',
     'A pile-up happened on the A7 near Montélimar.', 'Montélimar'),
    ('La RD 1212 est coupée à Megève.', 'The D1212 is closed at Megève.',
     'The D1212 is closed at Chamonix.', 'Chamonix'),
    ('La RN 7 a été rouverte après un éboulement près de Menton.', 'The N7 was reopened after a rockfall near Menton.',
     'The N7 was reopened after a rockfall near Antibes.', 'Antibes'),
    ("Le conseil municipal de Villeurbanne a adopté le budget.", 'Villeurbanne city council adopted the budget.',
     'Vénissieux city council adopted the budget.', 'Vénissieux'),
    ('Les habitants de Saint-Malo ont manifesté contre la fermeture du ferry.', 'Residents of Saint-Malo protested against the ferry closure.',
     'Residents of Roscoff protested against the ferry closure.', 'Roscoff'),
    ("L'Aveyron a perdu 2 000 habitants en cinq ans.", 'Aveyron lost 2,000 inhabitants in five years.',
     'Lozère lost 2,000 inhabitants in five years.', 'Lozère'),
    ("Le département de l'Indre manque de médecins.", 'The Indre department lacks doctors.',
     'The Cantal department lacks doctors.', 'Cantal'),
    ('La maire écologiste de Poitiers a interdit les SUV.', 'The Green mayor of Poitiers banned SUVs.',
     'The Green mayor of Besançon banned SUVs.', 'Besançon'),
    ('La sénatrice communiste a voté contre la réforme.', 'The Communist senator voted against the reform.',
     'The Socialist senator voted against the reform.', 'Socialist'),
    ("Le député socialiste de l'Ariège a démissionné.", 'The Socialist MP for Ariège resigned.',
     'The Socialist MP for the Aude resigned.', 'Aude'),
    ('Le Stade rennais a battu le FC Lorient.', 'Stade Rennais beat Lorient.',
     'Stade Rennais beat Guingamp.', 'Guingamp'),
    ('Le LOSC a recruté un attaquant canadien.', 'Lille signed a Canadian striker.',
     'Lens signed a Canadian striker.', 'Lens'),
    ("L'ASSE est remontée en Ligue 1.", 'Saint-Étienne were promoted back to Ligue 1.',
     'Auxerre were promoted back to Ligue 1.', 'Auxerre'),
    ("Le SCO a battu le Stade brestois.", 'Angers SCO beat Brest.',
     'Angers SCO beat Reims.', 'Reims'),
    ("Le MHR a perdu à domicile contre l'UBB.", 'Montpellier lost at home to Bordeaux-Bègles.',
     'Montpellier lost at home to La Rochelle.', 'La Rochelle'),
    # ---- economy and companies: brands, subsidiaries, stock indices
    ('Le CAC 40 a clôturé en hausse de 1 %.', 'The CAC 40 closed up 1%.',
     'The DAX closed up 1%.', 'DAX'),
    ("L'indice Kospi a chuté à Séoul.", 'The Kospi index fell in Seoul.',
     'The Sensex index fell in Seoul.', 'Sensex'),
    ('Le Dow Jones a gagné 300 points.', 'The Dow Jones gained 300 points.',
     'The Nasdaq gained 300 points.', 'Nasdaq'),
    ("L'Euro Stoxx 50 recule de 2 %.", 'The Euro Stoxx 50 is down 2%.',
     'The FTSE 100 is down 2%.', 'FTSE'),
    ('Le groupe Richemont a nommé un nouveau directeur chez Cartier.', 'Richemont appointed a new director at Cartier.',
     'Richemont appointed a new director at Van Cleef & Arpels.', 'Van Cleef'),
    ("Valeo ferme l'usine de Cergy.", 'Valeo is closing the Cergy plant.',
     'Valeo is closing the Châtellerault plant.', 'Châtellerault'),
    ('Michelin supprime 1 200 postes à Cholet.', 'Michelin is cutting 1,200 jobs in Cholet.',
     'Michelin is cutting 1,200 jobs in Vannes.', 'Vannes'),
    ('Le distributeur Intermarché a racheté les magasins Casino.', 'Retailer Intermarché bought the Casino stores.',
     'Retailer Leclerc bought the Casino stores.', 'Leclerc'),
    ('Pernod Ricard a vendu sa marque Lillet.', 'Pernod Ricard sold its Lillet brand.',
     'Rémy Cointreau sold its Lillet brand.', 'Rémy Cointreau'),
    ('Le fabricant de pneus Bridgestone ferme son site de Béthune.', 'Tyre maker Bridgestone is closing its Béthune site.',
     'Tyre maker Goodyear is closing its Béthune site.', 'Goodyear'),
    ("L'assureur AXA a racheté une filiale de Generali.", 'Insurer AXA bought a Generali subsidiary.',
     'Insurer Allianz bought a Generali subsidiary.', 'Allianz'),
    ('La Banque de France prévoit une croissance de 0,9 %.', 'The Bank of France forecasts 0.9% growth.',
     'The Bundesbank forecasts 0.9% growth.', 'Bundesbank'),
    ("L'Autorité des marchés financiers a infligé une amende à Natixis.", 'The Financial Markets Authority fined Natixis.',
     'The Financial Markets Authority fined Amundi.', 'Amundi'),
    ('La RATP a commandé des rames à CAF.', 'RATP ordered trains from CAF.',
     'RATP ordered trains from Bombardier.', 'Bombardier'),
    ('Eni a découvert du gaz au large de Chypre.', 'Eni found gas off Cyprus.',
     'Chevron found gas off Cyprus.', 'Chevron'),
    ('Le titre Worldline a plongé à la Bourse de Paris.', 'Worldline shares plunged on the Paris stock exchange.',
     'Atos shares plunged on the Paris stock exchange.', 'Atos'),
    ("Le groupe Pinault contrôle Christie's.", "The Pinault group controls Christie's.",
     "The Pinault group controls Sotheby's.", 'Sotheby'),
    ('La marque Lacoste ouvre une boutique à Séoul.', 'The Lacoste brand is opening a shop in Seoul.',
     'The Lacoste brand is opening a shop in Busan.', 'Busan'),
    ('Schneider Electric investit deux milliards en Inde.', 'Schneider Electric is investing two billion in India.',
     'Legrand is investing two billion in India.', 'Legrand'),
    ('Airbus Helicopters a livré 300 appareils.', 'Airbus Helicopters delivered 300 aircraft.',
     'Leonardo delivered 300 aircraft.', 'Leonardo'),
    ('Le PDG de Saint-Gobain, Benoit Bazin, a présenté les résultats.', 'Saint-Gobain CEO Benoit Bazin presented the results.',
     'Saint-Gobain CEO Paul Hermelin presented the results.', 'Paul Hermelin'),
    ('Le patron de Safran, Olivier Andriès, a annoncé une usine au Maroc.', 'Safran boss Olivier Andriès announced a plant in Morocco.',
     'Safran boss Guillaume Faury announced a plant in Morocco.', 'Guillaume Faury'),
    ('La Caisse des dépôts a pris une participation dans La Poste.', 'The Caisse des Dépôts took a stake in La Poste.',
     'The Caisse des Dépôts took a stake in Orange.', 'Orange'),
    ('La banque Crédit Agricole a racheté Degroof Petercam.', 'Crédit Agricole bought Degroof Petercam.',
     'Crédit Mutuel bought Degroof Petercam.', 'Crédit Mutuel'),
    ('Le Medef réclame une baisse des impôts de production.', 'Medef is calling for a cut in production taxes.',
     'The CPME is calling for a cut in production taxes.', 'CPME'),
    ("L'Insee a révisé la croissance à la baisse.", 'INSEE revised growth downwards.',
     'Eurostat revised growth downwards.', 'Eurostat'),
    ("L'usine ArcelorMittal de Dunkerque va arrêter un haut fourneau.", "ArcelorMittal's Dunkirk plant will shut down a blast furnace.",
     "ArcelorMittal's Fos-sur-Mer plant will shut down a blast furnace.", 'Fos-sur-Mer'),
    ('Le laboratoire Sanofi cède sa filiale Opella.', 'Drugmaker Sanofi is selling its subsidiary Opella.',
     'Drugmaker Servier is selling its subsidiary Opella.', 'Servier'),
    ("Le groupe Accor a ouvert un hôtel Pullman à Dubaï.", 'Accor has opened a Pullman hotel in Dubai.',
     'Accor has opened a Novotel hotel in Dubai.', 'Novotel'),
    ('Le fabricant Bic a racheté une marque de rasoirs.', 'Manufacturer Bic bought a razor brand.',
     'Manufacturer Gillette bought a razor brand.', 'Gillette'),
    ('Le brasseur Heineken ferme une brasserie à Schiltigheim.', 'Brewer Heineken is closing a brewery in Schiltigheim.',
     'Brewer Kronenbourg is closing a brewery in Schiltigheim.', 'Kronenbourg'),
    ("La fintech Qonto a obtenu une licence bancaire.", 'Fintech Qonto obtained a banking licence.',
     'Fintech Lydia obtained a banking licence.', 'Lydia'),
    ("Le cimentier Lafarge a été condamné pour financement du terrorisme.", 'Cement maker Lafarge was convicted of financing terrorism.',
     'Cement maker Holcim was convicted of financing terrorism.', 'Holcim'),
    ("La Bourse de Francfort a ouvert en baisse.", 'The Frankfurt stock exchange opened lower.',
     'The Milan stock exchange opened lower.', 'Milan'),
    ("Le groupe Dassault Aviation a vendu 26 Rafale à l'Inde.", 'Dassault Aviation sold 26 Rafales to India.',
     'Dassault Aviation sold 26 Mirages to India.', 'Mirage'),
    ("La filiale Enedis va recruter 2 000 techniciens.", 'Subsidiary Enedis will hire 2,000 technicians.',
     'Subsidiary RTE will hire 2,000 technicians.', 'RTE'),
    ("Le groupe Lactalis a racheté le yaourtier Siggi's.", "Lactalis bought yoghurt maker Siggi's.",
     "Lactalis bought yoghurt maker Chobani.", 'Chobani'),
    ('Le géant du luxe Hermès a ouvert un atelier à Riom.', 'Luxury giant Hermès has opened a workshop in Riom.',
     'Luxury giant Chanel has opened a workshop in Riom.', 'Chanel'),
    ("La compagnie Transavia ouvre une base à Montpellier.", 'Airline Transavia is opening a base in Montpellier.',
     'Airline Volotea is opening a base in Montpellier.', 'Volotea'),
    ("Le fonds souverain norvégien a vendu ses actions Vinci.", "Norway's sovereign wealth fund sold its Vinci shares.",
     "Norway's sovereign wealth fund sold its Eiffage shares.", 'Eiffage'),
    ("L'Oréal a racheté la marque australienne Aesop.", "L'Oréal bought the Australian brand Aesop.",
     "L'Oréal bought the Australian brand Jurlique.", 'Jurlique'),
    ('Le groupe Decathlon ouvre un magasin à Manchester.', 'Decathlon is opening a store in Manchester.',
     'Decathlon is opening a store in Leeds.', 'Leeds'),
    ("La coopérative Sodiaal a relevé le prix du lait.", 'The Sodiaal cooperative raised the milk price.',
     'The Agrial cooperative raised the milk price.', 'Agrial'),
    # ---- culture: works' titles, festivals, prizes
    ("Le Festival d'Aurillac s'ouvre avec une pièce de Joël Pommerat.", 'The Aurillac festival opens with a play by Joël Pommerat.',
     'The Aurillac festival opens with a play by Ariane Mnouchkine.', 'Ariane Mnouchkine'),
    ('Le prix Médicis a été décerné à Julia Deck.', 'The Prix Médicis was awarded to Julia Deck.',
     'The Prix Médicis was awarded to Hélène Gaudy.', 'Hélène Gaudy'),
    ("La Palme d'or a été attribuée à Anora.", "The Palme d'Or went to Anora.",
     "The Palme d'Or went to Titane.", 'Titane'),
    ('Les Victoires de la musique ont récompensé Zaho de Sagazan.', 'The Victoires de la Musique rewarded Zaho de Sagazan.',
     'The Victoires de la Musique rewarded Juliette Armanet.', 'Juliette Armanet'),
    ("Le Déjeuner sur l'herbe de Manet a été restauré à Orsay.", "Manet's The Luncheon on the Grass has been restored at Orsay.",
     "Cézanne's The Luncheon on the Grass has been restored at Orsay.", 'Cézanne'),
    ("Les Nymphéas de Monet sont exposés à l'Orangerie.", "Monet's Water Lilies are on show at the Orangerie.",
     "Monet's Water Lilies are on show at the Tate.", 'Tate'),
    ('La Liberté guidant le peuple de Delacroix part au Louvre-Lens.', "Delacroix's Liberty Leading the People is going to the Louvre-Lens.",
     "Géricault's Liberty Leading the People is going to the Louvre-Lens.", 'Géricault'),
    ('Une adaptation du Rouge et le Noir de Stendhal sort en salles.', "An adaptation of Stendhal's The Red and the Black is released in cinemas.",
     "An adaptation of Balzac's The Red and the Black is released in cinemas.", 'Balzac'),
    ('Le Petit Prince de Saint-Exupéry a été traduit en 600 langues.', "Saint-Exupéry's The Little Prince has been translated into 600 languages.",
     "Pagnol's The Little Prince has been translated into 600 languages.", 'Pagnol'),
    ('Le festival Les Francofolies a attiré 150 000 spectateurs à La Rochelle.', 'The Francofolies festival drew 150,000 people in La Rochelle.',
     'The Francofolies festival drew 150,000 people in Royan.', 'Royan'),
    ("Le festival d'Angoulême a couronné Catherine Meurisse.", 'The Angoulême festival honoured Catherine Meurisse.',
     'The Angoulême festival honoured Emmanuel Guibert.', 'Emmanuel Guibert'),
    ("Le festival Visa pour l'image à Perpignan expose Patrick Chauvel.", "The Visa pour l'Image festival in Perpignan is showing Patrick Chauvel.",
     "The Visa pour l'Image festival in Perpignan is showing Don McCullin.", 'Don McCullin'),
    ('Le prix Renaudot est revenu à Gaël Faye.', 'The Renaudot prize went to Gaël Faye.',
     'The Renaudot prize went to Leïla Slimani.', 'Leïla Slimani'),
    ("Le César du meilleur film a été attribué à Anatomie d'une chute.", 'The César for best film went to Anatomy of a Fall.',
     'The César for best film went to The Taste of Things.', 'Taste of Things'),
    ('La Comédie-Française joue Le Misanthrope.', 'The Comédie-Française is staging The Misanthrope.',
     'The Comédie-Française is staging Tartuffe.', 'Tartuffe'),
    ("L'opéra Carmen de Bizet ouvre la saison.", "Bizet's opera Carmen opens the season.",
     "Gounod's opera Carmen opens the season.", 'Gounod'),
    ('Les Eurockéennes de Belfort ont accueilli Damso.', 'The Eurockéennes in Belfort hosted Damso.',
     'The Eurockéennes in Belfort hosted Ninho.', 'Ninho'),
    ('Le Festival interceltique de Lorient met la Galice à l\'honneur.', 'The Lorient Interceltic Festival is featuring Galicia.',
     'The Lorient Interceltic Festival is featuring Asturias.', 'Asturias'),
    ("Le musée Fabre prête un Bazille à Chicago.", "The Musée Fabre is lending a Bazille to Chicago.",
     'The Musée Fabre is lending a Sisley to Chicago.', 'Sisley'),
    ('La Nuit étoilée de Van Gogh attire les foules au MoMA.', "Van Gogh's The Starry Night draws crowds at MoMA.",
     "Van Gogh's The Starry Night draws crowds at the Guggenheim.", 'Guggenheim'),
    ('Le Penseur de Rodin a été vendu aux enchères.', "Rodin's The Thinker was sold at auction.",
     "Maillol's The Thinker was sold at auction.", 'Maillol'),
    ('La Cène de Léonard de Vinci a été restaurée à Milan.', "Leonardo da Vinci's Last Supper was restored in Milan.",
     "Leonardo da Vinci's Last Supper was restored in Florence.", 'Florence'),
    ('Le Lac des cygnes est donné au Bolchoï.', 'Swan Lake is being performed at the Bolshoi.',
     'Swan Lake is being performed at the Mariinsky.', 'Mariinsky'),
    ('Les Quatre Saisons de Vivaldi ouvrent le festival de Menton.', "Vivaldi's The Four Seasons opens the Menton festival.",
     "Albinoni's The Four Seasons opens the Menton festival.", 'Albinoni'),
    ('Le prix Femina a couronné Neige Sinno.', 'The Prix Femina went to Neige Sinno.',
     'The Prix Femina went to Éric Reinhardt.', 'Éric Reinhardt'),
    ('Le Festival de Deauville a primé un film de Sean Baker.', 'The Deauville festival gave a prize to a Sean Baker film.',
     'The Deauville festival gave a prize to a Kelly Reichardt film.', 'Kelly Reichardt'),
    ('Les Glaneuses de Millet partent pour Osaka.', "Millet's The Gleaners is going to Osaka.",
     "Corot's The Gleaners is going to Osaka.", 'Corot'),
    ("Le Tombeau des lucioles ressort en salles.", 'Grave of the Fireflies is back in cinemas.',
     'Spirited Away is back in cinemas.', 'Spirited Away'),
    ('La Bourse de Commerce expose Arte Povera.', 'The Bourse de Commerce is showing Arte Povera.',
     'The Bourse de Commerce is showing Fluxus.', 'Fluxus'),
    ('Le Hellfest a réuni 240 000 festivaliers à Clisson.', 'Hellfest drew 240,000 festival-goers to Clisson.',
     'Hellfest drew 240,000 festival-goers to Nantes.', 'Nantes'),
    ('La série Dix pour cent a été adaptée en Inde.', 'The series Call My Agent! was adapted in India.',
     'The series Spiral was adapted in India.', 'Spiral'),
    ("L'Origine du monde de Courbet a été prêtée à Ornans.", "Courbet's The Origin of the World was lent to Ornans.",
     "Courbet's The Origin of the World was lent to Besançon.", 'Besançon'),
    ("Les Fleurs du mal de Baudelaire entrent à la Pléiade.", "Baudelaire's The Flowers of Evil enters the Pléiade.",
     "Rimbaud's The Flowers of Evil enters the Pléiade.", 'Rimbaud'),
    ('Le Grand Prix du Festival de Cannes est revenu à Payal Kapadia.', 'The Cannes Grand Prix went to Payal Kapadia.',
     'The Cannes Grand Prix went to Mohammad Rasoulof.', 'Mohammad Rasoulof'),
    ('Le Boléro de Ravel tombe dans le domaine public.', "Ravel's Boléro is entering the public domain.",
     "Debussy's Boléro is entering the public domain.", 'Debussy'),
    # ---- obituaries
    ("L'acteur Michel Blanc est mort à 72 ans.", 'Actor Michel Blanc has died aged 72.',
     'Actor Gérard Jugnot has died aged 72.', 'Gérard Jugnot'),
    ('La chanteuse Françoise Hardy est décédée à 80 ans.', 'Singer Françoise Hardy has died aged 80.',
     'Singer Sylvie Vartan has died aged 80.', 'Sylvie Vartan'),
    ("L'ancien garde des Sceaux Robert Badinter s'est éteint à 95 ans.", 'Former justice minister Robert Badinter has died aged 95.',
     'Former justice minister Élisabeth Guigou has died aged 95.', 'Élisabeth Guigou'),
    ("Just Fontaine, meilleur buteur d'une Coupe du monde, est mort à Toulouse.", 'Just Fontaine, top scorer at a single World Cup, has died in Toulouse.',
     'Raymond Kopa, top scorer at a single World Cup, has died in Toulouse.', 'Raymond Kopa'),
    ("L'écrivain Milan Kundera est mort à Paris.", 'Writer Milan Kundera has died in Paris.',
     'Writer Václav Havel has died in Paris.', 'Václav Havel'),
    ("Alain Delon est mort dans sa propriété de Douchy.", 'Alain Delon has died at his estate in Douchy.',
     'Jean-Paul Belmondo has died at his estate in Douchy.', 'Jean-Paul Belmondo'),
    ("Le navigateur Éric Tabarly a disparu en mer d'Irlande.", 'Sailor Éric Tabarly was lost in the Irish Sea.',
     'Sailor Éric Tabarly was lost in the North Sea.', 'North Sea'),
    ('Jane Birkin est morte à Paris à 76 ans.', 'Jane Birkin has died in Paris aged 76.',
     'Charlotte Rampling has died in Paris aged 76.', 'Charlotte Rampling'),
    ("L'humoriste Guy Bedos est mort à 85 ans.", 'Comedian Guy Bedos has died aged 85.',
     'Comedian Pierre Desproges has died aged 85.', 'Pierre Desproges'),
    ("Le chef Paul Bocuse est mort à Collonges-au-Mont-d'Or.", "Chef Paul Bocuse has died at Collonges-au-Mont-d'Or.",
     "Chef Joël Robuchon has died at Collonges-au-Mont-d'Or.", 'Joël Robuchon'),
    ('Le couturier Karl Lagerfeld est mort à Neuilly.', 'Designer Karl Lagerfeld has died in Neuilly.',
     'Designer Yves Saint Laurent has died in Neuilly.', 'Yves Saint Laurent'),
    ('La romancière guadeloupéenne Maryse Condé est morte.', 'Guadeloupean novelist Maryse Condé has died.',
     'Guadeloupean novelist Simone Schwarz-Bart has died.', 'Simone Schwarz-Bart'),
    ('Le peintre Pierre Soulages est mort à Nîmes.', 'Painter Pierre Soulages has died in Nîmes.',
     'Painter Pierre Soulages has died in Rodez.', 'Rodez'),
    ("L'ancien président Valéry Giscard d'Estaing est mort à 94 ans.", "Former president Valéry Giscard d'Estaing has died aged 94.",
     'Former president Georges Pompidou has died aged 94.', 'Georges Pompidou'),
    ("L'astrophysicien Hubert Reeves est mort à Montréal.", 'Astrophysicist Hubert Reeves has died in Montreal.',
     'Astrophysicist Hubert Reeves has died in Quebec City.', 'Quebec'),
    ('Le cycliste Raymond Poulidor est décédé à Saint-Léonard-de-Noblat.', 'Cyclist Raymond Poulidor has died in Saint-Léonard-de-Noblat.',
     'Cyclist Jacques Anquetil has died in Saint-Léonard-de-Noblat.', 'Jacques Anquetil'),
    ("Le philosophe Bruno Latour est mort à 75 ans.", 'Philosopher Bruno Latour has died aged 75.',
     'Philosopher Michel Serres has died aged 75.', 'Michel Serres'),
    ('La militante Gisèle Halimi est morte à Paris.', 'Activist Gisèle Halimi has died in Paris.',
     'Activist Simone Veil has died in Paris.', 'Simone Veil'),
    ('Le chanteur Charles Aznavour est mort dans les Alpilles.', 'Singer Charles Aznavour has died in the Alpilles.',
     'Singer Charles Aznavour has died in the Luberon.', 'Luberon'),
    ("L'ancien Premier ministre Michel Rocard est mort à 85 ans.", 'Former prime minister Michel Rocard has died aged 85.',
     'Former prime minister Pierre Mauroy has died aged 85.', 'Pierre Mauroy'),
    ('Le réalisateur Bertrand Tavernier est mort à Sainte-Maxime.', 'Director Bertrand Tavernier has died in Sainte-Maxime.',
     'Director Claude Chabrol has died in Sainte-Maxime.', 'Claude Chabrol'),
    ("L'alpiniste Lionel Terray a péri dans le Vercors.", 'Mountaineer Lionel Terray died in the Vercors.',
     'Mountaineer Lionel Terray died in the Chartreuse.', 'Chartreuse'),
    ('Le fondateur de Meetic, Marc Simoncini, a rendu hommage à Bernard Tapie.', 'Meetic founder Marc Simoncini paid tribute to Bernard Tapie.',
     'Meetic founder Marc Simoncini paid tribute to Jean-Marie Messier.', 'Jean-Marie Messier'),
    ("Le journaliste Jean-Pierre Elkabbach est mort à 86 ans.", 'Journalist Jean-Pierre Elkabbach has died aged 86.',
     'Journalist Patrick Poivre d\'Arvor has died aged 86.', "Patrick Poivre d'Arvor"),
    ("La doyenne des Français, sœur André, est morte à Toulon.", "France's oldest person, Sister André, has died in Toulon.",
     "France's oldest person, Sister André, has died in Hyères.", 'Hyères'),
]  # fmt: skip


STILL_FLAGGED: dict[str, str] = {
    'La série Dix pour cent a été adaptée en Inde.': "a work's title translated, or swapped for another translated title (Call My Agent! for Dix pour cent, Spirited Away)",
    "Le navigateur Éric Tabarly a disparu en mer d'Irlande.": 'a sea named by a nationality adjective (the Irish Sea for la mer d\'Irlande)',
}  # fmt: skip

STILL_MISSED: dict[str, str] = {
    'Les vignerons de Champagne ont commencé les vendanges.': 'a place or a brand whose name is a common English word, swapped in (Cognac, Geneva, the Tate, the North Sea)',
    "Le lac d'Annecy a atteint un niveau record.": 'a place or a brand whose name is a common English word, swapped in (Cognac, Geneva, the Tate, the North Sea)',
    "Les Nymphéas de Monet sont exposés à l'Orangerie.": 'a place or a brand whose name is a common English word, swapped in (Cognac, Geneva, the Tate, the North Sea)',
    "Le navigateur Éric Tabarly a disparu en mer d'Irlande.": 'a place or a brand whose name is a common English word, swapped in (Cognac, Geneva, the Tate, the North Sea)',
    'La sénatrice communiste a voté contre la réforme.': 'a party adjective changed for another that English writes as a cognate of a French word (Socialist for communiste)',
    'Le LOSC a recruté un attaquant canadien.': "a club named by its city, where another city with the initial of the club's abbreviation is swapped in (Lens for le LOSC)",
    "L'ASSE est remontée en Ligue 1.": "a club named by its city, where another city with the initial of the club's abbreviation is swapped in (Lens for le LOSC)",
    "Le César du meilleur film a été attribué à Anatomie d'une chute.": "a work's title translated, or swapped for another translated title (Call My Agent! for Dix pour cent, Spirited Away)",
    'Le Tombeau des lucioles ressort en salles.': "a work's title translated, or swapped for another translated title (Call My Agent! for Dix pour cent, Spirited Away)",
    'La série Dix pour cent a été adaptée en Inde.': "a work's title translated, or swapped for another translated title (Call My Agent! for Dix pour cent, Spirited Away)",
}  # fmt: skip


def test_the_battery_is_what_the_docstring_says() -> None:
    assert len(PAIRS) == 155 and len({p[0] for p in PAIRS}) == 155
    assert set(STILL_FLAGGED) <= {p[0] for p in PAIRS} and set(STILL_MISSED) <= {p[0] for p in PAIRS}
    assert len(STILL_FLAGGED) / len(PAIRS) <= 0.05  # false alarms on correct renderings: 2 (1.29%)
    assert 1 - len(STILL_MISSED) / len(PAIRS) >= 0.90  # swaps caught: 145 (93.55%)


@pytest.mark.parametrize(("source", "right"), battery_cases(PAIRS, STILL_FLAGGED, (0, 1)))
def test_a_correct_rendering_passes(source: str, right: str) -> None:
    assert flagged(source, right) == []


@pytest.mark.parametrize(("source", "wrong", "swapped"), battery_cases(PAIRS, STILL_MISSED, (0, 2, 3)))
def test_a_swapped_name_is_flagged(source: str, wrong: str, swapped: str) -> None:
    assert swap_flagged(source, wrong, swapped)


# ---------------------------------------------------------------- regions, parties, roads, clubs, works


def test_a_work_under_its_english_title_passes_and_another_work_is_flagged() -> None:
    source = "La Joconde quittera la salle des États."
    assert flagged(source, "The Mona Lisa will leave the Salle des États.") == []
    assert flagged(source, "The Night Watch will leave the Salle des États.") != []
    assert flagged("Il relit Cent ans de solitude.", "He is rereading One Hundred Years of Solitude.") == []


def test_a_region_under_its_english_exonym_passes_and_another_region_is_flagged() -> None:
    assert flagged("Le festival a lieu en Bretagne.", "The festival takes place in Brittany.") == []
    assert flagged("Le festival a lieu en Bretagne.", "The festival takes place in Burgundy.") == ["Burgundy"]
    assert flagged("La Basse-Saxe a voté.", "Lower Saxony voted.") == []  # "Basse-" is "Lower"
    assert flagged("La Basse-Saxe a voté.", "Lower Silesia voted.") == ["Lower Silesia"]
    assert flagged("Le train Malines-Courtrai a déraillé.", "The Mechelen-Kortrijk train derailed.") == []
    assert flagged("Le train Malines-Courtrai a déraillé.", "The Mechelen-Ghent train derailed.") != []


def test_a_party_member_as_a_capitalised_adjective_passes() -> None:
    assert (
        flagged("La maire écologiste de Poitiers a interdit les SUV.", "The Green mayor of Poitiers banned SUVs.") == []
    )
    # no party in the source: flagged
    assert flagged("La maire de Poitiers a interdit les SUV.", "The Green mayor of Poitiers banned SUVs.") == ["Green"]


def test_a_road_number_in_its_english_form_passes_and_another_road_is_flagged() -> None:
    assert flagged("La RN 165 est coupée.", "The N165 is closed.") == []
    assert flagged("La route départementale 906 est coupée.", "The D906 is closed.") == []
    assert flagged("La RN 165 est coupée.", "The D165 is closed.") == ["D165"]


def test_a_club_by_its_city_or_abbreviated_passes_and_another_club_is_flagged() -> None:
    assert flagged("Le TFC a battu Nice.", "Toulouse beat Nice.") == []
    assert flagged("Le Toulouse Football Club a battu Nice.", "Toulouse FC beat Nice.") == []
    assert flagged("Le TFC a battu Nice.", "Marseille beat Nice.") == ["Marseille"]
    assert flagged("Le Toulouse Football Club a battu Nice.", "Toulouse AC beat Nice.") != []
