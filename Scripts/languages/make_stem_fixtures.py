#!/usr/bin/env python3
"""Writes Tests/LedeTextTests/Fixtures/stems/<code>.tsv: `word<TAB>stem` per line, the stem by
pip `snowballstemmer` (the Snowball reference), for every language whose profile names a Snowball
algorithm (Sources/LedeText/Resources/Languages/languages.tsv).

Words (letters and marks only, lower-cased, up to WORDS per language), from one of two sources:
- `wordfreq` 3.1.1 (word lists built from real text: Wikipedia, subtitles, news, web text; data
  CC BY-SA 4.0): the most frequent words of the language.
- for the languages wordfreq has no list for (Armenian, Basque, Irish, Nepali, Yiddish; it falls
  back to another language), TESSERACT: the dictionary of Tesseract's model of the language
  (tessdata_fast, Apache-2.0; word lists Google built for Tesseract's training, of web text),
  from Debian's package `tesseract-ocr-<lang>` TESSERACT_VERSION. The dictionary has no
  frequencies, so the words are taken in a fixed, evenly spread order: by SHA-256 of the word.
  The script fetches each package with `apt-get download` (no root needed, nothing installed;
  run `apt-get update` first on a new machine) and unpacks it with `dpkg-deb -x` into a
  temporary folder; or pass `--tessdata DIR`, a folder holding the `<lang>.traineddata` files
  (e.g. /usr/share/tesseract-ocr/5/tessdata where the packages are installed). It stops with an
  error when a source is missing, and when a Snowball language has no source at all.

The reference is `snowballstemmer` 2.2.0, the Snowball release of Debian 12's libstemmer
(2.2.0): Snowball 3 changed several algorithms (German, Swedish, Romanian, Lithuanian, French,
Dutch, ...), so the newest `snowballstemmer` (3.1.1) disagrees with libstemmer 2.2 on those by
design. It is installed into a temporary folder (`pip install --target`), not into the venv.

Usage: Eval/.venv/bin/python Scripts/languages/make_stem_fixtures.py [--tessdata DIR]
"""
import argparse
import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import wordfreq

from language_table import ROOT, profiles
from tessdata_words import traineddata_words

REFERENCE = "snowballstemmer==2.2.0"
OUT = os.path.join(ROOT, "Tests", "LedeTextTests", "Fixtures", "stems")
WORDS = 6000
WORDFREQ_CODE = {"no": "nb", "sr": "sh"}
# Languages without a wordfreq list: Tesseract's language code (Debian package tesseract-ocr-<code>).
TESSERACT = {"eu": "eus", "ga": "gle", "hy": "hye", "ne": "nep", "yi": "yid"}
TESSERACT_VERSION = "1:4.1.0-2"


def is_word(word):
    """Letters and combining marks only (Devanagari and Tamil vowel signs are marks)."""
    return word[:1].isalpha() and all(unicodedata.category(c)[0] in "LM" for c in word)


def first_words(candidates):
    """The first WORDS distinct lower-cased words of `candidates`."""
    words = []
    seen = set()
    for word in candidates:
        word = word.lower()
        if word in seen or not is_word(word):
            continue
        seen.add(word)
        words.append(word)
        if len(words) == WORDS:
            break
    return words


def traineddata(code, tessdata, folder):
    """The path of Tesseract's `<code>.traineddata`: in `tessdata`, else from Debian's package."""
    if tessdata:
        path = os.path.join(tessdata, f"{code}.traineddata")
        if not os.path.isfile(path):
            sys.exit(f"error: {path} is missing (Debian: apt-get download tesseract-ocr-{code}={TESSERACT_VERSION})")
        return path
    package = f"tesseract-ocr-{code}={TESSERACT_VERSION}"
    if not (shutil.which("apt-get") and shutil.which("dpkg-deb")):
        sys.exit(f"error: no apt-get/dpkg-deb to fetch {package}: pass --tessdata DIR holding {code}.traineddata")
    fetched = subprocess.run(["apt-get", "download", package], cwd=folder, capture_output=True, text=True)
    debs = glob.glob(os.path.join(folder, f"tesseract-ocr-{code}_*.deb"))
    if fetched.returncode != 0 or not debs:
        sys.exit(f"error: apt-get download {package} failed (run apt-get update first?):\n{fetched.stderr.strip()}")
    unpacked = os.path.join(folder, code)
    subprocess.run(["dpkg-deb", "-x", debs[0], unpacked], check=True)
    paths = glob.glob(os.path.join(unpacked, "usr", "share", "tesseract-ocr", "*", "tessdata", f"{code}.traineddata"))
    if not paths:
        sys.exit(f"error: {debs[0]} holds no {code}.traineddata")
    return paths[0]


def tesseract_words(code, tessdata, folder):
    """WORDS words of Tesseract's dictionary, NFC, in the order of their SHA-256."""
    words = {unicodedata.normalize("NFC", word) for word in traineddata_words(traineddata(code, tessdata, folder))}
    return first_words(sorted(words, key=lambda word: hashlib.sha256(word.lower().encode("utf-8")).digest()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tessdata", help="folder of <lang>.traineddata files (default: fetch Debian's packages)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", folder, REFERENCE], check=True)
    sys.path.insert(0, folder)
    import snowballstemmer

    assert snowballstemmer.__file__.startswith(folder), snowballstemmer.__file__
    available = wordfreq.available_languages()
    try:
        for profile in profiles():
            code, algorithm = profile["code"], profile["stemmer"]
            if algorithm in ("-", "porter-nltk"):
                continue
            source = WORDFREQ_CODE.get(code, code)
            if code in TESSERACT:
                words = tesseract_words(TESSERACT[code], args.tessdata, folder)
                origin = f"tesseract-ocr-{TESSERACT[code]}"
            elif source in available:
                words = first_words(wordfreq.iter_wordlist(source))
                origin = "wordfreq"
            else:
                sys.exit(f"error: {code} ({algorithm}) has no word source: add one to {os.path.basename(__file__)}")
            stemmer = snowballstemmer.stemmer(algorithm)
            with open(os.path.join(OUT, f"{code}.tsv"), "w", encoding="utf-8") as f:
                for word in words:
                    f.write(f"{word}\t{stemmer.stemWord(word)}\n")
            print(code, algorithm, origin, len(words))
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
