"""The JSONL-in/JSONL-out line contract under Dask distributed: a
LocalCluster of two worker processes pipes each partition of the dump
through `whosaid batch --input-format jsonl - --format json`; the result must
equal one serial run (document.line aside: it is relative to the partition).

    /usr/bin/python3 scaleout_dask.py WHOSAID DUMP.jsonl SCRATCH_DIR

Prints "dask: ok N lines".
"""
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster

CONTRACT = ["batch", "--input-format", "jsonl", "--format", "json", "-j", "1", "-"]


def normalized(lines):
    out = subprocess.run([sys.executable, __file__.replace("scaleout_dask.py", "normalize.py")],
                         input="".join(lines).encode(), capture_output=True, check=True)
    return out.stdout.decode().splitlines(keepends=True)


def run_partition(lines, whosaid):
    # The same thing Hadoop Streaming or Spark's RDD.pipe() do: lines in on
    # stdin, one line out per input record on stdout. Exit status 2 only
    # means some records are error records.
    # surrogateescape: invalid UTF-8 bytes reach whosaid as they were.
    done = subprocess.run([whosaid, *CONTRACT],
                          input="".join(lines).encode("utf-8", "surrogateescape"),
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    if done.returncode not in (0, 2):
        raise RuntimeError(f"whosaid exited {done.returncode}")
    return done.stdout.decode().splitlines(keepends=True)  # keep every "\n"


def main():
    whosaid, dump = sys.argv[1], sys.argv[2]
    serial = subprocess.run([whosaid, *CONTRACT], stdin=open(dump, "rb"),
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    expected = serial.stdout.decode().splitlines(keepends=True)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      host="127.0.0.1", dashboard_address=None) as cluster, \
            Client(cluster) as client:
        bag = db.read_text(dump, blocksize="128KiB", errors="surrogateescape")
        partitions = bag.npartitions
        got = bag.map_partitions(run_partition, whosaid).compute()
        workers = len(client.scheduler_info()["workers"])
    if workers != 2 or partitions < 2:
        print(f"dask: FAIL: {workers} workers, {partitions} partitions")
        return 1
    records = sum(1 for line in open(dump, encoding="utf-8", errors="replace") if line.strip())
    if len(got) != records or len(expected) != records:
        print(f"dask: FAIL: {len(got)} lines from dask, {len(expected)} serial, {records} records")
        return 1
    if normalized(got) != normalized(expected):
        print("dask: FAIL: output differs from the serial run")
        return 1
    print(f"dask: ok {len(got)} lines in {partitions} partitions on {workers} workers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
