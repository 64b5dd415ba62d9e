// nv-log-bench: fills a request log with N realistic exchanges and measures what a person
// feels: recording, opening the log view, filtering by a correlation id, searching, exporting.
//
//   nv-log-bench [--counts 10000,100000,1000000] [--dir DIR] [--keep]
//
// Each N runs in a child process of its own, so "peak memory" is that run's alone.
#include "log/LogQuery.h"
#include "log/LogReader.h"
#include "log/Redactor.h"
#include "log/RequestLogStore.h"
#ifdef NV_BENCH_VIEW_MODEL
#include "LogTableModel.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUuid>
#include <sys/resource.h>

using namespace nv;

namespace {

QTextStream out(stdout);

// One flow run: two authorize hops, token, verify; every 10th run also asks for the device
// phone number and every 20th verify is a CAMARA error. Values are redacted as the log stores
// them, with distinct codes and tokens so the markers differ.
QList<HttpExchange> flowRun(qint64 &clock, qint64 runNumber)
{
    auto *rng = QRandomGenerator::global();
    const QString correlation = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray code = QByteArray::number(rng->generate64(), 36);
    const QByteArray state = QByteArray::number(rng->generate64(), 36);
    const QByteArray token = "eyJhbGciOiJSUzI1NiJ9." + QByteArray::number(rng->generate64(), 36);
    const QByteArray phone = "+3466" + QByteArray::number(1000000 + runNumber % 9000000);
    QList<HttpExchange> run;
    auto base = [&](const QString &step, const char *method, const QString &url, int ms) {
        HttpExchange e;
        e.runId = runId;
        e.correlationId = correlation;
        e.step = step;
        e.profileName = QStringLiteral("Operator staging");
        e.startedAt = QDateTime::fromMSecsSinceEpoch(clock, Qt::UTC);
        clock += ms + 5;
        e.finishedAt = e.startedAt.addMSecs(ms);
        e.method = method;
        e.url = QUrl(url);
        return e;
    };
    HttpExchange a1 = base(Step::Authorize, "GET",
                           QStringLiteral("https://auth.operator.example/oauth2/authorize?"
                                          "response_type=code&client_id=nv-console&redirect_uri="
                                          "https%3A%2F%2Fapp.example%2Fcb&scope=openid%20dpv%"
                                          "3AFraudPreventionAndDetection%20number-verification%"
                                          "3Averify&state=") +
                               QString::fromLatin1(state) + QStringLiteral("&nonce=n-") +
                               QString::number(runNumber),
                           80 + rng->bounded(200));
    a1.requestHeaders = {{"Accept", "text/html,*/*;q=0.8"}, {"User-Agent", "NV Console/0.1"}};
    a1.status = 302;
    a1.responseHeaders = {
        {"Location", "https://auth.operator.example/network-login?session=s" + state},
        {"Set-Cookie", "sid=" + state + "; Path=/; HttpOnly"},
        {"Content-Type", "text/plain"}};
    a1.responseBody = "Redirecting";
    a1.note = QStringLiteral("redirect chain, followed without a browser");
    HttpExchange a2 = base(Step::Authorize, "GET",
                           QStringLiteral("https://auth.operator.example/network-login?session=s") +
                               QString::fromLatin1(state),
                           40 + rng->bounded(100));
    a2.requestHeaders = {{"Cookie", "sid=" + state}};
    a2.status = 303;
    a2.responseHeaders = {{"Location", "https://app.example/cb?code=" + code + "&state=" + state}};
    HttpExchange t =
        base(Step::Token, "POST", QStringLiteral("https://auth.operator.example/oauth2/token"),
             60 + rng->bounded(150));
    t.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                        {"Accept", "application/json"},
                        {"x-correlator", correlation.toLatin1()}};
    t.requestBody = "grant_type=authorization_code&code=" + code +
                    "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&client_id=nv-console&"
                    "client_secret=s3cr3t-" +
                    state + "&code_verifier=v-" + code + state;
    t.status = 200;
    t.responseHeaders = {{"Content-Type", "application/json"},
                         {"x-correlator", correlation.toLatin1()},
                         {"Cache-Control", "no-store"}};
    t.responseBody = "{\"access_token\":\"" + token +
                     "\",\"token_type\":\"Bearer\",\"expires_in\""
                     ":3600,\"id_token\":\"" +
                     token +
                     ".id\",\"scope\":\"openid dpv:Fraud"
                     "PreventionAndDetection number-verification:verify\"}";
    const bool failing = runNumber % 20 == 7;
    HttpExchange v = base(Step::Verify, "POST",
                          QStringLiteral("https://api.operator.example/camara/number-verification/"
                                         "v1/verify"),
                          90 + rng->bounded(300));
    v.requestHeaders = {{"Content-Type", "application/json"},
                        {"Authorization", "Bearer " + token},
                        {"x-correlator", correlation.toLatin1()}};
    v.requestBody = "{\"phoneNumber\":\"" + phone + "\"}";
    v.status = failing ? 400 : 200;
    v.responseHeaders = {{"Content-Type", "application/json"},
                         {"x-correlator", correlation.toLatin1()}};
    v.responseBody = failing
                         ? QByteArray("{\"status\":400,\"code\":\"INVALID_ARGUMENT\",\"message\":"
                                      "\"Client specified an invalid argument\"}")
                         : QByteArray("{\"devicePhoneNumberVerified\":") +
                               (runNumber % 3 ? "true" : "false") + "}";
    run << a1 << a2 << t << v;
    if (runNumber % 10 == 3) {
        HttpExchange d = base(Step::DevicePhoneNumber, "POST",
                              QStringLiteral("https://api.operator.example/camara/number-"
                                             "verification/v1/device-phone-number"),
                              70);
        d.requestHeaders = v.requestHeaders;
        d.status = 200;
        d.responseHeaders = v.responseHeaders;
        d.responseBody = "{\"devicePhoneNumber\":\"" + phone + "\"}";
        run << d;
    }
    for (HttpExchange &e : run)
        e = Redactor::redacted(e);
    return run;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

// Runs the event loop until a condition holds (a signal arrived); returns the elapsed ms.
template <typename Done> double waitMs(const QElapsedTimer &t, Done done, int timeoutMs = 600000)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    if (!done())
        loop.exec();
    return double(t.nsecsElapsed()) / 1e6;
}

