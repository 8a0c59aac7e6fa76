"""The scene player in the real window (Qt + VTK under Xvfb): choosing, playing, scrubbing and
stepping through scenes, the text that follows, the keys, bad scene files, highlights."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from meshes.parts import COLOURS, PARTS
from scenes.catalog import PRESETS_DIR
from scenes.schema import DISCLAIMER
from scenes.timeline import frame_at, step_texts, step_time

BAD_SCENES = Path(__file__).resolve().parent / "data" / "bad_scenes"
BAD_SCENE = "nan_value.toml"


@pytest.fixture
def window(make_window):
    """The real main window (tests/conftest.py) with the session model shown; camera glides
    off, so each step's camera is in place at once (glides have their own test)."""
    w = make_window()
    w.panels.playing.player.camera_transition_s = 0.0
    return w


def points_of(window, part_id: str) -> np.ndarray:
    """The vertices the part's VTK actor draws now (read back through its mapper)."""
    from vtkmodules.util.numpy_support import vtk_to_numpy

    data = window.viewport.actors[part_id].GetMapper().GetInput()
    return vtk_to_numpy(data.GetPoints().GetData()).copy()


def click_item(qtbot, view, item) -> None:
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose(qtbot, window, scene_id: str) -> None:
    panel = window.panels.playing.panel
    item = panel.item_for(scene_id)
    assert item is not None, f"{scene_id} is not listed"
    click_item(qtbot, panel.scene_list, item)
    assert (
        window.panels.playing.player.scene is not None and window.panels.playing.player.scene.id == scene_id
    )


def test_scene_list_shows_every_preset_by_title(window):
    titles = [
        window.panels.playing.panel.scene_list.item(i).text()
        for i in range(window.panels.playing.panel.scene_list.count())
    ]
    assert sorted(titles) == sorted(s.title for s in window.panels.playing.player.scenes)
    assert len(titles) == len(list(PRESETS_DIR.glob("*.toml")))


def test_choosing_a_scene_shows_its_first_step_text(qtbot, window):
    choose(qtbot, window, "herniated_disc")
    scene = window.panels.playing.player.scene
    title, text = step_texts(scene)[0]
    shown = window.panels.playing.text.text()
    assert title in shown
    assert text.split(".")[0].replace("**", "") in shown
    assert window.panels.playing.text.steps.count() == len(scene.steps)
    assert window.panels.playing.panel.time_label.text() == "0:00 / 0:54"


def test_choosing_a_scene_brings_the_explanation_to_the_front(qtbot, window):
    from PySide6.QtWidgets import QDockWidget, QLabel

    other = QDockWidget("Other", window)
    other.setObjectName("other_test_dock")
    other.setWidget(QLabel("something else"))
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, other)
    window.tabifyDockWidget(window.panels.playing.text, other)
    other.raise_()
    # A dock behind another tab stays "visible" to Qt; what shows on screen is its visible region.
    qtbot.waitUntil(lambda: window.panels.playing.text.visibleRegion().isEmpty())
    choose(qtbot, window, "torn_disc")
    qtbot.waitUntil(lambda: not window.panels.playing.text.visibleRegion().isEmpty())


def test_text_has_glossary_tooltips_and_the_disclaimer_stays_visible(qtbot, window):
    choose(qtbot, window, "herniated_disc")
    assert "gel" in window.panels.playing.text.tooltip_at_text("nucleus pulposus").lower()
    assert window.panels.playing.text.tooltip_at_text("It works like a cushion") == ""
    window.panels.playing.player.go_to_end()
    assert window.panels.playing.text.disclaimer.isVisible()
    assert DISCLAIMER in window.panels.playing.text.disclaimer.text()


def test_play_advances_the_time_and_the_step(qtbot, window):
    choose(qtbot, window, "herniated_disc")
    player = window.panels.playing.player
    player.seek(step_time(player.scene, 1) - 0.2)
    assert player.step_index == 0
    player.play()
    assert player.timer_active
    qtbot.waitUntil(lambda: player.step_index == 1, timeout=10000)
    # The clock ticks in whole milliseconds, so 5.8 s + 200 ms can land on 6.0 exactly.
    assert player.time >= step_time(player.scene, 1)
    assert step_texts(player.scene)[1][0] in window.panels.playing.text.text()
    assert window.panels.playing.panel.slider.value() >= round(step_time(player.scene, 1) * 100)
    player.pause()
    assert not player.timer_active


