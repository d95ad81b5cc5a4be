# shellcheck shell=bash
# Shared by tools/run and tools/test: install what is missing, then build.
# Sourced, not executed. Idempotent: on a machine that has everything and an up-to-date build
# it costs a few seconds (one dpkg query + ninja's no-op). A fresh Debian 12 is proved by
# tools/check-fresh-machine; docs/getting-started.md says what a first run does.
set -euo pipefail

ATELIER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ATELIER_BUILD=${ATELIER_BUILD:-$ATELIER_ROOT/build}

# Debian 12 packages: everything the build, the tests and the app use, named even when another
# package on the list happens to pull it in today. Checked on a minimal debootstrap root by
# tools/check-fresh-machine: add a package here, then run that check.
ATELIER_PACKAGES=(
    # build tools
    cmake ninja-build pkg-config g++ ccache
    # Qt 6 (libqt6opengl6-dev: find_package(Qt6 Charts) fails without it)
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite
    # libraries (zlib1g-dev: xlsxwriter.pc asks for -lz but libxlsxwriter-dev does not depend on it)
    libsqlite3-dev libspdlog-dev libfmt-dev catch2 libicu-dev
    libxlsxwriter-dev zlib1g-dev libsodium-dev libboost-math-dev libnlopt-cxx-dev
    # member-card barcodes (Code 128, QR)
    libzint-dev
    # PostgreSQL: Qt's QPSQL driver and libpq for the app; the server for the tests' throw-away
    # instance (tools/pg-test-server), installed without its default cluster (see below)
    libqt6sql6-psql libpq-dev postgresql-15
    # Chinese glyphs in the app and in the rendered reports
    fonts-noto-cjk
    # programs the tests run: sqlite3, unzip, pdfinfo/pdftoppm (poppler-utils), chattr
    # (e2fsprogs: makes a database read-only even for root), zcat (gzip)
    sqlite3 unzip poppler-utils e2fsprogs gzip
)

# The packages of ATELIER_PACKAGES (and of the arguments) that are not installed, one a line.
atelier_missing_packages() {
    local -A installed=()
    local package status
    while read -r package status; do
        [ "$status" = ii ] && installed[$package]=1
    done < <(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' "${ATELIER_PACKAGES[@]}" "$@" \
        2>/dev/null || true)
    for package in "${ATELIER_PACKAGES[@]}" "$@"; do
        [ -n "${installed[$package]:-}" ] || echo "$package"
    done
}

# Prints what is missing and the command a root user runs to install it.
atelier_explain_missing() {
    local missing=("$@")
    {
        echo
        echo "Atelier needs these Debian packages, which are not installed:"
        echo "    ${missing[*]}"
        echo "Installing them needs root. Ask someone with root to run (or run them after 'su -'):"
        echo "    apt-get update"
        echo "    apt-get install -y --no-install-recommends ${missing[*]}"
        echo "then run tools/$(basename "$0") again. Nothing was compiled."
        echo
    } >&2
}

atelier_install_missing() {
    if ! command -v dpkg-query >/dev/null; then
        echo "No dpkg-query: this is not Debian. Install the equivalents of: ${ATELIER_PACKAGES[*]}" >&2
        echo "Going on with the build." >&2
        return 0
    fi
    local missing
    mapfile -t missing < <(atelier_missing_packages "$@")
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        # Not root: sudo, without a password if it is set up so, else with a password typed at
        # the terminal. With neither, say what is missing and stop before compiling anything.
        if ! command -v sudo >/dev/null; then
            echo "tools/$(basename "$0"): not root, and there is no sudo." >&2
            atelier_explain_missing "${missing[@]}"
            exit 1
        fi
        if ! sudo -n true 2>/dev/null && ! { [ -t 0 ] && [ -t 2 ]; }; then
            echo "tools/$(basename "$0"): not root, and sudo wants a password but there is no terminal to type it." >&2
            atelier_explain_missing "${missing[@]}"
            exit 1
        fi
        sudo=(sudo)
    fi
    echo "Installing: ${missing[*]}"
    # Debian's postgresql-common makes and starts a 'main' cluster on install unless told not to;
    # the tests start their own server in a temporary folder and a store's server is set up by hand
    # (docs/postgresql.md), so no cluster is made here.
    if [ ! -e /etc/postgresql-common/createcluster.conf ]; then
        "${sudo[@]}" sh -c 'mkdir -p /etc/postgresql-common &&
            echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf'
    fi
    if ! "${sudo[@]}" apt-get update \
        || ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y --no-install-recommends "${missing[@]}"; then
        echo "tools/$(basename "$0"): installing the packages failed (see above)." >&2
        atelier_explain_missing "${missing[@]}"
        exit 1
    fi
}

# A value from the CMake cache of the build folder, empty when absent.
atelier_cache_value() {
    [ -f "$ATELIER_BUILD/CMakeCache.txt" ] || return 0
    sed -n "s/^$1:[A-Z]*=//p" "$ATELIER_BUILD/CMakeCache.txt" | head -n 1
}

# Empties the build folder. Only ever a CMake build folder: never the sources, never $HOME.
atelier_wipe_build() {
    local build
    build=$(cd "$ATELIER_BUILD" && pwd -P)
    case "$build" in
        / | "$(cd "$ATELIER_ROOT" && pwd -P)" | "$(cd "${HOME:-/nonexistent}" 2>/dev/null && pwd -P)")
            echo "Refusing to empty $ATELIER_BUILD: set ATELIER_BUILD to a build folder." >&2
            exit 1 ;;
    esac
    echo "Emptying the build folder $ATELIER_BUILD ($1); it is configured again."
    find "$build" -mindepth 1 -maxdepth 1 -exec rm -rf {} +
}

