#include "RelayServer.h"

#include "ConnectionWatch.h"
#include "RelayListener.h"
#include "RelayPages.h"
#include "RelayQuery.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace nv {

using namespace relaypages;
using Method = QHttpServerRequest::Method;

namespace {
// A POST /v1/expect body is "state=<at most 128 characters>".
constexpr qsizetype MaxBodyBytes = 1024;

// A page for the phone, in its browser's language; title and message are catalogue texts.
QHttpServerResponse phonePage(const QHttpServerRequest &request, Status status, Mood mood,
                              const char *title, const char *message)
{
    const PageLanguage language(request);
    return page(status, mood, language, language.text("nv::RelayServer", title),
                language.text("nv::RelayServer", message));
}
} // namespace

struct RelayServer::Waiter
{
    quint64 id = 0;
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QByteArray keyHash;
    qint64 startedMs = 0;
    std::unique_ptr<QTimer> timer;
};

RelayServer::RelayServer(const RelayLimits &limits, QList<QHostAddress> trustedProxies,
                         const RelayClock &clock, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
    , m_trustedProxies(std::move(trustedProxies))
    , m_clock(clock)
    , m_store(clock, limits.ttlSeconds, limits.maxEntries)
    , m_rate(clock, limits.ratePerSecond, limits.burst, limits.maxClients)
    , m_http(new QHttpServer(this))
    , m_listener(new RelayListener(limits, this))
    , m_purgeTimer(new QTimer(this))
{
    // Every request comes here and is routed on its exact path below: Qt's router matches
    // patterns, and the relay promises exact paths.
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handle(request, std::move(responder));
        });
    connect(m_listener, &RelayListener::connectionRefused, this,
            [this] { emit connectionEvent(QStringLiteral("connection-cap")); });
    connect(m_listener, &RelayListener::connectionCut, this, &RelayServer::connectionEvent);
    // Expiry is checked on every lookup; the timer only returns memory.
    m_purgeTimer->setInterval(30 * 1000);
    connect(m_purgeTimer, &QTimer::timeout, this, [this] { m_store.purgeExpired(); });
    m_purgeTimer->start();
}

RelayServer::~RelayServer()
{
    // Parked answers go nowhere: their sockets belong to the server, which goes next.
    m_waiters.clear();
}

bool RelayServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_listener->listen(address, port))
        return false;
    m_http->bind(m_listener);
    QHostAddress reachable = address;
    if (address == QHostAddress(QHostAddress::Any) ||
        address == QHostAddress(QHostAddress::AnyIPv4))
        reachable = QHostAddress(QHostAddress::LocalHost);
    else if (address == QHostAddress(QHostAddress::AnyIPv6))
        reachable = QHostAddress(QHostAddress::LocalHostIPv6);
    m_baseUrl = QUrl();
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(reachable.toString());
    m_baseUrl.setPort(m_listener->serverPort());
    return true;
}

RelayServer::Route RelayServer::routeFor(const QString &path)
{
    if (path == QLatin1String("/callback"))
        return Route::Callback;
    if (path == QLatin1String("/v1/expect"))
        return Route::Expect;
    if (path == QLatin1String("/v1/pickup"))
        return Route::Pickup;
    if (path == QLatin1String("/healthz"))
        return Route::Health;
    return Route::Other;
}

QString RelayServer::routeName(Route route)
{
    switch (route) {
    case Route::Callback:
        return QStringLiteral("callback");
    case Route::Expect:
        return QStringLiteral("expect");
    case Route::Pickup:
        return QStringLiteral("pickup");
    case Route::Health:
        return QStringLiteral("healthz");
    case Route::Other:
        break;
    }
    return QStringLiteral("other");
}

void RelayServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const qint64 started = m_clock.monotonicMs();
    if (ConnectionWatch *watch = ConnectionWatch::of(responder.socket()))
        watch->requestRouted();
    const Route route = routeFor(request.url().path());
    if (std::optional<Outcome> refusal = screen(request, route)) {
        answer(std::move(responder), route, std::move(*refusal), started);
        return;
    }
    switch (route) {
    case Route::Callback:
        answer(std::move(responder), route, callback(request), started);
        return;
    case Route::Expect:
        answer(std::move(responder), route, expect(request), started);
        return;
    case Route::Pickup:
        pickup(request, std::move(responder), started);
        return;
    case Route::Health:
        answer(std::move(responder), route,
               {json(Status::Ok, {{QStringLiteral("status"), QStringLiteral("ok")}}),
                QStringLiteral("ok")},
               started);
        return;
    case Route::Other:
        break;
    }
    answer(std::move(responder), route,
           {jsonError(Status::NotFound, QStringLiteral("not_found"),
                      QStringLiteral("No such resource on this relay.")),
            QStringLiteral("not-found")},
           started);
}

std::optional<RelayServer::Outcome> RelayServer::screen(const QHttpServerRequest &request,
                                                        Route route)
{
    const QHostAddress client = relayquery::clientAddress(request, m_trustedProxies);
    switch (m_rate.take(client)) {
    case RateLimiter::Verdict::Allowed:
        break;
    case RateLimiter::Verdict::Limited: {
        const QString text = QStringLiteral("Too many requests from this address; wait.");
        QHttpServerResponse response =
            route == Route::Callback
                ? phonePage(request, Status::TooManyRequests, Mood::Problem,
                            QT_TRANSLATE_NOOP("nv::RelayServer", "Too many requests"),
                            QT_TRANSLATE_NOOP("nv::RelayServer",
                                              "Wait a moment, then open the link again."))
                : jsonError(Status::TooManyRequests, QStringLiteral("rate_limited"), text);
        return Outcome{withRetryAfter(std::move(response), m_rate.retryAfterSeconds(client)),
                       QStringLiteral("rate-limited")};
    }
    case RateLimiter::Verdict::TooManyClients:
        return Outcome{withRetryAfter(jsonError(Status::ServiceUnavailable, QStringLiteral("busy"),
                                                QStringLiteral("The relay is busy; retry.")),
                                      30),
                       QStringLiteral("too-many-clients")};
    }
    if (request.url().query(QUrl::FullyEncoded).size() > m_limits.maxQueryBytes)
        return Outcome{
            jsonError(
                Status::UriTooLong, QStringLiteral("uri_too_long"),
                QStringLiteral("The query is longer than %1 bytes.").arg(m_limits.maxQueryBytes)),
            QStringLiteral("too-long")};
    const Method allowed = route == Route::Expect ? Method::Post : Method::Get;
    if (route != Route::Other && request.method() != allowed) {
        const QByteArray name = allowed == Method::Post ? "POST" : "GET";
        QHttpServerResponse response =
            jsonError(Status::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                      QStringLiteral("Use %1 here.").arg(QString::fromLatin1(name)));
        response.setHeader("Allow", name);
        return Outcome{std::move(response), QStringLiteral("method")};
    }
    const qsizetype maxBody = route == Route::Expect ? MaxBodyBytes : 0;
    if (request.body().size() > maxBody)
        return Outcome{jsonError(Status::PayloadTooLarge, QStringLiteral("body_too_large"),
                                 QStringLiteral("The body is longer than %1 bytes.").arg(maxBody)),
                       QStringLiteral("too-long")};
    return std::nullopt;
}

