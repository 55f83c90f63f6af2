"""Lines of the back office's sales export (gestion): bottles and kegs sold to take away or
to private parties, and the shop's other articles. The catalogue text is typed here in UTF-8
with the catalogue's habits (denomination first, ` — ` between fields, a leading article
postposed after a comma: `Gitana, La`, `Cantemerle, Château`); the export mangles it.
d(key, measure, vintage, text) / x(measure, vintage, text, reason, unit).
"""
from tapas_rules import d, x

JZ = "D.O. Jerez — "
MZ = "D.O. Manzanilla — "
RJ = "D.O.Ca. Rioja — "
RD = "D.O. Ribera del Duero — "
PR = "D.O.Q. Priorat — "
CV = "D.O. Cava — "

CASES = [
    d("tiopepe", "bot", None, JZ + "Fino Tío Pepe — González Byass"),
    d("vinaab", "bot", None, JZ + "Amontillado Viña AB — González Byass"),
    d("nectar", "bot", None, JZ + "Pedro Ximénez Néctar — González Byass"),
    d("lu_amont", "bot", None, JZ + "Amontillado Arcos, Los — Lustau"),
    d("gitana", "bot", None, MZ + "Gitana, La — Bodegas Hidalgo"),
    d("napoleon", "bot", None, JZ + "Amontillado Napoleón — Bodegas Hidalgo"),
    d("wellington", "b50", None, JZ + "Palo Cortado Wellington VOS 20 años — Bodegas Hidalgo"),
    d("inocente", "bot", None, JZ + "Fino Inocente — Valdespino"),
    d("tiodiego", "bot", None, JZ + "Amontillado Tío Diego — Valdespino"),
    d("cac_gr", "bot", 2012, RJ + "Gran Reserva — Marqués de Cáceres"),
    d("fau_vii", "bot", 2022, RJ + "Faustino VII — Bodegas Faustino"),
    d("fau_v", "bot", 2017, RJ + "Faustino V Reserva — Bodegas Faustino"),
    d("fau_i", "mag", 2011, RJ + "Faustino I Gran Reserva — Bodegas Faustino"),
    d("rb_cza", "media", 2020, RJ + "Crianza — Ramón Bilbao"),
    d("rb_rva", "bot", 2018, RJ + "Reserva — Ramón Bilbao"),
    d("vp_cza", "bot", 2020, RD + "Viña Pedrosa Crianza — Pérez Pascuas"),
    d("vp_gr", "bot", 2016, RD + "Viña Pedrosa Gran Reserva — Pérez Pascuas"),
    d("arz_cza", "bot", 2021, RD + "Crianza — Arzuaga Navarro"),
    d("sastre", "bot", 2023, RD + "Viña Sastre Roble — Hermanos Sastre"),
    d("zarate", "bot", 2023, "D.O. Rías Baixas — Albariño — Bodegas Zárate"),
    d("pariente", "bot", 2024, "D.O. Rueda — Verdejo — José Pariente"),
    d("camins", "bot", 2023, PR + "Camins del Priorat — Álvaro Palacios"),
    d("anna_ros", "bot", None, CV + "Anna de Codorníu Rosé — Codorníu"),
    d("sv_brut", "bot", None, CV + "Brut Reserva — Segura Viudas"),
    d("deutz", "mag", None, "A.O.C. Champagne — Brut Classic — Deutz"),
    d("cantemerle", "bot", 2018, "A.O.C. Haut-Médoc — Cantemerle, Château"),
    d("lu_vrojo", "bot", None, "Vermut — Rojo — Lustau"),
    d("zoco", "b100", None, "Pacharán — Zoco"),
    d("rv_hierbas", "b70", None, "Orujo de Galicia — Licor de Hierbas — Ruavieja"),
    d("carlos1", "b70", None, "Brandy de Jerez Solera Gran Reserva — Carlos I — Osborne"),
    d("miro", "keg20", None, "Vermut de Reus — Miró Rojo de grifo — Vermuts Miró"),
    d("estrella", "keg30", None, "Cerveza — Estrella Damm — Damm"),
    d("alh1925", "b33", None, "Cerveza — Alhambra Reserva 1925"),
    d("vichy", "b50", None, "Agua con gas — Vichy Catalan"),
    # vintages not held
    d("cac_cza", "bot", 2017, RJ + "Crianza — Marqués de Cáceres"),
    d("cac_rva", "bot", 2019, RJ + "Reserva — Marqués de Cáceres"),
    d("fau_v", "bot", 2020, RJ + "Faustino V Reserva — Bodegas Faustino"),
    d("fau_i", "bot", 2014, RJ + "Faustino I Gran Reserva — Bodegas Faustino"),
    d("rb_cza", "bot", 2022, RJ + "Crianza — Ramón Bilbao"),
    d("rb_cza", "media", 2021, RJ + "Crianza — Ramón Bilbao"),
    d("vp_rva", "bot", 2019, RD + "Viña Pedrosa Reserva — Pérez Pascuas"),
    d("carraovejas", "mag", 2019, RD + "Pago de Carraovejas"),
    d("zarate", "bot", 2024, "D.O. Rías Baixas — Albariño — Bodegas Zárate"),
    d("pariente", "bot", 2021, "D.O. Rueda — Verdejo — José Pariente"),
    d("mogador", "bot", 2018, PR + "Clos Mogador — René Barbier"),
    d("cac_ros", "bot", 2023, RJ + "Rosado — Marqués de Cáceres"),
    d("guigal", "bot", 2022, "A.O.C. Côtes du Rhône — Rouge — Guigal"),
    # formats not held
    d("tiopepe", "mag", None, JZ + "Fino Tío Pepe — González Byass"),
    d("lu_pc", "media", None, JZ + "Palo Cortado Península — Lustau"),
    d("vp_gr", "mag", 2016, RD + "Viña Pedrosa Gran Reserva — Pérez Pascuas"),
    d("mahou5", "keg20", None, "Cerveza — Mahou Cinco Estrellas — Mahou"),
    d("naia", "media", 2024, "D.O. Rueda — Verdejo — Naia"),
    d("baines", "b100", None, "Pacharán — Baines"),
    # no drink of the library
    x(None, None, "Jamón ibérico de bellota — Cinco Jotas — loncheado", "food", "100 g"),
    x(None, None, "Queso manchego curado — Dehesa de los Llanos", "food", "ud."),
    x(None, None, "Aceite de oliva virgen extra — Castillo de Canena", "food, though in a 50 cl bottle", "50 cl"),
    x(None, None, "Conservas — Mejillones en escabeche — Ramón Peña", "food", "lata 120 g"),
    x(None, None, "Caja regalo — 3 botellas — madera", "packaging", "ud."),
    x(None, None, "Servicio — Alquiler de tirador portátil", "service", "servicio"),
    x(None, None, "Servicio — Fianza barril", "keg deposit, a service", "servicio"),
    x("bot", 2015, RJ + "Gran Reserva 904 — Rioja Alta, La", "not held"),
    x("bot", 2012, RJ + "Viña Tondonia Reserva — López de Heredia", "not held"),
    x("bot", 2019, RD + "Valbuena 5º — Vega Sicilia", "not held"),
    x("bot", 2020, PR + "Ermita, L' — Álvaro Palacios", "another Priorat of Álvaro Palacios"),
    x("bot", None, MZ + "Guita, La — Hijos de Rainera Pérez Marín", "not held"),
    x("bot", None, JZ + "Oloroso Matusalem VORS — González Byass", "another sherry of González Byass"),
    x("bot", None, JZ + "Amontillado Del Duque VORS — González Byass", "another amontillado of González Byass"),
    x("bot", 2024, RJ + "Blanco — Marqués de Cáceres", "Cáceres' white not held"),
    x("bot", None, CV + "Brut Rosado — Segura Viudas", "Segura Viudas' rosé not held"),
    x("bot", None, CV + "Anna de Codorníu Blanc de Blancs — Codorníu", "another Anna cuvée"),
    x("bot", 2018, "A.O.C. Champagne — Blanc de Blancs — Deutz", "another Deutz"),
    x("bot", 2023, "A.O.C. Côtes du Rhône — Blanc — Guigal", "Guigal's white not held"),
    x("b70", None, "Brandy de Jerez — Cardenal Mendoza Carta Real — Sánchez Romate", "another grade"),
    x("b70", None, "Ginebra — Gin Mare Capri", "another gin of the brand"),
    x("b33", None, "Cerveza — Estrella Damm Daura", "gluten-free Daura not held"),
    x("keg20", None, "Vermut de Reus — Miró Blanco de grifo — Vermuts Miró", "Miró's white vermut not held"),
]
