"""The condition panel, the body map and the measurement overlay in the real window (Xvfb, VTK).

The physician's question "I have a right L5-S1 herniation, why does my calf hurt?" is answered with
three clicks: level, side, condition. The model moves in place (same PolyData, same points count),
the pressed root turns toward the warning colour, the calf and heel light up on the body map and
the panel says which root and why.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from app.clinic.body_map import BodyMap, lit_colour
from app.clinic.controller import SELECT_AMBIENT, Choice, findings_markdown, warning_colour
from app.clinic.measure_overlay import GRADE_COLOURS, grade_disc, grade_foramen, grade_sac, measurement_lines
from meshes.dimensions import (
    DURAL_SAC_AREA_ABSOLUTE_STENOSIS,
    DURAL_SAC_AREA_RELATIVE_STENOSIS,
    ROOTS,
    SIDES,
)
from meshes.measure import LevelMeasure
from meshes.parts import COLOURS

ROOT_KEYS = [f"{r}.{s}" for r in ROOTS for s in SIDES]


def rgb(colour: str) -> np.ndarray:
    return np.array([int(colour[i : i + 2], 16) / 255.0 for i in (1, 3, 5)])


def pick_l5s1_right_herniation(window, qtbot) -> None:
    """The physician's three clicks: level combo, side button, condition combo."""
    p = window.panels.clinic.panel
    p.level_box.setCurrentIndex(p.level_box.findData("L5-S1"))
    qtbot.mouseClick(p.side_buttons["right"], Qt.MouseButton.LeftButton)
    p.condition_box.setCurrentIndex(p.condition_box.findData("herniation"))


def test_three_clicks_show_the_pinched_s1_root_and_the_calf(make_window, qtbot):
    window = make_window()
    pick_l5s1_right_herniation(window, qtbot)
    c = window.panels.clinic.controller
    assert c.choice == Choice("herniation", "L5-S1", "right", "paracentral", 0.7)
    top = c.findings.top()
    assert top is not None and top.key == "S1.right", c.findings.pinches
    # The S1 root is tinted toward the warning colour, its partner on the left is not.
    assert np.allclose(c.root_colour("S1.right"), warning_colour(COLOURS["root"], top.compression))
    assert np.allclose(c.root_colour("S1.left"), rgb(COLOURS["root"]))
    text = window.panels.clinic.panel.findings_text()
    assert "Right S1 nerve root — traversing root at L5-S1 — pressed by disc material" in text
    assert "L5 root left higher up" in text
    # The body map lights the back of the right calf; the left calf stays as it was.
    bm = window.panels.clinic.body_map.body_map
    image = bm.grab().toImage()
    lit = image.pixelColor(bm.key_point("S1.right").toPoint())
    unlit = image.pixelColor(bm.key_point("S1.left").toPoint())
    assert lit.name() == bm.fill_of("S1.right").name() != unlit.name()
    assert lit.red() > lit.blue() + 60  # warm: it moved toward the warning colour
    symptoms = window.panels.clinic.body_map.symptoms_text()
    assert "back of the calf" in symptoms and "ankle-jerk" in symptoms and "tiptoe" in symptoms


def test_controls_move_the_model_in_place_without_rebuilding_meshes(make_window, model, qtbot):
    window = make_window()
    vp = window.viewport
    meshes = dict(vp.meshes)
    counts = {pid: m.n_points for pid, m in meshes.items()}
    before = {pid: np.array(m.points) for pid, m in meshes.items()}
    pick_l5s1_right_herniation(window, qtbot)
    moved = [pid for pid in meshes if not np.allclose(vp.meshes[pid].points, before[pid])]
    assert "nucleus.L5-S1" in moved and "root.S1.right" in moved
    assert all(vp.meshes[pid] is meshes[pid] for pid in meshes)  # the same PolyData objects
    assert all(vp.meshes[pid].n_points == counts[pid] for pid in meshes)
    # The severity slider grows the herniation live; moving it back to 0 gives the rest shape back.
    nucleus = np.array(vp.meshes["nucleus.L5-S1"].points)
    window.panels.clinic.panel.severity_slider.setValue(95)
    assert window.panels.clinic.panel.stage_label.text() == "Sequestration"
    assert not np.allclose(vp.meshes["nucleus.L5-S1"].points, nucleus)
    window.panels.clinic.panel.condition_box.setCurrentIndex(0)  # None (healthy)
    assert np.allclose(vp.meshes["nucleus.L5-S1"].points, model.parts["nucleus.L5-S1"].vertices)
    assert np.allclose(window.panels.clinic.controller.root_colour("S1.right"), rgb(COLOURS["root"]))
    assert all(vp.meshes[pid] is meshes[pid] for pid in meshes)


