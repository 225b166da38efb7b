#!/usr/bin/env bash
# Runs a shell command with $WHOSAID, $SAMPLE and a scratch folder $T,
# prints its stdout and stderr, then "exit=N", and always succeeds: the
# CTest's PASS_REGULAR_EXPRESSION checks message and exit status together.
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
export T
bash -c "$1" 2>&1
echo "exit=$?"
