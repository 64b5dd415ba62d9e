#include "RequestLogModel.h"
#include "WindowDriver.h"
#include "flow/FlowRun.h"
#include "sandbox/SandboxConfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QWebEngineView>

using namespace nv;
using namespace nvtest;

// The console window end to end: the built-in sandbox, the embedded browser, the request log.
class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;

    // Opens the window and waits until its sandbox answers, as a person waits for the status bar.
    void open(QStringList arguments = {})
    {
        m_window = openWindow(arguments);
        QTRY_VERIFY_WITH_TIMEOUT(sandboxStatus(m_window.get()).contains(QLatin1String("running")),
                                 20000);
    }

    QString verdict() const { return child<QLabel>(m_window.get(), "verdictLabel")->text(); }

    // Types the number and presses Run flow.
    void runWith(const QString &number)
    {
        auto *phone = child<QLineEdit>(m_window.get(), "phoneNumber");
        auto *run = child<QPushButton>(m_window.get(), "runButton");
        QVERIFY(phone && run);
        typeInto(phone, number);
        QCOMPARE(phone->text(), number);
        QVERIFY(run->isEnabled());
        click(run);
    }

public:
    static void initMain() { prepareApplication(); }

private slots:
    void cleanup() { m_window.reset(); }

    void subscribersNumberIsVerifiedAndLogged()
    {
        open();
        // Start-up does not load the browser engine: no view until a run needs one.
        QVERIFY(!m_window->findChild<QWebEngineView *>());
        QCOMPARE(verdict(), QStringLiteral("No run yet"));

        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        QVERIFY(m_window->findChild<QWebEngineView *>());
        for (const char *stage :
             {"stageState_authorize", "stageState_code", "stageState_token", "stageState_verify"})
            QCOMPARE(child<QLabel>(m_window.get(), stage)->text(), QStringLiteral("done"));
        QVERIFY(child<QLabel>(m_window.get(), "resultFootnote")
                    ->text()
                    .startsWith(QLatin1String("Assessed by the operator")));
        // The token panel shows the token masked, never whole.
        FlowRun *run = m_window->currentRun();
        QVERIFY(run);
        const QString shownToken = child<QLabel>(m_window.get(), "accessToken")->text();
        QVERIFY2(shownToken.contains(QStringLiteral("•••")), qPrintable(shownToken));
        QVERIFY(!shownToken.contains(run->token().accessToken));

        // The log, filtered to this run, holds the authorize hops, the token and the verify call.
        click(child<QPushButton>(m_window.get(), "logThisRun"));
        QCOMPARE(child<QLineEdit>(m_window.get(), "logFilter")->text(), run->correlationId());
        auto *table = child<QTableView>(m_window.get(), "logTable");
        QTRY_VERIFY_WITH_TIMEOUT(
            columnValues(table, RequestLogModel::StepColumn).contains(QLatin1String("verify")),
            10000);
        const QStringList ids = columnValues(table, RequestLogModel::Correlation);
        QVERIFY(ids.size() >= 4);
        for (const QString &id : ids)
            QCOMPARE(id, run->correlationId());
        const QStringList steps = columnValues(table, RequestLogModel::StepColumn);
        QVERIFY(steps.contains(QLatin1String("authorize")));
        QVERIFY(steps.contains(QLatin1String("token")));
        const qsizetype verifyRow = steps.indexOf(QLatin1String("verify"));
        QCOMPARE(columnValues(table, RequestLogModel::Status).at(verifyRow), QStringLiteral("200"));

        // The detail pane shows the verify call redacted; "Reveal secrets" shows the token, on
        // purpose, and selecting another row hides it again.
        const QRect cell =
            table->visualRect(table->model()->index(int(verifyRow), RequestLogModel::HostPath));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        auto *detail = child<QPlainTextEdit>(m_window.get(), "logDetail");
        auto *reveal = child<QCheckBox>(m_window.get(), "logReveal");
        const QString token = run->token().accessToken;
        QVERIFY(detail->toPlainText().contains(QLatin1String("Authorization: Bearer [redacted")));
        QVERIFY(!detail->toPlainText().contains(token));
        QVERIFY(reveal->isEnabled());
        QTest::mouseClick(reveal, Qt::LeftButton, {}, QPoint(8, reveal->height() / 2));
        QVERIFY(reveal->isChecked());
        QVERIFY(detail->toPlainText().contains(token));
        const QRect other = table->visualRect(
            table->model()->index(verifyRow == 0 ? 1 : 0, RequestLogModel::HostPath));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, other.center());
        QVERIFY(!reveal->isChecked());
        QVERIFY(!detail->toPlainText().contains(token));
    }

    void closingDuringARunCancelsIt()
    {
        open();
        runWith(SandboxConfig::defaults().msisdn);
        QVERIFY(m_window->currentRun());
        QVERIFY(m_window->currentRun()->isBusy());
        QVERIFY(child<QPushButton>(m_window.get(), "cancelButton")->isEnabled());
        QPointer<FlowRun> run = m_window->currentRun();
        m_window->close();
        QVERIFY(!run->isBusy()); // cancelled, nothing left running
        m_window.reset();
        QVERIFY(run.isNull());
    }

    void otherNumberIsNotVerified()
    {
        open();
        runWith(QStringLiteral("+34600000001"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Not verified"), 45000);
        QCOMPARE(child<QLabel>(m_window.get(), "stageState_verify")->text(),
                 QStringLiteral("done"));
        QVERIFY(child<QPushButton>(m_window.get(), "verifyButton")->isEnabled());

        // Verify again with the subscriber's number, on the same token: now verified.
        typeInto(child<QLineEdit>(m_window.get(), "phoneNumber"), SandboxConfig::defaults().msisdn);
        click(child<QPushButton>(m_window.get(), "verifyButton"));
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 20000);
    }

    void badNumberIsFlaggedBeforeSending()
    {
        open();
        auto *phone = child<QLineEdit>(m_window.get(), "phoneNumber");
        auto *check = child<QLabel>(m_window.get(), "phoneCheck");
        typeInto(phone, QStringLiteral("0034666666666"));
        // The warning is there as soon as the number is typed, before anything is sent.
        QVERIFY2(check->text().contains(QLatin1String("Not an E.164 number")),
                 qPrintable(check->text()));
        QVERIFY(check->isVisible());
        QVERIFY(child<QCheckBox>(m_window.get(), "sendInvalidNumber")->isVisible());

        click(child<QPushButton>(m_window.get(), "runButton"));
        auto *message = child<QLabel>(m_window.get(), "flowMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("not an E.164 number")),
                 qPrintable(message->text()));
        QVERIFY(!m_window->currentRun()); // nothing started, nothing sent
        QCOMPARE(verdict(), QStringLiteral("No run yet"));

        // Fixed, the warning goes and says what the number is.
        typeInto(phone, QStringLiteral("+34666666666"));
        QVERIFY2(check->text().startsWith(QStringLiteral("✓ E.164")), qPrintable(check->text()));
    }

    void incompleteProfileSaysWhyUnderTheRunButton()
    {
        open({QStringLiteral("--profile"), Profile::konera().name, QStringLiteral("--phone"),
              QStringLiteral("+34600000002")});
        QCOMPARE(child<QLineEdit>(m_window.get(), "phoneNumber")->text(),
                 QStringLiteral("+34600000002"));
        QCOMPARE(child<QComboBox>(m_window.get(), "profilePicker")->currentText(),
                 Profile::konera().name);
        // No keychain in the tests: the field says, in words, that the secret stays in memory.
        auto *status = child<QLabel>(m_window.get(), "secretStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("session")), 10000);

        click(child<QPushButton>(m_window.get(), "runButton"));
        auto *message = child<QLabel>(m_window.get(), "flowMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QLatin1String("no client ID")),
                 qPrintable(message->text()));
        QVERIFY(!m_window->currentRun());
    }

    void noSecretReachesAnyFile()
    {
        open();
        const QString correlation = QStringLiteral("redaction-check-0001");
        typeInto(child<QLineEdit>(m_window.get(), "correlationId"), correlation);
        runWith(SandboxConfig::defaults().msisdn);
        QTRY_COMPARE_WITH_TIMEOUT(verdict(), QStringLiteral("Verified"), 45000);
        FlowRun *run = m_window->currentRun();
        QVERIFY(run);
        QCOMPARE(run->correlationId(), correlation);

        QStringList secrets{SandboxConfig::defaultClientSecret(), run->token().accessToken,
                            run->token().refreshToken, run->token().idToken,
                            run->authorization().code};
        secrets.removeAll(QString());
        QVERIFY(secrets.size() >= 3); // secret, code and access token at least

        // Closing the window writes out whatever the log still had queued.
        m_window->close();
        m_window.reset();

        int files = 0;
        bool sawRun = false;
        QDirIterator it(testHome(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++files;
            sawRun |= content.contains(correlation.toUtf8());
            for (const QString &secret : secrets) {
                QVERIFY2(!content.contains(secret.toUtf8()),
                         qPrintable(QStringLiteral("a secret is in %1").arg(path)));
            }
        }
        QVERIFY(files > 0);
        // The run did reach the disk (redacted), so the search above looked at real rows.
        QVERIFY2(sawRun, "the run's correlation id is in no file: the log was not written");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
