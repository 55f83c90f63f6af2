"""Case constructors shared by the three till modules."""


def Y(key, measure, vintage, text, family=None):
    """A drink of the library, keyed in with this measure, vintage and text."""
    return {"key": key, "measure": measure, "vintage": vintage, "text": text,
            "why": None, "family": family}


def N(measure, vintage, text, why, family=None):
    """Nothing of the library: why says so (the note)."""
    return {"key": None, "measure": measure, "vintage": vintage, "text": text,
            "why": why, "family": family}
