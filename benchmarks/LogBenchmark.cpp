// nv-log-bench: fills a request log with N realistic exchanges and measures what a person
// feels: recording, opening the log view, filtering by a correlation id, searching, exporting.
//
//   nv-log-bench [--counts 10000,100000,1000000] [--dir DIR] [--keep]
//
// Each N runs in a child process of its own, so "peak memory" is that run's alone.
#include "log/LogQuery.h"
#include "log/LogReader.h"
#include "log/Redactor.h"
#include "log/RequestLog.h"
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
#include <ctime>
#include <sys/resource.h>

using namespace nv;

namespace {

QTextStream out(stdout);

// One flow run: two authorize hops, token, verify; every 10th run also asks for the device
// phone number and every 20th verify is a CAMARA error. Distinct codes and tokens per run, so
// the redaction markers differ.
class RunMaker
{
public:
    RunMaker(qint64 &clock, qint64 runNumber)
        : m_clock(clock)
        , m_runNumber(runNumber)
        , m_correlation(QUuid::createUuid().toString(QUuid::WithoutBraces))
        , m_runId(QUuid::createUuid().toString(QUuid::WithoutBraces))
        , m_code(QByteArray::number(rng()->generate64(), 36))
        , m_state(QByteArray::number(rng()->generate64(), 36))
        , m_token("eyJhbGciOiJSUzI1NiJ9." + QByteArray::number(rng()->generate64(), 36))
        , m_phone("+3466" + QByteArray::number(1000000 + runNumber % 9000000))
    {}

    QList<HttpExchange> exchanges()
    {
        QList<HttpExchange> run{firstHop(), secondHop(), token(), verify()};
        if (m_runNumber % 10 == 3)
            run << devicePhoneNumber(run.last());
        return run;
    }

private:
    static QRandomGenerator *rng() { return QRandomGenerator::global(); }

    HttpExchange base(const QString &step, const char *method, const QString &url, int ms)
    {
        HttpExchange e;
        e.runId = m_runId;
        e.correlationId = m_correlation;
        e.step = step;
        e.profileName = QStringLiteral("Operator staging");
        e.startedAt = QDateTime::fromMSecsSinceEpoch(m_clock, Qt::UTC);
        m_clock += ms + 5;
        e.finishedAt = e.startedAt.addMSecs(ms);
        e.method = method;
        e.url = QUrl(url);
        return e;
    }

    HttpExchange firstHop()
    {
        HttpExchange e = base(Step::Authorize, "GET",
                              QStringLiteral("https://auth.operator.example/oauth2/authorize?"
                                             "response_type=code&client_id=nv-console&redirect_"
                                             "uri=https%3A%2F%2Fapp.example%2Fcb&scope=openid%"
                                             "20dpv%3AFraudPreventionAndDetection%20number-"
                                             "verification%3Averify&state=") +
                                  QString::fromLatin1(m_state) + QStringLiteral("&nonce=n-") +
                                  QString::number(m_runNumber),
                              80 + rng()->bounded(200));
        e.requestHeaders = {{"Accept", "text/html,*/*;q=0.8"}, {"User-Agent", "NV Console/0.1"}};
        e.status = 302;
        e.responseHeaders = {
            {"Location", "https://auth.operator.example/network-login?session=s" + m_state},
            {"Set-Cookie", "sid=" + m_state + "; Path=/; HttpOnly"},
            {"Content-Type", "text/plain"}};
        e.responseBody = "Redirecting";
        e.note = QStringLiteral("redirect chain, followed without a browser");
        return e;
    }

    HttpExchange secondHop()
    {
        HttpExchange e =
            base(Step::Authorize, "GET",
                 QStringLiteral("https://auth.operator.example/network-login?session=s") +
                     QString::fromLatin1(m_state),
                 40 + rng()->bounded(100));
        e.requestHeaders = {{"Cookie", "sid=" + m_state}};
        e.status = 303;
        e.responseHeaders = {
            {"Location", "https://app.example/cb?code=" + m_code + "&state=" + m_state}};
        return e;
    }

