import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Shown instead of the dashboard when the book cannot be opened: what happened, in plain words.
ApplicationWindow {
    id: window

    required property string message

    width: 560
    height: 280
    visible: true
    title: qsTr("DueDesk")
    Material.theme: Material.System
    Material.accent: "#2f8f83"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 28
        spacing: 14
        Label {
            text: qsTr("Your book could not be opened")
            font.pixelSize: 20
            font.weight: Font.DemiBold
        }
        Label {
            text: window.message
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            opacity: 0.8
        }
        Item { Layout.fillHeight: true }
        Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Close")
            flat: true
            highlighted: true
            onClicked: Qt.quit()
        }
    }
}
