"""The model first (issue 15, part 1): at 1280x800 and 1366x768 the 3D view takes at least 60% of
the window's width and most of its height in both layouts; one click switches the patient and
clinician layouts and the choice is remembered; the healthy tour is chosen and its first step
shown at start; the disclaimer is stated once, beside the explanation, and in About."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel

from app.shell.about import ABOUT_TEXT
from app.shell.layouts import LAYOUTS

SIZES = [(1280, 800), (1366, 768)]


@pytest.fixture
def started(make_window, qtbot):
    """A window as `lumbar-viewer` opens it: panels, then the tools, then the first scene."""
    from app import wiring

    def make(size=(1280, 800)):
        window = make_window()
        window.install_tools()
        wiring.first_scene_at_start(window.panels.playing.player)
        window.resize(*size)
        qtbot.waitUntil(lambda: window.size().toTuple() == size)
        QApplication.processEvents()
        return window

    return make


def shown_docks(window) -> set[str]:
    return {d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()}


def view_share(window) -> tuple[float, float]:
    QApplication.processEvents()
    return window.plotter.width() / window.width(), window.plotter.height() / window.height()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_view_takes_most_of_the_window_in_both_layouts(started, qtbot, size):
    window = started(size)
    assert window.size().toTuple() == size  # the panels' minimum sizes let the window fit the screen
    for name in ("patient", "clinician"):
        window.actions[f"layout_{name}"].trigger()
        qtbot.waitUntil(lambda: window.plotter.width() / window.width() >= 0.6)
        assert window.size().toTuple() == size  # a switch never stretches the window off the screen
        width, height = view_share(window)
        assert width >= 0.60, (name, size, window.plotter.width())
        assert height >= 0.80, (name, size, window.plotter.height())


def test_one_click_switches_layouts_and_the_choice_is_remembered(started, make_window, qtbot):
    window = started()
    assert window.tools.shell.layouts.current == "patient"  # first start: the patient sees the model first
    assert shown_docks(window) == {"text_panel", "player_panel"}
    assert window.actions["layout_patient"].isChecked()
    window.actions["layout_clinician"].trigger()  # the toolbar button's action: one click
    shown = shown_docks(window)
    assert {"condition_panel", "body_map_panel"} <= shown
    assert {d for d in LAYOUTS["clinician"].docks} >= shown
    # the dials and the body map are in view together; the others are tabs beside them
    assert window.panels.clinic.panel.isVisible() and window.panels.clinic.body_map.isVisible()
    window.close()
    again = make_window()  # the next start: the docks as they were left
    again.install_tools()
    assert again.actions["layout_clinician"].isChecked()
    assert again.panels.clinic.panel.isVisible()


def test_start_shows_the_healthy_tour_at_its_first_step(started):
    window = started()
    assert (
        window.panels.playing.player.scene is not None
        and window.panels.playing.player.scene.id == "healthy_tour"
    )
    assert window.panels.playing.player.step_index == 0
    first = window.panels.playing.panel.scene_list.item(0)
    assert first.text() == window.panels.playing.player.scene.title and first.isSelected()
    assert "step 1 of" in window.panels.playing.text.text()
    assert window.panels.playing.text.steps.currentRow() == 0  # no empty box under the explanation


def _disclaimers(window) -> list[QLabel]:
    """The disclaimer lines a user can see now (shown, and not scrolled out of its panel)."""
    return [
        w
        for w in window.findChildren(QLabel)
        if w.isVisible() and not w.visibleRegion().isEmpty() and "medical advice" in w.text().lower()
    ]


@pytest.mark.parametrize("layout", ["patient", "clinician"])
def test_the_disclaimer_is_stated_once_where_explanations_are_shown(started, layout):
    window = started()
    window.actions[f"layout_{layout}"].trigger()
    QApplication.processEvents()
    notes = _disclaimers(window)
    assert len(notes) == 1, [n.objectName() for n in notes]
    assert window.statusBar().isVisible() and not any(
        "medical advice" in w.text().lower() for w in window.statusBar().findChildren(QLabel)
    )
    assert "not medical advice" in ABOUT_TEXT


def test_presentation_mode_shows_the_view_and_the_text_only(started, qtbot):
    window = started()
    window.actions["layout_clinician"].trigger()
    window.actions["presentation"].trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert shown_docks(window) == {"text_panel"}
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    window.actions["leave_presentation"].trigger()
    assert "condition_panel" in shown_docks(window)


SCALED_WINDOW = """
import json, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
app = QApplication(["lumbar-viewer-tests"])
from app import wiring
from app.window import MainWindow
from meshes.model import build_model
window = MainWindow(detail="low", model=build_model("low"))
window.install_tools()
wiring.first_scene_at_start(window.panels.playing.player)
window.resize(1280, 800)
window.show()
QTest.qWait(500)
window.plotter.render()
image = window.plotter.screenshot(return_img=True)
background = image[2, image.shape[1] // 2]
drawn = float((abs(image.astype(int) - background.astype(int)).sum(axis=2) > 40).mean())
ratio = window.devicePixelRatioF()
print(json.dumps({
    "ratio": ratio, "window": [window.width(), window.height()],
    "view": [window.plotter.width(), window.plotter.height()], "image": list(image.shape[:2]),
    "drawn": drawn, "text_px": window.panels.playing.text.browser.fontMetrics().height(),
}))
window.close()
"""


@pytest.mark.parametrize("factor", ["1.5", "2"])
def test_the_window_works_at_150_and_200_percent_display_scaling(factor, tmp_path):
    """As on a 1920x1200 or 2560x1600 laptop set to 150% or 200%: the same logical layout, the
    model drawn at the full physical resolution, the text as large in logical pixels."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "QT_SCALE_FACTOR": factor, "QT_API": "pyside6", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", SCALED_WINDOW],
        cwd=Path(__file__).resolve().parents[1],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["ratio"] == pytest.approx(float(factor))
    assert report["window"] == [1280, 800]
    width, height = report["view"]
    assert width / 1280 >= 0.6 and height / 800 >= 0.8
    # the 3D view renders every physical pixel (not a blurred logical-size picture), and the spine is in it
    assert report["image"] == [round(height * float(factor)), round(width * float(factor))]
    assert report["drawn"] > 0.05
