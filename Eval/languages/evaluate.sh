#!/usr/bin/env bash
# The per-language tables of Eval/README.md: French, Vietnamese and Chinese (the shared
# multilingual data), Lead-K as issue 11 defines it (lead_k.py: the first K sentences cut at
# .!? and 。！？; K = 2 for French and Vietnamese, 1 for Chinese), Lede's algorithms under the same
# budget, the oracle, and the peers that support the language (sumy with its language setting
# and summa with language=: French only; neither handles Vietnamese, and sumy's Chinese needs
# jieba). `lede eval` scores by the dataset's language: rougers' Unicode words for French and
# Vietnamese, its characters for Chinese (checked item by item by rouge_parity.py). The classic
# algorithms run too, except Edmundson, whose cue words are English only.
#
#   Eval/languages/evaluate.sh [fr|vi|zh|ko|all] [--reuse-peers]
#
# Korean (50 science news articles with extractive gold summaries of 2 to 11 sentences) runs
# with the reference's sentence count as budget and Lede's own lead as baseline.
#
# Writes Eval/results/multilingual-<code>.md and .json; predictions go to Eval/work/languages/
# (git-ignored). Datasets: $LEDE_DATASETS (default ../shared/datasets beside the checkout).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
which=${1:-all}
[[ "$which" == --* ]] && which=all
reuse=no
for argument in "$@"; do [[ $argument == --reuse-peers ]] && reuse=yes; done

Scripts/install-deps
swift build -c release --product lede >/dev/null
lede=$root/.build/release/lede
python=$root/Eval/.venv/bin/python
mkdir -p Eval/results

run() {
    local code=$1 file=$2 k=$3 peer_language=$4
    local path=$datasets/multilingual/$file work=Eval/work/languages/$code
    mkdir -p "$work"
    "$python" Eval/languages/lead_k.py "$path" "$k" > "$work/lead-$k.jsonl"
    local predictions=("lead-$k=$work/lead-$k.jsonl") timing=()
    if [[ -n $peer_language ]]; then
        local peers=(sumy-lexrank sumy-textrank sumy-lsa sumy-luhn summa-textrank)
        if [[ $reuse == no || ! -f $work/timing.json ]]; then
            "$python" Eval/peers/run_peers.py --dataset "$path" --outdir "$work" --sentences "$k" \
                --language "$peer_language" --peers "$(IFS=,; echo "${peers[*]}")"
        fi
        for peer in "${peers[@]}"; do predictions+=("$peer=$work/$peer.jsonl"); done
        timing=(--timing "$work/timing.json")
    fi
    "$lede" eval "$path" --sentences "$k" --label "multilingual/$file" \
        --systems default,lexrank,lexrank-continuous,textrank,positional,lsa,luhn,sumbasic,klsum,oracle \
        --predictions "${predictions[@]}" "${timing[@]}" --baseline "lead-$k" \
        --save-report "Eval/results/multilingual-$code.json" > "Eval/results/multilingual-$code.md"
    cat "Eval/results/multilingual-$code.md"
}

[[ $which == fr || $which == all ]] && run fr fr_orangesum.jsonl.gz 2 french
[[ $which == vi || $which == all ]] && run vi vi_vietnews.jsonl.gz 2 ""
[[ $which == zh || $which == all ]] && run zh zh_lcsts.jsonl.gz 1 ""
if [[ $which == ko || $which == all ]]; then
    "$lede" eval "$datasets/multilingual/ko_scinewssum.jsonl.gz" --match-reference \
        --label multilingual/ko_scinewssum.jsonl.gz --baseline lead \
        --systems lead,default,lexrank,lexrank-continuous,textrank,positional,lsa,luhn,sumbasic,klsum,oracle \
        --save-report Eval/results/multilingual-ko.json > Eval/results/multilingual-ko.md
    cat Eval/results/multilingual-ko.md
fi
exit 0
