#include "DemoSession.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace nv {

namespace {
const QString FormatKey = QStringLiteral("format");
const QString VersionKey = QStringLiteral("version");

bool fail(QString *error, const QString &text)
{
    *error = text;
    return false;
}

// A splitter's object name: camelCase, as the window names them.
bool isWidgetName(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,47}$"));
    return name.match(text).hasMatch();
}

bool isId(const QString &text, int maxLength)
{
    static const QRegularExpression id(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    return !text.isEmpty() && text.size() <= maxLength && id.match(text).hasMatch();
}

// Names a secret may hide under; a session file never carries one.
bool holdsSecret(const QJsonObject &profile)
{
    for (auto it = profile.begin(); it != profile.end(); ++it) {
        const QString key = it.key().toLower();
        if (key.contains(QLatin1String("secret")) || key.contains(QLatin1String("password")) ||
            key.contains(QLatin1String("privatekey")) || key == QLatin1String("token") ||
            key == QLatin1String("accesstoken"))
            return true;
    }
    return false;
}
} // namespace

QString DemoSession::formatName()
{
    return QStringLiteral("nv-console-session");
}

QJsonObject DemoSession::toJson() const
{
    QJsonArray numberList;
    for (const Number &n : numbers) {
        QJsonObject o{{QStringLiteral("number"), n.number}, {QStringLiteral("hashed"), n.hashed}};
        if (!n.label.isEmpty())
            o.insert(QStringLiteral("label"), n.label);
        numberList.append(o);
    }
    QJsonObject splitters;
    for (auto it = layout.splitters.cbegin(); it != layout.splitters.cend(); ++it)
        splitters.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
    QJsonObject layoutObject{{QStringLiteral("presentation"), layout.presentation},
                             {QStringLiteral("fullScreen"), layout.fullScreen},
                             {QStringLiteral("splitters"), splitters}};
    if (!layout.theme.isEmpty())
        layoutObject.insert(QStringLiteral("theme"), layout.theme);
    QJsonObject o{{FormatKey, formatName()},
                  {VersionKey, FormatVersion},
                  {QStringLiteral("profile"), profile.toJson()},
                  {QStringLiteral("numbers"), numberList},
                  {QStringLiteral("authorizeWith"), driverKindId(driver)},
                  {QStringLiteral("layout"), layoutObject}};
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    if (!scenario.isEmpty())
        o.insert(QStringLiteral("scenario"), scenario);
    return o;
}

std::optional<DemoSession> DemoSession::fromJson(const QJsonObject &o, QString *error,
                                                 const QStringList &knownScenarios)
{
    if (o.value(FormatKey).toString() != formatName())
        return fail(error, QStringLiteral("This is not an NV Console session file (it has no "
                                          "\"format\": \"%1\").")
                               .arg(formatName())),
               std::nullopt;
    const QJsonValue version = o.value(VersionKey);
    if (!version.isDouble() || version.toDouble() != double(version.toInt()))
        return fail(error, QStringLiteral("The session file has no format version; it is "
                                          "damaged or was not written by NV Console.")),
               std::nullopt;
    if (version.toInt() > FormatVersion)
        return fail(error, QStringLiteral("The session file was written by a newer NV Console "
                                          "(format %1; this version reads format %2). Update NV "
                                          "Console to open it.")
                               .arg(version.toInt())
                               .arg(FormatVersion)),
               std::nullopt;
    if (version.toInt() < 1)
        return fail(error, QStringLiteral("The session file has format %1, which no version of "
                                          "NV Console wrote.")
                               .arg(version.toInt())),
               std::nullopt;
    DemoSession s;
    s.title = o.value(QStringLiteral("title")).toString().left(200);
    if (!readProfile(o, &s, error) || !readNumbers(o, &s, error) || !readLayout(o, &s, error))
        return std::nullopt;
    s.scenario = o.value(QStringLiteral("scenario")).toString();
    if (!s.scenario.isEmpty() && (!isId(s.scenario, 64) || (!knownScenarios.isEmpty() &&
                                                            !knownScenarios.contains(s.scenario))))
        return fail(error, QStringLiteral("The session asks for the sandbox scenario \"%1\", which "
                                          "this NV Console does not have.")
                               .arg(s.scenario.left(64))),
               std::nullopt;
    const QString driver = o.value(QStringLiteral("authorizeWith")).toString();
    const std::optional<DriverKind> kind = driverKindFromId(driver);
    if (!kind)
        return fail(error, QStringLiteral("The session walks the authorize chain with \"%1\", "
                                          "which this NV Console does not know.")
                               .arg(driver.left(64))),
               std::nullopt;
    s.driver = *kind;
    return s;
}

