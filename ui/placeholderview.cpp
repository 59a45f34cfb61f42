// A view that a later version fills in: says so plainly and shows what the database holds.
#include "placeholderview.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace hourglass {

PlaceholderView::PlaceholderView(std::function<QString()> title,
                                 std::function<QString()> facts,
                                 QWidget *parent)
    : QWidget(parent)
    , m_title(std::move(title))
    , m_facts(std::move(facts))
    , m_heading(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_factsLabel(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("placeholderHeading"));
    m_notice->setObjectName(QStringLiteral("placeholderNotice"));
    m_factsLabel->setObjectName(QStringLiteral("placeholderFacts"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_notice->setWordWrap(true);
    m_factsLabel->setWordWrap(true);
    m_factsLabel->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_notice);
    layout->addWidget(m_factsLabel);
    layout->addStretch();
    refresh();
}

void PlaceholderView::refresh()
{
    m_heading->setText(m_title());
    m_notice->setText(tr("This view is not available yet in this version of Hourglass."));
    m_factsLabel->setText(m_facts());
}

void PlaceholderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace hourglass
