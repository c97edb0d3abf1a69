#!/bin/bash
# The HTML report at scale: an analyze output folder copied TIMES over (ids and paths made distinct,
# each finding repeated FINDINGS times, the JSON hard-linked), then `report --out` timed with
# /usr/bin/time and the index opened in headless Chromium (process start included), three times.
#
# Usage: scripts/bench-report.sh <analyze-output> <work-folder> [TIMES=10] [FINDINGS=4]
# Example (BENCHMARKS.md): generate -n 1000 --seed 90901 --formats txt --faults 0.3
#   --fault-kinds peer-outlier, analyze --no-report, then this script with 10 and 4.
set -euo pipefail
SRC=$1; WORK=$2; TIMES=${3:-10}; FINDINGS=${4:-4}
JAR=${JAR:-target/disclosure-lens.jar}
rm -rf "$WORK"; mkdir -p "$WORK/json"
python3 - "$SRC" "$WORK" "$TIMES" "$FINDINGS" <<'PY'
import csv, os, sys
src, dst, times, findings = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
ID = {"id", "document_id", "document_a", "document_b"}
PATH = {"path", "path_a", "path_b", "same_as"}
for name in ["documents.csv", "anomalies.csv", "panel.csv", "outliers.csv", "reuse.csv"]:
    p = os.path.join(src, name)
    if not os.path.exists(p):
        continue
    with open(p, encoding="utf-8-sig", newline="") as h:
        r = csv.reader(h); head = next(r); data = list(r)
    ids = [i for i, h in enumerate(head) if h in ID]
    paths = [i for i, h in enumerate(head) if h in PATH]
    with open(os.path.join(dst, name), "w", encoding="utf-8-sig", newline="") as h:
        w = csv.writer(h, lineterminator="\n"); w.writerow(head)
        for k in range(times):
            for row in data:
                row = list(row)
                for i in ids:
                    row[i] = "%x" % k + row[i][1:] if row[i] else ""
                for i in paths:
                    row[i] = f"{k}/{row[i]}" if row[i] else ""
                for _ in range(findings if name == "anomalies.csv" else 1):
                    w.writerow(row)
for f in os.listdir(os.path.join(src, "json")):
    for k in range(times):
        os.link(os.path.join(src, "json", f), os.path.join(dst, "json", "%x" % k + f[1:]))
PY
/usr/bin/time -f "report: %e s wall, %U+%S s CPU, %M KB peak RSS" java ${JAVA_OPTS:-} -jar "$JAR" report --out "$WORK"
ls -l "$WORK/report/index.html" "$WORK/report/data.js"
if [ -x /usr/bin/chromium ]; then
  for i in 1 2 3; do
    rm -rf "$WORK/profile"
    s=$(date +%s.%N)
    timeout 300 /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$WORK/profile" \
      --virtual-time-budget=5000 --dump-dom "file://$(realpath "$WORK")/report/index.html" > "$WORK/index.dom" 2>/dev/null || true
    echo "chromium: $(echo "$(date +%s.%N) - $s" | bc) s, $(grep -o '<canvas' "$WORK/index.dom" | wc -l) charts drawn, $(grep -o '[0-9]* 行 rows' "$WORK/index.dom" | head -1)"
  done
fi
