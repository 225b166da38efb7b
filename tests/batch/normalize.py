"""Reads `whosaid batch --format json` lines and prints them with
document.line set to 0: line numbers count from the start of the stream the
process saw, so under chunking engines (GNU parallel --pipepart, Dask) they
are relative to the chunk. Everything else must be identical.

    normalize.py < out.jsonl > out.normalized.jsonl
"""
import json
import sys

for line in sys.stdin:
    record = json.loads(line)
    body = record.get("report") or record.get("error")
    body["document"]["line"] = 0
    sys.stdout.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
