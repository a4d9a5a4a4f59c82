#!/usr/bin/env bash
# Where a whole-site check spends its time: the 31-language site with every translation file distinct (built by
# site31.sh in a temporary folder), `l10n check --format json -o report.json` (JIT Release) under dotnet-trace's
# sampled thread time, then the shares of the main categories (profile_shares.py). dotnet-trace is installed as a
# dotnet tool under artifacts/tools when missing. Not in CI. Usage: bash tests/bench/profile.sh
source "$(dirname "$0")/corpus-env.sh"
TRACE=$(command -v dotnet-trace || true)
if [[ -z "$TRACE" ]]; then
  TRACE=$ROOT/artifacts/tools/dotnet-trace
  [[ -x "$TRACE" ]] || dotnet tool install dotnet-trace --tool-path "$ROOT/artifacts/tools" >/dev/null
fi
mkdir -p "$OUT"
source tests/bench/site31.sh
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
build_site31 "$SRC" "$TMP/site" distinct
dotnet publish src/Localization.Cli -c Release -o "$OUT/profile-jit" -nologo -v quiet -p:UseAppHost=false
cd "$TMP/site"
"$TRACE" collect --profile dotnet-sampled-thread-time --format speedscope -o "$TMP/trace.nettrace" -- \
  dotnet "$OUT/profile-jit/l10n.dll" check --format json -o "$TMP/report.json" --force --fail-on none >/dev/null
python3 "$ROOT/tests/bench/profile_shares.py" "$TMP/trace.speedscope.json" | tee "$OUT/profile.md"
