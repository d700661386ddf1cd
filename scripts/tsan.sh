#!/usr/bin/env bash
# ThreadSanitizer over the tests that evaluate one rule set from many threads at once, and over the
# language server's loop (a reader thread, a queue and debounced diagnostics).
#
#   scripts/tsan.sh            bygger i .build-tsan (utenfor git) og kjører testene
#
# The filter keeps the run short; the whole suite under TSan takes minutes.
set -euo pipefail

cd "$(dirname "$0")/.."
filter='ConcurrencyTests|sameInputsGiveTheSameExplanationFromManyThreads|BatchPropertyTests|BatchInputTests|LoopTests'
log=.build-tsan/tsan.log
mkdir -p .build-tsan
start=$(date +%s)
status=0
TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1" \
    swift test --sanitize=thread --build-path .build-tsan --filter "$filter" >"$log" 2>&1 || status=$?
seconds=$(($(date +%s) - start))
races=$(grep -c 'WARNING: ThreadSanitizer' "$log" || true)
grep -E '^(✔|✘) Test run|WARNING: ThreadSanitizer|SUMMARY: ThreadSanitizer' "$log" | sort | uniq -c | sed 's/^ *//' || true
echo "tsan: ${seconds} s, ${races} rapport(er) fra ThreadSanitizer, utgangskode ${status} (logg: ${log})"
[[ $status -eq 0 && $races -eq 0 ]]
