#!/usr/bin/env bash
# Time per article of two builds of the summarizer, alternated in one run (issue 11,
# acceptance 6: a segmentation change must not slow English down).
#
#   Eval/segmentation/speed.sh BASE_BENCHMARK NEW_BENCHMARK [DATASET] [ROUNDS]
#
# BASE_BENCHMARK and NEW_BENCHMARK are `lede-benchmark` executables (main's and this branch's,
# each `swift build -c release --product lede-benchmark`). Each round runs both, in alternating
# order, on the first 1,000 articles of DATASET (default: cnn_dailymail/validation.jsonl.gz),
# best of 3 passes each; the machine is shared, so compare the ratios, not single figures.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
base=$1
new=$2
dataset=${3:-${LEDE_DATASETS:-$root/../shared/datasets}/cnn_dailymail/validation.jsonl.gz}
rounds=${4:-5}

per_article() {
    "$1" summarize "$dataset" --limit 1000 --passes 3 | awk -F': ' '/seconds per article/ {printf "%.2f", $2 * 1e6}'
}

echo "| round | main (us/article) | branch (us/article) | branch / main |"
echo "|---|---|---|---|"
for round in $(seq "$rounds"); do
    if (( round % 2 )); then
        b=$(per_article "$base"); n=$(per_article "$new")
    else
        n=$(per_article "$new"); b=$(per_article "$base")
    fi
    echo "| $round | $b | $n | $(awk -v b="$b" -v n="$n" 'BEGIN {printf "%.3f", n / b}') |"
done
