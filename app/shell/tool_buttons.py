"""Tool buttons that follow their action without piling up signal connections.

Qt 6 (measured on 6.11.3) answers each change of a tool button's action (its text, its icon,
checked or not) by running ``QToolButton.setDefaultAction`` again, and that connects the action's
``changed`` signal to the button once more without dropping the old connection: 20,000 changes
leave 20,001 connections, and each later change calls every one of them. The play/pause button
and the toolbar's toggles change with every use, so a day's use grows the window's memory and
slows each click (issue 12's soak: +118 KB of connections in 16 laps, all from this path).

``follow_actions(root)`` puts a filter on every tool button under ``root``: it takes the change
events of a button's own action and copies the action's state to the button, as
``setDefaultAction`` does, so the button looks and works the same.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolButton, QWidget


def show_action(button: QToolButton, action: QAction) -> None:
    """Copy what setDefaultAction copies from ``action`` to ``button``."""
    button.setText(action.iconText().replace("&", "&&"))  # an '&' in a label is not a mnemonic
    button.setIcon(action.icon())
    button.setToolTip(action.toolTip())
    button.setStatusTip(action.statusTip())
    button.setWhatsThis(action.whatsThis())
    button.setCheckable(action.isCheckable())
    button.setChecked(action.isChecked())
    button.setEnabled(action.isEnabled())


class _FollowAction(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.ActionChanged and isinstance(watched, QToolButton):
            action = event.action()
            if action is not None and action is watched.defaultAction():
                show_action(watched, action)
                return True  # Qt's own handler would connect once more
        return False


def follow_actions(root: QWidget) -> None:
    """Filter the action changes of every tool button under ``root`` now (call it again after
    adding actions to a toolbar: each makes a new button)."""
    guard = root.findChild(_FollowAction, "follow_actions")
    if guard is None:
        guard = _FollowAction(root)
        guard.setObjectName("follow_actions")
    for button in root.findChildren(QToolButton):
        button.removeEventFilter(guard)  # once each, however often this is called
        button.installEventFilter(guard)
