#!/usr/bin/env python3
"""How many cells of the generated 绩效目标表 analyze reads right, per format.

Usage: scripts/performance-accuracy.py CORPUS OUT [--list]

CORPUS is a folder written by `generate` (its .ground-truth.json must hold details, i.e. no
--no-details); OUT is `analyze CORPUS --out OUT`. For every project the generator wrote, it
compares what projects.csv, spending_plan.csv and indicators.csv say with the truth: the code,
name, 预算数, 财政资金, 其他资金, the four plan shares, and the six cells of every indicator row
(一级, 二级, 三级指标, 描述, 指标值, 依据). A project not found counts all its cells as wrong.
Money is compared in 万元 at two decimals, text with white space removed. --list prints each miss.
"""
import csv
import json
import re
import sys
from collections import defaultdict
from decimal import Decimal
from pathlib import Path


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def text(value):
    return re.sub(r"\s+", "", value or "")


def wan(yuan):
    return (Decimal(str(yuan)) / 10000).quantize(Decimal("0.01"))


def money(value):
    try:
        return Decimal(value).quantize(Decimal("0.01"))
    except Exception:
        return None


def percent(value):
    if value in (None, ""):
        return ""
    return str(Decimal(str(value)).quantize(Decimal("0.01")))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    corpus, out = Path(args[0]), Path(args[1])
    truth = json.loads((corpus / ".ground-truth.json").read_text(encoding="utf-8"))
    ids = {Path(r["path"]).name: r["id"] for r in read(out / "documents.csv")}
    projects = defaultdict(dict)
    for r in read(out / "projects.csv"):
        projects[r["document_id"]][r["code"]] = r
    plans = defaultdict(dict)
    for r in read(out / "spending_plan.csv"):
        plans[(r["document_id"], r["code"])][r["period"]] = r["percent"]
    indicators = defaultdict(list)
    for r in read(out / "indicators.csv"):
        indicators[(r["document_id"], r["code"])].append(r)
    right, total = defaultdict(int), defaultdict(int)
    misses = []
    for d in truth["documents"]:
        for fmt, name in d["files"].items():
            doc = ids.get(name)
            for p in d["details"]["projects"]:
                got = projects.get(doc, {}).get(p["code"], {})
                key = (doc, p["code"])
                cells = [("code", p["code"], got.get("code", "")), ("name", text(p["name"]), text(got.get("name"))),
                         ("budget", wan(p["budget"]), money(got.get("budget_wan", ""))),
                         ("fiscal", wan(p["fiscal"]), money(got.get("fiscal_wan", ""))),
                         ("other", wan(p["other"]), money(got.get("other_wan", "")))]
                for period, share in zip(["3月底", "6月底", "10月底", "12月底"], p["plan"]):
                    cells.append(("plan " + period, percent(share), percent(plans.get(key, {}).get(period) or None)))
                rows = indicators.get(key, [])
                for i, ind in enumerate(p["indicators"]):
                    row = rows[i] if i < len(rows) else {}
                    for field, column in [("level1", "level1"), ("level2", "level2"), ("name", "level3"),
                                          ("description", "description"), ("value", "value"), ("basis", "basis")]:
                        cells.append((f"indicator {i + 1} {field}", text(ind[field]), text(row.get(column))))
                for what, expected, read_ in cells:
                    total[fmt] += 1
                    if expected == read_:
                        right[fmt] += 1
                    else:
                        misses.append(f"{name}\t{p['code']}\t{what}\texpected {expected!s}\tread {read_!s}")
    print("| format | cells | read right | share |")
    print("|---|---:|---:|---:|")
    for fmt in sorted(total):
        print(f"| {fmt} | {total[fmt]} | {right[fmt]} | {100.0 * right[fmt] / total[fmt]:.2f}% |")
    if listing:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
