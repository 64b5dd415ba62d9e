# Shared by start-console and run-tests: install what is missing, then build.
# Idempotent: packages already present are not touched, an existing build is reused.

NV_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NV_BUILD=${NV_BUILD_DIR:-$NV_ROOT/build}

# Debian 12 packages the project builds, runs and tests with (--no-install-recommends).
NV_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-webengine-dev qt6-webengine-dev-tools libqt6sql6-sqlite
    qtkeychain-qt6-dev qt6-httpserver-dev qt6-websockets-dev qt6-networkauth-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins
    libphonenumber-dev libssl-dev libcjose-dev libjansson-dev libqrencode-dev zbar-tools
    python3 python3-dbusmock
    xvfb xauth dbus gnome-keyring libsecret-tools
    fonts-dejavu-core
    poppler-utils   # pdftotext, pdftoppm, pdfinfo: the run report tests read the PDF back
    openssl
    tinyproxy       # a real proxy (open and with Basic authentication) for the proxy tests
    xdg-utils curl
    time            # /usr/bin/time: the peak RSS in benchmarks/run-benchmarks
    # packages: manual pages, icons, dependencies; and the tools that check them
    help2man librsvg2-bin dpkg-dev file lintian appstream desktop-file-utils man-db
    shared-mime-info   # update-mime-database: the .nvsession type checked as installed
    clang libclang-rt-14-dev libfuzzer-14-dev llvm-14
    qt6-translations-l10n   # Qt's own strings in Spanish (the translation tests)
    devscripts              # hardening-check: the packaged programs' hardening
    qt6-base-private-dev    # tst_accessibility turns accessibility on under the offscreen platform
)

nv_say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

nv_install_missing() {
    local missing=()
    for pkg in "${NV_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        nv_say "All ${#NV_PACKAGES[@]} packages are installed"
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root (or sudo)." >&2; return 1; }
        sudo=(sudo)
    fi
    nv_say "Installing ${#missing[@]} missing packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

nv_build() {
    nv_say "Building in $NV_BUILD"
    if [ ! -f "$NV_BUILD/build.ninja" ]; then
        local launcher=()
        # A compiler cache, when the machine has one, makes rebuilds of a fresh tree cheap.
        command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        cmake -S "$NV_ROOT" -B "$NV_BUILD" -G Ninja "${launcher[@]}" "$@"
    elif [ $# -gt 0 ]; then
        cmake "$NV_BUILD" "$@" >/dev/null
    fi
    cmake --build "$NV_BUILD" --parallel "$(nproc)"
}
