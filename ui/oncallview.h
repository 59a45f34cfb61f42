// The on-call page: a rotation's week or month as a timeline, who is on call now and next,
// the overrides (highlighted, withdrawn from here), lint findings, and the override editor;
// live from the database.
#pragma once

#include "oncall/oncallanswer.h"
#include "oncall/rotation.h"

#include <QDate>
#include <QHash>
#include <QPointer>

#include <QTimer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace hourglass {

class ChangeFeed;
class Clock;
class OnCallOverrideDialog;
class OnCallService;
class OnCallTimeline;

class OnCallView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnCallView)

public:
    // feed may be null (no live updates).
    OnCallView(OnCallService &service,
               const Clock &clock,
               ChangeFeed *feed,
               QWidget *parent = nullptr);

    enum class Span { Week, Month };
    void setSpan(Span span);
    Span span() const { return m_span; }
    void showPrevious();
    void showNext();
    void showToday();
    // Reads the rotations, their schedule, overrides and lint again, and redraws.
    void reload();
    // The editor, window-modal (never blocking), for `covered` from `start` (default: the
    // prime now, for the next hour). Returned so tests can fill it in.
    OnCallOverrideDialog *openOverrideEditor(const QString &covered = QString(),
                                             std::optional<Instant> start = std::nullopt,
                                             std::optional<Instant> end = std::nullopt);

    OnCallTimeline *timeline() const { return m_timeline; }
    QString nowText() const;
    QString nextText() const;
    QStringList findings() const;
    QStringList overrideTexts() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void redraw();
    void withdrawSelected();
    QString nameOf(const QString &login) const;

    OnCallService &m_service;
    const Clock &m_clock;
    Span m_span = Span::Week;
    QDate m_anchor; // a day of the week or month shown, in the viewer's zone
    QList<Rotation> m_rotations;
    QHash<QString, QString> m_names;

    QComboBox *m_rotation;
    QToolButton *m_previous;
    QLabel *m_title;
    QToolButton *m_next;
    QPushButton *m_today;
    QPushButton *m_week;
    QPushButton *m_month;
    QPushButton *m_addOverride;
    QLabel *m_now;
    QLabel *m_nextHandoff;
    QLabel *m_zones;
    OnCallTimeline *m_timeline;
    QLabel *m_overridesHeading;
    QListWidget *m_overrides;
    QPushButton *m_withdraw;
    QLabel *m_findingsHeading;
    QListWidget *m_findings;
    QLabel *m_status;
    QPointer<OnCallOverrideDialog> m_editor;
    QTimer m_reloadSoon;
    QTimer m_tick;
};

} // namespace hourglass
