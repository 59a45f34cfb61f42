// The customers page and the expertise ledger: customers on the left, the one chosen on the
// right in two tabs. Every change goes through ContractService; the page reads again when the
// change feed says another client changed what it shows.
#include "customersview.h"

#include "sla/explaintext.h"
#include "sla/policynames.h"
#include "statementpdf.h"
#include "storage/changefeed.h"
#include "storage/conflicterror.h"
#include "storage/storageerror.h"
#include "tickets/ticketservice.h"
#include "time/clock.h"
#include "time/datetext.h"
#include "time/wallclock.h"

#include <date/tz.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hourglass {

namespace {

QDate localDate(Instant t, const QString &zone)
{
    return QDateTime::fromSecsSinceEpoch(toEpoch(t), QTimeZone(zone.toUtf8())).date();
}

date::year_month monthOfDate(QDate d)
{
    return date::year{d.year()} / date::month{unsigned(d.month())};
}

QTreeWidget *table(QWidget *parent, const char *name)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QLatin1String(name));
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    tree->setMinimumHeight(110);
    return tree;
}

// A label's text as a field's name: "&Time zone:" is "Time zone", "Fuseau &horaire :" is
// "Fuseau horaire".
QString fieldNameOf(const QLabel *label)
{
    QString text = label->text().remove(u'&').trimmed();
    while (text.endsWith(u':') || text.endsWith(u' ') || text.endsWith(QChar(0x00a0)))
        text.chop(1);
    return text;
}

} // namespace

CustomersView::CustomersView(ContractService &contracts,
                             TicketService &tickets,
                             const Clock &clock,
                             ChangeFeed *feed,
                             QWidget *parent)
    : QWidget(parent)
    , m_contracts(contracts)
    , m_tickets(tickets)
    , m_clock(clock)
    , m_month(date::year{1970} / date::January)
    , m_reload(new QTimer(this))
{
    setObjectName(QStringLiteral("customersView"));
    m_askSave = [this](const QString &title, const QString &name, const QString &filter) {
        return QFileDialog::getSaveFileName(this, title, name, filter);
    };
    build();
    m_reload->setSingleShot(true);
    m_reload->setInterval(150);
    connect(m_reload, &QTimer::timeout, this, &CustomersView::reload);
    if (feed)
        connect(feed, &ChangeFeed::changed, this, &CustomersView::noteChange);
    retranslateUi();
    reload();
}

