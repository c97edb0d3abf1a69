#!/usr/bin/env python3
"""Planted faults found, and flags raised where nothing was planted, on a generated corpus.

Usage: scripts/fault-recall.py CORPUS OUT [--list]

CORPUS is a folder written by `generate`; OUT is `analyze CORPUS --out OUT`. A planted fault is
found in a format when the document's file in that format has a warning or error of a rule meant
for its kind (the table below, the same as GeneratedFaultsTest's; a copy is also found by the
corpus's copy-paste rule), or an info of one of the rules that are info by default (INFO_RULES). A document is clean when nothing was planted in it (no fault, no copy
but its own series'); every warning or error on a clean document is listed as a false flag.
PEER-OUTLIER, an info, is counted apart on clean documents, and a peer-outlier fault only where the
document was compared with peers. A copy-paste finding, which the corpus step raises once per document (on the first of its files,
documents.csv's same_as), counts for each of the document's files. --list prints each missed fault
and each false flag.
"""
import csv
import json
import sys
from collections import defaultdict
from pathlib import Path

RULES = {
    "arithmetic": {"ARITH-PROSE-TOTAL", "ARITH-THREE-PUBLIC-TOTAL", "ARITH-ASSETS-TOTAL", "ARITH-TABLE-HIERARCHY",
                   "ARITH-TABLE-TOTAL-ROW", "ARITH-TABLE-COLUMNS", "ARITH-OPERATING-VS-PUBLIC"},
    "plan-not-100": {"PLAN-UNDER-100"},
    "wrong-county-code": {"CODE-FOREIGN-DIVISION"},
    "copied-from-county": {"PLACE-FOREIGN", "COPY-RARE-PASSAGE"},
    "copied-from-kind": {"DOMAIN-FOREIGN", "PLACE-FOREIGN", "COPY-RARE-PASSAGE"},
    "copied-duty": {"COPY-RARE-PASSAGE", "PLACE-FOREIGN"},
    "copied-indicators": {"COPY-RARE-PASSAGE", "PLACE-FOREIGN"},
    "stale-text": {"COPY-STALE-TEXT"},
    "year-title": {"TEXT-YEAR-MISMATCH"},
    "cross-table": {"ARITH-CROSS-TABLE"},
    "empty-table": {"TEXT-EMPTY-TABLE"},
    "reason-direction": {"TEXT-REASON-DIRECTION"},
    "doubled-punctuation": {"DRAFT-DOUBLED-PUNCTUATION"},
    "compare-year": {"TEXT-COMPARISON-YEAR"},
    "negative-amount": {"CELL-NEGATIVE-AMOUNT"},
    "share-over-100": {"CELL-SHARE-OVER-100"},
    "toc-table": {"COMPLETENESS-TOC-TABLE"},
    "final-direction": {"TEXT-FINAL-DIRECTION"},
    "placeholder-indicators": {"IND-EMPTY-VALUE", "IND-BOILERPLATE"},
    "procurement-contradiction": {"PROC-CONTRADICTION"},
    "peer-outlier": {"PEER-OUTLIER"},
    "shared-passage": {"PLACE-FOREIGN", "COPY-RARE-PASSAGE"},
}


CORPUS_RULES = {"COPY-RARE-PASSAGE"}
# Rules whose findings are info by default: their kinds are found at any severity.
INFO_RULES = {"DRAFT-DOUBLED-PUNCTUATION", "PEER-OUTLIER"}
# Kinds found only where the document was compared with peers: a peer-outlier in a group of fewer
# than 9 documents of its kind and year is counted apart (outliers.csv has no row of its 三公 share).
COMPARED = {"peer-outlier": "three_public_share"}


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    corpus, out = Path(args[0]), Path(args[1])
    truth = json.loads((corpus / ".ground-truth.json").read_text(encoding="utf-8"))
    documents = read(out / "documents.csv")
    ids = {Path(r["path"]).name: r["id"] for r in documents}
    flags = defaultdict(list)
    infos = defaultdict(set)
    for r in read(out / "anomalies.csv"):
        if r["severity"] in ("warning", "error"):
            flags[r["document_id"]].append(r)
        elif r["rule"] in INFO_RULES:
            infos[r["document_id"]].add(r["rule"])
    # The corpus step reports a copy once per document: on the first of its files (same_as).
    by_path = {r["path"]: r["id"] for r in documents}
    for r in documents:
        if r.get("same_as"):
            first = by_path.get(r["same_as"], r["same_as"])
            flags[r["id"]] += [f for f in flags.get(first, []) if f["rule"] in CORPUS_RULES]
    files = {d["id"]: d["files"] for d in truth["documents"]}
    planted = {f["document"] for f in truth["faults"]}
    planted |= {s["target"] for s in truth["sharedPassages"] if s["reason"] != "series"}
    compared = defaultdict(set)
    if (out / "outliers.csv").exists():
        for r in read(out / "outliers.csv"):
            compared[r["measure"]].add(r["document_id"])
    found, total, uncompared = defaultdict(int), defaultdict(int), defaultdict(int)
    missed = []
    for fault in truth["faults"]:
        for fmt, name in files[fault["document"]].items():
            key = (fault["kind"], fmt)
            if fault["kind"] in COMPARED and ids.get(name) not in compared[COMPARED[fault["kind"]]]:
                uncompared[fmt] += 1
                continue
            total[key] += 1
            rules = {r["rule"] for r in flags.get(ids.get(name), [])} | infos.get(ids.get(name), set())
            if rules & RULES[fault["kind"]]:
                found[key] += 1
            else:
                missed.append(f"missed\t{name}\t{fault['id']}\t{fault['kind']}\t{fault.get('where', '')}")
    clean_docs, false_flags, false_outliers = defaultdict(int), defaultdict(int), defaultdict(int)
    falses = []
    for d in truth["documents"]:
        if d["id"] in planted:
            continue
        for fmt, name in d["files"].items():
            clean_docs[fmt] += 1
            if "PEER-OUTLIER" in infos.get(ids.get(name), set()):
                false_outliers[fmt] += 1
                falses.append(f"false\t{name}\tPEER-OUTLIER\tinfo")
            for r in flags.get(ids.get(name), []):
                false_flags[fmt] += 1
                falses.append(f"false\t{name}\t{r['rule']}\t{r['severity']}\t{r['message_zh'][:120]}")
    formats = sorted({fmt for _, fmt in total} | set(clean_docs))
    print("| fault kind | " + " | ".join(formats) + " |")
    print("|---|" + "---:|" * len(formats))
    for kind in RULES:
        cells = []
        for fmt in formats:
            t = total.get((kind, fmt), 0)
            cells.append(f"{found.get((kind, fmt), 0)}/{t} ({100.0 * found.get((kind, fmt), 0) / t:.1f}%)" if t else "-")
        print(f"| {kind} | " + " | ".join(cells) + " |")
    print(f"| clean documents: warnings/errors | "
          + " | ".join(f"{false_flags[fmt]} on {clean_docs[fmt]}" for fmt in formats) + " |")
    if any(uncompared.values()) or any(k == "peer-outlier" for k, _ in total):
        print(f"| peer-outlier not compared (fewer than 9 of its kind and year) | "
              + " | ".join(str(uncompared[fmt]) for fmt in formats) + " |")
        print(f"| clean documents: PEER-OUTLIER (info) | "
              + " | ".join(f"{false_outliers[fmt]} on {clean_docs[fmt]}" for fmt in formats) + " |")
    if listing:
        print("\n".join(missed + falses))


if __name__ == "__main__":
    main()
