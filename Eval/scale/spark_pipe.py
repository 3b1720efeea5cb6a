"""Runs `lede --jsonl` over a JSONL dataset with Apache Spark's RDD.pipe (local mode) and writes
the summaries, one line per input record, in input order.

    spark_pipe.py LEDE DATASET OUTPUT [--workers 2] [--partitions 4]

The dataset is read by Spark (gzip included), cut into partitions, and each partition is piped
through its own `lede --jsonl --threads 1` process, as a cluster would run it. Records carry their
input position through the pipe (zipWithIndex), so the output can be put back in input order and
compared with a single `lede --jsonl` run record for record. Prints one line of JSON with the
record count and the wall time of the Spark job (the JVM's start-up excluded).
"""
import argparse
import json
import os
import sys
import time

from pyspark import SparkConf, SparkContext


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lede")
    parser.add_argument("dataset")
    parser.add_argument("output")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()

    conf = (SparkConf().setMaster(f"local[{args.workers}]").setAppName("lede-scale-check")
            .set("spark.ui.enabled", "false").set("spark.driver.memory", "2g"))
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    try:
        start = time.perf_counter()
        # Each record travels with its input position through the shuffle; within a partition
        # lede writes one output line per input line, so positions and summaries zip up again.
        lines = context.textFile(os.path.abspath(args.dataset))
        indexed = lines.zipWithIndex().repartition(args.partitions).cache()
        positions = indexed.map(lambda pair: pair[1])
        summaries = indexed.map(lambda pair: pair[0]).pipe(f"{args.lede} --jsonl --threads 1")
        ordered = sorted(positions.zip(summaries).collect())
        elapsed = time.perf_counter() - start
    finally:
        context.stop()

    with open(args.output, "w", encoding="utf-8", newline="\n") as output:
        for _, summary in ordered:
            output.write(summary)
            output.write("\n")
    json.dump({"records": len(ordered), "seconds": elapsed}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
