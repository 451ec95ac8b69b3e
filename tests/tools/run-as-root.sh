#!/bin/sh
# Runs a test executable that needs root (it mounts a small tmpfs to fill a
# disk, and bind-mounts a file to make a rename fail).
#
#   run-as-root.sh <test-executable> [arguments…]
#
# Root: in a private mount namespace when unshare allows it, so a test that
# dies leaves no mount behind. Not root: in a new user and mount namespace in
# which it is root (unshare --map-root-user; most Linux systems allow this).
# LEVERBOARD_EXPECT_ROOT=1 tells the test it was meant to run as root: it
# fails, never skips, without root.
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 <test-executable> [arguments...]" >&2
    exit 2
fi
export LEVERBOARD_EXPECT_ROOT=1

if [ "$(id -u)" = 0 ]; then
    if unshare --mount --propagation private true 2>/dev/null; then
        exec unshare --mount --propagation private -- "$@"
    fi
    exec "$@"
fi
exec unshare --user --map-root-user --mount -- "$@"
