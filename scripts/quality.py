#!/usr/bin/env python3
"""Precision of warnings and errors from the judged-findings file, per corpus and rule family.

    python3 scripts/quality.py                       # every judging round in the file
    python3 scripts/quality.py --round first-run     # one round
    python3 scripts/quality.py --run out/ --corpus cities
        # a run of `analyze` (its anomalies.csv and documents.csv) against the verdicts: each
        # warning/error is judged true, judged false, or not judged yet

Prints Markdown tables for docs/quality.md. Standard library only.
"""
import argparse
import collections
import csv
import os
import re
import sys

FAMILIES = [
    ("arithmetic", ("ARITH-", "PLAN-")),
    ("text against tables, percentages, reasons", ("TEXT-",)),
    ("indicators", ("IND-",)),
    ("place, domain, procurement, assets", ("PLACE-", "DOMAIN-", "CODE-", "PROC-", "STATE-ASSET-")),
    ("copy-paste", ("COPY-",)),
    ("drafting", ("DRAFT-",)),
    ("completeness", ("COMPLETENESS-",)),
]

HERE = os.path.dirname(os.path.abspath(__file__))
JUDGED = os.path.join(HERE, "..", "src", "test", "resources", "judged-findings.csv")


def family(rule):
    for name, prefixes in FAMILIES:
        if rule.startswith(prefixes):
            return name
    return "other"


def evidence_key(text):
    """The key the tests match findings on: the evidence without white space, first 80 characters."""
    return re.sub(r"\s+", "", text)[:80]


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def pct(true, judged):
    return "-" if judged == 0 else "%.1f%%" % (100.0 * true / judged)


def table(counts, title):
    lines = ["| %s | judged | true | false | unsure | precision |" % title, "|---|---|---|---|---|---|"]
    total = collections.Counter()
    for name, _ in FAMILIES + [("other", ())]:
        c = counts.get(name)
        if not c:
            continue
        judged = c["true"] + c["false"] + c["unsure"]
        lines.append("| %s | %d | %d | %d | %d | %s |" % (name, judged, c["true"], c["false"], c["unsure"], pct(c["true"], judged)))
        total.update(c)
    judged = total["true"] + total["false"] + total["unsure"]
    lines.append("| **all** | %d | %d | %d | %d | **%s** |" % (judged, total["true"], total["false"], total["unsure"], pct(total["true"], judged)))
    return "\n".join(lines)


def verdict_tables(rows, rounds):
    by_corpus = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
    causes = collections.defaultdict(collections.Counter)
    for r in rows:
        if rounds and r["judged"] not in rounds:
            continue
        by_corpus[r["corpus"]][family(r["rule"])][r["verdict"]] += 1
        if r["verdict"] == "false":
            causes[r["corpus"]][r["cause"]] += 1
    out = []
    for corpus in sorted(by_corpus):
        out.append("### %s\n\n%s\n" % (corpus, table(by_corpus[corpus], "family")))
        out.append("False findings by cause: " + ", ".join("%s %d" % kv for kv in causes[corpus].most_common()) + "\n")
    return "\n".join(out)


def run_tables(rows, run, corpus):
    """Each warning/error of a run, matched to the verdicts on (file, rule, evidence key, other file)."""
    docs = read(os.path.join(run, "documents.csv"))
    files = {}
    for d in docs:
        files.setdefault(d["id"], os.path.basename(d["path"]))
    verdicts = {}
    for r in rows:
        if r["corpus"] == corpus:
            verdicts[(r["file"], r["rule"], r["evidence"], r["source_file"])] = r["verdict"]
    counts = collections.defaultdict(collections.Counter)
    unjudged = []
    new_rows = []
    seen = set()
    for a in read(os.path.join(run, "anomalies.csv")):
        if a["severity"] not in ("warning", "error"):
            continue
        source = a["source"].split(" ")[0] if a["source"] else ""
        key = (files.get(a["document_id"], ""), a["rule"], evidence_key(a["evidence"]), files.get(source, ""))
        occurrence = (a["document_id"], a["rule"], a["page"], a["line"], a["evidence"], a["source"], a["message_zh"])
        if occurrence in seen:
            continue  # the same finding on a second copy of a file (same content, same id)
        seen.add(occurrence)
        v = verdicts.get(key)
        if v is None:
            if key not in unjudged:
                new_rows.append({"corpus": corpus, "file": key[0], "rule": a["rule"], "severity": a["severity"],
                                 "page": a["page"], "evidence": key[2], "source_file": key[3], "verdict": "",
                                 "cause": "", "reason": "", "message": a["message_zh"], "judged": ""})
            unjudged.append(key)
            v = "not judged"
        counts[family(a["rule"])][v] += 1
    lines = ["| family | findings | true | false | unsure | not judged | precision (judged) |", "|---|---|---|---|---|---|---|"]
    total = collections.Counter()
    for name, _ in FAMILIES + [("other", ())]:
        c = counts.get(name)
        if not c:
            continue
        judged = c["true"] + c["false"] + c["unsure"]
        lines.append("| %s | %d | %d | %d | %d | %d | %s |" % (name, judged + c["not judged"], c["true"], c["false"], c["unsure"],
                                                            c["not judged"], pct(c["true"], judged)))
        total.update(c)
    judged = total["true"] + total["false"] + total["unsure"]
    lines.append("| **all** | %d | %d | %d | %d | %d | **%s** |" % (judged + total["not judged"], total["true"], total["false"],
                                                                    total["unsure"], total["not judged"], pct(total["true"], judged)))
    for k in dict.fromkeys(unjudged):
        print("not judged: %s | %s | %s | %s" % k, file=sys.stderr)
    return "\n".join(lines), new_rows


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--judged", default=JUDGED)
    p.add_argument("--round", action="append", default=[], help="judging round(s) to count (column judged)")
    p.add_argument("--run", help="an analyze output folder to score against the verdicts")
    p.add_argument("--corpus", default="cities", help="which corpus the run was made on (column corpus)")
    p.add_argument("--unjudged", help="with --run: write the findings not judged yet to this CSV, in the judged file's "
                                      "columns with the verdict empty, to be read against the page and appended")
    a = p.parse_args()
    rows = read(a.judged)
    if a.run:
        text, new_rows = run_tables(rows, a.run, a.corpus)
        print(text)
        if a.unjudged:
            with open(a.unjudged, "w", encoding="utf-8", newline="") as f:
                w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
                w.writeheader()
                w.writerows(new_rows)
    else:
        print(verdict_tables(rows, set(a.round)))


if __name__ == "__main__":
    main()
