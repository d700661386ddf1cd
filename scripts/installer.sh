#!/usr/bin/env bash
# Bygger regel og legger programmet i en mappe, så kommandoene i dokumentasjonen virker som de står.
#
#   scripts/installer.sh                          bygger i release og installerer i ~/.local/bin
#   scripts/installer.sh --prefiks MAPPE          installerer i MAPPE i stedet
#   scripts/installer.sh --konfigurasjon debug    bygger i debug (raskt når det alt er bygget; .ci/run bruker det)
#   scripts/installer.sh --hjelp                  viser denne teksten
#
# Utgangskoder: 0 installert; 1 byggingen eller kopieringen feilet; 2 feil bruk av skriptet.
set -euo pipefail

usage() {
    sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
}

fail_usage() {
    echo "installer.sh: $1" >&2
    echo "Skriv «scripts/installer.sh --hjelp» for å se valgene." >&2
    exit 2
}

prefix="$HOME/.local/bin"
configuration=release
while [[ $# -gt 0 ]]; do
    case "$1" in
        --prefiks)
            [[ $# -ge 2 && -n "$2" ]] || fail_usage "«--prefiks» trenger en mappe"
            prefix="$2"
            shift 2
            ;;
        --prefiks=*)
            prefix="${1#--prefiks=}"
            [[ -n "$prefix" ]] || fail_usage "«--prefiks» trenger en mappe"
            shift
            ;;
        --konfigurasjon)
            [[ $# -ge 2 ]] || fail_usage "«--konfigurasjon» trenger «release» eller «debug»"
            configuration="$2"
            shift 2
            ;;
        --konfigurasjon=*)
            configuration="${1#--konfigurasjon=}"
            shift
            ;;
        -h|--hjelp|--help)
            usage
            exit 0
            ;;
        *)
            fail_usage "ukjent valg «$1»"
            ;;
    esac
done
[[ "$configuration" == release || "$configuration" == debug ]] \
    || fail_usage "«--konfigurasjon» er «release» eller «debug»; fikk «$configuration»"

cd "$(dirname "$0")/.."
if ! command -v swift >/dev/null 2>&1; then
    echo "installer.sh: fant ikke «swift»; installer Swift 6 (https://www.swift.org/install) og prøv igjen" >&2
    exit 1
fi

echo "bygger regel ($configuration) …"
if [[ "$configuration" == release ]]; then
    echo "(første gang i release tar det noen minutter)"
fi
swift build -c "$configuration" --product regel
built="$(swift build -c "$configuration" --show-bin-path)/regel"
[[ -x "$built" ]] || { echo "installer.sh: fant ikke det bygde programmet «$built»" >&2; exit 1; }

mkdir -p "$prefix" || { echo "installer.sh: kan ikke lage mappen «$prefix»" >&2; exit 1; }
folder="$(cd "$prefix" && pwd -P)"
# Copy next to the target and rename, so a regel that is running keeps its file.
cp "$built" "$folder/.regel.$$"
chmod 755 "$folder/.regel.$$"
mv -f "$folder/.regel.$$" "$folder/regel"

echo "installerte $folder/regel:"
"$folder/regel" --versjon | sed 's/^/  /'

on_path=no
IFS=: read -r -a entries <<< "${PATH:-}"
for entry in "${entries[@]}"; do
    if [[ -n "$entry" && -d "$entry" && "$(cd "$entry" && pwd -P)" == "$folder" ]]; then
        on_path=yes
        break
    fi
done
if [[ $on_path == no ]]; then
    echo
    echo "merk: «$folder» er ikke i PATH, så «regel» alene finnes ikke ennå. Legg mappen til, for"
    echo "eksempel i ~/.bashrc eller ~/.zshrc, og åpne et nytt skall:"
    echo "  export PATH=\"$folder:\$PATH\""
fi
