#!/usr/bin/env python3
"""OCR accuracy: compares what `analyze` read from scans with what it read from the originals.

usage: ocr-accuracy.py ORIGINAL_OUT SCAN_OUT [--list]

Both folders are `analyze` outputs of the same files (the scans made by scripts/make-scans.sh keep
the originals' names). Counted per file and page, so a value must be read on its own page:

- table amounts: every numeric cell of tables.csv (commas and spaces dropped, compared as values:
  84.6 is 84.60) in the original, and how many the scan's same page holds (as a multiset): exact
  when found;
- performance-table figures: indicators.csv target values (NFKC: full- and half-width forms alike)
  and projects.csv budgets, the same way;
- a wrong or missing amount counts as "flagged" when its page has a finding of the scan that says
  possibly misread (doubt) or a failing sum (an arithmetic finding) on that page.
"""
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal

NUMBER = re.compile(r"^-?\d[\d,]*(\.\d+)?$")


def rows(folder, name):
    with open(f"{folder}/{name}", encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def amounts(folder):
    """(path, page) -> Counter of the numeric cells of its tables."""
    pages = defaultdict(Counter)
    for r in rows(folder, "tables.csv"):
        text = r["text"].replace(",", "").replace(" ", "")
        if NUMBER.match(text) and r["role"] != "header":
            # The value, not its writing: 84.6 is 84.60 (a cell's codes such as 06 keep their digits).
            value = text if re.match(r"^0\d+$", text) else format(Decimal(text).normalize(), "f")
            pages[(r["path"], r["page"])][value] += 1
    return pages


def performance(folder):
    pages = defaultdict(Counter)
    for r in rows(folder, "projects.csv"):
        for column in ("budget_wan", "fiscal_wan", "other_wan"):
            if r.get(column):
                pages[(r["path"], r["page"])][column + "=" + r[column]] += 1
    for r in rows(folder, "indicators.csv"):
        value = r.get("value", "") or r.get("target", "")
        if re.search(r"\d", value):
            # Full- and half-width forms are one character (（次） and (次)); an apostrophe a
            # spreadsheet left before "=" is not printed.
            written = unicodedata.normalize("NFKC", value).replace(" ", "").lstrip("'")
            pages[(r["path"], r["page"])][written] += 1
    return pages


def flagged_pages(folder):
    flagged = set()
    for r in rows(folder, "anomalies.csv"):
        if r.get("confidence") == "low" or r["category"] == "arithmetic":
            flagged.add((r["path"], r["page"]))
    return flagged


def compare(original, scan, flagged, label, listing):
    total = exact = caught = 0
    misses = []
    for key, expected in sorted(original.items()):
        got = scan.get(key, Counter())
        for value, n in expected.items():
            found = min(n, got.get(value, 0))
            total += n
            exact += found
            if found < n:
                if key in flagged:
                    caught += n - found
                misses.append((key, value, n - found, key in flagged))
    share = 100.0 * exact / total if total else 100.0
    wrong = total - exact
    print(f"{label}: {exact}/{total} exact ({share:.2f}%); {wrong} wrong or missing, {caught} of them on a page"
          f" with a possibly-misread or failing-sum finding")
    if listing:
        for (path, page), value, n, flag in misses:
            print(f"  {path} p{page}: {value} x{n}{'' if flag else '  (not flagged)'}")


def scanned(folder):
    """The paths the scan output holds: only those files are compared."""
    return {r["path"] for r in rows(folder, "documents.csv")}


def only(pages, paths):
    return {key: counts for key, counts in pages.items() if key[0] in paths}


def main():
    original, scan = sys.argv[1], sys.argv[2]
    listing = "--list" in sys.argv
    flagged = flagged_pages(scan)
    paths = scanned(scan)
    print(f"{len(paths)} files")
    compare(only(amounts(original), paths), amounts(scan), flagged, "table amounts", listing)
    compare(only(performance(original), paths), performance(scan), flagged, "performance-table figures", listing)


if __name__ == "__main__":
    main()
