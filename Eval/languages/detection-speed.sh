#!/usr/bin/env bash
# What language detection adds to the time per article, in process: `lede-benchmark detect`
# summarizes each dataset's articles on one thread with --language given and with the language
# detected per article, in alternating rounds (REPS of each, 101 by default), and prints every
# round's time per article, the median ratio detected/given with the middle half of the rounds'
# ratios, and the time of detection alone with how many articles it detects as the dataset's
# language. Medians of separate runs of one build still differ by up to 0.006 (the machine's
# state): compare builds in one run. Data: CNN/DailyMail validation (first 1,000) and the four
# multilingual files. With binaries given (say main's build and this one), each dataset is
# measured with each in turn, so that builds compare under the same load.
#
#   Eval/languages/detection-speed.sh [REPS] [LEDE_BENCHMARK...]    (about 1 minute a binary)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
reps=${1:-101}
shift $(( $# < 1 ? $# : 1 ))
binaries=("$@")
if [[ ${#binaries[@]} -eq 0 ]]; then
    swift build -c release --product lede-benchmark >/dev/null
    binaries=("$root/.build/release/lede-benchmark")
fi

measure() {
    for bench in "${binaries[@]}"; do
        echo "== $1 ($2)${binaries[1]:+ $bench}"
        "$bench" detect "$datasets/$1" --language "$2" --limit 1000 --passes "$reps"
    done
}

measure cnn_dailymail/validation.jsonl.gz en
measure multilingual/fr_orangesum.jsonl.gz fr
measure multilingual/vi_vietnews.jsonl.gz vi
measure multilingual/zh_lcsts.jsonl.gz zh
measure multilingual/ko_scinewssum.jsonl.gz ko
