#!/usr/bin/env python3
"""Writes the SVD fixtures of Lede's LSA tests (Tests/LedeTests/Fixtures/svd/) with numpy.

Each fixture is a float32 matrix and numpy's SVD of it (computed in float64 from the float32
values, so that the only error measured is Lede's), for the leading triplets whose singular
values are at least 1% apart from their neighbours (a vector is determined only up to the
rotations of its singular value's eigenspace, so close values make vectors incomparable).

Matrices:
  random-tall, random-wide   uniform [0, 1) entries (seeded)
  decaying                   U diag(0.7^i) Vᵀ with random orthonormal U, V: a spectrum that
                             decays, as randomized range finding expects
  page-001, page-004         the term-by-sentence matrices sumy 0.13's LsaSummarizer builds
                             for two of Lede's own sample articles (Datasets/pages), with the
                             sentence strengths sumy computes from them

Run from the repository root with the peers' venv:
  Eval/.venv/bin/python Eval/lsa/svd_fixtures.py
"""

import sys
from pathlib import Path

import numpy

ROOT = Path(__file__).resolve().parent.parent.parent
OUT = ROOT / "Tests" / "LedeTests" / "Fixtures" / "svd"
sys.path.insert(0, str(ROOT / "Eval" / "peers"))


def separated_count(values, gap=0.01):
    """How many leading values are at least `gap` (relative) from both neighbours."""
    count = 0
    for i, value in enumerate(values):
        neighbours = [values[j] for j in (i - 1, i + 1) if 0 <= j < len(values)]
        if value <= 0 or any(abs(value - other) < gap * value for other in neighbours):
            break
        count += 1
    return count


def write(name, matrix, strengths=None):
    matrix = numpy.asarray(matrix, dtype=numpy.float32)
    u, s, vt = numpy.linalg.svd(matrix.astype(numpy.float64), full_matrices=False)
    k = separated_count(s)
    rows, columns = matrix.shape
    lines = [f"# {name}: written by Eval/lsa/svd_fixtures.py (numpy {numpy.__version__})"]
    lines.append(f"matrix {rows} {columns}")
    lines += [" ".join(f"{x:.9g}" for x in row) for row in matrix]
    lines.append(f"values {len(s)}")
    lines.append(" ".join(f"{x:.12g}" for x in s))
    lines.append(f"left {rows} {k}")
    lines += [" ".join(f"{x:.12g}" for x in row) for row in u[:, :k]]
    lines.append(f"right {columns} {k}")
    lines += [" ".join(f"{x:.12g}" for x in row) for row in vt[:k, :].T]
    if strengths is not None:
        lines.append(f"strengths {len(strengths)}")
        lines.append(" ".join(f"{x:.12g}" for x in strengths))
    (OUT / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{name}: {rows} x {columns}, {k} separated leading triplets")


def sumy_matrix(page):
    """sumy's LSA matrix (terms x sentences) and sentence strengths for a sample page."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.utils import get_stop_words

    from punkt_free import PunktFreeTokenizer

    text = (ROOT / "Datasets" / "pages" / page).read_text(encoding="utf-8")
    document = PlaintextParser.from_string(text, PunktFreeTokenizer()).document
    summarizer = LsaSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    dictionary = summarizer._create_dictionary(document)
    # A fixed term order (sumy's follows set iteration, which varies with the hash seed).
    dictionary = {word: row for row, word in enumerate(sorted(dictionary))}
    matrix = summarizer._compute_term_frequency(summarizer._create_matrix(document, dictionary))
    matrix = matrix.astype(numpy.float32)
    _, sigma, v = numpy.linalg.svd(matrix.astype(numpy.float64), full_matrices=False)
    return matrix, summarizer._compute_ranks(sigma, v)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    generator = numpy.random.default_rng(14)
    write("random-tall", generator.random((40, 12)))
    write("random-wide", generator.random((12, 40)))
    left, _ = numpy.linalg.qr(generator.standard_normal((80, 30)))
    right, _ = numpy.linalg.qr(generator.standard_normal((50, 30)))
    write("decaying", left @ numpy.diag(0.7 ** numpy.arange(30)) @ right.T)
    for name, page in (("page-001", "001-marenhaven-storm-gates.txt"), ("page-004", None)):
        if page is None:
            page = sorted(p.name for p in (ROOT / "Datasets" / "pages").glob("004-*.txt"))[0]
        matrix, strengths = sumy_matrix(page)
        write(name, matrix, strengths)


if __name__ == "__main__":
    main()
