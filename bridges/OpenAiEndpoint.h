#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// What the clients of OpenAI-compatible servers (chat completions, audio transcriptions) share: where a request
// goes and how a server's error reads.
namespace duedesk::openai {

// {base}/v1/{endpoint} ("audio/transcriptions"), unless base already ends in /v1 or is the endpoint's full address.
QUrl endpointUrl(const QUrl &baseUrl, const QString &endpoint);
// True for a valid http:// or https:// URL with a host.
bool isHttpUrl(const QUrl &url);
// A short, single-line excerpt of a server's error body: its error.message when it is OpenAI-style JSON.
QString errorExcerpt(const QByteArray &body);

} // namespace duedesk::openai
