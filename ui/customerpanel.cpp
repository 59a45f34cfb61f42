// The customer of the ticket shown, in the ticket pane: organization, contacts, contract and
// tier, their local time now, and their other open tickets, each a click away.
#include "customerpanel.h"

#include "models/ticketqueuemodel.h"
#include "readabletext.h"
#include "sla/policynames.h"
#include "sla/slaengine.h"
#include "storage/storageerror.h"
#include "tickets/ticketservice.h"
#include "time/clock.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace hourglass {

namespace {

// Who asked, on a ticket: tickets carry a contact where the conversation work is present;
// without it there is none to show.
template<typename Record>
QString contactOf(const Record &ticket)
{
    if constexpr (requires { ticket.contact; })
        return ticket.contact.trimmed();
    else
        return QString();
}

// The locale's short date with the whole year, as every date of the console reads.
QString dateOf(Instant t)
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(toEpoch(t)).toLocalTime().date(),
                              format);
}

} // namespace

CustomerPanel::CustomerPanel(TicketService &tickets, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_tickets(tickets)
    , m_clock(clock)
    , m_heading(new QLabel(this))
    , m_organization(new QLabel(this))
    , m_contract(new QLabel(this))
    , m_localTime(new QLabel(this))
    , m_contacts(new QLabel(this))
    , m_othersHeading(new QLabel(this))
    , m_others(new QListWidget(this))
{
    setObjectName(QStringLiteral("customerPanel"));
    m_heading->setObjectName(QStringLiteral("customerName"));
    m_organization->setObjectName(QStringLiteral("customerOrganization"));
    m_contract->setObjectName(QStringLiteral("customerContract"));
    m_localTime->setObjectName(QStringLiteral("customerLocalTime"));
    m_contacts->setObjectName(QStringLiteral("customerContacts"));
    m_othersHeading->setObjectName(QStringLiteral("customerOthersHeading"));
    m_others->setObjectName(QStringLiteral("customerOtherTickets"));

    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    for (QLabel *label : {m_heading, m_organization, m_contract, m_localTime, m_contacts})
        label->setWordWrap(true);
    // A few rows, each on one line: the pane's conversation and clocks keep the room.
    m_others->setUniformItemSizes(true);
    m_others->setTextElideMode(Qt::ElideMiddle);
    m_others->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Set apart from the ticket's own actions above it.
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(2);
    layout->addWidget(rule);
    layout->addWidget(m_heading);
    layout->addWidget(m_organization);
    layout->addWidget(m_contract);
    layout->addWidget(m_localTime);
    layout->addWidget(m_contacts);
    layout->addWidget(m_othersHeading);
    layout->addWidget(m_others);

    const auto request = [this](QListWidgetItem *item) {
        if (item)
            emit ticketRequested(item->data(Qt::UserRole).toLongLong());
    };
    connect(m_others, &QListWidget::itemClicked, this, request);
    connect(m_others, &QListWidget::itemActivated, this, request);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CustomerPanel::tick);
    m_tick.start();
    retranslateUi();
}

void CustomerPanel::setQueue(const TicketQueueModel *queue)
{
    if (m_queue)
        disconnect(m_queue, nullptr, this, nullptr);
    m_queue = queue;
    if (queue) {
        // Tickets come and go (created, resolved, reloaded): the list follows at once; the
        // countdowns follow on the tick.
        connect(queue, &QAbstractItemModel::modelReset, this, &CustomerPanel::refreshOthers);
        connect(queue, &QAbstractItemModel::layoutChanged, this, &CustomerPanel::refreshOthers);
        connect(queue, &QAbstractItemModel::rowsInserted, this, &CustomerPanel::refreshOthers);
        connect(queue, &QAbstractItemModel::rowsRemoved, this, &CustomerPanel::refreshOthers);
    }
    refreshOthers();
}

void CustomerPanel::setTicket(const std::optional<TicketRecord> &ticket)
{
    const qint64 before = m_ticket ? m_ticket->customerId : 0;
    m_ticket = ticket;
    if (!ticket) {
        m_customer.reset();
        m_unreadable.clear();
    } else {
        try {
            m_customer = m_tickets.customer(ticket->customerId);
            m_unreadable.clear();
        } catch (const StorageError &error) {
            // Offline: what was read of this customer stays; another one says why it cannot.
            if (before != ticket->customerId)
                m_customer.reset();
            m_unreadable = QString::fromStdString(error.what());
        }
    }
    refresh();
}

