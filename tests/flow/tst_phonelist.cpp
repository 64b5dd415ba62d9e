#include "flow/PhoneList.h"

#include <QTest>

using nv::PhoneList;

// PhoneList: what nv-cli verify --phones sends, and what it refuses with which line.
class TestPhoneList : public QObject
{
    Q_OBJECT
private:
    static QStringList numbers(const PhoneList &list)
    {
        QStringList out;
        for (const auto &entry : list.numbers)
            out << QStringLiteral("%1:%2").arg(entry.line).arg(entry.number);
        return out;
    }
    static QList<int> problemLines(const PhoneList &list)
    {
        QList<int> lines;
        for (const auto &problem : list.problems)
            lines << problem.line;
        return lines;
    }

private slots:
    void plainLines()
    {
        const PhoneList list =
            PhoneList::parse("\xEF\xBB\xBF# numbers\r\n+34666666666\r\n\r\n  +34600000001  \n"
                             "0034600000002\n+34 600 000 003\n+34600000004");
        QVERIFY(list.error.isEmpty());
        QVERIFY(!list.csv);
        QCOMPARE(numbers(list),
                 (QStringList{QStringLiteral("2:+34666666666"), QStringLiteral("4:+34600000001"),
                              QStringLiteral("7:+34600000004")}));
        QCOMPARE(problemLines(list), (QList<int>{5, 6}));
        QVERIFY(list.problems.first().problem.contains(QStringLiteral("E.164")));
    }

    void allowInvalidKeepsWhatIsNotE164()
    {
        const PhoneList list = PhoneList::parse("0034600000002\n+34666666666\n", true);
        QCOMPARE(numbers(list), (QStringList{QStringLiteral("1:0034600000002"),
                                             QStringLiteral("2:+34666666666")}));
        QVERIFY(list.problems.isEmpty());
    }

    void csvWithQuotesAndLineBreaks()
    {
        const PhoneList list = PhoneList::parse("\n\"id\",\"PhoneNumber\"\n"
                                                "1,+34666666666\n"
                                                "\"2, two\",\"+34600000001\"\n"
                                                "3,\"+346000\"\"00002\"\n"
                                                "4\n"
                                                "\"5\nfive\",+34600000005\n"
                                                ",\n"
                                                "6,\n");
        QVERIFY(list.error.isEmpty());
        QVERIFY(list.csv);
        QCOMPARE(numbers(list),
                 (QStringList{QStringLiteral("3:+34666666666"), QStringLiteral("4:+34600000001"),
                              QStringLiteral("7:+34600000005")}));
        // a doubled quote inside the number, a short record, an empty field
        QCOMPARE(problemLines(list), (QList<int>{5, 6, 10}));
    }

    void semicolonCsv()
    {
        const PhoneList list = PhoneList::parse("phoneNumber;name\n+34666666666;Jane\n");
        QCOMPARE(numbers(list), (QStringList{QStringLiteral("2:+34666666666")}));
    }

    void singleColumnCsv()
    {
        const PhoneList list = PhoneList::parse("phoneNumber\n+34666666666\n");
        QVERIFY(list.csv);
        QCOMPARE(numbers(list), (QStringList{QStringLiteral("2:+34666666666")}));
    }

    void unterminatedQuoteIsAProblem()
    {
        const PhoneList list = PhoneList::parse("phoneNumber\n+34666666666\n\"+34600000001\n");
        QCOMPARE(numbers(list), (QStringList{QStringLiteral("2:+34666666666")}));
        QCOMPARE(problemLines(list), (QList<int>{3}));
    }

    void refusedWhole_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        QTest::newRow("CSV without the column")
            << QByteArray("name,msisdn\nJane,+34666666666\n") << QStringLiteral("phoneNumber");
        QTest::newRow("NUL bytes") << QByteArray("+34666666666\n\0\n", 15) << QStringLiteral("NUL");
        QTest::newRow("not UTF-8")
            << QByteArray("+34666666666\n\xff\xfe\n") << QStringLiteral("UTF-8");
        QByteArray tooMany;
        for (int i = 0; i <= PhoneList::MaxNumbers; ++i)
            tooMany += "+34666666666\n";
        QTest::newRow("too many numbers") << tooMany << QStringLiteral("split");
    }
    void refusedWhole()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        const PhoneList list = PhoneList::parse(input);
        QVERIFY2(list.error.contains(says), qPrintable(list.error));
        QVERIFY(list.numbers.isEmpty());
        QVERIFY(list.problems.isEmpty());
    }

    void emptyInputs()
    {
        QVERIFY(PhoneList::parse(QByteArray()).isEmpty());
        QVERIFY(PhoneList::parse("\n \n# only a comment\n").isEmpty());
        QVERIFY(PhoneList::parse("phoneNumber\n").isEmpty());
        QVERIFY(!PhoneList::parse("phoneNumber,name\n,Jane\n").isEmpty()); // a problem
    }
};

QTEST_GUILESS_MAIN(TestPhoneList)
#include "tst_phonelist.moc"
