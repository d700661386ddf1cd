#!/usr/bin/env bash
# Tester C-grensesnittet (include/regel.h) slik en C-vert bruker det: bygger libRegelC, kompilerer
# bindings/c/test_regel.c med systemets cc og kjører det, først vanlig og så med AddressSanitizer
# (som også finner minnelekkasjer). Deretter kjøres Python-bindingens tester (bindings/python) mot
# det samme biblioteket.
#
#   scripts/c-grensesnitt.sh                bygger libRegelC i debug (det CI har bygd fra før)
#   scripts/c-grensesnitt.sh --release      bygger og tester release-biblioteket
#
# Utgangskoder: 0 alt besto; 1 noe feilet.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd -P)"
cd "$root"
configuration=debug
[[ "${1:-}" == "--release" ]] && configuration=release
fail() {
    echo "c-grensesnitt.sh: $1" >&2
    exit 1
}

swift build -c "$configuration" --product RegelC >/dev/null || fail "libRegelC lot seg ikke bygge"
library="$(swift build -c "$configuration" --show-bin-path)"
[[ -f "$library/libRegelC.so" ]] || fail "fant ikke $library/libRegelC.so"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

flags=(-std=c11 -Wall -Wextra -Werror -I include bindings/c/test_regel.c -L "$library" -lRegelC -Wl,-rpath,"$library" -pthread)
cc "${flags[@]}" -o "$scratch/test_regel" || fail "test_regel.c lot seg ikke kompilere"
"$scratch/test_regel" || fail "C-testen feilet"
cc -g -fsanitize=address -fno-omit-frame-pointer "${flags[@]}" -o "$scratch/test_regel_asan" || fail "test_regel.c lot seg ikke kompilere med AddressSanitizer"
"$scratch/test_regel_asan" || fail "C-testen feilet under AddressSanitizer"
echo "c-grensesnitt.sh: C-testen besto, også under AddressSanitizer"

REGEL_BIBLIOTEK="$library/libRegelC.so" python3 -m unittest discover -s bindings/python/tests -t bindings/python \
    || fail "Python-testene feilet"