void CustomersView::build()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(left);
    m_filter->setObjectName(QStringLiteral("customerFilter"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("customerList"));
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list);
    connect(m_filter, &QLineEdit::textChanged, this, &CustomersView::reloadCustomers);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id != m_customerId) {
            m_customerId = id;
            m_month = date::year{1970} / date::January;
            showCustomer();
        }
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(right);
    m_heading->setObjectName(QStringLiteral("customerHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("customerTabs"));
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("customerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_tabs, 1);
    rightLayout->addWidget(m_status);

    // The customer tab, scrolled: it is long on a 1280x800 screen.
    auto *customerScroll = new QScrollArea(m_tabs);
    customerScroll->setWidgetResizable(true);
    customerScroll->setFrameShape(QFrame::NoFrame);
    m_customerTab = new QWidget(customerScroll);
    customerScroll->setWidget(m_customerTab);
    auto *customer = new QVBoxLayout(m_customerTab);

    auto *top = new QHBoxLayout;
    m_identityBox = new QGroupBox(m_customerTab);
    auto *identity = new QFormLayout(m_identityBox);
    m_nameLabel = new QLabel(m_identityBox);
    m_name = new QLineEdit(m_identityBox);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_organizationLabel = new QLabel(m_identityBox);
    m_organization = new QLineEdit(m_identityBox);
    m_organization->setObjectName(QStringLiteral("customerOrganization"));
    m_languageLabel = new QLabel(m_identityBox);
    m_language = new QComboBox(m_identityBox);
    m_language->setObjectName(QStringLiteral("customerLanguage"));
    m_language->addItem(QString(), QStringLiteral("en"));
    m_language->addItem(QString(), QStringLiteral("fr"));
    m_zoneLabel = new QLabel(m_identityBox);
    m_zone = new QComboBox(m_identityBox);
    m_zone->setObjectName(QStringLiteral("customerZone"));
    m_zone->setEditable(true);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds()) {
        if (zone.contains('/'))
            m_zone->addItem(QString::fromLatin1(zone));
    }
    m_save = new QPushButton(m_identityBox);
    m_save->setObjectName(QStringLiteral("saveCustomer"));
    identity->addRow(m_nameLabel, m_name);
    identity->addRow(m_organizationLabel, m_organization);
    identity->addRow(m_languageLabel, m_language);
    identity->addRow(m_zoneLabel, m_zone);
    identity->addRow(QString(), m_save);
    m_nameLabel->setBuddy(m_name);
    m_organizationLabel->setBuddy(m_organization);
    m_languageLabel->setBuddy(m_language);
    m_zoneLabel->setBuddy(m_zone);
    connect(m_save, &QPushButton::clicked, this, &CustomersView::saveCustomer);
    m_entitlementsBox = new QGroupBox(m_customerTab);
    auto *entitlements = new QVBoxLayout(m_entitlementsBox);
    m_entitlements = new QLabel(m_entitlementsBox);
    m_entitlements->setObjectName(QStringLiteral("entitlements"));
    m_entitlements->setWordWrap(true);
    m_entitlements->setTextFormat(Qt::RichText);
    m_entitlements->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_entitlements->setMinimumHeight(m_entitlements->fontMetrics().lineSpacing() * 13);
    entitlements->addWidget(m_entitlements);
    top->addWidget(m_identityBox, 1);
    top->addWidget(m_entitlementsBox, 1);
    customer->addLayout(top);

    m_historyBox = new QGroupBox(m_customerTab);
    auto *history = new QVBoxLayout(m_historyBox);
    m_history = table(m_historyBox, "tierHistory");
    m_history->setMaximumHeight(150);
    history->addWidget(m_history);
    customer->addWidget(m_historyBox);

    m_changeBox = new QGroupBox(m_customerTab);
    auto *change = new QVBoxLayout(m_changeBox);
    auto *changeRow = new QHBoxLayout;
    m_tierLabel = new QLabel(m_changeBox);
    m_tierChoice = new QComboBox(m_changeBox);
    m_tierChoice->setObjectName(QStringLiteral("tierChoice"));
    m_tierChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tierLabel->setBuddy(m_tierChoice);
    m_reasonLabel = new QLabel(m_changeBox);
    m_reason = new QLineEdit(m_changeBox);
    m_reason->setObjectName(QStringLiteral("downgradeReason"));
    m_reasonLabel->setBuddy(m_reason);
    m_upgrade = new QPushButton(m_changeBox);
    m_upgrade->setObjectName(QStringLiteral("upgradeTier"));
    m_downgrade = new QPushButton(m_changeBox);
    m_downgrade->setObjectName(QStringLiteral("requestDowngrade"));
    changeRow->addWidget(m_tierLabel);
    changeRow->addWidget(m_tierChoice);
    changeRow->addWidget(m_upgrade);
    changeRow->addWidget(m_reasonLabel);
    changeRow->addWidget(m_reason, 1);
    changeRow->addWidget(m_downgrade);
    change->addLayout(changeRow);
    m_requests = table(m_changeBox, "tierRequests");
    m_requests->setMinimumHeight(70);
    m_requests->setMaximumHeight(120);
    change->addWidget(m_requests);
    auto *requestButtons = new QHBoxLayout;
    m_carryOut = new QPushButton(m_changeBox);
    m_carryOut->setObjectName(QStringLiteral("carryOutRequest"));
    m_withdraw = new QPushButton(m_changeBox);
    m_withdraw->setObjectName(QStringLiteral("withdrawRequest"));
    requestButtons->addStretch();
    requestButtons->addWidget(m_carryOut);
    requestButtons->addWidget(m_withdraw);
    change->addLayout(requestButtons);
    customer->addWidget(m_changeBox);
    connect(m_tierChoice, &QComboBox::currentIndexChanged, this, &CustomersView::updateTierButtons);
    connect(m_upgrade, &QPushButton::clicked, this, &CustomersView::upgrade);
    connect(m_downgrade, &QPushButton::clicked, this, &CustomersView::requestDowngrade);
    connect(m_carryOut, &QPushButton::clicked, this, &CustomersView::carryOutSelected);
    connect(m_withdraw, &QPushButton::clicked, this, &CustomersView::withdrawSelected);

    m_ticketsBox = new QGroupBox(m_customerTab);
    auto *tickets = new QVBoxLayout(m_ticketsBox);
    m_openTickets = table(m_ticketsBox, "customerTickets");
    tickets->addWidget(m_openTickets);
    customer->addWidget(m_ticketsBox);
    m_tabs->addTab(customerScroll, QString());

    // The expertise tab.
    auto *expertiseScroll = new QScrollArea(m_tabs);
    expertiseScroll->setWidgetResizable(true);
    expertiseScroll->setFrameShape(QFrame::NoFrame);
    m_expertiseTab = new QWidget(expertiseScroll);
    expertiseScroll->setWidget(m_expertiseTab);
    auto *expertise = new QVBoxLayout(m_expertiseTab);
    auto *monthRow = new QHBoxLayout;
    m_previous = new QPushButton(m_expertiseTab);
    m_previous->setObjectName(QStringLiteral("previousMonth"));
    m_monthLabel = new QLabel(m_expertiseTab);
    m_monthLabel->setObjectName(QStringLiteral("monthLabel"));
    QFont bold = m_monthLabel->font();
    bold.setBold(true);
    m_monthLabel->setFont(bold);
    m_next = new QPushButton(m_expertiseTab);
    m_next->setObjectName(QStringLiteral("nextMonth"));
    m_thisMonth = new QPushButton(m_expertiseTab);
    m_thisMonth->setObjectName(QStringLiteral("thisMonth"));
    m_exportCsv = new QPushButton(m_expertiseTab);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_statement = new QPushButton(m_expertiseTab);
    m_statement->setObjectName(QStringLiteral("writeStatement"));
    monthRow->addWidget(m_previous);
    monthRow->addWidget(m_monthLabel);
    monthRow->addWidget(m_next);
    monthRow->addWidget(m_thisMonth);
    monthRow->addStretch();
    monthRow->addWidget(m_exportCsv);
    monthRow->addWidget(m_statement);
    expertise->addLayout(monthRow);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        showMonth(m_month - date::months{1});
    });
    connect(m_next, &QPushButton::clicked, this, [this] { showMonth(m_month + date::months{1}); });
    connect(m_thisMonth, &QPushButton::clicked, this, [this] {
        if (m_customer)
            showMonth(monthOfDate(localDate(m_clock.now(), m_customer->timeZone)));
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_statement, &QPushButton::clicked, this, [this] { writeStatement(); });

    m_balance = new QLabel(m_expertiseTab);
    m_balance->setObjectName(QStringLiteral("expertiseBalance"));
    m_balance->setTextFormat(Qt::RichText);
    m_balance->setWordWrap(true);
    m_warning = new QLabel(m_expertiseTab);
    m_warning->setObjectName(QStringLiteral("expertiseWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; "
                                            "border: 1px solid #d9a400; padding: 4px; }"));
    expertise->addWidget(m_balance);
    expertise->addWidget(m_warning);
    m_entries = table(m_expertiseTab, "expertiseEntries");
    m_entries->setMinimumHeight(160);
    expertise->addWidget(m_entries, 1);
    auto *reverseRow = new QHBoxLayout;
    m_reverseReason = new QLineEdit(m_expertiseTab);
    m_reverseReason->setObjectName(QStringLiteral("reverseReason"));
    m_reverse = new QPushButton(m_expertiseTab);
    m_reverse->setObjectName(QStringLiteral("reverseEntry"));
    reverseRow->addWidget(m_reverseReason, 1);
    reverseRow->addWidget(m_reverse);
    expertise->addLayout(reverseRow);
    connect(m_reverse, &QPushButton::clicked, this, &CustomersView::reverseSelected);

    auto *forms = new QHBoxLayout;
    m_logBox = new QGroupBox(m_expertiseTab);
    auto *log = new QFormLayout(m_logBox);
    m_dateLabel = new QLabel(m_logBox);
    m_date = new QDateEdit(m_logBox);
    m_date->setObjectName(QStringLiteral("sessionDate"));
    m_date->setCalendarPopup(true);
    m_durationLabel = new QLabel(m_logBox);
    m_duration = new QDoubleSpinBox(m_logBox);
    m_duration->setObjectName(QStringLiteral("sessionHours"));
    m_duration->setRange(0.25, ContractService::maximumSession / 60.0);
    m_duration->setSingleStep(0.25);
    m_duration->setDecimals(2);
    m_duration->setValue(1);
    m_kindLabel = new QLabel(m_logBox);
    m_kind = new QComboBox(m_logBox);
    m_kind->setObjectName(QStringLiteral("sessionKind"));
    for (ExpertiseKind kind : ExpertiseKinds::all())
        m_kind->addItem(QString(), ExpertiseKinds::key(kind));
    m_sessionLanguageLabel = new QLabel(m_logBox);
    m_sessionLanguage = new QComboBox(m_logBox);
    m_sessionLanguage->setObjectName(QStringLiteral("sessionLanguage"));
    m_sessionLanguage->addItem(QString(), QStringLiteral("fr"));
    m_sessionLanguage->addItem(QString(), QStringLiteral("en"));
    m_ticketLabel = new QLabel(m_logBox);
    m_ticket = new QComboBox(m_logBox);
    m_ticket->setObjectName(QStringLiteral("sessionTicket"));
    m_notesLabel = new QLabel(m_logBox);
    m_notes = new QLineEdit(m_logBox);
    m_notes->setObjectName(QStringLiteral("sessionNotes"));
    m_log = new QPushButton(m_logBox);
    m_log->setObjectName(QStringLiteral("logSession"));
    log->addRow(m_dateLabel, m_date);
    log->addRow(m_durationLabel, m_duration);
    log->addRow(m_kindLabel, m_kind);
    log->addRow(m_sessionLanguageLabel, m_sessionLanguage);
    log->addRow(m_ticketLabel, m_ticket);
    log->addRow(m_notesLabel, m_notes);
    log->addRow(QString(), m_log);
    for (auto [label, field] : {std::pair<QLabel *, QWidget *>{m_dateLabel, m_date},
                                {m_durationLabel, m_duration},
                                {m_kindLabel, m_kind},
                                {m_sessionLanguageLabel, m_sessionLanguage},
                                {m_ticketLabel, m_ticket},
                                {m_notesLabel, m_notes}})
        label->setBuddy(field);
    // Asked in place, not in a dialog: a session beyond the balance is never silently taken.
    m_beyondBox = new QWidget(m_logBox);
    m_beyondBox->setObjectName(QStringLiteral("beyondBalance"));
    auto *beyond = new QVBoxLayout(m_beyondBox);
    beyond->setContentsMargins(0, 0, 0, 0);
    m_beyondText = new QLabel(m_beyondBox);
    m_beyondText->setWordWrap(true);
    auto *beyondButtons = new QHBoxLayout;
    m_drawPack = new QPushButton(m_beyondBox);
    m_drawPack->setObjectName(QStringLiteral("drawOnPack"));
    m_recordOverage = new QPushButton(m_beyondBox);
    m_recordOverage->setObjectName(QStringLiteral("recordOverage"));
    m_cancelBeyond = new QPushButton(m_beyondBox);
    m_cancelBeyond->setObjectName(QStringLiteral("cancelBeyond"));
    beyondButtons->addWidget(m_drawPack);
    beyondButtons->addWidget(m_recordOverage);
    beyondButtons->addWidget(m_cancelBeyond);
    beyond->addWidget(m_beyondText);
    beyond->addLayout(beyondButtons);
    log->addRow(m_beyondBox);
    m_beyondBox->hide();
    connect(m_log, &QPushButton::clicked, this, [this] { logSession(); });
    connect(m_drawPack, &QPushButton::clicked, this, [this] { logSession(Beyond::Pack); });
    connect(m_recordOverage, &QPushButton::clicked, this, [this] { logSession(Beyond::Overage); });
    connect(m_cancelBeyond, &QPushButton::clicked, m_beyondBox, &QWidget::hide);

    m_packBox = new QGroupBox(m_expertiseTab);
    auto *pack = new QFormLayout(m_packBox);
    m_packHours = new QDoubleSpinBox(m_packBox);
    m_packHours->setObjectName(QStringLiteral("packHours"));
    m_packHours->setRange(0.25, ContractService::maximumPack / 60.0);
    m_packHours->setSingleStep(0.25);
    m_packHours->setValue(5);
    m_packExpires = new QCheckBox(m_packBox);
    m_packExpires->setObjectName(QStringLiteral("packExpires"));
    m_packExpires->setChecked(true);
    m_packExpiry = new QDateEdit(m_packBox);
    m_packExpiry->setObjectName(QStringLiteral("packExpiry"));
    m_packExpiry->setCalendarPopup(true);
    m_packNote = new QLineEdit(m_packBox);
    m_packNote->setObjectName(QStringLiteral("packNote"));
    m_addPack = new QPushButton(m_packBox);
    m_addPack->setObjectName(QStringLiteral("addPack"));
    pack->addRow(QStringLiteral("h"), m_packHours);
    pack->addRow(m_packExpires, m_packExpiry);
    pack->addRow(QStringLiteral("n"), m_packNote);
    pack->addRow(QString(), m_addPack);
    connect(m_packExpires, &QCheckBox::toggled, m_packExpiry, &QWidget::setEnabled);
    connect(m_addPack, &QPushButton::clicked, this, &CustomersView::addPack);
    forms->addWidget(m_logBox, 3);
    forms->addWidget(m_packBox, 2, Qt::AlignTop);
    expertise->addLayout(forms);
    m_tabs->addTab(expertiseScroll, QString());

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void CustomersView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Find a customer"));
    m_identityBox->setTitle(tr("Customer"));
    m_nameLabel->setText(tr("&Name:"));
    m_organizationLabel->setText(tr("&Organization:"));
    m_languageLabel->setText(tr("&Language:"));
    m_zoneLabel->setText(tr("Time &zone:"));
    m_language->setItemText(0, tr("English"));
    m_language->setItemText(1, tr("French"));
    m_save->setText(tr("&Save changes"));
    m_entitlementsBox->setTitle(tr("Contract and entitlements today"));
    m_historyBox->setTitle(tr("Support level history"));
    m_history->setHeaderLabels({tr("Level"),
                                tr("From"),
                                tr("Until"),
                                tr("How", "a tier change: start, upgrade, downgrade"),
                                tr("Recorded by"),
                                tr("Billed from")});
    m_changeBox->setTitle(tr("Change the support level"));
    m_tierLabel->setText(tr("&Level:"));
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setPlaceholderText(tr("Why the customer asks for less"));
    m_upgrade->setText(tr("&Upgrade now"));
    m_upgrade->setToolTip(tr("Effective at once for SLA targets and entitlements; billed from "
                             "the first day of next month."));
    m_downgrade->setText(tr("Request &downgrade"));
    m_downgrade->setToolTip(tr("A downgrade goes through support: a ticket tracks it until it is "
                               "carried out."));
    m_requests->setHeaderLabels(
        {tr("Requested"), tr("From"), tr("To"), tr("Status"), tr("Ticket"), tr("Reason")});
    m_carryOut->setText(tr("&Carry out"));
    m_withdraw->setText(tr("&Withdraw"));
    m_ticketsBox->setTitle(tr("Open tickets"));
    m_openTickets->setHeaderLabels({tr("Ticket"), tr("Title"), tr("Severity"), tr("Status")});
    m_tabs->setTabText(0, tr("Customer"));
    m_tabs->setTabText(1, tr("Expertise hours"));
    m_previous->setText(tr("◀ &Previous month"));
    m_next->setText(tr("&Next month ▶"));
    m_thisMonth->setText(tr("&This month"));
    m_exportCsv->setText(tr("Export CS&V…"));
    m_statement->setText(tr("PDF s&tatement…"));
    m_entries->setHeaderLabels({tr("Date"),
                                tr("Coach"),
                                tr("Assignment"),
                                tr("Language"),
                                tr("Duration"),
                                tr("Taken from"),
                                tr("Notes"),
                                tr("Recorded")});
    m_reverseReason->setPlaceholderText(tr("Why the selected entry is wrong"));
    m_reverse->setText(tr("&Reverse the selected entry"));
    m_logBox->setTitle(tr("Log a session"));
    m_dateLabel->setText(tr("D&ate:"));
    m_durationLabel->setText(tr("D&uration:"));
    m_duration->setSuffix(tr(" h", "hours"));
    m_kindLabel->setText(tr("&Assignment:"));
    const QList<ExpertiseKind> kinds = ExpertiseKinds::all();
    for (int i = 0; i < kinds.size(); ++i)
        m_kind->setItemText(i, ExpertiseKinds::name(kinds.at(i)));
    m_sessionLanguageLabel->setText(tr("Lan&guage:"));
    m_sessionLanguage->setItemText(0, tr("French"));
    m_sessionLanguage->setItemText(1, tr("English"));
    m_ticketLabel->setText(tr("T&icket:"));
    m_notesLabel->setText(tr("N&otes:"));
    m_log->setText(tr("&Log session"));
    m_drawPack->setText(tr("Draw on a &pack"));
    m_recordOverage->setText(tr("Record an &overage"));
    m_cancelBeyond->setText(tr("Cancel"));
    m_packBox->setTitle(tr("Expertise pack bought"));
    if (auto *form = qobject_cast<QFormLayout *>(m_packBox->layout())) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_packHours)))
            label->setText(tr("Hours:"));
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(m_packNote)))
            label->setText(tr("Order:"));
    }
    m_packHours->setSuffix(tr(" h", "hours"));
    m_packExpires->setText(tr("Expires on"));
    m_addPack->setText(tr("Add the &pack"));
    m_date->setDisplayFormat(DateText::dayPattern());
    m_packExpiry->setDisplayFormat(DateText::dayPattern());
}

