#include "ExchangeDetailView.h"
#include "LogTableModel.h"
#include "LogView.h"
#include "UiStyle.h"
#include "log/LogReader.h"
#include "log/Redactor.h"
#include "log/RequestLog.h"
#include "log/RequestLogStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace nv;

namespace {

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An id_token as an operator signs it (the signature is random bytes: nothing verifies it here).
QByteArray idToken(const QString &nonce)
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), QStringLiteral("op-2026-11")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{
        {QStringLiteral("iss"), QStringLiteral("https://auth.operator.example")},
        {QStringLiteral("sub"), QStringLiteral("pseudo-7f3a9c21e4")},
        {QStringLiteral("aud"), QStringLiteral("nv-console")},
        {QStringLiteral("iat"), 1795636927},
        {QStringLiteral("exp"), 1795640527},
        {QStringLiteral("auth_time"), 1795636926},
        {QStringLiteral("nonce"), nonce},
        {QStringLiteral("acr"), QStringLiteral("2")},
        {QStringLiteral("amr"), QStringLiteral("network")}};
    return base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
           base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
           base64Url(QByteArray::fromHex(
               "5a1f0c9e77d2b3a48e61f0aa9c3b7e12d4c5f6a7b8c9d0e1f2a3b4c5d6e7f809"));
}

struct Run
{
    QString correlationId;
    QList<HttpExchange> exchanges;
    QStringList secrets;
};

// One flow run as the flow records it: two authorize hops, token, verify.
Run flowRun(int n, const QDateTime &start, bool verified = true)
{
    Run run;
    run.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray code = "SplxlOBeZQQYbYS6WxSbIA" + QByteArray::number(n);
    const QByteArray secret = "nv-client-secret-" + QByteArray::number(n) + "-9f2d";
    const QByteArray access = "at-" + QByteArray::number(n) + "-Hx71NbVc5ZaQ8eRt";
    const QString nonce = QStringLiteral("n-0S6_WzA2Mj%1").arg(n);
    run.secrets = {QString::fromLatin1(secret)};
    QDateTime clock = start;
    auto make = [&](const QString &step, const char *method, const QString &url, int ms) {
        HttpExchange e;
        e.runId = runId;
        e.correlationId = run.correlationId;
        e.step = step;
        e.profileName = QStringLiteral("Operator staging");
        e.startedAt = clock;
        e.finishedAt = clock.addMSecs(ms);
        clock = e.finishedAt.addMSecs(7);
        e.method = method;
        e.url = QUrl(url);
        return e;
    };
    HttpExchange a1 = make(Step::Authorize, "GET",
                           QStringLiteral("https://auth.operator.example/oauth2/"
                                          "authorize?response_type=code&client_id=nv-console&scope="
                                          "openid%20dpv%3AFraudPreventionAndDetection%20number-"
                                          "verification%3Averify&state=af0ifjsldkj&nonce=") +
                               nonce,
                           142);
    a1.requestHeaders = {{"Accept", "text/html"}, {"User-Agent", "NV Console/0.1"}};
    a1.status = 302;
    a1.responseHeaders = {{"Location", "https://auth.operator.example/network-login?session=q81"},
                          {"Set-Cookie", "op_session=c-77xa9; Path=/; HttpOnly"}};
    HttpExchange a2 =
        make(Step::Authorize, "GET",
             QStringLiteral("https://auth.operator.example/network-login?session=q81"), 96);
    a2.requestHeaders = {{"Cookie", "op_session=c-77xa9"}};
    a2.status = 303;
    a2.responseHeaders = {
        {"Location", "https://app.example/cb?code=" + code + "&state=af0ifjsldkj"}};
    HttpExchange t = make(Step::Token, "POST",
                          QStringLiteral("https://auth.operator.example/oauth2/token"), 118);
    t.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                        {"Accept", "application/json"},
                        {"x-correlator", run.correlationId.toLatin1()}};
    t.requestBody =
        "grant_type=authorization_code&code=" + code +
        "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&client_id=nv-console&client_secret=" +
        secret + "&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    t.status = 200;
    t.responseHeaders = {{"Content-Type", "application/json"},
                         {"x-correlator", run.correlationId.toLatin1()},
                         {"Cache-Control", "no-store"}};
    t.responseBody =
        "{\"access_token\":\"" + access +
        "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
        "\"scope\":\"openid dpv:FraudPreventionAndDetection number-verification:verify\","
        "\"id_token\":\"" +
        idToken(nonce) + "\"}";
    HttpExchange v = make(
        Step::Verify, "POST",
        QStringLiteral("https://api.operator.example/camara/number-verification/v1/verify"), 203);
    v.requestHeaders = {{"Content-Type", "application/json"},
                        {"Authorization", "Bearer " + access},
                        {"x-correlator", run.correlationId.toLatin1()}};
    v.requestBody = "{\"phoneNumber\":\"+34666666666\"}";
    v.status = verified ? 200 : 400;
    v.responseHeaders = {{"Content-Type", "application/json"},
                         {"x-correlator", run.correlationId.toLatin1()}};
    v.responseBody = verified ? QByteArray("{\"devicePhoneNumberVerified\":true}")
                              : QByteArray("{\"status\":400,\"code\":\"INVALID_ARGUMENT\","
                                           "\"message\":\"phoneNumber is not E.164\"}");
    run.exchanges = {a1, a2, t, v};
    return run;
}

