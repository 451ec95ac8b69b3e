#!/usr/bin/env bash
# Leverboard set-up: installs the Debian packages that are missing, configures
# and builds, then either launches the app or runs the whole test suite.
#
#   packaging/setup.sh run   [workspace.leverboard]   build and launch the app
#   packaging/setup.sh test  [ctest options]          build and run every test
#   packaging/setup.sh build                          build only
#
# The package list is packaging/debian-packages.txt; .ci/run proves with
# packaging/check-fresh-deps.sh that it holds everything the build uses.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${LEVERBOARD_BUILD_DIR:-$here/build}"
mode="${1:-run}"
shift || true

sudo_cmd=()
[[ "$(id -u)" == 0 ]] || sudo_cmd=(sudo)

mapfile -t packages < <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$here/packaging/debian-packages.txt")
missing=()
for pkg in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
    echo "leverboard: installing missing packages: ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The tests run the command line and the exports under a comma-decimal locale
# (and the Chinese UI under zh_CN): generate those locales when missing.
ensure_locales() {
    local wanted=(de_DE.UTF-8 zh_CN.UTF-8) absent=() name
    for name in "${wanted[@]}"; do
        locale -a 2>/dev/null | grep -qix "${name/UTF-8/utf8}" || absent+=("$name")
    done
    ((${#absent[@]})) || return 0
    echo "leverboard: generating locales: ${absent[*]}"
    for name in "${absent[@]}"; do
        if grep -q "^# *$name UTF-8" /etc/locale.gen; then
            "${sudo_cmd[@]}" sed -i "s/^# *$name UTF-8/$name UTF-8/" /etc/locale.gen
        elif ! grep -q "^$name UTF-8" /etc/locale.gen; then
            echo "$name UTF-8" | "${sudo_cmd[@]}" tee -a /etc/locale.gen >/dev/null
        fi
    done
    "${sudo_cmd[@]}" locale-gen >/dev/null
}

jobs="$(nproc 2>/dev/null || echo 2)"
configure_and_build() {
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build_dir" --parallel "$jobs"
}

case "$mode" in
    run)
        configure_and_build
        exec "$build_dir/app/leverboard" "$@"
        ;;
    test)
        ensure_locales
        configure_and_build
        cd "$build_dir"
        ctest --output-on-failure --parallel "$jobs" "$@"
        ;;
    build)
        configure_and_build
        ;;
    *)
        echo "usage: packaging/setup.sh run|test|build" >&2
        exit 2
        ;;
esac
