"""The drinks of "The Quiet Badger" (Paris 11e, Bastille), an Irish/British pub.

Each product: (key, group, fam, name, producer, appellation, region, country, colour,
category, pack, entries). `entries` is a list of (vintage, format_cl); a keg is 2,000 or
3,000 cl. `group` is the brand a label may name alone (several products can share it).
`fam` is the bar register's family code. `pack` is how the non-keg entry comes ("btl" or
"can"; None for wines, spirits and keg-only beers).
Vintages, formats and the library itself are invented; names are real public trade names.
"""

UK, IE, SCO = "Royaume-Uni", "Irlande", "Royaume-Uni"

PRODUCTS = [
    # --- draught beers (kegs), some also in bottle or can -------------------------
    ("murphys", "murphys", "BIE", "Murphy's Irish Stout", "Murphy's Brewery", None, "Cork", IE,
     None, "bière", "can", [(None, 3000), (None, 50)]),
    ("kilkenny", "kilkenny", "BIE", "Kilkenny Irish Red Ale", "Diageo Ireland", None, "Kilkenny", IE,
     None, "bière", None, [(None, 3000)]),
    ("harp", "harp", "BIE", "Harp Lager", "Diageo Ireland", None, "Dundalk", IE,
     None, "bière", None, [(None, 3000)]),
    ("pride", "pride", "BIE", "Fuller's London Pride", "Fuller's", None, "Londres", UK,
     None, "bière", "btl", [(None, 3000), (None, 50)]),
    ("hen", "hen", "BIE", "Old Speckled Hen", "Greene King", None, "Suffolk", UK,
     None, "bière", "btl", [(None, 3000), (None, 50)]),
    ("snpa", "sierra", "BIE", "Sierra Nevada Pale Ale", "Sierra Nevada Brewing Co.", None, "Californie",
     "États-Unis", None, "bière", None, [(None, 2000)]),
    ("urquell", "urquell", "BIE", "Pilsner Urquell", "Plzeňský Prazdroj", None, "Plzeň", "Tchéquie",
     None, "bière", None, [(None, 3000)]),
    ("tap7", "schneider", "BIE", "Schneider Weisse TAP7 Unser Original", "Schneider Weisse", None,
     "Bavière", "Allemagne", None, "bière", "btl", [(None, 3000), (None, 50)]),
    ("bapbap", "bapbap", "BIE", "BAPBAP Original", "Brasserie BAPBAP", None, "Paris", "France",
     None, "bière", None, [(None, 2000)]),
    ("belhaven", "belhaven", "BIE", "Belhaven Best", "Belhaven Brewery", None, "Écosse", SCO,
     None, "bière", None, [(None, 3000)]),
    # --- bottled and canned beers --------------------------------------------------
    ("esb", "fullers", "BIE", "Fuller's ESB", "Fuller's", None, "Londres", UK,
     None, "bière", "btl", [(None, 50)]),
    ("f1845", "fullers", "BIE", "Fuller's 1845", "Fuller's", None, "Londres", UK,
     None, "bière", "btl", [(None, 50)]),
    ("fvint", "fullers", "BIE", "Fuller's Vintage Ale", "Fuller's", None, "Londres", UK,
     None, "bière", "btl", [(2019, 50), (2021, 50)]),
    ("porter", "fullers", "BIE", "Fuller's London Porter", "Fuller's", None, "Londres", UK,
     None, "bière", "btl", [(None, 50)]),
    ("gkipa", "greeneking", "BIE", "Greene King IPA", "Greene King", None, "Suffolk", UK,
     None, "bière", "btl", [(None, 50)]),
    ("tap6", "schneider", "BIE", "Schneider Weisse TAP6 Unser Aventinus", "Schneider Weisse", None,
     "Bavière", "Allemagne", None, "bière", "btl", [(None, 50)]),
    ("newcastle", "newcastle", "BIE", "Newcastle Brown Ale", "Newcastle Breweries", None,
     "Angleterre", UK, None, "bière", "btl", [(None, 33)]),
    ("ssnut", "samsmith", "BIE", "Samuel Smith's Nut Brown Ale", "Samuel Smith Old Brewery", None,
     "Yorkshire", UK, None, "bière", "btl", [(None, 55)]),
    ("ssoat", "samsmith", "BIE", "Samuel Smith's Oatmeal Stout", "Samuel Smith Old Brewery", None,
     "Yorkshire", UK, None, "bière", "btl", [(None, 55)]),
    ("sstaddy", "samsmith", "BIE", "Samuel Smith's Taddy Porter", "Samuel Smith Old Brewery", None,
     "Yorkshire", UK, None, "bière", "btl", [(None, 55)]),
    ("od12", "oladubh", "BIE", "Harviestoun Ola Dubh 12", "Harviestoun Brewery", None, "Écosse", SCO,
     None, "bière", "btl", [(None, 33)]),
    ("od18", "oladubh", "BIE", "Harviestoun Ola Dubh 18", "Harviestoun Brewery", None, "Écosse", SCO,
     None, "bière", "btl", [(None, 33)]),
    ("engineoil", "engineoil", "BIE", "Harviestoun Old Engine Oil", "Harviestoun Brewery", None,
     "Écosse", SCO, None, "bière", "btl", [(None, 33)]),
    ("darkisland", "orkney", "BIE", "Orkney Dark Island", "The Orkney Brewery", None, "Orcades", SCO,
     None, "bière", "btl", [(None, 50)]),
    ("traquair", "traquair", "BIE", "Traquair House Ale", "Traquair House Brewery", None, "Écosse", SCO,
     None, "bière", "btl", [(None, 33)]),
    ("jacobite", "traquair", "BIE", "Traquair Jacobite Ale", "Traquair House Brewery", None, "Écosse",
     SCO, None, "bière", "btl", [(None, 33)]),
    ("weihen", "weihen", "BIE", "Weihenstephaner Hefeweissbier", "Bayerische Staatsbrauerei Weihenstephan",
     None, "Bavière", "Allemagne", None, "bière", "btl", [(None, 50)]),
    ("neckoil", "beavertown", "BIE", "Beavertown Neck Oil", "Beavertown Brewery", None, "Londres", UK,
     None, "bière", "can", [(None, 33)]),
    ("gammaray", "beavertown", "BIE", "Beavertown Gamma Ray", "Beavertown Brewery", None, "Londres", UK,
     None, "bière", "can", [(None, 33)]),
    ("jaipur", "jaipur", "BIE", "Thornbridge Jaipur IPA", "Thornbridge Brewery", None, "Derbyshire", UK,
     None, "bière", "btl", [(None, 33)]),
    ("innis", "innis", "BIE", "Innis & Gunn Original", "Innis & Gunn", None, "Édimbourg", SCO,
     None, "bière", "btl", [(None, 33)]),
    # --- ciders -----------------------------------------------------------------------
    ("magners", "magners", "CID", "Magners Original Irish Cider", "Magners", None, "Clonmel", IE,
     None, "autre", "btl", [(None, 2000), (None, 33)]),
    ("magpear", "magners", "CID", "Magners Pear Cider", "Magners", None, "Clonmel", IE,
     None, "autre", "btl", [(None, 33)]),
    ("thatchers", "thatchers", "CID", "Thatchers Gold", "Thatchers Cider", None, "Somerset", UK,
     None, "autre", None, [(None, 2000)]),
    ("oldrosie", "westons", "CID", "Westons Old Rosie", "Westons Cider", None, "Herefordshire", UK,
     None, "autre", "btl", [(None, 50)]),
    ("aspall", "aspall", "CID", "Aspall Draught Suffolk Cyder", "Aspall", None, "Suffolk", UK,
     None, "autre", "btl", [(None, 33)]),
    ("kopp", "kopparberg", "CID", "Kopparberg Strawberry & Lime", "Kopparbergs Bryggeri", None,
     "Dalécarlie", "Suède", None, "autre", "btl", [(None, 50)]),
    ("drouin", "drouin", "CID", "Cidre Pays d'Auge", "Christian Drouin", "Cidre Pays d'Auge",
     "Normandie", "France", None, "autre", "btl", [(None, 75)]),
]


