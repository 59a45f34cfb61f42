// RFC 4180 CSV: quoting, embedded commas and line breaks, BOM, and errors with line and column.
#include "io/csv.h"
#include "io/inputerror.h"

#include <QTest>

using namespace hourglass;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parsesQuotedFields();
    void roundTrips();
    void keepsFormulasAsText();
    void refusesMalformed_data();
    void refusesMalformed();
};

void TestCsv::parsesQuotedFields()
{
    const QByteArray text = "\xEF\xBB\xBF"
                            "a,b,c\r\n"
                            "1,\"two, with comma\",\"three\r\nlines\"\r\n"
                            "\"he said \"\"hi\"\"\",,é\n";
    const QList<Csv::Row> rows = Csv::parse(QStringLiteral("t.csv"), text);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).fields, QStringList({"a", "b", "c"}));
    QCOMPARE(rows.at(1).fields, QStringList({"1", "two, with comma", "three\r\nlines"}));
    QCOMPARE(rows.at(2).line, 4); // the record before it spans lines 2 and 3
    QCOMPARE(rows.at(2).fields, QStringList({"he said \"hi\"", "", "é"}));
    // No trailing newline, and an empty last field.
    QCOMPARE(Csv::parse(QStringLiteral("t.csv"), "x,y\n1,").at(1).fields, QStringList({"1", ""}));
}

void TestCsv::roundTrips()
{
    const QList<QStringList> records = {{"id", "title"},
                                        {"1", "plain"},
                                        {"2", "comma, quote \" and\nnewline"},
                                        {"3", ""}};
    const QList<Csv::Row> rows = Csv::parse(QStringLiteral("r.csv"), Csv::format(records));
    QCOMPARE(rows.size(), records.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).fields, records.at(i));
}

// What a spreadsheet would run as a formula is kept as text; anything else is left alone.
void TestCsv::keepsFormulasAsText()
{
    for (const char *formula : {"=SUM(A1)", "+1", "-2+3", "@cmd", "\t=1", "\r=1"})
        QCOMPARE(Csv::spreadsheetText(QString::fromUtf8(formula)),
                 QLatin1Char('\'') + QString::fromUtf8(formula));
    for (const char *text : {"", "plain", "a=b", " =1", "'=already"})
        QCOMPARE(Csv::spreadsheetText(QString::fromUtf8(text)), QString::fromUtf8(text));
}

void TestCsv::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("problem");
    QTest::newRow("stray quote") << QByteArray("a,b\n1,x\"y\n") << "line 2, column 4"
                                 << "quote inside";
    QTest::newRow("unclosed") << QByteArray("a,b\n1,\"open\n2,3\n") << "line 2, column 3"
                              << "never closed";
    QTest::newRow("after quote") << QByteArray("a,b\n\"q\"x,2\n") << "line 2, column 4"
                                 << "after the closing quote";
    QTest::newRow("field count") << QByteArray("a,b\n1,2\n1,2,3\n") << "line 3"
                                 << "3 fields where the header has 2";
    QTest::newRow("utf-8") << QByteArray("a,b\n1,2\n\xff\xfe,3\n") << "line 3"
                           << "not valid UTF-8";
    // A sequence cut off at a line's end is found on its own line, not past the last one.
    QTest::newRow("utf-8 cut off") << QByteArray("a,b\n1,2\n3,4\xc3\n5,6\n") << "line 3"
                                   << "not valid UTF-8";
}

void TestCsv::refusesMalformed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, place);
    QFETCH(QString, problem);
    try {
        Csv::parse(QStringLiteral("bad.csv"), text);
        QFAIL("malformed CSV was accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.file(), QStringLiteral("bad.csv"));
        QVERIFY2(error.place() == place, qPrintable(error.message()));
        QVERIFY2(error.problem().contains(problem), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
