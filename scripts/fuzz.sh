#!/usr/bin/env bash
# Fuzzing with libFuzzer and AddressSanitizer, using the Swift toolchain alone.
#
#   scripts/fuzz.sh MÅL MINUTTER     ett mål: check, case, repl, lexer, parser, json, lsp
#   scripts/fuzz.sh alle MINUTTER    hvert mål etter tur, MINUTTER hver
#
# Bygger i .build-fuzz (ikke i git), lagrer nye innganger i .build-fuzz/corpus/MÅL og funn
# (krasj, tidsavbrudd, minne) i .build-fuzz/funn/MÅL. Se docs/fuzzing.md.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
build="$root/.build-fuzz"
targets=(check case repl lexer parser json lsp)

usage() {
    echo "bruk: scripts/fuzz.sh MÅL|alle MINUTTER   (mål: ${targets[*]})" >&2
    exit 2
}

[[ $# -eq 2 ]] || usage
[[ $2 =~ ^[0-9]+([.][0-9]+)?$ ]] || usage

product() {
    case $1 in
        check) echo FuzzCheck ;; case) echo FuzzCase ;; repl) echo FuzzRepl ;;
        lexer) echo FuzzLexer ;; parser) echo FuzzParser ;; json) echo FuzzJSON ;;
        lsp) echo FuzzLanguageServer ;;
        *) usage ;;
    esac
}

# Inputs longer than this are cut: short inputs keep the slow targets fast.
max_len() {
    case $1 in
        check | case) echo 2048 ;; repl) echo 1024 ;; *) echo 4096 ;;
    esac
}

# Read-only seed folders besides Tests/Fuzz/corpus/MÅL.
extra_seeds() {
    case $1 in
        check | lexer | parser) echo "$root/Tests/RegelTests/Corpus/diagnostics $root/grammar/examples" ;;
        case | json) echo "$root/rules/eksempler" ;;
        *) echo "" ;;
    esac
}

build_target() {
    echo "== bygger $(product "$1") (release, -sanitize=fuzzer,address)"
    swift build -c release --build-path "$build" --product "$(product "$1")" --sanitize=fuzzer \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING 2>&1 | grep -Ev '^\[[0-9]+/[0-9]+\]' || true
    [[ -x "$build/release/$(product "$1")" ]] || { echo "bygget feilet" >&2; exit 1; }
}

run_target() {
    local target=$1 minutes=$2
    local binary="$build/release/$(product "$target")"
    local corpus="$build/corpus/$target" findings="$build/funn/$target" log="$build/logg/$target.log"
    local seconds
    seconds=$(awk -v m="$minutes" 'BEGIN { s = int(m * 60); print (s < 1 ? 1 : s) }')
    mkdir -p "$corpus" "$findings" "$(dirname "$log")"
    local before
    before=$(find "$findings" -type f | wc -l)
    echo "== fuzzer $target i $seconds s (logg: ${log#$root/})"
    # -fork/-ignore_*: keep going past a finding; each finding is written to $findings.
    # SWIFT_BACKTRACE=enable=no: else Swift's crash handler wins and no crash file is written.
    # lsan.supp: the rule library kept in a global for the whole run is reported as a leak at exit.
    # malloc_context_size: the parser recurses deep enough that the global's frame, which the
    # suppression names, is cut from the default 30-frame stack.
    # shellcheck disable=SC2046
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=allocator_may_return_null=1:malloc_context_size=200 \
        LSAN_OPTIONS="suppressions=$root/Tests/Fuzz/lsan.supp:print_suppressions=0" \
        "$binary" "$corpus" "$root/Tests/Fuzz/corpus/$target" $(extra_seeds "$target") \
        -dict="$root/Tests/Fuzz/regel.dict" -max_len="$(max_len "$target")" -max_total_time="$seconds" \
        -timeout=20 -rss_limit_mb=2048 -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
        -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1 || true
    summarize "$target" "$log" "$findings" "$before"
}

# Executions and exec/s from the last status line of the fork-mode log; findings from the folder.
summarize() {
    local target=$1 log=$2 findings=$3 before=$4
    local last runs rate time
    last=$(grep -E '^#[0-9]+: cov:' "$log" | tail -1 || true)
    runs=$(sed -E 's/^#([0-9]+):.*/\1/' <<<"$last")
    time=$(sed -nE 's/.* time: ([0-9]+)s.*/\1/p' <<<"$last")
    rate=$(awk -v r="${runs:-0}" -v t="${time:-0}" 'BEGIN { printf "%d", (t > 0 ? r / t : 0) }')
    local crashes timeouts ooms leaks all
    crashes=$(find "$findings" -type f -name 'crash-*' | wc -l)
    leaks=$(find "$findings" -type f -name 'leak-*' | wc -l)
    timeouts=$(find "$findings" -type f -name 'timeout-*' | wc -l)
    ooms=$(find "$findings" -type f -name 'oom-*' | wc -l)
    all=$(find "$findings" -type f | wc -l)
    printf '== %s: %s kjøringer, %s kjøringer/s, %s nye funn (i alt: krasj %s, tidsavbrudd %s, minne %s, lekkasje %s)\n' \
        "$target" "${runs:-0}" "$rate" "$((all - before))" "$crashes" "$timeouts" "$ooms" "$leaks"
    if [[ $all -gt 0 ]]; then
        find "$findings" -type f | sort | sed "s|^$root/|   |"
    fi
}

if [[ $1 == alle ]]; then
    for target in "${targets[@]}"; do build_target "$target"; done
    for target in "${targets[@]}"; do run_target "$target" "$2"; done
else
    product "$1" >/dev/null
    build_target "$1"
    run_target "$1" "$2"
fi