def test_playing_to_the_end_stops_there_unless_looping(qtbot, window):
    choose(qtbot, window, "torn_disc")
    player = window.panels.playing.player
    player.seek(player.duration - 0.1)
    player.play()
    qtbot.waitUntil(lambda: not player.playing, timeout=10000)
    assert player.time == player.duration
    player.set_loop(True)
    player.seek(player.duration - 0.1)
    player.advance(0.5)  # one tick past the end wraps to the start
    assert player.time < 1.0 and player.step_index == 0


def test_scrubbing_the_slider_moves_the_herniating_nucleus(qtbot, window):
    choose(qtbot, window, "herniated_disc")
    level = window.panels.playing.player.scene.level
    before = points_of(window, f"nucleus.{level}")
    window.panels.playing.panel.slider.setValue(30 * 100)  # what a drag does
    assert window.panels.playing.player.time == pytest.approx(30.0)
    after = points_of(window, f"nucleus.{level}")
    assert before.shape == after.shape  # same mesh, vertices moved in place
    moved = np.linalg.norm(after - before, axis=1)
    assert moved.max() > 3.0  # mm: the nucleus has pushed out through the ring
    assert (
        window.panels.playing.text.shown_step == frame_at(window.panels.playing.player.scene, 30.0).step_index
    )
    # A healthy neighbour never moves.
    other = "nucleus.L1-L2"
    np.testing.assert_array_equal(points_of(window, other), window.model.parts[other].vertices)


def test_playing_never_changes_the_models_rest_vertices(qtbot, window):
    choose(qtbot, window, "degenerated_disc")
    rest = {pid: p.vertices.copy() for pid, p in window.model.parts.items()}
    window.panels.playing.player.go_to_end()
    window.panels.playing.player.go_to_start()
    for pid, v in rest.items():
        np.testing.assert_array_equal(window.model.parts[pid].vertices, v, err_msg=pid)
        np.testing.assert_allclose(points_of(window, pid), v, err_msg=pid)


def test_moved_parts_are_shaded_as_if_their_normals_were_recomputed(qtbot, window):
    from app.viewer.viewport import vertex_normals

    choose(qtbot, window, "degenerated_disc")  # bones above settle, the segment rocks
    window.panels.playing.player.seek(window.panels.playing.player.duration * 0.8)
    vp = window.viewport
    for pid, mesh in vp.meshes.items():
        expected = vertex_normals(np.asarray(mesh.points), vp._faces[pid])
        shown = np.asarray(mesh.point_data["Normals"])
        # Same direction (each part's normals may be flipped as a whole to face outward).
        agree = np.abs(np.einsum("ij,ij->i", expected, shown))
        assert agree.min() > 0.999, pid


def test_dragging_the_slider_with_the_mouse_seeks(qtbot, window):
    choose(qtbot, window, "disc_bulge")
    slider = window.panels.playing.panel.slider
    y = slider.height() // 2
    qtbot.mousePress(slider, Qt.MouseButton.LeftButton, pos=QPoint(4, y))
    qtbot.mouseMove(slider, QPoint(slider.width() - 4, y))
    qtbot.mouseRelease(slider, Qt.MouseButton.LeftButton, pos=QPoint(slider.width() - 4, y))
    assert window.panels.playing.player.time > 0.5 * window.panels.playing.player.duration


def test_next_and_previous_step_buttons_change_the_text(qtbot, window):
    choose(qtbot, window, "disc_bulge")
    titles = [t for t, _ in step_texts(window.panels.playing.player.scene)]
    buttons = window.panels.playing.panel.buttons
    qtbot.mouseClick(buttons["next_step"], Qt.MouseButton.LeftButton)
    assert (
        titles[1] in window.panels.playing.text.text() and titles[0] not in window.panels.playing.text.text()
    )
    qtbot.mouseClick(buttons["next_step"], Qt.MouseButton.LeftButton)
    assert window.panels.playing.player.step_index == 2 and titles[2] in window.panels.playing.text.text()
    qtbot.mouseClick(buttons["previous_step"], Qt.MouseButton.LeftButton)
    assert window.panels.playing.player.step_index == 1 and titles[1] in window.panels.playing.text.text()
    assert window.panels.playing.player.time == step_time(window.panels.playing.player.scene, 1)


