#!/usr/bin/env python3
"""Time and peak memory of Lede and the Python peers on one long text, from 100 to
1,000,000 sentences (issue 10, acceptance 2).

    Eval/.venv/bin/python Eval/bench/scaling.py                 # all sizes, 60 s limit
    Eval/.venv/bin/python Eval/bench/scaling.py --sizes 1000,10000 --limit 20

Each text is CNN/DailyMail validation articles joined (Eval/bench/long_text.py; generated
under Eval/work/long, never committed). Every system runs as its own process on the file,
asked for 10 sentences, under `/usr/bin/time` (wall-clock seconds and peak resident memory of
the whole process: start-up, reading, summarizing). A peer that passes the time limit is
stopped and not run on larger texts. Lede is the release build of this checkout
(`swift build -c release --product lede` first). Writes Eval/bench/scaling.md (the table) and
Eval/bench/scaling.svg (log-log plots); matplotlib is pinned in Eval/peers/requirements.txt.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SYSTEMS = ["lede", "summa-textrank", "sumy-lexrank", "lexrank"]
SIZES = [100, 300, 1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000]
SENTENCES = 10


def run_peer(name, path):
    """Runs in the child process: one peer, one text, summary on standard output."""
    sys.path.insert(0, os.path.join(ROOT, "Eval", "peers"))
    from run_peers import build_peers

    with open(path, encoding="utf-8") as file:
        text = file.read()
    peer = build_peers([name])[name]
    peer.prepare([text])
    for sentence in peer.summarize(text, SENTENCES):
        print(sentence)


def measure(system, path, limit):
    """(seconds, peak MB) of one run, or None when it passed the limit or failed."""
    if system == "lede":
        command = [os.path.join(ROOT, ".build", "release", "lede"), "--sentences", str(SENTENCES), path]
    else:
        command = [sys.executable, os.path.abspath(__file__), "--run", system, path]
    timed = ["/usr/bin/time", "-f", "%e %M", *command]
    environment = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1",
                       PYTHONHASHSEED="0")
    try:
        result = subprocess.run(timed, capture_output=True, text=True, timeout=limit, env=environment)
    except subprocess.TimeoutExpired:
        return None
    if result.returncode != 0:
        print(f"{system} on {path} failed: {result.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024


def text_for(size):
    path = os.path.join(ROOT, "Eval", "work", "long", f"{size}.txt")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(HERE, "long_text.py"), "--sentences", str(size),
                        "--output", path], check=True)
    return path


def plot(results, sizes, limit, output):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (time_axis, memory_axis) = plt.subplots(1, 2, figsize=(11, 4.5))
    for system in SYSTEMS:
        points = [(size, results[system][size]) for size in sizes if results[system].get(size)]
        if not points:
            continue
        xs = [size for size, _ in points]
        time_axis.plot(xs, [m[0] for _, m in points], marker="o", label=system)
        memory_axis.plot(xs, [m[1] for _, m in points], marker="o", label=system)
    for axis, label in ((time_axis, "seconds (whole process)"), (memory_axis, "peak resident memory (MB)")):
        axis.set_xscale("log")
        axis.set_yscale("log")
        axis.set_xlabel("sentences in the text")
        axis.set_ylabel(label)
        axis.grid(True, which="both", alpha=0.3)
    time_axis.axhline(limit, color="grey", linestyle=":", label=f"time limit ({limit:g} s)")
    time_axis.legend()
    figure.suptitle(f"One text of CNN/DailyMail articles joined, {SENTENCES}-sentence summary, one thread")
    figure.tight_layout()
    figure.savefig(output, metadata={"Date": None})


def main():
    parser = argparse.ArgumentParser(description="Scaling of Lede and the Python peers on long texts.")
    parser.add_argument("--run", nargs=2, metavar=("PEER", "FILE"), help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="sentence counts, comma-separated")
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--limit", type=float, default=60, help="seconds after which a peer is stopped")
    parser.add_argument("--output", default=os.path.join(HERE, "scaling"), help="writes OUTPUT.md and OUTPUT.svg")
    args = parser.parse_args()
    if args.run:
        run_peer(*args.run)
        return
    sizes = [int(size) for size in args.sizes.split(",")]
    systems = args.systems.split(",")
    results = {system: {} for system in SYSTEMS}
    stopped = set()
    for size in sizes:
        path = text_for(size)
        megabytes = os.path.getsize(path) / 1e6
        for system in systems:
            if system in stopped:
                continue
            measured = measure(system, path, args.limit)
            results[system][size] = measured
            shown = f"{measured[0]:.2f} s, {measured[1]:.0f} MB" if measured else f"> {args.limit:g} s (stopped)"
            print(f"{size:>9} sentences ({megabytes:.1f} MB) {system:15} {shown}", flush=True)
            if measured is None:
                stopped.add(system)

    lines = [
        f"Time and peak memory for a {SENTENCES}-sentence summary of one text (whole process, one thread; "
        f"peers stopped after {args.limit:g} s). Made by `Eval/bench/scaling.py`.",
        "",
        "| sentences | MB | " + " | ".join(systems) + " |",
        "|---:|---:|" + "---:|" * len(systems),
    ]
    for size in sizes:
        cells = []
        for system in systems:
            if size not in results[system]:
                cells.append("not run (limit passed)" if system in stopped else "not run")
            elif results[system][size] is None:
                cells.append(f"> {args.limit:g} s")
            else:
                seconds, peak = results[system][size]
                cells.append(f"{seconds:.2f} s, {peak:.0f} MB")
        megabytes = os.path.getsize(text_for(size)) / 1e6
        lines.append(f"| {size:,} | {megabytes:.1f} | " + " | ".join(cells) + " |")
    with open(args.output + ".md", "w", encoding="utf-8") as table:
        table.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    plot(results, sizes, args.limit, args.output + ".svg")


if __name__ == "__main__":
    main()
