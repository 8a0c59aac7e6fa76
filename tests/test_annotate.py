"""The pen in the real window (issue 16, part 2): a circle drawn with real mouse events on the 3D view
lies on the model's surface, stays on it when the camera turns, shows in a still; undo, clear, the
visit file round trip, and the pen key in presentation mode."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.annotate.pen import LIFT_MM
from app.errors import UserError

LEFT, NO_KEYS = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(make_window):
    window = make_window()
    window.install_tools()
    QApplication.processEvents()
    window.plotter.render()
    return window


def press_key(qtbot, window, key) -> None:
    window.activateWindow()
    window.plotter.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.plotter)
    qtbot.keyClick(window.plotter, key)


def draw_circle(view, centre: QPoint, radius: int, steps: int = 36) -> None:
    """Press, move round a circle and release, as a hand on a mouse or a tablet does."""
    QTest.mousePress(view, LEFT, NO_KEYS, centre + QPoint(radius, 0))
    for i in range(1, steps + 1):
        a = 2 * math.pi * i / steps
        QTest.mouseMove(view, centre + QPoint(round(radius * math.cos(a)), round(radius * math.sin(a))))
    QTest.mouseRelease(view, LEFT, NO_KEYS, centre + QPoint(radius, 0))


def surface_distance(window, points) -> np.ndarray:
    """How far each point is from the nearest drawn part's surface (mm)."""
    import pyvista as pv

    pts = np.asarray(points, dtype=float)
    best = np.full(len(pts), np.inf)
    for pid, mesh in window.viewport.meshes.items():
        if not window.viewport.is_visible(pid):
            continue
        _, closest = pv.PolyData(mesh).find_closest_cell(pts, return_closest_point=True)
        best = np.minimum(best, np.linalg.norm(closest - pts, axis=1))
    return best


def red_share(image: np.ndarray) -> float:
    r, g, b = (image[..., i].astype(int) for i in range(3))
    return float(((r > 150) & (g < 90) & (b < 90)).mean())