def test_clicking_a_step_in_the_list_jumps_there(qtbot, window):
    choose(qtbot, window, "degenerated_disc")
    scene = window.panels.playing.player.scene
    steps = window.panels.playing.text.steps
    click_item(qtbot, steps, steps.item(3))
    assert window.panels.playing.player.step_index == 3
    assert window.panels.playing.player.time == step_time(scene, 3)
    assert step_texts(scene)[3][0] in window.panels.playing.text.text()
    assert steps.currentRow() == 3


@pytest.mark.parametrize("focus", ["viewport", "scene_list", "step_text", "step_list"])
def test_keys_play_pause_step_and_jump(qtbot, window, focus):
    choose(qtbot, window, "healthy_tour")
    player = window.panels.playing.player
    target = {
        "viewport": window.plotter,
        "scene_list": window.panels.playing.panel.scene_list,
        "step_text": window.panels.playing.text.browser,
        "step_list": window.panels.playing.text.steps,
    }[focus]
    window.activateWindow()
    target.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is target)
    qtbot.keyClick(target, Qt.Key.Key_Right)
    assert player.step_index == 1
    qtbot.keyClick(target, Qt.Key.Key_Right)
    qtbot.keyClick(target, Qt.Key.Key_Left)
    assert player.step_index == 1
    qtbot.keyClick(target, Qt.Key.Key_End)
    assert player.time == player.duration
    qtbot.keyClick(target, Qt.Key.Key_Home)
    assert player.time == 0.0
    qtbot.keyClick(target, Qt.Key.Key_Space)
    assert player.playing
    qtbot.keyClick(target, Qt.Key.Key_Space)
    assert not player.playing
    assert player.scene.id == "healthy_tour"  # the keys did not move the list's choice


def test_menu_mirrors_the_keys_with_tooltips(window):
    shortcuts = {
        "play_pause": "Space", "previous_step": "Left", "next_step": "Right",
        "scene_start": "Home", "scene_end": "End",
    }  # fmt: skip
    scene_menu = window.menus["Scene"]
    for name, key in shortcuts.items():
        action = window.actions[name]
        assert action.shortcut().toString() == key
        assert action in scene_menu.actions()
        assert action.toolTip()


def test_a_bad_scene_is_listed_disabled_and_the_others_still_play(qtbot, window, tmp_path):
    folder = tmp_path / "scenes"
    folder.mkdir()
    for sid in ("disc_bulge", "torn_disc"):
        for ext in (".toml", ".md"):
            shutil.copy(PRESETS_DIR / f"{sid}{ext}", folder / f"{sid}{ext}")
    shutil.copy(BAD_SCENES / BAD_SCENE, folder / BAD_SCENE)
    window.panels.playing.player.load_scenes(folder)
    scene_list = window.panels.playing.panel.scene_list
    assert scene_list.count() == 3
    bad = next(scene_list.item(i) for i in range(3) if not scene_list.item(i).data(Qt.ItemDataRole.UserRole))
    assert not bad.flags() & Qt.ItemFlag.ItemIsEnabled
    error = window.panels.playing.player.errors[0]
    assert error.message in bad.toolTip() and f"{BAD_SCENE}:{error.line}" in bad.toolTip()
    click_item(qtbot, scene_list, bad)  # a disabled row cannot be chosen
    assert window.panels.playing.player.scene is None
    choose(qtbot, window, "torn_disc")
    window.panels.playing.player.advance(step_time(window.panels.playing.player.scene, 1) + 0.1)
    assert window.panels.playing.player.step_index == 1


def test_highlight_changes_the_highlighted_parts_colour(qtbot, window):
    choose(qtbot, window, "herniated_disc")
    level = window.panels.playing.player.scene.level
    table = np.array(_rgb(PARTS[f"annulus.{level}"].colour))
    lit, ambient = window.panels.playing.player.scene_looks.look_of(
        f"annulus.{level}"
    )  # step 1 lights up the ring
    assert np.linalg.norm(np.array(lit) - table) > 0.15
    hi = np.array(_rgb(COLOURS["highlight"]))
    assert np.linalg.norm(np.array(lit) - hi) < np.linalg.norm(table - hi)
    window.panels.playing.player.go_to_step(2)  # lights up only the gel
    plain, ambient_after = window.panels.playing.player.scene_looks.look_of(f"annulus.{level}")
    np.testing.assert_allclose(plain, table, atol=1e-6)
    assert ambient_after < ambient