    HttpExchange token()
    {
        HttpExchange e =
            base(Step::Token, "POST", QStringLiteral("https://auth.operator.example/oauth2/token"),
                 60 + rng()->bounded(150));
        e.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"},
                            {"Accept", "application/json"},
                            {"x-correlator", m_correlation.toLatin1()}};
        e.requestBody = "grant_type=authorization_code&code=" + m_code +
                        "&redirect_uri=https%3A%2F%2Fapp.example%2Fcb&client_id=nv-console&"
                        "client_secret=s3cr3t-" +
                        m_state + "&code_verifier=v-" + m_code + m_state;
        e.status = 200;
        e.responseHeaders = {{"Content-Type", "application/json"},
                             {"x-correlator", m_correlation.toLatin1()},
                             {"Cache-Control", "no-store"}};
        e.responseBody = "{\"access_token\":\"" + m_token +
                         "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"id_token\":\"" +
                         m_token +
                         ".id\",\"scope\":\"openid dpv:FraudPreventionAndDetection "
                         "number-verification:verify\"}";
        return e;
    }

    HttpExchange verify()
    {
        const bool failing = m_runNumber % 20 == 7;
        HttpExchange e = base(Step::Verify, "POST",
                              QStringLiteral("https://api.operator.example/camara/number-"
                                             "verification/v1/verify"),
                              90 + rng()->bounded(300));
        e.requestHeaders = {{"Content-Type", "application/json"},
                            {"Authorization", "Bearer " + m_token},
                            {"x-correlator", m_correlation.toLatin1()}};
        e.requestBody = "{\"phoneNumber\":\"" + m_phone + "\"}";
        e.status = failing ? 400 : 200;
        e.responseHeaders = {{"Content-Type", "application/json"},
                             {"x-correlator", m_correlation.toLatin1()}};
        e.responseBody =
            failing ? QByteArray("{\"status\":400,\"code\":\"INVALID_ARGUMENT\",\"message\":"
                                 "\"Client specified an invalid argument\"}")
                    : QByteArray("{\"devicePhoneNumberVerified\":") +
                          (m_runNumber % 3 ? "true" : "false") + "}";
        return e;
    }

    HttpExchange devicePhoneNumber(const HttpExchange &verify)
    {
        HttpExchange e = base(Step::DevicePhoneNumber, "POST",
                              QStringLiteral("https://api.operator.example/camara/number-"
                                             "verification/v1/device-phone-number"),
                              70);
        e.requestHeaders = verify.requestHeaders;
        e.status = 200;
        e.responseHeaders = verify.responseHeaders;
        e.responseBody = "{\"devicePhoneNumber\":\"" + m_phone + "\"}";
        return e;
    }

    qint64 &m_clock;
    const qint64 m_runNumber;
    const QString m_correlation;
    const QString m_runId;
    const QByteArray m_code;
    const QByteArray m_state;
    const QByteArray m_token;
    const QByteArray m_phone;
};

