#!/usr/bin/env bash
# Screenshots of the HTML report for the README, taken by headless Chromium (Debian packages chromium and
# chromium-driver) through Selenium (tests/report/screenshot.cs):
#   docs/images/report-overview.png  the overview of the 2026-03 Privacy Guides snapshot (ko fr ja)
#   docs/images/report-page.png      the seed page (2024-03 snapshot, real-time-communication.md, Korean)
# The corpora are read from ../shared/corpora (CC BY-SA 4.0, see docs/images/NOTICE.md); nothing of them is
# copied into the project but these two pictures.
# Usage: bash tests/report/screenshots.sh   (from the repository root; builds the CLI when needed)
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
corpora="$root/../shared/corpora"
command -v chromium >/dev/null && command -v chromedriver >/dev/null || { echo "chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)"; exit 1; }
[ -d "$corpora" ] || { echo "$corpora is absent"; exit 1; }
l10n="$root/src/Localization.Cli/bin/Release/net10.0/l10n.dll"
[ -f "$l10n" ] || dotnet build "$root/src/Localization.Cli" -c Release -nologo -v q
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$corpora/privacyguides-2026-03" && dotnet "$l10n" report ko fr ja -o "$work/site.html")
(cd "$corpora/privacyguides-2024-03" && dotnet "$l10n" report ko -o "$work/seed.html")

shot() { # shot OUTPUT WIDTH HEIGHT URL
  dotnet run "$root/tests/report/screenshot.cs" -- "$4" "$1" "$2" "$3"
}
shot "$root/docs/images/report-overview.png" 1400 1200 "file://$work/site.html"
shot "$root/docs/images/report-page.png" 1400 1500 "file://$work/seed.html#p:ko:i18n/ko/real-time-communication.md"