def test_highlight_shows_in_the_rendered_picture(qtbot, window):
    choose(qtbot, window, "healthy_tour")
    player = window.panels.playing.player
    before = _highlight_pixels(window)
    lit_step = next(i for i, s in enumerate(player.scene.steps) if s.highlight)
    player.go_to_step(lit_step)
    assert _highlight_pixels(window) > before + 200


def test_step_hides_and_fades_parts_then_puts_them_back(qtbot, window):
    choose(qtbot, window, "herniated_disc")
    player, vp = window.panels.playing.player, window.viewport
    player.go_to_step(1)  # looks down on the disc with everything above it hidden
    frame = player.frame
    assert frame.hidden and all(not vp.is_visible(p) for p in frame.hidden)
    assert all(vp.actors[p].GetProperty().GetOpacity() < 1 for p in frame.translucent)
    player.set_scene(None)
    assert all(vp.is_visible(p) for p in frame.hidden)
    assert all(vp.actors[p].GetProperty().GetOpacity() == 1 for p in frame.translucent)


def test_looking_up_from_the_feet_with_the_parts_below_hidden_cuts_the_nerves_at_the_disc(qtbot, window):
    """Seen from the feet (as axial MRI is read), the dural sac and roots are cut off just below
    the disc (an axial slice), so the sac does not run as a tube towards the camera and hide the
    disc; other steps and other scenes leave them whole."""
    choose(qtbot, window, "herniated_disc")
    player, vp = window.panels.playing.player, window.viewport

    def planes(pid: str) -> int:
        planes = vp.actors[pid].GetMapper().GetClippingPlanes()
        return 0 if planes is None else planes.GetNumberOfItems()

    player.go_to_step(1)  # from the feet, everything below L4-L5 hidden
    nerves = {p for p in vp.actors if PARTS[p].group == "nerve"}
    behind = {"flavum.L4-L5", "facet.L4-L5.left", "facet.L4-L5.right"}  # they reach past the disc
    assert "dura" in player.slice.parts and player.slice.parts == nerves | behind
    assert planes("dura") == 1 and planes("flavum.L4-L5") == 1 and planes("flavum.L3-L4") == 0
    assert planes("vertebra.L4") == 0 and planes("annulus.L4-L5") == 0
    z = np.asarray(vp.meshes["annulus.L4-L5"].points)[:, 2]
    cut_at = player.slice.plane.GetOrigin()[2]
    assert z.min() < cut_at < z.max()  # through the disc, as an axial slice of it
    dura = np.asarray(vp.meshes["dura"].points)
    assert (dura[:, 2] < cut_at).sum() > 0.1 * len(dura)  # the sac goes on below: it is cut
    player.go_to_step(0)  # oblique, nothing hidden: whole again
    assert not player.slice.on and planes("dura") == 0 and player.slice.section is None
    player.go_to_step(1)
    player.set_scene(None)
    assert not player.slice.on and planes("dura") == 0 and player.slice.section is None


def test_the_cut_sac_and_roots_show_filled_as_on_an_axial_slice(qtbot, window):
    """Cut without a lid, the sac would be a hollow tube seen end on: next to invisible, the
    canal dark. Its cut face is filled (pale fluid, the cauda equina) and each root is a dot."""
    from vtkmodules.vtkRenderingCore import vtkCoordinate

    choose(qtbot, window, "herniated_disc")
    player, vp = window.panels.playing.player, window.viewport
    player.go_to_step(4)  # "The pinched nerve", from the feet
    section = player.slice.section
    assert section is not None and {"dura", "root.L5.left", "root.L5.right"} <= set(section.parts)
    from app.viewer.section_actors import section_anchors

    # The L3 nerve left the spine above; it runs on down beside it (toward the psoas), so the cut
    # may cross it, but only out beside the spine, never in the canal.
    anchors = section_anchors(section)
    for pid in ("root.L3.left", "root.L3.right"):
        assert pid not in anchors or abs(anchors[pid][0]) > 25.0, (pid, anchors.get(pid))
    # The pressed root's highlight outline is cut with it (no silhouette of the part above the cut).
    outline = player.scene_looks.outlines["root.L5.left"].GetMapper().GetClippingPlanes()
    assert outline is not None and outline.IsItemPresent(player.slice.plane)
    # The middle of the sac, on the cut, is drawn light (the painted fluid), not the dark canal.
    z = player.slice.plane.GetOrigin()[2]
    dura = np.asarray(vp.meshes["dura"].points)
    ring = dura[np.abs(dura[:, 2] - z) < 1.5]
    centre = vtkCoordinate()
    centre.SetCoordinateSystemToWorld()
    centre.SetValue(*ring[:, :2].mean(axis=0), z)
    vp.plotter.render()  # (a screenshot alone may read back the frame before)
    x, y = centre.GetComputedDisplayValue(vp.plotter.renderer)
    image = np.asarray(vp.plotter.screenshot(return_img=True))[..., :3].astype(float)
    h = image.shape[0]
    patch = image[h - 1 - y - 3 : h - 1 - y + 4, x - 3 : x + 4].reshape(-1, 3)
    assert patch.mean() > 150, patch.mean(axis=0)
    # While it plays the faces follow the herniation; paused, they are redrawn finely.
    builds = player.slice.cap_builds
    player.seek(step_time(player.scene, 2) + 1.0)  # protrusion growing, from the feet
    assert player.slice.cap_builds > builds


