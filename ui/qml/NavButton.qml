import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One entry of the navigation rail: a page name, a marker when it is the current page, and an optional count
// (the approvals waiting, say) in a small badge.
ItemDelegate {
    id: button

    required property int page
    required property int currentPage
    property int badge: 0
    property string description

    signal pageRequested(int page)

    readonly property bool current: page === currentPage
    readonly property bool dark: Material.theme === Material.Dark

    Layout.fillWidth: true
    implicitHeight: 40
    leftPadding: 18
    rightPadding: 12
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: description.length > 0 ? description : text
    Accessible.selected: current
    onClicked: pageRequested(page)

    background: Rectangle {
        radius: 8
        color: button.current ? (button.dark ? "#25423f" : "#e2f1ef")
                              : button.hovered ? (button.dark ? "#24313a" : "#eef2f4") : "transparent"
        Rectangle {
            visible: button.current
            width: 3
            height: parent.height - 16
            radius: 2
            anchors.verticalCenter: parent.verticalCenter
            x: 6
            color: "#2f8f83"
        }
    }
    contentItem: RowLayout {
        spacing: 8
        Label {
            text: button.text
            font.pixelSize: 14
            font.weight: button.current ? Font.DemiBold : Font.Normal
            color: button.current ? "#2f8f83" : button.Material.foreground
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Rectangle {
            visible: button.badge > 0
            implicitWidth: Math.max(22, badgeText.implicitWidth + 12)
            implicitHeight: 20
            radius: 10
            color: "#c8553d"
            Label {
                id: badgeText
                anchors.centerIn: parent
                text: button.badge > 99 ? "99+" : button.badge
                color: "white"
                font.pixelSize: 11
                font.weight: Font.DemiBold
            }
        }
    }
}