QString CustomersView::hours(int minutes) const
{
    if (minutes == 0)
        return tr("0h", "no time");
    const QString text = formatCompactDuration(Seconds{qint64(std::abs(minutes)) * 60}, 2);
    return minutes < 0 ? QStringLiteral("−") + text : text;
}

QString CustomersView::tierName(const Contract &contract) const
{
    const Policy *policy = m_contracts.policyOf(contract);
    return policy ? policy->tierName(contract.tier, PolicyNames::language()) : contract.tier;
}

QString CustomersView::problemOf(const std::exception &error) const
{
    const auto *input = dynamic_cast<const InputError *>(&error);
    if (!input)
        return QString::fromUtf8(error.what());
    // A file's problem says where in the file; a field's is named as this page labels it (the
    // service's field keys are not words for people), or left to its problem alone.
    if (!input->file().isEmpty())
        return input->message();
    const QLabel *label = nullptr;
    const QString place = input->place();
    const auto *packForm = qobject_cast<const QFormLayout *>(m_packBox->layout());
    const auto packLabel = [&](QWidget *field) {
        return packForm ? qobject_cast<const QLabel *>(packForm->labelForField(field)) : nullptr;
    };
    if (place == QLatin1String("name"))
        label = m_nameLabel;
    else if (place == QLatin1String("organization"))
        label = m_organizationLabel;
    else if (place == QLatin1String("language"))
        label = m_languageLabel;
    else if (place == QLatin1String("time zone"))
        label = m_zoneLabel;
    else if (place == QLatin1String("tier"))
        label = m_tierLabel;
    else if (place == QLatin1String("reason"))
        label = m_reasonLabel;
    else if (place == QLatin1String("date"))
        label = m_dateLabel;
    else if (place == QLatin1String("minutes"))
        label = m_durationLabel;
    else if (place == QLatin1String("kind"))
        label = m_kindLabel;
    else if (place == QLatin1String("ticket"))
        label = m_ticketLabel;
    else if (place == QLatin1String("notes"))
        label = m_notesLabel;
    else if (place == QLatin1String("hours"))
        label = packLabel(m_packHours);
    else if (place == QLatin1String("note"))
        label = packLabel(m_packNote);
    return label ? tr("%1: %2").arg(fieldNameOf(label), input->problem()) : input->problem();
}

