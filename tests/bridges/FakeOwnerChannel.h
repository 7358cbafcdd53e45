#pragma once

#include <OwnerChannel.h>

#include <QStringList>
#include <QTimer>

// An in-process OwnerChannel for tests: records every text it is asked to send and answers as scripted.
class FakeOwnerChannel : public duedesk::OwnerChannel
{
    Q_OBJECT
public:
    enum class Answer {
        Ok,          // ownerMessageSent(ok) from the event loop
        Fail,        // ownerMessageSent(failed) from the event loop
        Uncertain,   // ownerMessageSent(failed, uncertain): the message may have arrived
        OkInside,    // ownerMessageSent(ok) from within sendToOwner()
        Refuse,      // sendToOwner() returns 0, no signal
        Never,       // accepted, never answered (a crash before the answer)
    };

    explicit FakeOwnerChannel(duedesk::Channel channel = duedesk::Channel::Telegram, QObject *parent = nullptr)
        : OwnerChannel(parent)
        , m_channel(channel)
    {
    }

    bool paired = true;
    bool configured = true;
    Answer answer = Answer::Ok;
    QStringList texts; // every text sendToOwner() took, refused ones excluded

    duedesk::Channel channel() const override { return m_channel; }
    bool isConfigured() const override { return configured; }
    bool isPaired() const override { return paired; }
    void poll() override { Q_EMIT pollFinished(true, QString()); }

    qint64 sendToOwner(const QString &text) override
    {
        if (!paired || answer == Answer::Refuse)
            return 0;
        texts.append(text);
        const qint64 id = m_nextId++;
        if (answer == Answer::OkInside) {
            Q_EMIT ownerMessageSent(id, true, QString(), false);
        } else if (answer != Answer::Never) {
            const bool ok = answer == Answer::Ok;
            const bool uncertain = answer == Answer::Uncertain;
            QTimer::singleShot(0, this, [this, id, ok, uncertain] {
                Q_EMIT ownerMessageSent(id, ok, ok ? QString() : QStringLiteral("scripted failure"), uncertain);
            });
        }
        return id;
    }

private:
    duedesk::Channel m_channel;
    qint64 m_nextId = 100;
};
