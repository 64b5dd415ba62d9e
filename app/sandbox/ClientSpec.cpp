#include "ClientSpec.h"

#include "ClientAssertionVerifier.h"
#include "SandboxConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {
constexpr qint64 MaxSecretBytes = 4 * 1024;
constexpr qint64 MaxKeyBytes = 64 * 1024;
} // namespace

QString ClientSpec::readSecretFile(const QString &path, QString *secret)
{
    // A FIFO or a device could block or never end: only a plain file, and only so much of it.
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return QCoreApplication::translate("nv-sandbox", "secret file \"%1\" is not a regular file")
            .arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("nv-sandbox", "cannot read secret file \"%1\"")
            .arg(path);
    QByteArray bytes = file.read(MaxSecretBytes + 1);
    if (bytes.size() > MaxSecretBytes)
        return QCoreApplication::translate("nv-sandbox",
                                           "secret file \"%1\" is longer than %2 bytes")
            .arg(path)
            .arg(MaxSecretBytes);
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty())
        return QCoreApplication::translate("nv-sandbox", "secret file \"%1\" is empty").arg(path);
    *secret = QString::fromUtf8(bytes);
    return QString();
}

QString ClientSpec::readSecretEnv(const QString &name, QString *secret)
{
    const QByteArray value = qgetenv(name.toLocal8Bit().constData());
    if (name.isEmpty() || value.isEmpty())
        return QCoreApplication::translate("nv-sandbox",
                                           "environment variable \"%1\" is not set or empty")
            .arg(name);
    if (value.size() > MaxSecretBytes)
        return QCoreApplication::translate("nv-sandbox",
                                           "environment variable \"%1\" is longer than %2 bytes")
            .arg(name)
            .arg(MaxSecretBytes);
    *secret = QString::fromUtf8(value);
    return QString();
}

QString ClientSpec::parse(const QString &spec, nv::SandboxClient *client)
{
    const QStringList parts = spec.split(QLatin1Char(','));
    client->id = parts.first().trimmed();
    if (client->id.isEmpty() || client->id.contains(QLatin1Char('=')))
        return QCoreApplication::translate(
            "nv-sandbox", "--client must start with the client id: ID,secret-file=F or "
                          "ID,key=public.pem");
    for (const QString &part : parts.mid(1)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString name = part.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1);
        const QString problem =
            value.isEmpty() ? QStringLiteral("empty") : applyPart(name, value, client);
        if (!problem.isEmpty())
            return QCoreApplication::translate("nv-sandbox", "--client %1: part \"%2\": %3")
                .arg(client->id, part, problem);
    }
    if (client->secret.isEmpty() && client->publicKeyPem.isEmpty() && client->publicJwks.isEmpty())
        return QCoreApplication::translate(
                   "nv-sandbox",
                   "--client %1 needs secret-file=FILE, secret-env=VAR, secret=SECRET "
                   "or key=PUBLIC-KEY-FILE")
            .arg(client->id);
    if (client->redirectUris.isEmpty())
        client->redirectUris.append(nv::SandboxConfig::defaultRedirectUri());
    return QString();
}

QString ClientSpec::applyPart(const QString &name, const QString &value, nv::SandboxClient *client)
{
    if (name == QLatin1String("secret")) {
        client->secret = value;
        return QString();
    }
    if (name == QLatin1String("secret-env"))
        return readSecretEnv(value, &client->secret);
    if (name == QLatin1String("secret-file"))
        return readSecretFile(value, &client->secret);
    if (name == QLatin1String("key"))
        return readKeyFile(value, client);
    if (name == QLatin1String("redirect")) {
        const QUrl uri(value, QUrl::StrictMode);
        if (!uri.isValid() || uri.isRelative() || uri.hasFragment())
            return QCoreApplication::translate(
                "nv-sandbox", "redirect must be an absolute URI without a fragment");
        client->redirectUris.append(uri);
        return QString();
    }
    return applyStrictPart(name, value, client);
}

QString ClientSpec::readKeyFile(const QString &path, nv::SandboxClient *client)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("nv-sandbox", "cannot read key file \"%1\"").arg(path);
    const QByteArray text = file.read(MaxKeyBytes);
    // A JWK or JWKS is JSON; anything else is taken for PEM.
    if (text.trimmed().startsWith('{'))
        client->publicJwks = text;
    else
        client->publicKeyPem = text;
    const QString problem =
        nv::ClientAssertionVerifier::keyProblem(client->publicKeyPem, client->publicJwks);
    return problem.isEmpty()
               ? QString()
               : QCoreApplication::translate("nv-sandbox",
                                             "\"%1\": %2 (PEM \"BEGIN PUBLIC KEY\", JWK or JWKS)")
                     .arg(path, problem);
}

QString ClientSpec::applyStrictPart(const QString &name, const QString &value,
                                    nv::SandboxClient *client)
{
    using Method = nv::SandboxClient::AuthMethod;
    using Form = nv::SandboxClient::NumberForm;
    if (name == QLatin1String("auth")) {
        static const QList<std::pair<QString, Method>> methods{
            {QStringLiteral("post"), Method::ClientSecretPost},
            {QStringLiteral("basic"), Method::ClientSecretBasic},
            {QStringLiteral("private_key_jwt"), Method::PrivateKeyJwt}};
        for (const auto &[word, method] : methods) {
            if (value == word) {
                client->authMethod = method;
                return QString();
            }
        }
        return QCoreApplication::translate("nv-sandbox",
                                           "auth must be post, basic or private_key_jwt");
    }
    if (name == QLatin1String("pkce")) {
        if (value != QLatin1String("S256"))
            return QCoreApplication::translate(
                "nv-sandbox", "pkce takes S256 (the only method a strict client may use)");
        client->requirePkce = true;
        return QString();
    }
    if (name == QLatin1String("number")) {
        if (value != QLatin1String("plain") && value != QLatin1String("hashed"))
            return QCoreApplication::translate("nv-sandbox", "number must be plain or hashed");
        client->numberForm = value == QLatin1String("plain") ? Form::Plain : Form::Hashed;
        return QString();
    }
    return QCoreApplication::translate(
        "nv-sandbox", "unknown; use secret-file=, secret-env=, secret=, key=, redirect=, "
                      "auth=, pkce= or number=");
}
