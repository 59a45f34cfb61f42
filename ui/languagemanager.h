// Chooses the interface language (system, English, French) and switches it at run time.
#pragma once

#include <QObject>
#include <QTranslator>

namespace hourglass {

class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    explicit LanguageManager(QObject *parent = nullptr);

    // "en", "fr", or empty for the system locale. Unknown codes are refused (returns false).
    bool setLanguage(const QString &code);
    QString language() const { return m_requested; }
    // The language actually in force: "en" or "fr".
    QString effectiveLanguage() const { return m_effective; }

    static QStringList supportedLanguages();

signals:
    void languageChanged(const QString &effectiveLanguage);

private:
    QString m_requested;
    QString m_effective;
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
};

} // namespace hourglass
