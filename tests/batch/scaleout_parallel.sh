#!/usr/bin/env bash
# The JSONL-in/JSONL-out line contract under GNU parallel --pipepart: the
# same records, in the same order, as one serial process reading the whole
# dump from standard input (document.line aside, see normalize.py).
# Prints "parallel: ok N lines".
set -euo pipefail
fail() { echo "parallel: FAIL: $*"; exit 1; }
command -v parallel > /dev/null || fail "GNU parallel is not installed (tools/install-deps)"
here=$(dirname "$0")
/usr/bin/python3 "$here/make_batch.py" "$CORPORA" "$T/in"
dump="$T/in/dump.jsonl"
contract=(batch --input-format jsonl --format json -j 1 -)

"$WHOSAID" "${contract[@]}" < "$dump" > "$T/serial.jsonl" 2>/dev/null || [[ $? == 2 ]]
# Exit status 2 from a chunk only means "some record failed" (see README).
parallel --will-cite --pipepart -a "$dump" --block -4 -j 2 --keep-order \
  "$WHOSAID" "${contract[@]}" > "$T/parallel.jsonl" 2>/dev/null || true
records=$(grep -cv '^ *$' "$dump")
[[ $(wc -l < "$T/serial.jsonl") == "$records" ]] || fail "serial: not one line per record"
[[ $(wc -l < "$T/parallel.jsonl") == "$records" ]] || fail "parallel: $(wc -l < "$T/parallel.jsonl") lines, want $records"
/usr/bin/python3 "$here/normalize.py" < "$T/serial.jsonl" > "$T/serial.norm"
/usr/bin/python3 "$here/normalize.py" < "$T/parallel.jsonl" > "$T/parallel.norm"
cmp "$T/serial.norm" "$T/parallel.norm" || fail "parallel output differs from the serial run"
# The chunks really were separate processes: line numbers restart.
cmp -s "$T/serial.jsonl" "$T/parallel.jsonl" && fail "output not chunked (one process?)"
echo "parallel: ok $records lines"
