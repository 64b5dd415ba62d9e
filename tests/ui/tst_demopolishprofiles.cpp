#include "KeychainLookup.h"
#include "WindowTestCase.h"
#include "http/NetworkSettings.h"
#include "profile/Profile.h"
#include "profile/ProfileStore.h"
#include "secrets/SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace nv;
using namespace nvtest;

// Read-only built-in profiles, copies that keep their secrets, and renaming (issue items 11
// and 12), through the window's own fields and buttons, against a real Secret Service
// (SECRET_SERVICE: gnome-keyring on a private D-Bus), read back with secret-tool. The cases
// follow one another: the profiles and the keyring of one are there for the next.
class TestDemoPolishProfiles : public QObject, protected WindowTestCase
{
    Q_OBJECT
private:
    const QString m_production = Profile::konera().name;
    const QString m_partner = m_production + QStringLiteral(" copy");
    const QString m_partnerCopy = m_partner + QStringLiteral(" copy");
    const QString m_secret = QStringLiteral("partner-secret-7Qx2");
    const QString m_proxyPassword = QStringLiteral("proxy-password-k41");

    QComboBox *picker() const { return child<QComboBox>(m_window.get(), "profilePicker"); }
    QLineEdit *field(const char *name) const { return child<QLineEdit>(m_window.get(), name); }

    // The colour a field is drawn on, just inside its top edge (above any text).
    static QColor fieldBackground(QLineEdit *edit)
    {
        const QImage image = edit->grab().toImage();
        return image.pixelColor(image.width() / 2, 2);
    }

    // The text fields of the profile editor a person sees (a combo box's own is its combo's).
    QList<QLineEdit *> profileFields() const
    {
        auto *panel = child<QWidget>(m_window.get(), "profilePanel");
        QList<QLineEdit *> fields;
        for (QLineEdit *edit : panel->findChildren<QLineEdit *>()) {
            if (edit->isVisibleTo(panel) && !qobject_cast<QComboBox *>(edit->parentWidget()))
                fields << edit;
        }
        return fields;
    }

    // Every field read-only, passed over by Tab, and not drawn on the base colour of a field
    // that takes typing.
    void verifyReadOnlyLook(const QString &when)
    {
        const QList<QLineEdit *> fields = profileFields();
        QVERIFY(fields.size() >= 12);
        for (QLineEdit *edit : fields) {
            const QString what = when + QStringLiteral(": ") + edit->objectName();
            QVERIFY2(edit->isReadOnly(), qPrintable(what + QStringLiteral(" takes typing")));
            QVERIFY2(!(edit->focusPolicy() & Qt::TabFocus),
                     qPrintable(what + QStringLiteral(" is a Tab stop")));
            // The application's: a style sheet's background becomes the field's own Base.
            const QColor base = QApplication::palette().color(QPalette::Base);
            QVERIFY2(
                fieldBackground(edit) != base,
                qPrintable(what +
                           QStringLiteral(" looks like a field to type in (%1)").arg(base.name())));
        }
    }

    void triggerAction(const char *name)
    {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
    }

    // A profile of the partner's: a copy of production with a client ID, a client secret and a
    // proxy password, the last two in the keychain.
    void makePartnerProfile()
    {
        QVERIFY(choose(picker(), m_production));
        click(child<QPushButton>(m_window.get(), "profileDuplicate"));
        QTRY_COMPARE(picker()->currentText(), m_partner);
        QTRY_VERIFY_WITH_TIMEOUT(field("clientSecret")->isEnabled(), 20000);
        enter("clientId", QStringLiteral("partner-client-42"));
        enter("clientSecret", m_secret);
        QTRY_VERIFY_WITH_TIMEOUT(lookUpInKeychain(m_partner).found(m_secret), 20000);
        QVERIFY(
            choose(child<QComboBox>(m_window.get(), "proxyMode"), QStringLiteral("This proxy:")));
        enter("proxyUrl", QStringLiteral("http://proxy.example:3128"));
        enter("proxyUser", QStringLiteral("alice"));
        enter("proxyPassword", m_proxyPassword);
        QTRY_VERIFY_WITH_TIMEOUT(lookUpInKeychain(NetworkSettings::proxyPasswordSecret(m_partner))
                                     .found(m_proxyPassword),
                                 20000);
    }

    QString nameProblem() const
    {
        auto *label = child<QLabel>(m_window.get(), "profileNameProblem");
        return label && label->isVisible() ? label->text() : QString();
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void initTestCase()
    {
        TestBudget::instance();
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
                 "secret-tool is missing: install libsecret-tools (it is in NV_PACKAGES)");
    }

    void cleanup() { m_window.reset(); }