void CustomersView::report(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(
        problem ? QStringLiteral("QLabel { color: #a00000; font-weight: bold; }") : QString());
}

QString CustomersView::statusText() const
{
    return m_status->text();
}

void CustomersView::noteChange(const Change &change)
{
    static const QSet<QString> tables = {QStringLiteral("customers"),
                                         QStringLiteral("contracts"),
                                         QStringLiteral("contract_requests"),
                                         QStringLiteral("expertise_entries"),
                                         QStringLiteral("expertise_packs"),
                                         QStringLiteral("tickets")};
    if (tables.contains(change.table))
        m_reload->start();
}

void CustomersView::reload()
{
    try {
        m_customers = m_contracts.customers();
    } catch (const StorageError &error) {
        report(error.message(), true);
        return;
    }
    reloadCustomers();
    showCustomer();
}

void CustomersView::reloadCustomers()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QString filter = m_filter->text().trimmed();
    const Instant now = m_clock.now();
    QListWidgetItem *current = nullptr;
    for (const Customer &c : std::as_const(m_customers)) {
        if (!filter.isEmpty() && !c.name.contains(filter, Qt::CaseInsensitive)
            && !c.organization.contains(filter, Qt::CaseInsensitive))
            continue;
        const Contract *contract = c.contractAt(now);
        auto *item = new QListWidgetItem(contract ? tr("%1 — %2", "customer — tier")
                                                        .arg(c.name, tierName(*contract))
                                                  : c.name,
                                         m_list);
        item->setData(Qt::UserRole, c.id);
        if (c.id == m_customerId)
            current = item;
    }
    if (!current && m_list->count() > 0 && filter.isEmpty() && m_customerId == 0)
        current = m_list->item(0);
    if (current) {
        m_list->setCurrentItem(current);
        m_customerId = current->data(Qt::UserRole).toLongLong();
    }
}

