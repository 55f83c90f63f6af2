"""The bench README's answer rules, applied to the RENDERED label."""
import re

MEAS_CL = {"V": 12.5, "V12": 12, "V15": 15, "P50": 50, "P25": 25, "D": 4, "D2": 2, "D4": 4,
           "DM": 25, "PT": 50}


def label_vintage(conn, label):
    if conn == "zinc":
        body = label.rsplit(" ", 1)[0]
        m = re.search(r" (\d\d)$", body)
        return 2000 + int(m.group(1)) if m else None
    if conn == "carnet":
        m = re.search(r" '(\d\d)\b", label)
        return 2000 + int(m.group(1)) if m else None
    m = re.search(r" ((?:19|20)\d\d)(?: - |$)", label)
    return int(m.group(1)) if m else None


def wine_key(r):
    return (r["name"], r["producer"], r["appellation"], r["colour"])


def group_for(lib, ref, meas):
    """Entries of the referred drink in the format the label asks for."""
    key = wine_key(ref)
    same = [r for r in lib if wine_key(r) == key]
    if meas.startswith("B"):
        fmt = float(meas[1:])
    elif meas == "":
        fmts = {r["format_cl"] for r in same}
        fmt = 75 if 75 in fmts else (fmts.pop() if len(fmts) == 1 else None)
    else:
        fmts = {r["format_cl"] for r in same}
        fmt = 75 if 75 in fmts else (fmts.pop() if len(fmts) == 1 else None)
    return [r for r in same if r["format_cl"] == fmt], fmt


def answer(lib, ref, meas, vint):
    grp, fmt = group_for(lib, ref, meas)
    if not grp:
        raise ValueError("format not held")
    grp = sorted(grp, key=lambda r: r["vintage"] or 0, reverse=True)
    vints = [r["vintage"] for r in grp]
    units = 1 if meas.startswith("B") or meas == "" else round(MEAS_CL[meas] / fmt, 4)
    if vint is None or vints == [None]:
        return "yes", grp[0]["id"], [r["id"] for r in grp[1:]], units
    if vint in vints:
        r = grp[vints.index(vint)]
        return "yes", r["id"], [], units
    best = min(grp, key=lambda r: (abs(r["vintage"] - vint), -r["vintage"]))
    return "almost", best["id"], [r["id"] for r in grp if r is not best], units
