#include "KeyCommand.h"

#include "jose/ClientKey.h"
#include "jose/JoseKey.h"
#include "jose/KeyFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace nv {

namespace {
// A key file holds PEM, a JWK or a JWK Set; show takes the first key of a set.
JoseKey keyFromText(const QByteArray &text, QString *error)
{
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith('{'))
        return JoseKey::fromPem(text, error);
    const QJsonObject object = QJsonDocument::fromJson(trimmed).object();
    const QJsonArray keys = object.value(QLatin1String("keys")).toArray();
    if (object.isEmpty() || (object.contains(QLatin1String("keys")) && keys.isEmpty())) {
        *error =
            QCoreApplication::translate("nv::KeyCommand", "neither PEM nor a JSON Web Key (Set)");
        return {};
    }
    return JoseKey::fromJwk(keys.isEmpty() ? object : keys.first().toObject(), error);
}
} // namespace

KeyCommand::KeyCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

void KeyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("alg"),
         QCoreApplication::translate(
             "nv::KeyCommand",
             "new: the algorithm the key is for, RS256 (RSA 2048) or ES256 (EC P-256)."),
         QStringLiteral("RS256|ES256")},
        {QStringLiteral("out"),
         QCoreApplication::translate(
             "nv::KeyCommand",
             "new: where to write the private key (PEM, mode 0600); an existing file "
             "is never overwritten."),
         QStringLiteral("FILE")},
        {QStringLiteral("key-file"),
         QCoreApplication::translate("nv::KeyCommand",
                                     "show: a private or public key, PEM or JWK."),
         QStringLiteral("FILE")},
        {QStringLiteral("pem"),
         QCoreApplication::translate(
             "nv::KeyCommand",
             "Print the public key as PEM (\"BEGIN PUBLIC KEY\") instead of a JWKS, "
             "for operators (and nv-sandbox --client) that take PEM.")},
    });
}

int KeyCommand::usage(const QString &message)
{
    m_err << "nv-cli key: " << message << Qt::endl;
    return 2;
}

int KeyCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    addOptions(parser);
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return 0;
    }
    const QStringList words = parser.positionalArguments();
    if (words == QStringList{QStringLiteral("new")})
        return create(parser);
    if (words == QStringList{QStringLiteral("show")})
        return show(parser);
    return usage(QCoreApplication::translate(
        "nv::KeyCommand", "expected: key new --alg RS256|ES256 --out FILE | key show "
                          "--key-file FILE"));
}

void KeyCommand::printPublic(const JoseKey &key, const QString &alg, bool pem)
{
    if (pem)
        m_out << QString::fromLatin1(key.publicPem());
    else
        m_out << QJsonDocument(key.publicJwks(jwsAlgorithmFromName(alg)))
                     .toJson(QJsonDocument::Indented);
    m_out.flush();
}

int KeyCommand::create(const QCommandLineParser &parser)
{
    const QString alg = parser.value(QStringLiteral("alg"));
    const QString out = parser.value(QStringLiteral("out"));
    if (!ClientKey::assertionAlgorithms().contains(alg))
        return usage(
            QCoreApplication::translate("nv::KeyCommand", "new needs --alg RS256 or --alg ES256."));
    if (out.isEmpty())
        return usage(QCoreApplication::translate(
            "nv::KeyCommand", "new needs --out FILE for the private key (it is never "
                              "printed)."));
    QString error;
    const JoseKey key = JoseKey::generate(*jwsAlgorithmFromName(alg), &error);
    if (key.isNull())
        return usage(error);
    QByteArray pem = key.privatePem();
    const bool written = KeyFile::writePrivate(out, pem, &error);
    pem.fill('\0');
    if (!written) {
        m_err << "nv-cli key: " << error << Qt::endl;
        return 2;
    }
    m_err << QCoreApplication::translate(
                 "nv::KeyCommand",
                 "Private key (%1) written to %2, readable by you only. Register the "
                 "public key below with the operator for your client; its kid is %3.")
                 .arg(key.description(), out, key.thumbprint())
          << Qt::endl;
    printPublic(key, alg, parser.isSet(QStringLiteral("pem")));
    return 0;
}

int KeyCommand::show(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("key-file"));
    if (path.isEmpty())
        return usage(QCoreApplication::translate("nv::KeyCommand", "show needs --key-file FILE."));
    QString error;
    const auto text = KeyFile::read(path, &error);
    if (!text)
        return usage(error);
    const JoseKey key = keyFromText(*text, &error);
    if (key.isNull())
        return usage(QCoreApplication::translate("nv::KeyCommand", "%1 is not a usable key: %2")
                         .arg(path, error));
    printPublic(key, jwsAlgorithmName(*key.defaultAlgorithm()),
                parser.isSet(QStringLiteral("pem")));
    return 0;
}

} // namespace nv
