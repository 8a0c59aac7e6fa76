"""What the window says about itself: the About box (with the OpenGL in use), the disclaimer, and
the status bar's permanent parts (a busy indicator, the model's size, the disclaimer line).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QProgressBar, QStatusBar, QWidget

from app import __version__

APP_NAME = "Lumbar Spine Viewer"
DISCLAIMER = (
    "This program is for learning only. It is not medical advice, and it cannot tell what is "
    "wrong with your back. Talk to a doctor or physiotherapist about your own symptoms."
)
ABOUT_TEXT = f"""<h3>{APP_NAME} {__version__}</h3>
<p>A 3D model of the lower back (the lumbar spine, L1 to S1) that shows how a disc can bulge,
tear or herniate and press on a nerve. Made for patients, physicians and teachers.</p>
<p><b>Educational, not medical advice.</b> {DISCLAIMER}</p>
<p>The model is built by the program from published average dimensions; it is not any
person's scan.</p>
<p>Mouse: drag to turn the model, right-drag or scroll to zoom, middle-drag or Shift+drag to move it.</p>
"""


def show_about(parent: QWidget, viewport) -> None:
    """The About box, with the OpenGL the 3D view draws with."""
    drawing = f"<p><small>Drawing with OpenGL: {viewport.renderer_name or 'not yet known'}"
    if viewport.software_gl is not None:
        software = viewport.software_gl
        drawing += " (software, no anti-aliasing)" if software else " (graphics card, anti-aliased)"
    QMessageBox.about(parent, f"About {APP_NAME}", ABOUT_TEXT + drawing + "</small></p>")


def build_status_bar(bar: QStatusBar) -> tuple[QProgressBar, QLabel]:
    """The permanent parts of the status bar: (busy indicator, label for the model's size)."""
    progress = QProgressBar()
    progress.setRange(0, 0)  # busy indicator
    progress.setMaximumWidth(160)
    progress.setVisible(False)
    bar.addPermanentWidget(progress)
    parts_label = QLabel("")
    bar.addPermanentWidget(parts_label)
    notice = QLabel("Educational, not medical advice")
    notice.setToolTip(DISCLAIMER)
    bar.addPermanentWidget(notice)
    return progress, parts_label
