#include "NumberAdviceLoader.h"
#include "phone/PhoneNumberCheck.h"

#include <QTest>
#include <QThread>
#include <array>
#include <memory>
#include <vector>

using nv::NumberAdviceLoader;
using nv::PhoneNumberCheck;

class TestPhoneNumberCheck : public QObject
{
    Q_OBJECT
private slots:
    void e164_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("problem");

        // From the CAMARA Number Verification test plan.
        QTest::newRow("string_value")
            << QStringLiteral("string_value") << false << QStringLiteral("contains letters");
        QTest::newRow("no plus") << QStringLiteral("1234567890") << false
                                 << QStringLiteral("missing leading +");
        QTest::newRow("letters inside")
            << QStringLiteral("+12334foo22222") << false << QStringLiteral("contains letters");
        QTest::newRow("leading zeros") << QStringLiteral("+00012230304913849") << false
                                       << QStringLiteral("country code cannot start with 0");
        QTest::newRow("123") << QStringLiteral("123") << false
                             << QStringLiteral("missing leading +");
        QTest::newRow("double plus")
            << QStringLiteral("++49565456787") << false << QStringLiteral("more than one +");

        QTest::newRow("too short") << QStringLiteral("+1234") << false
                                   << QStringLiteral("too short: E.164 needs 5 to 15 digits");
        QTest::newRow("too long") << QStringLiteral("+1234567890123456") << false
                                  << QStringLiteral("too long");
        QTest::newRow("spaces") << QStringLiteral("+34 666 666 666") << false
                                << QStringLiteral("spaces or separators");
        QTest::newRow("dashes") << QStringLiteral("+1-415-555-2671") << false
                                << QStringLiteral("spaces or separators");
        QTest::newRow("trailing newline")
            << QStringLiteral("+34666666666\n") << false << QStringLiteral("spaces or separators");
        QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
        QTest::newRow("plus only") << QStringLiteral("+") << false << QStringLiteral("no digits");
        QTest::newRow("arabic-indic digits")
            << QStringLiteral("+٣٤٦٦٦٦٦٦٦٦٦") << false << QStringLiteral("other than");
        QTest::newRow("plus inside")
            << QStringLiteral("+3466+6666666") << false << QStringLiteral("more than one +");

        QTest::newRow("5 digits") << QStringLiteral("+12345") << true << QString();
        QTest::newRow("15 digits") << QStringLiteral("+123456789012345") << true << QString();
        QTest::newRow("spain") << QStringLiteral("+34666666666") << true << QString();
        QTest::newRow("us") << QStringLiteral("+14155552671") << true << QString();
        QTest::newRow("india") << QStringLiteral("+919036499174") << true << QString();
    }

    void e164()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QFETCH(QString, problem);
        const PhoneNumberCheck c = PhoneNumberCheck::check(number);
        QCOMPARE(c.input, number);
        QCOMPARE(c.isE164, valid);
        if (valid)
            QVERIFY2(c.problem.isEmpty(), qPrintable(c.problem));
        else
            QVERIFY2(c.problem.startsWith(problem) || c.problem.contains(problem),
                     qPrintable(c.problem));
    }

    void libphonenumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("lineType");
        QTest::addColumn<bool>("valid");

        QTest::newRow("spain mobile") << QStringLiteral("+34666666666") << QStringLiteral("ES")
                                      << QStringLiteral("mobile") << true;
        QTest::newRow("spain fixed") << QStringLiteral("+34912345678") << QStringLiteral("ES")
                                     << QStringLiteral("fixed line") << true;
        QTest::newRow("us") << QStringLiteral("+14155552671") << QStringLiteral("US")
                            << QStringLiteral("fixed line or mobile") << true;
        QTest::newRow("uk mobile") << QStringLiteral("+447400123456") << QStringLiteral("GB")
                                   << QStringLiteral("mobile") << true;
        // A country code shared by several regions, and one of no region (international
        // freephone): validity is the number type being known, for these as for the others.
        QTest::newRow("canada, +1 shared") << QStringLiteral("+12042345678") << QStringLiteral("CA")
                                           << QStringLiteral("fixed line or mobile") << true;
        QTest::newRow("international freephone")
            << QStringLiteral("+80012345678") << QStringLiteral("001")
            << QStringLiteral("toll free") << true;
        // E.164-shaped, but no such number: accepted by the API rule, flagged as unknown here.
        QTest::newRow("unassigned country code")
            << QStringLiteral("+99912345") << QString() << QString() << false;
        QTest::newRow("spain too short for plan")
            << QStringLiteral("+3466666") << QString() << QString() << false;
    }

    // Before any other test reads the metadata: the window reads it on a worker thread while
    // its UI thread may already be checking a number. Every thread gets the same advice.
    void adviceWhileTheMetadataIsReadElsewhere()
    {
        const QString number = QStringLiteral("+34600000001");
        std::array<PhoneNumberCheck, 4> checks;
        std::vector<std::unique_ptr<QThread>> threads;
        for (size_t i = 0; i < checks.size(); ++i) {
            threads.emplace_back(QThread::create([&checks, &number, i] {
                if (i % 2 == 0)
                    NumberAdviceLoader::load();
                checks[i] = NumberAdviceLoader::checkWithAdvice(number);
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(30000));
        for (const PhoneNumberCheck &check : checks) {
            QCOMPARE(check.regionCode, QStringLiteral("ES"));
            QCOMPARE(check.lineType, QStringLiteral("mobile"));
            QVERIFY(check.validForRegion);
        }
    }

    void libphonenumber()
    {
        QFETCH(QString, number);
        QFETCH(QString, region);
        QFETCH(QString, lineType);
        QFETCH(bool, valid);
        const PhoneNumberCheck c = NumberAdviceLoader::checkWithAdvice(number);
        QVERIFY(c.isE164);
        QCOMPARE(c.validForRegion, valid);
        if (valid)
            QCOMPARE(c.regionCode, region);
        QCOMPARE(c.lineType, lineType);
    }

    void nothingForInvalid()
    {
        const PhoneNumberCheck c =
            NumberAdviceLoader::checkWithAdvice(QStringLiteral("34666666666"));
        QVERIFY(!c.isE164);
        QVERIFY(c.regionCode.isEmpty());
        QVERIFY(c.lineType.isEmpty());
        QVERIFY(!c.validForRegion);
    }

    void sha256Hex()
    {
        QCOMPARE(
            PhoneNumberCheck::sha256Hex(QStringLiteral("+123456789")),
            QStringLiteral("b49f9168e8a886ffd61a090b51a26e117717f5f6fa804af49ea67043a2bfa4f0"));
        QCOMPARE(PhoneNumberCheck::sha256Hex(QStringLiteral("+34666666666")).size(), 64);
        QVERIFY(PhoneNumberCheck::sha256Hex(QStringLiteral("+34666666666")) !=
                PhoneNumberCheck::sha256Hex(QStringLiteral("+34666666667")));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumberCheck)
#include "tst_phonenumbercheck.moc"
