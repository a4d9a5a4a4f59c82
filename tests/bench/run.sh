#!/usr/bin/env bash
# Whole-process benchmarks of the l10n CLI, with po4a-gettextize as the peer baseline.
#
#   bash tests/bench/run.sh            (from the repository root; takes ~5 minutes on 2 cores)
#
# Not part of CI. Needs the privacyguides corpora in ../shared/corpora beside the repository root (read in
# place, never copied). Installs po4a, hyperfine and GNU time with apt-get when they are missing.
# Writes everything to artifacts/bench/ (git-ignored): the published CLI builds, hyperfine JSON exports,
# the po4a per-pair log and results.md, the Markdown table also printed at the end.
#
# Environment: RUNS (hyperfine runs, default 5), WARMUP (default 1), CORPUS (default
# ../shared/corpora/privacyguides-2026-03), LANGS (default "ko fr ja"), SKIP_PO4A=1 to leave the baseline out.
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$REPO"
CORPUS=$(cd "${CORPUS:-$REPO/../shared/corpora/privacyguides-2026-03}" 2>/dev/null && pwd || true)
RUNS=${RUNS:-5}
WARMUP=${WARMUP:-1}
read -r -a LANGS <<<"${LANGS:-ko fr ja}"
SEED=real-time-communication.md
OUT=$REPO/artifacts/bench

if [[ -z "$CORPUS" || ! -f "$CORPUS/crowdin.yml" || ! -d "$CORPUS/docs" ]]; then
  echo "tests/bench/run.sh: corpus not found (expected ../shared/corpora/privacyguides-2026-03 beside $REPO); nothing to measure."
  exit 0
fi

log() { printf '\n== %s\n' "$*" >&2; }

