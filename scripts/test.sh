#!/usr/bin/env bash
# The whole check: set-up, ruff, import-linter contracts, then the pytest suite offscreen.
# Arguments go to pytest (paths relative to the repository root). Exits non-zero if any
# part fails; pytest's "no tests collected" (exit 5) counts as a failure.
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

echo "test: pytest $*"
status=0
timeout -k 30 1500 .venv/bin/python -m pytest "$@" || status=$?
case "$status" in
    0) ;;
    5) echo "test: pytest collected no tests; that counts as a failure" >&2
       failed+=("pytest (no tests collected)") ;;
    124|137) echo "test: pytest did not finish within 1500 s and was killed" >&2
       failed+=("pytest (timed out)") ;;
    *) failed+=("pytest (exit $status)") ;;
esac

if [ "${#failed[@]}" -ne 0 ]; then
    echo "test: FAILED: ${failed[*]}" >&2
    exit 1
fi
