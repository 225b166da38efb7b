#!/usr/bin/env bash
# Byte-identical output: runs `whosaid check` on the same inputs in every
# format, twice as is and then under other locales, time zone, malloc
# perturbation and an almost empty environment, and compares the bytes.
# Prints "identical formats=4 runs=5" on success, the first difference
# otherwise. Environment: WHOSAID, SAMPLE, CORPORA (folder with golden/).
set -uo pipefail
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"
cp "$SAMPLE" "$CORPORA"/golden/*.txt .
printf 'Caf\xe9 owners said prices rose.\r\n\xef\xbb\xbf\xe2\x80\x9cNo,\xe2\x80\x9d she said. \xf0\x9f\x98\x80\x00\n' > mixed.txt
inputs=(*.txt)
runs=(
  ""
  ""
  "LC_ALL=C LANG=C"
  "LC_ALL=tr_TR.UTF-8 LANG=tr_TR.UTF-8 TZ=Asia/Kathmandu MALLOC_PERTURB_=165"
  "-i PATH=/usr/bin:/bin"
)
for format in text json proto textproto; do
  for k in "${!runs[@]}"; do
    # shellcheck disable=SC2086  # the run's settings are words for env
    env ${runs[$k]} "$WHOSAID" check --format "$format" "${inputs[@]}" - \
      < "$SAMPLE" > "$format.$k.out" 2> "$format.$k.err"
    echo "exit=$?" >> "$format.$k.err"
    if (( k > 0 )); then
      for stream in out err; do
        if ! cmp "$format.0.$stream" "$format.$k.$stream"; then
          echo "different: --format $format std$stream with env ${runs[$k]:-(unchanged)}"
          exit 1
        fi
      done
    fi
  done
  [[ -s $format.0.out ]] || { echo "empty output for --format $format"; exit 1; }
done
echo "identical formats=4 runs=${#runs[@]}"
