"""The see-through panel: opacity of the selected part and of each group, x-ray, isolate, show all.

It only sends commands to the :class:`~app.explore.xray.OpacityController` and listens to it and to the
selection, so the x-ray key, the menu and these sliders always agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.i18n import translate
from app.viewer.part_words import part_name
from meshes.parts import GROUP_LABELS, GROUPS, PARTS

if TYPE_CHECKING:
    from app.explore.picking import Selection
    from app.explore.xray import OpacityController

STEPS = 100  # slider steps from clear (0) to solid (100)


def _slider(name: str, tip: str) -> QSlider:
    s = QSlider(Qt.Orientation.Horizontal)
    s.setObjectName(name)
    s.setRange(0, STEPS)
    s.setValue(STEPS)
    s.setToolTip(tip)
    return s


class PartPanel(QDockWidget):
    """Opacity sliders (selected part, each group), the x-ray switch, isolate and show all."""

    def __init__(
        self, opacity: OpacityController, selection: Selection, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("PartPanel", "See-through"), parent)
        self.setObjectName("part_panel")
        self.setToolTip(
            translate("PartPanel", "Make parts see-through to look inside. 100 is solid, 0 is invisible.")
        )
        self.opacity = opacity
        self.selection = selection
        body = QWidget()
        self.xray_box = QCheckBox(translate("PartPanel", "X-ray (bones see-through)"))
        self.xray_box.setObjectName("xray_check")
        self.xray_box.setToolTip(
            translate("PartPanel", "Bones see-through; discs, nerves and the dural sac stay solid (X)")
        )
        self.xray_box.toggled.connect(opacity.set_xray)

        self.part_label = QLabel(translate("PartPanel", "Selected part: none"))
        self.part_label.setWordWrap(True)
        self.part_slider = _slider("part_opacity", translate("PartPanel", "How solid the selected part is"))
        self.part_slider.setAccessibleName(translate("PartPanel", "How solid the selected part is"))
        self.part_slider.setEnabled(False)
        self.part_slider.valueChanged.connect(self._on_part)

        form = QFormLayout()
        self.group_sliders: dict[str, QSlider] = {}
        for group in GROUPS:
            s = _slider(
                f"group_opacity_{group}",
                translate("PartPanel", "How solid all the {group} are").format(
                    group=translate("groups", GROUP_LABELS.get(group, group)).lower()
                ),
            )
            s.valueChanged.connect(lambda v, g=group: opacity.set_group_opacity(g, v / STEPS))
            form.addRow(translate("groups", GROUP_LABELS.get(group, group.capitalize())), s)
            self.group_sliders[group] = s

        self.isolate_button = QPushButton(translate("PartPanel", "Show only selected"))
        self.isolate_button.setObjectName("isolate_button")
        self.isolate_button.setToolTip(translate("PartPanel", "Hide every part but the selected one (I)"))
        self.isolate_button.clicked.connect(self.isolate)
        self.isolate_button.setEnabled(False)
        show_all = QPushButton(translate("PartPanel", "Show all"))
        show_all.setObjectName("show_all_button")
        show_all.setToolTip(translate("PartPanel", "Show every part again (A)"))
        show_all.clicked.connect(opacity.show_all)
        solid = QPushButton(translate("PartPanel", "All solid"))
        solid.setToolTip(translate("PartPanel", "Every part fully solid again, x-ray off"))
        solid.clicked.connect(opacity.reset)
        buttons = QHBoxLayout()
        buttons.addWidget(self.isolate_button)
        buttons.addWidget(show_all)
        buttons.addWidget(solid)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.xray_box)
        layout.addWidget(self.part_label)
        layout.addWidget(self.part_slider)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setWidget(body)
        selection.changed.connect(self._on_selection)
        opacity.changed.connect(self.sync)
        opacity.xray_changed.connect(self.sync)

    def isolate(self) -> None:
        if self.selection.part:
            self.opacity.isolate(self.selection.part)

    def _on_part(self, value: int) -> None:
        if self.selection.part:
            self.opacity.set_part_opacity(self.selection.part, value / STEPS)

    def _on_selection(self, part_id: str | None) -> None:
        info = PARTS.get(part_id) if part_id else None
        self.part_label.setText(
            translate("PartPanel", "Selected part: {value}").format(
                value=part_name(part_id) if info else (part_id or translate("PartPanel", "none"))
            )
        )
        self.part_slider.setEnabled(part_id is not None)
        self.isolate_button.setEnabled(part_id is not None)
        self.sync()

    def sync(self) -> None:
        """Show the controller's values without sending them back."""
        widgets = [self.xray_box, self.part_slider, *self.group_sliders.values()]
        for w in widgets:
            w.blockSignals(True)
        self.xray_box.setChecked(self.opacity.xray)
        part = self.selection.part
        self.part_slider.setValue(round(self.opacity.part_opacity.get(part, 1.0) * STEPS) if part else STEPS)
        for group, s in self.group_sliders.items():
            s.setValue(round(self.opacity.group_opacity.get(group, 1.0) * STEPS))
        for w in widgets:
            w.blockSignals(False)
