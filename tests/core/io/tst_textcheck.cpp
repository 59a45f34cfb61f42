// The rule for text people read: what it refuses, and that ordinary text in any script passes.
#include "io/textcheck.h"

#include <QTest>

using namespace hourglass;

class TestTextCheck : public QObject
{
    Q_OBJECT

private slots:
    void passesOrdinaryText();
    void refuses_data();
    void refuses();
};

void TestTextCheck::passesOrdinaryText()
{
    for (const QString &text : {QStringLiteral("Imprimante hors ligne à l'étage 3"),
                                QStringLiteral("Тикет № 5 · 请回复 · مرحبا"),
                                QString(QStringLiteral("emoji ") + QChar(0xd83d) + QChar(0xde00)),
                                QString()})
        QCOMPARE(TextCheck::problem(text, TextCheck::Lines::One), QString());
    QCOMPARE(TextCheck::problem(QStringLiteral("line one\r\nline two\n\tindented"),
                                TextCheck::Lines::Many),
             QString());
}

void TestTextCheck::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("many");
    QTest::newRow("NUL") << QString(QChar(0)) << true;
    QTest::newRow("ESC") << QStringLiteral("\x1b[2J") << true;
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << true;
    QTest::newRow("C1 CSI") << QString(QChar(0x9b)) << true;
    QTest::newRow("bidi override") << QString(QChar(0x202e)) << true;
    QTest::newRow("bidi isolate") << QString(QChar(0x2066)) << true;
    QTest::newRow("lone high surrogate") << QString(QChar(0xd800)) << true;
    QTest::newRow("lone low surrogate") << QString(QChar(0xdc00)) << true;
    QTest::newRow("line break in one line") << QStringLiteral("a\nb") << false;
    QTest::newRow("tab in one line") << QStringLiteral("a\tb") << false;
    QTest::newRow("carriage return alone") << QStringLiteral("paid\rnot paid") << true;
}

void TestTextCheck::refuses()
{
    QFETCH(QString, text);
    QFETCH(bool, many);
    const QString problem = TextCheck::problem(text,
                                               many ? TextCheck::Lines::Many
                                                    : TextCheck::Lines::One);
    QVERIFY(!problem.isEmpty());
    // The message names the character; it never repeats it.
    for (const QChar c : problem)
        QVERIFY2(c.isPrint() || c == QLatin1Char(' '), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestTextCheck)
#include "tst_textcheck.moc"
