#!/usr/bin/env python3
"""Writes Sources/LedeText/Resources/Languages/stopwords.txt: a `[code]` section per language, one
word a line, sorted.

Sources (all permissively licensed, all from PyPI; pinned in Eval/peers/requirements.txt):
  - stopwordsiso 0.7.1 (the stopwords-iso collection, MIT) for every language it has;
  - advertools 0.18.0 (MIT; its lists come from spaCy, MIT) for Nepali and Tamil, which
    stopwords-iso lacks. advertools is read without installing it (`pip download --no-deps`),
    since only its stopwords module is needed.
English keeps Lede's own list (Sources/LedeText/Stopwords.swift). Serbian and Yiddish have no
list in these sources and get none: see SOURCES.md beside the lists.

Usage: Eval/.venv/bin/python Scripts/languages/make_stopwords.py
"""
import glob
import os
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

from language_table import ROOT, profiles

OUT = os.path.join(ROOT, "Sources", "LedeText", "Resources", "Languages", "stopwords.txt")
HEADER = """# Stopword lists, one section per language ([code], ISO 639-1), one word a line, sorted:
# lower-case, NFC, ASCII apostrophes. Written by Scripts/languages/make_stopwords.py; sources and
# licences in SOURCES.md. English's list is Lede's own (Sources/LedeText/Stopwords.swift).
"""
ADVERTOOLS = "advertools==0.18.0"
ADVERTOOLS_NAMES = {"ne": "nepali", "ta": "tamil"}


def advertools_lists():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp, ADVERTOOLS], check=True)
        wheel = glob.glob(os.path.join(tmp, "advertools-*.whl"))[0]
        with zipfile.ZipFile(wheel) as z:
            source = z.read("advertools/stopwords.py").decode("utf-8")
    namespace = {}
    exec(compile(source, "advertools/stopwords.py", "exec"), namespace)
    return namespace["stopwords"]


def normalized(words):
    """Lower-case, NFC, ASCII apostrophes, single words with a letter (the tokenizer never yields
    a space; some lists hold digits, which say nothing about a language)."""
    result = set()
    for word in words:
        word = unicodedata.normalize("NFC", word.strip().lower()).replace("\u2019", "'").replace("\u2018", "'")
        if word and not any(c.isspace() for c in word) and any(c.isalpha() for c in word):
            result.add(word)
    return sorted(result)


def main():
    import stopwordsiso

    advertools = None
    sections = {}
    for profile in profiles():
        code, source = profile["code"], profile["stopwords"]
        if source == "stopwords-iso":
            words = stopwordsiso.stopwords(code)
        elif source == "advertools":
            advertools = advertools or advertools_lists()
            words = advertools[ADVERTOOLS_NAMES[code]]
        else:
            continue
        sections[code] = normalized(words)
        print(code, source, len(sections[code]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for code in sorted(sections):
            f.write(f"[{code}]\n" + "\n".join(sections[code]) + "\n")


if __name__ == "__main__":
    main()