def test_a_circle_drawn_with_the_mouse_lies_on_the_model_and_stays_there(window, qtbot, tmp_path):
    pen = window.tools.annotate.pen
    view = window.plotter
    press_key(qtbot, window, Qt.Key.Key_D)  # the pen's one key
    assert pen.active and window.actions["pen"].isChecked()
    camera = window.plotter.renderer.GetActiveCamera()
    before = camera.GetPosition()
    centre = QPoint(view.width() // 2, view.height() // 2)
    draw_circle(view, centre, 40)
    assert camera.GetPosition() == before  # the pen drew; it did not turn the model
    assert len(pen.marks) == 1
    mark = pen.marks[0]
    assert mark.kind == "stroke" and mark.colour == "#E0201B" and len(mark.points) >= 10
    assert surface_distance(window, mark.points).max() < LIFT_MM + 0.1
    props = window.viewport.annotations.props
    assert props and all(window.plotter.renderer.GetViewProps().IsItemPresent(p) for p in props)
    tube = props[0].GetMapper().GetInput()
    assert tube.GetNumberOfPoints() > len(mark.points)  # a tube along the 3D polyline

    window.panels.exports.save_still(tmp_path / "circle.png")
    from PIL import Image

    drawn = np.asarray(Image.open(tmp_path / "circle.png").convert("RGB"))
    assert red_share(drawn) > 0.0005  # the still shows the stroke's colour

    camera.Azimuth(70)  # turn the model: the circle turns with it, still on the surface
    window.plotter.renderer.ResetCameraClippingRange()
    window.plotter.render()
    assert surface_distance(window, pen.marks[0].points).max() < LIFT_MM + 0.1
    turned = window.panels.exports.still_image()
    from app.viewer.annotations import Mark  # noqa: F401  (the type the layer holds)

    ren = window.plotter.renderer
    ren.SetWorldPoint(*np.mean(mark.points, axis=0), 1.0)
    ren.WorldToDisplay()
    x, y, _ = ren.GetDisplayPoint()
    h = turned.shape[0]
    near = turned[max(0, int(h - y) - 80) : int(h - y) + 80, max(0, int(x) - 80) : int(x) + 80]
    assert red_share(near) > 0.002  # red where the circle's centre now projects

    pen.undo()
    assert pen.marks == () and window.viewport.annotations.props == []
    assert red_share(window.panels.exports.still_image()) < 0.0001
    pen.undo()  # an empty history does nothing
    draw_circle(view, centre, 30)
    pen.colour = "#1565C0"
    draw_circle(view, centre + QPoint(0, 60), 20)  # the spine runs up and down the view
    assert [m.colour for m in pen.marks] == ["#E0201B", "#1565C0"]
    pen.clear()
    assert pen.marks == ()
    pen.undo()  # the clear is undone
    assert len(pen.marks) == 2

    corner = QPoint(6, 6)  # the background: a drag that starts beside the model turns it
    before = camera.GetPosition()
    QTest.mousePress(view, LEFT, NO_KEYS, corner)
    QTest.mouseMove(view, corner + QPoint(80, 30))
    QTest.mouseRelease(view, LEFT, NO_KEYS, corner + QPoint(80, 30))
    assert camera.GetPosition() != before and len(pen.marks) == 2

    press_key(qtbot, window, Qt.Key.Key_D)
    assert not pen.active
    QTest.mousePress(view, LEFT, NO_KEYS, centre)
    QTest.mouseMove(view, centre + QPoint(60, 20))
    QTest.mouseRelease(view, LEFT, NO_KEYS, centre + QPoint(60, 20))
    assert len(pen.marks) == 2  # with the pen off, dragging turns the model again


def test_a_visit_keeps_the_drawings_and_the_scene(window, qtbot, tmp_path):
    annotate, pen = window.tools.annotate, window.tools.annotate.pen
    window.panels.playing.player.set_scene("herniated_disc")
    window.panels.playing.player.seek(30.0)
    view = window.plotter
    pen.set_active(True)
    pen.tool = "arrow"
    centre = QPoint(view.width() // 2, view.height() // 2)
    QTest.mousePress(view, LEFT, NO_KEYS, centre + QPoint(-30, 0))  # an arrow to the middle
    for i in range(1, 11):
        QTest.mouseMove(view, centre + QPoint(-30 + 3 * i, 0))
    QTest.mouseRelease(view, LEFT, NO_KEYS, centre)
    pen.tool = "note"
    pen.ask_text = lambda: "the pinched root"
    QTest.mouseClick(view, LEFT, NO_KEYS,
                     QPoint(view.width() // 2, view.height() // 2))  # fmt: skip
    kinds = [m.kind for m in pen.marks]
    assert kinds == ["arrow", "note"]
    saved = [m.as_dict() for m in pen.marks]
    path = tmp_path / "visit.visit.json"
    annotate.save_visit(path)
    data = json.loads(path.read_text())
    assert data["showing"]["scene"] == "herniated_disc" and data["showing"]["time"] == pytest.approx(30.0)

    pen.clear()
    window.panels.playing.player.set_scene(None)
    annotate.open_visit(path)
    assert [m.as_dict() for m in pen.marks] == saved  # the strokes are back
    assert (
        window.panels.playing.player.scene.id == "herniated_disc"
        and window.panels.playing.player.time == pytest.approx(30.0)
    )
    assert len(window.viewport.annotations.props) >= 3  # arrow tube + cone, note dot + text

    data["marks"][0]["colour"] = "crimson"
    path.write_text(json.dumps(data))
    with pytest.raises(UserError) as bad:
        annotate.open_visit(path)
    assert "mark 1" in str(bad.value) and "#RRGGBB" in str(bad.value) and "\n" not in str(bad.value)
    assert len(pen.marks) == 2  # a bad file changes nothing
    path.write_text("{not json")
    with pytest.raises(UserError, match="not valid JSON"):
        annotate.open_visit(path)


def test_the_pen_key_works_in_presentation_mode(window, qtbot):
    presentation, pen = window.tools.shell.presentation, window.tools.annotate.pen
    window.actions["presentation"].trigger()
    assert presentation.active and presentation.laser.active
    press_key(qtbot, window, Qt.Key.Key_D)
    assert pen.active and not presentation.laser.active  # the pen, not the laser dot
    press_key(qtbot, window, Qt.Key.Key_D)
    assert not pen.active and presentation.laser.active
    press_key(qtbot, window, Qt.Key.Key_Escape)
    assert not presentation.active


def disc_side_stroke(model, level: str):
    """A red stroke along the left side of a disc (on its surface, facing the usual views)."""
    from app.viewer.annotations import COLOURS, Mark

    ring = model.parts[f"annulus.{level}"].vertices
    side = ring[ring[:, 0] < np.percentile(ring[:, 0], 6)]
    return Mark("stroke", tuple(map(tuple, side[np.argsort(side[:, 1])][::4])), COLOURS["red"])


def test_a_clip_carries_the_drawings(model, tmp_path):
    from dataclasses import replace

    import imageio.v3 as iio

    from app.share.video import ClipSpec, write_clip
    from scenes.catalog import find_scene

    scene = find_scene("herniated_disc")
    marked, plain = tmp_path / "marked.mp4", tmp_path / "plain.mp4"
    spec = ClipSpec(scene, (320, 240), fps=2, start=0.0, end=1.0)
    write_clip(replace(spec, marks=(disc_side_stroke(model, scene.level),)), marked, model)
    write_clip(spec, plain, model)
    with_stroke = max(red_share(f) for f in iio.imiter(marked))
    without = max(red_share(f) for f in iio.imiter(plain))
    assert with_stroke > without + 0.0003  # the red stroke (a few dozen pixels at 320x240)


def test_the_handout_pictures_carry_the_drawings_and_name_the_take_home_page(model):
    from app.share.handout import handout_content, render_stills
    from app.share.handout_pdf import _body_html
    from scenes.catalog import find_scene

    scene = find_scene("herniated_disc")
    stroke = disc_side_stroke(model, scene.level)
    marked = render_stills(scene, model, size=(320, 240), marks=(stroke,))
    plain = render_stills(scene, model, size=(320, 240))
    assert max(red_share(s.image) for s in marked) > 0.001
    assert max(red_share(s.image) for s in plain) < 0.0002
    named = _body_html(handout_content(scene, model, stills=plain, take_home="visit.html"))
    assert "visit.html" in named and "Double-click" in named
    unnamed = _body_html(handout_content(scene, model, stills=plain))
    assert "Save take-home 3D page" in unnamed


def test_the_window_saves_the_take_home_page_with_its_view_and_drawings(window, tmp_path):
    from chromium_pipe import chromium_path
    from test_take_home import colour_share, open_page

    view = window.plotter
    window.tools.annotate.pen.set_active(True)
    draw_circle(view, QPoint(view.width() // 2, view.height() // 2), 40)
    out = tmp_path / "visit.html"
    size = window.panels.exports.save_take_home(out)
    text = out.read_text(encoding="utf-8")
    assert size == out.stat().st_size and '"kind":"stroke","colour":"#E0201B"' in text
    position = window.plotter.renderer.GetActiveCamera().GetPosition()
    assert f'"position":[{position[0]}' in text  # the page starts from the window's view
    assert "<title>Your lower back in 3D</title>" in text
    if chromium_path() is None:
        pytest.skip("chromium is not installed (selftest installs Debian's 'chromium' package as root)")
    log, ready, _, rgb = open_page(out, tmp_path / "page.png")
    assert ready and log.errors == [], log.errors
    assert colour_share(rgb[:, :850], "red") > 0.0005
