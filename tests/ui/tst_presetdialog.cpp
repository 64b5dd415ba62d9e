#include "OperatorSandbox.h"
#include "PresetDialog.h"
#include "flow/FlowRun.h"
#include "flow/RedirectFollower.h"
#include "profile/ProfileStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nv;

// The preset chooser as a person uses it: pick, type an issuer, read, see what will be filled,
// accept; the Profile it gives then runs a whole flow against the built-in sandbox.
class TestPresetDialog : public QObject
{
    Q_OBJECT
private:
    OperatorSandbox *m_sandbox = nullptr;

    template <typename T> static T *child(QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
    static QString text(QWidget *dialog, const char *name)
    {
        return child<QLineEdit>(dialog, name)->text();
    }
    static QPushButton *okButton(QWidget *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static void typeIssuer(QWidget *dialog, const QString &issuer)
    {
        QLineEdit *field = child<QLineEdit>(dialog, "presetIssuer");
        field->selectAll();
        QTest::keyClicks(field, issuer);
    }
    static bool readDiscovery(PresetDialog &dialog, bool *accepted)
    {
        QSignalSpy finished(&dialog, &PresetDialog::discoveryFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "presetRead"), Qt::LeftButton);
        if (!finished.wait(20000))
            return false;
        *accepted = finished.first().first().toBool();
        return true;
    }
    static void saveShot(QWidget *dialog, const char *name)
    {
        const QString folder = QStringLiteral(NV_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(dialog->grab().save(QDir(folder).filePath(QLatin1String(name))));
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FlowOutcome>();
        m_sandbox = new OperatorSandbox(SandboxConfig::defaults(), this);
        QVERIFY(m_sandbox->listen());
    }

    void koneraPresetsNeedNoIssuer()
    {
        PresetDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QLineEdit>(&dialog, "presetIssuer")->isVisible());
        QVERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(text(&dialog, "presetVerifyUrl"), Profile::konera().verifyUrl.toString());
        QCOMPARE(text(&dialog, "presetCorrelationHeader"), QStringLiteral("x-correlation-id"));
        dialog.selectPreset(QStringLiteral("konera-pxg-v2"));
        QCOMPARE(text(&dialog, "presetVerifyUrl"),
                 QStringLiteral("https://api.pxg.konera.com/camara/number-verification/v2/verify"));
        QCOMPARE(text(&dialog, "presetName"), QStringLiteral("Konera PXG v2"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "presetClientId"), QStringLiteral("partner"));
        const Profile p = dialog.profile();
        QCOMPARE(p.apiVersion, ApiVersion::V2);
        QCOMPARE(p.clientId, QStringLiteral("partner"));
        QVERIFY(!p.builtIn);
    }

    void discoveryFillsTheProfileAndItVerifies()
    {
        PresetDialog dialog;
        QList<HttpExchange> exchanges;
        connect(&dialog, &PresetDialog::exchangeRecorded, this,
                [&](const HttpExchange &e) { exchanges << e; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *presets = child<QComboBox>(&dialog, "presetChoice");
        presets->setCurrentIndex(presets->findData(QStringLiteral("camara-discovery")));
        QVERIFY(child<QLineEdit>(&dialog, "presetIssuer")->isVisible());
        QVERIFY(!okButton(&dialog)->isEnabled()); // nothing read yet
        QVERIFY(text(&dialog, "presetAuthorizeUrl").isEmpty());

        const QString issuer = m_sandbox->baseUrl().toString();
        typeIssuer(&dialog, issuer);
        bool accepted = false;
        QVERIFY(readDiscovery(dialog, &accepted));
        QVERIFY2(accepted, qPrintable(child<QLabel>(&dialog, "presetStatus")->text()));
        QVERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(text(&dialog, "presetAuthorizeUrl"),
                 issuer + QStringLiteral("/camara/api/auth/v1/authorize"));
        QCOMPARE(text(&dialog, "presetTokenUrl"),
                 issuer + QStringLiteral("/camara/api/auth/v1/token"));
        QCOMPARE(text(&dialog, "presetJwksUrl"),
                 issuer + QStringLiteral("/camara/api/auth/v1/jwks"));
        QCOMPARE(text(&dialog, "presetVerifyUrl"),
                 issuer + QStringLiteral("/camara/number-verification/v1/verify"));
        QCOMPARE(text(&dialog, "presetCorrelationHeader"), QStringLiteral("x-correlator"));
        QVERIFY(child<QLabel>(&dialog, "presetOperatorOffers")
                    ->text()
                    .contains(QStringLiteral("private_key_jwt")));
        QCOMPARE(exchanges.size(), 2); // discovery and JWKS, for the request log

        // The v2 switch changes the verify path and nothing else.
        auto *version = child<QComboBox>(&dialog, "presetApiVersion");
        version->setCurrentIndex(version->findData(QStringLiteral("v2")));
        QCOMPARE(text(&dialog, "presetVerifyUrl"),
                 issuer + QStringLiteral("/camara/number-verification/v2/verify"));
        QVERIFY(okButton(&dialog)->isEnabled());
        saveShot(&dialog, "preset-dialog-discovered.png");

        // What the window's profile store saves, and a run with it.
        Profile profile = dialog.profile();
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
        profile.name = store.uniqueName(profile.name);
        QVERIFY(store.upsert(profile));
        profile = *ProfileStore(store.path()).find(profile.name);
        QCOMPARE(profile.apiVersion, ApiVersion::V2);
        QCOMPARE(profile.jwksUrl.toString(), issuer + QStringLiteral("/camara/api/auth/v1/jwks"));
        profile.clientId = SandboxConfig::defaultClientId();
        profile.redirectUri = SandboxConfig::defaultRedirectUri();
        FlowRun run(profile, SandboxConfig::defaultClientSecret(), new RedirectFollower);
        run.setPhoneNumber(SandboxConfig::defaults().msisdn);
        QSignalSpy finished(&run, &FlowRun::finished);
        run.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<FlowOutcome>().kindName(),
                 QStringLiteral("verified"));
        QCOMPARE(run.verifyResponse().correlatorEcho.kind, CorrelatorEcho::Kind::Echoed);
    }

    void refusedIssuerSaysWhyAndBlocksTheProfile()
    {
        PresetDialog dialog;
        dialog.selectPreset(QStringLiteral("camara-discovery"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Not an http(s) URL: refused without a request.
        typeIssuer(&dialog, QStringLiteral("ftp://operator.example"));
        bool accepted = true;
        QVERIFY(readDiscovery(dialog, &accepted));
        QVERIFY(!accepted);
        QVERIFY2(child<QLabel>(&dialog, "presetStatus")
                     ->text()
                     .contains(QStringLiteral("not an http or https URL")),
                 qPrintable(child<QLabel>(&dialog, "presetStatus")->text()));
        QVERIFY(!okButton(&dialog)->isEnabled());

        // An issuer the document does not name (a path the sandbox does not serve).
        typeIssuer(&dialog, m_sandbox->baseUrl().toString() + QStringLiteral("/other"));
        QVERIFY(readDiscovery(dialog, &accepted));
        QVERIFY(!accepted);
        QVERIFY(
            child<QLabel>(&dialog, "presetStatus")->text().contains(QStringLiteral("HTTP 404")));
        QVERIFY(!okButton(&dialog)->isEnabled());
        saveShot(&dialog, "preset-dialog-refused.png");

        // A good read goes stale as soon as the issuer is edited.
        typeIssuer(&dialog, m_sandbox->baseUrl().toString());
        QVERIFY(readDiscovery(dialog, &accepted));
        QVERIFY(accepted);
        QVERIFY(okButton(&dialog)->isEnabled());
        QTest::keyClick(child<QLineEdit>(&dialog, "presetIssuer"), Qt::Key_Backspace);
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(text(&dialog, "presetAuthorizeUrl").isEmpty());
    }
};

QTEST_MAIN(TestPresetDialog)
#include "tst_presetdialog.moc"
