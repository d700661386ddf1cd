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
source scripts/lib/python-miljo.sh

skip() {
    echo "lsp-ende-til-ende: hoppet over: $1"
    exit 0
}

[[ -x .build/debug/regel ]] || swift build --product regel

python_environment lsp pytest-lsp pytest_lsp

cd scripts/lsp
REGEL="$root/.build/debug/regel" "$venv/bin/python" -m pytest -q -p no:cacheprovider test_ende_til_ende.py
echo "lsp-ende-til-ende: regel lsp besto testene med pytest-lsp $("$venv/bin/pip" show pytest-lsp 2>/dev/null | sed -n 's/^Version: //p')"
