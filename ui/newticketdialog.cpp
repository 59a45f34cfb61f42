// Opening a ticket from the console: customer, contact, title, description, channel, language
// and severity, with the policy's triage shown live as the service will apply it.
#include "newticketdialog.h"

#include "io/inputerror.h"
#include "sla/policynames.h"
#include "sla/slaengine.h"
#include "storage/storageerror.h"
#include "time/clock.h"

#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hourglass {

namespace {

// A label's words without its mnemonic and colon, to name the field in a message.
QString fieldName(const QLabel *label)
{
    QString text = label->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1Char(':')))
        text.chop(1);
    return text.trimmed();
}

} // namespace

NewTicketDialog::NewTicketDialog(TicketService &tickets, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_tickets(tickets)
    , m_clock(clock)
    , m_intro(new QLabel(this))
    , m_customerLabel(new QLabel(this))
    , m_customer(new QComboBox(this))
    , m_contract(new QLabel(this))
    , m_contactLabel(new QLabel(this))
    , m_contact(new QLineEdit(this))
    , m_titleLabel(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_descriptionLabel(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_channelLabel(new QLabel(this))
    , m_channel(new QComboBox(this))
    , m_areaLabel(new QLabel(this))
    , m_area(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_severityLabel(new QLabel(this))
    , m_severity(new QComboBox(this))
    , m_triage(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("newTicketDialog"));
    m_customer->setObjectName(QStringLiteral("customerBox"));
    m_contract->setObjectName(QStringLiteral("contractLabel"));
    m_contact->setObjectName(QStringLiteral("contactEdit"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_channel->setObjectName(QStringLiteral("channelBox"));
    m_area->setObjectName(QStringLiteral("areaBox"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_severity->setObjectName(QStringLiteral("severityBox"));
    m_triage->setObjectName(QStringLiteral("triageLabel"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    // Buttons of the dialog's own: a standard one takes back Qt's words on a language change.
    m_create = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));

    // Typed or picked: a few letters of any part of the name find the customer.
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_customer->setMinimumContentsLength(30);
    // One line: a wrapped label in a form row is cut short rather than given a second line.
    m_contract->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(110);
    for (QComboBox *box : {m_channel, m_area, m_language, m_severity})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_intro->setWordWrap(true);
    m_triage->setWordWrap(true);
    m_triage->setTextFormat(Qt::RichText);
    m_triage->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; border: 1px solid #e0b252; padding: 6px; }"));
    m_triage->hide();
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; border: 1px solid #c62828; padding: 6px; }"));
    m_problem->hide();

    m_customerLabel->setBuddy(m_customer);
    m_contactLabel->setBuddy(m_contact);
    m_titleLabel->setBuddy(m_title);
    m_descriptionLabel->setBuddy(m_description);
    m_channelLabel->setBuddy(m_channel);
    m_areaLabel->setBuddy(m_area);
    m_languageLabel->setBuddy(m_language);
    m_severityLabel->setBuddy(m_severity);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_customerLabel, m_customer);
    form->addRow(QString(), m_contract);
    form->addRow(m_contactLabel, m_contact);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_channelLabel, m_channel);
    form->addRow(m_areaLabel, m_area);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_severityLabel, m_severity);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_triage);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setMinimumWidth(600);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewTicketDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewTicketDialog::reject);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &NewTicketDialog::customerChanged);
    connect(m_customer, &QComboBox::editTextChanged, this, &NewTicketDialog::customerChanged);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &NewTicketDialog::channelChanged);
    // Only the agent's own pick (not a default set here) keeps a severity across channels.
    connect(m_severity, &QComboBox::activated, this, [this] {
        m_severityChosen = true;
        updateTriage();
    });
    // A refusal names a field: it goes once the agent edits the form again.
    const auto edited = [this] {
        if (!m_problem->property("field").toString().isEmpty())
            clearProblem();
    };
    connect(m_customer, &QComboBox::editTextChanged, this, edited);
    connect(m_contact, &QLineEdit::textEdited, this, edited);
    connect(m_title, &QLineEdit::textEdited, this, edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, edited);
    // Standard hours begin and end while the dialog is open: the triage shown follows.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &NewTicketDialog::updateTriage);
    m_tick.start();

    retranslateUi();
    readCustomers();
}

bool NewTicketDialog::readCustomers()
{
    try {
        m_context = m_tickets.readContext(m_customers);
    } catch (const StorageError &error) {
        m_customersRead = false;
        showProblem(QString(),
                    tr("A ticket can be opened only while the database answers, and it does not "
                       "answer just now. Try again once the console is connected."));
        m_problem->setToolTip(QString::fromStdString(error.what()));
        return false;
    }
    m_customersRead = true;
    clearProblem();
    QList<const Customer *> sorted;
    for (const Customer &customer : std::as_const(m_customers))
        sorted.append(&customer);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), [&collator](const Customer *a, const Customer *b) {
        return collator.compare(a->name, b->name) < 0;
    });
    {
        const QSignalBlocker blocker(m_customer);
        m_customer->clear();
        for (const Customer *customer : std::as_const(sorted))
            m_customer->addItem(customer->name, customer->id);
        m_customer->setCurrentIndex(-1);
        m_customer->setEditText(QString());
    }
    customerChanged();
    return true;
}

