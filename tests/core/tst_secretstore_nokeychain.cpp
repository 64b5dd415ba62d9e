#include "TestBudget.h"
#include "secrets/SecretStore.h"

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
        nvtest::TestBudget::instance();
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("no-bus")),
                 "run through ctest: the test needs the unreachable bus add_nv_test sets up");
    }

    void storeFallsBackToMemory()
    {
        SecretStore store;
        QCOMPARE(store.storage(), SecretStore::Storage::Unknown);
        QSignalSpy stored(&store, &SecretStore::stored);
        QSignalSpy changed(&store, &SecretStore::storageChanged);
        QStringList order;
        connect(&store, &SecretStore::storageChanged, this,
                [&order] { order << QStringLiteral("storageChanged"); });
        connect(&store, &SecretStore::stored, this,
                [&order] { order << QStringLiteral("stored"); });
        store.store(QStringLiteral("Alpha"), QStringLiteral("s3cr3t-ü"));
        // In memory at once, whatever the keychain does, and nothing announced yet: the answer
        // comes from the event loop.
        QCOMPARE(store.secret(QStringLiteral("Alpha")), QStringLiteral("s3cr3t-ü"));
        QVERIFY(order.isEmpty());
        QVERIFY(stored.wait(nvtest::budgetMs(30000)));
        // Failing fast means failing for the right reason: the bus could not be connected to at
        // all. A keychain that was reached and did not answer (a D-Bus reply timeout, an unlock
        // prompt) or an autolaunched bus would say something else.
        QVERIFY2(store.lastKeychainError().contains(QLatin1String("connect"), Qt::CaseInsensitive),
                 qPrintable(store.lastKeychainError()));
        QVERIFY2(
            !store.lastKeychainError().contains(QLatin1String("reply"), Qt::CaseInsensitive) &&
                !store.lastKeychainError().contains(QLatin1String("timeout"), Qt::CaseInsensitive),
            qPrintable(store.lastKeychainError()));
        // The storage is known (memory) before the store is confirmed, so a window that shows
        // "stored" can already say where.
        QCOMPARE(order, (QStringList{QStringLiteral("storageChanged"), QStringLiteral("stored")}));
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
        QVERIFY(loaded.wait(nvtest::budgetMs(30000)));
        QCOMPARE(loaded.at(0).at(0).toString(), QStringLiteral("Alpha"));
        QCOMPARE(loaded.at(0).at(1).toString(), QStringLiteral("value-1"));
        QCOMPARE(store.storage(), SecretStore::Storage::SessionOnly);

        store.load(QStringLiteral("Unknown"));
        QVERIFY(loaded.wait(nvtest::budgetMs(30000)));
        QCOMPARE(loaded.at(1).at(0).toString(), QStringLiteral("Unknown"));
        QVERIFY(loaded.at(1).at(1).toString().isEmpty());
    }

    void storeReplaces()
    {
        SecretStore store;
        QSignalSpy stored(&store, &SecretStore::stored);
        store.store(QStringLiteral("Alpha"), QStringLiteral("old"));
        store.store(QStringLiteral("Alpha"), QStringLiteral("new"));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, nvtest::budgetMs(30000));
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
        QVERIFY(removed.wait(nvtest::budgetMs(30000)));
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
        QVERIFY(loaded.wait(nvtest::budgetMs(30000)));
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
