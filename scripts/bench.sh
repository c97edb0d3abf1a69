#!/usr/bin/env bash
# Benchmarks `analyze` against plain Tika text extraction (the hidden `bench-tika` command: every file
# through AutoDetectParser into BodyContentHandler(-1)) on the same files, with the same thread count and
# the same JVM options, run one after the other. Prints a Markdown report (the format BENCHMARKS.md
# quotes; keep it stable so reports can be compared) and appends every measurement to a TSV.
#
#   mvn -B -q package -DskipTests && scripts/bench.sh              # full run: hours on two cores
#   scripts/bench.sh --quick                                      # smoke test: minutes
#
# Options (defaults in brackets):
#   --sizes 1000,10000      corpus sizes per format [1000,10000]
#   --text-size N           extra size for the text-only corpus [50000]; 0 to skip
#   --formats txt,docx,...  formats [txt,docx,html,pdf]; pdf needs LibreOffice to generate
#   --threads N             threads for the size runs [2]
#   --real DIR              real PDFs for the ratio and the 1-vs-2-thread runs [../shared/corpus-real]
#   --pdf-files N           those PDFs taken in turn until the folder has N files [1000]
#   --cold-file FILE        also a cold run of this file [DIR/010_sh_putuo_finance_2024_final_accounts.pdf, 25 pages]
#   --work DIR              corpora, outputs and results [corpus-big/bench] (git-ignored)
#   --report FILE           also write the report there
#   --repeat N              runs of each measurement at sizes up to 1000; the median is reported [3]
#   --parts sizes,threads,cold,steps   which measurements to run [all four]; a long run can be split.
#                           steps: the corpus steps' share of analyze's wall time on the smallest text set
#   --no-generate           use the corpora in --work as they are (another run may still be writing them)
#   --jar FILE              the application jar [target/disclosure-lens.jar]; a copy keeps a long run
#                           safe from rebuilds
#   --quick                 --sizes 100 --text-size 0 --repeat 1 --pdf-files 5
# Environment: JAVA_OPTS [-Xmx1g] for every JVM (analyze passes them on to its worker JVM).
#
# Corpora are generated once by `generate` (seed 1, faults 0.3) into --work and reused; a smaller set is
# the first N documents of the larger corpus (document i does not depend on the corpus size), linked
# into --work/sets. Peak memory is the largest sum of the RSS of the command and all its descendants,
# sampled every 0.2 s (analyze runs a supervisor and a worker JVM); CPU is user + system time of the
# whole process tree. On a shared machine wall times are noisy: the load average is recorded with each
# run, and the CPU-time ratio is the steadier figure. The report's last table holds issue 18's targets,
# each as measured in this run. Pipelines end in awk, not head: under pipefail, head closing the pipe
# early kills the writer with SIGPIPE, and set -e then ends the script silently.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=1000,10000
text_size=50000
formats=txt,docx,html,pdf
threads=2
real=../shared/corpus-real
work=corpus-big/bench
report=""
repeat=3
pdf_files=1000
cold_file=""
parts=sizes,threads,cold,steps
generate=yes
jar=target/disclosure-lens.jar
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes=$2; shift 2 ;;
        --text-size) text_size=$2; shift 2 ;;
        --formats) formats=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --real) real=$2; shift 2 ;;
        --pdf-files) pdf_files=$2; shift 2 ;;
        --cold-file) cold_file=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --report) report=$2; shift 2 ;;
        --repeat) repeat=$2; shift 2 ;;
        --parts) parts=$2; shift 2 ;;
        --no-generate) generate=no; shift ;;
        --jar) jar=$2; shift 2 ;;
        --quick) sizes=100; text_size=0; repeat=1; pdf_files=5; shift ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

