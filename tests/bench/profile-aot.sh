#!/usr/bin/env bash
# Where a whole-site check spends its CPU time in the Native AOT build: the 31-language site with every translation
# file distinct (site31.sh), `l10n check --format json -o report.json` under `perf record -e cpu-clock -g` (a
# software clock: works in VMs without hardware counters, and counts only time on a CPU, so the shares hold on a
# loaded machine), then perf_shares.py: inclusive shares of the main categories as multiples of Markdig's parse in
# the same run, and the top functions by self time. Installs linux-perf when missing (root). Not in CI.
# Usage: bash tests/bench/profile-aot.sh [l10n AOT binary]   (publishes one when not given)
source "$(dirname "$0")/corpus-env.sh"
command -v perf >/dev/null || { apt-get update -qq && apt-get install -y -qq linux-perf >/dev/null; }
mkdir -p "$OUT"
BIN=${1:-}
if [[ -z "$BIN" ]]; then
  dotnet publish src/Localization.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$OUT/profile-aot" -nologo -v quiet
  BIN=$OUT/profile-aot/l10n
fi
# perf takes any binary under /tmp/perf-* for a JIT symbol map (/tmp/perf-PID.map) and resolves none of its symbols.
case "$(realpath "$BIN")" in
  /tmp/perf-*) echo "profile-aot.sh: $BIN is under /tmp/perf-*, where perf reads no symbols: copy it and l10n.dbg elsewhere" >&2; exit 2 ;;
esac
source tests/bench/site31.sh
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
build_site31 "$SRC" "$TMP/site" distinct
cd "$TMP/site"
perf record -q -e cpu-clock -F 999 -g -o "$TMP/perf.data" "$BIN" check --format json -o "$TMP/report.json" --force --fail-on none >/dev/null 2>&1
perf script -i "$TMP/perf.data" -F tid,ip,sym 2>/dev/null >"$TMP/stacks.txt"
python3 "$ROOT/tests/bench/perf_shares.py" "$TMP/stacks.txt" 30 | tee "$OUT/profile-aot.md"
