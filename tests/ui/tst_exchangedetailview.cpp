// The exchange's detail pages: only the page on screen is filled when an exchange is shown;
// every other page gets its text when its tab is chosen, and text() answers for all of them.

#include "ExchangeDetailView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

using namespace nv;

namespace {

HttpExchange exchangeWithBody(const QByteArray &responseBody)
{
    HttpExchange e;
    e.id = 7;
    e.correlationId = QStringLiteral("detail-pages-check");
    e.step = QStringLiteral("verify");
    e.method = "POST";
    e.url = QUrl(QStringLiteral("https://api.operator.example/verify"));
    e.requestHeaders = {{"Content-Type", "application/json"}};
    e.requestBody = R"({"phoneNumber":"+34600000001"})";
    e.status = 200;
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = responseBody;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.finishedAt = e.startedAt.addMSecs(40);
    return e;
}

// A JSON body of about `bytes`: many short members, the worst case for the highlighter.
QByteArray bigBody(int bytes)
{
    QByteArray body = "{";
    for (int i = 0; body.size() < bytes; ++i)
        body += "\"member" + QByteArray::number(i) + "\":\"value " + QByteArray::number(i) + "\",";
    body.chop(1);
    return body + "}";
}

QString shown(const ExchangeDetailView &view, const char *page)
{
    return view.findChild<QPlainTextEdit *>(QLatin1String(page))->toPlainText();
}

} // namespace

class TestExchangeDetailView : public QObject
{
    Q_OBJECT
private slots:
    void hiddenPagesAreFilledWhenChosen()
    {
        ExchangeDetailView view;
        view.show();
        view.setExchange(exchangeWithBody(R"({"devicePhoneNumberVerified":true})"), false);
        // The overview is on screen; the response page is not, and waits.
        QVERIFY(shown(view, "logDetailOverview").contains(QLatin1String("detail-pages-check")));
        QVERIFY(!shown(view, "logDetailResponse").contains(QLatin1String("devicePhone")));
        QVERIFY(view.text(ExchangeDetailView::ResponseTab)
                    .contains(QLatin1String("\"devicePhoneNumberVerified\": true")));
        view.showTab(ExchangeDetailView::ResponseTab);
        QCOMPARE(shown(view, "logDetailResponse"), view.text(ExchangeDetailView::ResponseTab));

        // The page on screen is filled at once; the overview now waits for its tab.
        view.setExchange(exchangeWithBody(R"({"devicePhoneNumberVerified":false})"), false);
        QVERIFY(shown(view, "logDetailResponse").contains(QLatin1String("false")));
        QVERIFY(shown(view, "logDetailOverview").contains(QLatin1String("detail-pages-check")));
        QVERIFY(view.text(ExchangeDetailView::RawTab).contains(QLatin1String("false")));
        view.showTab(ExchangeDetailView::RawTab);
        QVERIFY(shown(view, "logDetailRaw").contains(QLatin1String("false")));

        // Cleared, every page says so when it is chosen.
        view.clear(QStringLiteral("Nothing selected."));
        for (int tab = ExchangeDetailView::OverviewTab; tab <= ExchangeDetailView::RawTab; ++tab)
            QCOMPARE(view.text(ExchangeDetailView::Tab(tab)), QStringLiteral("Nothing selected."));
        view.showTab(ExchangeDetailView::JwtTab);
        QCOMPARE(shown(view, "logDetailJwt"), QStringLiteral("Nothing selected."));
    }

    // Not a timed test: prints what showing a big exchange costs, for docs/performance.md.
    void showingABigExchange()
    {
        ExchangeDetailView view;
        view.resize(900, 600);
        view.show();
        const HttpExchange big = exchangeWithBody(bigBody(256 * 1024));
        QElapsedTimer clock;
        clock.start();
        view.setExchange(big, false);
        const qint64 overviewMs = clock.elapsed();
        clock.restart();
        view.showTab(ExchangeDetailView::ResponseTab);
        const qint64 responseMs = clock.elapsed();
        qInfo("256 KiB response body: shown on the overview in %lld ms, its page chosen in %lld ms",
              static_cast<long long>(overviewMs), static_cast<long long>(responseMs));
        QVERIFY(shown(view, "logDetailResponse").contains(QLatin1String("\"member1\"")));
    }
};

QTEST_MAIN(TestExchangeDetailView)
#include "tst_exchangedetailview.moc"
