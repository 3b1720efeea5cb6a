#!/usr/bin/env python3
"""Writes Tests/LedeTextTests/Fixtures/stems/<code>.tsv: `word<TAB>stem` per line, the stem by
pip `snowballstemmer` (the Snowball reference), for every language whose profile names a Snowball
algorithm (Sources/LedeText/Resources/Languages/languages.tsv).

Words: the most frequent words of the language in `wordfreq` 3.1.1 (word lists built from
real text: Wikipedia, subtitles, news, web text; data CC BY-SA 4.0), letters and marks only, up to
WORDS per language. wordfreq has no list for Armenian, Basque, Irish, Nepali and Yiddish
(it falls back to another language): those get no fixture here.

The reference is `snowballstemmer` 2.2.0, the Snowball release of Debian 12's libstemmer
(2.2.0): Snowball 3 changed several algorithms (German, Swedish, Romanian, Lithuanian, French,
Dutch, ...), so the newest `snowballstemmer` (3.1.1) disagrees with libstemmer 2.2 on those by
design. It is installed into a temporary folder (`pip install --target`), not into the venv.

Usage: Eval/.venv/bin/python Scripts/languages/make_stem_fixtures.py
"""
import os
import unicodedata

import subprocess
import sys
import tempfile

import wordfreq

REFERENCE = "snowballstemmer==2.2.0"

from language_table import ROOT, profiles

OUT = os.path.join(ROOT, "Tests", "LedeTextTests", "Fixtures", "stems")
WORDS = 6000
WORDFREQ_CODE = {"no": "nb", "sr": "sh"}


def is_word(word):
    """Letters and combining marks only (Devanagari and Tamil vowel signs are marks)."""
    return word[:1].isalpha() and all(unicodedata.category(c)[0] in "LM" for c in word)


def main():
    folder = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", folder, REFERENCE], check=True)
    sys.path.insert(0, folder)
    import snowballstemmer

    assert snowballstemmer.__file__.startswith(folder), snowballstemmer.__file__
    available = wordfreq.available_languages()
    for profile in profiles():
        code, algorithm = profile["code"], profile["stemmer"]
        if algorithm in ("-", "porter-nltk"):
            continue
        source = WORDFREQ_CODE.get(code, code)
        if source not in available:
            print(code, "no wordfreq list: skipped")
            continue
        stemmer = snowballstemmer.stemmer(algorithm)
        words = []
        seen = set()
        for word in wordfreq.iter_wordlist(source):
            word = word.lower()
            if word in seen or not is_word(word):
                continue
            seen.add(word)
            words.append(word)
            if len(words) == WORDS:
                break
        with open(os.path.join(OUT, f"{code}.tsv"), "w", encoding="utf-8") as f:
            for word in words:
                f.write(f"{word}\t{stemmer.stemWord(word)}\n")
        print(code, algorithm, len(words))


if __name__ == "__main__":
    main()
