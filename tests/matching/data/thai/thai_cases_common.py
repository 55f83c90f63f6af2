"""Spec helpers: y() a drink of the library (yes or almost, computed), f() a held drink in a
format the library does not hold (computed none), n() no drink of the library."""


def y(key, m, vint, text, mod=None, want=None):
    return (key, None, m, vint, text, mod, want, "")


def f(key, m, vint, text, why="", mod=None):
    return (key, None, m, vint, text, mod, "none", why)


def n(kind, m, vint, text, why, mod=None):
    return (None, kind, m, vint, text, mod, "none", why)
