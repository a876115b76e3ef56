#!/usr/bin/env bash
# Builds the one-folder bundle dist/moderator/ with PyInstaller (build.spec), checks that it
# runs, and packs it as dist/moderator-VERSION-linux-ARCH.tar.gz.
# Checks, all with the bundled executable and a throw-away database:
#   1. `moderator --version`;
#   2. `moderator export --format json` on an empty file: Alembic migrates it inside the bundle;
#   3. the console itself, offscreen, on a new file (migrations, demo meeting, main window),
#      told to quit through --control-stdin; then `export` of that file must show the demo.
# Exits non-zero if any step fails.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf 'build: %s\n' "$*"; }
fail() { printf 'build: FAILED: %s\n' "$*" >&2; exit 1; }

bash scripts/setup.sh

if [ ! -x .venv/bin/pyinstaller ]; then
    say "pip: installing -e .[build] (PyInstaller) into .venv"
    .venv/bin/python -m pip install --disable-pip-version-check -q -e '.[build]'
fi
# PyInstaller strips binaries with binutils' strip (build.spec asks for it).
if ! command -v strip >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Debian packages: installing binutils (strip)"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
    else
        fail "strip is missing: install binutils"
    fi
fi

mkdir -p build
log="build/pyinstaller.log"
say "pyinstaller --noconfirm --clean build.spec (log: $log)"
start=$SECONDS
if ! .venv/bin/pyinstaller --noconfirm --clean build.spec >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    fail "pyinstaller (see $log)"
fi
say "built dist/moderator in $((SECONDS - start)) s"
grep '^build.spec: ' "$log" || true

app="$ROOT/dist/moderator/moderator"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Run the bundle away from the source tree, with nothing from the venv in its environment.
run_bundle() { (cd "$work" && env -u PYTHONPATH -u PYTHONHOME QT_QPA_PLATFORM=offscreen "$@"); }

version_line="$(run_bundle "$app" --version)" || fail "moderator --version"
say "--version: $version_line"
version="${version_line##* }"

: >"$work/x.sqlite3"
run_bundle timeout 120 "$app" export --format json --db "$work/x.sqlite3" >"$work/x.json" \
    || fail "export --format json on an empty database"
.venv/bin/python -m json.tool "$work/x.json" >/dev/null || fail "export printed no valid JSON"
say "export --format json on an empty database: valid JSON, $(wc -c <"$work/x.json") bytes"

printf 'quit\n' | run_bundle timeout 120 "$app" --db "$work/console.sqlite3" --control-stdin \
    >"$work/console.log" 2>&1 || { cat "$work/console.log" >&2; fail "console start and quit"; }
run_bundle timeout 120 "$app" export --format json --db "$work/console.sqlite3" \
    >"$work/console.json" || fail "export of the console's database"
.venv/bin/python - "$work/console.json" <<'EOF' || fail "export after the console holds no meeting"
import json, sys

document = json.load(open(sys.argv[1], encoding="utf-8"))
def count(value):
    if isinstance(value, dict):
        return sum(count(v) for v in value.values())
    if isinstance(value, list):
        return len(value) + sum(count(v) for v in value)
    return 0
sys.exit(0 if count(document) > 0 else 1)
EOF
say "console started offscreen, quit on stdin; export shows its data ($(wc -c <"$work/console.json") bytes)"

# The control surfaces serve from inside the bundle (uvicorn, Starlette, websockets, OSC):
# the state over HTTP, then the quit action, as a Stream Deck would press it.
.venv/bin/python - "$app" "$work" <<'EOF' || fail "control surfaces in the bundle"
import json, os, subprocess, sys

import httpx

app, work = sys.argv[1], sys.argv[2]
env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
env["QT_QPA_PLATFORM"] = "offscreen"
console = subprocess.Popen(
    [app, "--db", f"{work}/control.sqlite3", "--demo", "--log-json",
     "--control-port", "0", "--osc-port", "0"],
    cwd=work, env=env, stderr=subprocess.PIPE, text=True,
)
try:
    for line in console.stderr:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if record.get("message") == "control surfaces listening":
            break
        if record.get("message") == "control surface not listening":
            sys.exit(f"the control surfaces did not start: {record.get('reason')}")
    else:
        sys.exit("the console never said where its control surfaces listen")
    base = f"http://127.0.0.1:{record['http_port']}"
    state = httpx.get(f"{base}/state", timeout=30)
    assert state.status_code == 200 and "remaining" in state.text, state.text
    assert httpx.post(f"{base}/actions/quit", timeout=30).status_code in (200, 202)
    assert console.wait(timeout=60) == 0, "the console did not quit"
finally:
    if console.poll() is None:
        console.kill()
EOF
say "control surfaces served from the bundle: GET /state answered, POST /actions/quit ended it"

archive="dist/moderator-$version-linux-$(uname -m).tar.gz"
tar -C dist -czf "$archive" moderator
say "bundle size: $(du -sh dist/moderator | cut -f1) (dist/moderator)"
say "archive size: $(du -sh "$archive" | cut -f1) ($archive)"
