#!/usr/bin/env bash
# What language detection adds to the time per article of the `lede` command (reading JSONL,
# summarizing, writing JSONL), where Eval/languages/detection-speed.sh times the summarizer
# alone. Each dataset is repeated COPIES times into one JSONL file without its records'
# "language" fields (which would win over detection), and `lede --jsonl --threads 1` runs over
# it REPS times with `--language CODE` and REPS times without, alternately. Printed: each run's
# wall time, the medians, their ratio detected/given and the time per article.
#
#   Eval/languages/detection-cli-speed.sh [REPS] [COPIES] [LEDE]
#
# REPS defaults to 7, COPIES to 20, LEDE to this tree's release build (built first). Data:
# CNN/DailyMail validation and the French and Vietnamese files. About 3 minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
reps=${1:-7}
copies=${2:-20}
lede=${3:-}
if [[ -z "$lede" ]]; then
    swift build -c release --product lede >/dev/null
    lede=$root/.build/release/lede
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Wall seconds of one run: `seconds FILE [--language CODE]`.
seconds() {
    local file=$1
    shift
    local start end
    start=$(date +%s.%N)
    "$lede" --jsonl --threads 1 "$@" "$file" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

measure() {
    local dataset=$1 code=$2 file="$work/$2.jsonl"
    python3 - "$datasets/$dataset" "$copies" "$file" <<'PY'
import gzip, json, sys
source, copies, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with gzip.open(source, "rt", encoding="utf-8") as f:
    records = [json.loads(line) for line in f if line.strip()]
for record in records:
    record.pop("language", None)
with open(target, "w", encoding="utf-8") as out:
    for _ in range(copies):
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
PY
    local articles given=() detected=()
    articles=$(wc -l < "$file")
    echo "== $dataset ($code), $articles articles"
    for round in $(seq "$reps"); do
        given+=("$(seconds "$file" --language "$code")")
        detected+=("$(seconds "$file")")
        echo "round $round: given ${given[-1]} s, detected ${detected[-1]} s"
    done
    local g d
    g=$(printf '%s\n' "${given[@]}" | median)
    d=$(printf '%s\n' "${detected[@]}" | median)
    awk -v g="$g" -v d="$d" -v n="$articles" 'BEGIN {
        printf "median: given %.3f s, detected %.3f s, ratio detected/given %.4f; %.1f µs an article given\n", g, d, d / g, g / n * 1e6
    }'
}

measure cnn_dailymail/validation.jsonl.gz en
measure multilingual/fr_orangesum.jsonl.gz fr
measure multilingual/vi_vietnews.jsonl.gz vi