bool DemoSession::readProfile(const QJsonObject &o, DemoSession *s, QString *error)
{
    const QJsonValue value = o.value(QStringLiteral("profile"));
    if (!value.isObject())
        return fail(error, QStringLiteral("The session file holds no profile."));
    if (holdsSecret(value.toObject()))
        return fail(error, QStringLiteral("The session file holds a secret in its profile; NV "
                                          "Console never writes one there and will not read "
                                          "one. Remove it and keep the secret in the keychain."));
    QString problem;
    s->profile = Profile::fromJson(value.toObject(), &problem);
    if (!problem.isEmpty())
        return fail(error, QStringLiteral("The session's profile cannot be used: %1").arg(problem));
    if (s->profile.name.trimmed().isEmpty())
        return fail(error, QStringLiteral("The session's profile has no name."));
    return true;
}

bool DemoSession::readNumbers(const QJsonObject &o, DemoSession *s, QString *error)
{
    const QJsonValue value = o.value(QStringLiteral("numbers"));
    if (value.isUndefined())
        return true;
    if (!value.isArray() || value.toArray().size() > MaxNumbers)
        return fail(error, QStringLiteral("The session's \"numbers\" must be a list of at most "
                                          "%1 numbers.")
                               .arg(MaxNumbers));
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject n = entry.toObject();
        const QString number = n.value(QStringLiteral("number")).toString().trimmed();
        if (number.isEmpty() || number.size() > 32 || !n.value(QStringLiteral("hashed")).isBool())
            return fail(error, QStringLiteral("Each of the session's numbers needs a \"number\" "
                                              "(at most 32 characters) and \"hashed\": true or "
                                              "false."));
        s->numbers.append({number, n.value(QStringLiteral("hashed")).toBool(),
                           n.value(QStringLiteral("label")).toString().left(200)});
    }
    return true;
}

bool DemoSession::readLayout(const QJsonObject &o, DemoSession *s, QString *error)
{
    const QJsonObject layout = o.value(QStringLiteral("layout")).toObject();
    s->layout.presentation = layout.value(QStringLiteral("presentation")).toBool();
    s->layout.fullScreen = layout.value(QStringLiteral("fullScreen")).toBool();
    s->layout.theme = layout.value(QStringLiteral("theme")).toString();
    if (!s->layout.theme.isEmpty() &&
        !QStringList{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}
             .contains(s->layout.theme))
        return fail(error, QStringLiteral("The session's theme \"%1\" is not system, light or "
                                          "dark.")
                               .arg(s->layout.theme.left(32)));
    const QJsonObject splitters = layout.value(QStringLiteral("splitters")).toObject();
    if (splitters.size() > 16)
        return fail(error, QStringLiteral("The session's layout names too many splitters."));
    for (auto it = splitters.begin(); it != splitters.end(); ++it) {
        const auto state = QByteArray::fromBase64Encoding(it.value().toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
        if (!isWidgetName(it.key()) || !state || state.decoded.size() > MaxSplitterStateBytes)
            return fail(error, QStringLiteral("The session's layout is damaged (splitter \"%1\").")
                                   .arg(it.key().left(32)));
        s->layout.splitters.insert(it.key(), state.decoded);
    }
    return true;
}

} // namespace nv
