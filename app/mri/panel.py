"""The MRI dock: the slice as a picture with the edge letters a radiologist reads by, a chooser
for the slice (sagittal in the middle, beside it or through the side openings; axial across a
disc) and the disc, and the line that says it is an illustration."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QComboBox, QDockWidget, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.i18n import translate
from app.mri.picture import edge_marks, grey8, not_a_scan, slice_title
from meshes.dimensions import DISC_LEVELS

MARK_COLOUR = QColor(255, 220, 80)


def slice_choices() -> list[tuple[str, str, str]]:
    """(kind, label, tooltip) of the slice chooser; 'axial' takes the disc chooser's disc."""
    choices = [
        (
            "sagittal",
            translate("MriPanel", "Sagittal: the middle"),
            translate("MriPanel", "A side view cut down the middle of the spine"),
        )
    ]
    for side, name in (
        ("left", translate("MriPanel", "left")),
        ("right", translate("MriPanel", "right")),
    ):
        beside = translate("MriPanel", "Sagittal: beside the middle, {side}")
        beside_tip = translate(
            "MriPanel", "A side view cut through the {side} side of the canal, where most herniations press"
        )
        openings = translate("MriPanel", "Sagittal: {side} side openings (foramina)")
        openings_tip = translate(
            "MriPanel", "A side view cut through the openings where the {side} nerve roots leave the spine"
        )
        choices.append((f"parasagittal-{side}", beside.format(side=name), beside_tip.format(side=name)))
        choices.append((f"sagittal-{side}", openings.format(side=name), openings_tip.format(side=name)))
    choices.append(
        (
            "axial",
            translate("MriPanel", "Axial: across one disc"),
            translate(
                "MriPanel",
                "A cut straight across the spine through the middle of the chosen disc, seen from the feet",
            ),
        )
    )
    return choices