RelayServer::Outcome RelayServer::callback(const QHttpServerRequest &request)
{
    // The phone's browser says which language it reads.
    const PageLanguage language(request);
    const auto text = [&language](const char *source) {
        return language.text("nv::RelayServer", source);
    };
    const auto problem = [&](const QString &message) {
        return Outcome{
            page(Status::BadRequest, Mood::Problem, language,
                 text(QT_TRANSLATE_NOOP("nv::RelayServer", "This sign-in link does not work")),
                 message),
            QStringLiteral("malformed")};
    };
    const relayquery::ParsedForm form = relayquery::parseForm(
        request.url().query(QUrl::FullyEncoded).toLatin1(), m_limits.maxValueBytes);
    if (!form.problem.isEmpty())
        return problem(text(QT_TRANSLATE_NOOP("nv::RelayServer", "The link is malformed: %1."))
                           .arg(form.problem));
    RelayResult result;
    result.state = relayquery::value(form.params, QStringLiteral("state"));
    result.code = relayquery::value(form.params, QStringLiteral("code"));
    result.error = relayquery::value(form.params, QStringLiteral("error"));
    result.errorDescription = relayquery::value(form.params, QStringLiteral("error_description"));
    result.issuer = relayquery::value(form.params, QStringLiteral("iss"));
    if (!relayquery::isValidState(result.state))
        return problem(text(QT_TRANSLATE_NOOP("nv::RelayServer",
                                              "The link has no valid state, so it cannot be "
                                              "matched to a console. Start again from the "
                                              "console.")));
    if (result.code.isEmpty() == result.error.isEmpty())
        return problem(text(QT_TRANSLATE_NOOP("nv::RelayServer",
                                              "The link must carry either a code or an error.")));

    switch (m_store.store(result)) {
    case RelayStore::Stored::NotExpected:
        return {page(Status::BadRequest, Mood::Problem, language,
                     text(QT_TRANSLATE_NOOP("nv::RelayServer", "This sign-in has expired")),
                     text(QT_TRANSLATE_NOOP("nv::RelayServer",
                                            "No console is waiting for this sign-in: it took "
                                            "longer than %1 minutes, or it was started "
                                            "elsewhere. Start again from the console."))
                         .arg(m_limits.ttlSeconds / 60.0, 0, 'g', 2)),
                QStringLiteral("not-expected")};
    case RelayStore::Stored::AlreadyReceived:
        return {page(Status::Conflict, Mood::Problem, language,
                     text(QT_TRANSLATE_NOOP("nv::RelayServer", "Already done")),
                     text(QT_TRANSLATE_NOOP("nv::RelayServer",
                                            "This sign-in was already completed. Look at the "
                                            "console."))),
                QStringLiteral("duplicate")};
    case RelayStore::Stored::Stored:
        break;
    }
    deliverWaiting(result.state);
    if (!result.isError())
        return {page(Status::Ok, Mood::Done, language,
                     text(QT_TRANSLATE_NOOP("nv::RelayServer", "Done \u2014 look at the console")),
                     text(QT_TRANSLATE_NOOP("nv::RelayServer",
                                            "Your phone has signed in. The console takes it from "
                                            "here; you can close this page."))),
                QStringLiteral("stored-code")};
    QString message =
        text(QT_TRANSLATE_NOOP("nv::RelayServer", "The operator did not sign this phone in (%1)."))
            .arg(result.error.left(64));
    if (!result.errorDescription.isEmpty())
        message += text(QT_TRANSLATE_NOOP("nv::RelayServer", " It said: \u201c%1\u201d."))
                       .arg(result.errorDescription.left(300));
    message += text(QT_TRANSLATE_NOOP("nv::RelayServer",
                                      " The console shows what to do next; you can close this "
                                      "page."));
    return {page(Status::Ok, Mood::Refused, language,
                 text(QT_TRANSLATE_NOOP("nv::RelayServer", "The sign-in was refused")), message),
            QStringLiteral("stored-error")};
}

