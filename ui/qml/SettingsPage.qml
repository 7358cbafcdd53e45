import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DueDesk

// Settings: a short list of sections on the left (Business, Reminders, Templates, Channels, Backups) and the
// chosen section beside it.
Item {
    id: settings

    required property BusinessProfile business
    required property PolicyEditor policies
    required property TemplateEditor templates
    required property ChannelSettings channels
    required property OwnerAssistant assistant
    required property BackupModel backups

    property int currentSection: 0
    readonly property bool dark: Material.theme === Material.Dark
    // In a narrow window the sections sit in a row of tabs above the content instead of beside it.
    readonly property bool narrow: width < 720
    readonly property var sections: [
        { name: "business", title: qsTr("Business") },
        { name: "reminders", title: qsTr("Reminders") },
        { name: "templates", title: qsTr("Messages") },
        { name: "channels", title: qsTr("Channels") },
        { name: "backups", title: qsTr("Backups") }
    ]

    TabBar {
        id: sectionTabs
        visible: settings.narrow
        width: parent.width
        height: visible ? implicitHeight : 0
        currentIndex: settings.currentSection
        Accessible.name: qsTr("Settings sections")
        onCurrentIndexChanged: settings.currentSection = currentIndex
        Repeater {
            model: settings.sections
            delegate: TabButton {
                required property var modelData
                objectName: "settingsTab_" + modelData.name
                text: modelData.title
                width: implicitWidth
            }
        }
    }

    Rectangle {
        id: sectionList
        visible: !settings.narrow
        width: visible ? 168 : 0
        height: parent.height
        color: settings.dark ? "#1d272d" : "#fafbfb"
        Rectangle {
            anchors.right: parent.right
            width: 1
            height: parent.height
            color: settings.dark ? "#33424a" : "#e3e8eb"
        }

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 10
            anchors.topMargin: 20
            spacing: 2
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Settings sections")

            Repeater {
                model: settings.sections
                delegate: NavButton {
                    required property var modelData
                    required property int index
                    objectName: "settings_" + modelData.name
                    page: index
                    currentPage: settings.currentSection
                    text: modelData.title
                    onPageRequested: (p) => settings.currentSection = p
                }
            }
            Item { Layout.fillHeight: true }
        }
    }

    StackLayout {
        anchors.left: sectionList.right
        anchors.right: parent.right
        anchors.top: sectionTabs.bottom
        anchors.bottom: parent.bottom
        currentIndex: settings.currentSection

        SettingsBusiness {
            business: settings.business
        }
        SettingsReminders {
            policies: settings.policies
        }
        SettingsTemplates {
            templates: settings.templates
        }
        SettingsChannels {
            channels: settings.channels
            assistant: settings.assistant
            shown: settings.currentSection === 3 && settings.visible
        }
        SettingsBackups {
            backups: settings.backups
        }
    }
}
