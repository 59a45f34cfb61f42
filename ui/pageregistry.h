// The console's pages in navigation order: for each, its id, title, shortcut and factory.
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QWidget;

namespace hourglass {

class DatabaseSummary;
class LanguageManager;
struct ConsoleServices;

// What the composition root hands to every page factory, through the main window.
struct PageContext
{
    const ConsoleServices &services;
    DatabaseSummary &summary;
    LanguageManager &languages;
    QString databaseUrl;
};

struct PageEntry
{
    using Factory = std::function<QWidget *(QWidget *parent, const PageContext &context)>;

    // Stable: the saved view and --view name a page by it, so it never changes once shipped.
    QString id;
    // tr() text, asked again on every language change.
    std::function<QString()> title;
    QKeySequence shortcut;
    // Builds the page (never null) once, when the main window is built; the page's parent
    // owns it.
    Factory factory;
    // Optional: a menu of the page's own actions (its title, and the actions given the page
    // the factory built); no menu when unset or when it returns no action.
    std::function<QString()> menuTitle;
    std::function<QList<QAction *>(QWidget *page)> menuActions;
};

class PageRegistry
{
public:
    // Appends a page at the end of the navigation. Throws std::invalid_argument on an empty
    // or repeated id, or on an entry without a title or factory: a programming error.
    void add(PageEntry entry);
    // The same at a given place, for a build (or a test) that orders its pages differently.
    void insert(qsizetype position, PageEntry entry);

    const QList<PageEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    const PageEntry &at(qsizetype index) const { return m_entries.at(index); }
    // -1 when no page has that id.
    qsizetype indexOf(const QString &id) const;
    bool contains(const QString &id) const { return indexOf(id) >= 0; }
    QStringList ids() const;

private:
    void check(const PageEntry &entry) const;

    QList<PageEntry> m_entries;
};

} // namespace hourglass
