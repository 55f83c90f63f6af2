"""One case as the staff typed it: the core text, the drink it means (None for none),
the measure key, the vintage typed, the back-office family (for nones) and a note."""


def c(core, key, meas="btl", v=None, fam=None, note=""):
    return {"core": core, "key": key, "meas": meas, "v": v, "fam": fam, "note": note}
