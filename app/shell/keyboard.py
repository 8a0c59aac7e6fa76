"""Every command on a key, and the list of them all: keys for the commands and panels that had
none, and Help > Keyboard shortcuts, a table made from the window's actual QActions (so it can
never list a key that does not work), plus the 3D view's own keys.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.viewer.keyboard_view import view_keys

if TYPE_CHECKING:
    from app.context import ViewerContext

# Commands each feature made without a key (by action name), and the keys they get here.
COMMAND_KEYS = {
    "loop": "Ctrl+L",
    "export_3d": "Ctrl+Shift+G",
    "save_take_home": "Ctrl+Shift+H",
    "explain_report": "Ctrl+Shift+R",
    "pen_stroke": "Ctrl+Alt+1",
    "pen_arrow": "Ctrl+Alt+2",
    "pen_note": "Ctrl+Alt+3",
    "pen_colour_red": "Ctrl+Alt+5",
    "pen_colour_blue": "Ctrl+Alt+6",
    "pen_colour_green": "Ctrl+Alt+7",
    "pen_colour_black": "Ctrl+Alt+8",
    "pen_clear": "Ctrl+Shift+X",
    "save_handout": "Ctrl+Shift+P",
    "clear_selection": "Ctrl+Shift+A",
    "preferences": "Ctrl+,",
}
# Panels and toolbars (by object name): Ctrl+Alt and a letter shows or hides each.
PANEL_KEYS = {
    "text_panel": "Ctrl+Alt+E",
    "player_panel": "Ctrl+Alt+S",
    "condition_panel": "Ctrl+Alt+C",
    "body_map_panel": "Ctrl+Alt+W",
    "structures_panel": "Ctrl+Alt+T",
    "part_panel": "Ctrl+Alt+H",
    "clipping_panel": "Ctrl+Alt+U",
    "info_panel": "Ctrl+Alt+I",
    "mri_panel": "Ctrl+Alt+M",
    "quiz_panel": "Ctrl+Alt+Q",
    "views_toolbar": "Ctrl+Alt+V",
    "playback_toolbar": "Ctrl+Alt+P",
}
NATIVE = QKeySequence.SequenceFormat.NativeText


def plain_text(action: QAction) -> str:
    """An action's menu text without its '&' marks and trailing dots."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def window_actions(frame: QWidget) -> list[QAction]:
    """The window's commands a user can trigger: named, with text, not menus or separators."""
    out = []
    for action in frame.findChildren(QAction):
        if action.isSeparator() or action.menu() is not None or not plain_text(action):
            continue
        if action.objectName().startswith("_q_"):  # Qt's own (a line edit's clear button)
            continue
        out.append(action)
    return out


def fill_missing_keys(ctx: ViewerContext) -> None:
    """Give the commands and panels without a key theirs (each only if no other action has it)."""
    frame = ctx.frame
    for action in window_actions(frame):
        name = action.objectName()
        if not name:
            parent = action.parent()
            if isinstance(parent, QDockWidget | QToolBar) and parent.objectName() in PANEL_KEYS:
                name = f"toggle_{parent.objectName()}"
                action.setObjectName(name)
                _set_key(ctx, action, PANEL_KEYS[parent.objectName()])
                frame.addAction(action)  # the key works with the menu bar hidden
            continue
        if not action.shortcuts() and name in COMMAND_KEYS:
            _set_key(ctx, action, COMMAND_KEYS[name])


def _set_key(ctx: ViewerContext, action: QAction, key: str) -> None:
    if action.shortcuts() or ctx.free_key(key) is None:
        return
    action.setShortcut(QKeySequence(key))
    tip = action.toolTip() or plain_text(action)
    shown = action.shortcut().toString(NATIVE)
    if shown not in tip:
        action.setToolTip(f"{tip} ({shown})")


def shortcut_rows(frame: QWidget) -> list[tuple[str, str, str]]:
    """(menu or place, command, keys) for every command of the window, then the 3D view's keys."""
    rows = []
    for action in window_actions(frame):
        keys = ", ".join(s.toString(NATIVE) for s in action.shortcuts())
        menus = [w for w in action.associatedObjects() if hasattr(w, "title") and w.title()]
        place = menus[0].title().replace("&", "") if menus else translate("KeyboardShortcuts", "Window")
        rows.append((place, plain_text(action), keys))
    rows.sort(key=lambda r: (r[0], r[1]))
    rows.extend((translate("KeyboardShortcuts", "3D view"), what, keys) for keys, what in view_keys())
    return rows


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: one row per command, read from the window's actions."""

    def __init__(self, frame: QWidget) -> None:
        super().__init__(frame)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(translate("KeyboardShortcuts", "Keyboard shortcuts"))
        rows = shortcut_rows(frame)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(translate("KeyboardShortcuts", "Keyboard shortcuts"))
        self.table.setAccessibleDescription(
            translate("KeyboardShortcuts", "Each command, its menu and its keys")
        )
        heads = [translate("KeyboardShortcuts", "Where"), translate("KeyboardShortcuts", "Command")]
        self.table.setHorizontalHeaderLabels([*heads, translate("KeyboardShortcuts", "Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the Close button
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(
            translate(
                "KeyboardShortcuts",
                "Tab and Shift+Tab move between the controls. While the 3D view has focus it takes "
                "the keys listed last.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("KeyboardShortcuts", "Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)


def add_shortcuts_action(ctx: ViewerContext) -> QAction:
    action = ctx.add_action(
        "Help",
        "keyboard_shortcuts",
        translate("KeyboardShortcuts", "&Keyboard shortcuts"),
        lambda: ShortcutsDialog(ctx.frame).exec(),
        ctx.free_key("Ctrl+/"),
        translate("KeyboardShortcuts", "Every command and its keys"),
    )
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    return action