void NewTicketDialog::selectCustomer(qint64 customerId)
{
    m_customer->setCurrentIndex(m_customer->findData(customerId));
}

const Customer *NewTicketDialog::currentCustomer() const
{
    // The name as typed must be one customer's in full; a fragment is not a choice.
    const int index = m_customer->findText(m_customer->currentText().trimmed(),
                                           Qt::MatchFixedString);
    if (index < 0)
        return nullptr;
    return m_context.customersById.value(m_customer->itemData(index).toLongLong());
}

const Policy *NewTicketDialog::currentPolicy() const
{
    const Customer *customer = currentCustomer();
    const Contract *contract = customer ? customer->contractAt(m_clock.now()) : nullptr;
    return contract ? m_tickets.engine().latestPolicy(contract->policyId) : nullptr;
}

TicketRequest NewTicketDialog::request() const
{
    TicketRequest request;
    if (const Customer *customer = currentCustomer())
        request.customerId = customer->id;
    else
        request.customer = m_customer->currentText();
    request.contact = m_contact->text().trimmed();
    request.title = m_title->text();
    request.description = m_description->toPlainText();
    request.channel = m_channel->currentData().toString();
    request.productArea = m_area->currentData().toString();
    request.language = m_language->currentData().toString();
    request.severity = m_severity->currentData().toString();
    return request;
}

void NewTicketDialog::customerChanged()
{
    const Customer *customer = currentCustomer();
    const qint64 id = customer ? customer->id : 0;
    if (m_channel->property("customer").toLongLong() == id && m_channel->count() > 0) {
        updateTriage();
        return;
    }
    m_channel->setProperty("customer", id);
    const Contract *contract = customer ? customer->contractAt(m_clock.now()) : nullptr;
    const Policy *policy = currentPolicy();
    if (!customer)
        m_contract->setText(tr("Type or pick a customer."));
    else if (!contract)
        m_contract->setText(tr("No contract in force: the ticket would be refused."));
    else if (!policy)
        m_contract->setText(tr("Its policy \"%1\" is not stored.").arg(contract->policyId));
    else {
        const NamedItem *tier = policy->tier(contract->tier);
        m_contract->setText(
            tr("%1 · tier %2", "policy, tier")
                .arg(policy->displayName(PolicyNames::language()),
                     tier ? tier->displayName(PolicyNames::language()) : contract->tier));
    }
    // Another customer may follow another policy: its channels and severities, and its
    // defaults again.
    m_severityChosen = false;
    {
        const QSignalBlocker channels(m_channel);
        const QSignalBlocker severities(m_severity);
        const QSignalBlocker areas(m_area);
        m_channel->clear();
        m_severity->clear();
        m_area->clear();
        m_area->addItem(tr("Not said", "product area"), QString());
        if (policy) {
            for (const ProductArea &area : policy->productAreas)
                m_area->addItem(area.beta ? tr("%1 — no SLA", "a beta product area")
                                                .arg(area.displayName(PolicyNames::language()))
                                          : area.displayName(PolicyNames::language()),
                                area.id);
            for (const NamedItem &channel : policy->channels)
                m_channel->addItem(channel.displayName(PolicyNames::language()), channel.id);
            for (const Severity &severity : policy->severities)
                m_severity->addItem(severity.displayName(PolicyNames::language()), severity.id);
        }
    }
    m_areaLabel->setVisible(m_area->count() > 1);
    m_area->setVisible(m_area->count() > 1);
    if (customer)
        m_language->setCurrentIndex(std::max(0, m_language->findData(customer->language)));
    m_channel->setCurrentIndex(m_channel->count() > 0 ? 0 : -1);
    channelChanged();
}

void NewTicketDialog::channelChanged()
{
    const Policy *policy = currentPolicy();
    if (policy && !m_severityChosen) {
        const QString severity = policy->defaultSeverityFor(m_channel->currentData().toString());
        m_severity->setCurrentIndex(std::max(0, m_severity->findData(severity)));
    }
    updateTriage();
}