RelayServer::Outcome RelayServer::expect(const QHttpServerRequest &request)
{
    const QByteArray key = relayquery::bearerKey(request);
    if (key.isEmpty()) {
        QHttpServerResponse response =
            jsonError(Status::Unauthorized, QStringLiteral("invalid_token"),
                      QStringLiteral("Send the pickup key as Authorization: Bearer <32 to 128 "
                                     "base64url characters>."));
        response.setHeader("WWW-Authenticate", "Bearer");
        return {std::move(response), QStringLiteral("no-key")};
    }
    const relayquery::ParsedForm form =
        relayquery::parseForm(request.body(), m_limits.maxValueBytes);
    const QString state = relayquery::value(form.params, QStringLiteral("state"));
    if (!form.problem.isEmpty() || !relayquery::isValidState(state))
        return {jsonError(Status::BadRequest, QStringLiteral("invalid_request"),
                          QStringLiteral("The body must be state=<16 to 128 URL-safe "
                                         "characters>.")),
                QStringLiteral("malformed")};
    const QJsonObject opened{{QStringLiteral("state"), state},
                             {QStringLiteral("expires_in"), m_limits.ttlSeconds}};
    switch (m_store.open(state, RelayStore::keyHash(key))) {
    case RelayStore::Opened::Created:
        return {json(Status::Created, opened), QStringLiteral("opened")};
    case RelayStore::Opened::AlreadyOpen:
        return {json(Status::Ok, opened), QStringLiteral("open-again")};
    case RelayStore::Opened::Taken:
        return {jsonError(Status::Conflict, QStringLiteral("state_in_use"),
                          QStringLiteral("Another console holds this state; draw a new one.")),
                QStringLiteral("taken")};
    case RelayStore::Opened::Full:
        break;
    }
    return {withRetryAfter(jsonError(Status::ServiceUnavailable, QStringLiteral("full"),
                                     QStringLiteral("The relay holds as many sign-ins as it may; "
                                                    "retry later.")),
                           30),
            QStringLiteral("full")};
}

void RelayServer::pickup(const QHttpServerRequest &request, QHttpServerResponder &&responder,
                         qint64 startedMs)
{
    const auto reply = [&](Outcome outcome) {
        answer(std::move(responder), Route::Pickup, std::move(outcome), startedMs);
    };
    const QByteArray key = relayquery::bearerKey(request);
    if (key.isEmpty()) {
        QHttpServerResponse response =
            jsonError(Status::Unauthorized, QStringLiteral("invalid_token"),
                      QStringLiteral("Send the pickup key as Authorization: Bearer <key>."));
        response.setHeader("WWW-Authenticate", "Bearer");
        return reply({std::move(response), QStringLiteral("no-key")});
    }
    const relayquery::ParsedForm form = relayquery::parseForm(
        request.url().query(QUrl::FullyEncoded).toLatin1(), m_limits.maxValueBytes);
    const QString state = relayquery::value(form.params, QStringLiteral("state"));
    bool waitOk = true;
    const QString waitText = relayquery::value(form.params, QStringLiteral("wait"));
    const int wait = waitText.isEmpty() ? m_limits.maxWaitSeconds : waitText.toInt(&waitOk);
    if (!form.problem.isEmpty() || !relayquery::isValidState(state) || !waitOk || wait < 0 ||
        wait > m_limits.maxWaitSeconds)
        return reply({jsonError(Status::BadRequest, QStringLiteral("invalid_request"),
                                QStringLiteral("Use ?state=<16 to 128 URL-safe characters> and "
                                               "optionally &wait=<0 to %1 seconds>.")
                                    .arg(m_limits.maxWaitSeconds)),
                      QStringLiteral("malformed")});

    const QByteArray keyHash = RelayStore::keyHash(key);
    RelayResult result;
    switch (m_store.take(state, keyHash, &result)) {
    case RelayStore::Lookup::Ready:
        return reply({json(Status::Ok, result.toJson()), QStringLiteral("delivered")});
    case RelayStore::Lookup::Unknown:
        return reply({jsonError(Status::NotFound, QStringLiteral("unknown_state"),
                                QStringLiteral("This relay holds nothing for that state and key: "
                                               "never opened, expired, or already picked up.")),
                      QStringLiteral("unknown")});
    case RelayStore::Lookup::Pending:
        break;
    }
    if (wait == 0)
        return reply({empty(Status::NoContent), QStringLiteral("nothing-yet")});
    const auto existing = m_waiters.find(state);
    if (existing != m_waiters.end()) {
        // The newest pickup wins: the older one is most likely a connection its console has
        // already given up on, and a result handed to it could be lost.
        finishWaiter(state, existing->second->id,
                     {jsonError(Status::Conflict, QStringLiteral("superseded"),
                                QStringLiteral("A newer pickup for this state took over.")),
                      QStringLiteral("superseded")});
    } else if (int(m_waiters.size()) >= m_limits.maxWaiting) {
        return reply({withRetryAfter(jsonError(Status::ServiceUnavailable, QStringLiteral("busy"),
                                               QStringLiteral("Too many pickups are waiting; "
                                                              "retry.")),
                                     5),
                      QStringLiteral("busy")});
    }
    park(state, keyHash, wait, std::move(responder), startedMs);
}

