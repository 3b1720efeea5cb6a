#!/usr/bin/env bash
# How Chinese is cut into terms, measured on LCSTS (553 posts, 1 sentence, character ROUGE):
# the word modes of languages.tsv (characters = overlapping character pairs, unigrams = single
# characters, dictionary = ICU's dictionary words), each with a termsPerWord value (the
# summarizer's length prior, tuned in English words, scales by it).
#
#   Eval/languages/word-modes.sh [MODE:TERMS_PER_WORD ...]
#
# For each row, the zh row of Sources/LedeText/Resources/Languages/languages.tsv is set to the
# mode and value, `lede` is rebuilt (the table is compiled into the library) and `lede eval` runs
# default, lexrank and textrank, keeping their summaries (and the row's lede-benchmark binary).
# The table is restored (and lede rebuilt) at the end. Then one `lede eval` scores every row's
# summaries side by side, one table per algorithm with p-values against the first row; `lede-benchmark
# summarize` times the whole summarizer of each row, rows alternating on the same machine; and
# `lede-benchmark terms` times the tokenizer alone in each mode, in one process, on LCSTS and on
# the Japanese and Thai fixture sentences (there are no Japanese or Thai summaries).
#
# Writes Eval/results/word-modes-zh.md; summaries go to Eval/work/word-modes/ (git-ignored).
# Datasets: $LEDE_DATASETS (default ../shared/datasets beside the checkout).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
datasets=${LEDE_DATASETS:-$root/../shared/datasets}
lcsts=$datasets/multilingual/zh_lcsts.jsonl.gz
table=Sources/LedeText/Resources/Languages/languages.tsv
work=Eval/work/word-modes
rows=("$@")
((${#rows[@]})) || rows=(characters:2 unigrams:2 dictionary:2)
systems=(default lexrank textrank)

Scripts/install-deps
mkdir -p "$work" Eval/results
cp "$table" "$work/languages.tsv.orig"
restore() {
    cp "$work/languages.tsv.orig" "$table"
    swift build -c release --product lede >/dev/null
}
trap restore EXIT

predictions=()
for row in "${rows[@]}"; do
    mode=${row%%:*} terms=${row##*:}
    # The zh row: code name scripts stemmer words stopwords letters termsPerWord.
    awk -F'\t' -v OFS='\t' -v mode="$mode" -v terms="$terms" '$1 == "zh" { $5 = mode; $8 = terms } { print }' \
        "$work/languages.tsv.orig" > "$table"
    swift build -c release --product lede >/dev/null
    swift build -c release --product lede-benchmark >/dev/null
    out=$work/$mode-$terms
    mkdir -p "$out"
    # The binary carries its language table: kept to time the rows side by side below.
    cp .build/release/lede-benchmark "$out/lede-benchmark"
    .build/release/lede eval "$lcsts" --sentences 1 --systems "$(IFS=,; echo "${systems[*]}")" --baseline none \
        --outputs "$out" --save-report "$out/report.json" > "$out/report.md"
    for system in "${systems[@]}"; do
        name=$system/$mode/$terms
        predictions+=("$name=$out/$system.jsonl")
    done
done

trap - EXIT
restore
for system in "${systems[@]}"; do
    mapfile -t chosen < <(printf '%s\n' "${predictions[@]}" | grep "^$system/")
    .build/release/lede eval "$lcsts" --sentences 1 --systems lead-1 --label multilingual/zh_lcsts.jsonl.gz \
        --predictions "${chosen[@]}" --baseline "$system/${rows[0]//:/\/}"
    echo
done > Eval/results/word-modes-zh.md

# The tokenizer alone, every mode in one process.
swift build -c release --product lede-benchmark >/dev/null
python=Eval/.venv/bin/python
"$python" - "$work/fixtures-ja.jsonl" "$work/fixtures-th.jsonl" <<'EOF'
import json, sys
# The sentences of the Japanese segmentation fixtures and of the detection fixtures, one article.
fixtures = "Tests/LedeTextTests/Fixtures"
for path, code in zip(sys.argv[1:], ["ja", "th"]):
    lines = []
    try:
        with open(f"{fixtures}/Segmentation/{code}.txt", encoding="utf-8") as f:
            lines += [l[2:].strip() for l in f if l.startswith("> ")]
    except FileNotFoundError:
        pass
    with open(f"{fixtures}/detection.tsv", encoding="utf-8") as f:
        lines += [l.split("\t", 1)[1].strip() for l in f if l.startswith(code + "\t")]
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": code, "article": "\n".join(lines), "references": [["-"]]}, ensure_ascii=False) + "\n")
EOF
{
    # The whole summarizer per row (its lede-benchmark binary), rows alternating, 3 rounds; best time.
    echo
    echo "lede-benchmark summarize, LCSTS (1 sentence, one thread; best of 3 rounds of 5 passes, rows alternating):"
    echo
    echo "| row | algorithm | ms/article | ratio to ${rows[0]} |"
    echo "| --- | --- | --- | --- |"
    for algorithm in "${systems[@]}"; do
        declare -A best=()
        for round in 1 2 3; do
            for row in "${rows[@]}"; do
                seconds=$("$work/${row/:/-}/lede-benchmark" summarize "$lcsts" --language zh --sentences 1 --passes 5 \
                    --algorithm "$algorithm" | awk '/seconds per article/ { print $NF }')
                if [[ -z ${best[$row]:-} ]] || awk -v a="$seconds" -v b="${best[$row]}" 'BEGIN { exit !(a < b) }'; then
                    best[$row]=$seconds
                fi
            done
        done
        for row in "${rows[@]}"; do
            awk -v row="$row" -v algorithm="$algorithm" -v s="${best[$row]}" -v r="${best[${rows[0]}]}" \
                'BEGIN { printf "| %s | %s | %.3f | %.2f |\n", row, algorithm, s * 1000, s / r }'
        done
        unset best
    done
    echo
    echo "lede-benchmark terms, LCSTS:"
    .build/release/lede-benchmark terms "$lcsts" --language zh --passes 10
    echo
    echo "lede-benchmark terms, Japanese fixture sentences (one article):"
    .build/release/lede-benchmark terms "$work/fixtures-ja.jsonl" --language ja --passes 200
    echo
    echo "lede-benchmark terms, Thai fixture sentences (one article):"
    .build/release/lede-benchmark terms "$work/fixtures-th.jsonl" --language th --passes 200
} >> Eval/results/word-modes-zh.md
cat Eval/results/word-modes-zh.md
