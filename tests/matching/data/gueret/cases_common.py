"""Case constructors: y() names the drink the staff meant, n() a label that is no drink of the library."""


def y(key, measure, text, vintage=None, opt=""):
    return {"key": key, "measure": measure, "text": text, "vintage": vintage, "opt": opt, "why": None}


def n(measure, text, why, vintage=None, opt=""):
    return {"key": None, "measure": measure, "text": text, "vintage": vintage, "opt": opt, "why": why}
