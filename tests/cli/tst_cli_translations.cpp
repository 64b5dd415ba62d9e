// nv-cli in the language of the system locale, as a person with a Spanish desktop runs it:
// --help and errors in Spanish, exit codes unchanged, --json byte for byte the same in every
// language (a script's input must not depend on the machine). The catalogue is complete.

#include "CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {
// The environment of a person whose locale is described by `vars` ("NAME=value"): every
// variable that chooses a language is cleared first.
QProcessEnvironment localeEnv(const QStringList &vars)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    for (const QString &var : vars)
        env.insert(var.section(QLatin1Char('='), 0, 0), var.section(QLatin1Char('='), 1));
    return env;
}

const QStringList Spanish{QStringLiteral("LANGUAGE=es"), QStringLiteral("LANG=es_ES.UTF-8")};
const QStringList English{QStringLiteral("LANG=C.UTF-8")};

nvtest::CliResult cli(const QStringList &args, const QStringList &locale)
{
    return nvtest::runCli(QStringLiteral(NV_CLI_BINARY), args, localeEnv(locale), 120000);
}

// The shape of a JSON value: its keys and the types of their values, recursively; arrays by
// their elements. Values that differ from run to run (ids, times, durations) do not matter.
QString shape(const QJsonValue &value)
{
    if (value.isObject()) {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << it.key() + QLatin1Char(':') + shape(it.value());
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << shape(item);
        return QLatin1Char('[') + parts.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    return QString::number(int(value.type()));
}

// The values that must be the same in every language: everything but the run's id, the time
// the operator assessed the number and the durations.
QJsonValue stable(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (const char *key : {"runId", "assessedAt", "durationMs"})
            object.remove(QString::fromLatin1(key));
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = stable(it.value());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(stable(item));
        return array;
    }
    return value;
}
} // namespace

class TestCliTranslations : public QObject
{
    Q_OBJECT
private slots:
    // The variables gettext reads, in its order of precedence; Qt reads them the same way.
    void helpFollowsTheLocale_data()
    {
        QTest::addColumn<QStringList>("locale");
        QTest::addColumn<bool>("spanish");
        QTest::newRow("LANGUAGE=es") << QStringList{QStringLiteral("LANGUAGE=es")} << true;
        QTest::newRow("LANGUAGE=es over LANG=en")
            << QStringList{QStringLiteral("LANGUAGE=es:en"), QStringLiteral("LANG=en_US.UTF-8")}
            << true;
        QTest::newRow("LANG=es_ES") << QStringList{QStringLiteral("LANG=es_ES.UTF-8")} << true;
        QTest::newRow("LC_MESSAGES over LANG")
            << QStringList{QStringLiteral("LC_MESSAGES=es_ES.UTF-8"),
                           QStringLiteral("LANG=en_US.UTF-8")}
            << true;
        QTest::newRow("LC_ALL over LANG")
            << QStringList{QStringLiteral("LC_ALL=es_ES.UTF-8"), QStringLiteral("LANG=C.UTF-8")}
            << true;
        QTest::newRow("LC_ALL=C over LANG=es")
            << QStringList{QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("LANG=es_ES.UTF-8")}
            << false;
        QTest::newRow("C") << English << false;
        QTest::newRow("nothing set") << QStringList{} << false;
        QTest::newRow("a language without catalogue")
            << QStringList{QStringLiteral("LANG=fr_FR.UTF-8")} << false;
    }
    void helpFollowsTheLocale()
    {
        QFETCH(QStringList, locale);
        QFETCH(bool, spanish);
        const nvtest::CliResult r = cli({QStringLiteral("--help")}, locale);
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        if (spanish) {
            for (const char *phrase :
                 {"Uso:\n  nv-cli flow --phone +E164", "Códigos de salida:",
                  "  0  el número está verificado (devicePhoneNumberVerified: true)",
                  "Los secretos se leen de variables de entorno, nunca de opciones.",
                  "Ejemplo, contra un nv-sandbox en marcha:"})
                QVERIFY2(out.contains(QString::fromUtf8(phrase)), phrase);
            QVERIFY2(!out.contains(QStringLiteral("Exit codes:")), r.out);
        } else {
            QVERIFY2(out.startsWith(QStringLiteral("Usage:\n")), r.out);
            QVERIFY2(out.contains(QStringLiteral("Exit codes:")), r.out);
            QVERIFY2(!out.contains(QStringLiteral("Códigos de salida")), r.out);
        }
    }