def _sp(key, group, fam, name, producer, region, country, fmt=70, vintages=(None,)):
    return (key, group, fam, name, producer, None, region, country, None, "spiritueux", None,
            [(v, fmt) for v in vintages])


PRODUCTS += [
    # --- Irish whiskeys (70 cl) -------------------------------------------------------
    _sp("bush_orig", "bushmills", "WHI", "Bushmills Original", "Old Bushmills Distillery", "Antrim", UK),
    _sp("bush_black", "bushmills", "WHI", "Bushmills Black Bush", "Old Bushmills Distillery", "Antrim", UK),
    _sp("bush10", "bushmills", "WHI", "Bushmills 10 ans Single Malt", "Old Bushmills Distillery",
        "Antrim", UK),
    _sp("bush16", "bushmills", "WHI", "Bushmills 16 ans Single Malt", "Old Bushmills Distillery",
        "Antrim", UK),
    _sp("tull", "tullamore", "WHI", "Tullamore D.E.W. Original", "Tullamore Distillery", "Offaly", IE),
    _sp("tull12", "tullamore", "WHI", "Tullamore D.E.W. 12 ans Special Reserve", "Tullamore Distillery",
        "Offaly", IE),
    _sp("powers", "powers", "WHI", "Powers Gold Label", "Irish Distillers", "Cork", IE),
    _sp("powers12", "powers", "WHI", "Powers John's Lane 12 ans", "Irish Distillers", "Cork", IE),
    _sp("greenspot", "greenspot", "WHI", "Green Spot", "Mitchell & Son", "Cork", IE),
    _sp("yellowspot", "yellowspot", "WHI", "Yellow Spot 12 ans", "Mitchell & Son", "Cork", IE),
    _sp("writers", "writers", "WHI", "Writers' Tears Copper Pot", "Walsh Whiskey", "Carlow", IE),
    _sp("connemara", "connemara", "WHI", "Connemara Peated Single Malt", "Cooley Distillery", "Louth", IE),
    _sp("midletonvr", "midleton", "WHI", "Midleton Very Rare", "Irish Distillers", "Cork", IE,
        vintages=(2021, 2023)),
    _sp("roe", "roe", "WHI", "Roe & Co", "Roe & Co Distillery", "Dublin", IE),
    _sp("slane", "slane", "WHI", "Slane Irish Whiskey", "Slane Distillery", "Meath", IE),
    # --- Scotch whiskies (70 cl) ------------------------------------------------------
    _sp("bow12", "bowmore", "WHI", "Bowmore 12 ans", "Bowmore Distillery", "Islay", SCO),
    _sp("bow15", "bowmore", "WHI", "Bowmore 15 ans", "Bowmore Distillery", "Islay", SCO),
    _sp("bow18", "bowmore", "WHI", "Bowmore 18 ans", "Bowmore Distillery", "Islay", SCO),
    _sp("laddie", "laddie", "WHI", "Bruichladdich The Classic Laddie", "Bruichladdich Distillery",
        "Islay", SCO),
    _sp("pc10", "portcharlotte", "WHI", "Port Charlotte 10 ans", "Bruichladdich Distillery", "Islay", SCO),
    _sp("gf10", "glenfarclas", "WHI", "Glenfarclas 10 ans", "Glenfarclas Distillery", "Speyside", SCO),
    _sp("gf15", "glenfarclas", "WHI", "Glenfarclas 15 ans", "Glenfarclas Distillery", "Speyside", SCO),
    _sp("gf105", "glenfarclas", "WHI", "Glenfarclas 105 Cask Strength", "Glenfarclas Distillery",
        "Speyside", SCO),
    _sp("cragg12", "cragganmore", "WHI", "Cragganmore 12 ans", "Cragganmore Distillery", "Speyside", SCO),
    _sp("kinchie12", "glenkinchie", "WHI", "Glenkinchie 12 ans", "Glenkinchie Distillery", "Lowlands",
        SCO),
    _sp("pult12", "pulteney", "WHI", "Old Pulteney 12 ans", "Pulteney Distillery", "Highlands", SCO),
    _sp("auch12", "auchentoshan", "WHI", "Auchentoshan 12 ans", "Auchentoshan Distillery", "Lowlands",
        SCO),
    _sp("tomatin12", "tomatin", "WHI", "Tomatin 12 ans", "Tomatin Distillery", "Highlands", SCO),
    _sp("grouse", "grouse", "WHI", "The Famous Grouse", "Matthew Gloag & Son", "Écosse", SCO),
    _sp("dewars", "dewars", "WHI", "Dewar's White Label", "John Dewar & Sons", "Écosse", SCO),
    # --- American whiskeys --------------------------------------------------------------
    _sp("wt101", "wildturkey", "BOU", "Wild Turkey 101", "Wild Turkey Distillery", "Kentucky",
        "États-Unis"),
    _sp("wtrare", "wildturkey", "BOU", "Wild Turkey Rare Breed", "Wild Turkey Distillery", "Kentucky",
        "États-Unis"),
    _sp("knob9", "knobcreek", "BOU", "Knob Creek 9 ans Small Batch", "James B. Beam Distilling Co.",
        "Kentucky", "États-Unis"),
    _sp("beam", "jimbeam", "BOU", "Jim Beam White Label", "James B. Beam Distilling Co.", "Kentucky",
        "États-Unis", fmt=100),
    _sp("elijah", "elijah", "BOU", "Elijah Craig Small Batch", "Heaven Hill", "Kentucky", "États-Unis"),
    _sp("eagle10", "eaglerare", "BOU", "Eagle Rare 10 ans", "Buffalo Trace Distillery", "Kentucky",
        "États-Unis"),
    _sp("rittenhouse", "rittenhouse", "BOU", "Rittenhouse Straight Rye", "Heaven Hill", "Kentucky",
        "États-Unis"),
    _sp("michter", "michters", "BOU", "Michter's US*1 Small Batch Bourbon", "Michter's Distillery",
        "Kentucky", "États-Unis"),
    # --- gins -----------------------------------------------------------------------------
    _sp("beef", "beefeater", "GIN", "Beefeater London Dry", "Beefeater Distillery", "Londres", UK),
    _sp("beef24", "beefeater", "GIN", "Beefeater 24", "Beefeater Distillery", "Londres", UK),
    _sp("gordons", "gordons", "GIN", "Gordon's London Dry", "Gordon's", "Écosse", SCO, fmt=100),
    _sp("gunpowder", "gunpowder", "GIN", "Drumshanbo Gunpowder Irish Gin", "The Shed Distillery",
        "Leitrim", IE),
    _sp("dingle", "dingle", "GIN", "Dingle Original Gin", "Dingle Distillery", "Kerry", IE),
    _sp("caorunn", "caorunn", "GIN", "Caorunn", "Balmenach Distillery", "Speyside", SCO),
    _sp("brockmans", "brockmans", "GIN", "Brockmans", "Brockmans Gin", "Angleterre", UK),
    # --- rums -------------------------------------------------------------------------------
    _sp("kraken", "kraken", "RHU", "The Kraken Black Spiced", "Proximo Spirits", "Trinité-et-Tobago",
        "Trinité-et-Tobago"),
    _sp("sailor", "sailorjerry", "RHU", "Sailor Jerry Spiced", "Sailor Jerry Ltd", "Îles Vierges",
        "États-Unis"),
    _sp("goslings", "goslings", "RHU", "Goslings Black Seal", "Gosling Brothers", "Bermudes", "Bermudes"),
    _sp("pussers", "pussers", "RHU", "Pusser's Blue Label", "Pusser's Rum", "Îles Vierges britanniques",
        UK),
]