# Configures when needed and builds. A build folder left half-finished (configure that never
# finished, a cache from another source folder or another generator, an interrupted build) is
# repaired, not an error.
atelier_build() {
    local configure=0
    if [ -f "$ATELIER_BUILD/CMakeCache.txt" ]; then
        local source generator
        source=$(atelier_cache_value CMAKE_HOME_DIRECTORY)
        generator=$(atelier_cache_value CMAKE_GENERATOR)
        if [ -z "$source" ] || [ ! -d "$source" ] \
            || [ "$(cd "$source" && pwd -P)" != "$(cd "$ATELIER_ROOT" && pwd -P)" ]; then
            atelier_wipe_build "it was configured for ${source:-another source folder}"
        elif [ "$generator" != Ninja ]; then
            atelier_wipe_build "it was configured for the '$generator' generator, not Ninja"
        elif [ ! -f "$ATELIER_BUILD/build.ninja" ]; then
            # Configure stopped half-way (a missing package, Ctrl-C): results it cached as
            # NOTFOUND would stick, so start the configure from scratch. No object was built yet.
            atelier_wipe_build "an earlier configure did not finish"
        fi
    elif [ -f "$ATELIER_BUILD/build.ninja" ]; then
        atelier_wipe_build "it has a build.ninja but no CMakeCache.txt"
    fi
    [ -f "$ATELIER_BUILD/build.ninja" ] || configure=1
    # tools/test promises warnings as errors, whoever configured the folder first.
    [ "$(atelier_cache_value ATELIER_WERROR)" = ON ] || configure=1
    if [ "$configure" -eq 1 ] || [ $# -gt 0 ]; then
        local build_type
        build_type=$(atelier_cache_value CMAKE_BUILD_TYPE)
        cmake -S "$ATELIER_ROOT" -B "$ATELIER_BUILD" -G Ninja \
            -DCMAKE_BUILD_TYPE="${build_type:-RelWithDebInfo}" -DATELIER_WERROR=ON "$@"
    fi
    # ninja resumes an interrupted build and reconfigures by itself when a CMakeLists.txt changed.
    cmake --build "$ATELIER_BUILD" --parallel "$(nproc)"
}
