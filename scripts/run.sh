#!/usr/bin/env bash
# Sets up the machine if needed, then starts the console with the given arguments.
# The set-up lines go to stderr so that e.g. `scripts/run.sh export --format json` prints
# clean JSON. Relative paths in the arguments are relative to the caller's folder.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" >&2
exec "$ROOT/.venv/bin/moderator" "$@"
