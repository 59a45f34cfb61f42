// Shortcuts written as the agent types them: "j", not "J" (which reads as Shift+J), in menus,
// tooltips and the help.
#include "shortcuttext.h"

#include <QAction>

namespace hourglass::ShortcutText {

QString typed(const QKeySequence &keys)
{
    if (keys.count() == 1) {
        const QKeyCombination combination = keys[0];
        const Qt::Key key = combination.key();
        if (combination.keyboardModifiers() == Qt::NoModifier && key >= Qt::Key_A
            && key <= Qt::Key_Z)
            return QString(QChar(u'a' + (key - Qt::Key_A)));
    }
    return keys.toString(QKeySequence::NativeText);
}

void setText(QAction *action, const QString &name)
{
    const QKeySequence keys = action->shortcut();
    // QMenu shows what follows a tab in place of the shortcut it would write itself.
    if (keys.isEmpty()) {
        action->setText(name);
        return;
    }
    const QString typedKeys = typed(keys);
    action->setText(name + u'\t' + typedKeys);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(name, typedKeys));
}

} // namespace hourglass::ShortcutText
