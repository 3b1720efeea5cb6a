#!/usr/bin/env python3
"""Every output of `lede` before and after a change, compared byte for byte.

    Eval/refactor/compare-outputs.py BASE_COMMIT [--records N] [--keep-work]

Builds BASE_COMMIT (exported with `git archive` into `.build-compare/<sha>/`, kept for the next
run) and the working tree, both in release mode, then runs both binaries on the same inputs:
the sample pages of `Datasets/`, the shared datasets (`$LEDE_DATASETS`, else
`../shared/datasets`: every `*.jsonl.gz`, the multilingual ones included, and the HTML page
folders), and the test fixtures' story, BBC and page folders. Outputs covered: `lede` (text,
`--format json`, `--format html`, `--explain`, `--idf`), `lede --jsonl` (several algorithms,
`--explain`), `lede sentences`, `lede extract`, `lede idf`, `lede rouge` (table and JSON,
measures, profiles, tokenizers, intervals, baselines, `--per-item`), `lede eval` (Markdown, CSV,
JSON, `--save-report`, `--outputs`, `--html`; Lede's systems and prediction files with
`--timing`). Standard output, standard error, the exit status and every file written are
compared; the only bytes masked are the measured times (`secondsPerArticle` in JSON, the
`ms/article` and `seconds_per_article` columns) and, on the standard error of `lede rouge`, the
prefix of its messages (`Error: ` and `warning: ` became `lede: ` and `lede: warning: `, as every
other command prints them).

Prints one row per run (identical or DIFFERENT, with the first differing line) and exits with
status 1 when anything differs. Datasets are cut to their first N records (default 60) so that
a run takes a few minutes.
"""

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True,
                      check=True).stdout.strip()


def build(root):
    """Builds `lede` in release mode under `root` and returns the binary's path."""
    subprocess.run(["swift", "build", "-c", "release", "--product", "lede"], cwd=root, check=True,
                   stdout=sys.stderr)
    bin_path = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root,
                              capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(bin_path, "lede")