    void commandHelpIsSpanish()
    {
        const nvtest::CliResult r = cli({QStringLiteral("help"), QStringLiteral("flow")}, Spanish);
        QCOMPARE(r.exitCode, 0);
        // The option table wraps its descriptions: one space for every run of white space.
        const QString out = QString::fromUtf8(r.out).simplified();
        QVERIFY2(out.contains(QStringLiteral("El número que verificar, en E.164")), r.out);
        QVERIFY2(out.contains(QStringLiteral("Mostrar un objeto JSON en lugar de una "
                                             "transcripción.")),
                 r.out);
    }

    // A number that is not E.164: the program's words and the core's explanation in Spanish,
    // the exit code the same.
    void aFailingFlowSpeaksSpanish()
    {
        const QStringList args{QStringLiteral("flow"), QStringLiteral("--no-log"),
                               QStringLiteral("--phone"), QStringLiteral("666 66 66 66")};
        const nvtest::CliResult es = cli(args, Spanish);
        const nvtest::CliResult en = cli(args, English);
        QCOMPARE(en.exitCode, 2);
        QCOMPARE(es.exitCode, en.exitCode);
        const QString err = QString::fromUtf8(es.err);
        QVERIFY2(err.contains(QStringLiteral("«666 66 66 66» no es un número E.164")), es.err);
        QVERIFY2(err.contains(QStringLiteral("Use --allow-invalid para enviarlo de todos modos.")),
                 es.err);
        QVERIFY2(en.err.contains("is not an E.164 number"), en.err);

        const nvtest::CliResult unknown = cli({QStringLiteral("fly")}, Spanish);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(QString::fromUtf8(unknown.err)
                     .contains(QStringLiteral("orden desconocida «fly». Pruebe nv-cli --help.")),
                 unknown.err);
    }

    // The transcript of a whole run against the in-process sandbox.
    void theTranscriptIsSpanish()
    {
        const nvtest::CliResult r = cli({QStringLiteral("flow"), QStringLiteral("--no-log"),
                                         QStringLiteral("--phone"), QStringLiteral("+34666666666")},
                                        Spanish);
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Sandbox integrado en http://127.0.0.1:")), r.out);
        QVERIFY2(out.contains(QStringLiteral("VERIFICADO: +34666666666")), r.out);
        QVERIFY2(out.contains(QStringLiteral("id de correlación: ")), r.out);
    }

    // --json is for programs: the same keys, types and values in every language, and an error's
    // message byte for byte the same.
    void jsonIsTheSameInEveryLanguage()
    {
        const QStringList args{QStringLiteral("flow"),
                               QStringLiteral("--no-log"),
                               QStringLiteral("--json"),
                               QStringLiteral("--correlation-id"),
                               QStringLiteral("tst-cli-translations"),
                               QStringLiteral("--phone"),
                               QStringLiteral("+34666666666")};
        const nvtest::CliResult es = cli(args, Spanish);
        const nvtest::CliResult en = cli(args, English);
        QCOMPARE(es.exitCode, 0);
        QCOMPARE(es.exitCode, en.exitCode);
        const QJsonDocument esJson = QJsonDocument::fromJson(es.out);
        const QJsonDocument enJson = QJsonDocument::fromJson(en.out);
        QVERIFY2(esJson.isObject() && enJson.isObject(), es.out);
        QCOMPARE(shape(esJson.object()), shape(enJson.object()));
        QCOMPARE(stable(esJson.object()), stable(enJson.object()));

        const QStringList bad{QStringLiteral("flow"), QStringLiteral("--no-log"),
                              QStringLiteral("--json"), QStringLiteral("--phone"),
                              QStringLiteral("666 66 66 66")};
        const nvtest::CliResult esBad = cli(bad, Spanish);
        const nvtest::CliResult enBad = cli(bad, English);
        QCOMPARE(esBad.exitCode, 2);
        QCOMPARE(esBad.exitCode, enBad.exitCode);
        QVERIFY2(esBad.out.contains("BAD_INPUT"), esBad.out);
        QCOMPARE(esBad.out, enBad.out);
    }

    // Every entry of translations/nv-cli_es.ts translated, with the source's placeholders.
    void theCatalogueIsComplete()
    {
        QFile file(QStringLiteral(NV_CLI_TS_FILE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        int entries = 0;
        QStringList problems;
        static const QRegularExpression marker(QStringLiteral("%L?(\\d+|n)"));
        const auto placeholders = [](const QString &text) {
            QStringList found;
            for (const auto &m : marker.globalMatch(text))
                found << m.captured();
            found.removeDuplicates();
            found.sort();
            return found;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++entries;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText();
                if (!type.isEmpty() || text.trimmed().isEmpty())
                    problems << QStringLiteral("%1 [%2]").arg(source, type);
                else if (placeholders(text) != placeholders(source))
                    problems << QStringLiteral("placeholders differ: %1").arg(source);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(entries > 300, qPrintable(QString::number(entries)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_cli_translations.moc"
