#!/usr/bin/env bash
# English results before and after a segmentation change (issue 11, acceptance 6): the
# `lede eval` tables of two builds on CNN/DailyMail (raw and PTB-tokenized) and BBC, and the
# number of articles whose body sentences differ.
#
#   Eval/segmentation/compare.sh BASE_LEDE NEW_LEDE [OUTDIR]
#
# BASE_LEDE and NEW_LEDE are `lede` executables, e.g. main built with
# `swift build -c release --product lede --scratch-path .build-base` in a second worktree, and
# this branch's `.build/release/lede`. Body sentences are the `lead-999` system's summaries
# (`lede eval --outputs`): every sentence the summarizer sees, in order. Tables go to
# OUTDIR/{base,new}-<dataset>.md (default Eval/work/segmentation, git-ignored).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
base=$1
new=$2
out=${3:-$root/Eval/work/segmentation}
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
mkdir -p "$out"

run() {
    local label=$1 file=$2 budget=$3 baseline=$4 systems=$5
    for side in base new; do
        local lede=$base
        [[ $side == new ]] && lede=$new
        "$lede" eval "$datasets/$file" $budget --systems "$systems" --baseline "$baseline" --threads 1 \
            --label "$file" > "$out/$side-$label.md"
        "$lede" eval "$datasets/$file" --sentences 999 --systems lead-999 --baseline none --threads 1 \
            --outputs "$out/$side-$label-sentences" > /dev/null
    done
    local changed
    changed=$(python3 - "$out/base-$label-sentences/lead-999.jsonl" "$out/new-$label-sentences/lead-999.jsonl" <<'PY'
import json, sys
base = [json.loads(line) for line in open(sys.argv[1])]
new = [json.loads(line) for line in open(sys.argv[2])]
assert len(base) == len(new)
changed = sum(1 for a, b in zip(base, new) if a["summary"] != b["summary"])
sentences = (sum(len(a["summary"]) for a in base), sum(len(b["summary"]) for b in new))
print(f"{changed} of {len(base)} articles changed; sentences {sentences[0]} -> {sentences[1]}")
PY
)
    echo "== $label: $changed"
    diff "$out/base-$label.md" "$out/new-$label.md" > /dev/null && echo "   tables identical" || echo "   tables differ"
}

systems="lead-3,default,lexrank,lexrank-continuous,textrank,positional,oracle"
run cnn cnn_dailymail/validation.jsonl.gz "--sentences 3" lead-3 "$systems"
run cnn-tokenized cnn_dailymail/validation_tokenized.jsonl.gz "--sentences 3" lead-3 "$systems"
run bbc bbc_news_summary/all.jsonl.gz "--match-reference" lead "${systems/lead-3/lead}"
