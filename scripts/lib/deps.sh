#!/usr/bin/env bash
# Installs the Debian 12 packages DueDesk needs, only when some are missing.
# Sourced by scripts/run and scripts/test. Quiet unless something is installed or fails.

# Packages needed to build and run the app.
DUEDESK_BUILD_PACKAGES=(
    build-essential cmake ninja-build pkg-config file dpkg-dev
    qt6-base-dev qt6-declarative-dev qt6-websockets-dev qt6-httpserver-dev qt6-charts-dev
    qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins
    qml6-module-qtqml qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
    qml6-module-qtcharts qml6-module-qtquick-dialogs
    libphonenumber-dev qtkeychain-qt6-dev libcurl4-openssl-dev libgl-dev libvulkan-dev libxkbcommon-dev
    libgl1-mesa-dri fonts-dejavu-core
)

# Extra packages the test suite needs (servers, headless display, benchmark baseline).
DUEDESK_TEST_PACKAGES=(
    xvfb xauth imagemagick x11-apps xdotool sqlite3 rpm
    dbus-daemon gnome-keyring libsecret-tools
    postgresql dovecot-imapd python3-aiosmtpd curl
    nodejs
)

duedesk_missing_packages() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q '^install ok installed$' || printf '%s\n' "$pkg"
    done
}

# duedesk_ensure_packages PKG... : apt-installs the missing ones (as root, or through sudo).
duedesk_ensure_packages() {
    local missing
    mapfile -t missing < <(duedesk_missing_packages "$@")
    [ "${#missing[@]}" -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "DueDesk needs these packages: ${missing[*]} (run as root or install sudo)" >&2; return 1; }
        sudo=(sudo)
    fi
    echo "Installing ${#missing[@]} missing packages: ${missing[*]}"
    local log
    log=$(mktemp)
    if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
           "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
        tail -n 30 "$log" >&2
        rm -f "$log"
        echo "Package installation failed (see above)." >&2
        return 1
    fi
    rm -f "$log"
}
