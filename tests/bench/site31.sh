# Sourced by the whole-site benchmarks: builds Privacy Guides at its real scale of 31 translation languages in
# a folder (nothing is copied into the repository) from ../shared/corpora/privacyguides-2026-03, by copying its
# ko, fr and ja trees under 28 more language codes.
# build_site31 SRC DEST [distinct]: with "distinct", every copied page gets its own trailing blank line
# (a different number of spaces per language), so no two translation files are identical.
build_site31() {
  local src=$1 site=$2 distinct=${3:-}
  local extra=(de es it pt-BR pt nl pl cs sv fi hu tr id vi eo ru uk el ar fa ku-IQ he hi bn bn-IN zh zh-Hant zh-TW)
  local bases=(ko fr ja)
  rm -rf "$site"
  mkdir -p "$site/i18n"
  cp -r "$src/docs" "$src/includes" "$src/crowdin.yml" "$site/"
  for lang in "${bases[@]}"; do cp -r "$src/i18n/$lang" "$site/i18n/$lang"; done
  local i base f
  for i in "${!extra[@]}"; do
    base=${bases[$((i % 3))]}
    cp -r "$src/i18n/$base" "$site/i18n/${extra[$i]}"
    for f in "$src"/includes/*."$base".*; do
      cp "$f" "$site/includes/$(basename "$f" | sed "s/\.$base\./.${extra[$i]}./")"
    done
    if [[ "$distinct" == distinct ]]; then
      find "$site/i18n/${extra[$i]}" -type f -name '*.md' -print0 | xargs -0 -I{} sh -c "printf '%$((i + 1))s\n' '' >> '{}'"
    fi
  done
}
