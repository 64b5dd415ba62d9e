#include "TestBudget.h"
#include "secrets/SecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using nv::SecretStore;

namespace {

// What the Secret Service itself says about a key, asked directly with secret-tool, bypassing
// QtKeychain, to prove the value really is (or is not) in gnome-keyring. QtKeychain's libsecret
// schema stores service as "server" and key as "user". secret-tool (libsecret-tools) is part
// of the test setup: without it these checks cannot run, and a test that skipped them would
// prove less than it says, so its absence fails initTestCase.
struct Lookup
{
    enum class Kind
    {
        Found,
        NotFound, // secret-tool ran and the keyring has no such item
        Failed    // secret-tool could not answer: neither found nor not found can be claimed
    };
    Kind kind = Kind::Failed;
    QString value;
    QString problem;
};

Lookup lookupWithSecretTool(const QString &profile)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                            QLatin1String(SecretStore::ServiceName),
                                            QStringLiteral("user"), SecretStore::keyFor(profile)});
    Lookup result;
    if (!p.waitForFinished(nvtest::budgetMs(60000))) {
        p.kill();
        p.waitForFinished();
        result.problem = QStringLiteral("secret-tool did not finish");
        return result;
    }
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0) {
        result.kind = Lookup::Kind::Found;
        result.value = QString::fromUtf8(p.readAllStandardOutput());
    } else if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 1 && err.isEmpty()) {
        result.kind = Lookup::Kind::NotFound; // secret-tool's silent "no match"
    } else {
        result.problem = QStringLiteral("secret-tool exited %1: %2").arg(p.exitCode()).arg(err);
    }
    return result;
}

} // namespace

// Runs under a private dbus-run-session with an unlocked gnome-keyring (SECRET_SERVICE).
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        nvtest::TestBudget::instance();
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool is missing: install libsecret-tools (it is in NV_PACKAGES)");
    }

    void storeReadBackDelete()
    {
        const QString profile = QStringLiteral("Keychain test ü");
        const QString value = QStringLiteral("kc-secret-Zx81-ü");
        {
            SecretStore store;
            QSignalSpy stored(&store, &SecretStore::stored);
            store.store(profile, value);
            QVERIFY(stored.wait(nvtest::budgetMs(20000)));
            QVERIFY2(store.storage() == SecretStore::Storage::Keychain,
                     qPrintable(store.lastKeychainError()));
            QCOMPARE(store.storageDescription(),
                     SecretStore::describe(SecretStore::Storage::Keychain));
        }

        const Lookup found = lookupWithSecretTool(profile);
        QVERIFY2(found.kind == Lookup::Kind::Found, qPrintable(found.problem));
        QCOMPARE(found.value, value);

        // A fresh instance has nothing in memory: the value must come from the keychain.
        SecretStore second;
        QVERIFY(second.secret(profile).isEmpty());
        QSignalSpy loaded(&second, &SecretStore::loaded);
        second.load(profile);
        QVERIFY(loaded.wait(nvtest::budgetMs(20000)));
        QCOMPARE(loaded.at(0).at(0).toString(), profile);
        QCOMPARE(loaded.at(0).at(1).toString(), value);
        QCOMPARE(second.secret(profile), value);
        QCOMPARE(second.storage(), SecretStore::Storage::Keychain);

        QSignalSpy removed(&second, &SecretStore::removed);
        second.remove(profile);
        QVERIFY(removed.wait(nvtest::budgetMs(20000)));
        QCOMPARE(second.storage(), SecretStore::Storage::Keychain);

        SecretStore third;
        QSignalSpy loadedAgain(&third, &SecretStore::loaded);
        third.load(profile);
        QVERIFY(loadedAgain.wait(nvtest::budgetMs(20000)));
        QVERIFY(loadedAgain.at(0).at(1).toString().isEmpty());
        QCOMPARE(third.storage(), SecretStore::Storage::Keychain); // reachable, just empty
        const Lookup gone = lookupWithSecretTool(profile);
        QVERIFY2(gone.kind == Lookup::Kind::NotFound, qPrintable(gone.problem + gone.value));
    }

    void profilesAreSeparate()
    {
        SecretStore store;
        QSignalSpy stored(&store, &SecretStore::stored);
        store.store(QStringLiteral("A"), QStringLiteral("secret-a"));
        store.store(QStringLiteral("B"), QStringLiteral("secret-b"));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, nvtest::budgetMs(20000));

        SecretStore reader;
        QSignalSpy loaded(&reader, &SecretStore::loaded);
        reader.load(QStringLiteral("B"));
        reader.load(QStringLiteral("A"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, nvtest::budgetMs(20000));
        QCOMPARE(reader.secret(QStringLiteral("A")), QStringLiteral("secret-a"));
        QCOMPARE(reader.secret(QStringLiteral("B")), QStringLiteral("secret-b"));
    }

    void sessionSecretStaysOutOfKeychain()
    {
        SecretStore store;
        store.setSessionSecret(QStringLiteral("Built-in sandbox"), QStringLiteral("well-known"));
        // A secret stored the ordinary way next to it is found: the keyring is being looked at.
        QSignalSpy stored(&store, &SecretStore::stored);
        store.store(QStringLiteral("Ordinary"), QStringLiteral("ordinary-secret"));
        QVERIFY(stored.wait(nvtest::budgetMs(20000)));
        const Lookup ordinary = lookupWithSecretTool(QStringLiteral("Ordinary"));
        QVERIFY2(ordinary.kind == Lookup::Kind::Found, qPrintable(ordinary.problem));
        const Lookup sandbox = lookupWithSecretTool(QStringLiteral("Built-in sandbox"));
        QVERIFY2(sandbox.kind == Lookup::Kind::NotFound,
                 qPrintable(sandbox.problem + sandbox.value));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
