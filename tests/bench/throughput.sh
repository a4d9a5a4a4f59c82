#!/usr/bin/env bash
# What `l10n check` costs beyond parsing: the 31-language Privacy Guides site with every translation file
# distinct (3,875 page pairs, ~50 MB; built in a temporary folder by site31.sh), checked with the JSON report
# written to a file, side by side with tests/Localization.ParseOnly, a program that only reads and parses the
# same .md files with l10n's own Markdig pipeline, in parallel. Both as JIT (framework-dependent Release), both
# as ReadyToRun (the same, with every assembly of the program compiled ahead of time for linux-x64, as the README's
# install section suggests: the runtime still compiles what the images lack and recompiles hot methods) and both as
# Native AOT; hyperfine for wall time, /usr/bin/time for CPU time (user + system) and peak memory.
# Prints and writes artifacts/bench/throughput.md: the ratio check ÷ parse for wall and CPU time. Not in CI.
# Usage: bash tests/bench/throughput.sh [RUNS]   (default 5 runs after 1 warm-up)
source "$(dirname "$0")/corpus-env.sh"
RUNS=${1:-5}
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
[[ -x /usr/bin/time ]] || need+=(time)
if ((${#need[@]})); then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; fi
mkdir -p "$OUT"
source tests/bench/site31.sh

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
build_site31 "$SRC" "$TMP/site" distinct
FILES=$(find "$TMP/site" -name '*.md' | wc -l)
MB=$(du -sm "$TMP/site" | cut -f1)

echo "== building (JIT: Release, framework-dependent; R2R: the same with ReadyToRun images; AOT: Native AOT)"
for p in src/Localization.Cli tests/Localization.ParseOnly; do
  name=$(basename "$p")
  dotnet publish "$p" -c Release -o "$OUT/tp-jit/$name" -nologo -v quiet -p:UseAppHost=false
  dotnet publish "$p" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/tp-r2r/$name" -nologo -v quiet -p:UseAppHost=false
  dotnet publish "$p" -c Release -r linux-x64 -p:PublishAot=true -o "$OUT/tp-aot/$name" -nologo -v quiet
done
declare -A CMD=(
  [parse-jit]="dotnet $OUT/tp-jit/Localization.ParseOnly/Localization.ParseOnly.dll ."
  [check-jit]="dotnet $OUT/tp-jit/Localization.Cli/l10n.dll check --format json -o $TMP/report.json --force --fail-on none"
  [parse-r2r]="dotnet $OUT/tp-r2r/Localization.ParseOnly/Localization.ParseOnly.dll ."
  [check-r2r]="dotnet $OUT/tp-r2r/Localization.Cli/l10n.dll check --format json -o $TMP/report.json --force --fail-on none"
  [parse-aot]="$OUT/tp-aot/Localization.ParseOnly/Localization.ParseOnly ."
  [check-aot]="$OUT/tp-aot/Localization.Cli/l10n check --format json -o $TMP/report.json --force --fail-on none"
)
cd "$TMP/site"
declare -A WALL CPU RSS
for k in parse-jit check-jit parse-r2r check-r2r parse-aot check-aot; do
  hyperfine --warmup 1 --runs "$RUNS" --export-json "$TMP/$k.json" "${CMD[$k]}" >/dev/null
  WALL[$k]=$(python3 -c "import json;print(f\"{json.load(open('$TMP/$k.json'))['results'][0]['mean']:.2f}\")")
  cpu=0; rss=0
  for _ in 1 2 3; do
    /usr/bin/time -f '%U %S %M' -o "$TMP/t" ${CMD[$k]} >/dev/null
    read -r u s m <"$TMP/t"
    cpu=$(python3 -c "print($cpu + $u + $s)"); rss=$((m > rss ? m : rss))
  done
  CPU[$k]=$(python3 -c "print(f'{$cpu / 3:.2f}')"); RSS[$k]=$((rss / 1024))
done
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
{
  echo "### Check ÷ parse, 31 distinct languages ($(date -u +%Y-%m-%d), $FILES .md files, $MB MB; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load at the end $(cut -d ' ' -f 1-3 /proc/loadavg))"
  echo
  echo "| build | parse only: wall / CPU / peak | \`l10n check --format json -o report.json\`: wall / CPU / peak | ratio wall | ratio CPU |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for b in jit r2r aot; do
    echo "| $b | ${WALL[parse-$b]} s / ${CPU[parse-$b]} s / ${RSS[parse-$b]} MB | ${WALL[check-$b]} s / ${CPU[check-$b]} s / ${RSS[check-$b]} MB | **$(ratio "${WALL[check-$b]}" "${WALL[parse-$b]}")** | $(ratio "${CPU[check-$b]}" "${CPU[parse-$b]}") |"
  done
} | tee "$OUT/throughput.md"
