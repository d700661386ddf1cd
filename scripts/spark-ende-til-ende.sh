#!/usr/bin/env bash
# scripts/spark-batch.py ende til ende i Sparks lokale modus (local[2]), slik docs/skalering.md
# beskriver det: PySpark fra PyPI i et eget venv, Java fra maskinens pakkekilder hvis den mangler,
# regel bygd i release med -static-stdlib (eller et program du oppgir), 200 000 genererte saker for
# rules/ med noen ødelagte linjer, og så
#   1. Spark-jobben og én `regel batch`-prosess på de samme sakene: svarene skal være like linje for
#      linje etter sortering på id (og også slik de står), og de ødelagte linjene skal gi feilposter;
#   2. en regel-prosess som mister linjer, og en som krasjer: jobben skal feile (kode 3) med
#      prosessens melding, ikke levere for få svar; en ukjent --regel skal stoppes før Spark starter
#      (kode 2);
#   3. programmet og reglene sendt med spark-submit --files/--archives (som på en klynge).
# Tidene for begge kjøringene skrives ut (saker/s).
#
#   scripts/spark-ende-til-ende.sh                         bygger regel i .build-spark/swift
#   scripts/spark-ende-til-ende.sh .build/debug/regel      bruker et program som er bygd fra før
#   SAKER=1000000 SPARK_MASTER='local[1]' SPARK_PARTISJONER=8 scripts/spark-ende-til-ende.sh
#
# Alt lages i .build-spark (utenfor git). Venv og bygg gjenbrukes neste gang; de genererte dataene
# (om lag 500 MB) slettes når alt stemte, og blir liggende til ettersyn når noe feilet.
# Utgangskoder: 0 alt stemte, eller «hoppet over: …» når Java eller PySpark ikke kunne installeres
# (ikke nett); 1 noe annet feilet.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd -P)"
work="$root/.build-spark"
pyspark_version="3.5.9"
cases="${SAKER:-200000}"
master="${SPARK_MASTER:-local[2]}"
partitions="${SPARK_PARTISJONER:-4}"
rules=(--regel rett_til_barnekoordinator --regel samarbeidsplikt_individnivå
       --regel statsforvalteren_skal_føre_tilsyn --mangler)
began=$EPOCHREALTIME
mkdir -p "$work"

say() { echo "spark-ende-til-ende: $*"; }
fail() {
    echo "spark-ende-til-ende: $*" >&2
    exit 1
}
# An install that failed for want of a network is skipped; any other failure is a failure.
install_failed() {
    local what="$1" log="$2"
    tail -5 "$log" >&2
    if grep -qiE "resolv|connection|network|unreachable|timed out|could not fetch|failed to fetch|proxy" "$log"; then
        say "hoppet over: $what kunne ikke installeres (ikke nett?); se $log"
        exit 0
    fi
    fail "$what kunne ikke installeres; se $log"
}
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
decimal() { tr . ,; }

# Java: Spark 3.5 runs on Java 8, 11 and 17.
if ! command -v java >/dev/null; then
    say "fant ikke java; installerer openjdk-17-jre-headless …"
    { apt-get update && apt-get install -y openjdk-17-jre-headless; } >"$work/apt-java.log" 2>&1 \
        || install_failed "Java (openjdk-17-jre-headless)" "$work/apt-java.log"
fi
say "$(java -version 2>&1 | head -1)"

# PySpark in a venv of its own, installed once.
python="$work/venv/bin/python"
if ! "$python" -c "import pyspark, sys; sys.exit(pyspark.__version__ != '$pyspark_version')" 2>/dev/null; then
    if ! python3 -m venv --clear "$work/venv" >"$work/venv.log" 2>&1; then
        say "python3 -m venv virker ikke; installerer python3-venv …"
        { apt-get update && apt-get install -y python3-venv; } >"$work/apt-venv.log" 2>&1 \
            || install_failed "python3-venv" "$work/apt-venv.log"
        python3 -m venv --clear "$work/venv" >"$work/venv.log" 2>&1 || fail "venv kunne ikke lages; se $work/venv.log"
    fi
    say "installerer pyspark==$pyspark_version (om lag 300 MB) …"
    "$work/venv/bin/pip" install "pyspark==$pyspark_version" >"$work/pip.log" 2>&1 \
        || install_failed "pyspark==$pyspark_version" "$work/pip.log"
