#!/usr/bin/env bash
# Every editorial check (as listed by `whosaid checks`) and every
# check-worthiness kind (from report.proto) fires in at least one golden
# report under corpora/golden/.
set -euo pipefail
whosaid=$1
root=$2
missing=0
checks=$("$whosaid" checks | awk '{print $1}')
kinds=$(grep -o 'CHECK_WORTHINESS_[A-Z_]*' "$root/proto/whosaid/v1/report.proto" |
        grep -v UNSPECIFIED | sort -u)
[[ -n $checks && -n $kinds ]] || { echo "error: no checks or kinds found"; exit 1; }
for id in $checks; do
  if ! grep -q "check: \"$id\"" "$root"/corpora/golden/*.expected.txtpb; then
    echo "error: no golden report has a [$id] finding"; missing=1
  fi
done
for kind in $kinds; do
  if ! grep -q "kind: $kind\$" "$root"/corpora/golden/*.expected.txtpb; then
    echo "error: no golden report has a $kind trigger"; missing=1
  fi
done
echo "checked $(wc -w <<< "$checks") checks and $(wc -w <<< "$kinds") kinds"
exit $missing
