#!/usr/bin/env python3
"""Summarises a Spark event log (a file, or a folder holding one, rolled or zstd-compressed as Spark 4
writes them): wall time per job description (the job sets one per phase), and the longest stages
with their task run time and shuffle bytes. Used by scripts/bench-spark.sh.

    python3 scripts/spark-events.py <event log file or folder>
"""
import json
import os
import subprocess
import sys


def lines(path):
    """The event log's lines, from every events file of a rolled log, in order."""
    if os.path.isdir(path):
        names = sorted(n for n in os.listdir(path) if not n.startswith(".") and not n.startswith("appstatus"))
        for name in names:
            yield from lines(os.path.join(path, name))
        return
    if path.endswith(".zstd") or path.endswith(".zst"):
        text = subprocess.run(["zstd", "-dc", path], check=True, capture_output=True).stdout.decode("utf-8")
        yield from text.splitlines()
        return
    with open(path, encoding="utf-8") as f:
        yield from f


def main(path):
    if os.path.isdir(path) and not any(n.startswith("events_") for n in os.listdir(path)):
        path = os.path.join(path, sorted(n for n in os.listdir(path) if not n.startswith("."))[0])
    jobs, stages = {}, {}
    for line in lines(path):
        if not line.strip():
            continue
        e = json.loads(line)
        kind = e.get("Event")
        if kind == "SparkListenerJobStart":
            desc = (e.get("Properties") or {}).get("spark.job.description", "?")
            jobs[e["Job ID"]] = [desc, e["Submission Time"], None]
        elif kind == "SparkListenerJobEnd":
            jobs[e["Job ID"]][2] = e["Completion Time"]
        elif kind == "SparkListenerStageCompleted":
            info = e["Stage Info"]
            acc = {a.get("Name"): a.get("Value", 0) for a in info.get("Accumulables", [])}
            stages[info["Stage ID"]] = (info["Stage Name"], (info["Completion Time"] - info["Submission Time"]) / 1000,
                                        info.get("Number of Tasks", 0), acc.get("internal.metrics.executorRunTime", 0) / 1000,
                                        acc.get("internal.metrics.shuffle.write.bytesWritten", 0))
    by = {}
    for desc, start, end in jobs.values():
        by.setdefault(desc, [0, 0.0])
        by[desc][0] += 1
        by[desc][1] += ((end or start) - start) / 1000
    print()
    print("| job description | Spark jobs | wall s |")
    print("|---|---|---|")
    for desc, (count, secs) in by.items():
        print(f"| {desc} | {count} | {secs:.1f} |")
    print()
    print("| stage (longest five) | wall s | tasks | task run time s | shuffle written MB |")
    print("|---|---|---|---|---|")
    for name, secs, tasks, run, shuffle in sorted(stages.values(), key=lambda s: -s[1])[:5]:
        print(f"| {name} | {secs:.1f} | {tasks} | {run:.1f} | {shuffle / 1e6:.1f} |")
    print()


if __name__ == "__main__":
    main(sys.argv[1])
