#!/usr/bin/env bash
# Runs one test under a private D-Bus session with an unlocked gnome-keyring Secret Service.
# Never lets D-Bus autolaunch (that hangs on an unlock prompt); everything under a timeout.
#   with-secret-service.sh <timeout-seconds> <test-executable> [args...]
set -euo pipefail
limit=$1
shift
export HOME=$(mktemp -d)
export XDG_RUNTIME_DIR=$HOME/run XDG_DATA_HOME=$HOME/.local/share XDG_CONFIG_HOME=$HOME/.config
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
exec timeout --kill-after=5 "$limit" dbus-run-session -- bash -c \
    'echo -n nv-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "$@"' \
    bash "$@"
