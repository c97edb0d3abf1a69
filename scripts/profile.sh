#!/usr/bin/env bash
# Profiles `analyze` on a folder with async-profiler and prints where the CPU goes: the stages of the
# analysis (inclusive shares), the JIT compiler and GC threads, and the top frames by own time (what a
# flame graph shows widest at its top). For BENCHMARKS.md; never part of a test.
#
#   mvn -B -q -pl core package -DskipTests && scripts/profile.sh ../shared/corpus-real target/profile
#
# Usage: scripts/profile.sh [options] INPUT OUT [-- more analyze options]
#   --threads N      analyze's threads [1]: one thread gives one stack per document's work
#   --event E        async-profiler's event [itimer]: itimer needs no perf_events (often refused in
#                    containers); cpu or wall where perf_events are allowed
#   --interval I     sampling interval [10ms]
#   --top N          frames listed [25]
#   --jar FILE       the application jar [target/disclosure-lens.jar]
# OUT gets profile.collapsed (one line a stack: frames root first, ';'-separated, then the sample
# count; any flame graph tool reads it), summary.md, and analysis/ (analyze's output).
#
# analyze runs --in-process (one JVM: the profiler sees the analysis and the corpus steps in one
# process) and --no-report. The profiler is async-profiler 3.0 from Maven Central
# (tools.profiler:async-profiler), unpacked into target/profiler on first use; Linux x64 or arm64.
set -euo pipefail
cd "$(dirname "$0")/.."

threads=1
event=itimer
interval=10ms
top=25
jar=target/disclosure-lens.jar
while [ $# -gt 0 ]; do
    case "$1" in
        --threads) threads=$2; shift 2 ;;
        --event) event=$2; shift 2 ;;
        --interval) interval=$2; shift 2 ;;
        --top) top=$2; shift 2 ;;
        --jar) jar=$2; shift 2 ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        --) break ;;
        -*) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
        *) break ;;
    esac
done
[ $# -ge 2 ] || { echo "usage: scripts/profile.sh [options] INPUT OUT [-- analyze options] (see --help)" >&2; exit 2; }
input=$1
out=$(mkdir -p "$2" && cd "$2" && pwd)
shift 2
[ "${1:-}" != "--" ] || shift
[ -f "$jar" ] || { echo "no $jar: build first with mvn -B -q -pl core package -DskipTests" >&2; exit 1; }

version=3.0
case "$(uname -m)" in
    x86_64) arch=linux-x64 ;;
    aarch64) arch=linux-arm64 ;;
    *) echo "async-profiler's jar has no library for $(uname -m)" >&2; exit 1 ;;
esac
lib=target/profiler/$arch/libasyncProfiler.so
if [ ! -f "$lib" ]; then
    mvn -B -q dependency:copy -Dartifact=tools.profiler:async-profiler:$version -DoutputDirectory=target/profiler
    (cd target/profiler && unzip -q -o "async-profiler-$version.jar" "$arch/libasyncProfiler.so")
fi

rm -rf "$out/analysis"
collapsed=$out/profile.collapsed
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
read -r -a jvm <<< "$JAVA_OPTS"
start=$(date -u +%Y-%m-%dT%H:%M:%SZ)
/usr/bin/time -f "%e %U %S %M" -o "$out/time" \
    java "-agentpath:$PWD/$lib=start,event=$event,interval=$interval,collapsed,file=$collapsed" "${jvm[@]}" \
    -jar "$jar" analyze "$input" --out "$out/analysis" --in-process --no-report --threads "$threads" "$@" \
    > "$out/analyze.log" 2>&1 || { echo "analyze failed, see $out/analyze.log" >&2; exit 1; }
read -r wall user sys rss < "$out/time"
{
    echo "Profile of \`analyze $input --in-process --no-report --threads $threads $*\`"
    echo "($start, $(git rev-parse --short HEAD 2>/dev/null || echo unknown build), $(nproc) cores, async-profiler $version,"
    echo "event $event every $interval): ${wall} s wall, $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }') s CPU,"
    echo "$((rss / 1024)) MiB peak RSS. $(awk '/files:/ { sub(/^.*files: /, ""); print; exit }' "$out/analyze.log")"
    echo
    python3 scripts/profile-top.py "$collapsed" "$top"
} > "$out/summary.md"
cat "$out/summary.md"
