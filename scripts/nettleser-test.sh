#!/usr/bin/env bash
# HTML-rapporten (regel forklar --html) og nettstedet (regel dokumenter) i en ekte nettleser: Chromium
# fra Debians pakker, uten skjerm, styrt over DevTools-protokollen (CDP) med websocket-client fra PyPI
# i et virtuelt Python-miljø i .build/nettleser-venv. Testene står i scripts/nettleser/.
#
#   scripts/nettleser-test.sh
#
# Utgangskode 0 når alt holdt, ellers 1. Bare når Chromium eller klienten ikke kan installeres (ingen
# nettverk, ikke root) skrives «hoppet over: …» med grunnen, og koden er 0. Skjermbildene og PDF-en
# havner i .build/nettleser/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/python-miljo.sh

skip() {
    echo "nettleser-test: hoppet over: $1"
    exit 0
}

# Debian kaller programmet chromium; andre steder kan det hete chromium-browser.
browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$browser" ]]; then
    [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null || skip "chromium finnes ikke, og pakken kan ikke installeres her (ikke root eller ingen apt-get)"
    mkdir -p .build
    { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; } >.build/nettleser-apt.log 2>&1 \
        || skip "kunne ikke installere chromium fra Debians pakker (ingen nettverk?); se .build/nettleser-apt.log"
    browser=$(command -v chromium) || skip "chromium ble installert, men finnes ikke i PATH"
fi

[[ -x .build/debug/regel ]] || swift build --product regel

python_environment nettleser websocket-client websocket

out="$root/.build/nettleser"
rm -rf "$out"
mkdir -p "$out"
.build/debug/regel forklar rules --sak rules/eksempler/barnekoordinator.json --regel rett_til_barnekoordinator \
    --html "$out/vurdering.html" >/dev/null
.build/debug/regel dokumenter rules --ut "$out/nettsted" 2>/dev/null

"$venv/bin/python" scripts/nettleser/nettleser_test.py --nettleser "$browser" --mappe "$out"
