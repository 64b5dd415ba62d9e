#include "KeychainLookup.h"
#include "TestBudget.h"
#include "secrets/SecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using nv::SecretStore;

// What the Secret Service itself holds, asked with secret-tool past QtKeychain
// (tests/support/KeychainLookup.h). secret-tool (libsecret-tools) is part of the test setup:
// without it these checks cannot run, and a test that skipped them would prove less than it
// says, so its absence fails initTestCase.
using Lookup = nvtest::KeychainLookup;
using nvtest::lookUpInKeychain;

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

        const Lookup found = lookUpInKeychain(profile);
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
        const Lookup gone = lookUpInKeychain(profile);
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
        const Lookup ordinary = lookUpInKeychain(QStringLiteral("Ordinary"));
        QVERIFY2(ordinary.kind == Lookup::Kind::Found, qPrintable(ordinary.problem));
        const Lookup sandbox = lookUpInKeychain(QStringLiteral("Built-in sandbox"));
        QVERIFY2(sandbox.kind == Lookup::Kind::NotFound,
                 qPrintable(sandbox.problem + sandbox.value));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
