# Sourced by scripts/run, scripts/test and scripts/bench: installs what is
# missing (Debian/Ubuntu, with apt-get), configures once, builds incrementally.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${RAPPORT_BUILD_DIR:-$ROOT/build}
BUILD_TYPE=${RAPPORT_BUILD_TYPE:-RelWithDebInfo}

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libqt6opengl6-dev xkb-data
    libical-dev libcurl4-openssl-dev sqlite3 libsqlite3-dev
    postgresql-15 libqt6sql6-psql python3 python3-aiosmtpd openssl mmdebstrap xvfb xauth fonts-dejavu-core python3-icalendar poppler-utils
    dpkg-dev desktop-file-utils appstream file
    qtkeychain-qt6-dev gnome-keyring dbus-daemon libsecret-tools
)

# What scripts/fuzz needs on top: clang, libFuzzer's runtime for clang 14
# (libclang_rt.fuzzer-x86_64.a) and llvm-symbolizer for readable stack traces.
FUZZ_PACKAGES=(clang libclang-rt-14-dev llvm)

# rapport_install_packages [PACKAGE...]: the given packages, PACKAGES by default.
rapport_install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        echo "Not a Debian/Ubuntu system: install CMake >= 3.21, Ninja, a C++20 compiler, Qt >= 6.4" >&2
        echo "(Core, Gui, Widgets, Sql with SQLite, Charts, PrintSupport, Test, LinguistTools), libical and libcurl." >&2
        return 0
    fi
    local wanted=("$@")
    [ $# -gt 0 ] || wanted=("${PACKAGES[@]}")
    local missing=()
    for p in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures the build directory (once; later calls only refresh the cache).
rapport_configure() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        # shellcheck disable=SC2086 # RAPPORT_CMAKE_ARGS holds several options
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE" -DRAPPORT_WERROR="$werror" ${RAPPORT_CMAKE_ARGS:-}
    else
        # shellcheck disable=SC2086
        cmake -S "$ROOT" -B "$BUILD_DIR" -DRAPPORT_WERROR="$werror" ${RAPPORT_CMAKE_ARGS:-} >/dev/null
    fi
}

rapport_build() {
    rapport_configure
    cmake --build "$BUILD_DIR" --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
}
