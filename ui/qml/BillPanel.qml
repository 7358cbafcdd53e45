import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// One bill, beside the list: what is owed, what the owner can do about it, and what has happened so far.
// Payment, promise and write-off open a short inline form so that nothing happens on a single stray click.
Card {
    id: panel

    required property BillDetails details
    property color bucketColor: "transparent"
    property color statusColor: "grey"
    // "", "payment", "promise", "writeOff": the inline form that is open.
    property string form: ""

    signal closeRequested()

    readonly property bool dark: Material.theme === Material.Dark
    readonly property color hairline: dark ? "#33424a" : "#e3e8eb"

    function kindColor(kind) {
        switch (kind) {
        case "payment": return "#2f8f83"
        case "reply": return "#4f7c99"
        case "promise": return "#e0a458"
        case "dispute": return "#c98a2e"
        case "stop": case "write_off": return "#c8553d"
        case "reminder": return "#7a9eb1"
        default: return "#9aa7ae"
        }
    }

    // The one main action of a form: a filled, flat-coloured button (no elevation layer, calm in both themes).
    component PrimaryButton: Button {
        id: primary
        property color tint: "#2f8f83"
        implicitHeight: 40
        leftPadding: 18
        rightPadding: 18
        contentItem: Label {
            text: primary.text
            font: primary.font
            color: "white"
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        background: Rectangle {
            radius: 8
            color: !primary.enabled ? "#9fb3b0"
                 : primary.down ? Qt.darker(primary.tint, 1.15)
                 : primary.hovered ? Qt.lighter(primary.tint, 1.08) : primary.tint
        }
    }

    padding: 0
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Bill %1 of %2").arg(details.billNumber).arg(details.clientName)

    // A new bill closes any open form.
    Connections {
        target: panel.details
        function onBillIdChanged() { panel.form = "" }
    }

    // QML has no clipboard API in Qt 6.4: a hidden text editor copies for us.
    TextEdit {
        id: clipboardHelper
        visible: false
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 14

            // Who and which bill, with a close button.
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 16
                Layout.leftMargin: 20
                Layout.rightMargin: 8
                spacing: 8
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: panel.details.clientName
                        font.pixelSize: 18
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        spacing: 8
                        Label {
                            text: qsTr("Bill %1").arg(panel.details.billNumber)
                            opacity: 0.65
                        }
                        Rectangle {
                            radius: height / 2
                            implicitWidth: statusLabel.implicitWidth + 18
                            implicitHeight: statusLabel.implicitHeight + 6
                            color: Qt.rgba(panel.statusColor.r, panel.statusColor.g, panel.statusColor.b,
                                           panel.dark ? 0.28 : 0.13)
                            Label {
                                id: statusLabel
                                anchors.centerIn: parent
                                text: panel.details.statusText
                                font.pixelSize: 12
                                font.weight: Font.DemiBold
                                color: panel.dark ? Qt.lighter(panel.statusColor, 1.5) : Qt.darker(panel.statusColor, 1.15)
                            }
                        }
                    }
                }
                ToolButton {
                    text: "✕"
                    Layout.alignment: Qt.AlignTop
                    Accessible.name: qsTr("Close the bill")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Close")
                    onClicked: panel.closeRequested()
                }
            }

            // The figures.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                spacing: 2
                Label {
                    text: panel.details.bucket !== "" || panel.details.status === "open" ? qsTr("Still owed")
                                                                                        : qsTr("Balance")
                    font.pixelSize: 12
                    font.capitalization: Font.AllUppercase
                    font.letterSpacing: 0.8
                    opacity: 0.65
                }
                Label {
                    objectName: "panelBalance"
                    text: panel.details.balanceText
                    font.pixelSize: 28
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                RowLayout {
                    visible: panel.details.bucket !== ""
                    spacing: 8
                    Rectangle { implicitWidth: 8; implicitHeight: 8; radius: 4; color: panel.bucketColor }
                    Label {
                        text: panel.details.daysOverdue === 1 ? qsTr("1 day overdue")
                            : panel.details.daysOverdue > 1 ? qsTr("%1 days overdue").arg(panel.details.daysOverdue)
                            : panel.details.daysOverdue === 0 ? qsTr("Due today")
                            : panel.details.daysOverdue === -1 ? qsTr("Due tomorrow")
                            : qsTr("Due in %1 days").arg(-panel.details.daysOverdue)
                        opacity: 0.8
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                columns: 2
                columnSpacing: 16
                rowSpacing: 6
                Label { text: qsTr("Amount"); opacity: 0.65 }
                Label { text: panel.details.amountText; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
                Label { text: qsTr("Paid so far"); opacity: 0.65 }
                Label { text: panel.details.paidText; Layout.fillWidth: true; horizontalAlignment: Text.AlignRight }
                Label { text: qsTr("Due"); opacity: 0.65 }
                Label {
                    text: panel.details.dueText.length > 0 ? panel.details.dueText : qsTr("No due date")
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideLeft
                }
                Label { text: qsTr("Issued"); opacity: 0.65; visible: panel.details.issuedText.length > 0 }
                Label {
                    visible: panel.details.issuedText.length > 0
                    text: panel.details.issuedText
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideLeft
                }
                Label { text: qsTr("Reminders"); opacity: 0.65 }
                Label {
                    text: panel.details.chaseStateText
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    wrapMode: Text.WordWrap
                }
            }

            Label {
                objectName: "panelError"
                visible: panel.details.lastError.length > 0
                text: panel.details.lastError
                color: "#c8553d"
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
            }

            // Actions.
            PrimaryButton {
                objectName: "recordPaymentButton"
                visible: panel.details.canPay && panel.form !== "payment"
                text: qsTr("Record a payment")
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                Accessible.name: qsTr("Record a payment for this bill")
                onClicked: {
                    amountField.text = panel.details.balanceDecimal
                    panel.form = "payment"
                    amountField.forceActiveFocus()
                    amountField.selectAll()
                }
            }

            // Inline payment form: the full balance is prefilled; change it for a part payment.
            Rectangle {
                visible: panel.form === "payment"
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                implicitHeight: paymentForm.implicitHeight + 28
                radius: 10
                color: panel.dark ? "#2b3840" : "#f4f8f8"
                border.color: panel.hairline
                ColumnLayout {
                    id: paymentForm
                    anchors.fill: parent
                    anchors.margins: 14
                    spacing: 8
                    Label {
                        text: qsTr("How much was paid today?")
                        font.weight: Font.DemiBold
                    }
                    TextField {
                        id: amountField
                        objectName: "paymentAmount"
                        Layout.fillWidth: true
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        selectByMouse: true
                        placeholderText: panel.details.balanceDecimal
                        Accessible.name: qsTr("Amount received in %1").arg(panel.details.currency)
                        Keys.onReturnPressed: confirmPayment.clicked()
                    }
                    Label {
                        text: amountField.text === panel.details.balanceDecimal
                              ? qsTr("The full balance: the bill will be marked paid and its reminders stop.")
                              : qsTr("A part payment: reminders continue for what is left.")
                        opacity: 0.7
                        font.pixelSize: 12
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Layout.alignment: Qt.AlignRight
                        Button {
                            text: qsTr("Cancel")
                            flat: true
                            onClicked: panel.form = ""
                        }
                        PrimaryButton {
                            id: confirmPayment
                            objectName: "confirmPaymentButton"
                            text: qsTr("Record payment")
                            Accessible.name: qsTr("Record this payment")
                            onClicked: {
                                if (panel.details.recordPayment(amountField.text))
                                    panel.form = ""
                            }
                        }
                    }
                }
            }

            // Inline promise form.
            Rectangle {
                visible: panel.form === "promise"
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                implicitHeight: promiseForm.implicitHeight + 28
                radius: 10
                color: panel.dark ? "#2b3840" : "#f4f8f8"
                border.color: panel.hairline
                ColumnLayout {
                    id: promiseForm
                    anchors.fill: parent
                    anchors.margins: 14
                    spacing: 8
                    Label {
                        text: qsTr("When did the client promise to pay?")
                        font.weight: Font.DemiBold
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    TextField {
                        id: promiseField
                        objectName: "promiseDate"
                        Layout.fillWidth: true
                        selectByMouse: true
                        placeholderText: qsTr("Year-month-day, e.g. %1").arg(panel.details.tomorrowIso)
                        Accessible.name: qsTr("Promised payment date")
                        Keys.onReturnPressed: confirmPromise.clicked()
                    }
                    RowLayout {
                        spacing: 4
                        Button {
                            text: qsTr("In a week")
                            flat: true
                            onClicked: promiseField.text = panel.details.isoDateIn(7)
                        }
                        Button {
                            text: qsTr("In two weeks")
                            flat: true
                            onClicked: promiseField.text = panel.details.isoDateIn(14)
                        }
                    }
                    Label {
                        text: qsTr("Reminders pause until then.")
                        opacity: 0.7
                        font.pixelSize: 12
                    }
                    RowLayout {
                        Layout.alignment: Qt.AlignRight
                        Button {
                            text: qsTr("Cancel")
                            flat: true
                            onClicked: panel.form = ""
                        }
                        PrimaryButton {
                            id: confirmPromise
                            objectName: "confirmPromiseButton"
                            text: qsTr("Save promise")
                            onClicked: {
                                if (panel.details.promiseUntil(promiseField.text))
                                    panel.form = ""
                            }
                        }
                    }
                }
            }

            // Inline write-off confirmation.
            Rectangle {
                visible: panel.form === "writeOff"
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                implicitHeight: writeOffForm.implicitHeight + 28
                radius: 10
                color: panel.dark ? "#3a2b2a" : "#fbf1ef"
                border.color: panel.dark ? "#5a3a36" : "#f0d5cf"
                ColumnLayout {
                    id: writeOffForm
                    anchors.fill: parent
                    anchors.margins: 14
                    spacing: 8
                    Label {
                        text: qsTr("Write off %1? The bill is closed and no more reminders go out.")
                              .arg(panel.details.balanceText)
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Layout.alignment: Qt.AlignRight
                        Button {
                            text: qsTr("Keep it")
                            flat: true
                            onClicked: panel.form = ""
                        }
                        PrimaryButton {
                            objectName: "confirmWriteOffButton"
                            text: qsTr("Write off")
                            tint: "#c8553d"
                            onClicked: {
                                if (panel.details.writeOff())
                                    panel.form = ""
                            }
                        }
                    }
                }
            }

            // The other actions, as quiet buttons that wrap.
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: 14
                Layout.rightMargin: 14
                spacing: 0
                Button {
                    visible: panel.details.canPromise
                    text: qsTr("Promise to pay…")
                    flat: true
                    Accessible.name: qsTr("Record the day the client promised to pay")
                    onClicked: { promiseField.text = ""; panel.form = "promise" }
                }
                Button {
                    objectName: "chaseNowButton"
                    visible: panel.details.canChaseNow
                    text: qsTr("Chase now")
                    flat: true
                    Accessible.name: qsTr("Draft a reminder for this bill now")
                    onClicked: panel.details.chaseNow()
                }
                Button {
                    visible: panel.details.canDispute
                    text: qsTr("Dispute")
                    flat: true
                    Accessible.name: qsTr("Mark the bill as disputed and pause reminders")
                    onClicked: panel.details.dispute()
                }
                Button {
                    visible: panel.details.canResolveDispute
                    text: qsTr("Resolve dispute")
                    flat: true
                    Accessible.name: qsTr("The dispute is settled: resume reminders")
                    onClicked: panel.details.resolveDispute()
                }
                Button {
                    visible: panel.details.canStop
                    text: qsTr("Stop reminders")
                    flat: true
                    Accessible.name: qsTr("Stop sending reminders for this bill")
                    onClicked: panel.details.stop()
                }
                Button {
                    visible: panel.details.canResume
                    text: qsTr("Resume reminders")
                    flat: true
                    Accessible.name: qsTr("Start sending reminders for this bill again")
                    onClicked: panel.details.resume()
                }
                Button {
                    visible: panel.details.payLink.length > 0
                    text: copied.running ? qsTr("Copied") : qsTr("Copy pay link")
                    flat: true
                    Accessible.name: qsTr("Copy the payment link to the clipboard")
                    onClicked: {
                        clipboardHelper.text = panel.details.payLink
                        clipboardHelper.selectAll()
                        clipboardHelper.copy()
                        copied.restart()
                    }
                    Timer { id: copied; interval: 1500 }
                }
                Button {
                    visible: panel.details.canWriteOff
                    text: qsTr("Write off…")
                    flat: true
                    Accessible.name: qsTr("Write off what is still owed")
                    onClicked: panel.form = "writeOff"
                }
            }

            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 1
                color: panel.hairline
            }

            // What happened, newest first.
            Label {
                text: qsTr("History")
                font.pixelSize: 15
                font.weight: Font.DemiBold
                Layout.leftMargin: 20
            }
            Label {
                visible: panel.details.timeline.length === 0
                text: qsTr("Nothing has happened on this bill yet.")
                opacity: 0.65
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
            }
            Repeater {
                model: panel.details.timeline
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.leftMargin: 20
                    Layout.rightMargin: 20
                    spacing: 12
                    Rectangle {
                        Layout.alignment: Qt.AlignTop
                        Layout.topMargin: 5
                        implicitWidth: 8
                        implicitHeight: 8
                        radius: 4
                        color: panel.kindColor(modelData.kind)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 1
                        Label {
                            text: modelData.text
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            text: modelData.atText
                            font.pixelSize: 11
                            opacity: 0.55
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: 12 }
        }
    }
}