def export_base(commit):
    """The base commit's tree in `.build-compare/<sha>/` (made once)."""
    sha = subprocess.run(["git", "rev-parse", commit + "^{commit}"], cwd=REPO, capture_output=True,
                         text=True, check=True).stdout.strip()
    root = os.path.join(REPO, ".build-compare", sha)
    if not os.path.exists(os.path.join(root, "Package.swift")):
        os.makedirs(root, exist_ok=True)
        archive = subprocess.run(["git", "archive", sha], cwd=REPO, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", root], input=archive, check=True)
    return sha, root


def head_jsonl(source, target, count):
    """The first `count` lines of a (gzip) JSONL file, written to `target` (plain)."""
    opener = gzip.open if source.endswith(".gz") else open
    with opener(source, "rb") as lines, open(target, "wb") as out:
        for index, line in enumerate(lines):
            if index >= count:
                break
            out.write(line)
    return target


def sample_files(folder, suffixes, count):
    names = sorted(n for n in os.listdir(folder) if n.endswith(suffixes))
    return [os.path.join(folder, n) for n in names[:count]]


def page_subset(folder, suffixes, count, target):
    """A folder of links to the first `count` pages of `folder` (so `lede eval` reads few)."""
    os.makedirs(target, exist_ok=True)
    for path in sample_files(folder, suffixes, count):
        link = os.path.join(target, os.path.basename(path))
        if not os.path.exists(link):
            os.symlink(path, link)
    return target


TIMING_MASKS = [
    (re.compile(rb'"secondsPerArticle"\s*:\s*[-0-9.eE+]+'), b'"secondsPerArticle":<time>'),
    # Markdown: the last cell (ms/article) of a table row.
    (re.compile(rb'\| [0-9.]+ \|\n'), b'| <time> |\n'),
    # HTML: the ms/article cell ends each results row.
    (re.compile(rb'<td data-v="[^"]*">[0-9.]+</td></tr>'), b'<td><time></td></tr>'),
]


# Intended changes of issue 9, applied to standard error only, and reported: `lede rouge` printed
# its errors as "Error: ..." and its warnings as "warning: ...", where every other command prints
# "lede: ..." and "lede: warning: ..."; it now prints them as the others do.
ERROR_PREFIX = re.compile(rb"^(?:Error: |lede: warning: |lede: |warning: )", re.MULTILINE)


def mask(data, csv=False):
    for pattern, replacement in TIMING_MASKS:
        data = pattern.sub(replacement, data)
    if csv:
        lines = data.split(b"\n")
        if lines and lines[0].endswith(b"seconds_per_article"):
            data = b"\n".join(line.rsplit(b",", 1)[0] + b",<time>" if line else line for line in lines)
    return data


def run(binary, args, cwd, stdin=None):
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as source:
        result = subprocess.run([binary] + args, cwd=cwd, stdin=source, capture_output=True)
    return result


def outputs(result, folder, csv, rouge):
    """Everything a run produced: status, standard output and error, and the files in `folder`."""
    stderr = mask(result.stderr)
    if rouge:
        stderr = ERROR_PREFIX.sub(b"<lede: >", stderr)
    found = {"status": str(result.returncode).encode(), "stdout": mask(result.stdout, csv), "stderr": stderr}
    for directory, _, names in os.walk(folder):
        for name in sorted(names):
            path = os.path.join(directory, name)
            with open(path, "rb") as handle:
                found["file " + os.path.relpath(path, folder)] = mask(handle.read(), name.endswith(".csv"))
    return found


def first_difference(a, b):
    lines_a, lines_b = a.split(b"\n"), b.split(b"\n")
    for number, (x, y) in enumerate(zip(lines_a, lines_b), 1):
        if x != y:
            start = next((i for i, (p, q) in enumerate(zip(x, y)) if p != q), min(len(x), len(y)))
            start = max(0, start - 20)
            return f"line {number}, byte {start}: {x[start:start + 60]!r} vs {y[start:start + 60]!r}"
    return f"{len(lines_a)} vs {len(lines_b)} lines"


def cases(data, work, records):
    """(name, arguments, standard input) of every run, arguments relative to the run folder."""
    pages = sorted(os.path.join(REPO, "Datasets/pages", n) for n in os.listdir(os.path.join(REPO, "Datasets/pages")))
    web = sample_files(os.path.join(REPO, "Datasets/web"), (".html",), 4)
    fixtures = os.path.join(REPO, "Tests/LedeEvalTests/Fixtures")
    html_root = os.path.join(data, "html")
    html_pages = []
    if os.path.isdir(html_root):
        for name in sorted(os.listdir(html_root)):
            folder = os.path.join(html_root, name)
            folder = os.path.join(folder, "pages") if os.path.isdir(os.path.join(folder, "pages")) else folder
            html_pages.append((name, folder))

    yield "lede text", pages[:6], None
    yield "lede --format json", ["--format", "json"] + pages[:6], None
    yield "lede --format json (one page)", ["--format", "json", pages[0]], None
    yield "lede --explain", ["--explain", "--algorithm", "textrank"] + pages[:3], None
    yield "lede --format html", ["--format", "html"] + pages[:2], None
    yield "lede --words 60 --format json", ["--words", "60", "--format", "json", "--explain"] + pages[3:8], None
    yield "lede web pages", web, None
    yield "lede web pages json", ["--format", "json"] + web, None
    for name, folder in html_pages:
        sample = sample_files(folder, (".html", ".html.gz", ".htm"), 3)
        yield f"lede {name} pages", ["--format", "json"] + sample, None
        yield f"lede extract {name}", ["extract", "--format", "json"] + sample, None
    yield "lede sentences", ["sentences"] + pages[:4], None
    yield "lede extract", ["extract"] + web, None

    jsonl = sorted(os.path.join(d, n) for d, _, ns in os.walk(data) for n in ns if n.endswith(".jsonl.gz"))
    subsets = []
    for path in jsonl:
        label = os.path.relpath(path, data).replace("/", "_").removesuffix(".jsonl.gz")
        subsets.append((label, head_jsonl(path, os.path.join(work, label + ".jsonl"), records)))
    for label, subset in subsets:
        yield f"lede --jsonl {label}", ["--jsonl"], subset
    english = [(l, s) for l, s in subsets if l.startswith("cnn_dailymail_validation")][:1] or subsets[:1]
    for label, subset in english:
        for algorithm in ["lexrank:threshold=0.2", "textrank", "lsa", "edmundson", "lead"]:
            yield f"lede --jsonl --algorithm {algorithm}", ["--jsonl", "--algorithm", algorithm, "--words", "50"], subset
        yield "lede --jsonl --explain", ["--jsonl", "--explain", "--ratio", "0.2"], subset
        yield "lede idf", ["idf", "--output", "model.idf", subset], None
        yield "lede --idf", ["--idf", os.path.join(work, "shared.idf"), "--format", "json"] + pages[:3], None
        yield "lede sentences --language en", ["sentences", "--language", "en", subset], None

    for label, subset in subsets:
        predictions = os.path.join(work, label + ".default.jsonl")
        yield f"lede rouge {label}", ["rouge", "--predictions", predictions, "--dataset", subset, "--stemming"] + (
            [] if "cnn" in label or "bbc" in label or "sci" in label or "pubmed" in label else ["--tokenizer", "words"]), None
    for label, subset in english:
        predictions = os.path.join(work, label + ".default.jsonl")
        baseline = os.path.join(work, label + ".textrank.jsonl")
        rouge = ["rouge", "--predictions", predictions, "--dataset", subset]
        yield "lede rouge json intervals", rouge + ["--stemming", "--confidence", "0.95", "--format", "json",
                                                     "--per-item", "items.jsonl", "--resamples", "300"], None
        yield "lede rouge perl profile", rouge + ["--profile", "perl", "--stemming", "--perl-average",
                                                   "--measures", "rouge1,rouge2,rougeLsum,rougeW,rougeSU4"], None
        yield "lede rouge measures", rouge + ["--measures", "rouge3", "rougeL", "rougeW-1.5", "rougeS*", "--alpha", "0.3",
                                               "--multi-reference", "average", "--word-limit", "40", "--profile", "perl"], None
        yield "lede rouge tokenizer unicode", rouge + ["--tokenizer", "unicode", "--beta", "2"], None
        yield "lede rouge byte limit", rouge + ["--profile", "perl", "--byte-limit", "300", "--multi-reference", "best"], None
        yield "lede rouge words, French", ["rouge", "--predictions", os.path.join(work, "multilingual_fr_orangesum.default.jsonl"),
                                           "--dataset", os.path.join(work, "multilingual_fr_orangesum.jsonl"),
                                           "--tokenizer", "words", "--language", "fr", "--stemming", "--format", "json"], None
        yield "lede rouge characters, Chinese", ["rouge", "--predictions", os.path.join(work, "multilingual_zh_lcsts.default.jsonl"),
                                                 "--dataset", os.path.join(work, "multilingual_zh_lcsts.jsonl"),
                                                 "--tokenizer", "characters", "--confidence", "0.9"], None
        yield "lede rouge baseline", rouge + ["--baseline", baseline, "--trials", "2000", "--confidence", "95",
                                               "--format", "json"], None
        yield "lede rouge baseline bootstrap", rouge + ["--baseline", baseline, "--significance", "bootstrap",
                                                         "--trials", "500"], None
        yield "lede rouge stdin", ["rouge", "--predictions", "-", "--dataset", subset], predictions
        yield "lede rouge missing", ["rouge", "--predictions", os.path.join(work, "partial.jsonl"),
                                     "--dataset", subset], None
        yield "lede rouge --allow-missing", ["rouge", "--predictions", os.path.join(work, "partial.jsonl"),
                                             "--dataset", subset, "--allow-missing"], None

    quick = ["--resamples", "200", "--trials", "1000"]
    for label, subset in subsets:
        yield f"lede eval {label}", ["eval", subset, "--systems", "lead-3,default,textrank,oracle"] + quick, None
    for label, subset in english:
        systems = ["--systems", "lead-3,default,lexrank:threshold=0.2,positional:preceding=-0.5,lsa,oracle"]
        peers = ["--predictions", f"peer-a={os.path.join(work, label + '.textrank.jsonl')}",
                 f"lexrank={os.path.join(work, label + '.default.jsonl')}", "--timing", os.path.join(work, "timing.json")]
        yield "lede eval markdown", ["eval", subset] + systems + ["--precision-recall"], None
        yield "lede eval json", ["eval", subset, "--format", "json", "--label", "cnn"] + systems + quick, None
        yield "lede eval csv", ["eval", subset, "--format", "csv", "--match-reference"] + quick, None
        yield "lede eval predictions", ["eval", subset, "--systems", "lead-3", "default"] + peers + quick + [
            "--save-report", "report.json", "--outputs", "summaries", "--html", "report.html",
            "--html-articles", "10"], None
        yield "lede eval predictions csv", ["eval", subset, "--systems", "lead-3", "--format", "csv",
                                            "--words", "60", "--baseline", "none"] + peers + quick, None
        yield "lede eval predictions json", ["eval", subset, "--systems", "oracle,lead-3", "--format", "json",
                                             "--sentences", "2", "--confidence", "0.9", "--seed", "7"] + peers + quick, None
        yield "lede eval missing predictions", ["eval", subset, "--predictions",
                                                f"partial={os.path.join(work, 'partial.jsonl')}"], None
        yield "lede eval bad system", ["eval", subset, "--systems", "lead-0"], None
        yield "lede eval bad timing", ["eval", subset] + peers[:-1] + [os.path.join(work, "partial.jsonl")], None
    for name, folder in html_pages:
        yield f"lede eval {name} pages", ["eval", page_subset(folder, (".html", ".html.gz", ".htm"), 20,
                                                                os.path.join(work, "pages-" + name)),
                                          "--format", "json", "--skip-invalid"] + quick, None
    yield "lede eval page folder", ["eval", os.path.join(REPO, "Datasets/pages"), "--format", "csv"] + quick, None
    yield "lede eval stories", ["eval", os.path.join(fixtures, "stories"), "--skip-invalid",
                                "--systems", "lead-1,default", "--baseline", "lead-1"] + quick, None
    yield "lede eval bbc", ["eval", os.path.join(fixtures, "bbc"), "--systems", "lead-1,oracle", "--skip-invalid",
                                "--baseline", "none", "--format", "json"] + quick, None
    yield "lede eval fixture pages", ["eval", os.path.join(fixtures, "pages"), "--skip-invalid",
                                      "--systems", "lead-1,textrank", "--baseline", "lead-1", "--format", "csv"] + quick, None


def prepare(base_binary, work, data, records):
    """Prediction files (made by the base binary), a timing file and an IDF model, shared by both runs."""
    for path in sorted(os.path.join(d, n) for d, _, ns in os.walk(data) for n in ns if n.endswith(".jsonl.gz")):
        label = os.path.relpath(path, data).replace("/", "_").removesuffix(".jsonl.gz")
        subset = head_jsonl(path, os.path.join(work, label + ".jsonl"), records)
        for algorithm, suffix in [("default", "default"), ("textrank", "textrank")]:
            with open(subset, "rb") as source, open(os.path.join(work, f"{label}.{suffix}.jsonl"), "wb") as out:
                subprocess.run([base_binary, "--jsonl", "--algorithm", algorithm], stdin=source, stdout=out, check=True)
        if label.startswith("cnn_dailymail_validation") and not os.path.exists(os.path.join(work, "partial.jsonl")):
            with open(os.path.join(work, f"{label}.default.jsonl"), "rb") as full:
                lines = full.read().split(b"\n")
            with open(os.path.join(work, "partial.jsonl"), "wb") as out:
                out.write(b"\n".join(lines[: max(1, len(lines) // 2)]) + b"\n")
            subprocess.run([base_binary, "idf", "--output", os.path.join(work, "shared.idf"), subset], check=True)
    with open(os.path.join(work, "timing.json"), "w") as out:
        json.dump({"peers": {"peer-a": {"mean_seconds_per_article": 0.0125},
                             "cnn_dailymail_validation.default": {"mean_seconds_per_article": 0.5}}}, out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base", help="the commit to compare the working tree with")
    parser.add_argument("--records", type=int, default=60, help="records read from each dataset (default 60)")
    parser.add_argument("--keep-work", action="store_true", help="keep the folder of inputs and outputs")
    arguments = parser.parse_args()
    data = os.environ.get("LEDE_DATASETS") or os.path.join(REPO, "..", "shared", "datasets")
    data = os.path.abspath(data)
    if not os.path.isdir(data):
        sys.exit(f"no datasets at {data} (set LEDE_DATASETS)")

    sha, base_root = export_base(arguments.base)
    print(f"building {sha[:10]} and the working tree (release)", file=sys.stderr)
    base_binary = build(base_root)
    new_binary = build(REPO)

    work = tempfile.mkdtemp(prefix="lede-compare-")
    prepare(base_binary, work, data, arguments.records)
    rows, details, differences = [], [], 0
    for number, (name, args, stdin) in enumerate(cases(data, work, arguments.records)):
        produced = []
        for side, binary in [("base", base_binary), ("new", new_binary)]:
            folder = os.path.join(work, f"run-{number:03d}-{side}")
            os.makedirs(folder)
            result = run(binary, args, folder, stdin)
            csv = "csv" in args
            produced.append(outputs(result, folder, csv, args[:1] == ["rouge"]))
        base, new = produced
        problems = []
        for key in sorted(set(base) | set(new)):
            if base.get(key) != new.get(key):
                detail = "missing on one side" if key not in base or key not in new else first_difference(base[key], new[key])
                problems.append(f"{key}: {detail}")
        compared = ", ".join(k.replace("file ", "") for k in sorted(base) if k != "status")
        if len(compared) > 60:
            compared = compared[:57] + "..."
        sizes = sum(len(v) for v in base.values())
        status = "identical" if not problems else "DIFFERENT"
        differences += bool(problems)
        rows.append((name, base["status"].decode(), f"{sizes:,} B", compared, status))
        details += [f"{name}: {problem}" for problem in problems]
    header = ("run", "exit", "bytes", "compared", "result")
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(5)]
    for row in [header] + rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    if details:
        print("\nfirst differences:\n" + "\n".join(details))
    print(f"\n{len(rows)} runs, base {sha[:10]} vs working tree: "
          + ("all identical" if differences == 0 else f"{differences} DIFFERENT"))
    if arguments.keep_work:
        print(f"inputs and outputs kept in {work}", file=sys.stderr)
    else:
        shutil.rmtree(work)
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
