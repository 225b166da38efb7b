#!/usr/bin/env bash
# --resume after a kill: the rerun appends only what is missing, and the
# final output (and roll-up) is byte for byte that of an uninterrupted run.
# Two ways to die: the test hook WHOSAID_TEST_TEAR_AFTER=N (writes half of
# record N+1, then exits as if killed: a torn record at a known place), and
# a real SIGKILL from this script while the batch is running.
# Usage: resume.sh FORMAT (proto|json). Prints "resume: ok".
set -euo pipefail
fail() { echo "resume: FAIL: $*"; exit 1; }
format=$1
/usr/bin/python3 "$(dirname "$0")/make_batch.py" "$CORPORA" "$T/in" --scale 3
cd "$T/in"
inputs=(--exclude "*.md" --format "$format" dump.jsonl pages texts)

"$WHOSAID" batch -j 2 "${inputs[@]}" -o "$T/full" --rollup "$T/full.csv" 2>/dev/null || [[ $? == 2 ]]

# 1. Torn record at a known place.
status=0
WHOSAID_TEST_TEAR_AFTER=1000 "$WHOSAID" batch -j 1 "${inputs[@]}" -o "$T/torn" 2>/dev/null || status=$?
[[ $status == 137 ]] || fail "tear hook: exit $status"
size=$(stat -c %s "$T/torn")
(( size > 0 && size < $(stat -c %s "$T/full") )) || fail "tear hook: nothing partial written"
cmp -s "$T/torn" "$T/full" && fail "torn output is already complete"
"$WHOSAID" batch -j 2 "${inputs[@]}" -o "$T/torn" --resume --rollup "$T/torn.csv" 2>"$T/torn.err" ||
  [[ $? == 2 ]]
cmp "$T/torn" "$T/full" || fail "resumed (torn) output differs from an uninterrupted run"
cmp "$T/torn.csv" "$T/full.csv" || fail "resumed roll-up differs"
# Documents before the tear are not analysed again, so their errors are not
# reported again either.
total_errors=$(sed 's/.*errors=//' expected)
resumed_errors=$(grep -c '^whosaid: error: ' "$T/torn.err" || true)
(( resumed_errors < total_errors )) || fail "resume re-ran documents already written"

# 2. A real SIGKILL while running.
"$WHOSAID" batch "${inputs[@]}" -j 1 -o "$T/killed" 2>/dev/null &
pid=$!
for _ in $(seq 1 2000); do
  [[ -f "$T/killed" ]] && (( $(stat -c %s "$T/killed") > 100000 )) && break
  sleep 0.01
done
kill -KILL $pid || fail "the batch ended before it could be killed"
wait $pid 2>/dev/null && fail "killed batch exited 0"
cmp -s "$T/killed" "$T/full" && fail "killed output is already complete"
"$WHOSAID" batch -j 2 "${inputs[@]}" -o "$T/killed" --resume 2>/dev/null || [[ $? == 2 ]]
cmp "$T/killed" "$T/full" || fail "resumed (killed) output differs from an uninterrupted run"

# 3. Resuming a complete output changes nothing.
"$WHOSAID" batch "${inputs[@]}" -o "$T/full" --resume 2>/dev/null || [[ $? == 2 ]]
cmp "$T/full" "$T/killed" || fail "resuming a complete output changed it"
echo "resume: ok $format"
