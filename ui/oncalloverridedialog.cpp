// The override editor: who covers for whom, from when to when, and why; saved through the
// on-call service, its refusals shown naming the field.
#include "oncalloverridedialog.h"

#include "io/inputerror.h"
#include "oncall/oncallservice.h"
#include "storage/storageerror.h"
#include "time/datetext.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace hourglass {

namespace {

QDateTime viewerTime(Instant t)
{
    return QDateTime::fromSecsSinceEpoch(toEpoch(t)).toLocalTime();
}

Instant instantOf(const QDateTime &t)
{
    return fromEpoch(t.toSecsSinceEpoch());
}

} // namespace

OnCallOverrideDialog::OnCallOverrideDialog(OnCallService &service,
                                           const Rotation &rotation,
                                           const QHash<QString, QString> &names,
                                           const QString &covered,
                                           Instant start,
                                           Instant end,
                                           QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_rotation(rotation)
    , m_covered(new QComboBox(this))
    , m_cover(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save override"), this))
{
    setObjectName(QStringLiteral("onCallOverrideDialog"));
    setWindowTitle(tr("Override in %1").arg(rotation.name));
    m_covered->setObjectName(QStringLiteral("overrideForChoice"));
    m_cover->setObjectName(QStringLiteral("overrideCoverChoice"));
    m_from->setObjectName(QStringLiteral("overrideFromEdit"));
    m_to->setObjectName(QStringLiteral("overrideToEdit"));
    m_note->setObjectName(QStringLiteral("overrideNoteEdit"));
    m_problem->setObjectName(QStringLiteral("overrideProblem"));
    m_save->setObjectName(QStringLiteral("saveOverrideButton"));

    // People by name, the login kept as data: nobody reads ids.
    QList<std::pair<QString, QString>> people;
    for (auto it = names.constBegin(); it != names.constEnd(); ++it)
        people.append({it.value().isEmpty() ? it.key() : it.value(), it.key()});
    std::sort(people.begin(), people.end());
    for (const auto &[name, login] : people) {
        m_covered->addItem(name, login);
        m_cover->addItem(name, login);
    }
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(DateText::pattern());
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
    }
    setCovered(covered);
    setRange(start, end);
    m_note->setPlaceholderText(tr("Why, for the others (optional)"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Covered person:"), m_covered);
    form->addRow(tr("Co&vered by:"), m_cover);
    form->addRow(tr("&From (your time):"), m_from);
    form->addRow(tr("&To (your time):"), m_to);
    form->addRow(tr("&Note:"), m_note);
    auto *hint = new QLabel(tr("Wherever the covered person is on call in this range (prime or "
                               "secondary), the cover is instead. To override an override, "
                               "choose the person the first one put on call."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &OnCallOverrideDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString OnCallOverrideDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void OnCallOverrideDialog::setCovered(const QString &login)
{
    const int index = m_covered->findData(login);
    if (index >= 0)
        m_covered->setCurrentIndex(index);
    // Someone else covers by default.
    if (m_cover->currentIndex() == m_covered->currentIndex() && m_cover->count() > 1)
        m_cover->setCurrentIndex((m_covered->currentIndex() + 1) % m_cover->count());
}

void OnCallOverrideDialog::setCover(const QString &login)
{
    const int index = m_cover->findData(login);
    if (index >= 0)
        m_cover->setCurrentIndex(index);
}

void OnCallOverrideDialog::setRange(Instant start, Instant end)
{
    m_from->setDateTime(viewerTime(start));
    m_to->setDateTime(viewerTime(end));
}

QString OnCallOverrideDialog::fieldName(const QString &place) const
{
    if (place == QLatin1String("for"))
        return tr("Covered person");
    if (place == QLatin1String("cover"))
        return tr("Covered by");
    if (place == QLatin1String("to") || place == QLatin1String("from"))
        return tr("To");
    if (place == QLatin1String("note"))
        return tr("Note");
    return tr("Rotation");
}

void OnCallOverrideDialog::save()
{
    OnCallOverride o;
    o.rotationId = m_rotation.id;
    o.covered = m_covered->currentData().toString();
    o.cover = m_cover->currentData().toString();
    o.start = instantOf(m_from->dateTime());
    o.end = instantOf(m_to->dateTime());
    o.note = m_note->text();
    try {
        m_saved = m_service.addOverride(o);
    } catch (const InputError &error) {
        m_problem->setText(tr("%1: %2").arg(fieldName(error.place()), error.problem()));
        m_problem->show();
        QWidget *field = error.place() == QLatin1String("for") ? static_cast<QWidget *>(m_covered)
                         : error.place() == QLatin1String("cover") ? static_cast<QWidget *>(m_cover)
                         : error.place() == QLatin1String("note")  ? static_cast<QWidget *>(m_note)
                                                                   : static_cast<QWidget *>(m_to);
        field->setFocus();
        adjustSize();
        return;
    } catch (const StorageError &error) {
        m_problem->setText(error.message());
        m_problem->show();
        adjustSize();
        return;
    }
    emit overrideSaved(*m_saved);
    accept();
}

} // namespace hourglass
