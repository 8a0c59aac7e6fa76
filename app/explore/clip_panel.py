"""The Cuts panel: the three planes, each with a switch, a slider (mm) and 'Near half', a cut
through any disc, and the buttons to face the cut or remove it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.explore.clipping import PLANE_LABELS, ClipController
from app.i18n import translate
from app.viewer.sections import (
    PLANE_KINDS,
    PLANE_RANGE_MM,
)
from meshes.dimensions import DISC_LEVELS


class ClipPanel(QDockWidget):
    """Three planes, each with a switch, a slider (mm) and a flip; a cut through any disc."""

    SLIDER_STEPS_PER_MM = 2

    def __init__(self, clipping: ClipController, parent: QWidget | None = None) -> None:
        super().__init__(translate("ClipPanel", "Cuts"), parent)
        self.setObjectName("clipping_panel")
        self.clipping = clipping
        self.setToolTip(
            translate("ClipPanel", "Cut the model open to see inside. The cut faces are filled in.")
        )
        body = QWidget()
        grid = QGridLayout()
        self.enable: dict[str, QCheckBox] = {}
        self.slider: dict[str, QSlider] = {}
        self.flip: dict[str, QCheckBox] = {}
        self.value: dict[str, QLabel] = {}
        for row, kind in enumerate(PLANE_KINDS):
            label, tip = (translate("clipping", t) for t in PLANE_LABELS[kind])
            box = QCheckBox(label)
            box.setObjectName(f"clip_{kind}")
            box.setToolTip(tip)
            box.toggled.connect(lambda on, k=kind: clipping.set_enabled(k, on))
            lo, hi = PLANE_RANGE_MM[kind]
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"clip_{kind}_slider")
            slider.setAccessibleName(
                translate("ClipPanel", "Position of the {cut} cut").format(cut=label.lower())
            )
            slider.setRange(int(lo * self.SLIDER_STEPS_PER_MM), int(hi * self.SLIDER_STEPS_PER_MM))
            slider.setToolTip(
                translate("ClipPanel", "Move the {lower} cut (mm from the middle of the spine)").format(
                    lower=label.lower()
                )
            )
            slider.valueChanged.connect(lambda v, k=kind: self._on_slider(k, v))
            flip = QCheckBox(translate("ClipPanel", "Near half"))
            flip.setObjectName(f"clip_{kind}_flip")
            flip.setAccessibleName(
                translate("ClipPanel", "Keep the near half of the {cut} cut").format(cut=label.lower())
            )
            flip.setToolTip(
                translate(
                    "ClipPanel",
                    "Keep the half between you and the cut instead of the far half (the far half shows "
                    "the cut face, and follows when you turn the model to the other side)",
                )
            )
            flip.toggled.connect(lambda on, k=kind: clipping.set_flip(k, on))
            value = QLabel("")
            value.setMinimumWidth(70)
            grid.addWidget(box, row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(value, row, 2)
            grid.addWidget(flip, row, 3)
            self.enable[kind], self.slider[kind], self.flip[kind], self.value[kind] = box, slider, flip, value
        self.disc_box = QComboBox()
        self.disc_box.setObjectName("cut_disc")
        self.disc_box.addItem(translate("ClipPanel", "Cut through a disc…"), None)
        for level in DISC_LEVELS:
            self.disc_box.addItem(translate("ClipPanel", "{level} disc").format(level=level), level)
        self.disc_box.setToolTip(
            translate("ClipPanel", "Cut across the middle of a disc and look at the cut from below")
        )
        self.disc_box.activated.connect(self._on_disc)
        face = QPushButton(translate("ClipPanel", "Face the cut"))
        face.setToolTip(
            translate("ClipPanel", "Turn the view to look straight at the last cut you switched on")
        )
        face.clicked.connect(self._face)
        clear = QPushButton(translate("ClipPanel", "Remove cuts"))
        clear.setToolTip(translate("ClipPanel", "Show the whole model again"))
        clear.clicked.connect(clipping.clear)
        row = QHBoxLayout()
        row.addWidget(self.disc_box, 1)
        row.addWidget(face)
        row.addWidget(clear)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(grid)
        layout.addLayout(row)
        layout.addStretch(1)
        self.setWidget(body)
        clipping.changed.connect(self.sync)
        self.sync()

    def _on_slider(self, kind: str, value: int) -> None:
        mm = value / self.SLIDER_STEPS_PER_MM
        if abs(self.clipping.planes[kind].offset - mm) > 1e-6:
            if not self.clipping.planes[kind].enabled:
                self.clipping.planes[kind].enabled = True
            self.clipping.set_offset(kind, mm)

    def _on_disc(self, index: int) -> None:
        level = self.disc_box.itemData(index)
        if level:
            self.clipping.cut_through_disc(level)
        self.disc_box.setCurrentIndex(0)

    def _face(self) -> None:
        active = self.clipping.active()
        if active:
            self.clipping.face(active[-1])

    def sync(self) -> None:
        """Show the controller's state (without echoing it back)."""
        for kind, p in self.clipping.planes.items():
            for w in (self.enable[kind], self.slider[kind], self.flip[kind]):
                w.blockSignals(True)
            self.enable[kind].setChecked(p.enabled)
            self.slider[kind].setValue(round(p.offset * self.SLIDER_STEPS_PER_MM))
            self.flip[kind].setChecked(p.flip)
            for w in (self.enable[kind], self.slider[kind], self.flip[kind]):
                w.blockSignals(False)
            self.value[kind].setText(
                self.clipping.describe(kind) if p.enabled else translate("ClipPanel", "off")
            )
