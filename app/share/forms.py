"""The export dialogs: each only collects choices (a still's size and caption, a clip's part of
a scene, size, rate and subtitles, a 3D model's format, a handout's scene, level and side) and hands
them back; app.share.dialogs does the work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.i18n import SIDES as SIDE_WORDS
from app.i18n import translate

if TYPE_CHECKING:
    from scenes.schema import Scene


SETTINGS_CLIP = "export/clip"  # "WxH@fps"


SETTINGS_SUBTITLES = "export/subtitles"


CLIP_SIZES = ((640, 360), (1280, 720), (1920, 1080), (3840, 2160))


CLIP_RATES = (12.0, 24.0, 30.0)


# ---- the dialogs ---------------------------------------------------------------------------------
class StillDialog(QDialog):
    """Size (the view's, a preset or custom), caption and transparent background; Save or Copy."""

    def __init__(self, parent: QWidget, screen: tuple[int, int]) -> None:
        from app.share.still import MAX_SIZE, PRESET_SIZES

        super().__init__(parent)
        self.setWindowTitle(translate("StillDialog", "Save still"))
        self.copy_requested = False
        self.size_box = QComboBox()
        self.size_box.addItem(
            translate("StillDialog", "As on screen ({screen}x{screen2})").format(
                screen=screen[0], screen2=screen[1]
            ),
            None,
        )
        for label, (w, h) in PRESET_SIZES.items():
            self.size_box.addItem(label, f"{w}x{h}")  # text: Qt's findData cannot match a tuple
        self.size_box.addItem(translate("StillDialog", "Custom…"), "custom")
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, value, top in (
            (self.width_box, screen[0], MAX_SIZE[0]),
            (self.height_box, screen[1], MAX_SIZE[1]),
        ):
            box.setRange(16, top)
            box.setValue(min(value, top))
            box.setSuffix(translate("StillDialog", " px"))
            box.setEnabled(False)
        self.size_box.currentIndexChanged.connect(
            lambda: [
                b.setEnabled(self.size_box.currentData() == "custom")
                for b in (self.width_box, self.height_box)
            ]
        )
        custom = QHBoxLayout()
        custom.addWidget(self.width_box)
        custom.addWidget(QLabel("×"))
        custom.addWidget(self.height_box)
        self.caption_box = QCheckBox(
            translate("StillDialog", "Caption: scene, step and level, and the notice")
        )
        self.caption_box.setToolTip(
            translate("StillDialog", "Write what the picture shows at its bottom edge")
        )
        self.transparent_box = QCheckBox(translate("StillDialog", "Transparent background (for slides)"))
        form = QFormLayout(self)
        form.addRow(translate("StillDialog", "Size:"), self.size_box)
        form.addRow("", custom)
        form.addRow(self.caption_box)
        form.addRow(self.transparent_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        copy = buttons.addButton(
            translate("StillDialog", "Copy to clipboard"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        copy.clicked.connect(lambda: setattr(self, "copy_requested", True))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choices(self) -> tuple[tuple[int, int] | None, bool, bool]:
        data = self.size_box.currentData()
        if data == "custom":
            size = (self.width_box.value(), self.height_box.value())
        else:
            size = tuple(int(x) for x in data.split("x")) if data else None
        return size, self.transparent_box.isChecked(), self.caption_box.isChecked()


class ClipDialog(QDialog):
    """Scene, time range, size, frame rate, format and subtitles of a clip."""

    def __init__(
        self, parent: QWidget, scenes: list[Scene], current: Scene | None, settings: QSettings
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ClipDialog", "Export clip"))
        self.settings = settings
        self.scenes = scenes
        self.current = current
        self.scene_box = QComboBox()
        for s in scenes:
            self.scene_box.addItem(s.title, s.id)
        if current is not None:
            i = self.scene_box.findData(current.id)
            self.scene_box.setCurrentIndex(max(i, 0))
        self.start_box, self.end_box = QDoubleSpinBox(), QDoubleSpinBox()
        for box in (self.start_box, self.end_box):
            box.setDecimals(1)
            box.setSuffix(" s")
        self.size_box = QComboBox()
        for w, h in CLIP_SIZES:
            self.size_box.addItem(translate("ClipDialog", "{w}x{h}").format(w=w, h=h), (w, h))
        self.fps_box = QComboBox()
        for r in CLIP_RATES:
            self.fps_box.addItem(translate("ClipDialog", "{r:g} frames a second").format(r=r), r)
        remembered = str(settings.value(SETTINGS_CLIP, "1280x720@24"))
        size_text, _, fps_text = remembered.partition("@")
        self.size_box.setCurrentIndex(max(0, self.size_box.findText(size_text)))
        self.fps_box.setCurrentIndex(max(0, self.fps_box.findData(float(fps_text or 24))))
        self.mp4 = QRadioButton(translate("ClipDialog", "MP4 video (H.264, plays in slides and browsers)"))
        self.gif = QRadioButton(translate("ClipDialog", "GIF animation (plays everywhere, larger file)"))
        self.mp4.setChecked(True)
        self.gif.toggled.connect(self._gif_chosen)
        group = QButtonGroup(self)
        group.addButton(self.mp4)
        group.addButton(self.gif)
        self.subtitles = QCheckBox(translate("ClipDialog", "Burn in each step's title as a subtitle"))
        self.subtitles.setChecked(settings.value(SETTINGS_SUBTITLES, "true") in (True, "true"))
        rng = QHBoxLayout()
        rng.addWidget(self.start_box)
        rng.addWidget(QLabel(translate("ClipDialog", "to")))
        rng.addWidget(self.end_box)
        form = QFormLayout(self)
        form.addRow(translate("ClipDialog", "Scene:"), self.scene_box)
        form.addRow(translate("ClipDialog", "From:"), rng)
        form.addRow(translate("ClipDialog", "Size:"), self.size_box)
        form.addRow(translate("ClipDialog", "Frame rate:"), self.fps_box)
        fmt = QVBoxLayout()
        fmt.addWidget(self.mp4)
        fmt.addWidget(self.gif)
        form.addRow(translate("ClipDialog", "Format:"), fmt)
        form.addRow(self.subtitles)
        self.scene_box.currentIndexChanged.connect(self._scene_changed)
        self._scene_changed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ClipDialog", "Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _gif_chosen(self, on: bool) -> None:
        """A GIF of a whole scene at 1280x720 and 24 frames a second runs to hundreds of MB:
        offer the GIF defaults instead (the user may still pick more)."""
        from app.share.video import DEFAULTS

        if not on:
            return
        (w, h), fps = DEFAULTS[".gif"]
        if self.size_box.currentData()[0] > w:
            self.size_box.setCurrentText(f"{w}x{h}")
        if self.fps_box.currentData() > fps:
            self.fps_box.setCurrentIndex(max(0, self.fps_box.findText(f"{fps:g} frames a second")))

    def _scene(self) -> Scene:
        scene = self.scenes[self.scene_box.currentIndex()]
        if self.current is not None and scene.id == self.current.id:
            return self.current  # at the level and side the window shows
        return scene

    def _scene_changed(self) -> None:
        d = self._scene().duration
        for box in (self.start_box, self.end_box):
            box.setRange(0.0, d)
        self.start_box.setValue(0.0)
        self.end_box.setValue(d)

    def spec(self):
        from app.share.video import ClipSpec

        size, fps = self.size_box.currentData(), self.fps_box.currentData()
        self.settings.setValue(SETTINGS_CLIP, f"{size[0]}x{size[1]}@{fps:g}")
        self.settings.setValue(SETTINGS_SUBTITLES, self.subtitles.isChecked())
        spec = ClipSpec(self._scene(), size, fps, self.start_box.value(), self.end_box.value(),
                        self.subtitles.isChecked())  # fmt: skip
        return spec, (".mp4" if self.mp4.isChecked() else ".gif")


EXPORT_3D_NOTE = (
    "The model as it stands now (this moment of the scene), in millimetres.\n"
    "glTF keeps one named, coloured node per part; STL, OBJ and PLY hold one mesh."
)


class Export3DDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Export3DDialog", "Export 3D model"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(EXPORT_3D_NOTE))
        self.visible = QRadioButton(translate("Export3DDialog", "Only the parts that are showing"))
        self.all = QRadioButton(translate("Export3DDialog", "All parts, hidden ones too"))
        self.visible.setChecked(True)
        layout.addWidget(self.visible)
        layout.addWidget(self.all)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Export3DDialog", "Choose file…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def visible_only(self) -> bool:
        return self.visible.isChecked()


class HandoutDialog(QDialog):
    """Which condition, at which level and side, the handout is about."""

    def __init__(self, parent: QWidget, scenes: list[Scene], scene_id: str | None, level: str | None,
                 side: str | None, print_it: bool) -> None:  # fmt: skip
        from meshes.dimensions import DISC_LEVELS, SIDES

        super().__init__(parent)
        self.setWindowTitle(
            translate("HandoutDialog", "Print handout")
            if print_it
            else translate("HandoutDialog", "Save handout as PDF")
        )
        self.scenes = scenes
        self.scene_box = QComboBox()
        for s in scenes:
            self.scene_box.addItem(s.title, s.id)
        default = scene_id or next((s.id for s in scenes if s.tracks), scenes[0].id if scenes else None)
        self.scene_box.setCurrentIndex(max(0, self.scene_box.findData(default)))
        self.level_box = QComboBox()
        self.level_box.addItems(list(DISC_LEVELS))
        self.side_box = QComboBox()
        for side in SIDES:
            self.side_box.addItem(translate("sides", SIDE_WORDS[side]), side)
        chosen = scenes[self.scene_box.currentIndex()] if scenes else None
        self.level_box.setCurrentText(level or (chosen.level if chosen else "L4-L5"))
        self.side_box.setCurrentIndex(self.side_box.findData(side or (chosen.side if chosen else "left")))
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                translate(
                    "HandoutDialog",
                    "A one- or two-page handout with pictures, plain words, the nerve involved,\n"
                    "the sources, the disclaimer and room for your notes.",
                )
            )
        )
        form.addRow(translate("HandoutDialog", "Scene:"), self.scene_box)
        form.addRow(translate("HandoutDialog", "Disc level:"), self.level_box)
        form.addRow(translate("HandoutDialog", "Side:"), self.side_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("HandoutDialog", "Print…") if print_it else translate("HandoutDialog", "Save…")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choices(self) -> tuple[Scene, str, str]:
        return (
            self.scenes[self.scene_box.currentIndex()],
            self.level_box.currentText(),
            self.side_box.currentData(),
        )
