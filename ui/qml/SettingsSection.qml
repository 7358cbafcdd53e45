import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One section of the settings: a title, a line on what it is for, and its content in a scrolling column.
ScrollView {
    id: section

    property string title
    property string subtitle
    default property alias content: body.data

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color hairline: dark ? "#33424a" : "#e3e8eb"
    readonly property color errorColor: "#c8553d"
    readonly property color okColor: "#2f8f83"

    contentWidth: availableWidth
    Accessible.role: Accessible.Pane
    Accessible.name: title

    ColumnLayout {
        width: section.availableWidth
        spacing: 16

        Item { Layout.preferredHeight: 4 }

        ColumnLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            spacing: 2
            Label {
                text: section.title
                font.pixelSize: 20
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            Label {
                text: section.subtitle
                opacity: 0.65
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
        }

        ColumnLayout {
            id: body
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.bottomMargin: 24
            Layout.fillWidth: true
            spacing: 16
        }
    }
}
