// A ticket's conversation as a thread: the customer's words on one side, ours on the other,
// internal notes set apart as notes for us only, each with its author and time.
#pragma once

#include "tickets/ticketmessage.h"

#include <QListWidget>

namespace hourglass {

class ConversationView final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationView)

public:
    // What each item holds beyond its text (the whole message, for screen readers and copying).
    enum Role {
        KindRole = Qt::UserRole, // int(TicketMessage::Kind)
        HeadingRole,             // "Marie Lefebvre · public reply · lun. 23/11/2026 01:11"
        BodyRole,                // what was written
    };

    explicit ConversationView(QWidget *parent = nullptr);

    // The thread, oldest first, scrolled to the newest message.
    void setMessages(const QList<TicketMessage> &messages);

    // What a message of that kind is, as a person says it: "customer message", "internal
    // note". One wording for the thread and for search results.
    static QString kindName(TicketMessage::Kind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    QList<TicketMessage> m_messages;
};

} // namespace hourglass
