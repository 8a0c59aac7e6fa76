"""The README's window screenshots at 1280x800: the patient and clinician layouts, presentation
mode, the Spanish window and the MRI view. Run from the repository root under a display:

    PYTHONPATH=. xvfb-run -a -s "-screen 0 1920x1080x24" python3 docs/make_screenshots.py

Under Xvfb a grab of the window leaves the native 3D view black, so the view's own render is
painted into the grab where the view is.
"""

from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_API", "pyside6")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()  # a first start: no remembered layout

import numpy as np
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

SHOTS = ("patient", "clinician", "presentation", "es", "mri")


def grab(window, out: str) -> None:
    window.plotter.render()
    QTest.qWait(300)
    pix = window.grab()
    img = np.ascontiguousarray(window.plotter.screenshot(return_img=True)[:, :, :3])
    qi = QImage(img.data, img.shape[1], img.shape[0], 3 * img.shape[1], QImage.Format.Format_RGB888)
    painter = QPainter(pix)
    painter.drawImage(window.plotter.mapTo(window, window.plotter.rect().topLeft()), qi)
    painter.end()
    pix.save(out)
    print("saved", out)


def shoot(which: str, model) -> None:
    from app import wiring
    from app.i18n import choose_language
    from app.window import MainWindow

    choose_language("es" if which == "es" else "en", None)
    window = MainWindow(detail=model.detail, model=model)
    tools = window.install_tools()
    playing, clinic = window.panels.playing, window.panels.clinic
    wiring.first_scene_at_start(playing.player)
    window.move(0, 0)
    window.resize(1280, 800)
    window.show()
    QTest.qWait(800)
    if which == "clinician":
        window.actions["layout_clinician"].trigger()
        playing.player.set_scene(None)
        clinic.controller.set_choice(condition="herniation", level="L5-S1", side="left", severity=0.6)
        clinic.panel.raise_()
        tools.explore.views.go_to_view("oblique")
    elif which == "presentation":
        playing.player.set_scene("herniated_disc")
        playing.player.go_to_step(2)
        window.actions["presentation"].trigger()
    elif which == "es":
        playing.player.set_scene("herniated_disc")
        playing.player.go_to_step(4)
    elif which == "mri":
        window.actions["layout_clinician"].trigger()
        playing.player.set_scene("degenerated_disc")
        playing.player.seek(playing.player.duration)
        window.panels.mri.panel.show()
        window.panels.mri.panel.raise_()
    else:
        playing.player.go_to_step(2)
    for _ in range(60):
        QTest.qWait(100)
    grab(window, f"docs/viewer{'' if which == 'patient' else '-' + which}.png")
    window.close()


def main() -> None:
    from meshes.model import build_model

    app = QApplication(["lumbar-viewer"])
    app.setOrganizationName("lumbar-viewer")
    model = build_model("normal")
    for which in sys.argv[1:] or SHOTS:
        shoot(which, model)


if __name__ == "__main__":
    main()
