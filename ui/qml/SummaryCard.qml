import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A headline figure: a small title, a large value and one line of explanation.
Card {
    id: card

    property string title
    property string value
    property string detail
    property color accent: "teal"

    Accessible.role: Accessible.StaticText
    Accessible.name: title + ": " + value + ". " + detail

    ColumnLayout {
        anchors.fill: parent
        spacing: 4
        RowLayout {
            spacing: 8
            Rectangle {
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: card.accent
            }
            Label {
                text: card.title
                font.pixelSize: 12
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 0.8
                opacity: 0.7
            }
        }
        Label {
            text: card.value
            font.pixelSize: 30
            font.weight: Font.DemiBold
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            text: card.detail
            opacity: 0.7
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
        }
        // Cards in a row share the tallest one's height: their text stays at the top.
        Item { Layout.fillHeight: true }
    }
}
