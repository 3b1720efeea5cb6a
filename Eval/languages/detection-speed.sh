#!/usr/bin/env bash
# What language detection adds to the time per article: `lede --jsonl` on one thread with
# --language given (no detection) and without (detected per article), alternated REPS times
# on the same data; prints each pair and the median ratio. Also checks that both runs write
# the same summaries. Times are CPU seconds (user + system) of the whole process. Default data: CNN/DailyMail validation and the four multilingual files.
#
#   Eval/languages/detection-speed.sh [REPS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
reps=${1:-5}
swift build -c release --product lede >/dev/null
lede=$root/.build/release/lede
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# CPU seconds (user + system) of one run: steadier than wall time on a shared machine.
seconds() { /usr/bin/time -f "%U %S" -o "$tmp/time" "$@" > "$tmp/out"; awk '{print $1 + $2}' "$tmp/time"; }

measure() {
    local file=$1 code=$2 ratios=()
    # The language given: the records' "language" fields are taken out, so the detected
    # run really detects.
    zcat -f "$datasets/$file" | sed -E 's/, "language": "[a-z]+"//' > "$tmp/in.jsonl"
    "$lede" --jsonl --threads 1 --language "$code" "$tmp/in.jsonl" > "$tmp/given.jsonl"
    "$lede" --jsonl --threads 1 "$tmp/in.jsonl" > "$tmp/detected.jsonl"
    cmp -s "$tmp/given.jsonl" "$tmp/detected.jsonl" || echo "$file: summaries differ between given and detected language" >&2
    for ((i = 0; i < reps; i++)); do
        local given detected
        given=$(seconds "$lede" --jsonl --threads 1 --language "$code" "$tmp/in.jsonl")
        detected=$(seconds "$lede" --jsonl --threads 1 "$tmp/in.jsonl")
        ratios+=("$(echo "scale=4; $detected / $given" | bc)")
        echo "$file: given ${given}s, detected ${detected}s"
    done
    printf '%s\n' "${ratios[@]}" | sort -n | awk -v f="$file" '{a[NR]=$1} END {print f ": median time ratio detected/given " a[int((NR+1)/2)]}'
}

measure cnn_dailymail/validation.jsonl.gz en
measure multilingual/fr_orangesum.jsonl.gz fr
measure multilingual/vi_vietnews.jsonl.gz vi
measure multilingual/zh_lcsts.jsonl.gz zh
measure multilingual/ko_scinewssum.jsonl.gz ko
