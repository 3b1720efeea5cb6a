#!/usr/bin/env bash
# Time per article of two builds of the summarizer, in alternating rounds of one script, so that
# both see the same machine (benchmarks on a shared machine swing by more than the effects
# measured): each round runs `lede-benchmark summarize DATASET --limit ARTICLES --passes 3` with
# the baseline's binary, then with this tree's, in turn (which goes first alternates too), and
# prints both times and their ratio; then the ratio of the best rounds and the median ratio
# this tree / baseline (on a loaded machine the best rounds are the ones least disturbed).
#
#   Eval/bench/compare-speed.sh BASELINE_ROOT [ROUNDS] [DATASET] [ARTICLES] [-- EXTRA OPTIONS]
#
# BASELINE_ROOT is a checkout of another commit with its release `lede-benchmark` built (for
# example `git worktree add --detach ../lede-baseline COMMIT`, then
# `swift build -c release --product lede-benchmark` there). ROUNDS defaults to 9, DATASET to the
# CNN/DailyMail validation file, ARTICLES to 1,000. Options after `--` go to this tree's
# `lede-benchmark summarize` only (`-- --language en`: this tree with the language given).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
baseline=${1:?usage: Eval/bench/compare-speed.sh BASELINE_ROOT [ROUNDS] [DATASET] [ARTICLES] [-- OPTIONS]}
shift
rounds=9 dataset=${LEDE_DATASETS:-$root/../shared/datasets}/cnn_dailymail/validation.jsonl.gz articles=1000
[[ $# -gt 0 && $1 != -- ]] && { rounds=$1; shift; }
[[ $# -gt 0 && $1 != -- ]] && { dataset=$1; shift; }
[[ $# -gt 0 && $1 != -- ]] && { articles=$1; shift; }
[[ $# -gt 0 && $1 == -- ]] && shift
extra=("$@")
swift build -c release --product lede-benchmark >/dev/null
candidate=$root/.build/release/lede-benchmark
base=$baseline/.build/release/lede-benchmark
[[ -x $base ]] || { echo "no release lede-benchmark under $baseline" >&2; exit 1; }

# Microseconds per article of one run: `time BINARY [OPTIONS]`.
time_of() {
    "$1" summarize "$dataset" --limit "$articles" --passes 3 "${@:2}" | awk -F': ' '/seconds per article/ {printf "%.2f", $2 * 1e6}'
}

ratios=() olds=() news=()
for round in $(seq 1 "$rounds"); do
    if (( round % 2 )); then
        old=$(time_of "$base"); new=$(time_of "$candidate" "${extra[@]}")
    else
        new=$(time_of "$candidate" "${extra[@]}"); old=$(time_of "$base")
    fi
    ratio=$(awk -v a="$new" -v b="$old" 'BEGIN {printf "%.4f", a / b}')
    ratios+=("$ratio") olds+=("$old") news+=("$new")
    echo "round $round: baseline $old us/article, this tree $new us/article, ratio $ratio"
done
best_old=$(printf '%s\n' "${olds[@]}" | sort -n | head -1)
best_new=$(printf '%s\n' "${news[@]}" | sort -n | head -1)
echo "best round: baseline $best_old us/article, this tree $best_new us/article, ratio $(awk -v a="$best_new" -v b="$best_old" 'BEGIN {printf "%.4f", a / b}')"
printf '%s\n' "${ratios[@]}" | sort -n | awk '{r[NR] = $1} END {printf "median ratio this tree / baseline: %s (%d rounds; lowest %s, highest %s)\n", r[int((NR + 1) / 2)], NR, r[1], r[NR]}'
