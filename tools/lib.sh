# Shared by tools/run and tools/test: install what is missing, then build.
# Sourced, not executed. Idempotent: on a machine that has everything and an up-to-date build
# it costs a few seconds (dpkg query + ninja's no-op).
set -euo pipefail

ATELIER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ATELIER_BUILD=${ATELIER_BUILD:-$ATELIER_ROOT/build}

# Debian 12 packages. Build: compiler, CMake, Qt 6, SQLite, spdlog, Catch2, ICU.
# e2fsprogs: chattr, used by a test that makes the database file read-only even for root.
ATELIER_PACKAGES=(
    cmake ninja-build pkg-config g++ ccache e2fsprogs
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite libsqlite3-dev sqlite3
    libspdlog-dev libfmt-dev catch2 libicu-dev
    fonts-noto-cjk libxlsxwriter-dev libsodium-dev unzip poppler-utils
    libboost-math-dev libnlopt-cxx-dev
)

atelier_install_missing() {
    local missing=()
    for package in "${ATELIER_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
}

atelier_build() {
    if [ ! -f "$ATELIER_BUILD/build.ninja" ]; then
        cmake -S "$ATELIER_ROOT" -B "$ATELIER_BUILD" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DATELIER_WERROR=ON "$@"
    fi
    cmake --build "$ATELIER_BUILD" --parallel "$(nproc)"
}
