#!/usr/bin/env bash
# What `l10n check` costs beyond parsing: the 31-language Privacy Guides site with every translation file
# distinct (3,875 page pairs, ~50 MB; built in a temporary folder by site31.sh), checked with the JSON report
# written to a file, side by side with tests/Localization.ParseOnly, a program that only reads and parses the
# same .md files with l10n's own Markdig pipeline, in parallel. Both as JIT (framework-dependent Release), both
# as ReadyToRun (the same, with every assembly of the program compiled ahead of time for linux-x64, as the README's
# install section suggests: the runtime still compiles what the images lack and recompiles hot methods) and both as
# Native AOT; hyperfine for wall time, /usr/bin/time for CPU time (user + system) and peak memory.
# Prints and writes artifacts/bench/throughput.md: the ratio check ÷ parse for wall and CPU time. Not in CI.
# Usage: [PAIRS=N] bash tests/bench/throughput.sh [RUNS]   (default 5 runs after 1 warm-up, 5 alternating pairs)
source "$(dirname "$0")/corpus-env.sh"
RUNS=${1:-5}
PAIRS=${PAIRS:-5}
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
# hyperfine's mean wall time of each program, then PAIRS alternating runs of the two (parse, check, parse, check, ...)
# under /usr/bin/time for CPU time, peak memory and the ratio of each pair: the host's speed drifts by a fifth or more
# within minutes, and a ratio of two blocks of runs taken a minute apart carries that drift, a pair's ratio much less.
declare -A WALL CPU RSS PAIRWALL PAIRCPU
for b in jit r2r aot; do
  for k in parse-$b check-$b; do
    hyperfine --warmup 1 --runs "$RUNS" --export-json "$TMP/$k.json" "${CMD[$k]}" >/dev/null
    WALL[$k]=$(python3 -c "import json;print(f\"{json.load(open('$TMP/$k.json'))['results'][0]['mean']:.2f}\")")
  done
  : >"$TMP/pairs-$b"
  for _ in $(seq "$PAIRS"); do
    for k in parse-$b check-$b; do
      /usr/bin/time -f "$k %e %U %S %M" -a -o "$TMP/pairs-$b" ${CMD[$k]} >/dev/null
    done
  done
  read -r "CPU[parse-$b]" "RSS[parse-$b]" "CPU[check-$b]" "RSS[check-$b]" "PAIRWALL[$b]" "PAIRCPU[$b]" < <(python3 - "$TMP/pairs-$b" <<'PY'
import statistics, sys
runs = [line.split() for line in open(sys.argv[1]) if line.split() and line.split()[0] in ('parse-jit', 'check-jit', 'parse-r2r', 'check-r2r', 'parse-aot', 'check-aot')]
parse = [(float(e), float(u) + float(s), int(m)) for k, e, u, s, m in runs if k.startswith('parse')]
check = [(float(e), float(u) + float(s), int(m)) for k, e, u, s, m in runs if k.startswith('check')]
med = lambda xs: statistics.median(xs)
print(f"{med(r[1] for r in parse):.2f}", max(r[2] for r in parse) // 1024, f"{med(r[1] for r in check):.2f}", max(r[2] for r in check) // 1024,
      f"{med(c[0] / p[0] for p, c in zip(parse, check)):.2f}", f"{med(c[1] / p[1] for p, c in zip(parse, check)):.2f}")
PY
)
done
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
{
  echo "### Check ÷ parse, 31 distinct languages ($(date -u +%Y-%m-%d), $FILES .md files, $MB MB; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load at the end $(cut -d ' ' -f 1-3 /proc/loadavg))"
  echo
  echo "| build | parse only: wall / CPU / peak | \`l10n check --format json -o report.json\`: wall / CPU / peak | ratio wall | ratio CPU | ratio wall / CPU, median of $PAIRS alternating pairs |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for b in jit r2r aot; do
    echo "| $b | ${WALL[parse-$b]} s / ${CPU[parse-$b]} s / ${RSS[parse-$b]} MB | ${WALL[check-$b]} s / ${CPU[check-$b]} s / ${RSS[check-$b]} MB | **$(ratio "${WALL[check-$b]}" "${WALL[parse-$b]}")** | $(ratio "${CPU[check-$b]}" "${CPU[parse-$b]}") | **${PAIRWALL[$b]}** / ${PAIRCPU[$b]} |"
  done
} | tee "$OUT/throughput.md"
