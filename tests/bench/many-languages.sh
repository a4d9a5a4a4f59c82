#!/usr/bin/env bash
# Whole-site benchmark at Privacy Guides' real scale: 31 translation languages (about 3,900 page pairs).
# Builds the corpus in a temporary folder from ../shared/corpora/privacyguides-2026-03 by copying its
# ko, fr and ja trees under 28 more language codes (nothing is copied into the repository), then times
# `l10n check` over every language (Native AOT build, process start included) and, for the peer baseline,
# po4a-gettextize over the same pairs, sequentially (SKIP_PO4A=1 leaves it out). Not part of CI.
# The copies are byte-identical to their originals, and l10n checks identical files once; so the script
# also times a variant where every copied file differs (trailing blank lines), which is raw throughput.
# Usage: bash tests/bench/many-languages.sh
source "$(dirname "$0")/corpus-env.sh"
mkdir -p "$OUT"
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v po4a-gettextize >/dev/null || need+=(po4a)
[[ -x /usr/bin/time ]] || need+=(time)
if ((${#need[@]})); then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
SITE=$TMP/site
source tests/bench/site31.sh
build_site31 "$SRC" "$SITE"
EXTRA=(de es it pt-BR pt nl pl cs sv fi hu tr id vi eo ru uk el ar fa ku-IQ he hi bn bn-IN zh zh-Hant zh-TW)
LANGS=$(ls "$SITE/i18n" | wc -l)
PAIRS=$(( $(find "$SITE/docs" -name '*.md' | wc -l) * LANGS ))
MB=$(du -sm "$SITE" | cut -f1)

echo "== publishing the Native AOT build"
dotnet publish src/Localization.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$OUT/l10n-aot" -nologo -v quiet
L10N=$OUT/l10n-aot/l10n

cd "$SITE"
echo "== l10n check over $LANGS languages ($PAIRS page pairs, $MB MB)"
/usr/bin/time -f '%e %M' -o "$TMP/time" "$L10N" check --format json -o "$TMP/all.json" --force --fail-on none
read -r WALL RSS <"$TMP/time"
hyperfine --warmup 1 --runs 5 --export-json "$OUT/hyperfine-31-languages.json" \
  "$L10N check --format json -o $TMP/all.json --force --fail-on none" >/dev/null
MEAN=$(python3 -c "import json;r=json.load(open('$OUT/hyperfine-31-languages.json'))['results'][0];print(f\"{r['mean']:.3f} s ± {r['stddev']:.3f}\")")
CHECKED=$(python3 -c "import json;print(json.load(open('$TMP/all.json'))['summary']['files'])")

echo "== the same with every copied file made distinct (no identical files to share)"
cp -r "$SITE" "$TMP/distinct"
i=0
for lang in "${EXTRA[@]}"; do
  i=$((i + 1))
  find "$TMP/distinct/i18n/$lang" -type f -name '*.md' -print0 | xargs -0 -I{} sh -c "printf '%${i}s\n' '' >> '{}'"
done
cd "$TMP/distinct"
/usr/bin/time -f '%e %M' -o "$TMP/time-distinct" "$L10N" check --format json -o "$TMP/distinct.json" --force --fail-on none
read -r DWALL DRSS <"$TMP/time-distinct"
hyperfine --warmup 1 --runs 3 --export-json "$OUT/hyperfine-31-distinct.json" \
  "$L10N check --format json -o $TMP/distinct.json --force --fail-on none" >/dev/null
DMEAN=$(python3 -c "import json;r=json.load(open('$OUT/hyperfine-31-distinct.json'))['results'][0];print(f\"{r['mean']:.3f} s ± {r['stddev']:.3f}\")")
cd "$SITE"

if [[ "${SKIP_PO4A:-0}" == 1 ]]; then
  echo "l10n (aot), $LANGS languages, $CHECKED pairs: $MEAN; one run $WALL s, peak $((RSS / 1024)) MB"
  echo "l10n (aot), every file distinct: $DMEAN; one run $DWALL s, peak $((DRSS / 1024)) MB"
  exit 0
fi
echo "== po4a-gettextize over the same $PAIRS pairs, sequentially (takes a while)"
mkdir -p "$TMP/po4a" && cd "$TMP/po4a"
GAVE_UP=0
START=$(date +%s.%N)
for lang in $(ls "$SITE/i18n"); do
  while IFS= read -r page; do
    rel=${page#"$SITE/docs/"}
    if ! po4a-gettextize -f text -o markdown -m "$page" -l "$SITE/i18n/$lang/$rel" -p "$TMP/po4a/x.po" >/dev/null 2>&1; then
      GAVE_UP=$((GAVE_UP + 1))
    fi
  done < <(find "$SITE/docs" -name '*.md' | sort)
done
PO4A=$(python3 -c "import time;print(f'{time.time()-$START:.1f}')")

{
  echo "### 31 languages ($(date -u +%Y-%m-%d), privacyguides-2026-03 with ko/fr/ja copied under 28 more codes)"
  echo
  echo "| what | command | wall | peak RSS |"
  echo "| --- | --- | ---: | ---: |"
  echo "| l10n (aot), $LANGS languages, $CHECKED page pairs checked, $MB MB | \`l10n check --format json -o all.json --force\` | $MEAN (hyperfine, 5 runs); one run $WALL s | $((RSS / 1024)) MB |"
  echo "| l10n (aot), the same with every copied file distinct | same | $DMEAN (hyperfine, 3 runs); one run $DWALL s | $((DRSS / 1024)) MB |"
  echo "| po4a-gettextize, same $PAIRS pairs, sequential | \`po4a-gettextize -f text -o markdown -m docs/X.md -l i18n/<lang>/X.md -p x.po\` | $PO4A s; gave up on $GAVE_UP pairs | |"
  echo
  echo "- po4a time / l10n time: $(python3 -c "print(f'{$PO4A/$WALL:.1f}')")× ; machine: $(nproc) cores, load at the end $(cut -d ' ' -f 1-3 /proc/loadavg)."
} | tee "$OUT/results-31-languages.md"
