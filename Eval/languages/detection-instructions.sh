#!/usr/bin/env bash
# What language detection adds to a summary, in instructions counted by callgrind: a figure
# that does not move with the load of a shared machine, unlike wall time
# (Eval/languages/detection-speed.sh). `lede-benchmark summarize` runs under callgrind over the
# first ARTICLES articles of DATASET with one pass and with two, with the language detected and
# with `--language en`. The second pass over the same articles costs what an article costs
# once everything built once per process (tables, lazily built ones included) exists, with the
# stems of its words already known; the first pass less that is the one-time work and the first
# stemming of each word. Reading the JSONL records is counted in both columns alike.
#
#   Eval/languages/detection-instructions.sh [DATASET] [LEDE_BENCHMARK] [ARTICLES]
#
# DATASET defaults to the CNN/DailyMail validation file; LEDE_BENCHMARK to this tree's release
# build (built first); ARTICLES to 300. Takes about 3 minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
dataset=${1:-$datasets/cnn_dailymail/validation.jsonl.gz}
bench=${2:-}
if [[ -z "$bench" ]]; then
    swift build -c release --product lede-benchmark >/dev/null
    bench=$root/.build/release/lede-benchmark
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

articles=${3:-300}

# Instructions of one run: `count PASSES [--language en]`.
count() {
    valgrind --tool=callgrind --callgrind-out-file="$work/out" "$bench" summarize "$dataset" \
        --limit "$articles" --passes "$1" "${@:2}" 2>&1 >/dev/null | awk '/Collected/ {print $4}'
}

detected1=$(count 1); detected2=$(count 2)
given1=$(count 1 --language en); given2=$(count 2 --language en)
awk -v d1="$detected1" -v d2="$detected2" -v g1="$given1" -v g2="$given2" -v n="$articles" 'BEGIN {
    d = (d2 - d1) / n; g = (g2 - g1) / n
    printf "instructions per article: detected %.1fk, --language en %.1fk; detection adds %.2fk (%.2f%%)\n", d / 1000, g / 1000, (d - g) / 1000, 100 * (d - g) / g
    printf "first pass less a warm one (one-time work, first stems): detected %.1fM, --language en %.1fM; detection adds %.1fM\n", (d1 - n * d) / 1e6, (g1 - n * g) / 1e6, ((d1 - n * d) - (g1 - n * g)) / 1e6
}'
