// JsonReader: typed access, JSON paths in errors, unknown keys refused on finish().
#include "io/jsonreader.h"

#include <QTest>

using namespace hourglass;

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void readsNestedFields();
    void namesNestedPathsInErrors();
    void refusesUnknownKeysOnlyOnFinish();
    void reportsLineAndColumnOfSyntaxErrors();
    void refusesOddBytes_data();
    void refusesOddBytes();
    void quotesOnlyAnExcerpt();
    void refusesInexactWholeNumbers();
};

void TestJsonReader::readsNestedFields()
{
    JsonReader root = JsonReader::fromDocument(QStringLiteral("f.json"),
                                               R"({"a": {"b": [1, {"c": "x"}]}, "n": 3})");
    JsonReader a = root.requireObject(QStringLiteral("a"));
    const QJsonArray b = a.requireArray(QStringLiteral("b"));
    JsonReader c = a.objectAt(b, QStringLiteral("b"), 1);
    QCOMPARE(c.path(), QStringLiteral("$.a.b[1]"));
    QCOMPARE(c.requireString(QStringLiteral("c")), QStringLiteral("x"));
    QCOMPARE(root.requireInteger(QStringLiteral("n")), 3);
    QCOMPARE(root.optionalInteger(QStringLiteral("m")), std::nullopt);
    root.finish();
}

void TestJsonReader::namesNestedPathsInErrors()
{
    JsonReader root = JsonReader::fromDocument(QStringLiteral("f.json"),
                                               R"({"a": {"b": [1, {"c": 5}]}})");
    JsonReader a = root.requireObject(QStringLiteral("a"));
    const QJsonArray b = a.requireArray(QStringLiteral("b"));
    try {
        a.objectAt(b, QStringLiteral("b"), 0);
        QFAIL("a number was read as an object");
    } catch (const InputError &error) {
        QCOMPARE(error.message(),
                 QStringLiteral("f.json: $.a.b[0]: expected an object, found a number"));
    }
    JsonReader c = a.objectAt(b, QStringLiteral("b"), 1);
    QVERIFY_THROWS_EXCEPTION(InputError, c.requireString(QStringLiteral("c")));
}

void TestJsonReader::refusesUnknownKeysOnlyOnFinish()
{
    JsonReader root = JsonReader::fromDocument(QStringLiteral("f.json"),
                                               R"({"known": 1, "typo": 2})");
    root.requireInteger(QStringLiteral("known"));
    try {
        root.finish();
        QFAIL("an unknown key was accepted");
    } catch (const InputError &error) {
        QCOMPARE(error.place(), QStringLiteral("$.typo"));
    }
}

void TestJsonReader::reportsLineAndColumnOfSyntaxErrors()
{
    try {
        JsonReader::fromDocument(QStringLiteral("f.json"), "{\n  \"a\": 1\n  \"b\": 2\n}");
        QFAIL("invalid JSON was accepted");
    } catch (const InputError &error) {
        QVERIFY2(error.place().startsWith(QStringLiteral("line 3, column")),
                 qPrintable(error.message()));
    }
}

namespace {

// The message of the InputError that reading `json`'s field "v" as a string throws.
QString stringProblem(const QByteArray &json)
{
    try {
        JsonReader root = JsonReader::fromDocument(QStringLiteral("f.json"), json);
        root.requireString(QStringLiteral("v"));
        root.finish();
    } catch (const InputError &error) {
        return error.message();
    }
    return QString();
}

} // namespace

