// Whole numbers are read one strict way for every option and batch line: an optional '-' and
// ASCII digits, in qint64's range, and nothing else.
#include "io/wholenumber.h"

#include <QTest>

#include <limits>

using namespace hourglass;

class TestWholeNumber : public QObject
{
    Q_OBJECT

private slots:
    void readsDigitsWithAnOptionalMinus_data();
    void readsDigitsWithAnOptionalMinus();
    void refusesAnythingElse_data();
    void refusesAnythingElse();
};

void TestWholeNumber::readsDigitsWithAnOptionalMinus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("value");
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("leading zeros") << "007" << qint64(7);
    QTest::newRow("minus") << "-3600" << qint64(-3600);
    QTest::newRow("minus zero") << "-0" << qint64(0);
    QTest::newRow("largest") << "9223372036854775807" << std::numeric_limits<qint64>::max();
    QTest::newRow("smallest") << "-9223372036854775808" << std::numeric_limits<qint64>::min();
}

void TestWholeNumber::readsDigitsWithAnOptionalMinus()
{
    QFETCH(QString, text);
    QFETCH(qint64, value);
    const auto number = parseWholeNumber(text);
    QVERIFY(number);
    QCOMPARE(*number, value);
}

void TestWholeNumber::refusesAnythingElse_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"",
                             "-",
                             "+5",
                             " 10",
                             "10 ",
                             "\t5",
                             "5\n",
                             "1 0",
                             "0x10",
                             "1e3",
                             "1.0",
                             "--5",
                             "5-",
                             "9223372036854775808",
                             "-9223372036854775809",
                             "99999999999999999999"})
        QTest::newRow(text) << QString::fromLatin1(text);
    // Digits of other scripts are digits to Unicode, not to a script passing a number.
    QTest::newRow("full-width digit") << QStringLiteral("\uff15");
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("\u0665");
    QTest::newRow("minus sign U+2212") << QStringLiteral("\u22125");
}

void TestWholeNumber::refusesAnythingElse()
{
    QFETCH(QString, text);
    QVERIFY2(!parseWholeNumber(text), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestWholeNumber)
#include "tst_wholenumber.moc"
