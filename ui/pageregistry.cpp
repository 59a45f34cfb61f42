// The console's pages in navigation order: for each, its id, title, shortcut and factory.
#include "pageregistry.h"

#include <algorithm>
#include <stdexcept>

namespace hourglass {

void PageRegistry::add(PageEntry entry)
{
    insert(m_entries.size(), std::move(entry));
}

void PageRegistry::insert(qsizetype position, PageEntry entry)
{
    check(entry);
    m_entries.insert(std::clamp(position, qsizetype(0), m_entries.size()), std::move(entry));
}

qsizetype PageRegistry::indexOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == id)
            return i;
    }
    return -1;
}

QStringList PageRegistry::ids() const
{
    QStringList ids;
    for (const PageEntry &entry : m_entries)
        ids.append(entry.id);
    return ids;
}

void PageRegistry::check(const PageEntry &entry) const
{
    if (entry.id.isEmpty())
        throw std::invalid_argument("a page needs an id");
    if (contains(entry.id))
        throw std::invalid_argument("two pages with the id " + entry.id.toStdString());
    if (!entry.title || !entry.factory)
        throw std::invalid_argument("the page " + entry.id.toStdString()
                                    + " needs a title and a factory");
}

} // namespace hourglass
