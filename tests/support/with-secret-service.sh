#!/usr/bin/env bash
# Runs one test under a private D-Bus session with an unlocked gnome-keyring Secret Service.
# Never lets D-Bus autolaunch (that hangs on an unlock prompt); everything under a timeout.
#   with-secret-service.sh <timeout-seconds> <test-executable> [args...]
# The keyring lives in a temporary HOME that is removed when the test ends, whatever its
# result: the script waits for the test instead of replacing itself with it (exec), so its
# EXIT trap runs.
set -euo pipefail
limit=$1
shift
HOME=$(mktemp -d "${TMPDIR:-/tmp}/nv-keyring.XXXXXX")
export HOME
trap 'rm -rf "$HOME"' EXIT
export XDG_RUNTIME_DIR=$HOME/run XDG_DATA_HOME=$HOME/.local/share XDG_CONFIG_HOME=$HOME/.config
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Stops the test a little before ctest would: ctest kills without a signal this trap can see.
inner=$((limit > 30 ? limit - 15 : limit))
status=0
timeout --kill-after=5 "$inner" dbus-run-session -- bash -c \
    'echo -n nv-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "$@"' \
    bash "$@" || status=$?
exit "$status"
