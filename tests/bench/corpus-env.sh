# Sourced first by the whole-site benchmarks (profile.sh, profile-aot.sh, many-languages.sh, throughput.sh): strict
# mode, the repository root as the working directory, the 2026-03 corpus as SRC, artifacts/bench as OUT, and a
# clean exit when the corpus is absent (a user's clone has no ../shared).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[1]}")/../.."
ROOT=$PWD
SRC=$ROOT/../shared/corpora/privacyguides-2026-03
OUT=$ROOT/artifacts/bench
[[ -d "$SRC" ]] || { echo "no corpus at $SRC: nothing to measure"; exit 0; }
