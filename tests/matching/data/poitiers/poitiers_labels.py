"""Helpers to write the cases: y() a drink of the library, n() no drink of it."""


def y(key, meas, vintage, text, **kw):
    return dict(key=key, meas=meas, vintage=vintage, text=text, **kw)


def n(meas, vintage, text, why, **kw):
    return dict(key=None, meas=meas, vintage=vintage, text=text, why=why, **kw)
