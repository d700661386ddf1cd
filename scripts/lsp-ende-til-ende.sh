#!/usr/bin/env bash
# regel lsp med en ekte klient vi ikke har skrevet: pytest-lsp (pygls) fra PyPI, i et virtuelt
# Python-miljø i .build/lsp-venv (gjenbrukes neste gang). Testene står i scripts/lsp/.
#
#   scripts/lsp-ende-til-ende.sh
#
# Utgangskode 0 når testene besto, ellers ikke 0. Bare når klienten ikke kan installeres (ingen
# python3-venv, ingen nettverk til PyPI) skrives «hoppet over: …» med grunnen, og koden er 0.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
venv="$root/.build/lsp-venv"

skip() {
    echo "lsp-ende-til-ende: hoppet over: $1"
    exit 0
}

[[ -x .build/debug/regel ]] || swift build --product regel

if [[ ! -x "$venv/bin/python" ]] || ! "$venv/bin/python" -c "import pytest_lsp" 2>/dev/null; then
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
    "$venv/bin/pip" install --quiet --disable-pip-version-check pytest-lsp >"$root/.build/lsp-pip.log" 2>&1 \
        || { rm -rf "$venv"; skip "kunne ikke installere pytest-lsp fra PyPI (ingen nettverk?); se .build/lsp-pip.log"; }
fi

cd scripts/lsp
REGEL="$root/.build/debug/regel" "$venv/bin/python" -m pytest -q -p no:cacheprovider test_ende_til_ende.py
echo "lsp-ende-til-ende: regel lsp besto testene med pytest-lsp $("$venv/bin/pip" show pytest-lsp 2>/dev/null | sed -n 's/^Version: //p')"