    // Item 11: production is read-only in every field, the secret included; typing into the
    // secret stores nothing, and the keychain is never asked about a built-in profile.
    void builtInProfileIsReadOnlyAndNeverReachesTheKeychain()
    {
        open();
        auto *secrets = m_window->findChild<SecretStore *>();
        QVERIFY(secrets);
        QSignalSpy loads(secrets, &SecretStore::loaded);
        QSignalSpy stores(secrets, &SecretStore::stored);
        QVERIFY(choose(picker(), m_production));
        verifyReadOnlyLook(QStringLiteral("production"));

        // Typing into the secret (a click, keys, Enter, then elsewhere) changes nothing.
        QLineEdit *secret = field("clientSecret");
        QTest::mouseClick(secret, Qt::LeftButton);
        QTest::keyClicks(secret, QStringLiteral("typed-into-production"));
        QTest::keyClick(secret, Qt::Key_Return);
        field("clientId")->setFocus();
        const QString typed = secret->text(); // checked last, after the keychain

        // Still selectable and copyable.
        QLineEdit *authorize = field("authorizeUrl");
        QTest::mouseClick(authorize, Qt::LeftButton);
        QTest::keyClick(authorize, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(authorize, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), Profile::konera().authorizeUrl.toString());

        // The way out, in words and as a button right there.
        QVERIFY2(text("profileReadOnlyNote").contains(QLatin1String("make an editable copy")),
                 qPrintable(text("profileReadOnlyNote")));
        auto *makeCopy = child<QPushButton>(m_window.get(), "profileMakeCopy");
        QVERIFY2(makeCopy && makeCopy->isVisible(), "no \"Make an editable copy\" button");
        QCOMPARE(makeCopy->text(), QStringLiteral("Make an editable copy"));
        click(makeCopy);
        const QString copy = m_production + QStringLiteral(" copy");
        QTRY_COMPARE(picker()->currentText(), copy);
        QVERIFY(!makeCopy->isVisible());
        QLineEdit *clientId = field("clientId");
        QVERIFY(!clientId->isReadOnly());
        QCOMPARE(fieldBackground(clientId), QApplication::palette().color(QPalette::Base));

        // The copy's own keychain answer has come: QtKeychain runs its jobs one after another,
        // so anything asked for production before it has been answered too.
        QTRY_VERIFY_WITH_TIMEOUT(field("clientSecret")->isEnabled(), 20000);
        const KeychainLookup stored = lookUpInKeychain(m_production);
        QVERIFY2(stored.absent(), qPrintable(stored.value + stored.problem));
        for (const QList<QVariant> &load : std::as_const(loads))
            QVERIFY2(load.at(0).toString() != m_production, "the keychain was asked");
        for (const QList<QVariant> &store : std::as_const(stores))
            QVERIFY2(store.at(0).toString() != m_production, "the keychain was written");
        QVERIFY2(typed.isEmpty(), qPrintable(typed));

        // Leaves the next case its own copy to make (the window's store first, then the file).
        m_window.reset();
        QVERIFY(ProfileStore().remove(copy));
    }

    // Item 11: the read-only look holds in the light, dark and presentation themes.
    void readOnlyLooksReadOnlyInEveryTheme()
    {
        open();
        QVERIFY(choose(picker(), m_production));
        for (const char *theme : {"actionThemeLight", "actionThemeDark"}) {
            triggerAction(theme);
            verifyReadOnlyLook(QLatin1String(theme));
            m_window->setPresentation(true);
            verifyReadOnlyLook(QLatin1String(theme) + QStringLiteral(" presenting"));
            m_window->setPresentation(false);
        }
        triggerAction("actionThemeSystem");
    }

