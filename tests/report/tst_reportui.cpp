#include "DemoLayout.h"
#include "DemoSessionMenu.h"
#include "ExchangeComparisonView.h"
#include "LogTableModel.h"
#include "LogView.h"
#include "RecordedRuns.h"
#include "ReportExportDialog.h"
#include "ResendDialog.h"
#include "WindowTakeaways.h"
#include "demo/DemoSessionFile.h"
#include "log/Redactor.h"
#include "log/RequestLogStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace nv;

// The window's pieces with real components: the resend dialog over a run of this session
// (recorded through RunSession against the built-in sandbox), opened from the real log view;
// the report export dialog; the demo session menu on a window with named splitters.
class TestReportUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log;
    std::unique_ptr<RunSession> m_session;
    nvtest::RecordedRun m_run;

    HttpExchange loggedVerify() const
    {
        RequestLogStore store;
        store.open(m_log, RequestLogStore::Access::ReadOnly);
        LogQuery q;
        q.correlationId = m_run.correlationId;
        q.step = Step::Verify;
        const QList<HttpExchange> rows = store.query(q);
        return rows.isEmpty() ? HttpExchange{} : rows.first();
    }

    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        const quint16 port = server.serverPort();
        server.close();
        return port;
    }

    static QWidget *topLevel(const char *name)
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String(name) && w->isVisible())
                return w;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FlowOutcome>();
        qRegisterMetaType<IdTokenCheck>();
        qRegisterMetaType<HttpExchange>();
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(QStringLiteral("log.sqlite"));
        m_session = std::make_unique<RunSession>(nvtest::loggingSession(m_log));
        const auto run = nvtest::recordRun(*m_session, QStringLiteral("+34666666666"),
                                           QStringLiteral("ui-run-2d7a"));
        QVERIFY(run);
        m_run = *run;
        QVERIFY(loggedVerify().id != 0);
    }

    void theResendDialogRevealsOnPurposeAndComparesTheAnswer()
    {
        ResendDialog dialog(m_session->log(), loggedVerify(), true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.canReveal());
        const QByteArray token = m_run.accessToken.toUtf8();
        // Masked until revealed on purpose.
        QVERIFY(dialog.headersEdit()->toPlainText().contains(QLatin1String("Bearer [redacted:")));
        QVERIFY(!dialog.headersEdit()->toPlainText().contains(m_run.accessToken));
        dialog.setRevealed(true);
        QVERIFY(dialog.headersEdit()->toPlainText().contains(QStringLiteral("Bearer ") +
                                                             m_run.accessToken));
        dialog.setRevealed(false);
        QVERIFY(!dialog.headersEdit()->toPlainText().contains(m_run.accessToken));

        // Another number, sent with the real token (the markers are revealed on sending).
        dialog.bodyEdit()->setPlainText(
            QStringLiteral("{\n    \"phoneNumber\": \"+34600000001\"\n}"));
        QSignalSpy answered(&dialog, &ResendDialog::answered);
        QVERIFY(dialog.send());
        QVERIFY(answered.wait(20000));
        const HttpExchange answer = answered.first().first().value<HttpExchange>();
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.step, QStringLiteral("manual"));
        QVERIFY(dialog.statusText().contains(QLatin1String("Recorded as exchange")));
        const QString compared = dialog.comparison()->text();
        QVERIFY2(compared.contains(QLatin1String("\"devicePhoneNumberVerified\": false")),
                 qPrintable(compared));
        QVERIFY(compared.contains(QLatin1String("\"devicePhoneNumberVerified\": true")));
        QVERIFY(dialog.comparison()->comparison().bodyChanged());
        QVERIFY(!compared.contains(m_run.accessToken));
        QApplication::processEvents(); // the layout follows the new texts before the picture
        QVERIFY(dialog.grab().save(
            QDir(QStringLiteral(NV_SCREENSHOT_DIR)).filePath(QStringLiteral("resend-dialog.png"))));
    }

    void anUnreachableHostIsExplainedInTheDialog()
    {
        ResendDialog dialog(m_session->log(), loggedVerify(), true);
        dialog.show();
        dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1/verify").arg(closedPort()));
        QSignalSpy answered(&dialog, &ResendDialog::answered);
        QVERIFY(dialog.send());
        QVERIFY(answered.wait(20000));
        QVERIFY2(dialog.statusText().contains(QLatin1String("Nothing accepts connections at "
                                                            "127.0.0.1:")),
                 qPrintable(dialog.statusText()));
        QVERIFY(dialog.comparison()->comparison().statusChanged());
    }

    void placeholdersOfAnotherSessionAreSaidAndSentOnlyOnPurpose()
    {
        // A log opened anew holds no raw copy: as after a restart, or on another machine.
        RequestLog other(m_log);
        ResendDialog dialog(&other, loggedVerify(), true);
        dialog.show();
        QVERIFY(!dialog.canReveal());
        auto *notice = dialog.findChild<QLabel *>(QStringLiteral("resendPlaceholders"));
        auto *send = dialog.findChild<QPushButton *>(QStringLiteral("resendSend"));
        QVERIFY(notice && send);
        QVERIFY(notice->isVisibleTo(&dialog));
        QVERIFY(notice->text().contains(QLatin1String("[redacted:")));
        QVERIFY(!send->isEnabled());
        QString problem;
        QVERIFY(!dialog.editedRequest(&problem));
        // Typing the real value in place of the placeholder is enough.
        QString headers = dialog.headersEdit()->toPlainText();
        headers.replace(QRegularExpression(QStringLiteral("\\[redacted:[0-9a-f]{8}\\]")),
                        m_run.accessToken);
        dialog.headersEdit()->setPlainText(headers);
        QVERIFY(!notice->isVisibleTo(&dialog));
        QVERIFY(send->isEnabled());
        QVERIFY(dialog.editedRequest(&problem));
        // Or the placeholder goes as it is, on purpose.
        dialog.headersEdit()->setPlainText(loggedVerify().requestHeaders.isEmpty()
                                               ? QString()
                                               : QStringLiteral("Authorization: Bearer ") +
                                                     Redactor::marker("x-token-value"));
        QVERIFY(!send->isEnabled());
        dialog.setSendPlaceholders(true);
        QVERIFY(send->isEnabled());
        QVERIFY(dialog.editedRequest(&problem));
    }

    void theLogViewOpensTheDialogsFromItsMenu()
    {
        LogView view(m_session->log());
        view.resize(1000, 500);
        view.show();
        view.setFilter(m_run.correlationId);
        QTRY_VERIFY(view.visibleRowCount() >= 3);
        int verifyRow = -1;
        for (int row = 0; row < view.visibleRowCount(); ++row) {
            if (view.model()->at(row).step == Step::Verify)
                verifyRow = row;
        }
        QVERIFY(verifyRow >= 0);
        view.editAndResend(verifyRow);
        QTRY_VERIFY(topLevel("resendDialog"));
        auto *resend = qobject_cast<ResendDialog *>(topLevel("resendDialog"));
        QVERIFY(resend->canReveal());
        QCOMPARE(resend->urlEdit()->text(), QString::fromUtf8(loggedVerify().url.toEncoded()));
        resend->close();
        view.exportReport(verifyRow);
        QTRY_VERIFY(topLevel("reportExportDialog"));
        topLevel("reportExportDialog")->close();
    }

    void theExportDialogWritesTheReportOffTheWindowsThread()
    {
        ReportExportContext context;
        context.facts = [this](const QString &) {
            ReportFacts facts;
            facts.idTokenCheck = m_run.idTokenCheck;
            return facts;
        };
        context.presenting = [] { return true; };
        ReportExportDialog dialog(m_log, {m_run.correlationId}, context);
        dialog.show();
        QCOMPARE(
            dialog.findChild<QComboBox *>(QStringLiteral("reportPalette"))->currentData().toInt(),
            int(ReportPalette::Kind::Presentation));
        const QString pdf = m_dir.filePath(QStringLiteral("from-window.pdf"));
        dialog.setOutputPath(pdf);
        QSignalSpy finished(&dialog, &ReportExportDialog::finished);
        dialog.start();
        QVERIFY(dialog.isWriting());
        QVERIFY(finished.wait(30000));
        QVERIFY2(dialog.statusText().startsWith(QLatin1String("Written to")),
                 qPrintable(dialog.statusText()));
        QVERIFY(QFile(pdf).size() > 1000);
        // HTML: the suffix follows the format.
        dialog.setFormat(ReportWriter::Format::Html);
        QCOMPARE(dialog.outputPath(), m_dir.filePath(QStringLiteral("from-window.html")));
    }

    void aDemoSessionIsAppliedWholeOrNotAtAll()
    {
        QMainWindow window;
        auto *split = new QSplitter(&window);
        split->setObjectName(QStringLiteral("mainSplitter"));
        split->addWidget(new QLabel(QStringLiteral("left")));
        split->addWidget(new QLabel(QStringLiteral("right")));
        window.setCentralWidget(split);
        window.resize(800, 400);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        split->setSizes({600, 200});
        const QList<int> saved = split->sizes();

        int applied = 0;
        DemoSessionMenu::Hooks hooks;
        hooks.capture = [&window] {
            DemoSession s;
            s.profile = Profile::builtInSandbox();
            s.scenario = QStringLiteral("consent");
            s.numbers = {{QStringLiteral("+34666666666"), true, {}}};
            s.layout.splitters = DemoLayout::splitterStates(&window);
            return s;
        };
        hooks.apply = [&window, &applied](const DemoSession &s, QString *) {
            ++applied;
            return DemoLayout::restoreSplitters(&window, s.layout.splitters) == 1;
        };
        hooks.knownScenarios = [] {
            return QStringList{QStringLiteral("match"), QStringLiteral("consent")};
        };
        DemoSessionMenu menu(&window, hooks);
        menu.setQuiet(true);
        const QString path = m_dir.filePath(QStringLiteral("window.nvsession"));
        QVERIFY2(menu.saveFile(path), qPrintable(menu.lastError()));
        split->setSizes({200, 600});
        QVERIFY(split->sizes() != saved);
        QVERIFY2(menu.openFile(path), qPrintable(menu.lastError()));
        QCOMPARE(applied, 1);
        QCOMPARE(split->sizes(), saved);

        QFile damaged(m_dir.filePath(QStringLiteral("damaged.nvsession")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QJsonDocument(hooks.capture().toJson()).toJson().left(80));
        damaged.close();
        QVERIFY(!menu.openFile(damaged.fileName()));
        QCOMPARE(applied, 1); // nothing applied
        QVERIFY(menu.lastError().contains(QLatin1String("is damaged")));
    }

    void theWindowWiringNotesWhatTheLogCannotHold()
    {
        // A session of its own, watched from its start as the window's would be.
        RunSession session(nvtest::loggingSession(m_dir.filePath(QStringLiteral("window.sqlite"))));
        QMainWindow window;
        auto *split = new QSplitter(&window);
        split->setObjectName(QStringLiteral("mainSplitter"));
        LogView *logView = new LogView(session.log(), split);
        split->addWidget(logView);
        split->addWidget(new QLabel(QStringLiteral("panel")));
        window.setCentralWidget(split);
        window.resize(900, 500);
        window.show();
        QString appliedNumber;
        WindowTakeaways::Window lent;
        lent.window = &window;
        lent.session = &session;
        lent.logView = logView;
        lent.presenting = [] { return false; };
        lent.captureRun = [] {
            DemoSession s;
            s.profile = Profile::builtInSandbox();
            s.numbers = {{QStringLiteral("+34666666666"), false, {}}};
            return s;
        };
        lent.applyRun = [&appliedNumber](const DemoSession &s, QString *) {
            appliedNumber = s.numbers.value(0).number;
            return true;
        };
        WindowTakeaways takeaways(lent);
        QMenu file;
        takeaways.addToFileMenu(&file);
        QVERIFY(file.findChild<QAction *>(QStringLiteral("actionExportReport")) ||
                takeaways.exportAction());
        QCOMPARE(takeaways.exportAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));

        const auto run = nvtest::recordRun(session, QStringLiteral("+34666666666"),
                                           QStringLiteral("window-run-6a0c"));
        QVERIFY(run);
        QVERIFY(takeaways.facts().facts(run->correlationId).idTokenCheck.has_value());
        takeaways.exportCurrentRun();
        QTRY_VERIFY(topLevel("reportExportDialog"));
        auto *dialog = qobject_cast<ReportExportDialog *>(topLevel("reportExportDialog"));
        const QString html = m_dir.filePath(QStringLiteral("window.html"));
        dialog->setFormat(ReportWriter::Format::Html);
        dialog->setOutputPath(html);
        QSignalSpy finished(dialog, &ReportExportDialog::finished);
        dialog->start();
        QVERIFY(finished.wait(30000));
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        QVERIFY(page.readAll().contains("Checked claims")); // the facts went in
        dialog->close();

        takeaways.sessions()->setQuiet(true);
        const QString path = m_dir.filePath(QStringLiteral("window-demo.nvsession"));
        QVERIFY(takeaways.sessions()->saveFile(path));
        QVERIFY2(takeaways.openSessionFile(path), qPrintable(takeaways.sessions()->lastError()));
        QCOMPARE(appliedNumber, QStringLiteral("+34666666666"));
    }

    void cleanupTestCase() { m_session.reset(); }
};

QTEST_MAIN(TestReportUi)
#include "tst_reportui.moc"
