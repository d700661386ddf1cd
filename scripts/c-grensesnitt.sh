#!/usr/bin/env bash
# Tester C-grensesnittet (include/regel.h) slik en C-vert bruker det: bygger libRegelC, kompilerer
# bindings/c/test_regel.c med systemets cc og kjører det, først vanlig og så med AddressSanitizer
# (som også finner minnelekkasjer). Deretter kjøres Python-bindingens tester (bindings/python) mot
# det samme biblioteket, og til slutt eksemplene i docs/c-og-python.md, som må skrive det dokumentet viser.
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

# The examples of docs/c-og-python.md: the first block of `kind` after the heading, and the output
# block after the line «Det skriver…» that follows it.
guide=docs/c-og-python.md
block() {
    awk -v heading="$1" -v fence="\`\`\`$2" '
        $0 == heading { found = 1; next }
        found && !inside && $0 == fence { inside = 1; next }
        inside && $0 == "```" { exit }
        inside { print }
    ' "$guide"
}
output() {
    awk -v heading="$1" '
        $0 == heading { found = 1; next }
        found && /^Det skriver/ { said = 1; next }
        said && !inside && /^```/ { inside = 1; next }
        inside && $0 == "```" { exit }
        inside { print }
    ' "$guide"
}
fingerprintless() { sed -E 's/"regelsett":"[^"]*"/"regelsett":"…"/'; }

block "## Fra C" c >"$scratch/eksempel.c"
[[ -s "$scratch/eksempel.c" ]] || fail "fant ikke C-eksempelet i $guide"
cc -std=c11 -Wall -Werror -I include "$scratch/eksempel.c" -L "$library" -lRegelC -Wl,-rpath,"$library" -o "$scratch/eksempel" \
    || fail "C-eksempelet i $guide lot seg ikke kompilere"
diff <(output "## Fra C") <("$scratch/eksempel" | fingerprintless) || fail "C-eksempelet skrev ikke det $guide viser"

block "## Fra Python" python >"$scratch/eksempel.py"
[[ -s "$scratch/eksempel.py" ]] || fail "fant ikke Python-eksempelet i $guide"
diff <(output "## Fra Python") <(REGEL_BIBLIOTEK="$library/libRegelC.so" python3 "$scratch/eksempel.py") \
    || fail "Python-eksempelet skrev ikke det $guide viser"
echo "c-grensesnitt.sh: eksemplene i $guide skriver det dokumentet viser"
