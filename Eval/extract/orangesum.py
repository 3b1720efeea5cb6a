#!/usr/bin/env python3
"""Abstracts and summaries from web pages: OrangeSum's 750 French pages against their clean text.

1. `lede extract --format json` on every page of $LEDE_DATASETS/html/orangesum_fr: the share of
   pages whose extracted `abstract` is the reference of multilingual/fr_orangesum.jsonl.gz (same
   ids), compared on lower-cased letters and digits only (typography and markup aside).
2. `lede eval` (system `default`, 3 sentences) on the pages as JSONL records {"id", "html",
   "references"} and on the clean JSONL records of the same articles: ROUGE-1/2/L of the
   summaries drawn from the extracted body against those drawn from the clean text.
   The clean text joins the page's paragraphs without a space ("Pyrénées.Alors", the datasets
   README), which hides sentence and paragraph ends that the page's markup shows. The fair
   comparison is therefore with the clean text whose joins are restored: a paragraph break
   wherever a sentence's final punctuation is directly followed by a capital letter or an
   opening quote. Both clean rows are reported; the difference is against the restored one.

Usage: python3 Eval/extract/orangesum.py [--lede .build/release/lede] [--limit N]
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def normalized(text):
    return "".join(character for character in (text or "").lower() if character.isalnum())


JOIN = re.compile(r'([.!?…»"”)])([A-ZÀÂÄÉÈÊËÎÏÔÖÙÛÜÇŒ«"“])')


def restored_joins(record_line):
    """The clean JSONL record with a paragraph break at each join that lacks its space."""
    record = json.loads(record_line)
    record["article"] = JOIN.sub(r"\1\n\n\2", record["article"])
    return json.dumps(record, ensure_ascii=False) + "\n"


def rouge_row(lede, dataset, limit):
    command = [lede, "eval", dataset, "--systems", "default", "--baseline", "none", "--format", "json"]
    if limit:
        command += ["--limit", str(limit)]
    report = json.loads(subprocess.run(command, capture_output=True, check=True).stdout)
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lede", default=os.path.join(ROOT, ".build", "release", "lede"))
    parser.add_argument("--datasets", default=os.environ.get("LEDE_DATASETS", os.path.join(ROOT, "..", "shared", "datasets")))
    parser.add_argument("--limit", type=int)
    arguments = parser.parse_args()

    pages = os.path.join(arguments.datasets, "html", "orangesum_fr")
    clean = os.path.join(arguments.datasets, "multilingual", "fr_orangesum.jsonl.gz")
    references = {}
    with gzip.open(clean, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            references[record["id"].removeprefix("orangesum-")] = " ".join(record["references"][0])
    names = sorted(name for name in os.listdir(pages) if name.endswith(".html.gz"))
    if arguments.limit:
        names = names[: arguments.limit]

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name in names:
            path = os.path.join(folder, name.removesuffix(".gz"))
            with gzip.open(os.path.join(pages, name), "rb") as source, open(path, "wb") as target:
                target.write(source.read())
            paths.append(path)
        reports = json.loads(subprocess.run([arguments.lede, "extract", "--format", "json", *paths],
                                            capture_output=True, check=True).stdout)
        if isinstance(reports, dict):
            reports = [reports]
        matched = 0
        misses = []
        bodies = {}
        for name, report in zip(names, reports):
            page_id = name.removesuffix(".html.gz")
            bodies["orangesum-" + page_id] = normalized(" ".join(report["body"]))
            if normalized(report["abstract"]) == normalized(references.get(page_id)):
                matched += 1
            else:
                misses.append(page_id)
        print(f"abstract = reference: {matched} of {len(names)} pages ({100 * matched / len(names):.1f}%)")
        if misses:
            print(f"first misses: {', '.join(misses[:10])}")

        html_dataset = os.path.join(folder, "html.jsonl")
        text_dataset = os.path.join(folder, "clean.jsonl")
        restored_dataset = os.path.join(folder, "restored.jsonl")
        wanted = {}
        with gzip.open(clean, "rt", encoding="utf-8") as source:
            for line in source:
                record = json.loads(line)
                wanted[record["id"]] = line
        same_html = os.path.join(folder, "same-html.jsonl")
        same_restored = os.path.join(folder, "same-restored.jsonl")
        with open(html_dataset, "w") as html_file, open(text_dataset, "w") as text_file, \
                open(restored_dataset, "w") as restored_file, open(same_html, "w") as same_html_file, \
                open(same_restored, "w") as same_restored_file:
            for name, path in zip(names, paths):
                record_id = "orangesum-" + name.removesuffix(".html.gz")
                line = wanted[record_id]
                text_file.write(line)
                restored_file.write(restored_joins(line))
                with open(path, encoding="utf-8", errors="replace") as page:
                    html = page.read()
                html_record = json.dumps({"id": record_id, "html": html, "references": json.loads(line)["references"]}) + "\n"
                html_file.write(html_record)
                # Pages whose extracted body is the clean article, letter for letter.
                if bodies[record_id] == normalized(json.loads(line)["article"]):
                    same_html_file.write(html_record)
                    same_restored_file.write(restored_joins(line))
        rows = {"html": rouge_row(arguments.lede, html_dataset, None), "clean text": rouge_row(arguments.lede, text_dataset, None),
                "clean text, joins restored": rouge_row(arguments.lede, restored_dataset, None),
                "html, pages whose body is the clean article": rouge_row(arguments.lede, same_html, None),
                "clean text, joins restored, same pages": rouge_row(arguments.lede, same_restored, None)}

    print("| input | articles | ROUGE-1 | ROUGE-2 | ROUGE-L |")
    print("|---|---:|---:|---:|---:|")
    scores = {}
    for label, report in rows.items():
        system = report["systems"][0]
        values = {measure: system[measure]["fmeasure"] * 100 for measure in ("rouge1", "rouge2", "rougeL")}
        scores[label] = values
        print(f"| {label} | {report['articles']} | {values['rouge1']:.2f} | {values['rouge2']:.2f} | {values['rougeL']:.2f} |")
    same = scores["html, pages whose body is the clean article"]["rouge1"] - scores["clean text, joins restored, same pages"]["rouge1"]
    print(f"ROUGE-1 difference on the pages whose extracted body is the clean article: {same:+.2f}")
    print(f"ROUGE-1 difference (html - clean text, joins restored): "
          f"{scores['html']['rouge1'] - scores['clean text, joins restored']['rouge1']:+.2f} "
          f"(against the clean text as stored: {scores['html']['rouge1'] - scores['clean text']['rouge1']:+.2f})")


if __name__ == "__main__":
    main()