fi
export PYSPARK_PYTHON="$python" PYSPARK_DRIVER_PYTHON="$python"

# regel: the program given, or a release build without Swift's shared libraries (-static-stdlib),
# in a build folder of its own so it does not replace an ordinary release build in .build.
regel="${1:-${REGEL:-}}"
if [[ -z "$regel" ]]; then
    say "bygger regel (release, -static-stdlib) i .build-spark/swift …"
    start=$EPOCHREALTIME
    swift build --package-path "$root" --scratch-path "$work/swift" -c release --product regel \
        -Xswiftc -static-stdlib >"$work/bygg.log" 2>&1 || { tail -30 "$work/bygg.log" >&2; fail "regel kunne ikke bygges"; }
    say "bygd på $(elapsed "$start" "$EPOCHREALTIME" | decimal) s"
    regel="$work/swift/release/regel"
fi
[[ -x "$regel" && ! -d "$regel" ]] || fail "«$regel» er ikke et program som kan kjøres"
regel="$(cd "$(dirname "$regel")" && pwd -P)/$(basename "$regel")"
say "$("$regel" --versjon | tr '\n' ' ')($regel)"

input="$work/saker.jsonl"
say "lager $cases saker for rules/ …"
"$python" "$root/scripts/spark-ende-til-ende.py" lag "$root/rules" "$input" "$cases"
lines=$(wc -l <"$input")

# 1. One regel batch process (on all cores), then Spark, on the same cases.
start=$EPOCHREALTIME
code=0
"$regel" batch "$root/rules" "${rules[@]}" --inn "$input" --ut "$work/enkel.jsonl" 2>"$work/enkel.log" || code=$?
single=$(elapsed "$start" "$EPOCHREALTIME")
[[ $code == 1 ]] || { cat "$work/enkel.log" >&2; fail "regel batch sluttet med $code; ventet 1 (noen linjer har feil)"; }

say "kjører scripts/spark-batch.py med $master og minst $partitions partisjoner …"
start=$EPOCHREALTIME
code=0
"$python" "$root/scripts/spark-batch.py" "$input" --regler "$root/rules" --program "$regel" \
    --master "$master" --partisjoner "$partitions" --overskriv "${rules[@]}" 2>"$work/spark.log" || code=$?
spark=$(elapsed "$start" "$EPOCHREALTIME")
[[ $code == 1 ]] || { tail -40 "$work/spark.log" >&2; fail "spark-batch.py sluttet med $code; ventet 1 (noen linjer har feil)"; }
summary=$(grep -A2 "^spark-batch: [0-9]* saker" "$work/spark.log") || fail "fant ikke oppsummeringen i $work/spark.log"
job=$(sed -nE 's/^spark-batch: [0-9]+ saker på ([0-9]+),([0-9]+) s.*/\1.\2/p' <<<"$summary")

say "sammenligner …"
"$python" "$root/scripts/spark-ende-til-ende.py" sammenlign "$input" "$work/enkel.jsonl" "$input.svar" \
    || fail "Spark og regel batch ga ikke de samme svarene"
say "regel batch, én prosess: $lines saker på $(decimal <<<"$single") s ($(rate "$lines" "$single") saker/s)"
say "Spark $master: $lines saker på $(decimal <<<"$spark") s med oppstart ($(rate "$lines" "$spark") saker/s),"\
" $(decimal <<<"$job") s for selve jobben ($(rate "$lines" "$job") saker/s)"
sed 's/^/    /' <<<"$summary"

