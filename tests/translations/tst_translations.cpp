// Translation files: every French string finished, placeholders kept, English plurals done.
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void frenchIsComplete();
    void englishPluralsAreComplete();
    void catalogsAgree();

private:
    struct Message
    {
        QString context;
        QString source;
        QString translation;
        bool unfinished = false;
        bool numerus = false;
        qint64 line = 0;
    };
    static QList<Message> read(const QString &file);
    static QSet<QString> placeholders(const QString &text);
};

QList<TestTranslations::Message> TestTranslations::read(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    QXmlStreamReader xml(&in);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.line = xml.lineNumber();
            current.numerus = xml.attributes().value(QLatin1String("numerus"))
                              == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            const bool vanished = type == QLatin1String("vanished")
                                  || type == QLatin1String("obsolete");
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!vanished)
                messages.append(current);
            current.source.clear();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(file), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> TestTranslations::placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

void TestTranslations::frenchIsComplete()
{
    const QList<Message> messages = read(QStringLiteral(HOURGLASS_TS_DIR "/hourglass_fr.ts"));
    QVERIFY(messages.size() > 20);
    QStringList problems;
    for (const Message &message : messages) {
        const QString where = QStringLiteral("hourglass_fr.ts:%1 [%2] \"%3\"")
                                  .arg(message.line)
                                  .arg(message.context, message.source.left(50));
        if (message.unfinished || message.translation.trimmed().isEmpty())
            problems.append(where + QStringLiteral(": unfinished or missing"));
        else if (!message.numerus
                 && placeholders(message.translation) != placeholders(message.source))
            problems.append(where + QStringLiteral(": placeholders differ"));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::englishPluralsAreComplete()
{
    // English is the source language: only strings with plural forms need an entry.
    const QList<Message> messages = read(QStringLiteral(HOURGLASS_TS_DIR "/hourglass_en.ts"));
    QStringList problems;
    for (const Message &message : messages) {
        if (message.numerus && (message.unfinished || message.translation.trimmed().isEmpty()))
            problems.append(QStringLiteral("hourglass_en.ts:%1 \"%2\": plural forms missing")
                                .arg(message.line)
                                .arg(message.source));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::catalogsAgree()
{
    // Both files come from the same lupdate run; a string in one only means a stale file.
    QSet<QString> french;
    for (const Message &message : read(QStringLiteral(HOURGLASS_TS_DIR "/hourglass_fr.ts")))
        french.insert(message.context + u'|' + message.source);
    QSet<QString> english;
    for (const Message &message : read(QStringLiteral(HOURGLASS_TS_DIR "/hourglass_en.ts")))
        english.insert(message.context + u'|' + message.source);
    QCOMPARE(french, english);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
