"""The real viewer window under a real X server: actors, structures panel, camera presets, picture."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from meshes.parts import COLOURS, PARTS
from scenes.views import DEFAULT_VIEW, VIEWS

BONE_RGB = np.array([int(COLOURS["bone"][i : i + 2], 16) for i in (1, 3, 5)], dtype=float)


def bone_fraction(image: np.ndarray, centre_only: bool = True) -> float:
    """Share of pixels (of the middle third, by default) whose hue is the bone colour's, lit or shaded."""
    img = image[..., :3].astype(float)
    if centre_only:
        h, w = img.shape[:2]
        img = img[h // 3 : 2 * h // 3, w // 3 : 2 * w // 3]
    brightness = img.sum(axis=-1, keepdims=True)
    chroma = img / np.maximum(brightness, 1)
    bone_chroma = BONE_RGB / BONE_RGB.sum()
    close = np.abs(chroma - bone_chroma).max(axis=-1) < 0.02
    lit = brightness[..., 0] > 150  # not the dark background, not a deep shadow
    return float((close & lit).mean())


def window_image(window) -> np.ndarray:
    window.plotter.render()
    return np.asarray(window.plotter.screenshot(return_img=True))


def test_window_opens_with_one_visible_actor_per_part(make_window, model):
    window = make_window()
    assert window.isVisible()
    assert window.windowTitle() == "Lumbar Spine Viewer"
    assert window.model is model
    assert set(window.viewport.actors) == set(model.parts)
    assert set(model.parts) <= set(PARTS)
    for pid, actor in window.viewport.actors.items():
        assert actor.GetVisibility(), pid
        assert window.viewport.meshes[pid].n_points == len(model.parts[pid].vertices)


def test_every_part_is_listed_in_its_group_and_ticked(make_window, model):
    window = make_window()
    panel = window.structures
    assert set(panel.items) == set(model.parts)
    for pid, item in panel.items.items():
        assert item.checkState(0) == Qt.CheckState.Checked
        assert item.parent() is panel.group_items[PARTS[pid].group]
        assert item.toolTip(0)  # a plain description for every part


def test_unticking_a_structure_hides_its_actor_and_ticking_shows_it(make_window, model):
    window = make_window()
    pid = "vertebra.L4" if "vertebra.L4" in model.parts else next(iter(model.parts))
    item = window.structures.items[pid]
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert not window.viewport.actors[pid].GetVisibility()
    others = [p for p in model.parts if p != pid]
    assert all(window.viewport.actors[p].GetVisibility() for p in others)
    item.setCheckState(0, Qt.CheckState.Checked)
    assert window.viewport.actors[pid].GetVisibility()


def test_unticking_a_group_hides_all_its_parts(make_window, model):
    window = make_window()
    window.structures.group_items["bone"].setCheckState(0, Qt.CheckState.Unchecked)
    for pid in model.parts:
        assert bool(window.viewport.actors[pid].GetVisibility()) == (PARTS[pid].group != "bone"), pid
    window.structures.set_all_checked(True)
    assert all(a.GetVisibility() for a in window.viewport.actors.values())


@pytest.mark.parametrize("name", list(VIEWS))
def test_each_camera_preset_moves_the_camera_to_look_from_its_side(make_window, name):
    window = make_window()
    start = "superior" if name != "superior" else "anterior"
    window.actions[f"view_{start}"].trigger()
    before = window.viewport.camera_state()
    window.actions[f"view_{name}"].trigger()
    position, focal, up = window.viewport.camera_state()
    assert not np.allclose(position, before[0])
    direction = np.subtract(position, focal)
    direction /= np.linalg.norm(direction)
    expected = np.asarray(VIEWS[name].direction, float)
    np.testing.assert_allclose(direction, expected / np.linalg.norm(expected), atol=1e-6)


def test_preset_keys_and_reset_work_from_the_keyboard(qtbot, make_window):
    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    view = VIEWS["left"]
    qtbot.keyClick(window.plotter, view.key)
    position, focal, _ = window.viewport.camera_state()
    direction = np.subtract(position, focal)
    np.testing.assert_allclose(direction / np.linalg.norm(direction), view.direction, atol=1e-6)
    qtbot.keyClick(window.plotter, Qt.Key.Key_R)
    position, focal, _ = window.viewport.camera_state()
    direction = np.subtract(position, focal)
    expected = np.asarray(VIEWS[DEFAULT_VIEW].direction, float)
    np.testing.assert_allclose(
        direction / np.linalg.norm(direction), expected / np.linalg.norm(expected), atol=1e-6
    )


def test_menus_mirror_the_toolbar_with_shortcuts_and_tooltips(make_window):
    window = make_window()
    for name, view in VIEWS.items():
        action = window.actions[f"view_{name}"]
        assert action.shortcut().toString() == view.key
        assert action in window.toolbar.actions()
        assert action in window.menus["View"].actions()
        assert view.key in action.toolTip()
    assert window.actions["reset_view"].shortcut().toString() == "R"
    assert window.actions["full_screen"].shortcut().toString() == "F11"
    assert "about" in window.actions


def test_about_box_says_it_is_not_medical_advice():
    from app.shell.about import ABOUT_TEXT

    assert "not medical advice" in ABOUT_TEXT


def test_the_window_shows_bone_where_the_spine_is(make_window):
    window = make_window()
    image = window_image(window)
    assert image.shape[0] > 200 and image.shape[1] > 200
    assert image.reshape(-1, image.shape[-1]).std(axis=0).max() > 20, "the picture is blank"
    assert bone_fraction(image) > 0.05


def test_hiding_the_bones_takes_the_bone_colour_out_of_the_picture(make_window):
    window = make_window()
    window.structures.group_items["bone"].setCheckState(0, Qt.CheckState.Unchecked)
    assert bone_fraction(window_image(window), centre_only=False) < 0.002


def test_software_opengl_gets_no_multisampling(make_window):
    window = make_window()
    window._configure_gl()
    if window.viewport.software_gl:
        assert window.plotter.ren_win.GetMultiSamples() == 0
    else:
        assert window.plotter.ren_win.GetMultiSamples() > 0


def test_software_opengl_draws_a_flat_background_a_gpu_the_gradient(make_window):
    """The gradient is a full-view pass that software OpenGL pays on every frame: the window's
    view is one flat colour there (top and bottom rows alike), and the gradient on a real GPU."""
    window = make_window()
    window._configure_gl()
    window.plotter.render()
    image = np.asarray(window.plotter.screenshot(return_img=True)).astype(int)
    top, bottom = image[2, 2, :3], image[-3, 2, :3]
    if window.viewport.software_gl:
        assert not window.plotter.renderer.GetGradientBackground()
        flat = np.array(window.viewport.background_colour()) * 255
        assert np.abs(top - flat).max() <= 2 and np.abs(bottom - flat).max() <= 2
    else:
        assert window.plotter.renderer.GetGradientBackground()
        assert np.abs(top - bottom).sum() > 40


def test_moving_a_part_updates_its_points_in_place(make_window, model):
    window = make_window()
    pid = next(iter(model.parts))
    mesh = window.viewport.meshes[pid]
    moved = model.parts[pid].vertices + np.array([0.0, 0.0, 5.0])
    window.viewport.set_points(pid, moved)
    assert window.viewport.meshes[pid] is mesh  # same PolyData, so the same actor shows it
    assert window.viewport.actors[pid].GetMapper().GetInput() is mesh
    np.testing.assert_allclose(mesh.points, moved, atol=1e-4)


def test_window_size_is_remembered_for_next_time(make_window):
    window = make_window()
    least = window.minimumSizeHint()
    size = (max(least.width(), 900) + 37, max(least.height(), 600) + 23)  # docks set a minimum
    window.resize(*size)
    window.close()
    again = make_window(resize=False)
    assert (again.width(), again.height()) == size


def test_work_queued_for_after_the_first_frame_runs_once_it_is_drawn(qtbot, make_window):
    window = make_window()
    ran = []
    window.after_first_frame(lambda: ran.append("late"))
    window.request_render()
    qtbot.waitUntil(lambda: ran == ["late"])


def test_a_preset_view_stays_framed_when_the_view_changes_shape(qtbot, make_window):
    window = make_window()
    window.show_view("left")
    before = window.viewport.camera_state()
    width = window.plotter.width()
    # A much narrower view: the spine no longer fits sideways, so the camera has to back off.
    window.plotter.setMaximumWidth(width // 3)
    qtbot.waitUntil(lambda: window.plotter.width() <= width // 3)
    assert window.viewport.camera_state() != before
    position, focal, _ = window.viewport.camera_state()
    assert np.linalg.norm(np.subtract(position, focal)) > np.linalg.norm(np.subtract(before[0], before[1]))
    direction = np.subtract(position, focal)
    np.testing.assert_allclose(direction / np.linalg.norm(direction), VIEWS["left"].direction, atol=1e-6)
    # Once the user has moved the camera, a change of shape leaves it alone.
    window.plotter.camera.Azimuth(20)
    moved = window.viewport.camera_state()
    window.plotter.setMaximumWidth(16777215)
    qtbot.waitUntil(lambda: window.plotter.width() >= width)
    assert window.viewport.camera_state() == moved


def test_the_whole_spine_is_in_view_in_the_window(make_window):
    window = make_window()
    image = window_image(window).astype(int)
    background = image[:, :1]
    ink = np.abs(image - background).sum(axis=-1) > 60
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    assert rows.size and cols.size
    assert rows[0] > 0 and rows[-1] < image.shape[0] - 1
    assert cols[0] > 0 and cols[-1] < image.shape[1] - 1


def test_closing_releases_the_view_and_keeps_the_window_bars(make_window):
    """Closing finalises the native 3D view (its GL resources go while its X window still exists)
    and renders nothing afterwards; the window's own menu and status bars stay its own."""
    window = make_window()
    plotter = window.plotter
    assert not plotter._closed
    window.close()
    assert plotter._closed and plotter.iren is None
    plotter.render()  # a late render request after closing is ignored, never a crash
    assert window.menuBar() is window._menu_bar and window.statusBar() is window._status_bar


def test_panels_built_after_the_first_frame_arrive_complete(qtbot, make_window):
    """The viewer's start-up draws the spine first and builds the scene, condition and export
    panels just after: they all arrive, with their docks, and the layout still fits 1280x800."""
    from PySide6.QtWidgets import QDockWidget

    window = make_window(panels_later=True)
    assert window.panels is None
    window.after_first_frame(window.install_panels)
    qtbot.waitUntil(lambda: window.panels is not None, timeout=10000)

    def docks() -> set[str]:
        return {d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()}

    expected = {"structures_panel", "player_panel", "condition_panel", "body_map_panel"}
    qtbot.waitUntil(lambda: expected <= docks(), timeout=5000)  # docks show on the next turn
    assert window.minimumSizeHint().height() <= 800
    assert window.panels.playing.player.model is window.model
    assert "Scene" in window.menus and window.actions


def test_a_cold_build_shows_its_progress_in_the_window(make_window, qtbot, tmp_path, monkeypatch):
    """The first start builds the model for seconds: the status bar says how far and what it does."""
    from app.viewer.prefetch import prefetch_model

    monkeypatch.setenv("LUMBAR_VIEWER_CACHE", str(tmp_path))  # no cached model: a cold build
    future = prefetch_model("low")
    window = make_window(model=None, model_future=future)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    values: list[int] = []
    window.progress.valueChanged.connect(values.append)
    qtbot.waitUntil(lambda: window.model is not None, timeout=240_000)
    building = [m for m in said if m.startswith("Building the 3D model")]
    assert len(building) >= 2, said  # several steps, each named
    assert values and max(values) > min(values)  # the bar moved
    assert not window.progress.isVisible()  # and went away with the model shown
