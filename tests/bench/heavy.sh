#!/usr/bin/env bash
# Peak memory and time of the heavy corners of the pathological-input benchmark (issue 18), whole process:
#
#   bash tests/bench/heavy.sh [L10N...]     (default: dotnet src/Localization.Cli/bin/Release/net10.0/l10n.dll)
#
# - a 9 MB page pair: the seed page of the corpus and its Korean translation, each repeated 300 times
#   (needs ../shared/corpora/privacyguides-2026-03, read in place; skipped without it);
# - tables of 10,000 (9 MB; refused, over the 1,000-column limit) and 1,000 columns × 50 rows (generated), their
#   translations with only the title and intro translated, so that every cell is English left in the translation.
# Prints one line per input: wall seconds, peak resident memory (GNU time), number of findings.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if (($#)); then L10N=("$@"); else L10N=(dotnet "$REPO/src/Localization.Cli/bin/Release/net10.0/l10n.dll"); fi
CORPUS=${CORPUS:-$REPO/../shared/corpora/privacyguides-2026-03}
SEED=real-time-communication.md
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

measure() {
  local name=$1 en=$2 ko=$3
  /usr/bin/time -f '%e %M' -o "$TMP/time" "${L10N[@]}" check --source "$en" --target "$ko" --lang ko \
    --format json -o "$TMP/out.json" --force --fail-on none --file-timeout 0
  read -r seconds kb <"$TMP/time"
  findings=$(grep -o '"rule":' "$TMP/out.json" | wc -l)
  printf '%-34s %8.2f s %6d MB %8d findings\n' "$name" "$seconds" $((kb / 1024)) "$findings"
}

if [[ -f "$CORPUS/docs/$SEED" ]]; then
  for _ in $(seq 300); do cat "$CORPUS/docs/$SEED"; printf '\n'; done >"$TMP/en300.md"
  for _ in $(seq 300); do cat "$CORPUS/i18n/ko/$SEED"; printf '\n'; done >"$TMP/ko300.md"
  measure "9 MB page pair (seed ×300)" "$TMP/en300.md" "$TMP/ko300.md"
else
  echo "corpus not found at $CORPUS: the 9 MB page pair is skipped"
fi

for cols in 10000 1000; do
  awk -v cols="$cols" 'BEGIN {
    rows = 50
    printf "# Table\n\nSome intro text in English.\n\n|"
    for (c = 0; c < cols; c++) printf "Column %d|", c
    printf "\n|"; for (c = 0; c < cols; c++) printf "-|"; printf "\n"
    for (r = 0; r < rows; r++) { printf "|"; for (c = 0; c < cols; c++) printf "cell %d %d text|", r, c; printf "\n" }
  }' >"$TMP/table.en.md"
  sed -e 's/^# Table$/# 표/' -e 's/^Some intro text in English\.$/영어로 된 소개 글./' "$TMP/table.en.md" >"$TMP/table.ko.md"
  measure "table $cols columns × 50 rows" "$TMP/table.en.md" "$TMP/table.ko.md"
done
