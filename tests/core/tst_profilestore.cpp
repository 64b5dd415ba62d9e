#include "profile/ProfileStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using nv::Profile;
using nv::ProfileStore;

namespace {

Profile custom(const QString &name)
{
    Profile p = Profile::konera();
    p.name = name;
    p.builtIn = false;
    p.clientId = QStringLiteral("client-") + name;
    p.redirectUri = QUrl(QStringLiteral("https://app.invalid/cb"));
    p.loginHint = QStringLiteral("tel:+34666666666");
    p.usePkce = true;
    p.tokenAuthMethod = nv::TokenAuthMethod::ClientSecretBasic;
    return p;
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("config/profiles.json"));
    }

    void builtInsFirst()
    {
        ProfileStore store(m_path);
        QVERIFY(store.upsert(custom(QStringLiteral("Alpha"))));
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0), Profile::builtInSandbox());
        QCOMPARE(all.at(1), Profile::konera());
        QCOMPARE(all.at(2).name, QStringLiteral("Alpha"));
        QVERIFY(all.at(0).builtIn && all.at(1).builtIn && !all.at(2).builtIn);
        // Built-ins are not written to the file.
        const QByteArray file = read(m_path);
        QVERIFY(!file.contains(Profile::konera().name.toUtf8()));
        QVERIFY(!file.contains(Profile::builtInSandbox().name.toUtf8()));
        QCOMPARE(QJsonDocument::fromJson(file).object().value(QStringLiteral("version")).toInt(),
                 ProfileStore::FormatVersion);
    }

    void emptyWithoutFile()
    {
        ProfileStore store(m_path);
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(store.lastError().isEmpty());
        QVERIFY(!QFile::exists(m_path));
    }

    void upsertReplaces()
    {
        ProfileStore store(m_path);
        Profile p = custom(QStringLiteral("Alpha"));
        QVERIFY(store.upsert(p));
        p.scope = QStringLiteral("openid");
        QVERIFY(store.upsert(p));
        QCOMPARE(store.profiles().size(), 3);
        QCOMPARE(store.find(QStringLiteral("Alpha"))->scope, QStringLiteral("openid"));
    }

    void refusesBuiltInNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("konera") << Profile::konera().name;
        QTest::newRow("sandbox") << Profile::builtInSandbox().name;
        QTest::newRow("case and spaces") << QStringLiteral("  built-in SANDBOX ");
        QTest::newRow("empty") << QString();
    }

    void refusesBuiltInNames()
    {
        QFETCH(QString, name);
        ProfileStore store(m_path);
        Profile p = custom(QStringLiteral("x"));
        p.name = name;
        QVERIFY(!store.upsert(p));
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.find(Profile::konera().name), std::optional<Profile>(Profile::konera()));
    }

    void remove()
    {
        ProfileStore store(m_path);
        QVERIFY(store.upsert(custom(QStringLiteral("Alpha"))));
        QVERIFY(store.upsert(custom(QStringLiteral("Beta"))));
        QVERIFY(store.remove(QStringLiteral("Alpha")));
        QVERIFY(!store.find(QStringLiteral("Alpha")));
        QVERIFY(!store.remove(QStringLiteral("Alpha")));
        QVERIFY(!store.remove(Profile::konera().name));
        QCOMPARE(store.profiles().size(), 3);
        QCOMPARE(ProfileStore(m_path).profiles().size(), 3);
    }

    void duplicate()
    {
        ProfileStore store(m_path);
        const Profile copy = store.duplicate(Profile::konera().name, QStringLiteral("My Konera"));
        QCOMPARE(copy.name, QStringLiteral("My Konera"));
        QVERIFY(!copy.builtIn);
        QCOMPARE(copy.tokenUrl, Profile::konera().tokenUrl);
        QCOMPARE(store.find(QStringLiteral("My Konera")), std::optional<Profile>(copy));

        // A taken name gets a suffix instead of overwriting.
        const Profile second =
            store.duplicate(QStringLiteral("My Konera"), QStringLiteral("My Konera"));
        QCOMPARE(second.name, QStringLiteral("My Konera (2)"));
        // No name: derived from the source.
        const Profile third = store.duplicate(Profile::builtInSandbox().name, QString());
        QCOMPARE(third.name, Profile::builtInSandbox().name + QStringLiteral(" (copy)"));
        QVERIFY(third.sandbox);
        // A built-in name is never taken over.
        const Profile fourth = store.duplicate(QStringLiteral("My Konera"), Profile::konera().name);
        QCOMPARE(fourth.name, Profile::konera().name + QStringLiteral(" (2)"));

        QVERIFY(store.duplicate(QStringLiteral("nope"), QStringLiteral("x")).name.isEmpty());
        QCOMPARE(store.profiles().size(), 6);
    }

    void persistence()
    {
        {
            ProfileStore store(m_path);
            QVERIFY(store.upsert(custom(QStringLiteral("Alpha"))));
            QVERIFY(store.upsert(custom(QStringLiteral("Beta"))));
            store.setLastUsedProfile(QStringLiteral("Beta"));
        }
        ProfileStore again(m_path);
        QCOMPARE(again.profiles().size(), 4);
        QCOMPARE(again.profiles().at(2), custom(QStringLiteral("Alpha")));
        QCOMPARE(again.profiles().at(3), custom(QStringLiteral("Beta")));
        QCOMPARE(again.lastUsedProfile(), QStringLiteral("Beta"));
        // No temporary file left next to it (QSaveFile renames into place).
        QCOMPARE(QDir(QFileInfo(m_path).absolutePath()).entryList(QDir::Files),
                 QStringList{QStringLiteral("profiles.json")});
    }

    void corruptFileIsReported()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        write(m_path, "{ not json");
        ProfileStore store(m_path);
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(store.profiles().size(), 2);
    }

    void exportImportRoundTrip()
    {
        const QList<Profile> profiles{custom(QStringLiteral("Alpha")),
                                      custom(QStringLiteral("Beta"))};
        const QString file = m_dir->filePath(QStringLiteral("export.json"));
        QString error;
        QVERIFY2(ProfileStore::exportTo(file, profiles, &error), qPrintable(error));
        const QList<Profile> imported = ProfileStore::importFrom(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(imported, profiles);

        // Exporting a built-in gives an ordinary, editable profile.
        QVERIFY(ProfileStore::exportTo(file, {Profile::konera()}, &error));
        const QList<Profile> konera = ProfileStore::importFrom(file, &error);
        QCOMPARE(konera.size(), 1);
        QVERIFY(!konera.first().builtIn);
        QCOMPARE(konera.first().authorizeUrl, Profile::konera().authorizeUrl);
    }

    void exportHasNoSecret()
    {
        const QString file = m_dir->filePath(QStringLiteral("export.json"));
        QString error;
        QVERIFY(ProfileStore::exportTo(file, {custom(QStringLiteral("Alpha"))}, &error));
        const QByteArray bytes = read(file);
        QVERIFY(!bytes.isEmpty());
        // No field that could carry a credential (tokenAuthMethod's value names the method).
        const QJsonArray profiles =
            QJsonDocument::fromJson(bytes).object().value(QStringLiteral("profiles")).toArray();
        QCOMPARE(profiles.size(), 1);
        for (const QString &key : profiles.first().toObject().keys()) {
            QVERIFY2(!key.contains(QLatin1String("secret"), Qt::CaseInsensitive), qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("password"), Qt::CaseInsensitive),
                     qPrintable(key));
            QVERIFY2(!key.contains(QLatin1String("token"), Qt::CaseInsensitive) ||
                         key == QLatin1String("tokenUrl") ||
                         key == QLatin1String("tokenAuthMethod"),
                     qPrintable(key));
        }
    }

    void importIsTolerant()
    {
        const QString file = m_dir->filePath(QStringLiteral("import.json"));
        write(file, R"({"version": 7, "exportedBy": "someone",
                        "profiles": [
                          {"name": "Gamma", "clientId": "g", "clientSecret": "leaked",
                           "futureField": [1, 2, 3], "pkce": true},
                          {"clientId": "nameless"},
                          42
                        ]})");
        QString error;
        const QList<Profile> imported = ProfileStore::importFrom(file, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(imported.size(), 1);
        QCOMPARE(imported.first().name, QStringLiteral("Gamma"));
        QCOMPARE(imported.first().clientId, QStringLiteral("g"));
        QVERIFY(imported.first().usePkce);

        // A single profile object and a bare list are accepted too.
        write(file, R"({"name": "Solo"})");
        QCOMPARE(ProfileStore::importFrom(file, &error).first().name, QStringLiteral("Solo"));
        write(file, R"([{"name": "One"}, {"name": "Two"}])");
        QCOMPARE(ProfileStore::importFrom(file, &error).size(), 2);
    }

    void importGarbage_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)
                                << QStringLiteral("is not a JSON file");
        QTest::newRow("text") << QByteArray("name=Alpha\n") << QStringLiteral("is not a JSON file");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("is not a JSON file");
        QTest::newRow("other json")
            << QByteArray(R"({"hello": "world"})") << QStringLiteral("contains no profiles");
        QTest::newRow("empty list")
            << QByteArray(R"({"profiles": []})") << QStringLiteral("contains no profiles");
    }

    void importGarbage()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = m_dir->filePath(QStringLiteral("garbage.json"));
        write(file, content);
        QString error;
        QVERIFY(ProfileStore::importFrom(file, &error).isEmpty());
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void importMissingFile()
    {
        QString error;
        QVERIFY(ProfileStore::importFrom(m_dir->filePath(QStringLiteral("none.json")), &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void defaultPath()
    {
        QVERIFY(ProfileStore::defaultPath().endsWith(QLatin1String("/profiles.json")));
        ProfileStore store;
        QCOMPARE(store.path(), ProfileStore::defaultPath());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