@pytest.mark.parametrize(
    ("value", "stage"), [(5, "Bulge"), (30, "Protrusion"), (70, "Extrusion"), (90, "Sequestration")]
)
def test_severity_slider_names_the_herniation_stage(make_window, value, stage):
    window = make_window()
    window.panels.clinic.controller.set_choice(condition="herniation")
    window.panels.clinic.panel.severity_slider.setValue(value)
    assert window.panels.clinic.panel.stage_label.text() == stage
    window.panels.clinic.controller.set_choice(condition="bulge")
    assert window.panels.clinic.panel.stage_label.text() in ("Mild", "Moderate", "Severe")


def test_foraminal_herniation_names_the_exiting_root(make_window):
    window = make_window()
    window.panels.clinic.controller.set_choice(
        condition="herniation", level="L4-L5", side="left", direction="foraminal"
    )
    assert window.panels.clinic.controller.findings.top().key == "L4.left"
    assert "Left L4 nerve root — exiting root at L4-L5" in window.panels.clinic.panel.findings_text()
    bm = window.panels.clinic.body_map.body_map
    image = bm.grab().toImage()
    assert image.pixelColor(bm.key_point("L4.left").toPoint()).name() == bm.fill_of("L4.left").name()
    assert bm.fill_of("L4.left").name() != bm.fill_of("L4.right").name()


@pytest.mark.parametrize("key", ROOT_KEYS)
def test_the_lit_dermatome_is_the_pressed_roots(qtbot, key):
    bm = BodyMap()
    qtbot.addWidget(bm)
    bm.resize(420, 700)
    bm.set_compression({key: 0.8})
    image = bm.grab().toImage()
    for other in ROOT_KEYS:
        at = bm.key_point(other).toPoint()
        assert bm.root_at(bm.key_point(other)) == other  # each key point lies in its own region
        colour = image.pixelColor(at)
        if other == key:
            assert colour.name() == lit_colour(0.8, bm._tint[key.split(".")[0]]).name()
            assert colour.red() > colour.blue() + 80
        else:
            assert colour.blue() > colour.red(), (key, other, colour.name())  # the resting blue-grey


