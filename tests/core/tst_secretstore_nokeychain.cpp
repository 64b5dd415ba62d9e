#include "secrets/SecretStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using nv::SecretStore;

// Runs with a D-Bus address that leads nowhere (see add_nv_test): no keychain is reachable.
class TestSecretStoreNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("no-bus")),
                 "run through ctest: the test needs the unreachable bus add_nv_test sets up");
    }

    void storeFallsBackToMemory()
    {
        SecretStore store;
        QCOMPARE(store.storage(), SecretStore::Storage::Unknown);
        QSignalSpy stored(&store, &SecretStore::stored);
        QSignalSpy changed(&store, &SecretStore::storageChanged);
        QElapsedTimer timer;
        timer.start();
        store.store(QStringLiteral("Alpha"), QStringLiteral("s3cr3t-ü"));
        // In memory at once, whatever the keychain does.
        QCOMPARE(store.secret(QStringLiteral("Alpha")), QStringLiteral("s3cr3t-ü"));
        QVERIFY(stored.wait(10000));
        QVERIFY2(timer.elapsed() < 5000, "a missing keychain must fail fast");
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.at(0).at(0).toString(), QStringLiteral("Alpha"));
        QCOMPARE(store.storage(), SecretStore::Storage::SessionOnly);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<SecretStore::Storage>(),
                 SecretStore::Storage::SessionOnly);
        QVERIFY(store.storageDescription().contains(QLatin1String("memory")));
        QVERIFY(!store.lastKeychainError().isEmpty());
        QCOMPARE(store.secret(QStringLiteral("Alpha")), QStringLiteral("s3cr3t-ü"));
    }

    void loadKeepsSessionValue()
    {
        SecretStore store;
        store.store(QStringLiteral("Alpha"), QStringLiteral("value-1"));
        QSignalSpy loaded(&store, &SecretStore::loaded);
        store.load(QStringLiteral("Alpha"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.at(0).at(0).toString(), QStringLiteral("Alpha"));
        QCOMPARE(loaded.at(0).at(1).toString(), QStringLiteral("value-1"));
        QCOMPARE(store.storage(), SecretStore::Storage::SessionOnly);

        store.load(QStringLiteral("Unknown"));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.at(1).at(0).toString(), QStringLiteral("Unknown"));
        QVERIFY(loaded.at(1).at(1).toString().isEmpty());
    }

    void storeReplaces()
    {
        SecretStore store;
        QSignalSpy stored(&store, &SecretStore::stored);
        store.store(QStringLiteral("Alpha"), QStringLiteral("old"));
        store.store(QStringLiteral("Alpha"), QStringLiteral("new"));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 10000);
        QCOMPARE(store.secret(QStringLiteral("Alpha")), QStringLiteral("new"));
    }

    void remove()
    {
        SecretStore store;
        store.store(QStringLiteral("Alpha"), QStringLiteral("gone soon"));
        QSignalSpy removed(&store, &SecretStore::removed);
        store.remove(QStringLiteral("Alpha"));
        QVERIFY(store.secret(QStringLiteral("Alpha")).isEmpty());
        QVERIFY(!store.hasSecret(QStringLiteral("Alpha")));
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("Alpha"));
    }

    void sessionSecretNeverTouchesKeychain()
    {
        SecretStore store;
        QSignalSpy loaded(&store, &SecretStore::loaded);
        store.setSessionSecret(QStringLiteral("Built-in sandbox"), QStringLiteral("well-known"));
        QCOMPARE(store.secret(QStringLiteral("Built-in sandbox")), QStringLiteral("well-known"));
        store.load(QStringLiteral("Built-in sandbox"));
        QCOMPARE(loaded.size(), 0); // answered like every load: later, from the event loop
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.at(0).at(1).toString(), QStringLiteral("well-known"));
        // The keychain was never asked.
        QCOMPARE(store.storage(), SecretStore::Storage::Unknown);
    }

    void keyNames()
    {
        QCOMPARE(SecretStore::keyFor(QStringLiteral("Alpha")),
                 QStringLiteral("client-secret:Alpha"));
        QCOMPARE(QLatin1String(SecretStore::ServiceName), QLatin1String("nv-console"));
        QVERIFY(SecretStore::describe(SecretStore::Storage::Keychain)
                    .contains(QLatin1String("keychain")));
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreNoKeychain)
#include "tst_secretstore_nokeychain.moc"