bool CustomersView::selectCustomer(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            m_list->setCurrentRow(i);
            m_customerId = id;
            showCustomer();
            return true;
        }
    }
    return false;
}

void CustomersView::showExpertise()
{
    m_tabs->setCurrentIndex(1);
}

void CustomersView::showCustomerTab()
{
    m_tabs->setCurrentIndex(0);
}

void CustomersView::fillTierChoice(const Customer &customer)
{
    const QSignalBlocker blocker(m_tierChoice);
    const QString chosen = m_tierChoice->currentData().toString();
    m_tierChoice->clear();
    const Contract *current = customer.contractAt(m_clock.now());
    const Policy *policy = current ? m_contracts.policyOf(*current) : nullptr;
    if (policy) {
        for (const Tier &tier : policy->tiers) {
            if (tier.id != current->tier)
                m_tierChoice->addItem(tier.displayName(PolicyNames::language()), tier.id);
        }
    }
    const int index = m_tierChoice->findData(chosen);
    m_tierChoice->setCurrentIndex(index >= 0 ? index : 0);
    m_changeBox->setEnabled(policy && m_tierChoice->count() > 0 && !current->endsAt);
}

void CustomersView::updateTierButtons()
{
    const Contract *current = m_customer ? m_customer->contractAt(m_clock.now()) : nullptr;
    const Tier *from = current ? m_contracts.tierOf(*current) : nullptr;
    const Policy *policy = current ? m_contracts.policyOf(*current) : nullptr;
    const Tier *to = policy ? policy->tier(m_tierChoice->currentData().toString()) : nullptr;
    // One way or the other: above is an upgrade at once, anything else a request.
    m_upgrade->setEnabled(from && to && to->level > from->level);
    m_downgrade->setEnabled(from && to && to->level <= from->level);
}

