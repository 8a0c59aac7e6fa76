"""File > Export in the window: Save still, Copy view, Export clip, Export 3D, Print handout and
Save handout PDF.

``install_exports(window)`` adds the submenu and returns :class:`ExportTools` (also
``window.exports``). The dialogs only collect choices; the work is done by the methods of
ExportTools (which tests call directly) through ``app.still``, ``app.video``, ``app.export3d``
and ``app.handout``. Long work (a clip, the handout's pictures) runs in small slices from a QTimer
on the GUI thread, one frame or one picture per slice, behind a progress dialog with Cancel, so
the window keeps painting and answering; the off-screen plotter it draws with is its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError

if TYPE_CHECKING:
    from app.window import MainWindow
    from meshes.model import Model
    from scenes.schema import Scene

SETTINGS_FOLDER = "export/folder"
SETTINGS_CLIP = "export/clip"  # "WxH@fps"
SETTINGS_SUBTITLES = "export/subtitles"
CLIP_SIZES = ((640, 360), (1280, 720), (1920, 1080), (3840, 2160))
CLIP_RATES = (12.0, 24.0, 30.0)
FORMAT_FILTERS_3D = "glTF binary (*.glb);;glTF (*.gltf);;STL (*.stl);;OBJ (*.obj);;PLY (*.ply)"


class SlicedJob(QObject):
    """Runs a generator one ``next()`` per timer tick on the GUI thread, behind a progress dialog.

    The generator yields (done, total); ``finished(ok, message)`` follows its end, an error (the
    UserError's sentence) or a cancel (``cancel()`` or the dialog's Cancel button: the generator is
    closed, so its ``finally`` blocks and ``atomic_path`` clean up).
    """

    finished = Signal(bool, str)

    def __init__(self, steps: Iterator[tuple[int, int]], label: str, parent: QWidget,
                 on_done: Callable[[], str] | None = None, show_dialog: bool = True) -> None:  # fmt: skip
        super().__init__(parent)
        self._steps = steps
        self._on_done = on_done
        self.done = False
        self.ok = False
        self.message = ""
        self._timer = QTimer(self)
        self._timer.setObjectName("export_job")
        self._timer.setObjectName("export-slice")
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
            self.dialog.setWindowTitle("Exporting")
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
            self.dialog.show()

    def start(self) -> SlicedJob:
        self._timer.start()
        return self

    def _slice(self) -> None:
        try:
            done, total = next(self._steps)
        except StopIteration:
            self._finish()
            return
        except UserError as exc:
            self._end(False, str(exc))
            return
        except Exception as exc:  # a bug: one sentence, never a traceback in the user's face
            self._end(False, f"The export failed ({type(exc).__name__}: {exc}); no file was written.")
            return
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _finish(self) -> None:
        try:
            message = self._on_done() if self._on_done is not None else ""
        except UserError as exc:
            self._end(False, str(exc))
        except OSError as exc:
            self._end(False, f"The export could not be written ({exc.strerror or exc}).")
        else:
            self._end(True, message)

    def cancel(self) -> None:
        if self.done:
            return
        self._steps.close()  # GeneratorExit inside: the encoder stops, the temporary file goes
        self._end(False, "The export was cancelled; no file was written.")

    def _end(self, ok: bool, message: str) -> None:
        if self.done:
            return
        self.done, self.ok, self.message = True, ok, message
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit(ok, message)


class ExportTools(QObject):
    """The export commands of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings: QSettings = window.settings
        self.job: SlicedJob | None = None
        self.show_errors = True  # message boxes for failed exports (tests read the status bar)
        window.installEventFilter(self)

    # ---- what the window shows -----------------------------------------------------------------
    @property
    def player(self):
        return getattr(self.window, "player", None)

    def current_scene(self) -> tuple[Scene | None, float]:
        """The scene the player shows (as retargeted to its level and side) and its time."""
        player = self.player
        if player is None or player.scene is None:
            return None, 0.0
        return player.scene, float(player.time)

    def scenes(self) -> list[Scene]:
        player = self.player
        if player is not None and player.scenes:
            return list(player.scenes)
        from scenes.catalog import load_catalog

        return load_catalog()[0]

    def caption(self) -> tuple[str, ...]:
        from app.still import caption_lines

        scene, _ = self.current_scene()
        if scene is not None:
            return caption_lines(scene, self.player.frame)
        conditions = getattr(self.window, "conditions", None)
        choice = getattr(conditions, "choice", None)
        if choice is not None and getattr(choice, "condition", ""):
            return caption_lines(level=choice.level, side=choice.side)
        return caption_lines()

    def posed_model(self, visible_only: bool) -> Model:
        """The model as it stands on screen: the current vertices of every part (or of the visible
        ones), with the model's faces."""
        from meshes.model import Model

        model = self.window.model
        if model is None:
            raise UserError("the model is still loading; try again in a moment")
        vp = self.window.viewport
        parts = {}
        for pid, part in model.parts.items():
            if pid not in vp.meshes:
                continue
            if visible_only and not vp.is_visible(pid):
                continue
            parts[pid] = replace(part, vertices=vp.meshes[pid].points.astype(float).copy())
        if not parts:
            raise UserError("no part is visible; show some parts or export all parts")
        return Model(parts, model.detail)

    # ---- the commands (no dialogs: the dialogs and the tests call these) -----------------------
    def still_image(self, size: tuple[int, int] | None = None, transparent: bool = False,
                    caption: bool = False):  # fmt: skip
        from app.still import StillOptions, grab

        if self.window.model is None:
            raise UserError("the model is still loading; try again in a moment")
        options = StillOptions(size=size, transparent=transparent, caption=self.caption() if caption else ())
        with _busy():
            return grab(self.window.viewport, options)

    def save_still(self, path: Path, size=None, transparent=False, caption=False) -> Path:
        from app.still import write_still

        image = self.still_image(size, transparent, caption)
        write_still(image, Path(path))
        return Path(path)

    def copy_still(self, size=None, caption=False) -> None:
        from app.still import copy_to_clipboard

        copy_to_clipboard(self.still_image(size, False, caption))

    def export_3d(self, path: Path, visible_only: bool = True) -> int:
        """Write the model as it stands; returns the number of parts written."""
        from app.export3d import FORMATS, export_model
        from app.outputs import check_output

        path = check_output(Path(path), FORMATS, option="the file")
        model = self.posed_model(visible_only)
        with _busy():
            export_model(model, path)  # atomic: a failure is a UserError and leaves no file
        return len(model.parts)

    def start_clip(self, spec, path: Path, show_dialog: bool = True) -> SlicedJob:
        """Start writing a clip in slices; the returned job says when it has finished."""
        from app.outputs import check_output
        from app.video import FORMATS, check_spec, clip_steps

        path = check_output(Path(path), FORMATS, option="the file")
        check_spec(spec, path.suffix)
        if self.window.model is None:
            raise UserError("the model is still loading; try again in a moment")
        steps = clip_steps(spec, path, self.window.model)
        return self._run(
            steps, f"Making the clip {path.name}…", lambda: f"Saved the clip {path}.", show_dialog
        )

    def start_handout(self, scene: Scene, level: str | None, side: str | None,
                      target: Path | object, show_dialog: bool = True) -> SlicedJob:  # fmt: skip
        """Make the handout in slices (one picture each), then write it to ``target``: a PDF path
        or a QPrinter the user has set up."""
        from app.handout import handout_content, handout_steps, paint_handout, write_handout_pdf
        from app.outputs import check_output

        if isinstance(target, (str, Path)):
            target = check_output(Path(target), (".pdf",), option="the file")
        if self.window.model is None:
            raise UserError("the model is still loading; try again in a moment")
        stills: list = []
        steps = handout_steps(scene, self.window.model, level, side, stills)

        def finish() -> str:
            content = handout_content(scene, self.window.model, level, side, stills=tuple(stills))
            if isinstance(target, Path):
                pages = write_handout_pdf(content, target)
                return f"Saved the handout {target} ({pages} page{'s' * (pages != 1)})."
            pages = paint_handout(target, content)
            return f"Sent the handout to the printer ({pages} page{'s' * (pages != 1)})."

        return self._run(steps, "Drawing the handout's pictures…", finish, show_dialog)

    def _run(self, steps, label: str, on_done, show_dialog: bool) -> SlicedJob:
        if self.job is not None and not self.job.done:
            steps.close()
            raise UserError("another export is still running; wait for it or cancel it")
        job = SlicedJob(steps, label, self.window, on_done, show_dialog)
        job.finished.connect(self._report)
        self.job = job
        return job.start()

    def _report(self, ok: bool, message: str) -> None:
        if ok:
            self.window.statusBar().showMessage(message, 8000)
        elif message:
            self.window.statusBar().showMessage(message, 8000)
            if "cancelled" not in message and self.show_errors:
                QMessageBox.warning(self.window, "Export", _sentence(message))

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.window and event.type() == QEvent.Type.Close:
            self.cancel_job()
        return False

    # ---- dialogs -------------------------------------------------------------------------------
    def _folder(self) -> str:
        default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        return str(self.settings.value(SETTINGS_FOLDER, default or str(Path.home())))

    def _ask_path(self, title: str, name: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(self._folder()) / name), filters)
        if not path:
            return None
        self.settings.setValue(SETTINGS_FOLDER, str(Path(path).parent))
        return Path(path)

    def _try(self, work: Callable[[], str | None]) -> None:
        try:
            message = work()
        except UserError as exc:
            QMessageBox.warning(self.window, "Export", _sentence(str(exc)))
            return
        if message:
            self.window.statusBar().showMessage(message, 8000)

    @staticmethod
    def _started(job: SlicedJob) -> None:
        return None  # the job reports in the status bar when it ends

    def save_still_dialog(self) -> None:
        dialog = StillDialog(self.window, _view_size(self.window))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        size, transparent, caption = dialog.choices()
        if dialog.copy_requested:
            self._try(lambda: self.copy_still(size, caption) or "Copied the view to the clipboard.")
            return
        path = self._ask_path("Save still", _file_stem(self) + ".png", "PNG image (*.png)")
        if path is not None:
            path = path if path.suffix.lower() == ".png" else path.with_name(path.name + ".png")
            self._try(lambda: f"Saved the still {self.save_still(path, size, transparent, caption)}.")

    def copy_view(self) -> None:
        self._try(lambda: self.copy_still(None, False) or "Copied the view to the clipboard.")

    def export_clip_dialog(self) -> None:
        scenes = self.scenes()
        if not scenes:
            QMessageBox.information(self.window, "Export clip", "There is no scene to make a clip of.")
            return
        current, _ = self.current_scene()
        dialog = ClipDialog(self.window, scenes, current, self.settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        spec, suffix = dialog.spec()
        name = f"{spec.scene.id}-{spec.scene.level}-{spec.scene.side}{suffix}"
        filters = "MP4 video (*.mp4)" if suffix == ".mp4" else "GIF animation (*.gif)"
        path = self._ask_path("Export clip", name, filters)
        if path is not None:
            path = path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)
            self._try(lambda: self._started(self.start_clip(spec, path)))

    def export_3d_dialog(self) -> None:
        dialog = Export3DDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self.window, "Export 3D model", str(Path(self._folder()) / (_file_stem(self) + ".glb")),
            FORMAT_FILTERS_3D,
        )  # fmt: skip
        if not path:
            return
        path = Path(path)
        if not path.suffix:
            path = path.with_name(path.name + "." + chosen.split("*.")[-1].rstrip(")"))
        self.settings.setValue(SETTINGS_FOLDER, str(path.parent))
        visible = dialog.visible_only()
        self._try(lambda: f"Saved {self.export_3d(path, visible)} parts to {path} (millimetres, RAS axes).")

    def handout_dialog(self, print_it: bool) -> None:
        dialog = HandoutDialog(self.window, self.scenes(), *self._handout_defaults(), print_it=print_it)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        scene, level, side = dialog.choices()
        if print_it:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(f"{scene.title}: a patient handout")
            if QPrintDialog(printer, self.window).exec() != QDialog.DialogCode.Accepted:
                return
            self._printer = printer  # kept alive until the job paints on it
            self._try(lambda: self._started(self.start_handout(scene, level, side, printer)))
            return
        path = self._ask_path("Save handout as PDF", f"handout-{scene.id}-{level}-{side}.pdf", "PDF (*.pdf)")
        if path is not None:
            path = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
            self._try(lambda: self._started(self.start_handout(scene, level, side, path)))

    def _handout_defaults(self) -> tuple[str | None, str | None, str | None]:
        """(scene id, level, side): the scene playing, else the condition chosen, else none."""
        scene, _ = self.current_scene()
        if scene is not None:
            return scene.id, scene.level, scene.side
        conditions = getattr(self.window, "conditions", None)
        choice = getattr(conditions, "choice", None)
        if choice is not None and getattr(choice, "condition", ""):
            from app.condition_panel import CONDITION_SCENES

            side = choice.side if choice.side in ("left", "right") else None
            return CONDITION_SCENES.get(choice.condition), choice.level, side
        return None, None, None


