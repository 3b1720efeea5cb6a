#!/usr/bin/env python3
"""Scores Lede's own short test texts with both reference ROUGE scorers.

The cases are edge cases written for Lede (empty and punctuation-only summaries, repeated
tokens, non-ASCII text, hyphens, digits, several references, stemming traps, sentences longer
than 64 tokens, a long generated text), plus 150 random texts over a six-word vocabulary. Writes Eval/rouge/fixtures/own-cases.json with the texts
and the expected numbers: rouge-score's score_multi with and without stemming, and ROUGE-1.5.5's
per-item R/P/F (-d) under several option sets. LedeRougeTests/RougeOwnParityTests reads it.

Run from the repository root:
  Eval/.venv/bin/python Eval/rouge/make_own_fixture.py
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference_scorers as ref  # noqa: E402

OUT = os.path.join(ref.REPO, "Eval", "rouge", "fixtures", "own-cases.json")

# A stopword list of our own for the -s runs (the script's SMART list is not used).
STOPWORDS = ["a", "an", "the", "of", "to", "in", "on", "and", "is", "was", "it", "its", "for", "at", "by"]


def long_text(seed, sentences, words_per_sentence):
    rng = random.Random(seed)
    nouns = ["council", "river", "budget", "school", "engine", "harvest", "museum", "storm", "market", "bridge"]
    verbs = ["approved", "flooded", "doubled", "opened", "stalled", "reported", "closed", "crossed"]
    others = ["the", "a", "new", "old", "quickly", "after", "before", "in", "spring", "city", "north"]
    out = []
    for _ in range(sentences):
        words = [rng.choice(nouns if i % 3 == 0 else verbs if i % 3 == 1 else others)
                 for i in range(words_per_sentence)]
        out.append(" ".join(words).capitalize() + ".")
    return out


CASES = [
    ("identical", ["The council approved the new budget on Tuesday."],
     [["The council approved the new budget on Tuesday."]]),
    ("paraphrase", ["Police killed the gunman."], [["The gunman killed the policeman."]]),
    ("empty candidate", [], [["A reference with some words."]]),
    ("empty string candidate", [""], [["A reference with some words."]]),
    ("empty reference", ["A candidate with some words."], [[]]),
    ("punctuation only candidate", ["... !!! --- ???", "(( ))"], [["Words, and more words."]]),
    ("punctuation only reference", ["Words, and more words."], [["*** ; ;"]]),
    ("repeated tokens", ["the the the the cat the"], [["the cat sat on the mat the end"]]),
    ("repeated bigrams", ["to be or not to be to be"], [["to be is to do to be"]]),
    ("case and digits", ["THE 3D Printer printed 2020s-era COVID19 parts"],
     [["the 3d printer printed covid19 parts in the 2020s"]]),
    ("hyphens", ["A state-of-the-art, well-known system."], [["The state of the art is a well known system."]]),
    ("apostrophes", ["It's the president's decision, isn't it?"], [["The president's decision: it is."]]),
    ("non-ascii latin", ["Café crème brûlée in Zürich, naïve résumé."], [["A cafe in Zurich and a creme brulee."]]),
    ("kelvin and dotted I", ["The \u212Aelvin scale in \u0130stanbul."], [["The kelvin scale in istanbul."]]),
    ("chinese", ["今天天气很好。", "我们去公园散步。"], [["今天天气不错。", "我们去公园。"]]),
    ("mixed scripts", ["Москва is the capital, said Иван in 2021."], [["Moscow is the capital in 2021."]]),
    ("stemming traps", ["The children went running and said the generously documented results were better."],
     [["A child goes for a run; she says the documentation of generous results is good."]]),
    ("stemming suffixes", ["Experimental nationalization organizations relational conditional hopefulness."],
     [["Experiment national organization relate condition hopeful."]]),
    ("y words", ["Yearly yelling by the ayes sky high, yes yes."], [["The year yells yearly and skies are high."]]),
    ("sentence order", ["The storm closed the bridge.", "The market opened late.", "Schools stayed shut."],
     [["Schools stayed shut.", "The market opened late after the storm.", "The bridge was closed."]]),
    ("several references",
     ["The river flooded the north of the city after heavy rain."],
     [["Heavy rain flooded the city."], ["The north of the city was flooded by the river."],
      ["A river burst its banks."]]),
    ("several references with an empty one", ["The museum reopened in spring."],
     [["The museum reopened."], []]),
    ("newline inside sentence", ["First line\nsecond line", "third line"], [["first line", "second third line"]]),
    ("carriage returns", ["One two\r", "three four\r\n"], [["one two three four"]]),
    ("leading whitespace sentences", ["  indented sentence here", "\tand a tabbed one", "last"],
     [["indented sentence", "a tabbed one here", "last one"]]),
    ("odd whitespace", ["alpha\x0bbeta\x0cgamma delta", "epsilon\u00a0zeta"], [["alpha beta gamma", "delta epsilon zeta"]]),
    ("sixty-four tokens", [" ".join("w%d" % (i % 50) for i in range(64))],
     [[" ".join("w%d" % (i % 37) for i in range(70))]]),
    ("long sentences", [" ".join("t%d" % ((i * 7) % 90) for i in range(150))],
     [[" ".join("t%d" % ((i * 11) % 90) for i in range(130)), " ".join("t%d" % i for i in range(40))]]),
    ("long text", long_text(1, 40, 18), [long_text(2, 12, 15)]),
    ("long text against itself shuffled", long_text(3, 20, 12), [list(reversed(long_text(3, 20, 12)))]),
]


def random_cases(count, seed):
    """Short texts over a six-word vocabulary: many repeated words, hence many ties in the
    LCS tables, which is where the two tools' tracing rules matter."""
    rng = random.Random(seed)
    words = ["red", "blue", "green", "cats", "running", "was", "the"]
    punctuation = ["", "", "", ",", ".", " -", "!"]

    def text(minimum_tokens):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            length = rng.randint(minimum_tokens, 12)
            sentences.append(" ".join(rng.choice(words) + rng.choice(punctuation) for _ in range(length)))
        return sentences

    return [(f"random {i + 1}", text(0), [text(1) for _ in range(rng.randint(1, 3))]) for i in range(count)]