void CustomersView::showCustomer()
{
    m_customer.reset();
    for (const Customer &c : std::as_const(m_customers)) {
        if (c.id == m_customerId)
            m_customer = c;
    }
    m_tabs->setEnabled(m_customer.has_value());
    if (!m_customer) {
        m_heading->setText(m_customers.isEmpty() ? tr("No customer yet.")
                                                 : tr("Choose a customer."));
        return;
    }
    const Customer &c = *m_customer;
    const Instant now = m_clock.now();
    const QString language = PolicyNames::language();
    const Contract *current = c.contractAt(now);
    m_heading->setText(current ? tr("%1 — %2", "customer — tier").arg(c.name, tierName(*current))
                               : c.name);
    if (!m_name->hasFocus())
        m_name->setText(c.name);
    if (!m_organization->hasFocus())
        m_organization->setText(c.organization);
    m_language->setCurrentIndex(std::max(0, m_language->findData(c.language)));
    m_zone->setCurrentText(c.timeZone);

    std::optional<ExpertiseLedger> ledger;
    try {
        // This month, for the entitlements of today.
        ledger.emplace(m_contracts.ledger(c, monthOfDate(localDate(now, c.timeZone))));
    } catch (const std::exception &error) {
        report(problemOf(error), true);
        return;
    }
    // Entitlements as of now, from the tier in force.
    QStringList lines;
    if (current) {
        const Policy *policy = m_contracts.policyOf(*current);
        const Tier *tier = m_contracts.tierOf(*current);
        lines.append(tr("<b>%1</b>, %2 since %3")
                         .arg(tierName(*current).toHtmlEscaped(),
                              policy ? policy->displayName(language).toHtmlEscaped()
                                     : current->policyId.toHtmlEscaped(),
                              DateText::dayInZone(current->startsAt, c.timeZone)));
        if (policy && tier && !policy->severities.isEmpty()) {
            const Severity &urgent = policy->severities.first();
            const Target *target = policy->target(Metric::Resolution, urgent.id, tier->id);
            lines.append(tr("Resolution of %1: %2")
                             .arg(urgent.displayName(language).toHtmlEscaped(),
                                  !target ? tr("no commitment")
                                  : target->kind == Target::Kind::BestEffort
                                      ? tr("best effort")
                                      : ExplainText::targetText(*target, *policy).toHtmlEscaped()));
        }
        if (tier) {
            const TierEntitlements &e = tier->entitlements;
            const int included = ledger->includedIn(ledger->monthOf(now));
            lines.append(included > 0
                             ? tr("Expertise hours included this month: %1").arg(hours(included))
                             : tr("No expertise hours included this month (packs only)"));
            lines.append(ledger->privilegedAccessAt(now) ? tr("Privileged access to experts: yes")
                                                         : tr("Privileged access to experts: no"));
            lines.append(e.phoneTickets ? tr("Tickets by phone: yes") : tr("Tickets by phone: no"));
            lines.append(e.reception24x7 ? tr("Tickets received 24×7: yes")
                                         : tr("Tickets received 24×7: no"));
            QStringList offered;
            for (const QString &l : e.languages)
                offered.append(l == QLatin1String("fr") ? tr("French") : tr("English"));
            lines.append(tr("Languages: %1").arg(offered.join(QLatin1String(", "))));
            lines.append(e.carryOver ? tr("Unused hours carry over to the next month")
                                     : tr("Unused hours do not carry over"));
        }
    } else {
        lines.append(tr("No contract in force."));
    }
    m_entitlements->setText(lines.join(QLatin1String("<br>")));

    m_history->clear();
    for (const Contract &k : c.contracts) {
        QString how;
        switch (k.change) {
        case Contract::Change::Start:
            how = tr("Start");
            break;
        case Contract::Change::Upgrade:
            how = tr("Upgrade");
            break;
        case Contract::Change::Downgrade:
            how = tr("Downgrade");
            break;
        }
        auto *item = new QTreeWidgetItem(m_history,
                                         {tierName(k),
                                          DateText::inZone(k.startsAt, c.timeZone),
                                          k.endsAt ? DateText::inZone(*k.endsAt, c.timeZone)
                                                   : tr("in force"),
                                          how,
                                          k.recordedBy.isEmpty() ? tr("imported") : k.recordedBy,
                                          k.billedFrom ? DateText::day(*k.billedFrom) : QString()});
        item->setData(0, Qt::UserRole, k.id);
    }
    for (int i = 0; i < m_history->columnCount(); ++i)
        m_history->resizeColumnToContents(i);
    fillTierChoice(c);
    updateTierButtons();

    m_requests->clear();
    try {
        for (const ContractRequest &r : m_contracts.requests(c.id)) {
            QString status;
            switch (r.status) {
            case ContractRequest::Status::Pending:
                status = tr("waiting for support");
                break;
            case ContractRequest::Status::Done:
                status = tr("carried out on %1")
                             .arg(DateText::inZone(r.doneAt.value_or(r.requestedAt), c.timeZone));
                break;
            case ContractRequest::Status::Withdrawn:
                status = tr("withdrawn");
                break;
            }
            const Contract from{.policyId = current ? current->policyId : QString(),
                                .tier = r.fromTier};
            const Contract to{.policyId = from.policyId, .tier = r.toTier};
            auto *item = new QTreeWidgetItem(m_requests,
                                             {DateText::inZone(r.requestedAt, c.timeZone),
                                              tierName(from),
                                              tierName(to),
                                              status,
                                              r.ticketId ? QStringLiteral("#%1").arg(*r.ticketId)
                                                         : QString(),
                                              r.reason});
            item->setData(0, Qt::UserRole, r.id);
            item->setData(1, Qt::UserRole, r.version);
            item->setData(2, Qt::UserRole, r.status == ContractRequest::Status::Pending);
        }
    } catch (const StorageError &error) {
        report(error.message(), true);
    }
    for (int i = 0; i < m_requests->columnCount(); ++i)
        m_requests->resizeColumnToContents(i);

    m_openTickets->clear();
    const QString chosenTicket = m_ticket->currentData().toString();
    m_ticket->clear();
    m_ticket->addItem(tr("None"), QString());
    try {
        for (const TicketRecord &t : m_tickets.repository().openTickets()) {
            if (t.customerId != c.id)
                continue;
            new QTreeWidgetItem(m_openTickets,
                                {QStringLiteral("#%1").arg(t.id),
                                 t.title,
                                 PolicyNames::severity(m_tickets.engine(),
                                                       t.policyId,
                                                       t.policyVersion,
                                                       t.severity,
                                                       language),
                                 ExplainText::statusName(t.status)});
            m_ticket->addItem(QStringLiteral("#%1 %2").arg(t.id).arg(t.title.left(60)),
                              QString::number(t.id));
        }
    } catch (const StorageError &error) {
        report(error.message(), true);
    }
    m_ticket->setCurrentIndex(std::max(0, m_ticket->findData(chosenTicket)));
    m_openTickets->resizeColumnToContents(0);
    m_openTickets->setColumnWidth(1, 420);

    const QDate today = localDate(now, c.timeZone);
    if (m_month == date::year{1970} / date::January) {
        m_month = monthOfDate(today);
        m_date->setDate(today);
        m_sessionLanguage->setCurrentIndex(std::max(0, m_sessionLanguage->findData(c.language)));
        m_packExpiry->setDate(today.addYears(1));
    }
    m_date->setMaximumDate(today.addDays(1));
    showLedger();
}

void CustomersView::showMonth(date::year_month month)
{
    m_month = month;
    showLedger();
}

