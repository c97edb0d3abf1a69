#!/usr/bin/env bash
# Makes scans of the PDFs of a folder, for OCR tests and measurements: each page rendered at DPI,
# turned 1-2 degrees, speckled, stamped with a red seal, JPEG-compressed, wrapped as an image-only
# PDF of the same name (ScanMaker in src/test/java). Faults are drawn from a seed per file.
#
#   scripts/make-scans.sh SOURCE_DIR OUT_DIR [DPI]
#
# Then: analyze both folders and compare with scripts/ocr-accuracy.py (see BENCHMARKS.md, "OCR").
set -euo pipefail
src=$1
out=$2
dpi=${3:-300}
cd "$(dirname "$0")/.."
mvn -B -q -pl core-tests -am test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/target/classpath.txt" >/dev/null
cp="core-tests/target/test-classes:target/classes:$(cat target/classpath.txt)"
mkdir -p "$out"
seed=1
for pdf in "$src"/*.pdf; do
  java -cp "$cp" org.disclosurelens.extract.scan.ScanMaker "$pdf" "$out/$(basename "$pdf")" "$dpi" "$seed"
  seed=$((seed + 1))
done
