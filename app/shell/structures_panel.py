"""The structures panel: every part of the model by group, with a check box to show or hide it.

It only reports what the user ticks (``visibility_changed``); the window applies it to the
viewport. Checking a group shows or hides all its parts (Qt's automatic tri-state).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.viewer.part_words import part_description, part_name
from meshes.parts import GROUP_LABELS, GROUPS, PARTS

GROUP_TIPS = {
    "bone": "The vertebrae L1 to L5 and the sacrum.",
    "disc": "The discs between the vertebrae: a tough outer ring around a soft gel core.",
    "nerve": "The dural sac that holds the nerve roots, and the roots that leave the spine.",
    "ligament": "The ligamentum flavum: elastic bands joining the bony arches behind the nerves.",
    "joint": "The facet joints: small sliding joints at the back of each level.",
}
PART_ROLE = Qt.ItemDataRole.UserRole


def _swatch(colour: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(colour))
    return QIcon(pix)


class StructuresPanel(QDockWidget):
    """A dockable tree: groups (bone, disc, ...) holding their parts, each with a check box."""

    visibility_changed = Signal(str, bool)  # part id, visible
    part_picked = Signal(str)  # the user made a part the tree's current row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("StructuresPanel", "Structures"), parent)
        self.setObjectName("structures_panel")  # QSettings restores docks by object name
        self.setToolTip(translate("StructuresPanel", "Tick a structure to show it, untick it to hide it."))
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("StructuresPanel", "Structures"))
        self.tree.setAccessibleDescription(
            translate("StructuresPanel", "Tick a structure to show it, untick it to hide it")
        )
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current)
        self.items: dict[str, QTreeWidgetItem] = {}
        self.group_items: dict[str, QTreeWidgetItem] = {}

        show_all = QPushButton(translate("StructuresPanel", "Show all"))
        show_all.setToolTip(translate("StructuresPanel", "Show every structure."))
        show_all.clicked.connect(lambda: self.set_all_checked(True))
        hide_all = QPushButton(translate("StructuresPanel", "Hide all"))
        hide_all.setToolTip(translate("StructuresPanel", "Hide every structure."))
        hide_all.clicked.connect(lambda: self.set_all_checked(False))
        buttons = QHBoxLayout()
        buttons.addWidget(show_all)
        buttons.addWidget(hide_all)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        self.setWidget(body)

    def set_parts(self, part_ids: Iterable[str]) -> None:
        """List these parts (in part-table order, grouped), all ticked."""
        self.tree.blockSignals(True)
        self.tree.clear()
        self.items.clear()
        self.group_items.clear()
        wanted = set(part_ids)
        for group in GROUPS:
            members = [p for p in PARTS.values() if p.group == group and p.id in wanted]
            if not members:
                continue
            g = QTreeWidgetItem(self.tree, [translate("groups", GROUP_LABELS.get(group, group.capitalize()))])
            g.setFlags(g.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            g.setToolTip(0, GROUP_TIPS.get(group, ""))
            g.setCheckState(0, Qt.CheckState.Checked)
            self.group_items[group] = g
            for info in members:
                item = QTreeWidgetItem(g, [part_name(info.id)])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(0, PART_ROLE, info.id)
                item.setToolTip(0, f"{part_description(info.id)}\n({info.id})")
                item.setIcon(0, _swatch(info.colour))
                item.setCheckState(0, Qt.CheckState.Checked)
                self.items[info.id] = item
        self.tree.blockSignals(False)

    def is_checked(self, part_id: str) -> bool:
        return self.items[part_id].checkState(0) == Qt.CheckState.Checked

    def set_checked(self, part_id: str, checked: bool, notify: bool = False) -> None:
        """Tick or untick a part; with notify=False (for changes made elsewhere) emit nothing."""
        item = self.items.get(part_id)
        if item is None:
            return
        self.tree.blockSignals(not notify)
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)

    def show_only(self, part_id: str) -> None:
        """Tick this part alone (the others are hidden through the same signal as a click)."""
        for pid in self.items:
            self.set_checked(pid, pid == part_id, notify=True)

    def show_part(self, part_id: str | None) -> None:
        """Make a part (or none) the current row, as selected elsewhere; emits nothing."""
        item = self.items.get(part_id) if part_id else None
        self.tree.blockSignals(True)
        self.tree.setCurrentItem(item)
        if item is not None:
            self.tree.scrollToItem(item)
        self.tree.blockSignals(False)

    def _on_current(self, current: QTreeWidgetItem | None, _previous) -> None:
        part_id = current.data(0, PART_ROLE) if current is not None else None
        if part_id:
            self.part_picked.emit(part_id)

    def set_all_checked(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for g in self.group_items.values():
            g.setCheckState(0, state)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        part_id = item.data(0, PART_ROLE)
        if part_id:  # group rows pass their state on to their parts, which report here
            self.visibility_changed.emit(part_id, item.checkState(0) == Qt.CheckState.Checked)