void CustomersView::showLedger()
{
    if (!m_customer)
        return;
    const Customer &c = *m_customer;
    const QDate first(int(m_month.year()), int(unsigned(m_month.month())), 1);
    m_monthLabel->setText(QLocale().standaloneMonthName(first.month()) + QLatin1Char(' ')
                          + QString::number(first.year()));
    std::optional<ExpertiseLedger> ledger;
    try {
        ledger.emplace(m_contracts.ledger(c, m_month));
    } catch (const std::exception &error) {
        report(problemOf(error), true);
        return;
    }
    const MonthBalance b = ledger->balance(m_month);
    QStringList parts;
    parts.append(tr("Included: <b>%1</b>").arg(hours(b.includedMinutes)));
    if (b.carriedInMinutes)
        parts.append(tr("carried over: <b>%1</b>").arg(hours(b.carriedInMinutes)));
    parts.append(tr("in packs: <b>%1</b>").arg(hours(b.packMinutes)));
    parts.append(tr("used: <b>%1</b>").arg(hours(b.usedMinutes)));
    parts.append(tr("included hours left: <b>%1</b>").arg(hours(std::max(0, b.leftMinutes))));
    if (b.packMinutes || b.packLeftMinutes)
        parts.append(tr("left in packs: <b>%1</b>").arg(hours(b.packLeftMinutes)));
    if (b.overageMinutes)
        parts.append(tr("overage: <b>%1</b>").arg(hours(b.overageMinutes)));
    m_balance->setText(parts.join(QStringLiteral(" · ")));
    switch (b.warning) {
    case BalanceWarning::None:
        m_warning->hide();
        m_warning->clear();
        break;
    case BalanceWarning::ThreeQuarters:
        m_warning->setText(tr("⚠ 75 % of this month's hours are used: %1 of %2.")
                               .arg(hours(b.fromIncluded), hours(b.availableMinutes())));
        m_warning->show();
        break;
    case BalanceWarning::Exhausted:
        m_warning->setText(b.availableMinutes() > 0
                               ? tr("⚠ All of this month's hours are used (%1): further sessions "
                                    "draw on a pack or are recorded as an overage.")
                                     .arg(hours(b.availableMinutes()))
                               : tr("⚠ This month includes no hours: sessions draw on a pack or "
                                    "are recorded as an overage."));
        m_warning->show();
        break;
    }
    m_entries->clear();
    m_shownEntries = b.entries;
    QSet<qint64> reversed;
    for (const ExpertiseEntry &e : b.entries) {
        if (e.reverses)
            reversed.insert(*e.reverses);
    }
    for (const ExpertiseEntry &e : b.entries) {
        QStringList taken;
        if (e.fromIncluded)
            taken.append(tr("included %1").arg(hours(e.sign() * e.fromIncluded)));
        if (e.fromPacks())
            taken.append(tr("pack %1").arg(hours(e.sign() * e.fromPacks())));
        if (e.overage)
            taken.append(tr("overage %1").arg(hours(e.sign() * e.overage)));
        QString notes = e.notes;
        if (e.reverses)
            notes = tr("Reverses an entry: %1").arg(e.notes);
        else if (reversed.contains(e.id))
            notes = tr("%1 (reversed)").arg(e.notes);
        auto *item = new QTreeWidgetItem(
            m_entries,
            {DateText::dayInZone(e.at, c.timeZone),
             e.coachName.isEmpty() ? e.coach : e.coachName,
             ExpertiseKinds::name(e.kind),
             e.language == QLatin1String("fr") ? tr("French") : tr("English"),
             hours(e.signedMinutes()),
             taken.join(QLatin1String(", ")),
             notes,
             tr("%1 by %2").arg(DateText::inViewerZone(e.recordedAt), e.recordedBy)});
        item->setData(0, Qt::UserRole, e.id);
        item->setData(1, Qt::UserRole, e.isReversal() || reversed.contains(e.id));
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        if (e.isReversal() || reversed.contains(e.id)) {
            QFont italic = item->font(0);
            italic.setItalic(true);
            for (int col = 0; col < m_entries->columnCount(); ++col)
                item->setFont(col, italic);
        }
    }
    if (b.entries.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_entries, {tr("No session this month.")});
        item->setFlags(Qt::NoItemFlags);
    }
    for (int i = 0; i < 7; ++i)
        m_entries->resizeColumnToContents(i);
    m_entries->setColumnWidth(6, std::min(m_entries->columnWidth(6), 320));
}

QString CustomersView::balanceText() const
{
    return m_balance->text();
}

QString CustomersView::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void CustomersView::saveCustomer()
{
    if (!m_customer)
        return;
    try {
        m_contracts.editCustomer({m_customer->id,
                                  m_customer->version,
                                  m_name->text(),
                                  m_organization->text(),
                                  m_language->currentData().toString(),
                                  m_zone->currentText().trimmed()});
        report(tr("Saved."), false);
        reload();
    } catch (const ConflictError &error) {
        report(tr("Not saved: someone changed this customer meanwhile (%1). The page shows their "
                  "version now; make your change again.")
                   .arg(error.theirAuthor.isEmpty() ? tr("someone") : error.theirAuthor),
               true);
        reload();
    } catch (const std::exception &error) {
        report(tr("Not saved: %1").arg(problemOf(error)), true);
    }
}

void CustomersView::upgrade()
{
    if (!m_customer)
        return;
    const Contract *current = m_customer->contractAt(m_clock.now());
    if (!current)
        return;
    try {
        const TierChange change = m_contracts.upgrade(m_customer->id,
                                                      m_tierChoice->currentData().toString(),
                                                      current->version);
        report(tr("Upgraded to %1 from %2; billed from %3. %n open ticket(s) re-targeted.",
                  nullptr,
                  int(change.ticketsMoved))
                   .arg(m_tierChoice->currentText(),
                        DateText::inZone(change.effectiveAt, m_customer->timeZone),
                        QLocale().toString(change.billedFrom, QLocale::LongFormat)),
               false);
    } catch (const std::exception &error) {
        report(tr("Not changed: %1").arg(problemOf(error)), true);
    }
    reload();
}

void CustomersView::requestDowngrade()
{
    if (!m_customer)
        return;
    const Contract *current = m_customer->contractAt(m_clock.now());
    if (!current)
        return;
    try {
        const ContractRequest request
            = m_contracts.requestDowngrade(m_customer->id,
                                           m_tierChoice->currentData().toString(),
                                           m_reason->text(),
                                           current->version);
        m_reason->clear();
        report(tr("Downgrade to %1 requested: ticket #%2 tracks it until support carries it out.")
                   .arg(m_tierChoice->currentText())
                   .arg(request.ticketId.value_or(0)),
               false);
    } catch (const std::exception &error) {
        report(tr("Not requested: %1").arg(problemOf(error)), true);
    }
    reload();
}

void CustomersView::carryOutSelected()
{
    const QTreeWidgetItem *item = m_requests->currentItem();
    if (!item || !item->data(2, Qt::UserRole).toBool()) {
        report(tr("Choose a request waiting for support."), true);
        return;
    }
    try {
        const TierChange change = m_contracts.carryOut(item->data(0, Qt::UserRole).toLongLong(),
                                                       item->data(1, Qt::UserRole).toInt());
        report(tr("Carried out: effective %1, billed from %2.")
                   .arg(DateText::inZone(change.effectiveAt, m_customer->timeZone),
                        QLocale().toString(change.billedFrom, QLocale::LongFormat)),
               false);
    } catch (const std::exception &error) {
        report(tr("Not carried out: %1").arg(problemOf(error)), true);
    }
    reload();
}

