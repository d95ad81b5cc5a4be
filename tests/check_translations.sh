#!/usr/bin/env bash
# Fails when a user-visible string has no translation in TS_FILE: runs lupdate over the
# sources into a copy of the .ts file (the real one is not touched) and looks for unfinished
# or vanished entries. Extra arguments go to lupdate (-pluralonly for the English plurals file).
#   check_translations.sh LUPDATE SOURCE_DIR TS_FILE [LUPDATE_OPTION...]
set -euo pipefail
lupdate=$1 source_dir=$2 ts=$3
shift 3
language=$(basename "$ts" .ts)
language=${language#atelier_}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/check.ts"
inputs=()
for dir in "$source_dir/src" "$source_dir/ui"; do
    [ -d "$dir" ] && inputs+=("$dir")
done
"$lupdate" -silent -no-obsolete -locations none "$@" "${inputs[@]}" -ts "$work/check.ts" >/dev/null
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
total=$(grep -c '<message' "$work/check.ts" || true)
if [ "$unfinished" -gt 0 ]; then
    echo "$unfinished of $total strings have no $language translation (run: cmake --build build --target update_translations):"
    grep -B3 'type="unfinished"' "$work/check.ts" | grep '<source>' | head -40
    exit 1
fi
echo "$language translation complete: $total strings"
