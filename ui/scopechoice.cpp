// The choice of tickets a list or a search covers (open, resolved, both), one wording for the
// queue and for search results.
#include "scopechoice.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QSignalBlocker>

namespace hourglass {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hourglass::ScopeChoice)
};

} // namespace

void ScopeChoice::fill(QComboBox *box, TicketScope selected)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(Tr::tr("Open", "tickets shown or searched"), int(TicketScope::Open));
    box->addItem(Tr::tr("Resolved", "tickets shown or searched"), int(TicketScope::Resolved));
    box->addItem(Tr::tr("Open and resolved", "tickets shown or searched"), int(TicketScope::All));
    box->setCurrentIndex(std::max(0, box->findData(int(selected))));
}

TicketScope ScopeChoice::chosen(const QComboBox *box)
{
    return box->currentIndex() < 0 ? TicketScope::Open : TicketScope(box->currentData().toInt());
}

} // namespace hourglass