int single(qint64 n, const QString &dir)
{
    const QString path = dir + QStringLiteral("/bench-%1.sqlite").arg(n);
    QFile::remove(path);
    QFile::remove(path + QLatin1String("-wal"));
    QFile::remove(path + QLatin1String("-shm"));

    // 1. Recording: one transaction per exchange, exactly as RequestLog writes (a committed
    //    row must survive a kill). Redaction happens before, on the caller's thread; timed
    //    separately below.
    QString someCorrelation;
    double insertSeconds = 0;
    qint64 written = 0;
    {
        RequestLogStore store;
        if (!store.open(path)) {
            out << "cannot open " << path << Qt::endl;
            return 1;
        }
        qint64 clock = QDateTime::currentMSecsSinceEpoch() - n * 60;
        qint64 runNumber = 0;
        QElapsedTimer t;
        while (written < n) {
            const QList<HttpExchange> run = flowRun(clock, runNumber++);
            if (runNumber == qMax<qint64>(1, n / 20))
                someCorrelation = run.first().correlationId;
            t.start();
            for (const HttpExchange &e : run) {
                if (written < n && store.insert(e) > 0)
                    ++written;
            }
            insertSeconds += seconds(t);
        }
        store.close();
    }

    // Redaction cost per exchange (what record() adds on the caller's thread).
    double redactUs = 0;
    {
        qint64 clock = 0;
        QList<HttpExchange> sample;
        for (int i = 0; sample.size() < 2000; ++i)
            sample << flowRun(clock, i);
        QElapsedTimer t;
        t.start();
        for (const HttpExchange &e : std::as_const(sample))
            (void)Redactor::redacted(e, {QStringLiteral("s3cr3t-value")});
        redactUs = double(t.nsecsElapsed()) / 1e3 / sample.size();
    }

    const qint64 fileBytes =
        QFileInfo(path).size() + QFileInfo(path + QLatin1String("-wal")).size();

    LogReader reader(path);
    bool fts = false;
    bool opened = false;
    QObject::connect(&reader, &LogReader::opened, [&](bool, const QString &, bool f) {
        fts = f;
        opened = true;
    });

    double openMs = 0, countMs = 0, correlationMs = 0, searchMs = 0, likeMs = 0, scrollMs = 0;
    int correlationRows = 0, searchRows = 0, likeRows = 0, scrolledRows = 0;
#ifdef NV_BENCH_VIEW_MODEL
    {
        // 2. Opening the view: the model's first page (what the person sees) and the count.
        QElapsedTimer t;
        t.start();
        LogTableModel model(&reader);
        bool first = false, counted = false;
        QObject::connect(&model, &LogTableModel::firstPageLoaded, [&] { first = true; });
        QObject::connect(&model, &LogTableModel::totalCountChanged,
                         [&](qint64 total) { counted = counted || total >= 0; });
        openMs = waitMs(t, [&] { return first; });
        countMs = waitMs(t, [&] { return counted; });

        // 3. Scrolling: 50 more pages, as a person dragging the scroll bar down would.
        t.restart();
        for (int page = 0; page < 50 && model.canFetchMore({}); ++page) {
            model.fetchMore({});
            waitMs(t, [&] { return !model.isLoading(); });
        }
        scrollMs = double(t.nsecsElapsed()) / 1e6;
        scrolledRows = model.rowCount();

        // 4. One correlation id (click on it): every exchange of that run.
        auto filtered = [&](const LogQuery &q, int &rows) {
            first = false;
            QElapsedTimer timer;
            timer.start();
            model.setQuery(q);
            const double ms = waitMs(timer, [&] { return first; });
            rows = model.rowCount();
            return ms;
        };
        LogQuery byCorrelation;
        byCorrelation.correlationId = someCorrelation;
        correlationMs = filtered(byCorrelation, correlationRows);

        // 5. Text search: a word only the failing verify calls carry (5 % of the runs).
        LogQuery search;
        search.text = QStringLiteral("INVALID_ARGUMENT");
        searchMs = filtered(search, searchRows);
        LogQuery like = search;
        like.substring = true;
        likeMs = filtered(like, likeRows);
    }
#endif
    if (!opened)
        reader.waitForIdle(60000);

    // 6. HAR export of everything (streamed, redacted again on the way out).
    QElapsedTimer t;
    t.start();
    bool exported = false;
    qint64 exportedCount = 0;
    const QString harPath = path + QLatin1String(".har");
    QObject::connect(&reader, &LogReader::exported, [&](quint64, qint64 count, const QString &) {
        exportedCount = count;
        exported = true;
    });
    reader.exportTo(harPath, LogReader::Format::Har, LogQuery{});
    const double exportMs = waitMs(
        t, [&] { return exported; }, 3600000);
    const qint64 harBytes = QFileInfo(harPath).size();
    QFile::remove(harPath);

    // Tab-separated for the parent process.
    out << "RESULT\t" << n << '\t' << written / insertSeconds << '\t' << redactUs << '\t' << openMs
        << '\t' << countMs << '\t' << scrollMs << '\t' << scrolledRows << '\t' << correlationMs
        << '\t' << correlationRows << '\t' << searchMs << '\t' << searchRows << '\t' << likeMs
        << '\t' << likeRows << '\t' << exportedCount / (exportMs / 1000.0) << '\t'
        << double(harBytes) / 1e6 / (exportMs / 1000.0) << '\t' << double(fileBytes) / n << '\t'
        << peakRssKb() / 1024.0 << '\t' << (fts ? "FTS5" : "LIKE") << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("counts"), QStringLiteral("Comma-separated sizes."), QStringLiteral("N,N"),
          QStringLiteral("10000,100000")},
         {QStringLiteral("dir"), QStringLiteral("Where the databases go."), QStringLiteral("DIR")},
         {QStringLiteral("single"), QStringLiteral("(internal) one size."), QStringLiteral("N")},
         {QStringLiteral("keep"), QStringLiteral("Keep the databases.")}});
    parser.process(app);

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                            : temporary.path();
    QDir().mkpath(dir);
    if (parser.isSet(QStringLiteral("single")))
        return single(parser.value(QStringLiteral("single")).toLongLong(), dir);

    out << "| exchanges | insert /s | redact µs | open view ms | count ms | 50 pages ms | "
           "one correlation id ms | text search ms (rows) | LIKE scan ms | HAR export /s | "
           "HAR MB/s | bytes per exchange | peak RSS MiB | search |\n"
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
        << Qt::endl;
    for (const QString &count : parser.value(QStringLiteral("counts")).split(QLatin1Char(','))) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--single"), count, QStringLiteral("--dir"), dir});
        child.waitForFinished(-1);
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.startsWith("RESULT\t")) {
                if (!line.isEmpty())
                    out << line << Qt::endl;
                continue;
            }
            const QList<QByteArray> f = line.split('\t');
            auto num = [&](int i, int decimals) {
                return QString::number(f.at(i).toDouble(), 'f', decimals);
            };
            out << "| " << f.at(1) << " | " << num(2, 0) << " | " << num(3, 1) << " | " << num(4, 1)
                << " | " << num(5, 1) << " | " << num(6, 1) << " | " << num(8, 1) << " (" << f.at(9)
                << ") | " << num(10, 1) << " (" << f.at(11) << ") | " << num(12, 1) << " | "
                << num(14, 0) << " | " << num(15, 1) << " | " << num(16, 0) << " | " << num(17, 0)
                << " | " << f.at(18) << " |" << Qt::endl;
        }
        if (!parser.isSet(QStringLiteral("keep")))
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(dir + QStringLiteral("/bench-%1.sqlite").arg(count) + suffix);
    }
    return 0;
}