[ -n "$cold_file" ] || cold_file=$real/010_sh_putuo_finance_2024_final_accounts.pdf
[ -f "$jar" ] || { echo "no $jar: build first with mvn -B -q package -DskipTests" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time; Debian package time)" >&2; exit 1; }
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
read -r -a jvm <<< "$JAVA_OPTS"
mkdir -p "$work/sets" "$work/out"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
tsv="$work/results.tsv"
[ -f "$tsv" ] || printf 'stamp\tcase\ttool\tfiles\tthreads\twall_s\tcpu_s\tpeak_tree_kb\tmax_process_kb\tload_before\tload_after\tnote\n' > "$tsv"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

# --- corpora -------------------------------------------------------------------------------------
largest() { tr ',' '\n' <<< "$1" | sort -n | tail -1; }
has() { tr ',' '\n' <<< "$formats" | grep -qx "$1"; }
part() { tr ',' '\n' <<< "$parts" | grep -qx "$1"; }

generate() { # generate <folder> <count> <formats>; README.md is written last, so it marks a finished corpus
    [ -f "$1/README.md" ] && return 0
    [ "$generate" = yes ] || { log "no finished corpus in $1 (--no-generate): using what is there"; return 0; }
    log "generating $2 documents ($3) into $1"
    local batch=()
    [[ "$3" == *pdf* ]] && batch=(--pdf-batch 100)
    java "${jvm[@]}" -jar "$jar" generate --count "$2" --seed 1 --faults 0.3 --formats "$3" --no-details \
        "${batch[@]}" --out "$1" >&2
}

# subset <format> <n>: a folder of links to the first n documents of that format; prints its path
subset() {
    local format=$1 n=$2 source
    source=$work/gen-$(largest "$sizes")
    if [ "$format" = txt ] && [ "$text_size" -gt 0 ]; then source=$work/gen-txt-$text_size; fi
    local dir=$work/sets/$format-$n
    if [ ! -d "$dir" ] || [ "$(find "$dir" -maxdepth 1 -type l | wc -l)" -ne "$n" ]; then
        rm -rf "$dir"; mkdir -p "$dir"
        find "$source" -maxdepth 1 -name "*.$format" -printf '%f\n' | sort -V | awk -v n="$n" 'NR <= n' |
            while read -r f; do ln -s "$(realpath "$source/$f")" "$dir/$f"; done
    fi
    local found; found=$(find "$dir" -maxdepth 1 -type l | wc -l)
    [ "$found" -eq "$n" ] || { echo "only $found $format files for a set of $n in $source" >&2; return 1; }
    echo "$dir"
}

# --- measuring -----------------------------------------------------------------------------------
tree_rss() { # sum of VmRSS (KB) of $1 and all its descendants
    ps -eo pid=,ppid=,rss= | awk -v root="$1" '
        { parent[$1] = $2; rss[$1] = $3 }
        END { for (p in parent) { q = p; while (q != "" && q != root && q in parent && q != parent[q]) q = parent[q];
                                  if (q == root) sum += rss[p] } print sum + 0 }'
}

