import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import DueDesk

// The first start, when the owner has no book yet: start a new book, open an existing one, or look around in
// the demo book. The application opens the main window on the book chosen.
ApplicationWindow {
    id: window

    required property BookChooser chooser

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color hairline: dark ? "#33424a" : "#e3e8eb"

    width: 760
    height: 560
    minimumWidth: 560
    minimumHeight: 520
    visible: true
    title: qsTr("Welcome to DueDesk")

    Material.theme: Material.System
    Material.accent: "#2f8f83"
    Material.primary: "#2f8f83"

    background: Rectangle {
        color: window.dark ? "#1b2429" : "#f4f6f7"
    }

    // One way to start: a mark, a title and a line on what it does.
    component Choice: ItemDelegate {
        id: choice
        property string title
        property string detail
        property string mark
        Layout.fillWidth: true
        implicitHeight: Math.max(72, implicitContentHeight + topPadding + bottomPadding)
        padding: 14
        enabled: !window.chooser.busy
        focusPolicy: Qt.StrongFocus
        Accessible.name: title
        Accessible.description: detail
        background: Rectangle {
            radius: 10
            color: choice.down ? (window.dark ? "#2d4a47" : "#e6f3f1")
                               : choice.hovered || choice.visualFocus ? (window.dark ? "#2b3840" : "#f5f8f9")
                                                                      : "transparent"
            border.color: choice.visualFocus ? "#2f8f83" : window.hairline
        }
        contentItem: RowLayout {
            spacing: 14
            Rectangle {
                implicitWidth: 36
                implicitHeight: 36
                radius: 18
                color: window.dark ? "#2d4a47" : "#e6f3f1"
                Label {
                    anchors.centerIn: parent
                    text: choice.mark
                    color: "#2f8f83"
                    font.pixelSize: 17
                    font.weight: Font.Bold
                }
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Label {
                    text: choice.title
                    font.pixelSize: 15
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: choice.detail
                    opacity: 0.65
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    FileDialog {
        id: openDialog
        title: qsTr("Open a DueDesk book")
        nameFilters: [qsTr("DueDesk books (*.duedesk)"), qsTr("All files (*)")]
        onAccepted: window.chooser.openBook(selectedFile)
    }

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 600)
        height: Math.min(parent.height - 48, content.implicitHeight + topPadding + bottomPadding)
        padding: 28

        ColumnLayout {
            id: content
            anchors.fill: parent
            spacing: 16

            RowLayout {
                spacing: 14
                Rectangle {
                    implicitWidth: 44
                    implicitHeight: 44
                    radius: 11
                    color: "#2f8f83"
                    Label {
                        anchors.centerIn: parent
                        text: "D"
                        color: "white"
                        font.bold: true
                        font.pixelSize: 23
                    }
                }
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Label {
                        text: steps.currentIndex === 0 ? qsTr("Welcome to DueDesk") : qsTr("Your business")
                        font.pixelSize: 22
                        font.weight: Font.DemiBold
                    }
                    Label {
                        text: steps.currentIndex === 0
                              ? qsTr("DueDesk keeps track of who owes you and drafts friendly reminders for you to approve.")
                              : qsTr("DueDesk uses these for your reminders, amounts and phone numbers. You can change them later in Settings.")
                        wrapMode: Text.WordWrap
                        opacity: 0.7
                        Layout.fillWidth: true
                    }
                }
            }

            StackLayout {
                id: steps
                Layout.fillWidth: true
                currentIndex: 0

                // The three ways to start.
                ColumnLayout {
                    spacing: 10

                    Choice {
                        objectName: "startNewBook"
                        title: qsTr("Start a new book")
                        detail: qsTr("For your own business; add or import your bills next.")
                        mark: "+"
                        onClicked: {
                            steps.currentIndex = 1
                            businessName.forceActiveFocus()
                        }
                    }
                    Choice {
                        objectName: "openExistingBook"
                        title: qsTr("Open an existing book…")
                        detail: qsTr("A DueDesk book you already keep, on this computer or a shared drive.")
                        mark: "↗"
                        onClicked: openDialog.open()
                    }
                    Choice {
                        objectName: "tryDemo"
                        title: qsTr("Try it with demo data")
                        detail: qsTr("A made-up plumbing business with 400 bills, to look around safely.")
                        mark: "▶"
                        onClicked: window.chooser.openDemo()
                    }
                }

                // A new book: the business, its currency and region.
                GridLayout {
                    columns: 2
                    columnSpacing: 16
                    rowSpacing: 10

                    Label { text: qsTr("Business name") }
                    TextField {
                        id: businessName
                        objectName: "businessName"
                        Layout.fillWidth: true
                        placeholderText: qsTr("As your clients know it")
                        selectByMouse: true
                        Accessible.name: qsTr("Business name")
                        Keys.onReturnPressed: createButton.clicked()
                    }
                    Label { text: qsTr("Currency") }
                    ComboBox {
                        id: currencyBox
                        objectName: "currency"
                        Layout.fillWidth: true
                        model: window.chooser.currencies
                        currentIndex: Math.max(0, window.chooser.currencies.indexOf(window.chooser.suggestedCurrency))
                        Accessible.name: qsTr("Currency of your bills")
                    }
                    Label { text: qsTr("Country or region") }
                    ComboBox {
                        id: regionBox
                        objectName: "region"
                        Layout.fillWidth: true
                        model: window.chooser.regions
                        textRole: "name"
                        valueRole: "code"
                        Accessible.name: qsTr("Country or region of your business")
                        Component.onCompleted: currentIndex = Math.max(0, indexOfValue(window.chooser.suggestedRegion))
                    }
                    Label {
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        text: qsTr("The book will be kept at %1").arg(window.chooser.newBookPath)
                        wrapMode: Text.WrapAnywhere
                        font.pixelSize: 12
                        opacity: 0.6
                    }
                    RowLayout {
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        Item { Layout.fillWidth: true }
                        Button {
                            objectName: "backToChoices"
                            text: qsTr("Back")
                            flat: true
                            onClicked: steps.currentIndex = 0
                        }
                        Button {
                            id: createButton
                            objectName: "createBook"
                            text: qsTr("Create book")
                            flat: true
                            highlighted: true
                            enabled: businessName.text.trim().length > 0
                            Accessible.name: qsTr("Create the book")
                            onClicked: window.chooser.createBook(businessName.text, currencyBox.currentText,
                                                                 regionBox.currentValue)
                        }
                    }
                }
            }

            RowLayout {
                visible: window.chooser.busy
                spacing: 10
                BusyIndicator {
                    running: window.chooser.busy
                    Layout.preferredWidth: 28
                    Layout.preferredHeight: 28
                }
                Label {
                    text: qsTr("Preparing the demo book…")
                    opacity: 0.75
                }
            }

            Label {
                objectName: "firstRunError"
                visible: window.chooser.error.length > 0
                text: window.chooser.error
                color: "#c8553d"
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            Item { Layout.fillHeight: true }
        }
    }
}
