#!/usr/bin/env bash
# Recall and precision of the corpus step on planted copies, at corpus sizes from 2 to 1,000
# documents (issue "Copy-paste an auditor would find"). Generates corpora with copies planted
# between issuers (an overall goal from a department of the same or another kind, one duty of
# another kind's department numbered as the target numbers its own, the first indicator rows of another
# county's project, a chosen pair), analyses each
# and scores reuse.csv with scripts/copy-recall.py. Small sizes are summed over several seeds.
#
#   scripts/bench-copies.sh [work-folder]      (default: a temporary folder)
#   SEED_OFFSET=10000 scripts/bench-copies.sh  (every seed plus 10000: corpora never measured before)
#
# Prints a Markdown table: size | format | corpora | documents | planted | found | recall |
# reported | unplanted | precision. Needs target/disclosure-lens.jar (mvn -q package -DskipTests);
# the pdf rows need LibreOffice (soffice) and are skipped without it.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-target/disclosure-lens.jar}
WORK=${1:-$(mktemp -d)}
OFFSET=${SEED_OFFSET:-0}
COPIES=copied-from-county,copied-from-kind,copied-duty,copied-indicators

run() { # size format seeds faults kinds share...
  local size=$1 format=$2 seeds=$3 faults=$4 kinds=$5; shift 5
  local planted=0 found=0 reported=0 unplanted=0 docs=0 n=0
  for seed in $seeds; do
    seed=$((seed + OFFSET))
    local dir="$WORK/c-$size-$format-$seed"
    rm -rf "$dir" "$dir-out"
    local only=(--fault-kinds "$kinds")
    java -jar "$JAR" generate --count "$size" --seed "$seed" --formats "$format" --faults "$faults" \
      "${only[@]}" --no-details --pdf-batch 50 "$@" --out "$dir" > /dev/null
    java -jar "$JAR" analyze "$dir" --out "$dir-out" -q --no-report > /dev/null
    read -r _ d _ p _ f _ _ _ r _ u _ _ < <(python3 scripts/copy-recall.py "$dir" "$dir-out")
    docs=$((docs + d)); planted=$((planted + p)); found=$((found + f)); reported=$((reported + r)); unplanted=$((unplanted + u)); n=$((n + 1))
  done
  python3 -c "
p, f, r, u = $planted, $found, $reported, $unplanted
print('| $size | $format | $n | $docs | %d | %d | %s | %d | %d | %s |' % (p, f, '%.1f%%' % (100.0 * f / p) if p else '-', r, u,
      '%.1f%%' % (100.0 * f / (f + u)) if f + u else '-'))"
}

echo "| size | format | corpora | documents | planted | found | recall | reported | unplanted | precision |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|"
run 2 txt "$(seq 501 520)" 1 "$COPIES" --share 1:2
run 9 txt "$(seq 601 610)" 0.5 "$COPIES"
run 100 txt 7101 0.5 all
run 1000 txt 7201 0.5 all
run 100 docx 7101 0.5 all
if command -v soffice > /dev/null; then
  run 100 pdf 7101 0.5 all
fi