    // Item 11: Duplicate takes the secret and the proxy password along, to the keychain, both
    // when the original's were read already and when they were still being asked for.
    void duplicateCarriesTheSecrets()
    {
        open();
        makePartnerProfile();
        click(child<QPushButton>(m_window.get(), "profileDuplicate"));
        QTRY_COMPARE(picker()->currentText(), m_partnerCopy);
        QTRY_COMPARE_WITH_TIMEOUT(field("clientSecret")->text(), m_secret, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(lookUpInKeychain(m_partnerCopy).found(m_secret), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            lookUpInKeychain(NetworkSettings::proxyPasswordSecret(m_partnerCopy))
                .found(m_proxyPassword),
            20000);

        // A new window: the click on Duplicate comes before the keychain has answered for the
        // profile just chosen (no event is handled between the two).
        m_window.reset();
        open();
        QVERIFY(choose(picker(), m_partner));
        click(child<QPushButton>(m_window.get(), "profileDuplicate"));
        const QString third = m_partnerCopy + QStringLiteral(" (2)");
        QTRY_COMPARE(picker()->currentText(), third);
        QTRY_COMPARE_WITH_TIMEOUT(field("clientSecret")->text(), m_secret, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(lookUpInKeychain(third).found(m_secret), 20000);
        m_window.reset();
        QVERIFY(ProfileStore().remove(third));
    }

    // Item 12: a copy is renamed in its Name field; names already taken (in any case, with
    // spaces around) and empty ones are refused in words beside the field; the secrets move,
    // the old entries go, and the next start selects the profile by its new name.
    void renameChecksTheNameAndMovesTheSecrets()
    {
        open();
        QVERIFY(choose(picker(), m_partner));
        QTRY_COMPARE_WITH_TIMEOUT(field("clientSecret")->text(), m_secret, 20000);
        QLineEdit *name = field("profileName");
        QVERIFY2(name, "no Name field in the profile editor");
        QCOMPARE(name->text(), m_partner);
        QVERIFY(!name->isReadOnly());

        typeInto(name, QStringLiteral("   "));
        QVERIFY2(nameProblem().contains(QLatin1String("needs a name")), qPrintable(nameProblem()));
        typeInto(name, QStringLiteral(" konera pxg (PRODUCTION) "));
        QVERIFY2(nameProblem().contains(QLatin1String("built-in")), qPrintable(nameProblem()));
        typeInto(name, QStringLiteral("  ") + m_partnerCopy.toUpper());
        QVERIFY2(nameProblem().contains(QLatin1String("Another profile is already called")),
                 qPrintable(nameProblem()));
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(picker()->currentText(), m_partner); // nothing renamed
        QVERIFY(!nameProblem().isEmpty());

        const QString renamed = QStringLiteral("Partner lab");
        typeInto(name, renamed);
        QVERIFY(nameProblem().isEmpty());
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_COMPARE(picker()->currentText(), renamed);
        QCOMPARE(picker()->findText(m_partner), -1);
        QVERIFY(ProfileStore().find(renamed));
        QVERIFY(!ProfileStore().find(m_partner));
        QCOMPARE(ProfileStore().lastUsedProfile(), renamed);
        QTRY_VERIFY_WITH_TIMEOUT(lookUpInKeychain(renamed).found(m_secret), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(lookUpInKeychain(m_partner).absent(), 20000);
        const QString oldProxy = NetworkSettings::proxyPasswordSecret(m_partner);
        const QString newProxy = NetworkSettings::proxyPasswordSecret(renamed);
        QTRY_VERIFY_WITH_TIMEOUT(lookUpInKeychain(newProxy).found(m_proxyPassword), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(lookUpInKeychain(oldProxy).absent(), 20000);

        // The next start: the renamed profile, its secret read back under the new name.
        m_window.reset();
        m_window = openWindow();
        QTRY_COMPARE_WITH_TIMEOUT(picker()->currentText(), renamed, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(field("clientSecret")->text(), m_secret, 20000);

        // A built-in profile keeps its name.
        QVERIFY(choose(picker(), m_production));
        QVERIFY(field("profileName")->isReadOnly());
        QTest::mouseClick(field("profileName"), Qt::LeftButton);
        QTest::keyClicks(field("profileName"), QStringLiteral(" renamed"));
        QTest::keyClick(field("profileName"), Qt::Key_Return);
        QCOMPARE(field("profileName")->text(), m_production);
        QCOMPARE(picker()->itemText(1), m_production);

        // Deleting it takes every secret kept under its name out of the keychain.
        QVERIFY(choose(picker(), renamed));
        whenModal([](QWidget *dialog) {
            if (auto *box = qobject_cast<QMessageBox *>(dialog))
                QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        click(child<QPushButton>(m_window.get(), "profileDelete"));
        QTRY_VERIFY_WITH_TIMEOUT(picker()->findText(renamed) < 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(lookUpInKeychain(renamed).absent(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(lookUpInKeychain(newProxy).absent(), 20000);
    }

    // Not a check: holds the window in a state for a screenshot under a real X server
    // (NV_SHOT=readonly|rename, NV_SHOT_THEME=light|dark, NV_SHOT_HOLD_MS).
    void holdForScreenshot()
    {
        const QString shot = qEnvironmentVariable("NV_SHOT");
        if (shot.isEmpty())
            QSKIP("only for screenshots (NV_SHOT)");
        open();
        m_window->showMaximized();
        triggerAction(qEnvironmentVariable("NV_SHOT_THEME") == QLatin1String("dark")
                          ? "actionThemeDark"
                          : "actionThemeLight");
        QVERIFY(choose(picker(), m_production));
        if (shot == QLatin1String("rename")) {
            click(child<QPushButton>(m_window.get(), "profileMakeCopy"));
            click(child<QPushButton>(m_window.get(), "profileDuplicate"));
            typeInto(field("profileName"), m_production.toLower() + QStringLiteral(" copy "));
        }
        QTest::qWait(qEnvironmentVariableIntValue("NV_SHOT_HOLD_MS"));
    }
};

QTEST_MAIN(TestDemoPolishProfiles)
#include "tst_demopolishprofiles.moc"
