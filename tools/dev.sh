#!/usr/bin/env bash
# Set everything up, then run the app or the tests. The README's two commands:
#   bash tools/dev.sh run [FILE]     set up and launch Sahel Panel
#   bash tools/dev.sh test [ARGS]    set up and run the whole test suite (headless)
# and beyond them:
#   bash tools/dev.sh bundle         build the one-folder app (dist/sahel-panel/), run its self-test, print its size
# Setting up means: the Debian libraries Qt needs (when root and missing), a
# virtual environment in .venv, the Python packages, and the compiled translations.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"
PY=${PYTHON:-python3}

# Qt (xcb and offscreen), fonts, poppler (pdftotext/pdftoppm for report tests), Xvfb for screenshots.
DEB_PACKAGES="libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0
libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libxrender1 libdbus-1-3 fonts-dejavu-core
poppler-utils xvfb xauth"

install_debian() {
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    for p in $DEB_PACKAGES; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages (run as root to install them): ${missing[*]}" >&2
        return 0
    fi
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python() {
    if [ ! -x "$VENV/bin/python" ]; then
        if ! "$PY" -m venv "$VENV" 2>/dev/null; then
            # Debian's own python3 ships venv separately (python3-venv).
            rm -rf "$VENV"
            if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
                apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
            fi
            "$PY" -m venv "$VENV"
        fi
    fi
    local stamp="$VENV/.sahel-installed"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        "$VENV/bin/python" -m pip install -q --upgrade pip
        "$VENV/bin/python" -m pip install -q -e ".[test]"
        touch "$stamp"
    fi
    "$VENV/bin/python" tools/translations.py build
}

cmd=${1:-run}
shift || true
case "$cmd" in
    run)
        install_debian
        install_python
        exec "$VENV/bin/sahel-panel" "$@"
        ;;
    test)
        install_debian
        install_python
        export QT_QPA_PLATFORM=offscreen
        "$VENV/bin/ruff" check .
        exec "$VENV/bin/python" -m pytest -q "$@"
        ;;
    bundle)
        install_debian
        install_python
        "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
            sahel_panel.spec
        QT_QPA_PLATFORM=offscreen dist/sahel-panel/sahel-panel --self-test
        "$VENV/bin/python" - <<'PY'
from pathlib import Path
files = [p for p in Path("dist/sahel-panel").rglob("*") if p.is_file() and not p.is_symlink()]
print(f"Bundle dist/sahel-panel/: {sum(p.stat().st_size for p in files) / 1e6:.0f} MB in {len(files)} files.")
PY
        ;;
    *)
        echo "usage: bash tools/dev.sh run [FILE] | test [PYTEST ARGS] | bundle" >&2
        exit 2
        ;;
esac
