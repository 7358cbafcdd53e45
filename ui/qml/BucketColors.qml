pragma Singleton
import QtQuick

// Calm colours for the aging buckets: not due, 1-30, 31-60, 61-90, 90+.
QtObject {
    readonly property var palette: ["#7a9eb1", "#3a9d8f", "#e0a458", "#d9783f", "#c8553d"]
    function colorFor(index: int): color {
        return palette[Math.max(0, Math.min(index, palette.length - 1))]
    }
}