int rowOfStep(const LogTableModel *model, const QString &step)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->at(row).step == step)
            return row;
    }
    return -1;
}

} // namespace

class TestRequestLogView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // On the filtered run: the detail is redacted, cURL carries markers, revealing on purpose
    // decodes the id_token, and the copies are what they say.
    void checkRevealAndCopies(LogView &view, const Run &run)
    {
        const int tokenRow = rowOfStep(view.model(), Step::Token);
        view.selectRow(tokenRow);
        ExchangeDetailView *detail = view.detail();
        QTRY_VERIFY(detail->hasExchange());
        QVERIFY(
            detail->text(ExchangeDetailView::ResponseTab).contains(QLatin1String("[redacted:")));
        QVERIFY(!detail->text(ExchangeDetailView::ResponseTab).contains(QLatin1String("eyJ")));
        QCOMPARE(detail->jwtCount(), 0);
        QVERIFY(detail->text(ExchangeDetailView::JwtTab).contains(QLatin1String("Reveal secrets")));

        // cURL of the redacted row carries markers, not secrets.
        view.copyAsCurl(tokenRow);
        QTRY_VERIFY(QApplication::clipboard()->text().startsWith(QLatin1String("curl -X 'POST'")));
        QVERIFY(
            QApplication::clipboard()->text().contains(QLatin1String("client_secret=[redacted:")));
        QVERIFY(!QApplication::clipboard()->text().contains(run.secrets.first()));

        // Revealed on purpose (this session's row): the id_token is decoded.
        view.setRevealSecrets(true);
        QTRY_COMPARE(detail->jwtCount(), 1);
        const QString jwt = detail->text(ExchangeDetailView::JwtTab);
        QVERIFY(jwt.contains(QLatin1String("\"sub\": \"pseudo-7f3a9c21e4\"")));
        QVERIFY(jwt.contains(QString::fromUtf8("── id_token ──")));
        QVERIFY(jwt.contains(QLatin1String("\"exp\": \"2026-11-25T21:02:07Z\"")));
        view.copyAsCurl(tokenRow);
        QVERIFY(QApplication::clipboard()->text().contains(run.secrets.first()));
        view.setRevealSecrets(false);
        QTRY_COMPARE(detail->jwtCount(), 0);

        view.copyCorrelationId(tokenRow);
        QCOMPARE(QApplication::clipboard()->text(), run.correlationId);
        view.copyResponseBody(rowOfStep(view.model(), Step::Verify));
        QTRY_VERIFY(QApplication::clipboard()->text().contains(QLatin1String("INVALID_ARGUMENT")));
        QVERIFY(detail->text(ExchangeDetailView::RawTab)
                    .startsWith(QLatin1String("POST /oauth2/token HTTP/1.1")));
    }

