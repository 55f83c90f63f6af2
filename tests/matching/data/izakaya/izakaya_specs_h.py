"""What the waiters typed on H, the handheld: lower case romaji, Japanese
shorthand for the grades (jundai, jungin, daigin, gin, jun, tokujun, tokuhon),
ages as `12y`, vintages as `'21`. The till adds the quantity `x1`/`x2` first and
the unit price in cents last.
"""

from izakaya_tills import N, Y

H = [
    # --- sakes ---
    Y("dassai45", "go", "dassai 45 jundai"),
    Y("dassai45", "gl10", "dassai 45", q=2),
    Y("dassai23", "bt72", "dassai 23 jundai"),
    Y("senju", "tokk", "kubota senju gin"),
    Y("hakkaisan_thj", "bt180", "hakkaisan tokuhon"),
    Y("hakkaisan_jdg", "go", "hakaisan jundai", q=2),  # typo
    Y("ryu", "go", "kokuryu ryu daigin"),
    Y("oka", "tokk", "dewazakura oka gin"),
    Y("okuden", "masu", "masumi okuden jun"),
    Y("nanbu", "gl10", "nanbu bijin tokujun", q=2),
    Y("kuheiji", "go", "kuheiji eau du desir", 2022),
    Y("kuheiji", "bt72", "kuheiji jundai", 2020, want="almost"),
    Y("jozen", "go", "jozen jungin"),
    Y("dreamy", "gl10", "rihaku dreamy clouds"),
    Y("sayuri", "bt30", "sayuri nigori", q=2),
    Y("suzune", "bt30", "suzune"),
    Y("mio", "bt30", "mio sparkling", q=2),
    Y("daishichi", "go", "daishici kimoto"),  # typo
    Y("no6s", "bt74", "aramasa no6 s-type"),
    Y("born", "gl10", "born gold jundai"),
    Y("kizakura", "tokk", "kizakura yamahai"),
    Y("daruma10", "bt50", "daruma masamune 10y"),
    Y("kamotsuru", "bt72", "kamotsuru gold"),
    # --- shochu, awamori, whiskies, gins, umeshu ---
    Y("moriizo", "d6", "mori izo", q=2),
    Y("silhouette", "bt72", "iichiko silhouette"),
    Y("rento", "d4", "rento kokuto"),
    Y("zuisen3", "d4", "zuisen kusu 3y"),
    Y("kura12", "d4", "kurayoshi 12y"),
    Y("togpremium", "d6", "togouchi premium"),
    Y("ichirowl", "d4", "ichiros white label"),
    Y("shinobu", "d4", "shinobu 10y"),
    Y("komagatake", "d4", "komagatake"),
    Y("masahiro", "d4", "masahiro gin"),
    Y("aragoshiyuzu", "bt72", "aragoshi yuzu"),
    # --- wines ---
    Y("gilbourg", "gl12", "anjou gilbourg courault", 2021),
    Y("crozes_r", "bt75", "crozes dard ribo rge", 2022),
    Y("crozes_b", "gl12", "crozes blc", 2022),
    Y("cornaline", "bt75", "cornaline", 2017),
    Y("milady", "gl12", "milady", 2020, want="almost"),
    Y("rouliers", "gl12", "rouliers", 2022, q=2),
    # --- beers, softs ---
    Y("sapporo", "pinte", "sapporo", q=2),
    Y("hitawhite", "pinte", "hitachino"),
    Y("orion", "bt63", "orion", q=2),
    Y("beniaka", "bt33", "coedo beniaka"),
    Y("ramunemelon", "bt20", "ramune melon", q=2),
    Y("calpico", "bt50", "calpico"),
    # --- formats the library does not hold (computed) ---
    Y("jozen", "bt180", "jozen jungin", want="none"),
    Y("hitared", "pinte", "hitachino red rice", want="none"),
    Y("sapporo", "bt33", "sapporo premium", want="none"),
    # --- none ---
    N("food", "edamame", q=2),
    N("food", "gyoza 6p"),
    N("hot tea brewed at the bar, not the bottled Oi Ocha Hojicha", "hojicha chaud"),
    N("service: otoshi", "otoshi", q=2),
    N("highball: a mixed drink, even of a held whisky", "highball kaiyo"),
    N("cocktail (yuzu sour)", "yuzu sour", q=2),
    N("mixed drink: umeshu with tonic", "umeshu tonic"),
    N("generic: hot house sake", "sake chaud", "tokk", rate=60),
    N("generic: three awamori held", "awamori", "d4"),
    N("brand alone: three Ramune held", "ramune", "bt20", q=2),
    N("brand alone: Rihaku Dreamy Clouds and Wandering Poet held", "rihaku", "go"),
    N("brand alone: Aragoshi Umeshu and Yuzu held", "aragoshi", "d6", rate=150),
    N("brand alone: two Sakurao gins held", "sakurao", "d4"),
    N("another polishing grade: Dassai 50 is not held", "dassai 50", "go"),
    N("another grade: Akabu held as junmai and junmai ginjo", "akabu jundai", "go"),
    N("another grade: Koshi no Kanbai Chotokusen (daiginjo) not held", "koshi chotokusen", "bt72"),
    N("another age: Kurayoshi 8, 12 and 18 held", "kurayoshi 25y", "d4", rate=1100),
    N("another expression of a held brand: Togouchi Kiwami", "togouchi kiwami", "d4", rate=450),
    N("another expression of a held brand: Iichiko Frasco", "iichiko frasco", "d4"),
    N("another umeshu of a held house: Choya Royal Honey", "choya royal honey", "d6", rate=160),
    N("another flavour: Ramune strawberry not held", "ramune fraise", "bt20"),
    N("another beer of a held brewery: Coedo Marihana", "coedo marihana", "bt33"),
    N("another brewery sharing a word: Kamoizumi (Kamotsuru held)", "kamoizumi jungin", "go"),
]