void CustomersView::withdrawSelected()
{
    const QTreeWidgetItem *item = m_requests->currentItem();
    if (!item || !item->data(2, Qt::UserRole).toBool()) {
        report(tr("Choose a request waiting for support."), true);
        return;
    }
    try {
        m_contracts.withdraw(item->data(0, Qt::UserRole).toLongLong(),
                             item->data(1, Qt::UserRole).toInt());
        report(tr("Request withdrawn."), false);
    } catch (const std::exception &error) {
        report(tr("Not withdrawn: %1").arg(problemOf(error)), true);
    }
    reload();
}

void CustomersView::logSession(Beyond beyond)
{
    if (!m_customer)
        return;
    ExpertiseRequest request;
    request.customerId = m_customer->id;
    const QDate day = m_date->date();
    request.minutes = int(std::lround(m_duration->value() * 60));
    request.kind = m_kind->currentData().toString();
    request.language = m_sessionLanguage->currentData().toString();
    request.notes = m_notes->text();
    if (const QString ticket = m_ticket->currentData().toString(); !ticket.isEmpty())
        request.ticketId = ticket.toLongLong();
    request.beyond = beyond;
    try {
        // Nine in the morning of the chosen day, in the customer's zone.
        request.at = resolveWallClock(*date::locate_zone(m_customer->timeZone.toStdString()),
                                      date::local_seconds{date::local_days{
                                          date::year{day.year()} / day.month() / day.day()}}
                                          + std::chrono::hours{9});
        const ExpertiseEntry entry = m_contracts.log(request);
        m_beyondBox->hide();
        m_notes->clear();
        report(tr("Logged: %1 on %2.")
                   .arg(hours(entry.minutes), DateText::dayInZone(entry.at, m_customer->timeZone)),
               false);
        m_month = monthOfDate(localDate(entry.at, m_customer->timeZone));
        reload();
    } catch (const BalanceExceeded &error) {
        const ExpertiseDraw &d = error.draw;
        m_beyondText->setText(
            tr("%1 of this session go beyond the %2 of included hours left. Draw on a pack "
               "(%3 left) or record an overage?")
                .arg(hours(d.shortMinutes), hours(d.includedLeft), hours(d.packLeft)));
        m_drawPack->setEnabled(d.packLeft > 0);
        m_beyondBox->show();
        report(tr("Not logged yet: choose how to count what goes beyond the balance."), true);
    } catch (const std::exception &error) {
        report(tr("Not logged: %1").arg(problemOf(error)), true);
    }
}

void CustomersView::reverseSelected()
{
    const QTreeWidgetItem *item = m_entries->currentItem();
    if (!item || item->data(0, Qt::UserRole).toLongLong() == 0
        || item->data(1, Qt::UserRole).toBool()) {
        report(tr("Choose an entry that is not reversed yet."), true);
        return;
    }
    try {
        m_contracts.reverse(item->data(0, Qt::UserRole).toLongLong(), m_reverseReason->text());
        m_reverseReason->clear();
        report(tr("Reversed: the entry stays, cancelled by a reversing entry."), false);
        reload();
    } catch (const std::exception &error) {
        report(tr("Not reversed: %1").arg(problemOf(error)), true);
    }
}

void CustomersView::addPack()
{
    if (!m_customer)
        return;
    const Instant now = m_clock.now();
    try {
        std::optional<Instant> expires;
        if (m_packExpires->isChecked()) {
            const QDate d = m_packExpiry->date();
            expires = resolveWallClock(*date::locate_zone(m_customer->timeZone.toStdString()),
                                       date::local_seconds{date::local_days{
                                           date::year{d.year()} / d.month() / d.day()}});
        }
        m_contracts.addPack(m_customer->id,
                            int(std::lround(m_packHours->value() * 60)),
                            now,
                            expires,
                            m_packNote->text());
        m_packNote->clear();
        report(tr("Pack of %1 added.").arg(hours(int(std::lround(m_packHours->value() * 60)))),
               false);
        reload();
    } catch (const std::exception &error) {
        report(tr("Not added: %1").arg(problemOf(error)), true);
    }
}

bool CustomersView::exportCsv(const QString &fileName)
{
    if (!m_customer)
        return false;
    const QString suggested = QStringLiteral("%1-%2.csv")
                                  .arg(m_customer->name.simplified().replace(u' ', u'-'),
                                       ExpertiseStatement::monthKey(m_month));
    const QString file = fileName.isEmpty() ? m_askSave(tr("Export the month's ledger"),
                                                        suggested,
                                                        tr("CSV files (*.csv)"))
                                            : fileName;
    if (file.isEmpty())
        return false;
    try {
        const QByteArray bytes = ExpertiseStatement::csv(m_contracts.ledger(*m_customer, m_month),
                                                         m_month);
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            report(tr("Not exported: %1: %2").arg(file, out.errorString()), true);
            return false;
        }
    } catch (const std::exception &error) {
        report(tr("Not exported: %1").arg(problemOf(error)), true);
        return false;
    }
    report(tr("Exported to %1.").arg(file), false);
    return true;
}

bool CustomersView::writeStatement(const QString &fileName)
{
    if (!m_customer)
        return false;
    const QString suggested = QStringLiteral("%1-%2.pdf")
                                  .arg(m_customer->name.simplified().replace(u' ', u'-'),
                                       ExpertiseStatement::monthKey(m_month));
    const QString file = fileName.isEmpty() ? m_askSave(tr("Save the statement"),
                                                        suggested,
                                                        tr("PDF files (*.pdf)"))
                                            : fileName;
    if (file.isEmpty())
        return false;
    try {
        const ExpertiseLedger ledger = m_contracts.ledger(*m_customer, m_month);
        const Instant end = ledger.startOf(m_month + date::months{1}) - Seconds{1};
        const Contract *contract = ledger.contractAt(std::min(end, m_clock.now()));
        const Policy *policy = contract ? m_contracts.policyOf(*contract) : nullptr;
        const QString tier = policy ? policy->tierName(contract->tier, m_customer->language)
                                    : (contract ? contract->tier : QString());
        StatementPdf::write(ExpertiseStatement::compose(ledger, m_month, tier, m_clock.now()), file);
    } catch (const std::exception &error) {
        report(tr("No statement written: %1").arg(problemOf(error)), true);
        return false;
    }
    report(tr("Statement written to %1, in the customer's language.").arg(file), false);
    return true;
}

void CustomersView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace hourglass
