#!/usr/bin/env bash
# Acceptance test of `whosaid batch` (issue 6): a few thousand documents from
# our own corpora, mixing good, empty, invalid-UTF-8, malformed-JSON, HTML and
# binary inputs. Checks: one record per document (count computed by the
# generator), the same bytes for --jobs 1 and --jobs 2 in both formats, the
# C++ and the Python reader read the stream identically, spans of HTML
# documents index their extracted text, and the roll-up is the same whatever
# --jobs. Prints "acceptance: ok" at the end; the CTest looks for it.
#
# Environment: WHOSAID, READ_STREAM, PYTHON_PROTO_DIR, CORPORA, T (scratch).
set -euo pipefail
fail() { echo "acceptance: FAIL: $*"; exit 1; }

/usr/bin/python3 "$(dirname "$0")/make_batch.py" "$CORPORA" "$T/in"
read -r expected < "$T/in/expected"           # documents=N errors=E
documents=${expected#documents=}; documents=${documents%% *}
errors=${expected#*errors=}
cd "$T/in"
inputs=(--exclude '*.md' dump.jsonl pages texts)

for jobs in 1 2; do
  status=0
  "$WHOSAID" batch -j $jobs "${inputs[@]}" --format proto -o "$T/j$jobs.binpb" \
    --rollup "$T/j$jobs.csv" 2> "$T/j$jobs.err" || status=$?
  [[ $status == 2 ]] || fail "--jobs $jobs: exit $status, want 2 (some documents fail)"
  status=0
  "$WHOSAID" batch -j $jobs "${inputs[@]}" > "$T/j$jobs.jsonl" 2>/dev/null || status=$?
  [[ $status == 2 ]] || fail "--jobs $jobs json: exit $status"
done
cmp "$T/j1.binpb" "$T/j2.binpb" || fail "proto output differs between --jobs 1 and 2"
cmp "$T/j1.jsonl" "$T/j2.jsonl" || fail "json output differs between --jobs 1 and 2"
cmp "$T/j1.csv" "$T/j2.csv" || fail "roll-up differs between --jobs 1 and 2"
cmp "$T/j1.err" "$T/j2.err" || fail "stderr differs between --jobs 1 and 2"

# One JSON line per document, one stderr line per failed one.
[[ $(wc -l < "$T/j1.jsonl") == "$documents" ]] || fail "json: $(wc -l < "$T/j1.jsonl") lines, want $documents"
[[ $(grep -c '^{"error"' "$T/j1.jsonl") == "$errors" ]] || fail "json: wrong number of error lines"
[[ $(grep -c '^whosaid: error: ' "$T/j1.err") == "$errors" ]] || fail "stderr: want $errors error lines"
grep -Eq '^whosaid: error: dump.jsonl:[0-9]+:[0-9]+: invalid JSON: ' "$T/j1.err" || fail "no FILE:LINE:COL for invalid JSON"
grep -q '^whosaid: error: texts/garbage.bin: binary file' "$T/j1.err" || fail "binary file not reported"

# Both readers, same lines; one record per document; spans checked.
"$READ_STREAM" "$T/j1.binpb" > "$T/cpp.txt" || fail "C++ reader failed"
PYTHONPATH="$PYTHON_PROTO_DIR" /usr/bin/python3 "$(dirname "$0")/../../tools/read_stream.py" \
  "$T/j1.binpb" > "$T/py.txt" || fail "Python reader failed"
cmp "$T/cpp.txt" "$T/py.txt" || fail "C++ and Python readers disagree"
[[ $(grep -Ec '^(report|error) ' "$T/cpp.txt") == "$documents" ]] || fail "stream: wrong record count"
grep -q "^summary documents=$documents reports=$((documents - errors)) errors=$errors\$" "$T/cpp.txt" ||
  fail "summary: $(tail -1 "$T/cpp.txt")"
[[ $(grep -c 'spans=ok' "$T/cpp.txt") -ge 100 ]] || fail "too few HTML reports with checked spans"
! grep -q 'spans=BAD' "$T/cpp.txt" || fail "an HTML span does not index its text"
# Every JSON Lines record and every file appears exactly once.
[[ $(grep -Ec '^(report|error) .* at=dump.jsonl:[1-9]' "$T/cpp.txt") == \
   $(grep -cv '^ *$' dump.jsonl) ]] || fail "JSON Lines records missing or repeated"
[[ $(grep -Ec '^(report|error) .* at=(pages|texts)/' "$T/cpp.txt") == \
   $(find pages texts -type f ! -name '*.md' | wc -l) ]] || fail "files missing or repeated"
grep -q '^(all),'"$documents"',' "$T/j1.csv" || fail "roll-up overall row"
echo "acceptance: ok documents=$documents errors=$errors"
