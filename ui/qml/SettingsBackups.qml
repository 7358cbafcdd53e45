import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import DueDesk

// Settings > Backups: a copy of the whole book, now, into a folder of the owner's choice; the copies already
// there; and how to go back to one.
SettingsSection {
    id: section

    required property BackupModel backups

    title: qsTr("Backups")
    subtitle: qsTr("A backup is a complete copy of your book: clients, bills, payments and messages.")

    FolderDialog {
        id: folderDialog
        title: qsTr("Folder for backups")
        onAccepted: section.backups.folder = selectedFolder.toString()
    }

    Card {
        Layout.fillWidth: true

        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                text: qsTr("Back up into")
                font.weight: Font.DemiBold
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                TextField {
                    objectName: "backupFolder"
                    Layout.fillWidth: true
                    text: section.backups.folder
                    Accessible.name: qsTr("Folder for backups")
                    onEditingFinished: section.backups.folder = text
                }
                Button {
                    text: qsTr("Choose…")
                    flat: true
                    Accessible.name: qsTr("Choose the folder for backups")
                    onClicked: folderDialog.open()
                }
            }
            RowLayout {
                spacing: 12
                Button {
                    objectName: "backUpNow"
                    text: qsTr("Back up now")
                    flat: true
                    highlighted: true
                    Accessible.name: qsTr("Back up the book now")
                    onClicked: section.backups.backUpNow()
                }
                Label {
                    objectName: "backupMessage"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: section.backups.message
                    color: section.backups.failed ? section.errorColor : section.okColor
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
    }

    Card {
        Layout.fillWidth: true

        ColumnLayout {
            width: parent.width
            spacing: 6
            Label {
                text: qsTr("Backups in this folder")
                font.weight: Font.DemiBold
            }
            Label {
                visible: section.backups.count === 0
                text: qsTr("None yet.")
                opacity: 0.6
            }
            Repeater {
                model: section.backups
                delegate: RowLayout {
                    id: backupRow
                    required property string fileName
                    required property string when
                    required property string size
                    Layout.fillWidth: true
                    spacing: 12
                    Label {
                        text: backupRow.fileName
                        elide: Text.ElideMiddle
                        Layout.fillWidth: true
                    }
                    Label {
                        text: backupRow.when
                        opacity: 0.7
                    }
                    Label {
                        text: backupRow.size
                        opacity: 0.7
                        horizontalAlignment: Text.AlignRight
                        Layout.preferredWidth: 70
                    }
                }
            }
        }
    }

    Card {
        Layout.fillWidth: true

        ColumnLayout {
            width: parent.width
            spacing: 6
            Label {
                text: qsTr("Going back to a backup")
                font.weight: Font.DemiBold
            }
            Label {
                objectName: "restoreHelp"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("A backup is a book of its own. To go back to one, quit DueDesk, keep your current book somewhere safe, and copy the backup in its place:\n%1\nYou can also open a backup without replacing anything: start DueDesk with --db and the backup's file.").arg(section.backups.bookPath)
            }
        }
    }
}
