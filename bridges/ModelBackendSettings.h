#pragma once

#include <Result.h>

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>

namespace duedesk {

class Book;
class SecretStore;

// Where the optional model backend lives: an OpenAI-compatible chat-completions server (a local llama.cpp or
// Ollama server fits). Off by default: nothing leaves the machine unless the owner turns it on.
// The API key is deliberately not part of these settings (see ModelApiKey): settings live in the book,
// the key never does.
struct ModelBackendSettings {
    Q_DECLARE_TR_FUNCTIONS(ModelBackendSettings)
public:
    bool enabled = false;
    QUrl baseUrl; // "http://127.0.0.1:8080" or ".../v1"; only http and https are accepted
    QString model; // the server's model name, sent as "model"
    int timeoutMs = 20000; // the whole request, from send to the last byte of the answer
    double threshold = 0.6; // the model is asked only when the rules are less confident than this

    // Book keys: model_backend.enabled ("1"/"0"), model_backend.url, model_backend.model,
    // model_backend.timeout_ms, model_backend.threshold. Missing or unreadable values give the defaults.
    static ModelBackendSettings fromBook(const Book &book);
    bool saveToBook(Book &book, QString *error = nullptr) const;

    // Empty when the settings can be used to ask a server; otherwise why not (translated).
    // Disabled settings are always usable: they ask nothing.
    QString problem() const;
    // True when enabled and without problem().
    bool active() const { return enabled && problem().isEmpty(); }
};

// The model server's API key: DUEDESK_MODEL_API_KEY from the environment (headless runs), otherwise the
// secret "model" of a SecretStore (the OS keychain: service "app.duedesk.DueDesk", key "channel.model").
// A missing entry means "no key", which is right for a local server. Never written to the book, settings or logs.
class ModelApiKey
{
public:
    static constexpr const char *environmentVariable = "DUEDESK_MODEL_API_KEY";
    static QString secretName() { return QStringLiteral("model"); }

    // Calls done exactly once, like SecretStore::read; with the environment variable set, before returning.
    static void read(SecretStore &store, const std::function<void(const Result<QString> &)> &done);
};

} // namespace duedesk
