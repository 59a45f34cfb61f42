// Chooses the interface language (system, English, French) and switches it at run time.
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace hourglass {

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

QStringList LanguageManager::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!code.isEmpty() && !supportedLanguages().contains(code))
        return false;
    QString effective = code;
    if (effective.isEmpty()) {
        const QString system = QLocale::system().name().left(2);
        effective = supportedLanguages().contains(system) ? system : QStringLiteral("en");
    }
    m_requested = code;
    if (effective == m_effective)
        return true;

    // The locale first: removing and installing translators sends LanguageChange at once, and
    // the widgets that redo their dates then (a date field, a due time) read the default locale.
    QLocale::setDefault(
        QLocale(effective == QLatin1String("fr") ? QLocale::French : QLocale::English));
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    // English is the source language; its .qm only carries plural forms.
    if (m_appTranslator.load(QStringLiteral(":/i18n/hourglass_") + effective))
        QCoreApplication::installTranslator(&m_appTranslator);
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + effective,
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
    m_effective = effective;
    emit languageChanged(effective);
    return true;
}

} // namespace hourglass
