#!/usr/bin/env bash
# Idempotent set-up of a development/CI machine (Debian, Python >= 3.11):
#   1. the Debian packages Qt needs offscreen and under Xvfb (installed only when missing),
#   2. the virtual environment .venv (created only when absent or broken),
#   3. `pip install -e '.[test]'` (skipped when the recorded stamp still matches).
# Prints one line per step; the tools' own output goes to a log shown only on failure.
# Environment: MODERATOR_EXTRAS (default "test") chooses the extras to install.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

VENV="$ROOT/.venv"
STAMP="$VENV/.moderator-installed"
EXTRAS="${MODERATOR_EXTRAS:-test}"

say() { printf 'setup: %s\n' "$*"; }

# Runs a command quietly; on failure prints the tail of its output and returns its status.
quietly() {
    local log status=0
    log="$(mktemp)"
    "$@" >"$log" 2>&1 || status=$?
    if [ "$status" -ne 0 ]; then
        tail -n 30 "$log" >&2
    fi
    rm -f "$log"
    return "$status"
}

# --- Python ------------------------------------------------------------------------------------
python_ok() {  # a working interpreter of version >= 3.11
    "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' >/dev/null 2>&1
}

PYTHON=""
for candidate in python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
        PYTHON="$(command -v "$candidate")"
        break
    fi
done

# --- Debian packages ---------------------------------------------------------------------------
DEB_PACKAGES=(
    # Qt offscreen (tests)
    libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
    fonts-dejavu-core
    # the six UN languages' scripts (Arabic, Cyrillic, Latin; Chinese): the translated console,
    # its tests and screenshots render every script on a fresh machine
    fonts-noto-core fonts-noto-cjk
    # a real window under Xvfb (xcb)
    xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxcb-randr0
    # the console on a real X server at laptop size (tests/ui/xserver): a window manager that
    # frames windows, real key presses, and xprop to see the window manager is up
    openbox xdotool x11-utils
    # PDF to PNG for looking at reports
    poppler-utils
    # the headless browser that tests the participant page (driven by Playwright)
    chromium
    # a throwaway PostgreSQL cluster for the server's PostgreSQL tests
    postgresql
    # the bundle's smaller ICU data library (scripts/icu_data.py, tests/test_icu_data.py)
    icu-devtools binutils gcc
)
# Debian's own python3.X has no venv/ensurepip unless python3.X-venv is installed.
if [ -n "$PYTHON" ] && ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    DEB_PACKAGES+=("python3.$("$PYTHON" -c 'import sys; print(sys.version_info[1])')-venv")
fi

if command -v dpkg-query >/dev/null 2>&1; then
    # dpkg-query exits 1 when a package is unknown to it; that only means "missing".
    installed="$({ dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${DEB_PACKAGES[@]}" \
        2>/dev/null || true; } | awk '$2 == "installed" {print $1}')"
    missing=()
    for package in "${DEB_PACKAGES[@]}"; do
        grep -qxF "$package" <<<"$installed" || missing+=("$package")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        say "Debian packages: all ${#DEB_PACKAGES[@]} present"
    else
        SUDO=()
        can_install=yes
        if [ "$(id -u)" -ne 0 ]; then
            if command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
                SUDO=(sudo)
            else
                can_install=no
            fi
        fi
        if [ "$can_install" = yes ] && command -v apt-get >/dev/null 2>&1; then
            say "Debian packages: installing ${missing[*]}"
            export DEBIAN_FRONTEND=noninteractive
            if ! { quietly "${SUDO[@]}" apt-get update -q &&
                quietly "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; }
            then
                say "WARNING: could not install: ${missing[*]} (continuing)"
            fi
        else
            say "WARNING: missing Debian packages (not root, no usable sudo): ${missing[*]} (continuing)"
        fi
    fi
else
    say "Debian packages: no dpkg-query, not a Debian system; skipped (Qt needs: ${DEB_PACKAGES[*]})"
fi

# --- Virtual environment -----------------------------------------------------------------------
if [ -x "$VENV/bin/python" ] && python_ok "$VENV/bin/python"; then
    say "venv: .venv present ($("$VENV/bin/python" -V 2>&1))"
else
    if [ -z "$PYTHON" ]; then
        say "ERROR: no python3.11 or python3 >= 3.11 found" >&2
        exit 1
    fi
    clear=()
    [ -e "$VENV" ] && clear=(--clear)
    say "venv: creating .venv with $PYTHON ($("$PYTHON" -V 2>&1))"
    quietly "$PYTHON" -m venv "${clear[@]}" "$VENV"
    rm -f "$STAMP"
fi

# --- The project -------------------------------------------------------------------------------
# The stamp records what the editable install was made from; any change means reinstall.
stamp_now="$(
    {
        sha256sum pyproject.toml moderator/__init__.py 2>/dev/null || true
        echo "extras=$EXTRAS"
        echo "root=$ROOT"
        "$VENV/bin/python" -V 2>&1
    } | sha256sum | cut -d' ' -f1
)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$stamp_now" ] && [ -x "$VENV/bin/moderator" ]; then
    say "pip: moderator[$EXTRAS] already installed, pyproject.toml unchanged"
else
    say "pip: installing -e .[$EXTRAS] into .venv"
    quietly "$VENV/bin/python" -m pip install --disable-pip-version-check -q -e ".[$EXTRAS]"
    printf '%s\n' "$stamp_now" >"$STAMP"
fi
