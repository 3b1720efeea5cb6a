#!/usr/bin/env bash
# What language detection adds to a summary, in instructions counted by callgrind: a figure
# that does not move with the load of a shared machine, unlike wall time
# (Eval/languages/detection-speed.sh). `lede-benchmark summarize` runs under callgrind over the
# first 300 and the first 600 articles of DATASET, one pass, with the language detected and with
# `--language en`: (600 - 300 articles) / 300 is the cost of one article without the one-time
# work, and the 300-article run less 300 such articles is the one-time work (reading the data,
# building tables). Reading the JSONL records is counted in both columns alike.
#
#   Eval/languages/detection-instructions.sh [DATASET] [LEDE_BENCHMARK]
#
# DATASET defaults to the CNN/DailyMail validation file; LEDE_BENCHMARK to this tree's release
# build (built first). Takes about 5 minutes.
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

# Instructions of one run: `count LIMIT [--language en]`.
count() {
    valgrind --tool=callgrind --callgrind-out-file="$work/out" "$bench" summarize "$dataset" \
        --limit "$1" --passes 1 "${@:2}" 2>&1 >/dev/null | awk '/Collected/ {print $4}'
}

detected300=$(count 300); detected600=$(count 600)
given300=$(count 300 --language en); given600=$(count 600 --language en)
awk -v d3="$detected300" -v d6="$detected600" -v g3="$given300" -v g6="$given600" 'BEGIN {
    d = (d6 - d3) / 300; g = (g6 - g3) / 300
    printf "instructions per article: detected %.1fk, --language en %.1fk; detection adds %.1fk (%.2f%%)\n", d / 1000, g / 1000, (d - g) / 1000, 100 * (d - g) / g
    printf "one-time work: detected %.1fM, --language en %.1fM; detection adds %.1fM\n", (d3 - 300 * d) / 1e6, (g3 - 300 * g) / 1e6, ((d3 - 300 * d) - (g3 - 300 * g)) / 1e6
}'
