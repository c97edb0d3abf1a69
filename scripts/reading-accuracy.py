#!/usr/bin/env python3
"""What `analyze` read of each document against a hand-checked table of the same documents.

    python3 scripts/reading-accuracy.py <analyze-output-folder> [--truth src/test/resources/cities-truth.csv] [--list]

The truth table (one row per distinct document; `files` lists its file names, `;`-separated) gives,
read from the pages: kind (budget, final-accounts, notice, other …), unit, year, and the headline
totals in 万元. Each is compared with the run's documents.csv: amounts equal to the cent, the unit
name equal once white space and bracket widths are folded, the kind right when a budget is called a
budget (document_type budget or final-accounts, or kind 预算/决算 in outputs without
document_type) and anything else is labelled with its own document_type. Prints a Markdown table; --list prints each miss.
Standard library only.
"""
import argparse
import csv
import os
import re
import sys
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = os.path.join(HERE, "..", "src", "test", "resources", "cities-truth.csv")

AMOUNTS = [
    ("income total", "income_total_wan", "income_wan"),
    ("expenditure total", "expenditure_total_wan", "expenditure_wan"),
    ("三公 total", "three_public_wan", "three_public_wan"),
    ("basic expenditure", "basic_wan", "basic_wan"),
    ("project expenditure", "project_wan", "project_wan"),
]
BUDGET_KINDS = {"budget", "final-accounts"}


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def amount(text):
    try:
        return Decimal(text.replace(",", "")) if text.strip() else None
    except InvalidOperation:
        return None


def fold(name):
    name = re.sub(r"\s+", "", name)
    return name.replace("(", "（").replace(")", "）")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("run")
    p.add_argument("--truth", default=TRUTH)
    p.add_argument("--list", action="store_true", help="print every miss")
    a = p.parse_args()
    docs = {os.path.basename(d["path"]): d for d in read(os.path.join(a.run, "documents.csv"))}
    truth = read(a.truth)
    tally = {}
    misses = []

    def count(measure, ok, name, detail):
        right, total = tally.get(measure, (0, 0))
        tally[measure] = (right + (1 if ok else 0), total + 1)
        if not ok:
            misses.append("%s | %s | %s" % (measure, name, detail))

    for t in truth:
        name = t["files"].split(";")[0]
        d = docs.get(name)
        if d is None:
            continue
        is_budget = t["kind"] in BUDGET_KINDS
        said = d.get("document_type", "")
        if not is_budget:
            # Labelled as what it is: a documents.csv without document_type labels nothing.
            count("non-budget files labelled so", said != "" and said not in BUDGET_KINDS, name,
                  "truth %s, read %s" % (t["kind"], said or "(no label)"))
            continue
        count("budgets read as budgets", said in BUDGET_KINDS or said == "" and d.get("kind", "") in ("预算", "决算"), name,
              "truth %s, read %s %s" % (t["kind"], said, d.get("kind", "")))
        count("unit", fold(d["unit"]) == fold(t["unit"]), name, "truth %s, read %s" % (t["unit"], d["unit"] or "(empty)"))
        count("year", d["year"] == t["year"], name, "truth %s, read %s" % (t["year"], d["year"]))
        for label, tcol, dcol in AMOUNTS:
            want = amount(t[tcol])
            if want is None:
                continue
            got = amount(d[dcol])
            count(label, got is not None and abs(got - want) < Decimal("0.005"), name,
                  "truth %s, read %s" % (t[tcol], d[dcol] or "(empty)"))
    print("| measure | right | checked | share |")
    print("|---|---|---|---|")
    for measure, (right, total) in tally.items():
        print("| %s | %d | %d | %.1f%% |" % (measure, right, total, 100.0 * right / total))
    if a.list:
        for m in misses:
            print(m, file=sys.stderr)


if __name__ == "__main__":
    main()
