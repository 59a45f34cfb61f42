// The customers page: each customer's contract, tier history, entitlements as of today and open
// tickets, edited here with versioned writes; and the expertise-hours ledger coaches keep,
// month by month, with sessions, reversals, packs, a CSV export and a PDF statement.
#pragma once

#include "contracts/contractservice.h"

#include <exception>

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace hourglass {

class ChangeFeed;
class Clock;
class TicketService;
struct Change;

class CustomersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersView)

public:
    // feed may be null (no live updates).
    CustomersView(ContractService &contracts,
                  TicketService &tickets,
                  const Clock &clock,
                  ChangeFeed *feed,
                  QWidget *parent = nullptr);

    // Asks where to save a file (a title, a suggested name, a filter); empty: cancelled. A
    // file dialog by default; tests give their own, so nothing blocks.
    using SaveAsker = std::function<QString(const QString &, const QString &, const QString &)>;
    void setSaveAsker(SaveAsker asker) { m_askSave = std::move(asker); }

    void reload();
    bool selectCustomer(qint64 id);
    qint64 currentCustomer() const { return m_customerId; }
    void showMonth(date::year_month month);
    date::year_month month() const { return m_month; }
    void showExpertise();
    void showCustomerTab();

    // What the buttons do, for tests and keyboard users alike.
    void saveCustomer();
    void upgrade();
    void requestDowngrade();
    void carryOutSelected();
    void withdrawSelected();
    void logSession(Beyond beyond = Beyond::Nothing);
    void reverseSelected();
    void addPack();
    bool exportCsv(const QString &fileName = QString());
    bool writeStatement(const QString &fileName = QString());

    QString balanceText() const;
    QString warningText() const;
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void reloadCustomers();
    void showCustomer();
    void showLedger();
    void noteChange(const Change &change);
    void report(const QString &text, bool problem);
    // What went wrong, for the status line, in the page's own words.
    QString problemOf(const std::exception &error) const;
    void fillTierChoice(const Customer &customer);
    void updateTierButtons();
    QString tierName(const Contract &contract) const;
    QString hours(int minutes) const;

    ContractService &m_contracts;
    TicketService &m_tickets;
    const Clock &m_clock;
    SaveAsker m_askSave;
    QList<Customer> m_customers;
    std::optional<Customer> m_customer;
    qint64 m_customerId = 0;
    date::year_month m_month;
    QList<ExpertiseEntry> m_shownEntries;
    QTimer *m_reload;

    QLineEdit *m_filter;
    QListWidget *m_list;
    QLabel *m_heading;
    QTabWidget *m_tabs;
    QWidget *m_customerTab;
    QWidget *m_expertiseTab;
    // Customer tab.
    QGroupBox *m_identityBox;
    QLabel *m_nameLabel;
    QLabel *m_organizationLabel;
    QLabel *m_languageLabel;
    QLabel *m_zoneLabel;
    QLineEdit *m_name;
    QLineEdit *m_organization;
    QComboBox *m_language;
    QComboBox *m_zone;
    QPushButton *m_save;
    QGroupBox *m_entitlementsBox;
    QLabel *m_entitlements;
    QGroupBox *m_historyBox;
    QTreeWidget *m_history;
    QGroupBox *m_changeBox;
    QLabel *m_tierLabel;
    QComboBox *m_tierChoice;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QPushButton *m_upgrade;
    QPushButton *m_downgrade;
    QTreeWidget *m_requests;
    QPushButton *m_carryOut;
    QPushButton *m_withdraw;
    QGroupBox *m_ticketsBox;
    QTreeWidget *m_openTickets;
    // Expertise tab.
    QPushButton *m_previous;
    QLabel *m_monthLabel;
    QPushButton *m_next;
    QPushButton *m_thisMonth;
    QLabel *m_balance;
    QLabel *m_warning;
    QTreeWidget *m_entries;
    QGroupBox *m_logBox;
    QLabel *m_dateLabel;
    QDateEdit *m_date;
    QLabel *m_durationLabel;
    QDoubleSpinBox *m_duration;
    QLabel *m_kindLabel;
    QComboBox *m_kind;
    QLabel *m_sessionLanguageLabel;
    QComboBox *m_sessionLanguage;
    QLabel *m_ticketLabel;
    QComboBox *m_ticket;
    QLabel *m_notesLabel;
    QLineEdit *m_notes;
    QPushButton *m_log;
    QWidget *m_beyondBox;
    QLabel *m_beyondText;
    QPushButton *m_drawPack;
    QPushButton *m_recordOverage;
    QPushButton *m_cancelBeyond;
    QLineEdit *m_reverseReason;
    QPushButton *m_reverse;
    QGroupBox *m_packBox;
    QDoubleSpinBox *m_packHours;
    QCheckBox *m_packExpires;
    QDateEdit *m_packExpiry;
    QLineEdit *m_packNote;
    QPushButton *m_addPack;
    QPushButton *m_exportCsv;
    QPushButton *m_statement;
    QLabel *m_status;
};

} // namespace hourglass
