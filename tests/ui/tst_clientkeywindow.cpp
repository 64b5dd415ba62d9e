#include "WindowDriver.h"
#include "jose/ClientKey.h"
#include "jose/JoseKey.h"
#include "profile/ProfileStore.h"
#include "sandbox/OperatorSandbox.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace nv;
using namespace nvtest;

// private_key_jwt in the real window: a partner profile whose client is registered with an
// ES256 key at an operator (an OperatorSandbox of the test's own), the private key imported
// through the profile editor's Import… button, a run verified, and the client assertion the
// console signed shown decoded in the token inspector.
class TestClientKeyWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<OperatorSandbox> m_operator;
    std::unique_ptr<MainWindow> m_window;
    QString m_keyFile;
    QString m_kid;

    QString text(const char *name) const { return labelText(m_window.get(), name); }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void initTestCase()
    {
        QString error;
        const JoseKey key = JoseKey::generate(JwsAlgorithm::ES256, &error);
        QVERIFY2(!key.isNull(), qPrintable(error));
        m_kid = key.thumbprint();
        m_keyFile = m_dir.filePath(QStringLiteral("partner-key.pem"));
        QFile file(m_keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(key.privatePem());
        file.close();

        SandboxConfig config = SandboxConfig::defaults();
        SandboxClient client;
        client.id = QStringLiteral("partner-jwt");
        client.redirectUris = {SandboxConfig::defaultRedirectUri()};
        client.publicKeyPem = key.publicPem();
        config.clients.append(client);
        m_operator = std::make_unique<OperatorSandbox>(config);
        QVERIFY(m_operator->listen());

        // Stored before the window reads its profiles; no key is named yet.
        Profile partner = Profile::builtInSandbox().resolvedAgainst(m_operator->baseUrl());
        partner.name = QStringLiteral("Partner with a key");
        partner.builtIn = false;
        partner.sandbox = false;
        partner.clientId = client.id;
        partner.tokenAuthMethod = TokenAuthMethod::PrivateKeyJwt;
        partner.authorizeWith = DriverKind::PlainHttp;
        QVERIFY(ProfileStore().upsert(partner));
    }
    void cleanupTestCase()
    {
        m_window.reset();
        m_operator.reset();
    }

    void theImportedKeySignsTheAssertion()
    {
        m_window = openWindow({QStringLiteral("--profile"), QStringLiteral("Partner with a key")});
        auto *editor = child<QWidget>(m_window.get(), "clientKeyEditor");
        QVERIFY(editor && editor->isVisible());
        QVERIFY(!child<QWidget>(m_window.get(), "clientSecret")->isVisible());
        QVERIFY(text("clientKeyStatus").contains(QLatin1String("No key yet")));

        whenModal([this](QWidget *dialog) { answerFileDialog(dialog, m_keyFile); });
        click(child<QPushButton>(m_window.get(), "clientKeyImport"));
        QTRY_VERIFY_WITH_TIMEOUT(text("clientKeyStatus").contains(m_kid), 10000);
        QVERIFY(text("clientKeyStatus").contains(QLatin1String("ES256")));
        // The profile names the key by its kid; the key itself is not in the profile file.
        QTRY_COMPARE_WITH_TIMEOUT(
            ProfileStore().find(QStringLiteral("Partner with a key"))->clientKeyId, m_kid, 5000);

        typeInto(child<QLineEdit>(m_window.get(), "phoneNumber"), QStringLiteral("+34666666666"));
        click(child<QPushButton>(m_window.get(), "runButton"));
        QTRY_COMPARE_WITH_TIMEOUT(text("verdictLabel"), QStringLiteral("Verified"), 30000);
        auto *claims = child<QTreeWidget>(m_window.get(), "idTokenClaims");
        QTRY_VERIFY_WITH_TIMEOUT(
            !claims->findItems(QStringLiteral("client assertion (sent), claims"), Qt::MatchExactly)
                 .isEmpty(),
            10000);
        QVERIFY(!claims->findItems(QStringLiteral("jti"), Qt::MatchExactly | Qt::MatchRecursive)
                     .isEmpty());
    }
};

QTEST_MAIN(TestClientKeyWindow)
#include "tst_clientkeywindow.moc"