void NewTicketDialog::updateTriage()
{
    const Policy *policy = currentPolicy();
    const Severity *asked = policy ? policy->severity(m_severity->currentData().toString())
                                   : nullptr;
    if (!asked || asked->onlyOutsideCalendar.isEmpty()) {
        m_triage->hide();
        return;
    }
    // What the service will make of the request as typed, at this moment: the same function,
    // so the dialog and the service never disagree. The words typed do not change triage, and
    // an empty title must not hide it.
    TicketRequest preview = request();
    preview.title = QStringLiteral("-");
    preview.description.clear();
    preview.contact.clear();
    m_context.now = m_clock.now();
    QString triaged;
    try {
        triaged = TicketService::prepare(m_tickets.engine(), preview, m_context).severity;
    } catch (const InputError &) {
        m_triage->hide(); // the refusal is shown when the agent asks to create
        return;
    }
    const QString calendar = policy->calendars.value(asked->onlyOutsideCalendar)
                                 .displayName(PolicyNames::language());
    const Severity *became = policy->severity(triaged);
    QString text;
    if (triaged != asked->id) {
        text = tr("<b>%1 raised now becomes %2</b>: %1 applies only outside “%3”, and it is "
                  "within those hours now.")
                   .arg(asked->displayName(PolicyNames::language()).toHtmlEscaped(),
                        (became ? became->displayName(PolicyNames::language()) : triaged)
                            .toHtmlEscaped(),
                        calendar.toHtmlEscaped());
    } else {
        text = tr("<b>%1 applies now</b>: it is outside “%2”.")
                   .arg(asked->displayName(PolicyNames::language()).toHtmlEscaped(),
                        calendar.toHtmlEscaped());
    }
    if (!asked->description.isEmpty())
        text += QStringLiteral("<br><small>%1</small>")
                    .arg(tr("%1: %2", "severity name: its definition in the policy")
                             .arg(asked->displayName(PolicyNames::language()), asked->description)
                             .toHtmlEscaped());
    m_triage->setText(text);
    m_triage->setProperty("triagedSeverity", triaged);
    m_triage->show();
}

void NewTicketDialog::showProblem(const QString &field, const QString &message)
{
    const QHash<QString, std::pair<QLabel *, QWidget *>> fields = {
        {QStringLiteral("customer"), {m_customerLabel, m_customer}},
        {QStringLiteral("contact"), {m_contactLabel, m_contact}},
        {QStringLiteral("title"), {m_titleLabel, m_title}},
        {QStringLiteral("description"), {m_descriptionLabel, m_description}},
        {QStringLiteral("channel"), {m_channelLabel, m_channel}},
        {QStringLiteral("area"), {m_areaLabel, m_area}},
        {QStringLiteral("language"), {m_languageLabel, m_language}},
        {QStringLiteral("severity"), {m_severityLabel, m_severity}},
    };
    const auto found = fields.constFind(field);
    if (found != fields.constEnd()) {
        m_problem->setText(
            tr("%1: %2", "field: what is wrong with it").arg(fieldName(found->first), message));
        found->second->setFocus();
    } else {
        m_problem->setText(message);
    }
    m_problem->setProperty("field", field);
    m_problem->setToolTip(QString());
    m_problem->show();
}

void NewTicketDialog::clearProblem()
{
    m_problem->hide();
    m_problem->clear();
    m_problem->setProperty("field", QString());
}

void NewTicketDialog::accept()
{
    // Offline when it opened: the customers come first, then the agent fills the form in.
    if (!m_customersRead) {
        readCustomers();
        return;
    }
    clearProblem();
    try {
        m_created = m_tickets.create(request());
    } catch (const InputError &error) {
        showProblem(error.place(), error.problem());
        return;
    } catch (const StorageError &error) {
        showProblem(QString(), QString::fromStdString(error.what()));
        return;
    }
    emit ticketCreated(m_created->id);
    QDialog::accept();
}

void NewTicketDialog::retranslateUi()
{
    setWindowTitle(tr("New ticket"));
    m_intro->setText(tr("Open a ticket for a customer. Its clocks start when it is created."));
    m_customerLabel->setText(tr("C&ustomer:"));
    m_customer->lineEdit()->setPlaceholderText(tr("Type a few letters of the name"));
    m_contactLabel->setText(tr("C&ontact:"));
    m_contact->setPlaceholderText(tr("Who asked, at the customer (optional)"));
    m_titleLabel->setText(tr("&Title:"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setPlaceholderText(tr("What the customer reports, in their words"));
    m_channelLabel->setText(tr("C&hannel:"));
    m_areaLabel->setText(tr("Product &area:"));
    m_languageLabel->setText(tr("&Language:"));
    m_severityLabel->setText(tr("&Severity:"));
    m_create->setText(tr("&Open ticket"));
    m_cancel->setText(tr("Cancel"));
    {
        const QSignalBlocker blocker(m_language);
        const QString language = m_language->currentData().toString();
        m_language->clear();
        for (const QString &code : {QStringLiteral("en"), QStringLiteral("fr")})
            m_language->addItem(PolicyNames::languageName(code), code);
        m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    }
    // Names of the policy's channels and severities follow the language too.
    if (m_customersRead) {
        const QString channel = m_channel->currentData().toString();
        const QString area = m_area->currentData().toString();
        const QString severity = m_severity->currentData().toString();
        const bool chosen = m_severityChosen;
        const QString language = m_language->currentData().toString();
        m_channel->setProperty("customer", QVariant());
        customerChanged();
        m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
        m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
        m_area->setCurrentIndex(std::max(0, m_area->findData(area)));
        m_severity->setCurrentIndex(std::max(0, m_severity->findData(severity)));
        m_severityChosen = chosen;
    }
    updateTriage();
}

void NewTicketDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace hourglass
