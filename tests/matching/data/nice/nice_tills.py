"""The three tills' habits. Each render returns (label, vintage_left_on_label)."""

import unicodedata

A_WIDTH = 20  # the register's description field (name + vintage)
A_MEAS = {
    "btl": "",
    "food": "",
    "gl": "VRE",
    "gl12": "VRE12",
    "gl15": "VRE15",
    "car25": "CAR25",
    "car50": "CAR50",
    "mag": "MAG",
    "half": "1/2",
    "dose": "DOSE",
    "cl2": "2CL",
    "cl6": "6CL",
    "demi": "DEMI",
    "pinte": "PINTE",
}
B_SERV = {
    "gl12": "Verre ",
    "gl15": "Verre ",
    "car25": "Carafe ",
    "car50": "Carafe ",
    "demi": "Pression ",
    "pinte": "Pression ",
}
B_SIZE = {
    "gl12": 12,
    "gl15": 15,
    "car25": 25,
    "car50": 50,
    "dose": 4,
    "cl2": 2,
    "cl6": 6,
    "demi": 25,
    "pinte": 50,
    "mag": 150,
    "half": 37.5,
}
W_SERV = {
    "gl": "calice ",
    "car25": "quartino ",
    "car50": "caraffa 50 ",
    "half": "mezza ",
    "mag": "magnum ",
    "dose": "bicchierino ",
    "demi": "demi ",
    "pinte": "pinta ",
    "piccola": "piccola ",
    "media": "media ",
}


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def cl_text(v):
    return (f"{v:g}".replace(".", ",")) + "cl"


def render_a(core, measure, vintage, art_no):
    core = strip_accents(core).upper().replace("'", "")
    desc = core + (f" {vintage % 100:02d}" if vintage else "")
    kept = vintage
    if len(desc) > A_WIDTH:
        kept = None
        if len(core) > A_WIDTH:
            rest = core[A_WIDTH:]
            if " " in rest or core[A_WIDTH - 1] == " " or rest == "":
                raise ValueError(f"A cut would lose a whole word: {core}")
            last = core[:A_WIDTH].split(" ")[-1]
            if len(last) < 4:
                raise ValueError(f"A cut leaves under four letters: {core}")
            desc = core[:A_WIDTH]
        else:
            desc = core
    if measure[:1] == "f" and measure[1:2].isdigit():
        m = {"100": "1L"}.get(measure[1:], measure[1:] + "CL")
    else:
        m = A_MEAS[measure]
    return f"{art_no:04d} {desc}" + (f" {m}" if m else ""), kept


def title(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


def render_b(core, measure, vintage, size_cl):
    label = B_SERV.get(measure, "") + title(core) + (f" {vintage}" if vintage else "")
    if measure != "food":
        label += f" ({cl_text(size_cl)})"
    return label, vintage


def render_w(core, measure, vintage, price, is_wine):
    core = strip_accents(core).lower()
    if measure[:1] == "f" and measure[1:2].isdigit():
        v = measure[1:]
        suffix = " 1l" if v == "100" else f" {v}cl"
        label = core + suffix
    else:
        serv = W_SERV.get(measure, "")
        if measure == "btl" and is_wine:
            serv = "bott. "
        label = serv + core
    if vintage:
        label += f" '{vintage % 100:02d}"
    return f"{label} €{price:.2f}", vintage