def test_the_body_map_follows_the_roots_a_scene_presses(qtbot, window):
    """While a scene shows a pinched root, "Where it is felt" lights that root's skin area and
    says so; before the pinch, and after another scene is chosen, it shows none."""
    choose(qtbot, window, "herniated_disc")
    player, body = window.panels.playing.player, window.panels.clinic.body_map
    assert body.body_map.compression == {} and "No nerve root is pressed now" in body.symptoms_text()
    with qtbot.waitSignal(player.roots_pressed) as sig:
        player.go_to_step(4)  # "The pinched nerve"
    assert set(sig.args[0]) == {"L5.left"} and sig.args[0]["L5.left"] > 0.3
    assert body.body_map.compression == sig.args[0]
    text = body.symptoms_text()
    assert "Left L5 root" in text and "traversing root at L4-L5" in text
    choose(qtbot, window, "torn_disc")
    assert body.body_map.compression == {} and "No nerve root is pressed now" in body.symptoms_text()


def test_parts_hidden_above_come_back_only_when_the_camera_has_glided_away(qtbot, window):
    """From the view up onto the disc (everything below hidden) the camera starts its glide
    inside the lower vertebrae: they stay hidden until it arrives, then show."""
    choose(qtbot, window, "herniated_disc")
    player, vp = window.panels.playing.player, window.viewport
    player.go_to_step(2)  # from the feet, L5 and down hidden
    assert not vp.is_visible("vertebra.L5")
    player.camera_transition_s = 0.8
    player.go_to_step(5)  # from the side, nothing hidden
    assert player.in_transition and "vertebra.L5" not in player.frame.hidden
    assert not vp.is_visible("vertebra.L5") and "dura" in player.slice.parts
    player.finish_transition()
    assert vp.is_visible("vertebra.L5") and not player.slice.on
    player.go_to_step(2)
    qtbot.waitUntil(lambda: not player.in_transition, timeout=5000)  # the clock ends the glide too
    assert not vp.is_visible("vertebra.L5")


def test_a_user_hidden_part_stays_hidden_after_a_step_shows_it_again(qtbot, window):
    choose(qtbot, window, "herniated_disc")
    player, vp = window.panels.playing.player, window.viewport
    hidden_at_1 = frame_at(player.scene, step_time(player.scene, 1)).hidden
    pid = sorted(hidden_at_1)[0]
    window.structures.set_checked(pid, False, notify=True)
    assert not vp.is_visible(pid)
    player.go_to_step(1)
    player.go_to_step(0)
    assert not vp.is_visible(pid)


def test_dried_out_nucleus_turns_grey(qtbot, window):
    choose(qtbot, window, "degenerated_disc")
    player = window.panels.playing.player
    nucleus = f"nucleus.{player.scene.level}"
    blue, grey = np.array(_rgb(PARTS[nucleus].colour)), np.array(_rgb("#8C8C8C"))
    # The first moment, from the end back, when the disc is worn out and the gel is not lit up.
    t = next(
        t for t in np.arange(player.duration, 0, -0.5)
        if dict(frame_at(player.scene, t).state.discs)[player.scene.level].degeneration > 0.95
        and nucleus not in frame_at(player.scene, t).highlight
    )  # fmt: skip
    player.seek(float(t))
    colour, _ = player.scene_looks.look_of(nucleus)
    assert np.linalg.norm(np.array(colour) - grey) < 0.1 * np.linalg.norm(blue - grey)
    player.go_to_start()
    healthy, _ = player.scene_looks.look_of(nucleus)
    assert np.linalg.norm(np.array(healthy) - grey) > 0.3  # blue, or lit up, but not grey


