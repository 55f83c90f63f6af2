"""tablette: the dining-room tablet (bottles, halves, magnums, some glasses, food).

One sale a line: MEASURE | VINTAGE | KEY | PRODUCT AS THE OWNER NAMED IT [| reason].
The till prints "Product Vintage (Variant)"; food and services carry no variant.
"""
CASES = """
BTL   | 2019 | jullien_r    | Mas Jullien
MAG   | 2019 | jullien_r    | Mas Jullien
BTL   | .    | jullien_r    | Mas Jullien Terrasses du Larzac
BTL   | 2022 | jullien_b    | Mas Jullien blanc
BTL   | 2018 | montcalmes   | Montcalmès
VR15  | .    | montcalmes   | Montcalmès
HALF  | 2021 | infidele     | L'Infidèle Cal Demoura
BTL   | 2020 | infidele     | L'Infidèle
BTL   | 2021 | jonquieres   | Terre de Jonquières
BTL   | 2019 | clapas       | Les Clapas Pas de l'Escalette
BTL   | 2020 | costacaoude  | Costa Caoude Haut-Buis
MAG   | 2021 | bergerie_r   | Bergerie de l'Hortus rouge
BTL   | 2022 | bergerie_r   | Bergerie de l'Hortus
BTL   | 2019 | hortus_gc    | Hortus Grande Cuvée
BTL   | 2022 | arbouse      | L'Arbouse Mas Bruguière
BTL   | 2020 | agnes        | Ermitage Ste Agnès
HALF  | 2022 | collines_r   | Faugères Les Collines
BTL   | 2019 | fossibus     | Castel Fossibus
BTL   | 2018 | barral       | Léon Barral
BTL   | 2022 | amandiers    | La Liquière Amandiers rouge
MAG   | 2021 | rochesnoires | Roches Noires
BTL   | 2020 | schistes     | Vitarèle Les Schistes
BTL   | 2020 | causse       | Causse du Bousquet
HALF  | 2024 | beauvignac   | Picpoul Beauvignac
MAG   | 2023 | felines      | Picpoul Félines Jourdan
S50   | .    | peyrade      | Muscat de Frontignan Peyrade
BTL   | 2023 | daumas_b     | Daumas Gassac blanc
BTL   | 2020 | daumas_r     | Daumas Gassac rouge
BTL   | 2021 | aupilhac_r   | Aupilhac Montpeyroux
VR    | 2022 | aupilhac_b   | Aupilhac blanc
BTL   | 2021 | prestige     | Puech-Haut Prestige rouge
BTL   | 2024 | whispering   | Whispering Angel
MAG   | 2024 | argali       | Argali rosé
BTL   | .    | antech_rose  | Crémant Antech Émotion rosé
BTL   | .    | premierebulle| Blanquette Première Bulle
HALF  | .    | taitt_brut   | Taittinger Brut Réserve
BTL   | .    | taitt_rose   | Taittinger Prestige Rosé
CP    | .    | taitt_brut   | Coupe Taittinger brut
BTL   | 2024 | cdr          | Côte des Roses G. Bertrand
D4    | .    | chartreuse   | Chartreuse verte
DOSE  | .    | remy         | Cognac Rémy VSOP
DOSE  | .    | janneau      | Armagnac Janneau VSOP
DOSE  | .    | magloire     | Calva Père Magloire
D4    | .    | talisker     | Talisker 10 ans
DOSE  | .    | havana7      | Rhum Havana 7 ans
S100  | .    | salvetat     | La Salvetat
S50   | .    | evian        | Évian
BTL   | .    | milliat      | Jus d'abricot Milliat
BTL   | 2017 | jullien_r    | Mas Jullien
BTL   | 2017 | montcalmes   | Montcalmès
BTL   | 2018 | hortus_gc    | Hortus Grande Cuvée
HALF  | 2019 | infidele     | L'Infidèle Cal Demoura
BTL   | 2019 | schistes     | Vitarèle Les Schistes
BTL   | 2017 | barral       | Léon Barral
MAG   | 2020 | bergerie_r   | Bergerie de l'Hortus rouge
BTL   | 2020 | rochesnoires | Roches Noires
BTL   | 2021 | causse       | Causse du Bousquet
BTL   | 2018 | daumas_r     | Daumas Gassac rouge
BTL   | 2022 | daumas_b     | Daumas Gassac blanc
BTL   | 2019 | aupilhac_r   | Aupilhac Montpeyroux
BTL   | 2023 | whispering   | Whispering Angel
HALF  | 2023 | beauvignac   | Picpoul Beauvignac
BTL   | 2025 | argali       | Argali rosé
.     | .    | -            | Magret de canard, sauce aux cèpes | food
.     | .    | -            | Pélardon rôti au miel | food
.     | .    | -            | Tarte aux myrtilles | food
.     | .    | -            | Café gourmand | dessert and coffee
.     | .    | -            | Menu enfant | food
.     | .    | -            | Droit de bouchon | service: corkage
.     | .    | -            | Carafe d'eau | free tap water
VR    | .    | -            | Vin du moment | generic wine of the day
P50   | .    | -            | Rosé de la maison | house wine
BTL   | 2019 | -            | Grange des Pères | La Grange des Pères: another estate of the area, not held
BTL   | 2021 | -            | Mas de l'Écriture Les Pensées | Mas de l'Écriture: not held
BTL   | 2020 | -            | Mas Jullien Carlan | Carlan: another cuvée of Mas Jullien, not held
BTL   | 2024 | -            | Bergerie de l'Hortus rosé | the rosé of the Bergerie: colour not held
BTL   | 2022 | -            | Hortus Grande Cuvée blanc | the white Grande Cuvée: colour not held
BTL   | 2023 | -            | Les Petits Pas blanc | the white Petits Pas: colour not held
BTL   | .    | -            | Château de Lancyre | not held
BTL   | 2020 | -            | Puech-Haut Tête de Bélier | Tête de Bélier: another cuvée of Puech-Haut, not held
BTL   | 2024 | -            | Argali blanc | Argali blanc: colour not held
BTL   | .    | -            | Côte des Roses blanc | Côte des Roses blanc: colour not held
BTL   | .    | -            | Gris Blanc G. Bertrand | another wine of Gérard Bertrand, not held
BTL   | .    | -            | Terrasses du Larzac | appellation alone: six reds held
BTL   | 2022 | -            | Pic Saint-Loup | appellation alone: four reds held
P50   | .    | -            | Saint-Chinian | appellation alone: three reds held
HALF  | 2020 | jullien_r    | Mas Jullien
MAG   | 2024 | whispering   | Whispering Angel
MAG   | 2019 | montcalmes   | Montcalmès
MAG   | .    | taitt_rose   | Taittinger Prestige Rosé
BTL   | .    | -            | Taittinger Comtes de Champagne | another cuvée of Taittinger, not held
BTL   | .    | -            | Dom Pérignon | not held
CP    | .    | -            | Kir royal | a mixed drink
CP    | .    | -            | Coupe de champagne | generic champagne
DOSE  | .    | -            | Limoncello | not held
.     | .    | -            | Irish coffee | a mixed drink
DOSE  | .    | -            | Rhum Havana | Havana Club alone: 3 and 7 ans held
D4    | .    | -            | Lagavulin 8 ans | another age: only the 16 ans is held
DOSE  | .    | -            | Noilly Prat rouge | Noilly Prat Rouge not held
S25   | .    | -            | Schweppes Ginger Ale | not held
"""
