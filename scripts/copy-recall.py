#!/usr/bin/env python3
"""Copies planted between issuers found by the corpus step, and copies it reports that nobody planted.

Usage: scripts/copy-recall.py CORPUS OUT [--list]

CORPUS is a folder written by `generate`; OUT is `analyze CORPUS --out OUT`. A planted copy (a
shared passage of the ground truth between two issuers: copied-from-county, copied-from-kind,
copied-duty, copied-indicators, chosen-pair) is found when reuse.csv has a row across issuers, not template, between
its target and a document that holds the planted text (its source, another document it was planted
in, or for a text of another kind any document of the source's kind, whose model it is), whose
text overlaps the planted one. A file that documents.csv names as another
copy of a document (same_as) stands for that document. Every other such row is a copy nobody
planted: precision is found / (found + those). Prints one Markdown row:
documents | planted | found | recall | reported | unplanted | precision.
--list prints the misses and the unplanted rows. --floor adds a line "floor PLANTED FOUND": the planted
sentences and paragraphs (not indicator rows, whose requirement is a run of rows) that meet the
issue's 40-character floor once punctuation and list numbering are left out, and how many of them
were found.
"""
import csv
import json
import re
import sys
from pathlib import Path


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def fold(text):
    text = re.sub(r"(^|[。；;！!？?\n])\s*(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,3})[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}(?:[、．]|\.(?!\d)))", r"\1", text)
    text = re.sub(r"([全本各])[县区市旗]|[县区市旗](?=委|政府|级)", r"\1X", text)
    return "".join(c.lower() for c in text if c.isalnum())


def overlaps(a, b):
    a, b = fold(a.replace("…", "")), fold(b.replace("…", ""))
    return bool(a) and bool(b) and (a in b or b in a or a[:20] in b or b[:20] in a)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    listing = "--list" in sys.argv
    corpus, out = Path(args[0]), Path(args[1])
    truth = json.loads((corpus / ".ground-truth.json").read_text(encoding="utf-8"))
    documents = read(out / "documents.csv")
    by_path = {Path(r["path"]).name: r for r in documents}
    first_of = {}
    for r in documents:
        first = Path(r["same_as"]).name if r.get("same_as") else Path(r["path"]).name
        first_of[Path(r["path"]).name] = by_path[first]["id"]
    doc_of = {}
    kind_of = {}
    for d in truth["documents"]:
        ids = {first_of[name] for name in d["files"].values() if name in first_of}
        doc_of[d["id"]] = ids
        for i in ids:
            kind_of[i] = d["department"]
    issuer = {d["id"]: (d["identity"]["unit"], d["identity"]["divisionCode"]) for d in truth["documents"]}
    # A passage planted between two documents of one issuer (a chosen pair that is a series) is its
    # own text in another year, no copy.
    planted = [p for p in truth["sharedPassages"] if p["reason"] != "series" and issuer[p["source"]] != issuer[p["target"]]]
    rows = [r for r in read(out / "reuse.csv") if r["template"] == "no" and r["same_series"] == "no"]
    # Who holds a planted text: its source, every document it was planted in, the source's later
    # years that repeat it, and for a text of another kind (a duty, a goal) every document of the
    # source's kind, whose model it is.
    holders = {}
    for p in planted:
        h = holders.setdefault(fold(p["text"]), set())
        h |= doc_of[p["source"]] | doc_of[p["target"]]
    # The source's own other years that print the text unchanged (the generator's series) hold it too:
    # a row between one of them and the target is the copy, seen from the source's next year.
    for p in truth["sharedPassages"]:
        if p["reason"] == "series" and fold(p["text"]) in holders:
            holders[fold(p["text"])] |= doc_of[p["source"]] | doc_of[p["target"]]
    # A text planted whole in one document and in part in another (two or three rows of one
    # table) is held by both.
    for k in list(holders):
        for other in list(holders):
            if k != other and k in other:
                holders[k] = holders[k] | holders[other]
    kind_docs = {}
    for i, k in kind_of.items():
        kind_docs.setdefault(k, set()).add(i)
    used = set()
    misses = []
    found = 0
    floor_planted = floor_found = 0
    for p in planted:
        targets = doc_of[p["target"]]
        h = set(holders[fold(p["text"])])
        if p["reason"] in ("copied-duty", "copied-from-kind", "copied-indicators"):
            for s in doc_of[p["source"]]:
                h |= kind_docs[kind_of[s]]
        hit = False
        for k, r in enumerate(rows):
            pair = {r["document_a"], r["document_b"]}
            if pair & targets and pair <= h | targets and (overlaps(p["text"], r["text_a"]) or overlaps(p["text"], r["text_b"])):
                used.add(k)
                hit = True
        found += hit
        if p["reason"] != "copied-indicators" and len(fold(p["text"])) >= 40:
            floor_planted += 1
            floor_found += hit
        if not hit:
            misses.append(f"missed\t{p['reason']}\t{p['source']}->{p['target']}\t{p['text'][:60]}")
    unplanted = [r for k, r in enumerate(rows) if k not in used]
    reported = found + len(unplanted)
    recall = 100.0 * found / len(planted) if planted else float("nan")
    precision = 100.0 * found / reported if reported else float("nan")
    print(f"| {len(truth['documents'])} | {len(planted)} | {found} | {recall:.1f}% | {len(rows)} | {len(unplanted)} | {precision:.1f}% |")
    if "--floor" in sys.argv:
        print(f"floor {floor_planted} {floor_found}")
    if listing:
        for m in misses:
            print(m)
        for r in unplanted:
            print(f"unplanted\t{r['unit_a']}\t{r['unit_b']}\t{r['text_a'][:60]}")


if __name__ == "__main__":
    main()
