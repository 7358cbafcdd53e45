#include "PostOnce.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstring>

namespace duedesk {

namespace {

// Sequential and not resettable: Qt cannot rewind it to send the body a second time.
class OnceReadableBody : public QIODevice
{
public:
    explicit OnceReadableBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_read + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_read);
        std::memcpy(data, m_data.constData() + m_read, size_t(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

} // namespace

QNetworkReply *postOnce(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &body)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *device = new OnceReadableBody(body);
    QNetworkReply *reply = network.post(request, device);
    device->setParent(reply); // read while the reply lives, gone with it
    return reply;
}

QString replyErrorText(const QNetworkReply &reply)
{
    if (reply.error() == QNetworkReply::ContentReSendError)
        return QCoreApplication::translate("PostOnce", "the connection closed before an answer came");
    return reply.errorString();
}

} // namespace duedesk