// A run's exchanges, redacted as the log stores them (raw with redact false).
QList<HttpExchange> flowRun(qint64 &clock, qint64 runNumber, bool redact = true)
{
    QList<HttpExchange> run = RunMaker(clock, runNumber).exchanges();
    if (redact) {
        for (HttpExchange &e : run)
            e = Redactor::redacted(e);
    }
    return run;
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// CPU time of this thread: what the work costs, whatever else the machine is doing.
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

// Runs the event loop until a condition holds, checked each time the sender emits the signal
// that can make it true (no polling: a timer would compete with the reader thread for the
// CPU); returns the elapsed ms.
template <typename Sender, typename Signal, typename Done>
double waitMs(const QElapsedTimer &t, const Sender *sender, Signal signal, Done done,
              int timeoutMs = 3600000)
{
    if (!done()) {
        QEventLoop loop;
        const auto connection = QObject::connect(sender, signal, &loop, [&] {
            if (done())
                loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
        QObject::disconnect(connection);
    }
    return double(t.nsecsElapsed()) / 1e6;
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// Everything measured for one size, in the order of the table's columns.
struct Figures
{
    qint64 n = 0;
    double insertPerSecond = 0;
    double insertCpuUs = 0; // CPU µs per exchange inserted
    double recordPerSecond = 0;
    double redactUs = 0;
    double openMs = 0, countMs = 0, scrollMs = 0, correlationMs = 0, searchMs = 0, likeMs = 0;
    double correlationSqlMs = 0, searchSqlMs = 0, quickCheckMs = 0;
    int scrolledRows = 0, correlationRows = 0, searchRows = 0, likeRows = 0;
    double exportPerSecond = 0, exportMBps = 0;
    double bytesPerExchange = 0;
    double peakRssMiB = 0;
    bool fullText = false;
    QString someCorrelation;
};

// 1. Recording, as RequestLog's worker writes: what piled up goes in one transaction. Under
//    load a batch holds what arrived while the last one was written; BatchSize stands for
//    that (a committed batch survives a kill). Redaction happens before, on the caller's
//    thread, and is timed separately.
constexpr int BatchSize = 256;

bool fill(const QString &path, Figures &f)
{
    RequestLogStore store;
    if (!store.open(path)) {
        out << "cannot open " << path << ": " << store.lastError() << Qt::endl;
        return false;
    }
    qint64 clock = QDateTime::currentMSecsSinceEpoch() - f.n * 60;
    qint64 runNumber = 0;
    qint64 written = 0;
    double insertSeconds = 0;
    double insertCpu = 0;
    QList<HttpExchange> batch;
    QElapsedTimer t;
    while (written < f.n) {
        const QList<HttpExchange> run = flowRun(clock, runNumber++);
        if (runNumber == qMax<qint64>(1, f.n / 20 / 4))
            f.someCorrelation = run.first().correlationId;
        for (const HttpExchange &e : run) {
            if (written + batch.size() < f.n)
                batch << e;
        }
        if (batch.size() >= BatchSize || written + batch.size() >= f.n) {
            t.start();
            const double cpu = threadCpuSeconds();
            const QList<qint64> ids = store.insert(batch);
            insertCpu += threadCpuSeconds() - cpu;
            insertSeconds += seconds(t);
            if (!store.lastError().isEmpty()) {
                out << "insert failed: " << store.lastError() << Qt::endl;
                return false;
            }
            written += ids.size();
            batch.clear();
        }
    }
    f.insertPerSecond = written / insertSeconds;
    f.insertCpuUs = insertCpu * 1e6 / written;
    return true;
}

// Redaction cost per exchange (what record() adds on the caller's thread), with the five
// secrets of a run for the value pass.
double redactionUs()
{
    qint64 clock = 0;
    QList<HttpExchange> sample;
    for (int i = 0; sample.size() < 2000; ++i)
        sample << flowRun(clock, i);
    const QStringList secrets{QStringLiteral("s3cr3t-value-of-the-client"),
                              QStringLiteral("code-1234567890"), QStringLiteral("eyJhbGciOi.token"),
                              QStringLiteral("refresh-0987654321"),
                              QStringLiteral("verifier-abcdefghijklmnop")};
    QElapsedTimer t;
    t.start();
    for (const HttpExchange &e : std::as_const(sample))
        (void)Redactor::redacted(e, secrets);
    return double(t.nsecsElapsed()) / 1e3 / sample.size();
}

// End to end, as the window and nv-cli record: RequestLog::record (redaction with the run's
// secrets on this thread) and the batched writes on the log's thread, until all are on disk.
// On a fresh file, N = min(n, 20,000).
double recordPerSecond(const QString &dir, qint64 n)
{
    const QString path = dir + QStringLiteral("/bench-record.sqlite");
    removeDatabase(path);
    double rate = 0;
    {
        RequestLog log(path);
        log.waitForIdle(60000);
        qint64 clock = QDateTime::currentMSecsSinceEpoch();
        QList<QList<HttpExchange>> runs;
        qint64 count = 0;
        for (qint64 r = 0; count < n; ++r) {
            runs << flowRun(clock, r, false);
            count += runs.last().size();
        }
        const QStringList secrets{QStringLiteral("s3cr3t-value-of-the-client")};
        QElapsedTimer t;
        t.start();
        for (const QList<HttpExchange> &run : std::as_const(runs)) {
            for (const HttpExchange &e : run)
                log.record(e, secrets);
        }
        log.waitForIdle(3600000);
        rate = count / seconds(t);
        if (!log.writeProblem().isEmpty())
            out << log.writeProblem() << Qt::endl;
    }
    removeDatabase(path);
    return rate;
}

// The store's own answer, without the model and the threads: what SQLite costs.
void measureSql(const QString &path, Figures &f)
{
    RequestLogStore store;
    QElapsedTimer t;
    t.start();
    store.open(path, RequestLogStore::Access::ReadOnly, RequestLogStore::Check::Quick);
    f.quickCheckMs = double(t.nsecsElapsed()) / 1e6;
    LogQuery q;
    q.summariesOnly = true;
    q.limit = 200;
    q.correlationId = f.someCorrelation;
    t.restart();
    store.page(q);
    f.correlationSqlMs = double(t.nsecsElapsed()) / 1e6;
    q.correlationId.clear();
    q.text = QStringLiteral("INVALID_ARGUMENT");
    t.restart();
    store.page(q);
    f.searchSqlMs = double(t.nsecsElapsed()) / 1e6;
}

#ifdef NV_BENCH_VIEW_MODEL
// 2-5. What a person waits for in the log view: the model's first page and the count, 50 more
// pages (a scroll bar dragged down), clicking a correlation id, searching a word.
void measureView(LogReader &reader, Figures &f)
{
    QElapsedTimer t;
    t.start();
    LogTableModel model(&reader);
    bool first = false, counted = false;
    QObject::connect(&model, &LogTableModel::firstPageLoaded, [&] { first = true; });
    QObject::connect(&model, &LogTableModel::totalCountChanged,
                     [&](qint64 total) { counted = counted || total >= 0; });
    f.openMs = waitMs(t, &model, &LogTableModel::firstPageLoaded, [&] { return first; });
    f.countMs = waitMs(t, &model, &LogTableModel::totalCountChanged, [&] { return counted; });

    t.restart();
    for (int page = 0; page < 50 && model.canFetchMore({}); ++page) {
        model.fetchMore({});
        waitMs(t, &model, &LogTableModel::loadingChanged, [&] { return !model.isLoading(); });
    }
    f.scrollMs = double(t.nsecsElapsed()) / 1e6;
    f.scrolledRows = model.rowCount();

    auto filtered = [&](const LogQuery &q, int &rows) {
        first = false;
        QElapsedTimer timer;
        timer.start();
        model.setQuery(q);
        const double ms =
            waitMs(timer, &model, &LogTableModel::firstPageLoaded, [&] { return first; });
        rows = model.rowCount();
        return ms;
    };
    LogQuery byCorrelation;
    byCorrelation.correlationId = f.someCorrelation;
    f.correlationMs = filtered(byCorrelation, f.correlationRows);
    // A word only the failing verify calls carry (5 % of the runs).
    LogQuery search;
    search.text = QStringLiteral("INVALID_ARGUMENT");
    f.searchMs = filtered(search, f.searchRows);
    LogQuery like = search;
    like.substring = true;
    f.likeMs = filtered(like, f.likeRows);
}
#endif

// 6. HAR export of everything (streamed, redacted again on the way out).
void measureExport(LogReader &reader, const QString &path, Figures &f)
{
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
    const double exportMs = waitMs(t, &reader, &LogReader::exported, [&] { return exported; });
    f.exportPerSecond = exportedCount / (exportMs / 1000.0);
    f.exportMBps = double(QFileInfo(harPath).size()) / 1e6 / (exportMs / 1000.0);
    QFile::remove(harPath);
}

int single(qint64 n, const QString &dir)
{
    const QString path = dir + QStringLiteral("/bench-%1.sqlite").arg(n);
    removeDatabase(path);
    Figures f;
    f.n = n;
    if (!fill(path, f))
        return 1;
    f.bytesPerExchange =
        double(QFileInfo(path).size() + QFileInfo(path + QLatin1String("-wal")).size()) / n;
    f.redactUs = redactionUs();
    measureSql(path, f);

    LogReader reader(path);
    QObject::connect(&reader, &LogReader::opened,
                     [&](bool, const QString &, bool fullText) { f.fullText = fullText; });
#ifdef NV_BENCH_VIEW_MODEL
    measureView(reader, f);
#endif
    reader.waitForIdle(60000);
    measureExport(reader, path, f);
    f.peakRssMiB = peakRssKb() / 1024.0;
    // Last: it holds its exchanges in memory, which is not what the view costs.
    f.recordPerSecond = recordPerSecond(dir, std::min<qint64>(n, 20000));

    // Tab-separated for the parent process.
    out << "RESULT\t" << n << '\t' << f.insertPerSecond << '\t' << f.insertCpuUs << '\t'
        << f.recordPerSecond << '\t' << f.redactUs << '\t' << f.openMs << '\t' << f.countMs << '\t'
        << f.scrollMs << '\t' << f.correlationMs << '\t' << f.correlationRows << '\t'
        << f.correlationSqlMs << '\t' << f.searchMs << '\t' << f.searchRows << '\t' << f.searchSqlMs
        << '\t' << f.likeMs << '\t' << f.exportPerSecond << '\t' << f.exportMBps << '\t'
        << f.bytesPerExchange << '\t' << f.peakRssMiB << '\t' << f.quickCheckMs << '\t'
        << (f.fullText ? "FTS5" : "LIKE") << Qt::endl;
    return 0;
}

const char *TableHeader =
    "| exchanges | insert /s (batches of 256) | insert CPU µs | record /s (end to end) | redact "
    "µs | open view ms | count ms | 50 pages ms | one correlation id ms (rows; SQL ms) | text "
    "search ms (rows; SQL ms) | LIKE scan ms | HAR export /s | HAR MB/s | bytes per exchange | "
    "peak RSS MiB | quick_check ms | search |\n"
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|";

QString tableRow(const QList<QByteArray> &f)
{
    auto num = [&](int i, int decimals) {
        return QString::number(f.at(i).toDouble(), 'f', decimals);
    };
    auto text = [&](int i) { return QString::fromLatin1(f.at(i)); };
    const QStringList cells{text(1),
                            num(2, 0),
                            num(3, 1),
                            num(4, 0),
                            num(5, 1),
                            num(6, 1),
                            num(7, 1),
                            num(8, 1),
                            QStringLiteral("%1 (%2; %3)").arg(num(9, 1), text(10), num(11, 1)),
                            QStringLiteral("%1 (%2; %3)").arg(num(12, 1), text(13), num(14, 1)),
                            num(15, 1),
                            num(16, 0),
                            num(17, 1),
                            num(18, 0),
                            num(19, 0),
                            num(20, 0),
                            text(21)};
    return QLatin1String("| ") + cells.join(QLatin1String(" | ")) + QLatin1String(" |");
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
         {QStringLiteral("insert-only"),
          QStringLiteral("Only fill a log of N exchanges and print the insert rate (profiling)."),
          QStringLiteral("N")},
         {QStringLiteral("keep"), QStringLiteral("Keep the databases.")}});
    parser.process(app);

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                            : temporary.path();
    QDir().mkpath(dir);
    if (parser.isSet(QStringLiteral("single")))
        return single(parser.value(QStringLiteral("single")).toLongLong(), dir);
    if (parser.isSet(QStringLiteral("insert-only"))) {
        Figures f;
        f.n = parser.value(QStringLiteral("insert-only")).toLongLong();
        const QString path = dir + QStringLiteral("/bench-insert.sqlite");
        removeDatabase(path);
        const bool filled = fill(path, f);
        out << f.n << " exchanges: " << f.insertPerSecond << " /s, " << f.insertCpuUs
            << " CPU µs each" << Qt::endl;
        if (!parser.isSet(QStringLiteral("keep")))
            removeDatabase(path);
        return filled ? 0 : 1;
    }

    out << TableHeader << Qt::endl;
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
            out << tableRow(line.split('\t')) << Qt::endl;
        }
        if (!parser.isSet(QStringLiteral("keep")))
            removeDatabase(dir + QStringLiteral("/bench-%1.sqlite").arg(count));
    }
    return 0;
}
