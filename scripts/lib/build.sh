#!/usr/bin/env bash
# duedesk_build DIR BUILD_TYPE [cmake -D options...]: configures (once) and builds, quietly; prints the
# log's tail when something fails.

duedesk_build() {
    local dir=$1 type=$2
    shift 2
    local log
    log=$(mktemp)
    echo "Building DueDesk ($type) in $dir..."
    if ! cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        echo "Configuring failed (see above)." >&2
        return 1
    fi
    if ! cmake --build "$dir" >"$log" 2>&1; then
        grep -E -B2 -A12 'error|FAILED' "$log" | head -n 120 >&2 || tail -n 60 "$log" >&2
        rm -f "$log"
        echo "The build failed (see above)." >&2
        return 1
    fi
    rm -f "$log"
}
