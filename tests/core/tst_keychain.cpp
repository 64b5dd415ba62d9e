#include "secrets/SecretStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using nv::SecretStore;

namespace {

// Asks the Secret Service directly, bypassing QtKeychain, to prove the value really is in
// gnome-keyring. QtKeychain's libsecret schema stores service as "server" and key as "user".
std::optional<QString> lookupWithSecretTool(const QString &profile)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"), {QStringLiteral("lookup"), QStringLiteral("server"),
                                            QLatin1String(SecretStore::ServiceName),
                                            QStringLiteral("user"), SecretStore::keyFor(profile)});
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

// Runs under a private dbus-run-session with an unlocked gnome-keyring (SECRET_SERVICE).
class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void storeReadBackDelete()
    {
        const QString profile = QStringLiteral("Keychain test ü");
        const QString value = QStringLiteral("kc-secret-Zx81-ü");
        {
            SecretStore store;
            QSignalSpy stored(&store, &SecretStore::stored);
            store.store(profile, value);
            QVERIFY(stored.wait(20000));
            QVERIFY2(store.storage() == SecretStore::Storage::Keychain,
                     qPrintable(store.lastKeychainError()));
            QCOMPARE(store.storageDescription(),
                     SecretStore::describe(SecretStore::Storage::Keychain));
        }

        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QCOMPARE(lookupWithSecretTool(profile), std::optional<QString>(value));

        // A fresh instance has nothing in memory: the value must come from the keychain.
        SecretStore second;
        QVERIFY(second.secret(profile).isEmpty());
        QSignalSpy loaded(&second, &SecretStore::loaded);
        second.load(profile);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.at(0).at(0).toString(), profile);
        QCOMPARE(loaded.at(0).at(1).toString(), value);
        QCOMPARE(second.secret(profile), value);
        QCOMPARE(second.storage(), SecretStore::Storage::Keychain);

        QSignalSpy removed(&second, &SecretStore::removed);
        second.remove(profile);
        QVERIFY(removed.wait(20000));
        QCOMPARE(second.storage(), SecretStore::Storage::Keychain);

        SecretStore third;
        QSignalSpy loadedAgain(&third, &SecretStore::loaded);
        third.load(profile);
        QVERIFY(loadedAgain.wait(20000));
        QVERIFY(loadedAgain.at(0).at(1).toString().isEmpty());
        QCOMPARE(third.storage(), SecretStore::Storage::Keychain); // reachable, just empty
        if (!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QVERIFY(!lookupWithSecretTool(profile).has_value());
    }

    void profilesAreSeparate()
    {
        SecretStore store;
        QSignalSpy stored(&store, &SecretStore::stored);
        store.store(QStringLiteral("A"), QStringLiteral("secret-a"));
        store.store(QStringLiteral("B"), QStringLiteral("secret-b"));
        QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 20000);

        SecretStore reader;
        QSignalSpy loaded(&reader, &SecretStore::loaded);
        reader.load(QStringLiteral("B"));
        reader.load(QStringLiteral("A"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 20000);
        QCOMPARE(reader.secret(QStringLiteral("A")), QStringLiteral("secret-a"));
        QCOMPARE(reader.secret(QStringLiteral("B")), QStringLiteral("secret-b"));
    }

    void sessionSecretStaysOutOfKeychain()
    {
        SecretStore store;
        store.setSessionSecret(QStringLiteral("Built-in sandbox"), QStringLiteral("well-known"));
        if (QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty())
            QSKIP("secret-tool not installed");
        QVERIFY(!lookupWithSecretTool(QStringLiteral("Built-in sandbox")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
