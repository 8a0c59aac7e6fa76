"""The information panel: find a part by name or synonym, and read what the selected part is.

The search box completes on every part's name, id and synonyms from ``meshes.parts.PARTS``
("L4", "nerve", "gel", "ligament"): typing words ("left L5 root", ``app.explore.part_search``) and
pressing Enter selects the best match, and
the matches are listed to step through. The panel shows the selected part's name, its one-line
description and, while a scene is playing, what the part does in the step shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.explore.part_search import search_parts
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.viewer.part_words import part_description, part_name
from meshes.parts import GROUPS, PARTS

if TYPE_CHECKING:
    from app.explore.picking import Selection

GROUP_WORDS = {
    "bone": QT_TRANSLATE_NOOP("info_panel", "Bone"),
    "disc": QT_TRANSLATE_NOOP("info_panel", "Disc"),
    "nerve": QT_TRANSLATE_NOOP("info_panel", "Nerve tissue"),
    "ligament": QT_TRANSLATE_NOOP("info_panel", "Ligament"),
    "joint": QT_TRANSLATE_NOOP("info_panel", "Joint"),
}


def completion_words() -> list[str]:
    """Everything the search box completes: names, synonyms and levels, each once, sorted."""
    seen: dict[str, str] = {}
    for info in PARTS.values():
        for w in (info.name, *info.synonyms, *((info.level,) if info.level else ())):
            seen.setdefault(w.lower(), w)
    return sorted(seen.values(), key=str.lower)


class InfoPanel(QDockWidget):
    """Search box, matches, and the selected part's name, description and scene role."""

    search_selected = Signal(str)  # a part id chosen from the search

    def __init__(self, selection: Selection, parent: QWidget | None = None) -> None:
        super().__init__(translate("InfoPanel", "Information"), parent)
        self.setObjectName("info_panel")
        self.selection = selection
        self.role_source = None  # callable part id -> str | None (the scene's word on the part)
        body = QWidget()
        self.search = QLineEdit()
        self.search.setObjectName("part_search")
        self.search.setAccessibleName(translate("InfoPanel", "Find a part"))
        self.search.setPlaceholderText(translate("InfoPanel", "Find a part: L4, nerve, gel, ligament…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            translate("InfoPanel", "Type a name or a word for a part and press Enter to select it")
        )
        self.completer = QCompleter(QStringListModel(completion_words(), self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(self.completer)
        self.completer.activated.connect(self.find)
        self.search.returnPressed.connect(lambda: self.find(self.search.text()))
        self.matches = QListWidget()
        self.matches.setObjectName("search_matches")
        self.matches.setMaximumHeight(120)
        self.matches.setVisible(False)
        self.matches.itemActivated.connect(self._on_match)
        self.matches.itemClicked.connect(self._on_match)

        self.name = QLabel(translate("InfoPanel", "Nothing selected"))
        self.name.setObjectName("info_name")
        self.name.setWordWrap(True)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.kind = QLabel("")
        self.kind.setObjectName("info_kind")
        self.description = QLabel(
            translate("InfoPanel", "Click a part in the 3D view, or find it by name above.")
        )
        self.description.setObjectName("info_description")
        self.description.setWordWrap(True)
        self.role = QLabel("")
        self.role.setObjectName("info_role")
        self.role.setWordWrap(True)
        self.role.setVisible(False)

        self.isolate_button = QPushButton(translate("InfoPanel", "Show only this"))
        self.isolate_button.setToolTip(
            translate("InfoPanel", "Hide everything else (Show all brings it back)")
        )
        self.clear_button = QPushButton(translate("InfoPanel", "Clear"))
        self.clear_button.setToolTip(translate("InfoPanel", "Select nothing"))
        self.clear_button.clicked.connect(lambda: selection.select(None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.isolate_button)
        buttons.addWidget(self.clear_button)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        layout.addWidget(self.name)
        layout.addWidget(self.kind)
        layout.addWidget(self.description)
        layout.addWidget(self.role)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        selection.changed.connect(self.show_part)
        self.show_part(selection.part)

    # ---- search ------------------------------------------------------------------------------
    def find(self, text: str) -> str | None:
        """Select the best match for ``text`` and list the others; returns the id selected."""
        available = set(self.selection.viewport.actors) or None
        found = search_parts(text, available)
        self.matches.clear()
        for pid in found:
            item = QListWidgetItem(part_name(pid))
            item.setData(Qt.ItemDataRole.UserRole, pid)
            item.setToolTip(part_description(pid))
            self.matches.addItem(item)
        self.matches.setVisible(len(found) > 1)
        if not found:
            self.name.setText(translate("InfoPanel", "Nothing found"))
            self.kind.setText("")
            self.description.setText(
                translate(
                    "InfoPanel",
                    "No part is called “{strip}”. Try a level (L4), or a word such as disc, nerve, "
                    "gel, bone or ligament.",
                ).format(strip=text.strip())
            )
            self.role.setVisible(False)
            return None
        self.matches.setCurrentRow(0)
        self.selection.select(found[0])
        self.search_selected.emit(found[0])
        return found[0]

    def _on_match(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        if pid:
            self.selection.select(pid)

    # ---- what is selected --------------------------------------------------------------------
    def show_part(self, part_id: str | None) -> None:
        if part_id is None:
            self.name.setText(translate("InfoPanel", "Nothing selected"))
            self.kind.setText("")
            self.description.setText(
                translate("InfoPanel", "Click a part in the 3D view, or find it by name above.")
            )
            self.role.setVisible(False)
            self.isolate_button.setEnabled(False)
            return
        info = PARTS.get(part_id)
        self.isolate_button.setEnabled(True)
        if info is None:
            self.name.setText(part_id)
            self.kind.setText("")
            self.description.setText("")
        else:
            self.name.setText(part_name(info.id))
            group = (
                translate("info_panel", GROUP_WORDS.get(info.group, info.group.capitalize()))
                if info.group in GROUPS
                else info.group
            )
            level = translate("InfoPanel", " · level {level}").format(level=info.level) if info.level else ""
            self.kind.setText(
                translate("InfoPanel", "{group}{level} · <code>{id}</code>").format(
                    group=group, level=level, id=info.id
                )
            )
            self.kind.setTextFormat(Qt.TextFormat.RichText)
            self.description.setText(part_description(info.id))
        self.refresh_role()

    def refresh_role(self) -> None:
        """Re-read the scene's word on the selected part (call when the scene step changes)."""
        part = self.selection.part
        text = self.role_source(part) if (self.role_source and part) else None
        self.role.setText(
            translate("InfoPanel", "<b>In this scene:</b> {text}").format(text=text) if text else ""
        )
        self.role.setVisible(bool(text))


def scene_role(player, part_id: str) -> str | None:
    """What a part does in the step a scene player shows now, in plain words (None: no scene)."""
    scene = getattr(player, "scene", None)
    frame = getattr(player, "frame", None)
    if scene is None or frame is None:
        return None
    step = (
        f"step {frame.step_index + 1}, “{frame.title}”"
        if getattr(frame, "title", "")
        else (f"step {frame.step_index + 1}")
    )
    info = PARTS.get(part_id)
    at_level = (
        info is not None and info.level is not None and info.level in (frame.level, *frame.level.split("-"))
    )
    if part_id in frame.highlight:
        return f"this is what {step} of “{scene.title}” is about."
    if part_id in frame.hidden:
        return f"hidden in {step}, to clear the view."
    if part_id in frame.translucent:
        return f"shown see-through in {step}, so what lies behind it shows."
    if at_level:
        return f"at the level “{scene.title}” is about ({frame.level})."
    return f"in the background of {step}."
