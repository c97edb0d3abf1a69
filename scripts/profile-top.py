#!/usr/bin/env python3
"""Summarises async-profiler's collapsed stacks (scripts/profile.sh) as Markdown: the share of all
samples in each stage of analyze (inclusive: a stage's callees count to it), in the JIT compiler and
in GC, then the frames with the most samples of their own (the top of a flame graph).

    python3 scripts/profile-top.py OUT/profile.collapsed [N]
"""
import collections
import sys

# (label, frames any of which puts a sample in the stage; a mark ending in '/' is a package: any of its
# frames). Nested stages are indented; their share is of all samples too, not of their parent.
STAGES = [
    ("JIT compiler threads", ["CompileBroker::compiler_thread_loop"]),
    ("GC threads", ["GangWorker::run", "ConcurrentGCThread::run", "G1ConcurrentRefineThread::run_service"]),
    ("analysis of each document (`Analyzer.analyze`)", ["org/disclosurelens/pipeline/Analyzer.analyze"]),
    ("· reading the file (`DocumentExtractor.extract`)", ["org/disclosurelens/extract/DocumentExtractor.extract"]),
    ("·· type detection (Tika's MIME magic, container detectors)", ["org/disclosurelens/extract/FormatDetector.detect"]),
    ("·· PDF text with positions (one `PDFTextStripper` pass)", ["org/apache/pdfbox/text/PDFTextStripper.writeText"]),
    ("··· fonts loaded (`PDFontFactory.createFont`: embedded font programs inflated and parsed)",
     ["org/apache/pdfbox/pdmodel/font/PDFontFactory.createFont"]),
    ("··· the position sort (`setSortByPosition`)", ["org/apache/pdfbox/text/TextPositionComparator.compare"]),
    ("·· OCR of pages without a text layer", ["org/disclosurelens/extract/scan/ScanReader.read",
                                              "org/disclosurelens/extract/scan/RapidOcr.read"]),
    ("· outline (`StructureParser`)", ["org/disclosurelens/structure/StructureParser.parse"]),
    ("· tables and prose figures (`DataExtractor`)", ["org/disclosurelens/data/DataExtractor.extract"]),
    ("· audit rules (`Checker.check`)", ["org/disclosurelens/check/Checker.check"]),
    ("CSV views and JSON into the cache (`ResultCache.put`)", ["org/disclosurelens/batch/ResultCache.put"]),
    ("· the JSON (`JsonExport.write`)", ["org/disclosurelens/export/JsonExport.write"]),
    ("corpus steps (`CorpusSteps.run` and the code of copy detection, year over year and peers, on any thread)",
     ["org/disclosurelens/cli/CorpusSteps.run", "org/disclosurelens/reuse/", "org/disclosurelens/series/",
      "org/disclosurelens/compare/"]),
]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    total = 0
    stages = collections.Counter()
    own = collections.Counter()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            stack, _, count = line.rstrip("\n").rpartition(" ")
            if not stack:
                continue
            n = int(count)
            frames = stack.split(";")
            total += n
            own[frames[-1]] += n
            present = set(frames)
            packages = {f[:f.rfind("/") + 1] for f in present if "/" in f}
            for label, marks in STAGES:
                if any(m in packages if m.endswith("/") else m in present for m in marks):
                    stages[label] += n
    if total == 0:
        print("no samples in " + path)
        return
    print(f"{total} samples.")
    print()
    print("| where (inclusive) | share of all samples |")
    print("|---|---:|")
    for label, _ in STAGES:
        print(f"| {label} | {100 * stages[label] / total:.1f}% |")
    print()
    print(f"| top {top} frames by own samples | share |")
    print("|---|---:|")
    for frame, n in own.most_common(top):
        print(f"| `{name(frame)}` | {100 * n / total:.1f}% |")


def name(frame):
    """A frame as a reader knows it: Java's with dots, a native template's cut short."""
    if "/" in frame and not frame.startswith("/"):
        frame = frame.replace("/", ".")
    return frame if len(frame) <= 90 else frame[:87] + "..."


if __name__ == "__main__":
    main()
