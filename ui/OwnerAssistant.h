#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace duedesk {

class Book;
class BridgeHost;

// The desktop side of the owner's assistant (Settings > Channels, the Cash page): pairing the owner's phone with
// a one-time code, the weekly cash summary's day and hour, and "Send to my chat now".
//
// Pairing: startPairing() shows a six-digit code for ten minutes; the owner sends "/start <code>" to their
// assistant bot, and the bridges (on their worker thread) pair that chat. This object notices by re-reading the
// book while a code is shown, so the view turns to "Paired" without a restart.
class OwnerAssistant : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(bool paired READ paired NOTIFY changed)
    Q_PROPERTY(QString pairingCode READ pairingCode NOTIFY changed)        // "482 913" while one is valid, else ""
    Q_PROPERTY(QString pairingHint READ pairingHint NOTIFY changed)        // what to do with the code, and until when
    Q_PROPERTY(QString strangers READ strangers NOTIFY changed)            // "" or "Someone else tried … (3 times)"
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(int snapshotDay READ snapshotDay NOTIFY changed)            // 1 = Monday … 7 = Sunday
    Q_PROPERTY(int snapshotHour READ snapshotHour NOTIFY changed)          // 0 … 23
    Q_PROPERTY(bool snapshotEnabled READ snapshotEnabled NOTIFY changed)
    Q_PROPERTY(QString nextSnapshot READ nextSnapshot NOTIFY changed)      // "Next summary: Monday 30 November, 08:00"
    Q_PROPERTY(QStringList dayNames READ dayNames CONSTANT)                // Monday … Sunday in the book's language
    Q_PROPERTY(bool canSendNow READ canSendNow NOTIFY changed)             // paired and the bridges running
    Q_PROPERTY(QString sendResult READ sendResult NOTIFY changed)

public:
    explicit OwnerAssistant(std::shared_ptr<Book> book, QObject *parent = nullptr);
    ~OwnerAssistant() override;

    // The running bridges (not owned; null in tests and while they are not running).
    void setBridgeHost(BridgeHost *host);

    bool paired() const { return m_paired; }
    QString pairingCode() const;
    QString pairingHint() const;
    QString strangers() const { return m_strangers; }
    QString error() const { return m_error; }
    int snapshotDay() const;
    int snapshotHour() const;
    bool snapshotEnabled() const;
    QString nextSnapshot() const;
    QStringList dayNames() const;
    bool canSendNow() const;
    QString sendResult() const { return m_sendResult; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void startPairing();
    Q_INVOKABLE void unpair();
    Q_INVOKABLE void setSnapshotSchedule(bool enabled, int day, int hour);
    Q_INVOKABLE void sendSnapshotNow();

Q_SIGNALS:
    void changed();

private:
    std::shared_ptr<Book> m_book;
    QPointer<BridgeHost> m_host;
    QTimer m_watch; // while a code is shown: has the phone paired yet?
    bool m_paired = false;
    QString m_code;
    QDateTime m_codeExpires;
    QString m_strangers;
    QString m_error;
    QString m_sendResult;
};

} // namespace duedesk
