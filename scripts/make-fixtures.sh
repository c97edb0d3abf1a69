#!/usr/bin/env bash
# Regenerates the renditions of the seed that are committed under corpus/seed/: HTML (with the
# merged cells Tika's text lost), DOCX, DOC, PDF, XLSX, XLS, and the text in GB18030 and UTF-16.
# Needs LibreOffice and a CJK font (Debian: libreoffice-writer-nogui libreoffice-calc-nogui
# fonts-wqy-microhei); CI needs neither, because the outputs are committed.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=target/disclosure-lens.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
command -v soffice >/dev/null || { echo "soffice not found: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui fonts-wqy-microhei" >&2; exit 1; }

seed=corpus/seed/000_2784683f1b3262b7.txt
out=corpus/seed
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work"   # LibreOffice needs a writable profile folder

java -jar "$jar" render "$seed" --html "$work/seed.html" --merge-cells
soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/seed.html" >/dev/null
soffice --headless --convert-to 'doc:MS Word 97' --outdir "$work" "$work/seed.docx" >/dev/null
# PDF from the DOCX, not the HTML: HTML export puts a blank first page (BUILD-NOTES).
soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/seed.docx" >/dev/null
soffice --headless --infilter='HTML (StarCalc)' --convert-to xlsx --outdir "$work" "$work/seed.html" >/dev/null
soffice --headless --infilter='HTML (StarCalc)' --convert-to 'xls:MS Excel 97' --outdir "$work" "$work/seed.html" >/dev/null

cp "$work/seed.html" "$out/seed.html"
for ext in docx doc pdf xlsx xls; do cp "$work/seed.$ext" "$out/seed.$ext"; done
iconv -f UTF-8 -t GB18030 "$seed" > "$out/seed-gb18030.txt"
iconv -f UTF-8 -t UTF-16 "$seed" > "$out/seed-utf16.txt"
ls -l "$out"