def _wine(key, group, name, producer, appellation, region, country, colour, entries,
          category="vin", fam="VIN"):
    return (key, group, fam, name, producer, appellation, region, country, colour, category, None,
            entries)


PRODUCTS += [
    _wine("belr", "belleruche", "Belleruche Rouge", "M. Chapoutier", "Côtes du Rhône",
          "Vallée du Rhône", "France", "rouge", [(2021, 75), (2022, 75)]),
    _wine("belb", "belleruche", "Belleruche Blanc", "M. Chapoutier", "Côtes du Rhône",
          "Vallée du Rhône", "France", "blanc", [(2023, 75)]),
    _wine("pesq", "pesquie", "Terrasses", "Château Pesquié", "Ventoux", "Vallée du Rhône", "France",
          "rouge", [(2022, 75)]),
    _wine("coujan", "coujan", "Château Coujan", "Château Coujan", "Saint-Chinian", "Languedoc",
          "France", "rouge", [(2020, 75)]),
    _wine("koonunga", "penfolds", "Koonunga Hill Shiraz Cabernet", "Penfolds", "South Australia",
          "Australie-Méridionale", "Australie", "rouge", [(2021, 75), (2022, 75)]),
    _wine("picpoul", "picpoul", "Picpoul de Pinet", "Domaine Félines Jourdan", "Picpoul de Pinet",
          "Languedoc", "France", "blanc", [(2022, 75), (2023, 75), (2023, 37.5)]),
    _wine("corb", "corbillieres", "Touraine Sauvignon", "Domaine des Corbillières", "Touraine",
          "Val de Loire", "France", "blanc", [(2023, 75)]),
    _wine("oysterbay", "oysterbay", "Oyster Bay Sauvignon Blanc", "Oyster Bay", "Marlborough",
          "Marlborough", "Nouvelle-Zélande", "blanc", [(2023, 75), (2024, 75)]),
    _wine("mirabeau", "mirabeau", "Mirabeau Classic", "Maison Mirabeau", "Côtes de Provence",
          "Provence", "France", "rosé", [(2023, 75), (2024, 75), (2023, 150)]),
    _wine("triennes", "triennes", "Triennes Rosé", "Domaine de Triennes", "IGP Méditerranée",
          "Provence", "France", "rosé", [(2023, 75)]),
    _wine("feuillatte", "feuillatte", "Réserve Exclusive Brut", "Nicolas Feuillatte", "Champagne",
          "Champagne", "France", "effervescent", [(None, 75), (None, 37.5)],
          category="champagne", fam="CHA"),
]


