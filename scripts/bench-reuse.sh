#!/usr/bin/env bash
# Benchmark of the corpus-level copy detection (issue 5): wall time, CPU time and peak memory of
# `reuse` on the saved output of `analyze`, at several corpus sizes, and precision and recall of the
# copies planted by `generate`. Run from the repository root after `mvn -B -q package -DskipTests`.
#
#   scripts/bench-reuse.sh                 # 1,000 and 10,000 generated, 50,000 re-issued
#   SIZES="1000" scripts/bench-reuse.sh    # quick
#
# Corpora up to ANALYZED (default 10000) documents are generated (TXT, 30% of documents with a copied
# overall goal) and analysed; larger ones re-issue the largest analysed one under other counties'
# names (scripts/reuse-reissue.py), which exercises the corpus step, not the per-document one, and
# has no ground truth. Everything goes to WORK (default: a new temporary folder), never into the repo.
set -euo pipefail
JAR=${JAR:-target/disclosure-lens.jar}
WORK=${WORK:-$(mktemp -d)}
SIZES=${SIZES:-"1000 10000 50000"}
ANALYZED=${ANALYZED:-10000}
XMX=${XMX:-1g}
THREADS=${THREADS:-2}
SEED=${SEED:-5}
mkdir -p "$WORK"
echo "work folder: $WORK" >&2

measure() { # measure <log> <command...>: runs under /usr/bin/time -v, prints "wall_s cpu_s rss_mib"
    local log=$1; shift
    /usr/bin/time -v "$@" > "$log" 2>&1 || { cat "$log" >&2; exit 1; }
    awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); w=(n==3)?t[1]*3600+t[2]*60+t[3]:t[1]*60+t[2]}
                /User time/ {u=$2} /System time/ {s=$2} /Maximum resident/ {r=$2}
                END {printf "%.1f %.1f %.0f\n", w, u+s, r/1024}' "$log"
}

largest=""
printf "| documents | corpus | pairs aligned | reuse wall s | reuse CPU s | peak RSS MiB | recall | precision |\n"
printf "|---:|---|---:|---:|---:|---:|---:|---:|\n"
for n in $SIZES; do
    out="$WORK/out-$n"
    if [ "$n" -le "$ANALYZED" ]; then
        corpus="$WORK/gen-$n"
        if [ ! -f "$out/documents.csv" ]; then
            java -jar "$JAR" generate -n "$n" --formats txt --faults 0.3 \
                --fault-kinds copied-from-county,copied-from-kind --no-details --seed "$SEED" -o "$corpus" > "$WORK/gen-$n.log"
            java -jar "$JAR" analyze "$corpus" --out "$out" -q --no-reuse --no-report --threads "$THREADS"
        fi
        largest=$out
        kind="generated"
    else
        [ -n "$largest" ] || { echo "no analysed corpus to re-issue from" >&2; exit 1; }
        [ -f "$out/documents.csv" ] || python3 scripts/reuse-reissue.py "$largest" "$out" "$n"
        kind="re-issued"
    fi
    read -r wall cpu rss < <(measure "$WORK/reuse-$n.log" java -Xmx"$XMX" -jar "$JAR" reuse --out "$out")
    pairs=$(grep -o '[0-9]* pairs aligned' "$WORK/reuse-$n.log" | cut -d' ' -f1)
    recall="" precision=""
    if [ "$kind" = generated ]; then
        python3 scripts/reuse-score.py "$corpus" "$out" > "$WORK/score-$n.txt"
        recall=$(grep -o 'recall [0-9.]*' "$WORK/score-$n.txt" | cut -d' ' -f2)
        precision=$(grep -o 'precision [0-9.]*' "$WORK/score-$n.txt" | cut -d' ' -f2)
    fi
    printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n" "$n" "$kind" "$pairs" "$wall" "$cpu" "$rss" "$recall" "$precision"
done
