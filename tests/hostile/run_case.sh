#!/usr/bin/env bash
# One hostile-input case:  run_case.sh CASE
#
# Generates CASE (tests/hostile/generate.py) in a scratch folder, runs
# `whosaid check --format proto` on it under /usr/bin/time, and checks the
# stream with verify_stream (every span invariant against the input, or an
# error record). Prints verify_stream's lines, the first stderr lines,
# "exit=N", the measurements and finally "verdict=ok" or "verdict=FAIL: why".
# The CTest's PASS_REGULAR_EXPRESSION pins the expected outcome per case.
#
# Environment: WHOSAID, VERIFY (verify_stream), PYTHON, GENERATE, and
# RSS_CONSTANT_KB, the fixed part of the memory bound
# peak RSS <= RSS_PER_BYTE * input + RSS_CONSTANT_KB (RSS_PER_BYTE default 20).
set -uo pipefail
case=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
input=$T/$case.txt
"$PYTHON" "$GENERATE" "$case" "$input" || { echo "verdict=FAIL: cannot generate"; exit 1; }
size=0
[[ -f $input ]] && size=$(stat -c %s "$input")

/usr/bin/time -f "%e %M" -o "$T/time" "$WHOSAID" check --format proto "$input" \
  > "$T/out.binpb" 2> "$T/err"
status=$?
"$VERIFY" "$input" < "$T/out.binpb"
verified=$?
head -n 3 "$T/err"
(( $(wc -l < "$T/err") > 3 )) && tail -n 1 "$T/err"
echo "exit=$status"

read -r seconds rss_kb < <(tail -n 1 "$T/time")
bound_kb=$(( ${RSS_PER_BYTE:-20} * size / 1024 + RSS_CONSTANT_KB ))
echo "case=$case bytes=$size seconds=$seconds peak_rss_kb=$rss_kb bound_kb=$bound_kb"

if (( status != 0 && status != 2 )); then
  echo "verdict=FAIL: exit status $status (crash?)"
elif (( verified != 0 )); then
  echo "verdict=FAIL: the output breaks an invariant"
elif (( rss_kb > bound_kb )); then
  echo "verdict=FAIL: peak RSS ${rss_kb} KB over the bound ${bound_kb} KB"
else
  echo "verdict=ok"
fi
