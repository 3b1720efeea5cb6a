#!/usr/bin/env bash
# Instructions per language detection, counted by callgrind (a figure the load of a shared
# machine does not move): `lede-benchmark detect` runs over the first ARTICLES articles of a
# dataset with one pass and with two, and the inclusive cost of
# LanguageDetector.language(ofParagraphs:) grows by two detections per article (one in the
# summaries with the language detected, one in detection alone); the difference over those
# calls leaves out the work done once per process (tables). Each binary given is measured on
# each language, so that two builds compare side by side.
#
#   Eval/languages/detection-calls.sh [LANGS] [ARTICLES] [LEDE_BENCHMARK...]
#
# LANGS: comma-separated among en, fr, vi, zh, ko (default en,fr,zh); ARTICLES: default 200;
# binaries: default this tree's release build (built first). Valgrind cannot read the debug
# information of a fresh release binary, so each is measured on a copy without it.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
langs=${1:-en,fr,zh}
articles=${2:-200}
shift $(( $# < 2 ? $# : 2 ))
binaries=("$@")
if [[ ${#binaries[@]} -eq 0 ]]; then
    swift build -c release --product lede-benchmark >/dev/null
    binaries=("$root/.build/release/lede-benchmark")
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dataset() {
    case $1 in
        en) echo "$datasets/cnn_dailymail/validation.jsonl.gz" ;;
        fr) echo "$datasets/multilingual/fr_orangesum.jsonl.gz" ;;
        vi) echo "$datasets/multilingual/vi_vietnews.jsonl.gz" ;;
        zh) echo "$datasets/multilingual/zh_lcsts.jsonl.gz" ;;
        ko) echo "$datasets/multilingual/ko_scinewssum.jsonl.gz" ;;
        *) echo "unknown language $1" >&2; exit 1 ;;
    esac
}

# Inclusive instructions of language(ofParagraphs:) in one run: `inclusive LANG PASSES`.
inclusive() {
    valgrind --tool=callgrind --callgrind-out-file="$work/out" "$work/bench" detect "$(dataset "$1")" \
        --language "$1" --limit "$articles" --passes "$2" >/dev/null 2>&1
    callgrind_annotate --inclusive=yes --threshold=100 "$work/out" 2>/dev/null \
        | awk '/LanguageDetectorV8language12ofParagraphsAA0C0VSgSaySSG_tF \[/ && !found {gsub(",", "", $1); print $1; found = 1}'
}

for binary in "${binaries[@]}"; do
    cp "$binary" "$work/bench"
    objcopy --strip-debug "$work/bench"
    for lang in ${langs//,/ }; do
        one=$(inclusive "$lang" 1); two=$(inclusive "$lang" 2)
        articles_read=$("$work/bench" detect "$(dataset "$lang")" --list --limit "$articles" | wc -l)
        awk -v b="$binary" -v l="$lang" -v a="$one" -v c="$two" -v n="$articles_read" \
            'BEGIN { printf "%s\t%s\t%.0f instructions per detection\n", b, l, (c - a) / (2 * n) }'
    done
done