# --- tools -------------------------------------------------------------------------------------------
missing=()
command -v po4a-gettextize >/dev/null 2>&1 || missing+=(po4a)
command -v hyperfine >/dev/null 2>&1 || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
if ((${#missing[@]})); then
  log "installing ${missing[*]}"
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then SUDO=(sudo); fi
  "${SUDO[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y po4a hyperfine time
fi
command -v dotnet >/dev/null 2>&1 || { echo "tests/bench/run.sh: dotnet not found" >&2; exit 1; }

LOAD_START=$(cut -d ' ' -f 1-3 /proc/loadavg)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/l10n-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"
rm -f "$OUT"/hyperfine-*.json "$OUT"/po4a-status.tsv*

# --- build -------------------------------------------------------------------------------------------
log "publishing the CLI (JIT) into artifacts/bench/l10n"
rm -rf "$OUT/l10n" "$OUT/l10n-r2r" "$OUT/l10n-aot"
dotnet publish src/Localization.Cli -c Release -o "$OUT/l10n" -nologo -v quiet
log "publishing the CLI (ReadyToRun, linux-x64) into artifacts/bench/l10n-r2r"
dotnet publish src/Localization.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$OUT/l10n-r2r" -nologo -v quiet
log "publishing the CLI (Native AOT, linux-x64) into artifacts/bench/l10n-aot"
dotnet publish src/Localization.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$OUT/l10n-aot" -nologo -v quiet
declare -A BIN=([jit]="$OUT/l10n/l10n" [r2r]="$OUT/l10n-r2r/l10n" [aot]="$OUT/l10n-aot/l10n")

# --- helpers -----------------------------------------------------------------------------------------
ROWS=$TMP/rows.tsv # what, command, hyperfine mean, stddev, time wall, peak RSS KB, note
: >"$ROWS"
declare -A MEAN

# measure ID WHAT NOTE -- CMD...: hyperfine (warmup + runs, JSON export), then one /usr/bin/time run.
measure() {
  local id=$1 what=$2 note=$3
  shift 4
  local shown
  shown=$(printf '%q ' "$@")
  shown=${shown% }
  log "$what"
  hyperfine --style basic --warmup "$WARMUP" --runs "$RUNS" --command-name "$id" \
    --export-json "$OUT/hyperfine-$id.json" --export-csv "$TMP/$id.csv" "$shown" >&2
  local mean stddev
  mean=$(awk -F, 'NR == 2 { print $2 }' "$TMP/$id.csv")
  stddev=$(awk -F, 'NR == 2 { print $3 }' "$TMP/$id.csv")
  /usr/bin/time -f '%e %M' -o "$TMP/$id.time" "$@" >/dev/null
  local wall rss
  read -r wall rss <"$TMP/$id.time"
  MEAN[$id]=$mean
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$what" "$(short "$shown")" "$mean" "$stddev" "$wall" "$rss" "$note" >>"$ROWS"
}

# Shorter command text for the table: no absolute paths of this machine.
short() {
  local s=$1
  s=${s//"$OUT/l10n-r2r/l10n"/l10n}
  s=${s//"$OUT/l10n-aot/l10n"/l10n}
  s=${s//"$OUT/l10n/l10n"/l10n}
  s=${s//"$TMP/"/}
  s=${s//"$CORPUS/"/}
  printf '%s' "$s"
}

mb() { awk -v b="$1" 'BEGIN { printf "%.3f", b / 1e6 }'; }

# --- (a) whole corpus, (b) one page ---------------------------------------------------------------------
cd "$CORPUS"
PAIRS=0
for lang in "${LANGS[@]}"; do
  PAIRS=$((PAIRS + $(find docs -name '*.md' | wc -l)))
done
for build in jit r2r aot; do
  measure "corpus-$build" "Whole corpus, ${LANGS[*]} ($PAIRS pairs), $build" "all cores" -- \
    "${BIN[$build]}" check "${LANGS[@]}" --format json -o "$TMP/corpus.json" --force --fail-on none
done
measure "corpus-jit-j1" "Whole corpus, ${LANGS[*]} ($PAIRS pairs), jit, 1 job" "--jobs 1" -- \
  "${BIN[jit]}" check "${LANGS[@]}" --format json -o "$TMP/corpus.json" --force --fail-on none --jobs 1
for build in jit r2r aot; do
  measure "page-$build" "One page, ko/$SEED, $build" "" -- \
    "${BIN[$build]}" check ko "i18n/ko/$SEED" --format json -o "$TMP/page.json" --force --fail-on none
done

# --- (c) scaling: the seed pair repeated N times ------------------------------------------------------------
declare -A SIZE MARGINAL MARGINAL300
for n in 1 10 100 300; do
  mkdir -p "$TMP/scale$n"
  for _ in $(seq "$n"); do
    cat "docs/$SEED"; printf '\n'
  done >"$TMP/scale$n/en.md"
  for _ in $(seq "$n"); do
    cat "i18n/ko/$SEED"; printf '\n'
  done >"$TMP/scale$n/ko.md"
  SIZE[$n]=$(($(stat -c %s "$TMP/scale$n/en.md") + $(stat -c %s "$TMP/scale$n/ko.md")))
done
for build in jit r2r aot; do
  for n in 1 10 100 300; do
    id="scale$n-$build"
    measure "$id" "Seed pair ×$n ($(mb "${SIZE[$n]}") MB en+ko), $build" "" -- \
      "${BIN[$build]}" check --source "$TMP/scale$n/en.md" --target "$TMP/scale$n/ko.md" --lang ko \
      --format json -o "$TMP/scale$n/out.json" --force --fail-on none
    # Append seconds per MB to the note column of the row just written.
    spm=$(awk -v t="${MEAN[$id]}" -v b="${SIZE[$n]}" 'BEGIN { printf "%.3f s/MB", t / (b / 1e6) }')
    sed -i "\$ s|\t\$|\t$spm|" "$ROWS"
  done
  MARGINAL[$build]=$(awk -v a="${MEAN[scale10-$build]}" -v b="${MEAN[scale100-$build]}" -v sa="${SIZE[10]}" -v sb="${SIZE[100]}" \
    'BEGIN { printf "%.3f", (b - a) / ((sb - sa) / 1e6) }')
  MARGINAL300[$build]=$(awk -v a="${MEAN[scale100-$build]}" -v b="${MEAN[scale300-$build]}" -v sa="${SIZE[100]}" -v sb="${SIZE[300]}" \
    'BEGIN { printf "%.3f", (b - a) / ((sb - sa) / 1e6) }')
done

# --- (d) peer baseline: po4a-gettextize on every pair, sequentially ---------------------------------------------
# po4a handles Markdown with its text module and the markdown option (Locale::Po4a::Text): -f text -o markdown.
# It is run from a scratch directory with absolute paths because it drops gettextization.failed.po into the
# current directory when it gives up, and the corpus must stay untouched.
if [[ "${SKIP_PO4A:-0}" != 1 ]]; then
  mkdir -p "$TMP/po4a"
  cat >"$TMP/po4a/loop.sh" <<'EOF'
#!/usr/bin/env bash
# loop.sh CORPUS STATUS_TSV LANG...: one po4a-gettextize per page pair; writes lang, page, exit code, reason.
set -uo pipefail
corpus=$1 status=$2
shift 2
: >"$status"
mapfile -t pages < <(cd "$corpus/docs" && find . -name '*.md' | sed 's|^\./||' | LC_ALL=C sort)
for lang in "$@"; do
  start=$EPOCHREALTIME
  for page in "${pages[@]}"; do
    po4a-gettextize -f text -o markdown -m "$corpus/docs/$page" -l "$corpus/i18n/$lang/$page" -p "$PWD/x.po" >log.txt 2>&1
    rc=$?
    # Success prints only the advice that gettextize is a one-off conversion tool; anything else is a problem.
    msg=$(grep -v -e 'po4a-gettextize is only useful' -e '^[[:space:]]*$' log.txt | head -n 1 | cut -c 1-160 || true)
    printf '%s\t%s\t%s\t%s\n' "$lang" "$page" "$rc" "$msg" >>"$status"
  done
  awk -v l="$lang" -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%s\t%.2f\n", l, b - a }' >>"$status.times"
done
EOF
  log "po4a-gettextize -f text -o markdown on every pair of ${LANGS[*]}, sequentially (a minute or two)"
  (cd "$TMP/po4a" && /usr/bin/time -f '%e %M' -o "$TMP/po4a.time" bash loop.sh "$CORPUS" "$OUT/po4a-status.tsv" "${LANGS[@]}")
  read -r PO4A_WALL PO4A_RSS <"$TMP/po4a.time"
  # Gave up = non-zero exit or any message besides po4a's usual advice.
  summary() {
    awk -F'\t' -v l="$1" '
      l == "" || $1 == l { n++; if ($3 != 0 || $4 != "") { bad++
        if ($4 ~ /YAML Front Matter/) yaml++; else if ($4 ~ /Structure disparity/) structure++; else if ($4 ~ /has (more|less) strings/) count++; else other++ } }
      END { printf "gave up on %d/%d pairs (structure disparity %d, string count mismatch %d, YAML front matter %d, other %d)", bad, n, structure, count, yaml, other }' \
      "$OUT/po4a-status.tsv"
  }
  for lang in "${LANGS[@]}"; do
    lang_wall=$(awk -F'\t' -v l="$lang" '$1 == l { print $2 }' "$OUT/po4a-status.tsv.times")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "po4a-gettextize baseline, $lang ($((PAIRS / ${#LANGS[@]})) pairs, sequential)" \
      "po4a-gettextize -f text -o markdown -m docs/X.md -l i18n/$lang/X.md -p x.po (loop)" "" "" "$lang_wall" "" "$(summary "$lang")" >>"$ROWS"
  done
  if ((${#LANGS[@]} > 1)); then
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "po4a-gettextize baseline, all of ${LANGS[*]} ($PAIRS pairs, sequential)" \
      "po4a-gettextize -f text -o markdown … (loop over every language)" "" "" "$PO4A_WALL" "$PO4A_RSS" "$(summary "")" >>"$ROWS"
  else
    # One language: its row gets the loop's peak RSS.
    sed -i "\$ s|^\(\([^\t]*\t\)\{5\}\)\t|\1$PO4A_RSS\t|" "$ROWS"
  fi
fi
cd "$REPO"

# --- report ------------------------------------------------------------------------------------------------
CPU=$(grep -m 1 'model name' /proc/cpuinfo | sed 's/.*: //')
MEM=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
{
  echo "### l10n performance ($(date -u +%Y-%m-%d), $(basename "$CORPUS"))"
  echo
  echo "| What | Command (run in the corpus folder) | Wall, hyperfine mean ± σ ($RUNS runs, $WARMUP warm-up) | Wall, one run (\`/usr/bin/time\`) | Peak RSS | Notes |"
  echo "| --- | --- | ---: | ---: | ---: | --- |"
  awk -F'\t' '{
    hf = ($3 == "") ? "–" : sprintf("%.3f s ± %.3f", $3, $4)
    rss = ($6 == "") ? "–" : sprintf("%.1f MB", $6 / 1024)
    printf "| %s | `%s` | %s | %.2f s | %s | %s |\n", $1, $2, hf, $5, rss, $7
  }' "$ROWS"
  echo
  echo "- Scaling, marginal cost between ×10 and ×100: ${MARGINAL[jit]} s/MB (jit), ${MARGINAL[r2r]} s/MB (r2r), ${MARGINAL[aot]} s/MB (aot); between ×100 and ×300 (9 MB): ${MARGINAL300[jit]} s/MB (jit), ${MARGINAL300[r2r]} s/MB (r2r), ${MARGINAL300[aot]} s/MB (aot); the ×1 figure is mostly process start-up."
  if [[ "${SKIP_PO4A:-0}" != 1 ]]; then
    awk -v p="$PO4A_WALL" -v a="${MEAN[corpus-jit]}" -v b="${MEAN[corpus-jit-j1]}" -v r="${MEAN[corpus-r2r]}" -v n="${MEAN[corpus-aot]}" 'BEGIN {
      printf "- po4a time / l10n time over the same pairs: **%.1f×** (l10n jit, all cores), %.1f× (l10n r2r, all cores), %.1f× (l10n aot, all cores), %.1f× (l10n jit, --jobs 1, like po4a'\''s one process at a time).\n", p / a, p / r, p / n, p / b }'
    echo "  po4a-gettextize only pairs strings by position (no rule checks) and gives up on a page whose structure differs; l10n aligns and checks every pair."
    echo "  The loop's peak RSS is that of its largest single po4a process; per-pair outcomes are in artifacts/bench/po4a-status.tsv."
  fi
  echo "- jit = \`dotnet publish -c Release\`; r2r = the same with \`-p:PublishReadyToRun=true -r linux-x64 --self-contained false\`; aot = \`-r linux-x64 -p:PublishAot=true\` (native executable)."
  echo "- Machine: $(nproc) cores ($CPU), $MEM RAM, $(uname -sr), .NET SDK $(dotnet --version), $(po4a-gettextize --version 2>/dev/null | head -n 1 | sed 's/\.$//'), $(hyperfine --version)."
  echo "  Load average (1, 5, 15 min) at the start: $LOAD_START, at the end: $(cut -d ' ' -f 1-3 /proc/loadavg); other processes may have been running, so treat differences under ~10% as noise."
} >"$OUT/results.md"

echo
cat "$OUT/results.md"
echo
echo "(written to artifacts/bench/results.md; hyperfine JSON in artifacts/bench/hyperfine-*.json)"
