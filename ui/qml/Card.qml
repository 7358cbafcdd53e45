import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A quiet surface for grouped content: rounded, a hairline border, light or dark with the theme.
Pane {
    id: card

    padding: 20
    background: Rectangle {
        radius: 12
        color: card.Material.theme === Material.Dark ? "#26323a" : "#ffffff"
        border.color: card.Material.theme === Material.Dark ? "#33424a" : "#e3e8eb"
    }
}
