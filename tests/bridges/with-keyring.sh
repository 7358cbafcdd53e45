#!/bin/sh
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring, so that QtKeychain works
# headless (see ../shared/ENVIRONMENT.md §5). Everything it makes is removed afterwards.
dir=$(mktemp -d)
mkdir -p "$dir/home" "$dir/run"
chmod 700 "$dir/run"
HOME="$dir/home" XDG_RUNTIME_DIR="$dir/run" dbus-run-session -- sh -c '
  eval "$(printf "duedesk-test" | gnome-keyring-daemon --unlock --components=secrets)"
  "$@"' sh "$@"
rc=$?
rm -rf "$dir"
exit $rc
