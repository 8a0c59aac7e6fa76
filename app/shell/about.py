"""What the window says about itself: the About box (with the OpenGL in use), the disclaimer, and
the status bar's permanent parts (a busy indicator, the model's size); the disclaimer is
stated once in the window, beside the explanation, and here in About.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressBar, QStatusBar, QWidget

from app import __version__
from app.i18n import QT_TRANSLATE_NOOP, translate

APP_NAME = "Lumbar Spine Viewer"
DISCLAIMER = QT_TRANSLATE_NOOP(
    "about",
    "This program is for learning only. It is not medical advice, and it cannot tell what is "
    "wrong with your back. Talk to a doctor or physiotherapist about your own symptoms.",
)
ABOUT_TEXT = QT_TRANSLATE_NOOP(
    "about",
    """<h3>{APP_NAME} {version}</h3>
<p>A 3D model of the lower back (the lumbar spine, L1 to S1) that shows how a disc can bulge,
tear or herniate and press on a nerve. Made for patients, physicians and teachers.</p>
<p><b>Educational, not medical advice.</b> {DISCLAIMER}</p>
<p>The model is built by the program from published average dimensions; it is not any
person's scan.</p>
<p>Mouse: drag to turn the model, right-drag or scroll to zoom, middle-drag or Shift+drag to move it.</p>
""",
)


def about_text() -> str:
    """The About box's text in the current language."""
    return translate("about", ABOUT_TEXT).format(
        APP_NAME=APP_NAME, version=__version__, DISCLAIMER=translate("about", DISCLAIMER)
    )


def show_about(parent: QWidget, viewport) -> None:
    """The About box, with the OpenGL the 3D view draws with."""
    drawing = "<p><small>" + translate("about", "Drawing with OpenGL: {name}").format(
        name=viewport.renderer_name or translate("about", "not yet known")
    )
    if viewport.software_gl is not None:
        software = viewport.software_gl
        drawing += (
            translate("about", " (software, no anti-aliasing)")
            if software
            else translate("about", " (graphics card, anti-aliased)")
        )
    QMessageBox.about(
        parent,
        translate("about", "About {APP_NAME}").format(APP_NAME=APP_NAME),
        about_text() + drawing + "</small></p>",
    )


class StatusParts:
    """The permanent parts of the status bar: a progress bar (busy, or how far a cold build is),
    and a label for the model's size."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setMaximumWidth(160)
        self.progress.setVisible(False)
        bar.addPermanentWidget(self.progress)
        self.parts_label = QLabel("")
        bar.addPermanentWidget(self.parts_label)
        self._cursor = False

    def set_busy(self, busy: bool) -> None:
        """The progress bar and a busy cursor, for any wait over half a second."""
        self.progress.setVisible(busy)
        if busy and not self._cursor:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor = True
        elif not busy and self._cursor:
            QApplication.restoreOverrideCursor()
            self._cursor = False

    def show_build(self, fraction: float, text: str) -> None:
        """How far a cold build of the model is, and what it does (plain words)."""
        self.progress.setRange(0, 100)
        self.progress.setValue(round(100 * fraction))
        self.bar.showMessage(
            translate("StatusParts", "Building the 3D model (first start only): {text}").format(text=text)
        )
