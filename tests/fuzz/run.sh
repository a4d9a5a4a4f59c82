#!/usr/bin/env bash
# Fuzzes the checker with SharpFuzz and AFL++ (not run in CI; see docs/fuzzing.md).
#
#   bash tests/fuzz/run.sh [page|check|config] [seconds]     (defaults: page 600)
#
# Installs what is missing (Debian's afl++, the SharpFuzz.CommandLine tool), publishes the harness
# tests/Localization.Fuzz in Release, instruments Localization.Core.dll, Markdig.dll and YamlDotNet.dll,
# builds a seed corpus from the repository's own fixtures and a few hostile inputs, and runs one afl-fuzz
# process for the given time. Everything goes to artifacts/fuzz/ (gitignored):
#   artifacts/fuzz/bin/               the instrumented harness
#   artifacts/fuzz/<target>/seeds/    the seed corpus
#   artifacts/fuzz/<target>/out/      afl-fuzz's output (default/fuzzer_stats, crashes/, hangs/, queue/)
# A previous out/ is kept as out.<date>. Replay a crash with
#   dotnet artifacts/fuzz/bin/Localization.Fuzz.dll <target> artifacts/fuzz/<target>/out/default/crashes/id*
set -euo pipefail

target="${1:-page}"
seconds="${2:-600}"
case "$target" in
  page|check|config) ;;
  *) echo "usage: $0 [page|check|config] [seconds]" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
art="$root/artifacts/fuzz"
tools="$art/tools"
bin="$art/bin"
work="$art/$target"
mkdir -p "$art" "$work"

# --- tools ---------------------------------------------------------------------------------------
if ! command -v afl-fuzz >/dev/null; then
  echo "installing afl++ (Debian package)" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get install -y afl++ || { $sudo_cmd apt-get update && $sudo_cmd apt-get install -y afl++; }
fi
if [ ! -x "$tools/sharpfuzz" ]; then
  dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version 2.3.0
fi

# --- harness -------------------------------------------------------------------------------------
# Published fresh each time: sharpfuzz instruments in place and refuses an instrumented assembly.
rm -rf "$bin"
dotnet publish "$root/tests/Localization.Fuzz/Localization.Fuzz.csproj" -c Release -o "$bin" --nologo -v quiet
for dll in Localization.Core.dll Markdig.dll YamlDotNet.dll; do
  echo "instrumenting $dll" >&2
  "$tools/sharpfuzz" "$bin/$dll"
done

# --- seeds ---------------------------------------------------------------------------------------
seeds="$work/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"
rep() { local s="$1" n="$2" out=""; for ((i = 0; i < n; i++)); do out+="$s"; done; printf '%s' "$out"; }
n=0
seed() { n=$((n + 1)); cat > "$seeds/$(printf '%03d' "$n")-$1"; }
fixtures="$root/tests/Localization.Core.Tests/Fixtures"
small() { find "$@" -type f -size -4k 2>/dev/null | sort; }

case "$target" in
  page)
    while read -r f; do seed "$(basename "$f")" < "$f"; done < <(small "$fixtures" "$root/locales" -name '*.md')
    ;;
  check)
    # A pair is the English page, a NUL, the translation (what the harness splits on).
    while read -r en; do
      dir="$(dirname "$en")"
      for t in "$dir"/target.md "$dir"/ko.md "$dir"/fr.md "$dir"/ja.md; do
        [ -f "$t" ] && [ "$(( $(stat -c %s "$en") + $(stat -c %s "$t") ))" -lt 6000 ] && { cat "$en"; printf '\0'; cat "$t"; } | seed "$(basename "$dir").pair"
      done
    done < <(small "$fixtures" -name 'en.md')
    for en in "$root"/locales/en/*.md; do
      t="$root/locales/ko/$(basename "$en")"
      [ -f "$t" ] && [ "$(( $(stat -c %s "$en") + $(stat -c %s "$t") ))" -lt 6000 ] && { cat "$en"; printf '\0'; cat "$t"; } | seed "locales-$(basename "$en").pair"
    done
    ;;
  config)
    cp "$root/crowdin.yml" "$seeds/000-crowdin.yml"
    for f in "$root"/tests/fuzz/seeds/config/*; do seed "$(basename "$f")" < "$f"; done
    rep '[' 200 | seed brackets.yml
    printf 'a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n' | seed aliases.yml
    printf 'files:\n  - source: /a/**/*.md\n    translation: /../%%locale%%/x\n' | seed escape.yml
    printf 'files:\n  - source: "/{a,{b,{c,d}}}/[!x]*.md"\n    translation: /%%language%%/%%original_path%%/%%file_name%%\n' | seed braces.yml
    printf 'a: 1\na: 2\n' | seed duplicate.yml
    ;;
esac

# Hostile shapes for the two Markdown targets (each is also a pair with a short translation).
if [ "$target" != config ]; then
  hostile() {
    if [ "$target" = check ]; then { cat; printf '\0# 제목\n\n텍스트.\n'; } | seed "$1"; else seed "$1"; fi
  }
  rep '>' 200 | hostile quotes.md
  rep '[' 2000 | hostile brackets.md
  for ((d = 0; d < 40; d++)); do rep '  ' "$d"; printf -- '- item %d\n' "$d"; done | hostile deep-list.md
  { printf '| a | b |\n|---|:-:|\n'; for ((r = 0; r < 30; r++)); do printf '| `x` | [l](u) |\n'; done; } | hostile table.md
  printf -- '---\ntitle: "A page"\ndescription: text\ntags: [a, b]\n---\n\n# Heading { #id }\n' | hostile front-matter.md
  printf '!!! note "Title"\n\n    Text with a [link](a.md#b).\n\n=== "Tab"\n\n    ```py\n    x\n    ```\n' | hostile containers.md
  printf '<div class="admonition warning" markdown>\n<p class="admonition-title">T</p>\n\nText[^1].\n</div>\n\n[^1]: Note.\n*[HTML]: Hyper\n' | hostile html.md
  printf 'a\r\nb\rc\xef\xbb\xbf\xe2\x80\xae:material-check: {{ x }} --8<-- "a.md"\n' | hostile controls.md
fi

# --- fuzz ----------------------------------------------------------------------------------------
out="$work/out"
if [ -d "$out" ]; then
  mv "$out" "$out.$(date +%Y%m%d-%H%M%S)"
fi

dict=()
[ "$target" != config ] && dict=(-x "$root/tests/fuzz/markdown.dict")

echo "fuzzing '$target' for $seconds s with $(find "$seeds" -type f | wc -l) seeds; output in $out" >&2
# dotnet itself is not instrumented (SharpFuzz instruments the assemblies), hence AFL_SKIP_BIN_CHECK.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
# No TTY in scripts and containers: plain status lines instead of the curses screen.
afl-fuzz -i "$seeds" -o "$out" -t "${FUZZ_TIMEOUT_MS:-5000}" -m none -V "$seconds" "${dict[@]}" \
  -- dotnet "$bin/Localization.Fuzz.dll" "$target"

stats="$out/default/fuzzer_stats"
if [ -f "$stats" ]; then
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|paths_total|saved_crashes|unique_crashes|saved_hangs|unique_hangs|stability) ' "$stats" >&2 || true
fi
crashes="$(find "$out/default/crashes" -type f -name 'id*' 2>/dev/null | wc -l)"
hangs="$(find "$out/default/hangs" -type f -name 'id*' 2>/dev/null | wc -l)"
echo "crashes: $crashes, hangs: $hangs" >&2