# 2. A process that loses lines or crashes must fail the job with its message, and a wrong
# --regel must be caught on the driver before Spark starts any work.
small="$work/små-saker.jsonl"
head -n 1000 "$input" >"$small"
fake() {
    printf '#!/bin/sh\n# %s\n%s\n' "$2" "$3" >"$work/$1"
    chmod +x "$work/$1"
}
fake mister-linjer.sh "regel batch som mister linjer: bare de ti første svarene kommer ut" \
    "\"$regel\" \"\$@\" | head -n 10"
fake krasjer.sh "regel batch som krasjer etter de ti første svarene (ikke på tom inndata fra /dev/null)" \
    "\"$regel\" \"\$@\" | head -n 10; if [ -p /dev/stdin ]; then kill -SEGV \$\$; fi"
expect_failure() {
    local what="$1" exit="$2" wanted="$3"
    shift 3
    local code=0
    "$python" "$root/scripts/spark-batch.py" "$small" --regler "$root/rules" --master "$master" \
        --partisjoner 2 --overskriv --levering delt "$@" 2>"$work/feil.log" || code=$?
    [[ $code == "$exit" ]] || { tail -20 "$work/feil.log" >&2; fail "$what: spark-batch.py sluttet med $code, ventet $exit"; }
    grep -qF "$wanted" "$work/feil.log" || { tail -20 "$work/feil.log" >&2; fail "$what: meldingen sier ikke «$wanted»"; }
    say "$what: sluttet med $exit som den skal ($(grep -m1 -A1 "^spark-batch: " "$work/feil.log" | tail -1))"
}
expect_failure "en prosess som mister linjer" 3 "linjer inn, men 10 svar ut" --program "$work/mister-linjer.sh"
expect_failure "en prosess som krasjer" 3 "stoppet av signal 11 etter 10 svar" --program "$work/krasjer.sh"
expect_failure "en ukjent --regel" 2 "ingen regel heter «finnes_ikke»" --program "$regel" --regel finnes_ikke

# 3. Shipped by spark-submit, as on a cluster: the program with --files, the rules with --archives.
tar -czf "$work/regler.tar.gz" -C "$root/rules" .
# Exit 1 from both when the first 1000 lines hold a bad one (with a small SAKER), else 0 from both.
wanted=0
"$regel" batch "$root/rules" "${rules[@]}" --inn "$small" --ut "$work/små-enkel.jsonl" 2>/dev/null || wanted=$?
code=0
"$work/venv/bin/spark-submit" --master "$master" --files "$regel" --archives "$work/regler.tar.gz#regler" \
    "$root/scripts/spark-batch.py" "$small" --levering spark-submit --program "$(basename "$regel")" \
    --regler regler --partisjoner 2 --overskriv "${rules[@]}" >"$work/submit.log" 2>&1 || code=$?
[[ $wanted == 0 || $wanted == 1 ]] || fail "regel batch sluttet med $wanted på $small"
[[ $code == "$wanted" ]] || { tail -20 "$work/submit.log" >&2; fail "spark-submit --files/--archives sluttet med $code, ventet $wanted"; }
cat "$small.svar"/part-* | cmp -s - "$work/små-enkel.jsonl" \
    || fail "spark-submit --files/--archives ga andre svar enn regel batch"
say "spark-submit --files/--archives: de samme $(wc -l <"$small") svarene som regel batch"

# The generated data (some 500 MB) goes; the venv and the build stay for the next run.
rm -rf "$input" "$input.svar" "$work/enkel.jsonl" "$small" "$small.svar" "$work/små-enkel.jsonl" "$work/regler.tar.gz"
say "ferdig på $(elapsed "$began" "$EPOCHREALTIME" | decimal) s; last: $(cut -d' ' -f1-3 /proc/loadavg)"
