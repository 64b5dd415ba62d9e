#pragma once

#include "DiscoveryDocument.h"
#include "http/HttpExchange.h"
#include "http/HttpRequest.h"

#include <QObject>
#include <QPointer>

namespace nv {

class HttpClient;
class PendingExchange;

// What reading an operator's discovery document gave: the document (or why it was refused),
// and whether the key set it names answered.
struct DiscoveryResult
{
    QUrl issuer;                // as typed
    DiscoveryDocument document; // document.problem: refused, with the reason
    QString problem;            // why there are no endpoints (fetch or document), in words
    int status = 0;             // the document's HTTP status; 0: no answer (or not asked)
    int jwksKeys = -1;          // keys in the JWKS, -1 when it could not be read
    QString jwksProblem;        // why the JWKS could not be read; the endpoints still hold

    bool ok() const { return problem.isEmpty() && document.ok(); }
};

// The console's side of "CAMARA operator (discovery)": from the issuer a person typed, reads
// <issuer>/.well-known/openid-configuration with DiscoveryDocument's strict parser, then the
// jwks_uri it names, to say whether the key set answers. Both exchanges go out through
// exchangeRecorded() (steps "discovery" and "jwks", as JwksFetch names them) so the request log
// shows where a profile's endpoints came from. Nothing waits: finished() answers.
class OperatorDiscovery : public QObject
{
    Q_OBJECT
public:
    explicit OperatorDiscovery(QObject *parent = nullptr);

    void setTimeoutMs(int ms);
    // Starts over (a running read is dropped). finished() follows once, unless cancelled.
    void start(const QUrl &issuer, const ExchangeContext &context = {});
    void cancel();
    bool isBusy() const { return !m_pending.isNull(); }

signals:
    void exchangeRecorded(const nv::HttpExchange &raw);
    void finished(const nv::DiscoveryResult &result);

private:
    void onDocument(const HttpExchange &exchange);
    void onJwks(const HttpExchange &exchange);
    void send(const QUrl &url, const QString &step,
              void (OperatorDiscovery::*then)(const HttpExchange &));
    void done();
    static QString fetchProblem(const HttpExchange &exchange);

    HttpClient *m_http;
    QPointer<PendingExchange> m_pending;
    ExchangeContext m_context;
    DiscoveryResult m_result;
};

} // namespace nv

#include <QMetaType>
Q_DECLARE_METATYPE(nv::DiscoveryResult)
