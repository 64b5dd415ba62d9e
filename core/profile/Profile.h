#pragma once

#include "ProfileProblem.h"
#include "flow/DriverKind.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace nv {

// How the client authenticates at the token endpoint.
enum class TokenAuthMethod
{
    ClientSecretPost,  // client_id + client_secret in the form body (Konera PXG)
    ClientSecretBasic, // HTTP Basic
};

// Everything needed to run a flow against one operator. Never holds the client secret:
// that lives in SecretStore, keyed by profile name.
struct Profile
{
    QString name;
    bool builtIn = false; // read-only in the editor, duplicable
    bool sandbox = false; // endpoints are resolved against the in-process sandbox at run time
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl verifyUrl;
    QString clientId;
    QUrl redirectUri;
    QString scope;
    QString prompt;
    QString loginHint;
    QString koneraContext;
    QString correlationHeader;
    bool usePkce = false;
    TokenAuthMethod tokenAuthMethod = TokenAuthMethod::ClientSecretPost;
    // How the authorize chain is walked by default (the window can change it per run), and for
    // the phone mode the relay whose /callback is the registered redirect URI (empty: the
    // person pastes the redirect back).
    DriverKind authorizeWith = DriverKind::EmbeddedBrowser;
    QUrl relayUrl;

    static QString defaultScope();
    static QString defaultCorrelationHeader();
    static Profile konera();
    static Profile builtInSandbox();

    // Sandbox profiles name paths only; this fills in the running sandbox's origin.
    Profile resolvedAgainst(const QUrl &sandboxBaseUrl) const;

    // Everything wrong with this profile, in words: the one validator behind the editor, the
    // window and nv-cli. An unresolved sandbox profile may name paths instead of URLs.
    ProfileProblems problems() const;

    QJsonObject toJson() const;
    static Profile fromJson(const QJsonObject &object);

    bool operator==(const Profile &other) const = default;
};

QString tokenAuthMethodName(TokenAuthMethod method);
TokenAuthMethod tokenAuthMethodFromName(const QString &name);

} // namespace nv
