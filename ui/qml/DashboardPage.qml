import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// The dashboard: what clients owe, how late it is, and the reminders waiting for the owner's approval.
ScrollView {
    id: page

    required property DashboardModel dashboard
    required property DraftListModel drafts
    required property list<color> bucketColors

    contentWidth: availableWidth

    ColumnLayout {
        width: page.availableWidth
        spacing: 20

        Item { Layout.preferredHeight: 8 }

        GridLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            columns: page.availableWidth > 980 ? 4 : 2
            columnSpacing: 16
            rowSpacing: 16
            SummaryCard {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Outstanding")
                value: page.dashboard.outstandingText
                detail: qsTr("Everything clients still owe you in %1").arg(page.dashboard.currency)
                accent: "#7a9eb1"
            }
            SummaryCard {
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                title: qsTr("Overdue")
                value: page.dashboard.overdueText
                detail: qsTr("%n bill(s) past their due date", "", page.dashboard.overdueCount)
                accent: page.dashboard.overdueCount > 0 ? "#c8553d" : "#2f8f83"
                Layout.fillHeight: true
            }
            SummaryCard {
                objectName: "paidThisWeekCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Paid this week")
                value: page.dashboard.paidThisWeekText
                detail: qsTr("Received since Monday")
                accent: "#2f8f83"
            }
            SummaryCard {
                objectName: "dsoCard"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                title: qsTr("Days to get paid")
                value: page.dashboard.dsoText
                detail: qsTr("On average, from invoice to payment (DSO, last 90 days)")
                accent: "#e0a458"
            }
        }

        Label {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true
            visible: page.dashboard.lastError.length > 0
            text: page.dashboard.lastError
            color: "#c8553d"
            wrapMode: Text.WordWrap
        }

        // Replies and events DueDesk handed to the owner: a client says they paid, a dispute, a payment plan…
        Label {
            Layout.leftMargin: 24
            visible: page.dashboard.needsYou.length > 0
            text: qsTr("Needs you (%1)").arg(page.dashboard.needsYou.length)
            font.pixelSize: 16
            font.weight: Font.DemiBold
        }
        Repeater {
            model: page.dashboard.needsYou.slice(0, 5)
            delegate: Card {
                id: taskCard
                required property var modelData
                objectName: "needsYouCard"
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                Layout.fillWidth: true
                padding: 16
                Accessible.role: Accessible.Grouping
                Accessible.name: modelData.summary
                RowLayout {
                    anchors.fill: parent
                    spacing: 12
                    Rectangle {
                        implicitWidth: 4
                        Layout.fillHeight: true
                        radius: 2
                        color: "#e0a458"
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: taskCard.modelData.summary
                            font.weight: Font.DemiBold
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        Label {
                            visible: text.length > 0
                            text: taskCard.modelData.suggestion
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                            opacity: 0.75
                        }
                        Label {
                            text: taskCard.modelData.whenText
                            font.pixelSize: 11
                            opacity: 0.55
                        }
                    }
                    Button {
                        text: qsTr("Done")
                        flat: true
                        highlighted: true
                        Accessible.name: qsTr("Mark as dealt with: %1").arg(taskCard.modelData.summary)
                        onClicked: page.dashboard.closeTask(taskCard.modelData.id, true)
                    }
                    Button {
                        text: qsTr("Dismiss")
                        flat: true
                        Accessible.name: qsTr("Dismiss: %1").arg(taskCard.modelData.summary)
                        onClicked: page.dashboard.closeTask(taskCard.modelData.id, false)
                    }
                }
            }
        }
        Label {
            Layout.leftMargin: 24
            visible: page.dashboard.needsYou.length > 5
            text: qsTr("%n more waiting.", "", page.dashboard.needsYou.length - 5)
            opacity: 0.7
        }

        Label {
            Layout.leftMargin: 24
            text: qsTr("How late is the money?")
            font.pixelSize: 16
            font.weight: Font.DemiBold
        }

        // The outstanding total split by age, as one proportional bar.
        Rectangle {
            id: agingBar
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true
            Layout.preferredHeight: 14
            radius: 7
            clip: true
            color: page.Material.theme === Material.Dark ? "#33424a" : "#e6ebee"
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("Share of the outstanding total in each age bucket")
            Row {
                anchors.fill: parent
                Repeater {
                    model: page.dashboard.buckets
                    delegate: Rectangle {
                        required property var modelData
                        required property int index
                        width: agingBar.width * modelData.share
                        height: agingBar.height
                        color: page.bucketColors[index]
                    }
                }
            }
        }

        GridLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.fillWidth: true
            columns: width > 900 ? 5 : 3
            columnSpacing: 12
            rowSpacing: 12
            Repeater {
                model: page.dashboard.buckets
                delegate: BucketCard {
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: modelData.label
                    amount: modelData.amountText
                    count: modelData.count
                    accent: page.bucketColors[index]
                }
            }
        }

        RowLayout {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.topMargin: 8
            Label {
                text: page.drafts.count > 0 ? qsTr("Waiting for your approval (%1)").arg(page.drafts.count)
                                              : qsTr("Waiting for your approval")
                font.pixelSize: 16
                font.weight: Font.DemiBold
                Layout.fillWidth: true
            }
            Button {
                visible: page.drafts.count > 1
                text: qsTr("Approve all")
                flat: true
                highlighted: true
                Accessible.name: qsTr("Approve every reminder in the list")
                onClicked: page.drafts.approveAll()
            }
        }
        Label {
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            visible: page.drafts.count === 0
            text: qsTr("Nothing is waiting for you. DueDesk drafts a reminder when one falls due, and nothing is sent until you approve it.")
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
            opacity: 0.7
        }
        Label {
            Layout.leftMargin: 24
            visible: page.drafts.lastError.length > 0
            text: page.drafts.lastError
            color: "#c8553d"
        }
        Repeater {
            model: page.drafts
            delegate: DraftCard {
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                Layout.fillWidth: true
                onApproveRequested: (row) => page.drafts.approve(row)
                onSkipRequested: (row) => page.drafts.skip(row)
                onEditSaved: (row, text) => page.drafts.edit(row, text)
            }
        }

        Button {
            objectName: "showMoreDrafts"
            Layout.leftMargin: 24
            visible: page.drafts.count > page.drafts.shown
            text: qsTr("Show more (%1 of %2 shown)").arg(page.drafts.shown).arg(page.drafts.count)
            flat: true
            highlighted: true
            onClicked: page.drafts.showMore()
        }

        Label {
            Layout.leftMargin: 24
            visible: page.dashboard.otherCurrencies.length > 0
            text: qsTr("Other currencies")
            font.pixelSize: 16
            font.weight: Font.DemiBold
        }
        Repeater {
            model: page.dashboard.otherCurrencies
            delegate: Label {
                required property var modelData
                Layout.leftMargin: 24
                text: qsTr("%1: %2 outstanding, %3 overdue in %n bill(s)", "", modelData.overdueCount)
                      .arg(modelData.currency).arg(modelData.outstandingText).arg(modelData.overdueText)
                opacity: 0.8
            }
        }

        Item { Layout.preferredHeight: 16 }
    }
}
