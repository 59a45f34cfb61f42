// Shortcuts written as the agent types them: "j", not "J" (which reads as Shift+J), in menus,
// tooltips and the help.
#pragma once

#include <QKeySequence>
#include <QString>

class QAction;

namespace hourglass::ShortcutText {

// "j", "/", "Shift+R", "Ctrl+1": a lone letter in lower case, anything else as Qt writes it.
QString typed(const QKeySequence &keys);
// The action's name with its first shortcut as typed, so a menu shows "Next ticket  j".
void setText(QAction *action, const QString &name);

} // namespace hourglass::ShortcutText
