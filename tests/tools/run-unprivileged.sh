#!/bin/sh
# Runs a test executable as an unprivileged user, so that file permissions
# apply: root ignores them, and CI runs ctest as root.
#
#   run-unprivileged.sh <test-executable> [arguments…]
#
# Not root: runs the executable as it is. Root: copies it into a fresh folder
# under /tmp (the build folder may not be traversable by anyone else), gives
# it a fresh HOME, TMPDIR and XDG_RUNTIME_DIR owned by the user, and starts it
# there with setpriv as nobody:nogroup (LEVERBOARD_TEST_USER overrides the
# user). The tests are linked statically against our libraries and use the
# system Qt, so the copy runs anywhere. LEVERBOARD_EXPECT_UNPRIVILEGED=1 tells
# the test it was meant to run unprivileged: it fails, never skips, as root.
# A test that reads data files names their folder in LEVERBOARD_TEST_DATA_DIR:
# the folder is copied too, and the variable points at the copy.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 <test-executable> [arguments...]" >&2
    exit 2
fi
exe=$1
shift
export LEVERBOARD_EXPECT_UNPRIVILEGED=1

if [ "$(id -u)" != 0 ]; then
    exec "$exe" "$@"
fi

user=${LEVERBOARD_TEST_USER:-nobody}
group=$(id -gn "$user")
work=$(mktemp -d /tmp/leverboard-unprivileged.XXXXXX)
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM
chmod 755 "$work"
mkdir "$work/bin" "$work/home" "$work/tmp" "$work/run"
name=$(basename "$exe")
cp "$exe" "$work/bin/$name"
chmod 755 "$work/bin" "$work/bin/$name"
if [ -d "${LEVERBOARD_TEST_DATA_DIR:-}" ]; then
    cp -R "$LEVERBOARD_TEST_DATA_DIR" "$work/data"
    chmod -R a+rX "$work/data"
    export LEVERBOARD_TEST_DATA_DIR="$work/data"
fi
chown "$user:$group" "$work/home" "$work/tmp" "$work/run"
chmod 700 "$work/home" "$work/tmp" "$work/run"

status=0
(
    cd "$work/tmp"
    HOME="$work/home" TMPDIR="$work/tmp" XDG_RUNTIME_DIR="$work/run" \
        setpriv --reuid="$user" --regid="$group" --clear-groups -- "$work/bin/$name" "$@"
) || status=$?
exit "$status"
