#!/usr/bin/env bash
# The whole check: set-up, ruff, import-linter contracts, then the pytest suite offscreen.
# Arguments go to pytest (paths relative to the repository root); without arguments the whole
# suite runs in two parts (below). Exits non-zero if any part fails; pytest's "no tests
# collected" (exit 5) counts as a failure.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

bash scripts/setup.sh || exit $?

export QT_QPA_PLATFORM=offscreen
if [ "${CI:-}" = true ]; then
    export MODERATOR_HYPOTHESIS_PROFILE=ci
fi

failed=()

echo "test: ruff check ."
.venv/bin/ruff check . || failed+=("ruff")

echo "test: lint-imports"
.venv/bin/lint-imports || failed+=("lint-imports")

# pytest's exit status into a failure list entry ("" when it passed).
verdict() {
    case "$1" in
        0) ;;
        5) echo "test: pytest collected no tests; that counts as a failure" >&2
           failed+=("pytest $2 (no tests collected)") ;;
        124|137) echo "test: pytest $2 did not finish within its time and was killed" >&2
           failed+=("pytest $2 (timed out)") ;;
        *) failed+=("pytest $2 (exit $1)") ;;
    esac
}

if [ "$#" -gt 0 ]; then
    echo "test: pytest $*"
    status=0
    timeout -k 30 1500 .venv/bin/python -m pytest "$@" || status=$?
    verdict "$status" "$*"
else
    # The whole suite in two parts. Everything but the widgets runs on two workers (each
    # test file on one worker, so a module's server or cluster is started once): these tests
    # wait on real servers, processes and files far more than they compute. The widget tests
    # (tests/ui) then run alone, one at a time: several of them assert that the console's
    # event loop never stalls, which a second busy worker on a two-core machine would falsify.
    echo "test: pytest -n 2 tests --ignore=tests/ui (two workers)"
    status=0
    timeout -k 30 1200 .venv/bin/python -m pytest -n 2 --dist loadfile tests \
        --ignore=tests/ui || status=$?
    verdict "$status" "(all but tests/ui)"
    echo "test: pytest tests/ui (one at a time)"
    status=0
    timeout -k 30 900 .venv/bin/python -m pytest tests/ui || status=$?
    verdict "$status" "tests/ui"
fi

if [ "${#failed[@]}" -ne 0 ]; then
    echo "test: FAILED: ${failed[*]}" >&2
    exit 1
fi
