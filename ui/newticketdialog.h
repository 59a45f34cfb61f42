// Opening a ticket from the console: customer, contact, title, description, channel, language
// and severity, with the policy's triage shown live as the service will apply it.
#pragma once

#include "contracts/customerdirectory.h"
#include "tickets/ticketrepository.h"
#include "tickets/ticketservice.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hourglass {

class Clock;
struct Policy;

class NewTicketDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTicketDialog)

public:
    // Reads the customers at once; offline, it says a ticket needs the database and tries again
    // when asked to create.
    NewTicketDialog(TicketService &tickets, const Clock &clock, QWidget *parent = nullptr);

    // The request as the agent has filled it in.
    TicketRequest request() const;
    // The ticket created, once the service accepted it.
    const std::optional<TicketRecord> &created() const { return m_created; }
    // Picks a customer by id (tests, or a dialog opened from a customer's ticket).
    void selectCustomer(qint64 customerId);

    // Creates the ticket through the service; a refusal is shown beside the field it names
    // and the dialog stays open, nothing written.
    void accept() override;

signals:
    void ticketCreated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool readCustomers();
    const Customer *currentCustomer() const;
    const Policy *currentPolicy() const;
    void customerChanged();
    void channelChanged();
    void updateTriage();
    void showProblem(const QString &field, const QString &message);
    void clearProblem();
    void retranslateUi();

    TicketService &m_tickets;
    const Clock &m_clock;
    QList<Customer> m_customers; // what m_context points into
    TicketContext m_context;
    bool m_customersRead = false;
    bool m_severityChosen = false; // the agent picked one: a channel change keeps it
    std::optional<TicketRecord> m_created;

    QLabel *m_intro;
    QLabel *m_customerLabel;
    QComboBox *m_customer;
    QLabel *m_contract;
    QLabel *m_contactLabel;
    QLineEdit *m_contact;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_descriptionLabel;
    QPlainTextEdit *m_description;
    QLabel *m_channelLabel;
    QComboBox *m_channel;
    QLabel *m_areaLabel;
    QComboBox *m_area; // the policy's product areas; hidden when it names none
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_severityLabel;
    QComboBox *m_severity;
    QLabel *m_triage;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    QPushButton *m_cancel;
    QTimer m_tick;
};

} // namespace hourglass