class SliceView(QWidget):
    """The slice picture, fitted to the widget, with its edge letters, title and illustration line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mri_picture")
        self.setAccessibleName(translate("MriPanel", "MRI picture"))
        self.setAccessibleDescription(
            translate(
                "MriPanel",
                "A made-up T2 MRI slice of the model as it is now: fluid bright, bone and ligament dark",
            )
        )
        self.setToolTip(
            translate(
                "MriPanel",
                "On this kind of MRI (T2-weighted) water is bright: the fluid round the nerves and the "
                "gel of a healthy disc. Bone edges, ligaments, the disc's outer ring and a dried-out disc "
                "are dark. Letters at the edges: A front, P back, S head end, I feet end, R and L the "
                "patient's right and left (an axial slice is seen from the feet).",
            )
        )
        self.setMinimumSize(160, 200)
        self.slice = None  # the meshes.mri.MriSlice shown
        self._pixels: np.ndarray | None = None
        self._image: QImage | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(300, 420)

    def set_slice(self, mri) -> None:
        self.slice = mri
        self._pixels = np.ascontiguousarray(grey8(mri.image))
        rows, cols = self._pixels.shape
        self._image = QImage(self._pixels.data, cols, rows, cols, QImage.Format.Format_Grayscale8)
        self.setAccessibleDescription(f"{slice_title(mri.spec)}. {not_a_scan()}.")
        self.update()

    def image(self) -> QImage | None:
        """The slice picture itself (one pixel per 0.5 mm), for tests and exports."""
        return self._image

    def _band(self) -> int:
        """Height of the text line above the picture (its title) and below it (the illustration line)."""
        return self.fontMetrics().height() + 4

    def picture_rect(self) -> QRectF:
        """Where the slice is drawn in the widget (fitted and centred between the text lines)."""
        if self._image is None:
            return QRectF()
        band = self._band()
        w, h = self.width(), max(1, self.height() - 2 * band)
        s = min(w / self._image.width(), h / self._image.height())
        pw, ph = self._image.width() * s, self._image.height() * s
        return QRectF((w - pw) / 2, band + (h - ph) / 2, pw, ph)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.GlobalColor.black)
        if self._image is None or self.slice is None:
            p.setPen(Qt.GlobalColor.lightGray)
            p.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("MriPanel", "The MRI picture appears with the model."),
            )
            p.end()
            return
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        r = self.picture_rect()
        p.drawImage(r, self._image)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(MARK_COLOUR)
        marks = edge_marks(self.slice.spec.axial)
        box = r.adjusted(4, 2, -4, -2)
        align = Qt.AlignmentFlag
        p.drawText(box, align.AlignLeft | align.AlignVCenter, marks["left"])
        p.drawText(box, align.AlignRight | align.AlignVCenter, marks["right"])
        p.drawText(box, align.AlignHCenter | align.AlignTop, marks["top"])
        p.drawText(box, align.AlignHCenter | align.AlignBottom, marks["bottom"])
        text = QRectF(self.rect()).adjusted(4, 2, -4, -2)
        p.setPen(Qt.GlobalColor.white)
        p.drawText(text, align.AlignHCenter | align.AlignTop, slice_title(self.slice.spec))
        font.setBold(False)
        p.setFont(font)
        p.setPen(MARK_COLOUR)
        p.drawText(text, align.AlignHCenter | align.AlignBottom, not_a_scan())
        p.end()


class MriPanel(QDockWidget):
    """The dock: the choosers above the picture. ``spec_changed(str)`` names the slice chosen
    ('sagittal', 'axial@L4-L5', ...)."""

    spec_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("MriPanel", "MRI view"), parent)
        self.setObjectName("mri_panel")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 4, 6, 4)
        form = QFormLayout()
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("mri_slice_box")
        self.kind_box.setAccessibleName(translate("MriPanel", "MRI slice"))
        self.kind_box.setAccessibleDescription(
            translate("MriPanel", "Which cut through the spine the MRI picture shows")
        )
        for kind, label, tip in slice_choices():
            self.kind_box.addItem(label, kind)
            self.kind_box.setItemData(self.kind_box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.disc_box = QComboBox()
        self.disc_box.setObjectName("mri_disc_box")
        self.disc_box.setAccessibleName(translate("MriPanel", "Disc of the axial slice"))
        for disc in DISC_LEVELS:
            self.disc_box.addItem(disc, disc)
        slice_label, disc_label = (
            QLabel(translate("MriPanel", "Sl&ice:")),
            QLabel(translate("MriPanel", "&Disc:")),
        )
        slice_label.setBuddy(self.kind_box)
        disc_label.setBuddy(self.disc_box)
        form.addRow(slice_label, self.kind_box)
        form.addRow(disc_label, self.disc_box)
        layout.addLayout(form)
        self.view = SliceView()
        layout.addWidget(self.view, 1)
        self.setWidget(body)
        self.kind_box.currentIndexChanged.connect(self._changed)
        self.disc_box.currentIndexChanged.connect(self._changed)
        self._sync_disc()

    def spec(self) -> str:
        kind = self.kind_box.currentData()
        return f"axial@{self.disc_box.currentData()}" if kind == "axial" else kind

    def set_spec(self, name: str) -> None:
        """Choose a slice by name (as ``spec()`` gives it); an unknown name changes nothing."""
        kind, _, disc = name.partition("@")
        k = self.kind_box.findData(kind)
        if k < 0 or (kind == "axial" and self.disc_box.findData(disc) < 0):
            return
        with QSignalBlocker(self.kind_box), QSignalBlocker(self.disc_box):
            if disc:
                self.disc_box.setCurrentIndex(self.disc_box.findData(disc))
            self.kind_box.setCurrentIndex(k)
        self._changed()

    def set_disc(self, disc: str) -> None:
        i = self.disc_box.findData(disc)
        if i >= 0:
            self.disc_box.setCurrentIndex(i)

    def _sync_disc(self) -> None:
        self.disc_box.setEnabled(self.kind_box.currentData() == "axial")

    def _changed(self, *_args) -> None:
        self._sync_disc()
        self.spec_changed.emit(self.spec())
