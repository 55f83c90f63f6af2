"""caisse: the bar's old register (glasses, pichets, doses, draught, softs, a few bottles).

One sale a line: MEASURE | VINTAGE | KEY | WHAT THE STAFF KEYED [| reason when KEY is -].
'.' = none. The till adds the measure key first and the 2-digit vintage last, then cuts
the line at 18 columns.
"""
CASES = """
VR    | 2020 | jullien_r    | TDL JULLIEN
VR    | .    | jullien_r    | JULLIEN
P50   | 2019 | jullien_r    | JULLIEN TDL
VR15  | 2021 | infidele     | INFIDELE CAL DEM
VR    | 2020 | infidele     | INFIDELE
BTL   | 2022 | petitspas    | PETITS PAS ESCAL
VR    | 2021 | petitspas    | PETITS PAS
VR    | 2022 | bergerie_r   | BERGERIE HORTUS
P25   | 2021 | bergerie_r   | BERG HORTUS RGE
VR    | 2023 | bergerie_b   | BERG HORTUS BLC
VR    | 2021 | collines_r   | COLLINES RGE
P50   | 2022 | collines_r   | FAUG COLLINES R
VR    | 2024 | collines_rs  | COLLINES ROSE
VR    | 2022 | rochesnoires | ROCHES NOIRES
P25   | 2021 | rochesnoires | ST CHIN ROQUEBRUN
VR    | 2024 | beauvignac   | PICPOUL BEAUV
P25   | 2024 | preambule    | PREAMBULE
VR    | 2024 | felines      | FELINES JOURDAN
VR    | .    | peyrade      | MUSC FRONTIGNAN
S50   | .    | peyrade      | PEYRADE
VR    | 2021 | daumas_r     | DAUMAS ROUGE
VR    | 2024 | guilhem_rs   | GUILHEM ROSE
P50   | 2023 | guilhem_r    | GUILHEM RGE
P50   | .    | cotemas_rs   | COTE MAS ROSE
P25   | .    | cotemas_b    | COTE MAS BLC
VR    | 2024 | argali       | ARGALI
BTL   | 2023 | argali       | ARGALI
MAG   | 2024 | argali       | ARGALI
CP    | .    | antech_brut  | CREMANT ANTECH
CP    | .    | taitt_brut   | TAITT BRUT
DOSE  | .    | ricard       | RICARD
DOSE  | .    | p51          | PASTIS51
DOSE  | .    | bardouin     | BARDOUIN
DOSE  | .    | noilly       | NOILLY
DOSE  | .    | byrrh        | BYRRH
DOSE  | .    | martini_b    | MARTINI BLANC
D4    | .    | jack         | JACK DANIELS
DOSE  | .    | lagavulin    | LAGAVULIN16
D2    | .    | get27        | GET27
DEMI  | .    | kro          | KRO
DEMI  | .    | grim         | GRIM BLONDE
PINTE | .    | alaryk_b     | ALARYK
S33   | .    | alaryk_ipa   | ALARYK IPA
S33   | .    | lez_cascade  | LEZ CASCADE
S33   | .    | coca         | COCA
S25   | .    | orangina     | ORANGINA
BTL   | .    | perrier      | PERRIER
S50   | .    | salvetat     | SALVETAT
VR    | 2021 | jullien_r    | TDL JULLIEN
VR    | 2022 | infidele     | INFIDELE
P25   | 2018 | jullien_r    | JULLIEN
VR    | 2023 | petitspas    | PETITS PAS
VR    | 2019 | daumas_r     | DAUMAS ROUGE
BTL   | 2022 | argali       | ARGALI
VR    | 2022 | beauvignac   | BEAUVIGNAC
P50   | 2022 | guilhem_r    | GUILHEM RGE
VR    | 2020 | montcalmes   | MONTCALMES
MAG   | 2023 | argali       | ARGALI
VR    | 2023 | collines_r   | COLLINES RGE
VR    | 2023 | preambule    | PREAMBULE
P25   | 2023 | guilhem_rs   | GUILHEM ROSE
VR    | 2021 | hortus_gc    | HORTUS GC
VR    | 2023 | rochesnoires | ROCHES NOIR
VR    | .    | -            | ROUGE MAISON     | house wine, no drink of the library
P50   | .    | -            | ROSE MAISON      | house wine, no drink of the library
P25   | .    | -            | BLANC MAISON     | house wine, no drink of the library
VR    | .    | -            | TDL              | appellation alone: six Terrasses du Larzac reds held
VR    | .    | -            | PICPOUL          | appellation alone: three Picpouls held
VR    | .    | -            | FAUGERES         | appellation alone: several Faugères held
VR    | .    | -            | PIC ST LOUP      | appellation alone: four Pic Saint-Loup held
VR    | .    | -            | GRAND PAS ESCAL  | Le Grand Pas: another cuvée of the Pas de l'Escalette, not held
MAG   | 2022 | petitspas    | PETITS PAS
HALF  | 2019 | jullien_r    | JULLIEN
VR    | .    | -            | HORTUS ROSE      | Bergerie de l'Hortus rosé: colour not held
VR    | .    | -            | ARGALI BLANC     | Argali blanc: colour not held
DOSE  | .    | -            | PASTIS           | pastis alone: Ricard, 51 and Bardouin held
.     | .    | -            | MAURESQUE        | pastis with orgeat, a mixed drink
.     | .    | -            | PERROQUET        | pastis with mint syrup, a mixed drink
.     | .    | -            | TOMATE           | pastis with grenadine, a mixed drink
.     | .    | -            | KIR              | a mixed drink
DEMI  | .    | -            | PANACHE          | a mixed drink
DEMI  | .    | -            | MONACO           | a mixed drink
PINTE | .    | alaryk_ipa   | ALARYK IPA
DEMI  | .    | -            | PRESSION         | generic draught
S33   | .    | -            | IPA              | IPA alone: Alaryk and du Lez held
DOSE  | .    | -            | WHISKY           | generic spirit
DOSE  | .    | -            | HAVANA ESPECIAL  | Havana Club Especial not held
DOSE  | .    | -            | GET31            | Get 31 not held (Get 27 is)
DOSE  | .    | -            | CHARTREUSE JAUNE | Chartreuse Jaune not held (Verte is)
DOSE  | .    | -            | MARTINI DRY      | Martini Extra Dry not held
.     | .    | -            | CAFE             | coffee
.     | .    | -            | CHOCOLAT CHAUD   | hot drink, not in the library
.     | .    | -            | SIROP MENTHE     | syrup with water
.     | .    | -            | DIABOLO FRAISE   | syrup with lemonade
S25   | .    | kro          | KRO
S33   | .    | -            | COCA CHERRY      | Coca-Cola Cherry not held
.     | .    | -            | JUS ORANGE PRESSE| fresh juice made in house
.     | .    | -            | CROQUE MONSIEUR  | food
.     | .    | -            | ASSIETTE PELARDON| food
HALF  | .    | taitt_rose   | TAITT ROSE
"""
