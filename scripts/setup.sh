#!/usr/bin/env bash
# Set up jianguan-desktop from a source checkout, then start it or test it.
#
#   bash scripts/setup.sh run    # install, make a demonstration database, start the window
#   bash scripts/setup.sh test   # install with the test extra, build translations, run every test
#   bash scripts/setup.sh build  # install PyInstaller, build dist/jianguan-desktop/ from build.spec
#   bash scripts/setup.sh smoke  # build, then run the frozen programs (scripts/smoke_build.py)
#
# Works on a fresh Debian/Ubuntu with Python 3.11+ and pip. It installs the system
# libraries Qt needs when it can (root or sudo with apt-get), makes a virtual
# environment in .venv (even where Debian left out ensurepip), installs the program
# there and builds the Chinese translation (.qm) from the committed .ts file.
set -euo pipefail

MODE="${1:-run}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
VENV="${JIANGUAN_VENV:-$ROOT/.venv}"

# Libraries the Qt xcb and offscreen platforms load on Linux, a CJK font for the
# window, Xvfb for screenshots and poppler-utils for looking at PDFs in tests.
QT_SYSTEM_PACKAGES=(
  libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libx11-xcb1 libxrender1 libxi6 fonts-noto-cjk
)
# Free TrueType CJK fonts the forms embed where the PC has no 仿宋/宋体/黑体/楷体 of its own
# (reportlab embeds only TrueType outlines, not Noto CJK's CFF): AR PL UMing (宋体 stand-in),
# WenQuanYi Zen Hei (黑体), LXGW WenKai (楷体), BabelStone Han (rare characters such as 𠮷).
FORM_FONT_PACKAGES=(fonts-arphic-uming fonts-wqy-zenhei fonts-lxgw-wenkai fonts-babelstone-han)
TEST_SYSTEM_PACKAGES=(xvfb xauth poppler-utils)
# PyInstaller strips the bundled libraries with binutils' strip and reads them with objdump.
BUILD_SYSTEM_PACKAGES=(binutils)

say() { printf '%s\n' "$*" >&2; }

install_system_packages() {
  local wanted=("$@") missing=()
  command -v dpkg-query >/dev/null 2>&1 || { say "dpkg not found: install the Qt libraries listed in README.md by hand"; return 0; }
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo"; else
      say "Missing system packages (install them as root): ${missing[*]}"; return 0; fi
  fi
  say "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq || true
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || say "apt-get could not install: ${missing[*]} (continuing)"
}

make_venv() {
  if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then return 0; fi
  if "$PYTHON" -m venv "$VENV" 2>/dev/null && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then return 0; fi
  # Debian/Ubuntu ship Python without ensurepip unless python3-venv is installed:
  # make the environment without pip, then let the system pip install pip into it.
  rm -rf "$VENV"
  "$PYTHON" -m venv --without-pip "$VENV"
  "$PYTHON" -m pip --python "$VENV/bin/python" install -q pip
}

install_program() {
  local extra="$1"
  make_venv
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
  "$VENV/bin/python" -m pip install -q -e "$ROOT$extra"
  PATH="$VENV/bin:$PATH" "$VENV/bin/python" scripts/i18n.py build >/dev/null
}

case "$MODE" in
  run)
    install_system_packages "${QT_SYSTEM_PACKAGES[@]}" "${FORM_FONT_PACKAGES[@]}"
    install_program ""
    DB="${JIANGUAN_DB:-$("$VENV/bin/python" -c 'from jianguan_desktop.config import default_db_path; print(default_db_path())')}"
    export JIANGUAN_DB="$DB"
    if ! "$VENV/bin/jianguan" office >/dev/null 2>&1; then
      say "Creating a demonstration database at $DB"
      export JIANGUAN_PASSWORD="${JIANGUAN_PASSWORD:-Demo#2026}"
      "$VENV/bin/jianguan" init --office-code 410522 --office-name "安阳县公共资源交易监督管理办公室" \
        --mode county --admin admin --admin-name "系统管理员"
      "$VENV/bin/jianguan" demo --size small
      say "Log in as admin with the password $JIANGUAN_PASSWORD (登录用户名 admin，密码 $JIANGUAN_PASSWORD)"
    fi
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
      if command -v xvfb-run >/dev/null 2>&1 && [ -n "${JIANGUAN_XVFB:-}" ]; then
        exec xvfb-run -a "$VENV/bin/jianguan-desktop"
      fi
      say "No display found: the database is ready at $DB; start the window on a desktop with $VENV/bin/jianguan-desktop"
      exit 0
    fi
    exec "$VENV/bin/jianguan-desktop"
    ;;
  test)
    install_system_packages "${QT_SYSTEM_PACKAGES[@]}" "${FORM_FONT_PACKAGES[@]}" "${TEST_SYSTEM_PACKAGES[@]}"
    install_program "[test]"
    export QT_QPA_PLATFORM=offscreen
    "$VENV/bin/python" -m ruff check jianguan_desktop tests benchmarks scripts
    exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider "${@:2}"
    ;;
  build|smoke)
    install_system_packages "${QT_SYSTEM_PACKAGES[@]}" "${FORM_FONT_PACKAGES[@]}" "${BUILD_SYSTEM_PACKAGES[@]}"
    install_program "[build]"
    started=$(date +%s)
    "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN build.spec
    say "Built dist/jianguan-desktop/ in $(( $(date +%s) - started )) s ($(du -sh dist/jianguan-desktop | cut -f1))"
    if [ "$MODE" = smoke ]; then
      exec "$VENV/bin/python" scripts/smoke_build.py --build-seconds "$(( $(date +%s) - started ))" "${@:2}"
    fi
    ;;
  *)
    say "usage: bash scripts/setup.sh run|test|build|smoke"
    exit 2
    ;;
esac