def _soft(key, group, name, producer, country, entries):
    return (key, group, "SOF", name, producer, None, None, country, None, "soft", "btl", entries)


PRODUCTS += [
    _soft("britorange", "britvic", "Britvic Orange Juice", "Britvic", UK, [(None, 20)]),
    _soft("brittomato", "britvic", "Britvic Tomato Juice", "Britvic", UK, [(None, 20)]),
    _soft("bundaberg", "bundaberg", "Bundaberg Ginger Beer", "Bundaberg Brewed Drinks", "Australie",
          [(None, 37.5)]),
    _soft("pepsi", "pepsi", "Pepsi", "PepsiCo", "États-Unis", [(None, 33)]),
    _soft("pepsimax", "pepsi", "Pepsi Max", "PepsiCo", "États-Unis", [(None, 33)]),
    _soft("lipton", "lipton", "Lipton Ice Tea Pêche", "Lipton", "Royaume-Uni", [(None, 25)]),
    _soft("highland", "highland", "Highland Spring Still", "Highland Spring", SCO,
          [(None, 50), (None, 100)]),
]

FIELDS = ("key", "group", "fam", "name", "producer", "appellation", "region", "country", "colour",
          "category", "pack", "entries")
DRINKS = {p[0]: dict(zip(FIELDS, p, strict=False)) for p in PRODUCTS}
assert len(DRINKS) == len(PRODUCTS), "duplicate product key"
