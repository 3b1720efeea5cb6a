"""The language table of LedeText (Sources/LedeText/Resources/Languages/languages.tsv), read by the
scripts of this folder that generate per-language data."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def profiles():
    """One dict per language row, keyed by the table's header."""
    path = os.path.join(ROOT, "Sources", "LedeText", "Resources", "Languages", "languages.tsv")
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
    return [dict(zip(rows[0], row)) for row in rows[1:]]