def test_clicking_a_dermatome_selects_its_root_in_3d(make_window, qtbot):
    window = make_window()
    bm = window.panels.clinic.body_map.body_map
    key = "L5.left"
    with qtbot.waitSignal(window.panels.clinic.controller.root_selected) as sig:
        qtbot.mouseClick(bm, Qt.MouseButton.LeftButton, pos=bm.key_point(key).toPoint())
    assert sig.args == [key]
    assert window.panels.clinic.controller.selected == key and bm.selected == key
    prop = window.viewport.actors[f"root.{key}"].GetProperty()
    assert prop.GetAmbient() == pytest.approx(SELECT_AMBIENT)
    assert np.allclose(prop.GetAmbientColor(), rgb(COLOURS["highlight"]))
    assert "Left L5 root" in window.panels.clinic.body_map.symptoms_text()
    # Clicking another root moves the highlight; a click outside every area changes nothing.
    qtbot.mouseClick(bm, Qt.MouseButton.LeftButton, pos=bm.key_point("S1.right").toPoint())
    assert window.panels.clinic.controller.selected == "S1.right"
    assert window.viewport.actors[f"root.{key}"].GetProperty().GetAmbient() < SELECT_AMBIENT
    qtbot.mouseClick(bm, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert window.panels.clinic.controller.selected == "S1.right"


@pytest.mark.parametrize(
    ("area", "grade"),
    [
        (DURAL_SAC_AREA_RELATIVE_STENOSIS + 20, "green"),
        (DURAL_SAC_AREA_RELATIVE_STENOSIS - 1, "amber"),
        (DURAL_SAC_AREA_ABSOLUTE_STENOSIS - 1, "red"),
    ],
)
def test_stenosis_thresholds_change_the_overlay_colour(make_window, area, grade):
    window = make_window()
    overlay = window.panels.clinic.overlay
    m = LevelMeasure(10.0, 8.0, 9.0, area, {"left": 18.0, "right": 18.0}, 2000.0, 0.0)
    overlay._set_lines(measurement_lines("L4-L5", m))
    sac = next(i for i, line in enumerate(overlay.lines) if line.text.startswith("Dural sac"))
    assert overlay.lines[sac].grade == grade == grade_sac(area)[0]
    assert np.allclose(overlay.colour_of(sac), rgb(GRADE_COLOURS[grade]))
    assert overlay.actors[sac].GetVisibility()


def test_grades_of_disc_height_and_foramen():
    assert grade_disc(10.0, "L4-L5")[0] == "green"
    assert grade_disc(7.0, "L4-L5")[0] == "amber"
    assert grade_disc(5.0, "L4-L5")[0] == "red"
    assert grade_foramen(18.0)[0] == "green"
    assert grade_foramen(14.0, 6.0)[0] == "amber"
    assert grade_foramen(14.0, 3.5)[0] == "red"  # Hasegawa: narrow foramen and a low disc back


def test_measurements_overlay_shows_the_measured_stenosis_of_a_worn_disc(make_window, qtbot):
    window = make_window()
    c = window.panels.clinic.controller
    c.set_choice(condition="degeneration", level="L4-L5", severity=1.0)
    with qtbot.waitSignal(c.measured, timeout=60000) as sig:
        window.actions["measurements"].trigger()
    f = sig.args[0]
    area = f.measurements.levels["L4-L5"].dural_sac_area
    overlay = window.panels.clinic.overlay
    sac = next(i for i, line in enumerate(overlay.lines) if line.text.startswith("Dural sac"))
    assert f"{area:.0f} mm" in overlay.lines[sac].text
    assert overlay.lines[sac].grade == grade_sac(area)[0]
    assert area < DURAL_SAC_AREA_RELATIVE_STENOSIS  # a severely worn disc narrows the canal
    window.actions["measurements"].trigger()  # off again: no text left in the view
    assert overlay.lines == [] and overlay.actors == []


def test_watch_it_happen_plays_the_scene_at_the_chosen_level_and_side(make_window, model, qtbot):
    window = make_window()
    window.panels.clinic.controller.set_choice(condition="herniation", level="L3-L4", side="right")
    qtbot.mouseClick(window.panels.clinic.panel.watch_button, Qt.MouseButton.LeftButton)
    player = window.panels.playing.player
    assert player.scene is not None and player.scene.id == "herniated_disc"
    assert (player.scene.level, player.scene.side) == ("L3-L4", "right")
    player.pause()
    # The scene owns the model now: the panel let it go and says so in its controls.
    assert not window.panels.clinic.controller.active
    assert window.panels.clinic.panel.condition_box.currentData() == ""
    # Choosing a condition again stops the scene.
    window.panels.clinic.controller.set_choice(condition="bulge")
    assert player.scene is None


def test_panel_text_without_a_pinched_root_says_what_it_touches():
    from app.clinic.controller import Findings

    ch = Choice("herniation", "L2-L3", "left", "paracentral", 0.7)
    text = findings_markdown(Findings(ch, (), {}, 1.5))
    assert "dural sac" in text and "1.5 mm" in text
    assert "Pick a **condition**" in findings_markdown(Findings(Choice(), (), {}, 0.0))


def test_the_texts_read_from_the_top_in_a_1280x800_window(make_window, qtbot):
    """Findings, body-map text and explanation start with their headings in view: at start-up
    and after a change."""

    window = make_window()
    window.install_tools()  # the full layout, as the viewer opens
    qtbot.wait(100)
    texts = (
        window.panels.clinic.panel.text,
        window.panels.clinic.body_map.text,
        window.panels.playing.text.browser,
    )
    assert [t.verticalScrollBar().value() for t in texts] == [0, 0, 0]
    pick_l5s1_right_herniation(window, qtbot)
    qtbot.wait(100)
    assert [t.verticalScrollBar().value() for t in texts] == [0, 0, 0]
