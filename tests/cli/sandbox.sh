#!/usr/bin/env bash
# whosaid opens no network connection and writes nowhere but stdout and
# stderr. Two independent checks, each used when this machine allows it:
#   - unshare -rn: a run without any network gives the same bytes;
#   - strace -f: no socket system call, no file opened for writing, no file
#     created, renamed or removed.
# Prints what it checked and "network_calls=0 file_writes=0"; exits 77
# (skipped) when neither tool can run here. Environment: WHOSAID, SAMPLE.
set -uo pipefail
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
run() { "$@" check --format proto "$SAMPLE" - < "$SAMPLE"; }
run "$WHOSAID" > "$T/plain.out" 2> /dev/null || { echo "plain run failed"; exit 1; }
checked=0

if unshare -rn true 2> /dev/null; then
  run unshare -rn "$WHOSAID" > "$T/offline.out" 2> /dev/null
  cmp -s "$T/plain.out" "$T/offline.out" || { echo "offline run differs"; exit 1; }
  echo "offline run (unshare -rn) identical"
  checked=1
fi

if command -v strace > /dev/null && strace -f -o /dev/null true 2> /dev/null; then
  # LeakSanitizer cannot run under ptrace (asan builds).
  ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
    run strace -f -qq -o "$T/trace" \
    -e trace=%network,open,openat,openat2,creat,truncate,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,link,linkat,symlink,symlinkat \
    "$WHOSAID" > "$T/traced.out" 2> /dev/null
  cmp -s "$T/plain.out" "$T/traced.out" || { echo "traced run differs"; exit 1; }
  network=$(grep -cE '^[0-9]+ +(socket|socketpair|connect|bind|listen|accept4?|send(to|msg|mmsg)|recv(from|msg|mmsg))\(' "$T/trace")
  writes=$(grep -E '^[0-9]+ +(open|openat|openat2)\(' "$T/trace" | grep -cE 'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC')
  changes=$(grep -cE '^[0-9]+ +(creat|truncate|rename|renameat2?|unlink|unlinkat|mkdir|mkdirat|link|linkat|symlink|symlinkat)\(' "$T/trace")
  opens=$(grep -cE '^[0-9]+ +(open|openat|openat2)\(' "$T/trace")
  grep -E '^[0-9]+ +(socket|connect)' "$T/trace" | head -n 3
  grep -E 'O_WRONLY|O_RDWR|O_CREAT|O_TRUNC' "$T/trace" | head -n 3
  echo "strace: $opens opens, network_calls=$network file_writes=$((writes + changes))"
  checked=1
fi

(( checked )) || { echo "neither unshare -rn nor strace works here"; exit 77; }
