// A view that a later version fills in: says so plainly and shows what the database holds.
#pragma once

#include <QWidget>

#include <functional>

class QLabel;

namespace hourglass {

class PlaceholderView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderView)

public:
    // Both functions are called again on every language change, so they return tr() text.
    PlaceholderView(std::function<QString()> title,
                    std::function<QString()> facts,
                    QWidget *parent = nullptr);

    void refresh();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::function<QString()> m_title;
    std::function<QString()> m_facts;
    QLabel *m_heading;
    QLabel *m_notice;
    QLabel *m_factsLabel;
};

} // namespace hourglass
