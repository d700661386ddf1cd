# Felles for skriptene som prøver Regel med Python-pakker fra PyPI: et virtuelt Python-miljø i
# .build/NAVN-venv, laget og fylt én gang og gjenbrukt siden. Skriptet som leser inn filen, har
# `root` (repoets mappe) og en funksjon `skip GRUNN` som sier «hoppet over» og avslutter med 0.
#
#   python_environment NAVN PAKKE MODUL    setter `venv`; PAKKE installeres når MODUL ikke kan importeres

python_environment() {
    local name="$1" package="$2" module="$3"
    venv="$root/.build/$name-venv"
    [[ -x "$venv/bin/python" ]] && "$venv/bin/python" -c "import $module" 2>/dev/null && return 0
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
    "$venv/bin/pip" install --quiet --disable-pip-version-check "$package" >"$root/.build/$name-pip.log" 2>&1 \
        || { rm -rf "$venv"; skip "kunne ikke installere $package fra PyPI (ingen nettverk?); se .build/$name-pip.log"; }
}