CASES += random_cases(150, 7)

# (name, ROUGE-1.5.5 options, Lede scorer settings, stopwords)
PERL_RUNS = [
    ("perl", ["-n", 4, "-w", 1.2, "-2", 4, "-u"],
     {"measures": ["rouge1", "rouge2", "rouge3", "rouge4", "rougeLsum", "rougeW-1.2", "rougeSU4"]}),
    ("perl-stem", ["-n", 4, "-m", "-w", 1.2, "-2", 4, "-u"],
     {"measures": ["rouge1", "rouge2", "rouge3", "rouge4", "rougeLsum", "rougeW-1.2", "rougeSU4"], "stemming": True}),
    ("perl-best-stem", ["-n", 2, "-m", "-f", "B", "-w", 1.2, "-2", 4, "-u"],
     {"measures": ["rouge1", "rouge2", "rougeLsum", "rougeW-1.2", "rougeSU4"], "stemming": True,
      "multiReference": "best"}),
    ("perl-skip-3", ["-n", 1, "-x", "-2", 3, "-U"],
     {"measures": ["rouge1", "rougeS3", "rougeSU3"]}),
    ("perl-skip-unlimited", ["-n", 1, "-x", "-2", -1, "-U", "-m"],
     {"measures": ["rouge1", "rougeS*", "rougeSU*"], "stemming": True}),
    ("perl-words-12", ["-n", 2, "-m", "-l", 12, "-w", 1.2, "-2", 4, "-u"],
     {"measures": ["rouge1", "rouge2", "rougeLsum", "rougeW-1.2", "rougeSU4"], "stemming": True,
      "lengthLimit": {"words": 12}}),
    ("perl-bytes-45", ["-n", 2, "-b", 45, "-w", 1.2, "-2", 4, "-u"],
     {"measures": ["rouge1", "rouge2", "rougeLsum", "rougeW-1.2", "rougeSU4"], "lengthLimit": {"bytes": 45}}),
    ("perl-stopwords", ["-n", 2, "-m", "-s", "-w", 1.2, "-2", 4, "-u"],
     {"measures": ["rouge1", "rouge2", "rougeLsum", "rougeW-1.2", "rougeSU4"], "stemming": True,
      "stopwords": True}),
    ("perl-alpha-0.2", ["-n", 2, "-p", 0.2, "-w", 1.2],
     {"measures": ["rouge1", "rouge2", "rougeLsum", "rougeW-1.2"], "alpha": 0.2}),
]

PERL_NAMES = {"ROUGE-L": "rougeLsum", "ROUGE-W-1.2": "rougeW-1.2", "ROUGE-S*": "rougeS*", "ROUGE-SU*": "rougeSU*"}


def lede_name(perl_name):
    if perl_name in PERL_NAMES:
        return PERL_NAMES[perl_name]
    return "rouge" + perl_name[len("ROUGE-"):]


def perl_scores(items, options, stopwords):
    """Per-item scores; an item on which the script dies is retried alone, then without -w."""
    try:
        per_item, _ = ref.run_perl(items, options, stopwords)
        return per_item, {}
    except ref.PerlError:
        pass
    results, failures = [], {}
    for index, item in enumerate(items):
        try:
            results.append(ref.run_perl([item], options, stopwords)[0][0])
        except ref.PerlError as error:
            failures[index] = str(error).split(" at /")[0]
            without_w = [o for i, o in enumerate(options) if o != "-w" and (i == 0 or options[i - 1] != "-w")]
            results.append(ref.run_perl([item], without_w, stopwords)[0][0])
    return results, failures


def main():
    items = [(candidate, references) for _, candidate, references in CASES]
    fixture = {
        "generator": "Eval/rouge/make_own_fixture.py",
        "stopwords": STOPWORDS,
        "cases": [{"name": n, "candidate": c, "references": r} for n, c, r in CASES],
        "rouge_score": {
            "plain": [ref.rouge_score(c, r, stem=False) for c, r in items],
            "stem": [ref.rouge_score(c, r, stem=True) for c, r in items],
        },
        "perl": [],
    }
    for name, options, settings in PERL_RUNS:
        stopwords = STOPWORDS if settings.get("stopwords") else ()
        per_item, failures = perl_scores(items, options, stopwords)
        scores = [{lede_name(m): v for m, v in item.items()} for item in per_item]
        # The script's averages (bootstrap means) over the cases it does not die on, with eval
        # ids "1", "2", ... in case order.
        kept = [i for i in range(len(items)) if i not in failures]
        _, averages = ref.run_perl([items[i] for i in kept], options, stopwords, eval_ids=[str(i + 1) for i in kept])
        fixture["perl"].append({
            "name": name, "options": [str(o) for o in options], "settings": settings, "scores": scores,
            "perl_failures": {CASES[i][0]: message for i, message in failures.items()},
            "averages": {"eval_ids": [str(i + 1) for i in kept],
                         "measures": {lede_name(m): v for m, v in averages.items()}},
        })
        print(f"{name}: {len(scores)} cases, script failed on {len(failures)}: {sorted(failures)}")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as out:
        json.dump(fixture, out, ensure_ascii=False, separators=(",", ":"))
        out.write("\n")
    print(f"{OUT}: {len(CASES)} cases")


if __name__ == "__main__":
    main()