private slots:
    void modelIsConsistentWhileItPagesAndFilters()
    {
        const QString path = m_dir.filePath(QStringLiteral("model.sqlite"));
        QList<Run> runs;
        {
            RequestLogStore store;
            QVERIFY(store.open(path));
            QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-7200);
            for (int n = 0; n < 260; ++n) { // 1,040 rows: six pages
                runs << flowRun(n, start, n % 9 != 0);
                start = start.addSecs(20);
                for (const HttpExchange &e : std::as_const(runs.last().exchanges))
                    QVERIFY(store.insert(Redactor::redacted(e, runs.last().secrets)) > 0);
            }
        }
        LogReader reader(path);
        LogTableModel model(&reader);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy first(&model, &LogTableModel::firstPageLoaded);
        QVERIFY(first.wait(10000) || first.count() == 1);
        QCOMPARE(model.rowCount(), LogTableModel::PageSize);
        QTRY_COMPARE(model.totalCount(), 1040);
        while (model.canFetchMore({}) || model.isLoading()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTest::qWait(5);
        }
        QCOMPARE(model.rowCount(), 1040);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.at(row - 1).id > model.at(row).id); // newest first, no duplicates

        LogQuery byRun;
        byRun.correlationId = runs.at(17).correlationId;
        model.setQuery(byRun);
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.index(0, LogTableModel::StepColumn)).toString(),
                 QStringLiteral("verify"));
        QCOMPARE(model.data(model.index(3, LogTableModel::Correlation)).toString(),
                 byRun.correlationId);

        LogQuery failing;
        failing.statusClass = LogQuery::StatusClass::ClientError;
        model.setQuery(failing);
        QTRY_COMPARE(model.totalCount(), 29); // runs 0, 9, ..., 252
        QCOMPARE(model.data(model.index(0, LogTableModel::Status)).toString(),
                 QStringLiteral("400"));
        QVERIFY(model.data(model.index(0, LogTableModel::Status), Qt::ForegroundRole).isValid());

        LogQuery search;
        search.text = QStringLiteral("E.164");
        model.setQuery(search);
        QTRY_COMPARE(model.totalCount(), 29);

        // A live exchange goes on top only when it matches the filter.
        Run live = flowRun(999, QDateTime::currentDateTimeUtc(), false);
        HttpExchange verify = Redactor::redacted(live.exchanges.at(3));
        verify.id = std::numeric_limits<qint64>::max() - 1;
        HttpExchange token = Redactor::redacted(live.exchanges.at(2));
        token.id = verify.id - 1;
        const int before = model.rowCount();
        model.addRecorded(token);
        model.flushRecorded();
        QCOMPARE(model.rowCount(), before);
        model.addRecorded(verify);
        QCOMPARE(model.rowCount(), before); // gathered for a moment
        model.flushRecorded();
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.at(0).id, verify.id);
        QVERIFY(model.isComplete(0));
        model.addRecorded(verify); // twice: still once
        model.flushRecorded();
        QCOMPARE(model.rowCount(), before + 1);
        // A new filter offers the exchanges recorded a moment ago again (they may not be
        // written yet; these two never are): on top of the first page.
        model.setQuery(LogQuery{});
        QTRY_COMPARE(model.rowCount(), LogTableModel::PageSize + 2);
        QCOMPARE(model.at(0).id, verify.id);
        QCOMPARE(model.at(1).id, token.id);
    }

    void viewFiltersRevealsAndCopies()
    {
        RequestLog log(m_dir.filePath(QStringLiteral("view.sqlite")));
        LogView view(&log);
        view.resize(1400, 820);
        view.show();
        QList<Run> runs;
        QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-300);
        for (int n = 0; n < 3; ++n) {
            runs << flowRun(n, start, n != 1);
            start = start.addSecs(40);
            for (const HttpExchange &e : std::as_const(runs.last().exchanges))
                log.record(e, runs.last().secrets);
        }
        QVERIFY(log.waitForIdle(5000));
        QTRY_COMPARE(view.visibleRowCount(), 12);

        view.setCurrentCorrelationId(runs.at(1).correlationId);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("logThisRun")),
                          Qt::LeftButton);
        QTRY_COMPARE(view.visibleRowCount(), 4);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(view.model()->at(row).correlationId, runs.at(1).correlationId);
        QTRY_COMPARE(view.findChild<QLabel *>(QStringLiteral("logCount"))->text(),
                     QStringLiteral("4 matching"));

        checkRevealAndCopies(view, runs.at(1));
        if (QTest::currentTestFailed())
            return;

        // A double click on a correlation id toggles the filter to that run.
        view.setFilter(QString());
        QTRY_COMPARE(view.visibleRowCount(), 12);
        const int runZeroRow = view.model()->rowOf(view.model()->at(11).id);
        const QRect cell =
            view.table()->visualRect(view.model()->index(runZeroRow, LogTableModel::Correlation));
        // As a mouse does it: the first click of a double click arrives as a click.
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(view.visibleRowCount(), 4);
        QCOMPARE(view.model()->at(0).correlationId, runs.at(0).correlationId);

        // Step, status and text filters from the bar.
        view.setFilter(QString());
        QTRY_COMPARE(view.visibleRowCount(), 12);
        view.setStepFilter(Step::Verify);
        QTRY_COMPARE(view.visibleRowCount(), 3);
        view.setStatusFilter(LogQuery::StatusClass::ClientError);
        QTRY_COMPARE(view.visibleRowCount(), 1);
        view.setStepFilter(QString());
        view.setStatusFilter(LogQuery::StatusClass::Any);
        view.setSearchText(QStringLiteral("network-login"));
        QTRY_COMPARE(view.visibleRowCount(), 3);
        view.setSearchText(QString());
        view.applyFiltersNow();
        QTRY_COMPARE(view.visibleRowCount(), 12);

        // A new run appears on top while the view is open.
        Run later = flowRun(3, QDateTime::currentDateTimeUtc());
        for (const HttpExchange &e : std::as_const(later.exchanges))
            log.record(e, later.secrets);
        QTRY_COMPARE(view.visibleRowCount(), 16);
        QCOMPARE(view.model()->at(0).correlationId, later.correlationId);
    }

    // recorded() comes before the row is written. A filter set in between (the run's "Log this
    // run", clicked as the verdict arrives) reads a first page that cannot hold the rows yet;
    // they must be shown all the same, and stay shown once written.
    void aFilterSetBeforeTheRowsAreWrittenShowsThem()
    {
        const QString path = m_dir.filePath(QStringLiteral("pending.sqlite"));
        RequestLog log(path);
        LogView view(&log);
        QSignalSpy pages(view.model(), &LogTableModel::firstPageLoaded);
        QTRY_VERIFY(pages.count() > 0);
        QVERIFY(log.waitForIdle(5000));

        // Another connection holds the write lock: the log's writer waits (busy timeout).
        QSqlDatabase holder =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(lock.lastError().text()));

        const Run run = flowRun(0, QDateTime::currentDateTimeUtc());
        for (const HttpExchange &e : run.exchanges)
            log.record(e, run.secrets);
        QTRY_COMPARE(view.visibleRowCount(), 4);
        pages.clear();
        view.setFilter(run.correlationId);
        QTRY_COMPARE(pages.count(), 1);
        QCOMPARE(view.visibleRowCount(), 4);

        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        holder.close();
        QVERIFY(log.waitForIdle(10000));
        view.setFilter(QString());
        QTRY_COMPARE(view.visibleRowCount(), 4);
        view.setFilter(run.correlationId);
        QTRY_COMPARE(view.visibleRowCount(), 4);
        QTRY_COMPARE(view.model()->totalCount(), 4);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(view.model()->at(row).correlationId, run.correlationId);
    }

    // An export made as a run ends holds the run, although its exchanges still wait to share a
    // write (a long flush delay makes the wait certain).
    void exportRightAfterARunHoldsItsExchanges()
    {
        RequestLog log(m_dir.filePath(QStringLiteral("export-now.sqlite")));
        log.setFlushDelayMs(60 * 60 * 1000);
        QVERIFY(log.waitForIdle(5000));
        LogView view(&log);
        const Run run = flowRun(7, QDateTime::currentDateTimeUtc());
        for (const HttpExchange &e : run.exchanges)
            log.record(e, run.secrets);
        QSignalSpy exported(&view, &LogView::exportFinished);
        const QString jsonl = m_dir.filePath(QStringLiteral("now.jsonl"));
        view.exportTo(jsonl, LogReader::Format::JsonLines, LogView::Scope::Everything);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(0).toLongLong(), qint64(run.exchanges.size()));
    }

    void exportsAndImports()
    {
        RequestLog log(m_dir.filePath(QStringLiteral("export.sqlite")));
        LogView view(&log);
        const Run run = flowRun(5, QDateTime::currentDateTimeUtc().addSecs(-60));
        for (const HttpExchange &e : run.exchanges)
            log.record(e, run.secrets);
        const Run other = flowRun(6, QDateTime::currentDateTimeUtc().addSecs(-30));
        for (const HttpExchange &e : other.exchanges)
            log.record(e, other.secrets);
        QVERIFY(log.waitForIdle(5000));
        view.setFilter(run.correlationId);
        QTRY_COMPARE(view.visibleRowCount(), 4);

        QSignalSpy exported(&view, &LogView::exportFinished);
        const QString har = m_dir.filePath(QStringLiteral("run.har"));
        view.exportTo(har, LogReader::Format::Har, LogView::Scope::Filtered);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(0).toLongLong(), 4);
        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\"_correlationId\":\"" + run.correlationId.toLatin1() + '"'));
        QVERIFY(!bytes.contains(run.secrets.first().toLatin1()));
        QVERIFY(!bytes.contains("eyJ"));

        view.selectRow(0);
        view.table()->selectRow(1);
        view.table()->selectionModel()->select(
            view.model()->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString jsonl = m_dir.filePath(QStringLiteral("two.jsonl"));
        view.exportTo(jsonl, LogReader::Format::JsonLines, LogView::Scope::Selection);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.last().at(0).toLongLong(), 2);

        // A partner's file opens in place of our log, then we go back.
        QSignalSpy imported(&view, &LogView::importFinished);
        view.openImport(har);
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.first().at(0).toLongLong(), 4);
        QVERIFY(view.isShowingImport());
        view.setFilter(QString());
        QTRY_COMPARE(view.visibleRowCount(), 4);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("logImportBanner"))
                    ->text()
                    .contains(QLatin1String("run.har")));
        view.closeImport();
        QTRY_COMPARE(view.visibleRowCount(), 8);
    }

    // A thousand results arriving while the window is open are inserted a batch at a time:
    // in one go when they come together, at most once per RecordedBatchMs while they stream.
    void recordedRowsArriveInBatches()
    {
        RequestLog log(m_dir.filePath(QStringLiteral("stream.sqlite")));
        LogView view(&log);
        QSignalSpy first(view.model(), &LogTableModel::firstPageLoaded);
        QTRY_VERIFY(first.count() > 0 || !view.model()->isLoading());
        QList<int> insertedAtTop;
        connect(view.model(), &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int from, int to) {
                    if (from == 0)
                        insertedAtTop << to - from + 1;
                });
        auto run = [](int n) {
            return flowRun(n, QDateTime::currentDateTimeUtc().addSecs(-600 + n), n % 7 != 0);
        };

        // Together (as signals queued from another thread arrive): one insert.
        for (int n = 0; n < 250; ++n) {
            const Run r = run(n);
            for (const HttpExchange &e : r.exchanges)
                log.record(e, r.secrets);
        }
        QTRY_COMPARE(view.visibleRowCount(), 1000);
        QCOMPARE(insertedAtTop, QList<int>{1000});

        // Streaming, with the event loop running between them: a bounded number of inserts.
        insertedAtTop.clear();
        QElapsedTimer elapsed;
        elapsed.start();
        for (int n = 250; n < 500; ++n) {
            const Run r = run(n);
            for (const HttpExchange &e : r.exchanges)
                log.record(e, r.secrets);
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(view.visibleRowCount(), 2000);
        const qint64 ms = elapsed.elapsed();
        int total = 0;
        for (const int rows : std::as_const(insertedAtTop))
            total += rows;
        QCOMPARE(total, 1000);
        QVERIFY2(
            insertedAtTop.size() <= 1 + ms / LogTableModel::RecordedBatchMs,
            qPrintable(QStringLiteral("%1 inserts in %2 ms").arg(insertedAtTop.size()).arg(ms)));
        for (int row = 1; row < view.visibleRowCount(); ++row)
            QVERIFY(view.model()->at(row - 1).id > view.model()->at(row).id);
        QVERIFY(log.waitForIdle(30000));
    }

    // The imported file answers through the same handler as this machine's log: an exchange
    // that is gone says so, and a file that is not a log is refused with a sentence.
    // The rows recorded in this session are offered again to every new filter of this
    // machine's log (they may not be written yet); an imported file is another log, and shows
    // its own rows only.
    void anImportedLogIsNotMixedWithThisSessionsRows()
    {
        const QString partner = m_dir.filePath(QStringLiteral("numbered.sqlite"));
        const Run theirs = flowRun(8, QDateTime::currentDateTimeUtc().addSecs(-60));
        {
            RequestLog other(partner);
            for (const HttpExchange &e : theirs.exchanges)
                other.record(e, theirs.secrets);
            QVERIFY(other.waitForIdle(5000));
        }
        const QString har = m_dir.filePath(QStringLiteral("numbered.har"));
        {
            LogReader reader(partner);
            QSignalSpy exported(&reader, &LogReader::exported);
            reader.exportTo(har, LogReader::Format::Har, LogQuery{});
            QVERIFY(exported.wait(10000));
        }
        RequestLog log(m_dir.filePath(QStringLiteral("numbered-own.sqlite")));
        LogView view(&log);
        const Run ours = flowRun(9, QDateTime::currentDateTimeUtc());
        for (const HttpExchange &e : ours.exchanges)
            log.record(e, ours.secrets);
        QTRY_COMPARE(view.visibleRowCount(), 4);
        QVERIFY(log.waitForIdle(5000));

        QSignalSpy imported(&view, &LogView::importFinished);
        view.openImport(har);
        QVERIFY(imported.wait(10000));
        QTRY_COMPARE(view.visibleRowCount(), 4);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(view.model()->at(row).correlationId, theirs.correlationId);
    }

    void importedLogAnswersLikeOurOwn()
    {
        // A partner's file: written elsewhere, so none of its rows is in this session.
        const QString partner = m_dir.filePath(QStringLiteral("partner.sqlite"));
        {
            RequestLog other(partner);
            const Run run = flowRun(7, QDateTime::currentDateTimeUtc().addSecs(-60));
            for (const HttpExchange &e : run.exchanges)
                other.record(e, run.secrets);
            QVERIFY(other.waitForIdle(5000));
        }
        const QString har = m_dir.filePath(QStringLiteral("partner.har"));
        {
            LogReader reader(partner);
            QSignalSpy exported(&reader, &LogReader::exported);
            reader.exportTo(har, LogReader::Format::Har, LogQuery{});
            QVERIFY(exported.wait(10000));
        }

        RequestLog log(m_dir.filePath(QStringLiteral("import-view.sqlite")));
        LogView view(&log);
        QSignalSpy imported(&view, &LogView::importFinished);
        view.openImport(QStringLiteral("/dev/zero"));
        QVERIFY(imported.wait(10000));
        QCOMPARE(imported.last().at(0).toLongLong(), -1);
        QVERIFY2(imported.last().at(1).toString().contains(QLatin1String("not a regular file")),
                 qPrintable(imported.last().at(1).toString()));
        QVERIFY(!view.isShowingImport());

        view.openImport(har);
        QVERIFY(imported.wait(10000));
        QTRY_COMPARE(view.visibleRowCount(), 4);
        {
            // The exchanges leave the imported file behind the list's back.
            RequestLogStore store;
            QVERIFY(store.open(view.model()->reader()->databasePath()));
            store.clear();
        }
        view.selectRow(0);
        QTRY_VERIFY2(view.detail()
                         ->text(ExchangeDetailView::RequestTab)
                         .contains(QLatin1String("no longer in the log")),
                     qPrintable(view.detail()->text(ExchangeDetailView::RequestTab)));
    }

    // Every colour comes from UiStyle, and follows presentation mode.
    void coloursComeFromUiStyle()
    {
        RequestLog log(m_dir.filePath(QStringLiteral("colours.sqlite")));
        LogView view(&log);
        const Run run = flowRun(3, QDateTime::currentDateTimeUtc(), false);
        for (const HttpExchange &e : run.exchanges)
            log.record(e, run.secrets);
        QTRY_COMPARE(view.visibleRowCount(), 4);
        auto colourOf = [&](int status) {
            for (int row = 0; row < view.visibleRowCount(); ++row) {
                if (view.model()->at(row).status == status)
                    return view.model()
                        ->data(view.model()->index(row, LogTableModel::Status), Qt::ForegroundRole)
                        .value<QBrush>()
                        .color();
            }
            return QColor();
        };
        QCOMPARE(colourOf(400), UiStyle::statusColour(400, false, false));
        QCOMPARE(colourOf(302), UiStyle::colour(UiStyle::Colour::Status3xx, false));
        UiStyle::setHighContrast(true);
        QTRY_COMPARE(colourOf(400), UiStyle::statusColour(400, false, false));
        QVERIFY(colourOf(400) != QColor(0x9a, 0x54, 0x00));
        UiStyle::setHighContrast(false);
        QTRY_COMPARE(colourOf(400), QColor(0x9a, 0x54, 0x00));
    }

    void screenshotOfAFilteredRunWithADecodedIdToken()
    {
        RequestLog log(m_dir.filePath(QStringLiteral("screenshot.sqlite")));
        LogView view(&log);
        view.setWindowTitle(QStringLiteral("Request log"));
        view.resize(1440, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QList<Run> runs;
        QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-900);
        for (int n = 0; n < 6; ++n) {
            runs << flowRun(n, start, n != 2);
            start = start.addSecs(95);
            for (const HttpExchange &e : std::as_const(runs.last().exchanges))
                log.record(e, runs.last().secrets);
        }
        QVERIFY(log.waitForIdle(5000));
        QTRY_COMPARE(view.visibleRowCount(), 24);
        view.setFilter(runs.at(4).correlationId);
        QTRY_COMPARE(view.visibleRowCount(), 4);
        view.selectRow(rowOfStep(view.model(), Step::Token));
        view.setRevealSecrets(true);
        QTRY_COMPARE(view.detail()->jwtCount(), 1);
        view.detail()->showTab(ExchangeDetailView::JwtTab);
        QTest::qWait(300);
        const QPixmap picture = view.grab();
        QVERIFY(!picture.isNull());
        const QString target =
            QDir(QStringLiteral(NV_SCREENSHOT_DIR)).filePath(QStringLiteral("request-log.png"));
        QVERIFY2(picture.save(target), qPrintable(target));

        // The same under a dark palette (the console's dark theme): the highlighting follows.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x1e, 0x1f, 0x22));
        dark.setColor(QPalette::Base, QColor(0x16, 0x17, 0x19));
        dark.setColor(QPalette::AlternateBase, QColor(0x22, 0x23, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc0));
        view.setPalette(dark);
        QTest::qWait(300);
        const QString darkTarget = QDir(QStringLiteral(NV_SCREENSHOT_DIR))
                                       .filePath(QStringLiteral("request-log-dark.png"));
        QVERIFY(view.grab().save(darkTarget));
    }
};

QTEST_MAIN(TestRequestLogView)
#include "tst_requestlogview.moc"