# ---- the dialogs ---------------------------------------------------------------------------------
class StillDialog(QDialog):
    """Size (the view's, a preset or custom), caption and transparent background; Save or Copy."""

    def __init__(self, parent: QWidget, screen: tuple[int, int]) -> None:
        from app.still import MAX_SIZE, PRESET_SIZES

        super().__init__(parent)
        self.setWindowTitle("Save still")
        self.copy_requested = False
        self.size_box = QComboBox()
        self.size_box.addItem(f"As on screen ({screen[0]}x{screen[1]})", None)
        for label, (w, h) in PRESET_SIZES.items():
            self.size_box.addItem(label, f"{w}x{h}")  # text: Qt's findData cannot match a tuple
        self.size_box.addItem("Custom…", "custom")
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, value, top in (
            (self.width_box, screen[0], MAX_SIZE[0]),
            (self.height_box, screen[1], MAX_SIZE[1]),
        ):
            box.setRange(16, top)
            box.setValue(min(value, top))
            box.setSuffix(" px")
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
        self.caption_box = QCheckBox("Caption: scene, step and level, and the notice")
        self.caption_box.setToolTip("Write what the picture shows at its bottom edge")
        self.transparent_box = QCheckBox("Transparent background (for slides)")
        form = QFormLayout(self)
        form.addRow("Size:", self.size_box)
        form.addRow("", custom)
        form.addRow(self.caption_box)
        form.addRow(self.transparent_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        copy = buttons.addButton("Copy to clipboard", QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.setWindowTitle("Export clip")
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
            self.size_box.addItem(f"{w}x{h}", (w, h))
        self.fps_box = QComboBox()
        for r in CLIP_RATES:
            self.fps_box.addItem(f"{r:g} frames a second", r)
        remembered = str(settings.value(SETTINGS_CLIP, "1280x720@24"))
        size_text, _, fps_text = remembered.partition("@")
        self.size_box.setCurrentIndex(max(0, self.size_box.findText(size_text)))
        self.fps_box.setCurrentIndex(max(0, self.fps_box.findData(float(fps_text or 24))))
        self.mp4 = QRadioButton("MP4 video (H.264, plays in slides and browsers)")
        self.gif = QRadioButton("GIF animation (plays everywhere, larger file)")
        self.mp4.setChecked(True)
        self.gif.toggled.connect(self._gif_chosen)
        group = QButtonGroup(self)
        group.addButton(self.mp4)
        group.addButton(self.gif)
        self.subtitles = QCheckBox("Burn in each step's title as a subtitle")
        self.subtitles.setChecked(settings.value(SETTINGS_SUBTITLES, "true") in (True, "true"))
        rng = QHBoxLayout()
        rng.addWidget(self.start_box)
        rng.addWidget(QLabel("to"))
        rng.addWidget(self.end_box)
        form = QFormLayout(self)
        form.addRow("Scene:", self.scene_box)
        form.addRow("From:", rng)
        form.addRow("Size:", self.size_box)
        form.addRow("Frame rate:", self.fps_box)
        fmt = QVBoxLayout()
        fmt.addWidget(self.mp4)
        fmt.addWidget(self.gif)
        form.addRow("Format:", fmt)
        form.addRow(self.subtitles)
        self.scene_box.currentIndexChanged.connect(self._scene_changed)
        self._scene_changed()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _gif_chosen(self, on: bool) -> None:
        """A GIF of a whole scene at 1280x720 and 24 frames a second runs to hundreds of MB:
        offer the GIF defaults instead (the user may still pick more)."""
        from app.video import DEFAULTS

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
        from app.video import ClipSpec

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
        self.setWindowTitle("Export 3D model")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(EXPORT_3D_NOTE))
        self.visible = QRadioButton("Only the parts that are showing")
        self.all = QRadioButton("All parts, hidden ones too")
        self.visible.setChecked(True)
        layout.addWidget(self.visible)
        layout.addWidget(self.all)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Choose file…")
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
        self.setWindowTitle("Print handout" if print_it else "Save handout as PDF")
        self.scenes = scenes
        self.scene_box = QComboBox()
        for s in scenes:
            self.scene_box.addItem(s.title, s.id)
        default = scene_id or next((s.id for s in scenes if s.tracks), scenes[0].id if scenes else None)
        self.scene_box.setCurrentIndex(max(0, self.scene_box.findData(default)))
        self.level_box = QComboBox()
        self.level_box.addItems(list(DISC_LEVELS))
        self.side_box = QComboBox()
        self.side_box.addItems(list(SIDES))
        chosen = scenes[self.scene_box.currentIndex()] if scenes else None
        self.level_box.setCurrentText(level or (chosen.level if chosen else "L4-L5"))
        self.side_box.setCurrentText(side or (chosen.side if chosen else "left"))
        form = QFormLayout(self)
        form.addRow(QLabel("A one- or two-page handout with pictures, plain words, the nerve involved,\n"
                           "the sources, the disclaimer and room for your notes."))  # fmt: skip
        form.addRow("Scene:", self.scene_box)
        form.addRow("Disc level:", self.level_box)
        form.addRow("Side:", self.side_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Print…" if print_it else "Save…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choices(self) -> tuple[Scene, str, str]:
        return (
            self.scenes[self.scene_box.currentIndex()],
            self.level_box.currentText(),
            self.side_box.currentText(),
        )


# ---- wiring -----------------------------------------------------------------------------------
def install_exports(window: MainWindow) -> ExportTools:
    """Add File > Export (before Quit) to ``window``; returns the tools (also ``window.exports``)."""
    existing = getattr(window, "exports", None)
    if isinstance(existing, ExportTools):
        return existing
    tools = ExportTools(window)
    window.exports = tools
    menu = QMenu("&Export", window)
    menu.setObjectName("export_menu")
    window.menus["export"] = menu
    file_menu = window.menu("File")
    quit_action = window.actions.get("quit")
    if quit_action is not None:
        file_menu.insertMenu(quit_action, menu)
        file_menu.insertSeparator(quit_action)
    else:
        file_menu.addMenu(menu)
    entries = (
        ("save_still", "Save &still…", tools.save_still_dialog, "Ctrl+Shift+S",
         "Save the view as a PNG picture, at screen size or up to 4K"),
        ("copy_view", "&Copy view", tools.copy_view, "Ctrl+Shift+C",
         "Copy the view to the clipboard as a picture"),
        ("export_clip", "Export &clip…", tools.export_clip_dialog, "Ctrl+Shift+E",
         "Make an MP4 or GIF clip of a scene, for slides"),
        ("export_3d", "Export &3D model…", tools.export_3d_dialog, "",
         "Save the model as it stands as glTF, STL, OBJ or PLY"),
        None,
        ("print_handout", "&Print handout…", lambda: tools.handout_dialog(True),
         QKeySequence.StandardKey.Print, "Print a one- or two-page handout for a patient"),
        ("save_handout", "Save &handout as PDF…", lambda: tools.handout_dialog(False), "",
         "Save the patient handout as a PDF file"),
    )  # fmt: skip
    for entry in entries:
        if entry is None:
            menu.addSeparator()
            continue
        name, text, slot, shortcut, tip = entry
        action = QAction(text, window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({shown})" if shown else tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda checked=False, s=slot: s())
        menu.addAction(action)
        window.addAction(action)  # shortcuts work in full screen too
        window.actions[name] = action
    return tools


# ---- helpers ----------------------------------------------------------------------------------
class _busy:
    """A busy cursor for a short blocking piece of work (a still, a 3D file)."""

    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def __exit__(self, *exc):
        QApplication.restoreOverrideCursor()


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def _view_size(window: MainWindow) -> tuple[int, int]:
    from app.still import view_size

    return view_size(window.viewport)


def _file_stem(tools: ExportTools) -> str:
    scene, t = tools.current_scene()
    if scene is None:
        return "lumbar-spine"
    return f"{scene.id}-{scene.level}-{scene.side}-{t:.0f}s"
