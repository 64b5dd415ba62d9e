#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace nv {

// One way the sandbox operator can behave, as a value a menu can list. The id is the stable
// name used by --scenario, SandboxConfig::scenario, OperatorSandbox::setScenario() and the docs;
// title and description are short human text for a menu entry and its tooltip.
struct SandboxScenario
{
    enum class Kind
    {
        Match,
        Mismatch,
        NotOnMobileNetwork,
        NotOnMobileNetworkDenied,
        Consent,
        Slow,
        Unreachable,
        RateLimited,
        ServerError,
        Unavailable,
        TokenExpiresEarly,
        SingleUseToken,
        MissingScope,
        EchoSecrets,
        CorrelatorMissing,
        CorrelatorMismatch
    };

    Kind kind = Kind::Match;
    QString id;
    QString title;
    QString description;
    // The same in the application's language, when a translator for it is installed (the
    // console's catalogue, context "nv::SandboxScenario"); English otherwise.
    QString translatedTitle() const;
    QString translatedDescription() const;
    // The sandbox test number that selects this scenario for one flow or one call.
    QString testNumber;
    // Made for the console's own tests (it echoes secrets on purpose); a menu for people should
    // leave it out.
    bool testOnly = false;

    // Every scenario, in menu order; the first is the default.
    static const QList<SandboxScenario> &all();
    static std::optional<SandboxScenario> fromId(const QString &id);
    static SandboxScenario of(Kind kind);
    static QString defaultId(); // "match"

    // Test numbers: "+99000000" followed by two digits picks a scenario (00 = match, 01 =
    // mismatch, ...); any other number starting with "+990" answers true when its last digit
    // is even and false when it is odd. +990 is an unassigned country code, so no real
    // subscriber can ever be mistaken for one.
    static QString testNumberPrefix(); // "+99000000"
    static bool isTestNumber(const QString &e164);
    static std::optional<Kind> forTestNumber(const QString &e164);
    // The same for hashedPhoneNumber (SHA-256 hex of the number, either case): the hash of
    // every scenario number is known, so a hashed request can select a scenario too. Returns
    // the number the hash stands for.
    static std::optional<QString> testNumberForHash(const QByteArray &hexDigest);

    // The line a "mismatch" device is really on: the subscriber's number with another last
    // digit, so that verify answers false for the subscriber and true for this one.
    static QString mismatchLine(const QString &msisdn);

    // Scenarios that describe the operator's state at the moment of a request (it is slow, it
    // is down, it rate-limits), rather than what the network saw at login.
    bool isOperational() const;
};

} // namespace nv
