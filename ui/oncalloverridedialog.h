// The override editor: who covers for whom, from when to when, and why; saved through the
// on-call service, its refusals shown naming the field.
#pragma once

#include "oncall/oncalloverride.h"
#include "oncall/rotation.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hourglass {

class OnCallService;

class OnCallOverrideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnCallOverrideDialog)

public:
    // `names`: login → display name, everyone who may cover; the covered person and the
    // range start as given (times in the viewer's zone).
    OnCallOverrideDialog(OnCallService &service,
                         const Rotation &rotation,
                         const QHash<QString, QString> &names,
                         const QString &covered,
                         Instant start,
                         Instant end,
                         QWidget *parent = nullptr);

    // What was stored, once saved.
    const std::optional<OnCallOverride> &saved() const { return m_saved; }
    // The refusal shown, or empty.
    QString problem() const;

    void setCovered(const QString &login);
    void setCover(const QString &login);
    void setRange(Instant start, Instant end);

signals:
    void overrideSaved(const hourglass::OnCallOverride &override);

private:
    void save();
    QString fieldName(const QString &place) const;

    OnCallService &m_service;
    Rotation m_rotation;
    QComboBox *m_covered;
    QComboBox *m_cover;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QLineEdit *m_note;
    QLabel *m_problem;
    QPushButton *m_save;
    std::optional<OnCallOverride> m_saved;
};

} // namespace hourglass