# measure <case> <tool> <files> <threads> <command...>: runs it, appends a TSV row, prints "wall cpu peak"
measure() {
    local case=$1 tool=$2 files=$3 t=$4; shift 4
    local timing; timing=$(mktemp)
    local load_before; load_before=$(cut -d' ' -f1 /proc/loadavg)
    local start; start=$(date +%s.%N)
    /usr/bin/time -f '%e %U %S %M' -o "$timing" "$@" > "$timing.out" 2> "$timing.err" &
    local pid=$! peak=0 rss
    while kill -0 "$pid" 2> /dev/null; do
        rss=$(tree_rss "$pid"); [ "$rss" -gt "$peak" ] && peak=$rss
        sleep 0.2
    done
    local status=0; wait "$pid" || status=$?
    local end; end=$(date +%s.%N)
    if [ "$status" -ne 0 ]; then
        echo "failed ($status): $*" >&2; tail -20 "$timing.err" >&2; rm -f "$timing" "$timing.out" "$timing.err"; return 1
    fi
    local wall cpu maxrss note
    read -r _ user sys maxrss < "$timing"
    wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    note=$(tail -1 "$timing.out" | tr '\t' ' ')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$stamp" "$case" "$tool" "$files" "$t" "$wall" "$cpu" \
        "$peak" "$maxrss" "$load_before" "$(cut -d' ' -f1 /proc/loadavg)" "$note" >> "$tsv"
    rm -f "$timing" "$timing.out" "$timing.err"
    echo "$wall $cpu $peak"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# tika <case> <input> <threads> / analyze <case> <input> <threads> <out>: one measured run, "wall cpu peak"
tika() {
    local r; r=$(measure "$1" tika "$files" "$3" java "${jvm[@]}" -jar "$jar" bench-tika "$2" --threads "$3") || exit 1
    echo "$r"
}
analyze() {
    rm -rf "$work/out/$4"
    local r; r=$(measure "$1" analyze "$files" "$3" java "${jvm[@]}" -jar "$jar" analyze "$2" --threads "$3" --no-report \
        --out "$work/out/$4" --quiet) || exit 1
    echo "$r"
}
# The same as bin/disclosure-lens runs it: with the class archive beside the jar (built with
# -DskipTests or -Pcds; the JVM ignores an archive that is not the jar's), which also makes analyze
# take a batch of one or two files in its own JVM.
launched() {
    rm -rf "$work/out/$4"
    local r; r=$(measure "$1" launcher "$files" "$3" java "${jvm[@]}" -XX:SharedArchiveFile="${jar%.jar}.jsa" -Xlog:cds=off \
        -Xlog:cds+dynamic=off -jar "$jar" analyze "$2" --threads "$3" --no-report --out "$work/out/$4" --quiet) || exit 1
    echo "$r"
}

# pair <case> <set> <files> <threads> <runs>: baseline and analyze alternately; prints one result line
pair() {
    local case=$1 set=$2 t=$4 runs=$5 i w c p
    files=$3
    local bw=() bc=() bp=() aw=() ac=() ap=()
    for ((i = 0; i < runs; i++)); do
        read -r w c p <<< "$(tika "$case" "$set" "$t")"; bw+=("$w"); bc+=("$c"); bp+=("$p")
        read -r w c p <<< "$(analyze "$case" "$set" "$t" "$case-t$t")"; aw+=("$w"); ac+=("$c"); ap+=("$p")
    done
    local rows ok
    rows=$(($(wc -l < "$work/out/$case-t$t/documents.csv") - 1))
    ok=$(grep -c ',ok,' "$work/out/$case-t$t/documents.csv" || true)
    echo "$case $files $t $(printf '%s\n' "${bw[@]}" | median) $(printf '%s\n' "${aw[@]}" | median)" \
        "$(printf '%s\n' "${bc[@]}" | median) $(printf '%s\n' "${ac[@]}" | median)" \
        "$(printf '%s\n' "${bp[@]}" | sort -n | tail -1) $(printf '%s\n' "${ap[@]}" | sort -n | tail -1) $rows $ok"
}

# --- the runs ------------------------------------------------------------------------------------
max=$(largest "$sizes")
gen_formats=$(tr ',' '\n' <<< "$formats" | { grep -vx txt || true; } | paste -sd, -)
if has pdf && ! command -v soffice > /dev/null; then
    log "soffice not found: PDF left out (install libreoffice-writer-nogui fonts-wqy-microhei)"
    formats=$(tr ',' '\n' <<< "$formats" | { grep -vx pdf || true; } | paste -sd, -)
    gen_formats=$(tr ',' '\n' <<< "$gen_formats" | { grep -vx pdf || true; } | paste -sd, -)
fi
if has txt && [ "$text_size" -gt 0 ]; then
    generate "$work/gen-txt-$text_size" "$text_size" txt
    [ -n "$gen_formats" ] && generate "$work/gen-$max" "$max" "$gen_formats"
else
    generate "$work/gen-$max" "$max" "$formats"
fi

results=()
for format in $(part sizes && tr ',' ' ' <<< "$formats"); do
    list=$sizes
    [ "$format" = txt ] && [ "$text_size" -gt 0 ] && list="$sizes,$text_size"
    for n in $(tr ',' '\n' <<< "$list" | sort -n | uniq); do
        set=$(subset "$format" "$n")
        runs=1; [ "$n" -le 1000 ] && runs=$repeat
        log "$format $n files, $threads threads, $runs run(s)"
        results+=("$(pair "$format-$n" "$set" "$n" "$threads" "$runs")")
    done
done

threading=()
first=$(tr ',' '\n' <<< "$sizes" | sort -n | awk 'NR == 1')
if ! part threads; then
    :
elif [ -d "$real" ] && ls "$real"/*.pdf > /dev/null 2>&1; then
    # The real PDFs in turn, each copy made byte-distinct by a PDF comment after its end (PDFBox reads
    # the file as before): analyze reads a file with the same bytes as an earlier one only once, so
    # links or plain copies would time 24 analyses against 1,000 extractions.
    set=$work/sets/real-pdf-$pdf_files
    if [ "$(find "$set" -maxdepth 1 -type f -name '*.pdf' 2> /dev/null | wc -l)" -ne "$pdf_files" ]; then
        rm -rf "$set"; mkdir -p "$set"
        mapfile -t reals < <(ls "$real"/*.pdf)
        for ((i = 0; i < pdf_files; i++)); do
            f=${reals[$((i % ${#reals[@]}))]}
            { cat "$f"; printf '\n%% bench copy %d\n' $((i + 1)); } > "$set/$(printf '%05d' $((i + 1)))_$(basename "$f")"
        done
    fi
    runs=1; [ "$pdf_files" -le 100 ] && runs=$repeat
    for t in 1 2; do
        log "real PDFs: $pdf_files files, $t thread(s), $runs run(s)"
        threading+=("$(pair real-pdf "$set" "$pdf_files" "$t" "$runs")")
    done
else
    log "no real PDFs in $real: ratio and 1-vs-2 threads on real files skipped (--real DIR)"
fi
if part threads && has txt; then
    set=$(subset txt "$first")
    for t in 1 2; do
        log "generated text: $first files, $t thread(s)"
        threading+=("$(pair "txt-$first" "$set" "$first" "$t" "$repeat")")
    done
fi

cold=()
cold_cases=()
for format in $(part cold && tr ',' ' ' <<< "$formats"); do
    cold_cases+=("$format $(find "$(subset "$format" "$first")" -maxdepth 1 -type l | sort -V | awk 'NR == 1')")
done
if part cold && [ -f "$cold_file" ]; then
    cold_cases+=("real-pdf $cold_file")
fi
for c in "${cold_cases[@]}"; do
    read -r format one <<< "$c"
    bw=(); aw=(); lw=(); files=1
    for i in 1 2 3; do
        read -r w _ _ <<< "$(tika "cold-$format" "$one" 1)"; bw+=("$w")
        read -r w _ _ <<< "$(analyze "cold-$format" "$one" 1 "cold-$format")"; aw+=("$w")
        read -r w _ _ <<< "$(launched "cold-$format" "$one" 1 "cold-$format")"; lw+=("$w")
    done
    cold+=("$format $(printf '%s\n' "${bw[@]}" | median) $(printf '%s\n' "${aw[@]}" | median) $(printf '%s\n' "${lw[@]}" | median)")
done

# steps_run <set> <threads>: one analyze run that prints its summary lines; prints "wall steps", the
# seconds from its start to its end and from the batch's summary line ("N files: ...", printed when
# the documents are written, before the corpus steps) to its end.
steps_run() {
    local out=$work/out/steps start batch_end="" end line
    rm -rf "$out"
    start=$(date +%s.%N)
    while IFS= read -r line; do
        case "$line" in [0-9]*" files: "*) batch_end=$(date +%s.%N) ;; esac
    done < <(java "${jvm[@]}" -jar "$jar" analyze "$1" --threads "$2" --no-report --out "$out" 2> /dev/null)
    end=$(date +%s.%N)
    [ -n "$batch_end" ] && [ -f "$out/reuse.csv" ] || { echo "analyze failed on $1 (steps part)" >&2; exit 1; }
    awk -v s="$start" -v b="$batch_end" -v e="$end" 'BEGIN { printf "%.2f %.2f\n", e - s, e - b }'
}
steps=()
if part steps && has txt; then
    set=$(subset txt "$first")
    sw=(); ss=()
    for ((i = 0; i < repeat; i++)); do
        log "corpus steps' share: txt $first files, $threads threads, run $((i + 1))"
        read -r w st <<< "$(steps_run "$set" "$threads")"; sw+=("$w"); ss+=("$st")
    done
    steps=("txt-$first $first $(printf '%s\n' "${sw[@]}" | median) $(printf '%s\n' "${ss[@]}" | median)")
fi

# --- the report ----------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.1f", n / s; else print "-" }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
# share <part> <whole>: the part as a whole percentage
share() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f%%", 100 * a / b; else print "-" }'; }
# cpu_target <label> <analyze CPU> <Tika CPU> <limit>: a target row for analyze's CPU over plain Tika's
cpu_target() { echo "| $1: CPU ≤ $4 × plain Tika's | $2 s / $3 s = $(ratio "$2" "$3")× | $(verdict "$(ratio "$2" "$3")" le "$4") |"; }
# verdict <value> <le|ge> <limit>: whether a measured value meets its target
verdict() { awk -v v="$1" -v op="$2" -v lim="$3" 'BEGIN { if (v == "-" || v == "") print "-";
    else if ((op == "le" && v + 0 <= lim + 0) || (op == "ge" && v + 0 >= lim + 0)) print "met"; else print "**not met**" }'; }
{
    echo "## Run of $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores," \
        "$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo); $(uname -sr);" \
        "$(java -version 2>&1 | head -1)"
    echo "- build: $(git rev-parse --short HEAD 2>/dev/null || echo unknown) ($(sha256sum "$jar" | cut -c1-12) $(basename "$jar")); JAVA_OPTS=\`$JAVA_OPTS\`"
    echo "- command: \`scripts/bench.sh --sizes $sizes --text-size $text_size --formats $formats --threads $threads --repeat $repeat --parts $parts\`"
    echo "- load average at start of runs: $(awk -F'\t' -v s="$stamp" '$1 == s { print $10 }' "$tsv" | sort -g | awk '{ v[NR] = $1 } END { printf "min %s, median %s, max %s", v[1], v[int((NR + 1) / 2)], v[NR] }')"
    if [ ${#results[@]} -gt 0 ]; then
    echo
    echo "### analyze / plain Tika, $threads threads"
    echo
    echo "| set | files | Tika s | analyze s | ratio (wall) | Tika CPU s | analyze CPU s | ratio (CPU) | Tika files/s | analyze files/s | Tika peak MiB | analyze peak MiB | ok rows |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for r in "${results[@]}"; do
        read -r c n t bw aw bc ac bp ap rows ok <<< "$r"
        echo "| $c | $n | $bw | $aw | $(ratio "$aw" "$bw") | $bc | $ac | $(ratio "$ac" "$bc") | $(rate "$n" "$bw") | $(rate "$n" "$aw") | $(mib "$bp") | $(mib "$ap") | $ok/$rows |"
    done
    fi
    if [ ${#threading[@]} -gt 0 ]; then
    echo
    echo "### 1 thread vs 2"
    echo
    echo "| set | files | threads | Tika s | analyze s | ratio (wall) | Tika CPU s | analyze CPU s | analyze peak MiB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for r in "${threading[@]}"; do
        read -r c n t bw aw bc ac bp ap rows ok <<< "$r"
        echo "| $c | $n | $t | $bw | $aw | $(ratio "$aw" "$bw") | $bc | $ac | $(mib "$ap") |"
    done
    echo
    echo "| set | Tika speed-up 1→2 threads | analyze speed-up 1→2 threads |"
    echo "|---|---:|---:|"
    for ((i = 0; i + 1 < ${#threading[@]}; i += 2)); do
        read -r c _ _ b1 a1 _ <<< "${threading[$i]}"
        read -r _ _ _ b2 a2 _ <<< "${threading[$((i + 1))]}"
        echo "| $c | $(ratio "$b1" "$b2") | $(ratio "$a1" "$a2") |"
    done
    fi
    if [ ${#cold[@]} -gt 0 ]; then
    echo
    echo "### Cold start, one document, 1 thread (wall s, median of 3)"
    echo
    echo "| format | Tika | analyze (\`java -jar\`) | ratio | bin/disclosure-lens | ratio (target ≤ 1.2) |"
    echo "|---|---:|---:|---:|---:|---:|"
    for r in "${cold[@]}"; do
        read -r f b a l <<< "$r"
        echo "| $f | $b | $a | $(ratio "$a" "$b") | $l | $(ratio "$l" "$b") |"
    done
    fi
    if [ ${#steps[@]} -gt 0 ]; then
    echo
    echo "### Corpus steps' share of analyze, $threads threads (wall s, median of $repeat)"
    echo
    echo "| set | files | analyze | after the documents were written (copy detection, year over year, peers) | share |"
    echo "|---|---:|---:|---:|---:|"
    for r in "${steps[@]}"; do
        read -r c n w st <<< "$r"
        echo "| $c | $n | $w | $st | $(share "$st" "$w") |"
    done
    fi
    echo
    echo "### Targets (issue 18), as measured in this run"
    echo
    echo "| target | measured | verdict |"
    echo "|---|---|---|"
    for r in "${cold[@]}"; do
        read -r f b a l <<< "$r"
        echo "| one file cold ($f), \`bin/disclosure-lens\` ≤ 1.2 × plain Tika's wall | $l s / $b s = $(ratio "$l" "$b")× | $(verdict "$(ratio "$l" "$b")" le 1.2) |"
        echo "| one file cold ($f) ≤ 1.5 s wall | $l s | $(verdict "$l" le 1.5) |"
    done
    peak=0
    for r in "${results[@]}"; do
        read -r c n t bw aw bc ac bp ap rows ok <<< "$r"
        [ "$ap" -gt "$peak" ] && peak=$ap
        case "$c" in
            pdf-*) cpu_target "folder of generated PDFs ($c, $t threads)" "$ac" "$bc" 1.3 ;;
            txt-*) cpu_target "folder of text files ($c, $t threads)" "$ac" "$bc" 2 ;;
        esac
    done
    for r in "${threading[@]}"; do
        read -r c n t bw aw bc ac bp ap rows ok <<< "$r"
        [ "$ap" -gt "$peak" ] && peak=$ap
        if [ "$c" = real-pdf ] && [ "$t" = "$threads" ]; then
            cpu_target "folder of real PDFs ($n files, $t threads)" "$ac" "$bc" 1.3
        fi
    done
    for ((i = 0; i + 1 < ${#threading[@]}; i += 2)); do
        read -r c n _ _ a1 _ <<< "${threading[$i]}"
        read -r _ _ _ _ a2 _ <<< "${threading[$((i + 1))]}"
        [ "$c" = real-pdf ] || continue
        echo "| 1 → 2 threads on $n PDFs: analyze's wall time ≥ 1.6 × shorter | $a1 s / $a2 s = $(ratio "$a1" "$a2")× | $(verdict "$(ratio "$a1" "$a2")" ge 1.6) |"
    done
    for r in "${steps[@]}"; do
        read -r c n w st <<< "$r"
        echo "| corpus steps ≤ 10% of analyze's wall time ($n text files) | $st s of $w s = $(share "$st" "$w") | $(verdict "$(awk -v a="$st" -v b="$w" 'BEGIN { printf "%.4f", a / b }')" le 0.10) |"
    done
    if [ "$peak" -gt 0 ]; then
        echo "| peak memory (supervisor + worker) < 1 GiB, largest run above | $(mib "$peak") MiB | $(verdict "$(mib "$peak")" le 1023) |"
    fi
    echo
    echo "Every measurement: \`$tsv\` (rows stamped $stamp)."
} | tee ${report:+"$report"}
