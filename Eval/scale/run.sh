#!/usr/bin/env bash
# Scale-out check: `lede --jsonl` run one process at a time, under GNU parallel (--pipe) and under
# Apache Spark (local mode, two workers, RDD.pipe) over the shared datasets; each run's output must
# equal the single process's, record for record. Prints the throughput of each beside the others.
#
#   Eval/scale/run.sh [DATASET ...]     # default: the five English datasets of ../shared/datasets
#
# Installs what it needs when missing: GNU parallel and a Java runtime from Debian's packages,
# pyspark (Eval/scale/requirements.txt) into Eval/.venv. Exits 1 when any output differs.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
if (($# == 0)); then
    set -- "$datasets"/cnn_dailymail/validation.jsonl.gz "$datasets"/cnn_dailymail/validation_tokenized.jsonl.gz \
        "$datasets"/bbc_news_summary/all.jsonl.gz "$datasets"/scisummnet/all.jsonl.gz \
        "$datasets"/sumpubmed/sample500.jsonl.gz
fi

Scripts/install-deps
missing=()
command -v parallel >/dev/null 2>&1 || missing+=(parallel)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if ((${#missing[@]} > 0)); then
    sudo=""; [[ "$(id -u)" == "0" ]] || sudo="sudo"
    echo "Installing ${missing[*]} ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || {
        $sudo apt-get update -qq >/dev/null
        $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    }
fi
venv=$(sh Eval/peers/setup.sh | tail -n 1)
"$venv/bin/python" -c 'import pyspark' 2>/dev/null || "$venv/bin/pip" install --quiet -r Eval/scale/requirements.txt
swift build -c release --product lede >/dev/null
lede=$root/.build/release/lede
work=Eval/work/scale
mkdir -p "$work"

# Wall-clock seconds of a command, its standard output to a file.
timed() {
    local output=$1; shift
    local start end
    start=$(date +%s.%N)
    "$@" >"$output"
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }' 
}

# Records that differ between two summary files (both in input order), or "lines differ" counts.
compare() {
    "$venv/bin/python" - "$1" "$2" <<'PY'
import sys
def records(path):
    with open(path, encoding="utf-8", newline="") as lines:
        return lines.read().split("\n")[:-1]
a, b = records(sys.argv[1]), records(sys.argv[2])
different = sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
print(different)
PY
}

status=0
printf '| dataset | records | single process, 2 threads | GNU parallel --pipe, 2 jobs | Spark local[2], RDD.pipe | identical |\n'
printf '|---|---:|---:|---:|---:|---|\n'
for dataset in "$@"; do
    name=$(basename "$(dirname "$dataset")")/$(basename "$dataset")
    stem=$work/$(echo "$name" | tr '/' '_')
    records=$(zcat -f "$dataset" | wc -l)

    single=$(timed "$stem.single.jsonl" bash -c "zcat -f '$dataset' | '$lede' --jsonl --threads 2")
    piped=$(timed "$stem.parallel.jsonl" bash -c \
        "zcat -f '$dataset' | parallel --pipe --keep-order --jobs 2 --block 1M '$lede' --jsonl --threads 1")
    spark_report=$("$venv/bin/python" Eval/scale/spark_pipe.py "$lede" "$dataset" "$stem.spark.jsonl" 2>"$stem.spark.log")
    spark=$("$venv/bin/python" -c 'import json,sys; print(json.loads(sys.argv[1])["seconds"])' "$spark_report")

    parallel_diff=$(compare "$stem.single.jsonl" "$stem.parallel.jsonl")
    spark_diff=$(compare "$stem.single.jsonl" "$stem.spark.jsonl")
    single_records=$(wc -l <"$stem.single.jsonl")
    verdict="yes"
    if [[ "$parallel_diff" != 0 || "$spark_diff" != 0 || "$single_records" != "$records" ]]; then
        verdict="NO: parallel $parallel_diff, Spark $spark_diff records differ; single wrote $single_records of $records"
        status=1
    fi
    rate() { awk -v n="$records" -v s="$1" 'BEGIN { printf "%.0f/s (%.2f s)", n / s, s }'; }
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$records" "$(rate "$single")" "$(rate "$piped")" \
        "$(rate "$spark")" "$verdict"
done
exit $status
