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
venv="$root/.build/skjema-venv"

skip() {
    echo "skjema: hoppet over: $1"
    exit 0
}

[[ -x .build/debug/regel ]] || swift build --product regel

if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import jsonschema" 2>/dev/null; then
    command -v python3 >/dev/null || skip "python3 finnes ikke på maskinen"
    rm -rf "$venv"
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
        # Debian leverer venv som en egen pakke; prøv den når vi har lov til å installere.
        if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
            { apt-get update && apt-get install -y python3-venv; } >/dev/null 2>&1 || true
        fi
        rm -rf "$venv"
        python3 -m venv "$venv" >/dev/null 2>&1 || skip "python3 -m venv virker ikke (pakken python3-venv mangler og kunne ikke installeres)"
    fi
    "$venv/bin/pip" install --quiet --disable-pip-version-check jsonschema >"$root/.build/skjema-pip.log" 2>&1 \
        || { rm -rf "$venv"; skip "kunne ikke installere jsonschema fra PyPI (ingen nettverk?); se .build/skjema-pip.log"; }
fi

REGEL="$root/.build/debug/regel" "$venv/bin/python" -m unittest -q scripts/skjema/test_skjema.py
echo "skjema: skjemaene besto kontrollen med jsonschema $("$venv/bin/pip" show jsonschema 2>/dev/null | sed -n 's/^Version: //p')"
