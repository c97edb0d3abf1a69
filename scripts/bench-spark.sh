#!/usr/bin/env bash
# The Spark job (issue 17) against `analyze` and plain Tika on one generated corpus, run one after the
# other on this machine: wall time, CPU (user + system of the whole process tree), peak RSS, and the
# Spark job's phases and per-stage times from its event log. Prints a Markdown report.
#
#   mvn -B -q package -DskipTests && scripts/bench-spark.sh [documents=10000] [work=corpus-big/spark]
#
# The corpus is generated once (`generate`, seed 1, faults 0.3, text files) and reused. Spark runs in
# local mode, where the driver and the executor are one JVM: its peak RSS is the executor's.
# `analyze` runs a supervisor and a worker JVM; GNU time's peak is the larger of the two.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
work=${2:-corpus-big/spark}
jar=target/disclosure-lens.jar
[ -f "$jar" ] && [ -f spark/target/classpath.txt ] || mvn -B -q package -DskipTests
mkdir -p "$work"
corpus="$work/generated-$n"
if ! [ -d "$corpus" ]; then
  java -jar "$jar" generate --count "$n" --seed 1 --faults 0.3 --formats txt --out "$corpus" >/dev/null
fi

# label, command...: runs it, prints "| label | wall s | cpu s | peak MB |"
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/$label.time" "$@" >"$work/$label.log" 2>&1 \
    || { echo "$label failed: see $work/$label.log" >&2; exit 1; }
  read -r e u s m < "$work/$label.time"
  awk -v l="$label" -v e="$e" -v u="$u" -v s="$s" -v m="$m" \
    'BEGIN { printf "| %s | %.1f | %.1f | %.0f |\n", l, e, u + s, m / 1024 }'
}

echo "## Spark job on $n generated text disclosures ($(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo))"
echo
echo "| run | wall s | CPU s | peak RSS MB |"
echo "|---|---|---|---|"
measure "tika-2-threads" java -Xmx1g -jar "$jar" bench-tika "$corpus" --threads 2
rm -rf "$work/analyze-out"
measure "analyze-2-threads" java -Xmx1g -jar "$jar" analyze "$corpus" --out "$work/analyze-out" --threads 2 --no-report --quiet
for cores in 1 2; do
  out="$work/spark-out-$cores"; events="$work/events-$cores"
  rm -rf "$out" "$events"; mkdir -p "$events"
  SPARK_LOCAL_JAVA_OPTS="-Xmx4g -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file://$(realpath "$events") \
    -Dspark.eventLog.compress=false -Dspark.eventLog.rolling.enabled=false" \
    measure "spark-local-$cores" scripts/spark-local.sh "$corpus" "$out" "$cores" --csv
done
echo
for cores in 1 2; do
  echo "### local[$cores]: phases (the job's own clock) and Spark jobs (event log)"
  echo
  grep -E '^  [a-zA-Z]' "$work/spark-local-$cores.log" | sed 's/^  /- /'
  python3 scripts/spark-events.py "$work/events-$cores"
done
for cores in 1 2; do
  if cmp -s "$work/analyze-out/anomalies.csv" "$work/spark-out-$cores/anomalies.csv" \
     && cmp -s "$work/analyze-out/documents.csv" "$work/spark-out-$cores/documents.csv"; then
    echo "local[$cores]: anomalies.csv and documents.csv byte-identical to analyze's"
  else
    echo "local[$cores]: anomalies.csv or documents.csv DIFFERS from analyze's"
  fi
done
