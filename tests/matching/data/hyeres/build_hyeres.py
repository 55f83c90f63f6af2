"""Build the "hyeres" blind held-out set: python3 build_hyeres.py (stdlib only, deterministic).
Renders every spec with its till's habits and computes the answer from the rendered label."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import hyeres_cases_k
import hyeres_cases_n
import hyeres_cases_p
import hyeres_rules as R
import hyeres_tills as T
from hyeres_drinks import D

LIB_FIELDS = ["id", "name", "producer", "appellation", "region", "country", "colour",
              "category", "vintage", "format_cl"]


def specs(till, text):
    for line in text.strip().splitlines():
        parts = line.split("|")
        key, code, vint, txt = parts[:4]
        reason = parts[4] if len(parts) > 4 else None
        if (key == "-") != (reason is not None):
            raise ValueError("bad spec: " + line)
        owner = "[LV]"
        if till == "K" and txt.startswith("CG:"):
            owner, txt = "[CG]", txt[3:]
        yield {"key": None if key == "-" else key, "code": code,
               "vintage": int(vint) if vint else None, "text": txt, "reason": reason,
               "owner": owner}


def case(till, s):
    label = T.render(till, s)
    p = T.parse(till, label)
    cut = ""
    if s["vintage"] and p["vintage"] is None:
        cut = " [%d cut off by the till]" % s["vintage"]
    elif p["vintage"] not in (None, s["vintage"]):
        raise ValueError("vintage read back wrong: " + label)
    if s["key"] is None:
        exp, bid, also, u, extra = "none", None, [], None, s["reason"]
        note = extra
    else:
        exp, bid, also, u, extra = R.resolve(s["key"], p)
        name, prod = D[s["key"]][0], D[s["key"]][1]
        if exp == "none":
            note = "%s (%s): %s" % (name, prod, extra)
        else:
            note = "%s (%s)%s" % (name, prod, extra)
    return {"label": label, "expect": exp, "beverage_id": bid, "also_ok": also,
            "vintage": p["vintage"], "units_per_sale": u, "note": note + cut,
            "connection": till}


def main():
    lib = [e for _, _, e in R.LIB]
    cases = []
    for till, mod in (("K", hyeres_cases_k), ("P", hyeres_cases_p), ("N", hyeres_cases_n)):
        for s in specs(till, mod.CASES):
            cases.append(case(till, s))
    labels = [c["label"] for c in cases]
    dup = {x for x in labels if labels.count(x) > 1}
    if dup:
        raise SystemExit("duplicate labels: %s" % sorted(dup))
    with open(os.path.join(HERE, "hyeres_library.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for e in lib:
            f.write(json.dumps({k: e[k] for k in LIB_FIELDS}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "hyeres_cases.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    print("library %d, cases %d" % (len(lib), len(cases)))
    for till in "KPN":
        print(till, [counts.get((till, e), 0) for e in ("yes", "almost", "none")])
    tot = [sum(counts.get((t, e), 0) for t in "KPN") for e in ("yes", "almost", "none")]
    print("total", tot, ["%.1f%%" % (100.0 * x / len(cases)) for x in tot])


if __name__ == "__main__":
    main()
