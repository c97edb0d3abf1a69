#!/bin/bash
# The README's screenshots (docs/report-index.png, docs/report-document.png): the report of
# `analyze corpus/` opened in headless Chromium, the index and corpus/real 012's page.
# Usage: scripts/screenshots.sh [analyze-output, default output/]
set -euo pipefail
OUT=${1:-output}
[ -f "$OUT/report/index.html" ] || java -jar target/disclosure-lens.jar analyze corpus/ --out "$OUT" -q
ID=$(python3 -c "
import csv, sys
for r in csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')):
    if r['path'].startswith('real/012_'):
        print(r['id']); break" "$OUT/documents.csv")
PROFILE=$(mktemp -d)
shot() {
  rm -rf "$PROFILE"/*
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars --user-data-dir="$PROFILE" \
    --virtual-time-budget=5000 --window-size=1280,1500 --screenshot="$2" "file://$(realpath "$OUT")/report/$1" 2>/dev/null
}
shot index.html docs/report-index.png
shot "doc/$ID.html" docs/report-document.png
rm -rf "$PROFILE"
