"""File > Export in the window: Save still, Copy view, Export clip, Export 3D, Print handout and
Save handout PDF.

:class:`ExportTools` does the work (tests call its methods directly) through ``app.share.still``,
``app.share.video``, ``app.share.export3d`` and ``app.share.handout``; ``app.share.menu`` puts it
in the File menu and ``app.share.forms`` holds the dialogs, which only collect choices. Long work
(a clip, the handout's pictures) runs in slices on the GUI thread (``app.share.jobs``), so the
window keeps painting and answering; the off-screen plotter it draws with is its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
)

from app.errors import UserError
from app.i18n import translate
from app.share.forms import ClipDialog, Export3DDialog, HandoutDialog, StillDialog
from app.share.jobs import SlicedJob

if TYPE_CHECKING:
    from app.context import ViewerContext
    from meshes.model import Model
    from scenes.schema import Scene

SETTINGS_FOLDER = "export/folder"
FORMAT_FILTERS_3D = "glTF binary (*.glb);;glTF (*.gltf);;STL (*.stl);;OBJ (*.obj);;PLY (*.ply)"


class ExportTools(QObject):
    """The export commands of one window."""

    def __init__(self, ctx: ViewerContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.settings: QSettings = ctx.settings
        # The condition the dials show (the window connects the clinic's), for captions and handouts.
        self.condition_choice: Callable[[], object | None] = lambda: None
        self.job: SlicedJob | None = None
        self.show_errors = True  # message boxes for failed exports (tests read the status bar)
        ctx.frame.installEventFilter(self)

    # ---- what the window shows -----------------------------------------------------------------
    @property
    def player(self):
        return self.ctx.scene_player

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
        from app.share.still import caption_lines

        scene, _ = self.current_scene()
        if scene is not None:
            return caption_lines(scene, self.player.frame)
        choice = self.condition_choice()
        if choice is not None and getattr(choice, "condition", ""):
            return caption_lines(level=choice.level, side=choice.side)
        return caption_lines()

    def posed_model(self, visible_only: bool) -> Model:
        """The model as it stands on screen: the current vertices of every part (or of the visible
        ones), with the model's faces."""
        from meshes.model import Model

        model = self.ctx.model
        if model is None:
            raise UserError(translate("ExportTools", "the model is still loading; try again in a moment"))
        vp = self.ctx.viewport
        parts = {}
        for pid, part in model.parts.items():
            if pid not in vp.meshes:
                continue
            if visible_only and not vp.is_visible(pid):
                continue
            parts[pid] = replace(part, vertices=vp.meshes[pid].points.astype(float).copy())
        if not parts:
            raise UserError(
                translate("ExportTools", "no part is visible; show some parts or export all parts")
            )
        return Model(parts, model.detail)

    # ---- the commands (no dialogs: the dialogs and the tests call these) -----------------------
    def still_image(self, size: tuple[int, int] | None = None, transparent: bool = False,
                    caption: bool = False):  # fmt: skip
        from app.share.still import StillOptions, grab

        if self.ctx.model is None:
            raise UserError(translate("ExportTools", "the model is still loading; try again in a moment"))
        options = StillOptions(size=size, transparent=transparent, caption=self.caption() if caption else ())
        with _busy():
            return grab(self.ctx.viewport, options)

    def save_still(self, path: Path, size=None, transparent=False, caption=False) -> Path:
        from app.share.still import write_still

        image = self.still_image(size, transparent, caption)
        write_still(image, Path(path))
        return Path(path)

    def copy_still(self, size=None, caption=False) -> None:
        from app.share.still import copy_to_clipboard

        copy_to_clipboard(self.still_image(size, False, caption))

    def export_3d(self, path: Path, visible_only: bool = True) -> int:
        """Write the model as it stands; returns the number of parts written."""
        from app.outputs import check_output
        from app.share.export3d import FORMATS, export_model

        path = check_output(Path(path), FORMATS, option="the file")
        model = self.posed_model(visible_only)
        with _busy():
            export_model(model, path)  # atomic: a failure is a UserError and leaves no file
        return len(model.parts)

    def save_take_home(self, path: Path) -> int:
        """The take-home page of what the window shows: the visible parts as posed, this view, the
        drawings; returns its size in bytes."""
        from app.outputs import check_output
        from app.share.take_home import SUFFIX, window_page, write_take_home

        path = check_output(Path(path), (SUFFIX,), option="the file")
        scene, t = self.current_scene()
        content = window_page(self.ctx.viewport, scene, t, self.caption())
        with _busy():
            return write_take_home(self.posed_model(True), content, path)

    def start_clip(self, spec, path: Path, show_dialog: bool = True) -> SlicedJob:
        """Start writing a clip in slices; the returned job says when it has finished."""
        from app.outputs import check_output
        from app.share.video import FORMATS, check_spec, clip_steps

        path = check_output(Path(path), FORMATS, option="the file")
        check_spec(spec, path.suffix)
        if self.ctx.model is None:
            raise UserError(translate("ExportTools", "the model is still loading; try again in a moment"))
        steps = clip_steps(replace(spec, marks=self.ctx.viewport.annotations.marks), path, self.ctx.model)
        return self._run(
            steps, f"Making the clip {path.name}…", lambda: f"Saved the clip {path}.", show_dialog
        )

    def start_handout(self, scene: Scene, level: str | None, side: str | None,
                      target: Path | object, show_dialog: bool = True) -> SlicedJob:  # fmt: skip
        """Make the handout in slices (one picture each), then write it to ``target``: a PDF path
        or a QPrinter the user has set up."""
        from app.outputs import check_output
        from app.share.handout import handout_content, handout_steps
        from app.share.handout_pdf import paint_handout, write_handout_pdf

        if isinstance(target, (str, Path)):
            target = check_output(Path(target), (".pdf",), option="the file")
        if self.ctx.model is None:
            raise UserError(translate("ExportTools", "the model is still loading; try again in a moment"))
        stills: list = []
        steps = handout_steps(scene, self.ctx.model, level, side, stills, self.ctx.viewport.annotations.marks)

        def finish() -> str:
            content = handout_content(scene, self.ctx.model, level, side, stills=tuple(stills))
            if isinstance(target, Path):
                pages = write_handout_pdf(content, target)
                return f"Saved the handout {target} ({pages} page{'s' * (pages != 1)})."
            pages = paint_handout(target, content)
            return f"Sent the handout to the printer ({pages} page{'s' * (pages != 1)})."

        return self._run(steps, "Drawing the handout's pictures…", finish, show_dialog)

    def _run(self, steps, label: str, on_done, show_dialog: bool) -> SlicedJob:
        if self.job is not None and not self.job.done:
            steps.close()
            raise UserError(
                translate("ExportTools", "another export is still running; wait for it or cancel it")
            )
        job = SlicedJob(steps, label, self.ctx.frame, on_done, show_dialog)
        job.finished.connect(self._report)
        self.job = job
        return job.start()

    def _report(self, ok: bool, message: str) -> None:
        if ok:
            self.ctx.say(message, 8000)
        elif message:
            self.ctx.say(message, 8000)
            if "cancelled" not in message and self.show_errors:
                QMessageBox.warning(self.ctx.frame, translate("ExportTools", "Export"), _sentence(message))

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def eventFilter(self, watched, event) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self.ctx.frame and event.type() == QEvent.Type.Close:
            self.cancel_job()
        return False

    # ---- dialogs -------------------------------------------------------------------------------
    def _folder(self) -> str:
        default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        return str(self.settings.value(SETTINGS_FOLDER, default or str(Path.home())))

    def _ask_path(self, title: str, name: str, filters: str) -> Path | None:
        start = str(Path(self._folder()) / name)
        path, _ = QFileDialog.getSaveFileName(self.ctx.frame, title, start, filters)
        if not path:
            return None
        self.settings.setValue(SETTINGS_FOLDER, str(Path(path).parent))
        return Path(path)

    def _try(self, work: Callable[[], str | None]) -> None:
        try:
            message = work()
        except UserError as exc:
            QMessageBox.warning(self.ctx.frame, translate("ExportTools", "Export"), _sentence(str(exc)))
            return
        if message:
            self.ctx.say(message, 8000)

    @staticmethod
    def _started(job: SlicedJob) -> None:
        return None  # the job reports in the status bar when it ends

    def save_still_dialog(self) -> None:
        dialog = StillDialog(self.ctx.frame, _view_size(self.ctx))
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
            QMessageBox.information(
                self.ctx.frame,
                translate("ExportTools", "Export clip"),
                translate("ExportTools", "There is no scene to make a clip of."),
            )
            return
        current, _ = self.current_scene()
        dialog = ClipDialog(self.ctx.frame, scenes, current, self.settings)
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
        dialog = Export3DDialog(self.ctx.frame)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, chosen = QFileDialog.getSaveFileName(
            self.ctx.frame,
            translate("ExportTools", "Export 3D model"),
            str(Path(self._folder()) / (_file_stem(self) + ".glb")),
            FORMAT_FILTERS_3D,
        )
        if not path:
            return
        path = Path(path)
        if not path.suffix:
            path = path.with_name(path.name + "." + chosen.split("*.")[-1].rstrip(")"))
        self.settings.setValue(SETTINGS_FOLDER, str(path.parent))
        visible = dialog.visible_only()
        self._try(lambda: f"Saved {self.export_3d(path, visible)} parts to {path} (millimetres, RAS axes).")

    def take_home_dialog(self) -> None:
        def tr(text: str) -> str:
            return translate("ExportTools", text)

        name = _file_stem(self) + ".html"
        path = self._ask_path(
            translate("ExportTools", "Save take-home 3D page"),
            name,
            translate("ExportTools", "Web page (*.html)"),
        )
        if path is not None:
            path = path if path.suffix.lower() == ".html" else path.with_name(path.name + ".html")
            saved = translate(
                "ExportTools", "Saved {path} ({mb} MB): it opens in any web browser, without the internet."
            )
            self._try(lambda: saved.format(path=path, mb=f"{self.save_take_home(path) / 1e6:.1f}"))

    def handout_dialog(self, print_it: bool) -> None:
        dialog = HandoutDialog(self.ctx.frame, self.scenes(), *self._handout_defaults(), print_it=print_it)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        scene, level, side = dialog.choices()
        if print_it:
            from PySide6.QtPrintSupport import QPrintDialog, QPrinter

            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(f"{scene.title}: a patient handout")
            if QPrintDialog(printer, self.ctx.frame).exec() != QDialog.DialogCode.Accepted:
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
        choice = self.condition_choice()
        if choice is not None and getattr(choice, "condition", ""):
            from meshes.conditions import CONDITION_SPECS

            side = choice.side if choice.side in ("left", "right") else None
            spec = CONDITION_SPECS.get(choice.condition)
            return (spec.scene if spec else None), choice.level, side
        return None, None, None


# ---- helpers ----------------------------------------------------------------------------------
class _busy:
    """A busy cursor for a short blocking piece of work (a still, a 3D file)."""

    def __enter__(self):
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def __exit__(self, *exc):
        QApplication.restoreOverrideCursor()


def _sentence(message: str) -> str:
    return message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")


def _view_size(ctx: ViewerContext) -> tuple[int, int]:
    from app.share.still import view_size

    return view_size(ctx.viewport)


def _file_stem(tools: ExportTools) -> str:
    scene, t = tools.current_scene()
    if scene is None:
        return "lumbar-spine"
    return f"{scene.id}-{scene.level}-{scene.side}-{t:.0f}s"
