#!/usr/bin/env bash
# Leverboard set-up: installs the Debian packages that are missing, configures
# and builds, then either launches the app or runs the whole test suite.
#
#   packaging/setup.sh run   [workspace.leverboard]   build and launch the app
#   packaging/setup.sh test                           build and run every test
#   packaging/setup.sh build                          build only
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${LEVERBOARD_BUILD_DIR:-$here/build}"
mode="${1:-run}"
shift || true

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools libqt6opengl6-dev libgl-dev libeigen3-dev nlohmann-json3-dev
    xvfb xauth poppler-utils
)

missing=()
for pkg in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "leverboard: installing missing packages: ${missing[*]}"
    sudo_cmd=()
    [[ "$(id -u)" == 0 ]] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" --parallel "$jobs"

case "$mode" in
    run)
        exec "$build_dir/app/leverboard" "$@"
        ;;
    test)
        cd "$build_dir"
        ctest --output-on-failure --parallel "$jobs" "$@"
        ;;
    build)
        ;;
    *)
        echo "usage: packaging/setup.sh run|test|build" >&2
        exit 2
        ;;
esac