void TestJsonReader::refusesOddBytes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("NUL escape") << QByteArray(R"({"v": "p1\u0000"})")
                                << "f.json: $.v: contains the control character U+0000";
    QTest::newRow("terminal escape") << QByteArray(R"({"v": "\u001b[2J"})")
                                     << "f.json: $.v: contains the control character U+001B";
    QTest::newRow("invalid UTF-8") << QByteArray("{\n  \"v\": \"caf\xe9\"}")
                                   << "f.json: line 2, column 12: not UTF-8 text (byte 0xe9)";
    QTest::newRow("overlong slash") << QByteArray("{\"v\": \"\xc0\xaf\"}")
                                    << "f.json: line 1, column 8: not UTF-8 text (byte 0xc0)";
    QTest::newRow("surrogate") << QByteArray("{\"v\": \"\xed\xa0\x80\"}")
                               << "f.json: line 1, column 8: not UTF-8 text (byte 0xed)";
    // Qt's parser takes a raw NUL inside a string as a character.
    QTest::newRow("raw NUL") << QByteArray("{\"v\": \"a\0b\"}", 12)
                             << "f.json: $.v: contains the control character U+0000";
    // Qt keeps the last of two equal keys; the first one's value would be lost unseen.
    QTest::newRow("repeated key") << QByteArray("{\"v\": \"a\",\n \"v\": \"b\"}")
                                  << "f.json: line 2, column 2: this key appears twice in the same "
                                     "object";
    QTest::newRow("repeated key spelt with an escape")
        << QByteArray(R"({"v": "a", "\u0076": "b"})")
        << "f.json: line 1, column 12: this key appears twice in the same object";
    // Equal keys in different objects (every severity has an "id") are the presets' daily
    // bread: presetsLoad in tst_policyfile reads them.
    QTest::newRow("a lone surrogate escape")
        << QByteArray(R"({"v": "x\ud800"})")
        << "f.json: $.v: contains half of a character (U+D800 without its pair)";
    QTest::newRow("tab and newline are text") << QByteArray(R"({"v": "a\tb\nc"})") << QString();
    QTest::newRow("UTF-8 is text")
        << QByteArray("{\"v\": \"caf\xc3\xa9 \xf0\x9f\x95\x90\"}") << QString();
}

void TestJsonReader::refusesOddBytes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QString problem = stringProblem(json);
    if (message.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.startsWith(message), qPrintable(problem));
    QVERIFY(!problem.contains(QChar(0)));
}

void TestJsonReader::quotesOnlyAnExcerpt()
{
    // 40 characters, then "…"; control characters escaped; a surrogate pair kept whole.
    QCOMPARE(InputError::excerpt(QString(QString(39, u'x') + QStringLiteral("\U0001F550yz"))),
             QString(39, u'x') + QStringLiteral("\U0001F550") + QChar(0x2026));
    QCOMPARE(InputError::excerpt(QString(40, u'x')), QString(40, u'x'));
    QCOMPARE(InputError::excerpt(QStringLiteral("a\x1b[0m")), QStringLiteral("a\\u001b[0m"));

    const QString huge(1000000, u'z');
    JsonReader root = JsonReader::fromDocument(QStringLiteral("f.json"),
                                               "{\"format\": \"" + huge.toLatin1() + "\", \""
                                                   + huge.toLatin1() + "\": 1}");
    try {
        root.requireFormat("hourglass-ticket/1");
        QFAIL("a wrong format was accepted");
    } catch (const InputError &error) {
        QVERIFY2(error.message().size() < 200, qPrintable(error.message().left(300)));
        QVERIFY(error.message().contains(QString(40, u'z') + QChar(0x2026) + u'"'));
    }
    try {
        root.finish();
        QFAIL("an unknown key was accepted");
    } catch (const InputError &error) {
        // The key is part of the path: it is cut as a value is.
        QVERIFY2(error.message().size() < 200, qPrintable(error.message().left(300)));
        QVERIFY(error.place().startsWith(QStringLiteral("$.") + QString(40, u'z') + QChar(0x2026)));
    }
    try {
        JsonReader instant = JsonReader::fromDocument(QStringLiteral("f.json"),
                                                      "{\"at\": \"" + huge.toLatin1() + "\"}");
        instant.requireInstant(QStringLiteral("at"));
        QFAIL("a megabyte was taken for an instant");
    } catch (const InputError &error) {
        QVERIFY2(error.message().size() < 200, qPrintable(error.message().left(300)));
    }
}

void TestJsonReader::refusesInexactWholeNumbers()
{
    // Beyond 2^53 a double is no longer exact, and converting one beyond 2^63 was undefined.
    for (const char *number : {"1e300", "-1e300", "9007199254740994", "18446744073709551616"}) {
        JsonReader root = JsonReader::fromDocument(QStringLiteral("f.json"),
                                                   QByteArray("{\"n\": ") + number + "}");
        QVERIFY_THROWS_EXCEPTION(InputError, root.requireInteger(QStringLiteral("n")));
    }
    JsonReader root = JsonReader::fromDocument(QStringLiteral("f.json"),
                                               R"({"n": 9007199254740992, "m": -42})");
    QCOMPARE(root.requireInteger(QStringLiteral("n")), Q_INT64_C(9007199254740992));
    QCOMPARE(root.requireInteger(QStringLiteral("m")), -42);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
