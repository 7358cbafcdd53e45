#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkRequest>

class QNetworkAccessManager;
class QNetworkReply;

namespace duedesk {

// POSTs body so that it can reach the server at most once.
//
// Qt 6.4's HTTP layer quietly sends a POST again on a new connection when the server closes the first one without
// answering (checked here against a loopback server: two requests arrive for one post()). For a message to a
// client that is a second message. A body Qt can read only once makes it give up instead: the reply then ends with
// QNetworkReply::ContentReSendError, which the bridges treat as "may have arrived" (uncertain), never as failed.
QNetworkReply *postOnce(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &body);

// The reply's error for people: Qt says "Unknown error" for the give-up above.
QString replyErrorText(const QNetworkReply &reply);

} // namespace duedesk