void CustomerPanel::refresh()
{
    setVisible(m_ticket.has_value());
    if (!m_ticket)
        return;
    const Customer *customer = m_customer && m_customer->id == m_ticket->customerId ? &*m_customer
                                                                                    : nullptr;
    m_heading->setText(customer ? customer->name : m_ticket->customer);
    if (!customer) {
        m_organization->setText(m_unreadable.isEmpty()
                                    ? tr("This customer is no longer in the database.")
                                    : tr("The customer cannot be read just now."));
        m_organization->setToolTip(m_unreadable);
        m_organization->show();
        m_contract->clear();
        m_localTime->clear();
    } else {
        m_organization->setToolTip(QString());
        m_organization->setText(tr("Organization: %1").arg(customer->organization));
        // Most customers are their own organization: the name above says it already.
        m_organization->setVisible(!customer->organization.isEmpty()
                                   && customer->organization != customer->name);
        const Instant now = m_clock.now();
        const Contract *contract = customer->contractAt(now);
        if (!contract) {
            m_contract->setText(tr("No contract in force now."));
        } else {
            const Policy *policy = m_tickets.engine().latestPolicy(contract->policyId);
            const NamedItem *tier = policy ? policy->tier(contract->tier) : nullptr;
            const QString policyName = policy ? policy->displayName(PolicyNames::language())
                                              : contract->policyId;
            const QString tierName = tier ? tier->displayName(PolicyNames::language())
                                          : contract->tier;
            m_contract->setText(contract->endsAt
                                    ? tr("Contract: %1, tier %2, from %3 to %4")
                                          .arg(policyName,
                                               tierName,
                                               dateOf(contract->startsAt),
                                               dateOf(*contract->endsAt))
                                    : tr("Contract: %1, tier %2, since %3")
                                          .arg(policyName, tierName, dateOf(contract->startsAt)));
        }
    }
    refreshOthers();
}

void CustomerPanel::tick()
{
    if (!m_ticket || !m_customer || m_customer->id != m_ticket->customerId)
        return;
    m_localTime->setText(tr("Local time: %1 (%2)")
                             .arg(ReadableText::timeOfDayInZone(m_clock.now(), m_customer->timeZone),
                                  m_customer->timeZone));
    // The countdowns of the other tickets move with the queue's.
    if (m_queue) {
        for (int i = 0; i < m_others->count(); ++i) {
            QListWidgetItem *item = m_others->item(i);
            const int row = m_queue->rowOfTicket(item->data(Qt::UserRole).toLongLong());
            if (row >= 0)
                item->setText(tr("#%1 %2 · %3", "ticket number, title, countdown")
                                  .arg(m_queue->ticketAt(row)->id)
                                  .arg(m_queue->ticketAt(row)->title,
                                       m_queue->index(row, TicketQueueModel::RemainingColumn)
                                           .data()
                                           .toString()));
        }
    }
}

void CustomerPanel::refreshOthers()
{
    if (!m_ticket) {
        m_others->clear();
        return;
    }
    // Who has asked: this ticket's contact and those of the customer's other open tickets.
    QStringList contacts;
    if (const QString contact = contactOf(*m_ticket); !contact.isEmpty())
        contacts.append(contact);
    QList<std::pair<qint64, qint64>> others; // urgency, id: the most urgent first, as the queue
    if (m_queue) {
        for (int row = 0; row < m_queue->rowCount(); ++row) {
            const TicketRecord *ticket = m_queue->ticketAt(row);
            if (!ticket || ticket->customerId != m_ticket->customerId
                || ticket->status == TicketStatus::Resolved)
                continue;
            if (const QString contact = contactOf(*ticket);
                !contact.isEmpty() && !contacts.contains(contact))
                contacts.append(contact);
            if (ticket->id != m_ticket->id)
                others.append({m_queue->urgencyAt(row), ticket->id});
        }
    }
    std::sort(others.begin(), others.end());
    QList<qint64> ids;
    for (const auto &[urgency, id] : std::as_const(others))
        ids.append(id);
    // No contact list is kept for customers: those who asked on their tickets are the contacts.
    m_contacts->setText(tr("Contacts: %1").arg(contacts.join(QStringLiteral(", "))));
    m_contacts->setVisible(!contacts.isEmpty());
    m_othersHeading->setText(ids.isEmpty()
                                 ? tr("No other open ticket")
                                 : tr("%n other open ticket(s)", nullptr, int(ids.size())));
    if (otherTickets() != ids) {
        m_others->clear();
        for (const qint64 id : std::as_const(ids)) {
            auto *item = new QListWidgetItem(m_others);
            item->setData(Qt::UserRole, id);
            item->setText(QStringLiteral("#%1").arg(id));
        }
    }
    m_others->setVisible(!ids.isEmpty());
    // Up to three rows show, more scroll: the pane is crowded at 800 pixels high.
    if (!ids.isEmpty())
        m_others->setFixedHeight(int(std::min<qsizetype>(ids.size(), 3))
                                     * m_others->sizeHintForRow(0)
                                 + 2 * m_others->frameWidth());
    tick();
}

QList<qint64> CustomerPanel::otherTickets() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_others->count(); ++i)
        ids.append(m_others->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

void CustomerPanel::retranslateUi()
{
    m_others->setToolTip(tr("Click a ticket to open it"));
    refresh();
}

void CustomerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace hourglass