def test_each_step_points_the_camera_at_its_disc(qtbot, window):
    from meshes.layout import disc_centre

    choose(qtbot, window, "herniated_disc")
    player = window.panels.playing.player
    for i, step in enumerate(player.scene.steps):
        player.go_to_step(i)
        if step.camera.focus:
            np.testing.assert_allclose(
                window.viewport.camera_state()[1], disc_centre(player.frame.level), atol=1e-6
            )


def test_the_camera_glides_to_the_next_step(qtbot, window):
    choose(qtbot, window, "herniated_disc")
    player = window.panels.playing.player
    player.camera_transition_s = 0.3
    start = np.array(window.viewport.camera_state()[0])
    player.go_to_step(1)  # oblique -> from the feet
    assert player.in_transition and player.timer_active
    target = np.array(player.target_camera(player.frame).position)
    qtbot.waitUntil(lambda: not player.in_transition, timeout=5000)
    np.testing.assert_allclose(window.viewport.camera_state()[0], target, atol=1e-6)
    assert not np.allclose(start, target)
    assert not player.timer_active  # paused and arrived: the clock rests


def test_speed_and_loop_are_remembered_and_the_last_scene_reopens(qtbot, window, make_window):
    choose(qtbot, window, "torn_disc")
    window.panels.playing.panel.speed_box.setCurrentIndex(4)
    assert window.panels.playing.player.speed == 2.0
    window.panels.playing.panel.loop_box.setChecked(True)
    assert window.actions["loop"].isChecked()
    window.close()
    again = make_window()
    assert (
        again.panels.playing.player.scene is not None and again.panels.playing.player.scene.id == "torn_disc"
    )
    assert again.panels.playing.player.speed == 2.0 and again.panels.playing.player.loop
    assert (
        again.panels.playing.panel.scene_list.currentItem().text() == again.panels.playing.player.scene.title
    )


def test_closing_the_window_stops_the_clock(qtbot, window):
    choose(qtbot, window, "healthy_tour")
    window.panels.playing.player.play()
    assert window.panels.playing.player.timer_active
    window.close()
    assert not window.panels.playing.player.timer_active and not window.panels.playing.player.playing


def _rgb(colour: str) -> tuple[float, float, float]:
    c = colour.lstrip("#")
    return tuple(int(c[i : i + 2], 16) / 255.0 for i in (0, 2, 4))


def _highlight_pixels(window) -> int:
    """How many pixels of the 3D view are close to the highlight colour."""
    QApplication.processEvents()
    rgb = np.asarray(window.plotter.screenshot(return_img=True))[..., :3].astype(float) / 255.0
    hi = np.array(_rgb(COLOURS["highlight"]))
    return int((np.linalg.norm(rgb - hi, axis=2) < 0.25).sum())


def cut_area(section, part_id: str) -> float:
    """Area (mm²) of one part's filled cut face in a section."""
    caps = section.caps.compute_cell_sizes(length=False, volume=False)
    mine = np.asarray(caps.cell_data["part"]) == section.parts.index(part_id)
    return float(np.asarray(caps.cell_data["Area"])[mine].sum())


def test_the_stenosis_step_looks_down_on_the_squeezed_sac(qtbot, window):
    """Stenosis is seen best on an axial slice: the worn disc's sac, cut through the disc, is
    a fraction of the healthy one (a severe stenosis is under 75 mm², anatomy.md)."""
    player = window.panels.playing.player
    choose(qtbot, window, "healthy_tour")
    player.go_to_step(next(i for i, s in enumerate(player.scene.steps) if "below" in s.hide))
    healthy = cut_area(player.slice.section, "dura")
    choose(qtbot, window, "degenerated_disc")
    player.go_to_step(next(i for i, s in enumerate(player.scene.steps) if "stenosis" in s.title))
    assert player.slice.on and "vertebra.L5" in player.frame.hidden
    worn = cut_area(player.slice.section, "dura")
    assert healthy > 100.0 and worn < 75.0
