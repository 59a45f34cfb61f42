// The choice of tickets a list or a search covers (open, resolved, both), one wording for the
// queue and for search results.
#pragma once

#include "tickets/ticketsearch.h"

class QComboBox;

namespace hourglass::ScopeChoice {

// Fills the box with the three scopes in the language installed, `selected` chosen, without
// a change signal (what is shown does not change, only its words).
void fill(QComboBox *box, TicketScope selected);
// The scope chosen in a box filled by fill().
TicketScope chosen(const QComboBox *box);

} // namespace hourglass::ScopeChoice
