#include "demo/DemoSessionFile.h"
#include "demo/RecentSessions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace nv;

// .nvsession files: what is saved comes back the same; what cannot be applied whole is refused
// with a sentence, before anything is applied.
class TestDemoSession : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static DemoSession sample()
    {
        DemoSession s;
        s.title = QStringLiteral("Partner demo, Madrid");
        s.profile = Profile::builtInSandbox();
        s.profile.builtIn = false; // a file never makes a profile built in
        s.scenario = QStringLiteral("consent");
        s.numbers = {
            {QStringLiteral("+34666666666"), false, QStringLiteral("the SIM in this phone")},
            {QStringLiteral("+34600000001"), true, QStringLiteral("someone else")}};
        s.driver = DriverKind::PlainHttp;
        s.layout.presentation = true;
        s.layout.fullScreen = true;
        s.layout.theme = QStringLiteral("light");
        s.layout.splitters = {
            {QStringLiteral("mainSplitter"), QByteArray("\x00\x00\x00\xff\x01", 5)},
            {QStringLiteral("topSplitter"), QByteArray(300, '\x7f')}};
        return s;
    }

    QString writeText(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return path;
    }

    QString writeJson(const QString &name, const QJsonObject &object)
    {
        return writeText(name, QJsonDocument(object).toJson());
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("nv-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_demosession"));
        QVERIFY(m_dir.isValid());
    }

    void whatIsSavedComesBackTheSame()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.nvsession"));
        QString error;
        QVERIFY2(DemoSessionFile::write(path, sample(), &error), qPrintable(error));
        const std::optional<DemoSession> read = DemoSessionFile::read(path, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->profile.toJson(), sample().profile.toJson());
        QCOMPARE(read->profile.builtIn, sample().profile.builtIn);
        QCOMPARE(read->profile, sample().profile);
        QCOMPARE(read->numbers, sample().numbers);
        QCOMPARE(read->layout, sample().layout);
        QCOMPARE(read->scenario, sample().scenario);
        QCOMPARE(read->driver, sample().driver);
        QCOMPARE(read->title, sample().title);
        QVERIFY(*read == sample());
        // The file is JSON with its format and version, and no secret.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(json.value(QLatin1String("format")).toString(), DemoSession::formatName());
        QCOMPARE(json.value(QLatin1String("version")).toInt(), DemoSession::FormatVersion);
        for (const QString &key : json.value(QLatin1String("profile")).toObject().keys())
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
        QVERIFY(!bytes.contains("nv-sandbox-secret"));
    }

    void filesThatCannotBeAppliedWholeAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("said");
        const QJsonObject good = sample().toJson();
        const auto with = [&good](const QString &key, const QJsonValue &value) {
            QJsonObject o = good;
            o.insert(key, value);
            return QJsonDocument(o).toJson();
        };
        QByteArray truncated = QJsonDocument(good).toJson();
        truncated.chop(truncated.size() / 2);
        QTest::newRow("damaged") << truncated << "is damaged: it is not a JSON object";
        QTest::newRow("not json") << QByteArray("\x89PNG\r\n") << "is damaged";
        QTest::newRow("empty") << QByteArray() << "is damaged";
        QTest::newRow("another file")
            << QByteArray(R"({"name":"x"})") << "not an NV Console session file";
        QTest::newRow("newer") << with(QStringLiteral("version"), DemoSession::FormatVersion + 1)
                               << "written by a newer NV Console (format 2; this version reads "
                                  "format 1). Update NV Console";
        QTest::newRow("older") << with(QStringLiteral("version"), 0)
                               << "format 0, which no version";
        QTest::newRow("no version")
            << with(QStringLiteral("version"), QStringLiteral("1")) << "has no format version";
        QJsonObject secretProfile = Profile::builtInSandbox().toJson();
        secretProfile.insert(QStringLiteral("clientSecret"), QStringLiteral("s3cr3t-value"));
        QTest::newRow("a secret") << with(QStringLiteral("profile"), secretProfile)
                                  << "holds a secret in its profile";
        QTest::newRow("unknown scenario")
            << with(QStringLiteral("scenario"), QStringLiteral("teleport"))
            << "sandbox scenario \"teleport\"";
        QTest::newRow("unknown driver")
            << with(QStringLiteral("authorizeWith"), QStringLiteral("carrier-pigeon"))
            << "\"carrier-pigeon\"";
        QTest::newRow("bad number") << with(QStringLiteral("numbers"),
                                            QJsonArray{QJsonObject{{QStringLiteral("number"), 34}}})
                                    << "needs a \"number\"";
        QTest::newRow("bad splitter")
            << with(QStringLiteral("layout"),
                    QJsonObject{
                        {QStringLiteral("splitters"),
                         QJsonObject{{QStringLiteral("mainSplitter"), QStringLiteral("***")}}}})
            << "layout is damaged";
    }
    void filesThatCannotBeAppliedWholeAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, said);
        const QString path = writeText(QStringLiteral("bad.nvsession"), bytes);
        QString error;
        const QStringList scenarios{QStringLiteral("match"), QStringLiteral("consent")};
        QVERIFY(!DemoSessionFile::read(path, &error, scenarios));
        QVERIFY2(error.contains(said), qPrintable(error));
        QVERIFY2(error.startsWith(QLatin1String("bad.nvsession")), qPrintable(error));
    }

    void aFileBeyondTheBoundIsNotRead()
    {
        QByteArray big = QJsonDocument(sample().toJson()).toJson();
        big.append(QByteArray(DemoSessionFile::MaxBytes, ' '));
        const QString path = writeText(QStringLiteral("big.nvsession"), big);
        QString error;
        QVERIFY(!DemoSessionFile::read(path, &error));
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
        QVERIFY(!DemoSessionFile::read(QStringLiteral("/dev/zero"), &error));
        QVERIFY(
            !DemoSessionFile::read(m_dir.filePath(QStringLiteral("missing.nvsession")), &error));
    }

    void recentSessionsAreNewestFirstWithoutDuplicatesOrMissingFiles()
    {
        RecentSessions::clear();
        QString error;
        QStringList paths;
        for (int i = 0; i < RecentSessions::MaxEntries + 2; ++i) {
            paths << m_dir.filePath(QStringLiteral("recent-%1.nvsession").arg(i));
            QVERIFY(DemoSessionFile::write(paths.last(), sample(), &error));
            RecentSessions::add(paths.last());
        }
        QStringList listed = RecentSessions::list();
        QCOMPARE(listed.size(), RecentSessions::MaxEntries);
        QCOMPARE(listed.first(), paths.last());
        RecentSessions::add(paths.at(5));
        listed = RecentSessions::list();
        QCOMPARE(listed.first(), paths.at(5));
        QCOMPARE(listed.count(paths.at(5)), 1);
        QFile::remove(paths.last());
        QVERIFY(!RecentSessions::list().contains(paths.last()));
        RecentSessions::remove(paths.at(5));
        QVERIFY(!RecentSessions::list().contains(paths.at(5)));
    }
};

QTEST_GUILESS_MAIN(TestDemoSession)
#include "tst_demosession.moc"