void RelayServer::park(const QString &state, const QByteArray &keyHash, int waitSeconds,
                       QHttpServerResponder &&responder, qint64 startedMs)
{
    const quint64 id = ++m_nextWaiterId;
    auto waiter = std::make_unique<Waiter>(
        Waiter{id, std::move(responder), nullptr, keyHash, startedMs, std::make_unique<QTimer>()});
    waiter->socket = waiter->responder.socket();
    waiter->timer->setSingleShot(true);
    connect(waiter->timer.get(), &QTimer::timeout, this, [this, state, id] {
        finishWaiter(state, id, {empty(Status::NoContent), QStringLiteral("nothing-yet")});
    });
    if (waiter->socket)
        connect(waiter->socket, &QTcpSocket::disconnected, this,
                [this, state, id] { dropWaiter(state, id); });
    waiter->timer->start(waitSeconds * 1000);
    m_waiters[state] = std::move(waiter);
    emit pickupWaiting();
}

void RelayServer::deliverWaiting(const QString &state)
{
    const auto it = m_waiters.find(state);
    if (it == m_waiters.end())
        return;
    Waiter &waiter = *it->second;
    if (!waiter.socket || waiter.socket->state() != QAbstractSocket::ConnectedState) {
        // Nobody to hand it to: the result stays for the console's next pickup.
        dropWaiter(state, waiter.id);
        return;
    }
    RelayResult result;
    if (m_store.take(state, waiter.keyHash, &result) == RelayStore::Lookup::Ready)
        finishWaiter(state, waiter.id,
                     {json(Status::Ok, result.toJson()), QStringLiteral("delivered")});
}

void RelayServer::finishWaiter(const QString &state, quint64 id, Outcome outcome)
{
    const auto it = m_waiters.find(state);
    if (it == m_waiters.end() || it->second->id != id)
        return;
    std::unique_ptr<Waiter> waiter = std::move(it->second);
    m_waiters.erase(it);
    if (waiter->socket)
        waiter->socket->disconnect(this);
    if (!waiter->socket || waiter->socket->state() != QAbstractSocket::ConnectedState)
        return;
    answer(std::move(waiter->responder), Route::Pickup, std::move(outcome), waiter->startedMs);
}

void RelayServer::dropWaiter(const QString &state, quint64 id)
{
    const auto it = m_waiters.find(state);
    if (it == m_waiters.end() || it->second->id != id)
        return;
    const qint64 elapsed = m_clock.monotonicMs() - it->second->startedMs;
    m_waiters.erase(it);
    emit served(QStringLiteral("pickup"), 0, QStringLiteral("gone"), elapsed);
}

void RelayServer::answer(QHttpServerResponder &&responder, Route route, Outcome outcome,
                         qint64 startedMs)
{
    QTcpSocket *socket = responder.socket();
    const int status = int(outcome.response.statusCode());
    outcome.response.write(std::move(responder));
    if (ConnectionWatch *watch = ConnectionWatch::of(socket))
        watch->requestAnswered();
    emit served(routeName(route), status, outcome.event, m_clock.monotonicMs() - startedMs);
}

} // namespace nv
