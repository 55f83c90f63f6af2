"""Write caviste_library.jsonl and caviste_cases.jsonl, identical on every run.

    python3 tests/matching/data/caviste/build_caviste.py

Each case is rendered by its till (caviste_tills), then its answer is computed from what the
rendered label still says (caviste_rules): a vintage the till cut off is not on the label.
"""

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from caviste_drinks import DRINKS, build_library, family  # noqa: E402
from caviste_labels import CASES  # noqa: E402
from caviste_nones import NONES  # noqa: E402
from caviste_rules import answer  # noqa: E402
from caviste_tills import render  # noqa: E402

SEED = 20261129


def _json_line(obj):
    return json.dumps(obj, ensure_ascii=False) + "\n"


def build():
    rows, by_key = build_library()
    names = {d[0]: f"{d[1]} ({d[2]})" for d in DRINKS}
    rng = random.Random(SEED)
    cases = []
    for till, key, measure, vintage, core in CASES:
        label, conn, on_label = render(till, family(key), measure, core, vintage, rng)
        expect, bid, also, per, note = answer(key, measure, on_label, by_key, names)
        if isinstance(vintage, int) and on_label is None:
            note += f" [{vintage} cut off by the till]"
        cases.append({"label": label, "expect": expect, "beverage_id": bid, "also_ok": also,
                      "vintage": on_label, "units_per_sale": per, "note": note,
                      "connection": conn})
    for till, fam, measure, vintage, core, why in NONES:
        label, conn, on_label = render(till, fam, measure, core, vintage, rng)
        cases.append({"label": label, "expect": "none", "beverage_id": None, "also_ok": [],
                      "vintage": on_label, "units_per_sale": None, "note": why,
                      "connection": conn})
    seen = {}
    for case in cases:
        answer_of = (case["expect"], case["beverage_id"], case["units_per_sale"])
        if seen.setdefault(case["label"], answer_of) != answer_of:
            raise SystemExit(f"one label, two answers: {case['label']!r}")
    rng.shuffle(cases)
    return rows, cases


def main():
    rows, cases = build()
    (HERE / "caviste_library.jsonl").write_text("".join(_json_line(r) for r in rows),
                                                encoding="utf-8")
    (HERE / "caviste_cases.jsonl").write_text("".join(_json_line(c) for c in cases),
                                              encoding="utf-8")
    counts = {}
    for c in cases:
        counts[(c["connection"], c["expect"])] = counts.get((c["connection"], c["expect"]), 0) + 1
    total = {e: sum(n for (_, x), n in counts.items() if x == e) for e in ("yes", "almost", "none")}
    print(f"{len(rows)} drinks, {len(cases)} cases: {total}")
    for conn in "MTK":
        print(conn, {e: counts.get((conn, e), 0) for e in ("yes", "almost", "none")})


if __name__ == "__main__":
    main()
