#include "SandboxScenario.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace nv {

namespace {
QString numberFor(int suffix)
{
    return SandboxScenario::testNumberPrefix() +
           QStringLiteral("%1").arg(suffix, 2, 10, QLatin1Char('0'));
}

using K = SandboxScenario::Kind;

struct ScenarioRow
{
    K kind;
    const char *id;
    const char *title;
    const char *description;
};

// The order is the suffix of each scenario's test number: never reorder, only append.
// Titles and descriptions are English here (nv-sandbox, its pages and logs); the console
// shows them through its catalogue, context "nv::SandboxScenario".
const ScenarioRow ScenarioTable[] = {
    {K::Match, "match", QT_TRANSLATE_NOOP("nv::SandboxScenario", "Match"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The network identifies the subscriber; verify answers true for the "
                       "subscriber's number and false for any other.")},
    {K::Mismatch, "mismatch", QT_TRANSLATE_NOOP("nv::SandboxScenario", "Mismatch"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The device is on another line: the flow completes and verify answers "
                       "false.")},
    {K::NotOnMobileNetwork, "not-on-mobile-network",
     QT_TRANSLATE_NOOP("nv::SandboxScenario", "Not on the mobile network (403 on verify)"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The request came over Wi-Fi: the flow completes but verify answers 403 "
                       "NUMBER_VERIFICATION.USER_NOT_AUTHENTICATED_BY_MOBILE_NETWORK.")},
    {K::NotOnMobileNetworkDenied, "not-on-mobile-network-denied",
     QT_TRANSLATE_NOOP("nv::SandboxScenario", "Not on the mobile network (access_denied)"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The request came over Wi-Fi: the authorization redirect carries "
                       "error=access_denied.")},
    {K::Consent, "consent", QT_TRANSLATE_NOOP("nv::SandboxScenario", "Consent page"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The operator shows a consent page that the person must allow; deny "
                       "gives error=access_denied.")},
    {K::Slow, "slow", QT_TRANSLATE_NOOP("nv::SandboxScenario", "Slow operator"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "Every hop and every API call answers late (the configured delays, or "
                       "2 s each).")},
    {K::Unreachable, "unreachable",
     QT_TRANSLATE_NOOP("nv::SandboxScenario", "Operator unreachable"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The operator closes every connection without an answer.")},
    {K::RateLimited, "rate-limited", QT_TRANSLATE_NOOP("nv::SandboxScenario", "Rate limited (429)"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The API answers 429 TOO_MANY_REQUESTS with Retry-After.")},
    {K::ServerError, "server-error", QT_TRANSLATE_NOOP("nv::SandboxScenario", "Server error (500)"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario", "The API answers 500 INTERNAL.")},
    {K::Unavailable, "unavailable", QT_TRANSLATE_NOOP("nv::SandboxScenario", "Unavailable (503)"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario", "The API answers 503 UNAVAILABLE with Retry-After.")},
    {K::TokenExpiresEarly, "token-expires-early",
     QT_TRANSLATE_NOOP("nv::SandboxScenario", "Token expires early"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The access token dies long before its expires_in: verify answers 401 "
                       "UNAUTHENTICATED after a few seconds.")},
    {K::SingleUseToken, "single-use-token",
     QT_TRANSLATE_NOOP("nv::SandboxScenario", "Single-use token"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The access token is good for one API call (the next CAMARA rule): a "
                       "second call answers 401 UNAUTHENTICATED.")},
    {K::MissingScope, "missing-scope", QT_TRANSLATE_NOOP("nv::SandboxScenario", "Missing scope"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The operator grants the token without number-verification:verify: "
                       "verify answers 403 PERMISSION_DENIED.")},
    {K::EchoSecrets, "echo-secrets",
     QT_TRANSLATE_NOOP("nv::SandboxScenario", "Echo secrets (test only)"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The token endpoint answers 400 with the client secret and the code it "
                       "received in the body (JSON, or an HTML page) and in an x-debug-echo "
                       "header: for testing that a console redacts them.")},
    {K::CorrelatorMissing, "correlator-missing",
     QT_TRANSLATE_NOOP("nv::SandboxScenario", "Correlator not echoed"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The API answers without the x-correlator / x-correlation-id it was "
                       "sent.")},
    {K::CorrelatorMismatch, "correlator-mismatch",
     QT_TRANSLATE_NOOP("nv::SandboxScenario", "Correlator mismatch"),
     QT_TRANSLATE_NOOP("nv::SandboxScenario",
                       "The API answers with another x-correlator / x-correlation-id than the "
                       "one it was sent.")},
};

QList<SandboxScenario> makeAll()
{
    QList<SandboxScenario> all;
    int suffix = 0;
    for (const ScenarioRow &row : ScenarioTable)
        all.append(SandboxScenario{row.kind, QString::fromLatin1(row.id),
                                   QString::fromUtf8(row.title), QString::fromUtf8(row.description),
                                   numberFor(suffix++), row.kind == K::EchoSecrets});
    return all;
}
} // namespace

const QList<SandboxScenario> &SandboxScenario::all()
{
    static const QList<SandboxScenario> scenarios = makeAll();
    return scenarios;
}

std::optional<SandboxScenario> SandboxScenario::fromId(const QString &id)
{
    for (const SandboxScenario &scenario : all()) {
        if (scenario.id == id)
            return scenario;
    }
    return std::nullopt;
}

SandboxScenario SandboxScenario::of(Kind kind)
{
    for (const SandboxScenario &scenario : all()) {
        if (scenario.kind == kind)
            return scenario;
    }
    return all().constFirst();
}

QString SandboxScenario::defaultId()
{
    return QStringLiteral("match");
}

QString SandboxScenario::testNumberPrefix()
{
    return QStringLiteral("+99000000");
}

bool SandboxScenario::isTestNumber(const QString &e164)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+990[0-9]{2,12}$"));
    return pattern.match(e164).hasMatch();
}

std::optional<SandboxScenario::Kind> SandboxScenario::forTestNumber(const QString &e164)
{
    if (!isTestNumber(e164))
        return std::nullopt;
    if (e164.size() == testNumberPrefix().size() + 2 && e164.startsWith(testNumberPrefix())) {
        bool ok = false;
        const int suffix = e164.right(2).toInt(&ok);
        if (ok && suffix < all().size())
            return all().at(suffix).kind;
    }
    // The rest of the range follows a last-digit rule, as public operator sandboxes do.
    const int last = e164.back().digitValue();
    return last % 2 == 0 ? Kind::Match : Kind::Mismatch;
}

std::optional<QString> SandboxScenario::testNumberForHash(const QByteArray &hexDigest)
{
    static const QHash<QByteArray, QString> byHash = [] {
        QHash<QByteArray, QString> map;
        for (const SandboxScenario &scenario : all())
            map.insert(
                QCryptographicHash::hash(scenario.testNumber.toUtf8(), QCryptographicHash::Sha256)
                    .toHex(),
                scenario.testNumber);
        return map;
    }();
    const auto it = byHash.constFind(hexDigest.toLower());
    if (it == byHash.constEnd())
        return std::nullopt;
    return *it;
}

QString SandboxScenario::mismatchLine(const QString &msisdn)
{
    if (msisdn.isEmpty() || !msisdn.back().isDigit())
        return msisdn;
    QString other = msisdn;
    other.back() = QChar(u'0' + (other.back().digitValue() + 5) % 10);
    return other;
}

bool SandboxScenario::isOperational() const
{
    switch (kind) {
    case Kind::Slow:
    case Kind::Unreachable:
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::Unavailable:
        return true;
    default:
        return false;
    }
}

QString SandboxScenario::translatedTitle() const
{
    return QCoreApplication::translate("nv::SandboxScenario", title.toUtf8().constData());
}

QString SandboxScenario::translatedDescription() const
{
    return QCoreApplication::translate("nv::SandboxScenario", description.toUtf8().constData());
}

} // namespace nv
