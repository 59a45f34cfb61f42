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

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
