#!/usr/bin/env bash
# Eksempelet i docs/innebygging.md som en egen vertspakke, slik en utvikler ville brukt det:
# manifestet og main.swift hentes fra veiledningen, pakken lages i en midlertidig mappe og avhenger
# av denne mappen med path (hva mappen enn heter), bygges med `swift build` og kjøres, og utskriften
# må være akkurat den veiledningen viser.
#
#   scripts/innebygging.sh     bygger i .build-vert (utenfor git, så neste kjøring går raskere)
#
# Utgangskoder: 0 eksempelet virker som veiledningen sier; 1 noe var annerledes eller feilet.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd -P)"
guide="$root/docs/innebygging.md"
scratch="$root/.build-vert"
fail() {
    echo "innebygging.sh: $1" >&2
    exit 1
}

# The body of the first fenced block of `kind` after the line `start`.
block() {
    awk -v start="$1" -v fence="\`\`\`$2" '
        $0 == start { found = 1; next }
        found && !inside && $0 == fence { inside = 1; next }
        inside && $0 == "```" { exit }
        inside { print }
    ' "$guide"
}

manifest="$(block "En tjeneste som bruker Regel, er en egen Swift-pakke som avhenger av denne mappen (eller av repoet):" swift)"
code="$(block "## Et helt eksempel" swift)"
expected="$(block "Programmet skriver:" text)"
[[ -n "$manifest" ]] || fail "fant ikke manifestet (Package.swift) i $guide"
[[ -n "$code" ]] || fail "fant ikke eksempelet under «## Et helt eksempel» i $guide"
[[ -n "$expected" ]] || fail "fant ikke utskriften etter «Programmet skriver:» i $guide"
if grep -qE '#expect|#require|import (Testing|XCTest)' <<<"$code"; then
    fail "eksempelet bruker et testrammeverk; vertskoden skal være vanlig Swift"
fi

# The guide's manifest points at ../regel; here it points at this checkout, by whatever name it has.
identity="$(basename "$root")"
grep -qF '.package(path: "../regel")' <<<"$manifest" || fail "manifestet avhenger ikke av «../regel» slik skriptet venter"
grep -qF 'package: "regel")' <<<"$manifest" || fail "manifestet bruker ikke «package: \"regel\"» slik skriptet venter"
host="$(mktemp -d)"
trap 'rm -rf "$host"' EXIT
mkdir -p "$host/MinTjeneste/Sources/MinTjeneste"
old_path='.package(path: "../regel")' new_path=".package(path: \"$root\")"
old_name='package: "regel")' new_name="package: \"$identity\")"
manifest="${manifest//"$old_path"/"$new_path"}"
manifest="${manifest//"$old_name"/"$new_name"}"
printf '%s\n' "$manifest" >"$host/MinTjeneste/Package.swift"
printf '%s\n' "$code" >"$host/MinTjeneste/Sources/MinTjeneste/main.swift"

echo "innebygging: bygger vertspakken MinTjeneste mot $root (som pakken «$identity») …"
start=$(date +%s)
swift build --package-path "$host/MinTjeneste" --scratch-path "$scratch" >"$host/bygg.log" 2>&1 \
    || { cat "$host/bygg.log" >&2; fail "vertspakken kunne ikke bygges"; }
built=$(($(date +%s) - start))
if grep -q "main.swift:[0-9]*:[0-9]*: warning:" "$host/bygg.log"; then
    grep -A3 "main.swift:[0-9]*:[0-9]*: warning:" "$host/bygg.log" >&2
    fail "eksempelet gir advarsler fra kompilatoren"
fi

actual="$("$scratch/debug/MinTjeneste" 2>&1)" || { printf '%s\n' "$actual" >&2; fail "vertsprogrammet feilet"; }
if [[ "$actual" != "$expected" ]]; then
    diff -u <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") \
        --label "utskriften i docs/innebygging.md" --label "utskriften fra vertsprogrammet" >&2 || true
    fail "vertsprogrammet skrev ikke det veiledningen viser"
fi
echo "innebygging: vertspakken bygget på ${built} s, og programmet skrev det veiledningen viser ($(wc -l <<<"$actual") linjer)"
