"""Short names for the measures used in the case modules (see arles_tills)."""
B, H, M = ("btl",), ("half",), ("mag",)
V, V12, V15, P25, P50, P1L = ("pour", 12.5), ("pour", 12), ("pour", 15), ("pour", 25), ("pour", 50), ("pour", 100)
G25 = ("pour", 25)
D2, D4, D6, CP8 = ("pour", 2), ("pour", 4), ("pour", 6), ("pour", 8)
DM, PT = ("draught", 25), ("draught", 50)
C25, C33, C355, C50, C70, C1L, C15L = ("cl", 25), ("cl", 33), ("cl", 35.5), ("cl", 50), ("cl", 70), ("cl", 100), ("cl", 150)
S5, S6 = ("seau", 5), ("seau", 6)
U = None
