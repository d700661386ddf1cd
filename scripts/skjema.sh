#!/usr/bin/env bash
# JSON-skjemaene kontrollert med en validator vi ikke har skrevet: jsonschema fra PyPI, i et
# virtuelt Python-miljø i .build/skjema-venv (gjenbrukes neste gang). Testene står i
# scripts/skjema/test_skjema.py og bruker den bygde .build/debug/regel.
#
#   scripts/skjema.sh
#
# Utgangskode 0 når testene besto, ellers ikke 0. Bare når jsonschema ikke kan installeres (ingen
# python3-venv, ingen nettverk til PyPI) skrives «hoppet over: …» med grunnen, og koden er 0.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib/python-miljo.sh

skip() {
    echo "skjema: hoppet over: $1"
    exit 0
}

[[ -x .build/debug/regel ]] || swift build --product regel

python_environment skjema jsonschema jsonschema

REGEL="$root/.build/debug/regel" "$venv/bin/python" -m unittest -q scripts/skjema/test_skjema.py
echo "skjema: skjemaene besto kontrollen med jsonschema $("$venv/bin/pip" show jsonschema 2>/dev/null | sed -n 's/^Version: //p')"
