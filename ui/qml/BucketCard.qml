import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One aging bucket: how much is owed at that age, and in how many bills.
Card {
    id: card

    property string label
    property string amount
    property int count
    property color accent: "grey"

    padding: 16
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + amount + ", " + qsTr("%n bill(s)", "", count)

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 4
            radius: 2
            color: card.accent
        }
        Label {
            text: card.label
            opacity: 0.75
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            text: card.amount
            font.pixelSize: 20
            font.weight: Font.DemiBold
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        Label {
            text: qsTr("%n bill(s)", "", card.count)
            opacity: 0.6
        }
    }
}
