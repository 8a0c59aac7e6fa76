"""Exploring the model in the real window (real Qt, real VTK, Xvfb): x-ray and opacity, cuts with
filled caps, click and hover to identify, search, labels, camera glides, bookmarks, turntable,
and the matching ``render`` options."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDockWidget

from meshes.parts import PARTS

BONES = [p for p in PARTS if PARTS[p].group == "bone"]
SOFT = [p for p in PARTS if PARTS[p].group in ("nerve", "disc")]


@pytest.fixture
def explore(make_window):
    """A shown main window with the exploring tools installed; returns (window, explorer)."""

    def make(**kwargs):
        window = make_window(**kwargs)
        explorer = window.install_tools().explore
        explorer.views.duration_s = 0.0  # tests that want the glide set it back
        QApplication.processEvents()  # docks added to a shown window appear on the next turn
        window.plotter.render()
        return window, explorer

    return make


def shot(window) -> np.ndarray:
    """The 3D view as drawn now (RGB)."""
    window.plotter.render()
    return np.asarray(window.plotter.screenshot(return_img=True))[:, :, :3].astype(int)


def centre_pixel(window, part_id: str) -> tuple[float, float]:
    from app.explore.picking import display_point

    return display_point(window.viewport, window.viewport.meshes[part_id].points.mean(axis=0))


# ---- translucency ------------------------------------------------------------------------------------
def test_xray_makes_the_bones_see_through_and_keeps_discs_and_nerves_solid(explore):
    window, e = explore()
    window.actions["xray"].trigger()
    assert e.opacity.xray and window.actions["xray"].isChecked()
    for pid in BONES:
        assert window.viewport.actors[pid].GetProperty().GetOpacity() < 0.5
    for pid in SOFT:
        assert window.viewport.actors[pid].GetProperty().GetOpacity() == 1.0
    window.actions["xray"].trigger()
    assert all(window.viewport.actors[p].GetProperty().GetOpacity() == 1.0 for p in BONES)


def test_xray_shows_the_nerves_through_the_bone_in_the_picture(explore):
    window, e = explore()
    window.viewport.apply_view("posterior")  # from behind, the laminae hide the sac
    before = shot(window)
    e.opacity.set_xray(True)
    after = shot(window)
    pink = np.array([0xD9, 0xA6, 0xC8])  # the dural sac
    near = lambda img: int((np.abs(img - pink).sum(axis=2) < 60).sum())  # noqa: E731
    assert near(after) > near(before) + 200
    assert window.plotter.renderer.GetUseOIT()  # translucency is sorted per pixel, not per actor


def test_group_and_part_opacity_sliders_set_the_actors(explore):
    window, e = explore()
    e.part_panel.group_sliders["bone"].setValue(50)
    assert window.viewport.actors["vertebra.L3"].GetProperty().GetOpacity() == pytest.approx(0.5)
    assert window.viewport.actors["dura"].GetProperty().GetOpacity() == 1.0
    e.selection.select("dura")
    assert e.part_panel.part_slider.isEnabled()
    e.part_panel.part_slider.setValue(30)
    assert window.viewport.actors["dura"].GetProperty().GetOpacity() == pytest.approx(0.3)
    e.opacity.set_xray(True)  # x-ray multiplies, the user's choice survives it
    assert window.viewport.actors["vertebra.L3"].GetProperty().GetOpacity() < 0.5 * 0.5
    e.opacity.reset()
    assert window.viewport.actors["dura"].GetProperty().GetOpacity() == 1.0


def test_isolate_shows_one_part_and_show_all_brings_everything_back(explore):
    window, e = explore()
    e.selection.select("annulus.L4-L5")
    window.actions["isolate"].trigger()
    assert window.viewport.visible_parts() == ["annulus.L4-L5"]
    assert not window.structures.is_checked("vertebra.L4")
    window.actions["show_all"].trigger()
    assert set(window.viewport.visible_parts()) == set(window.viewport.actors)


# ---- cuts ---------------------------------------------------------------------------------------
def test_moving_a_clip_plane_changes_the_rendered_image(explore):
    window, e = explore()
    whole = shot(window)
    e.clip_panel.enable["sagittal"].setChecked(True)
    e.clipping.rebuild_caps("draft")
    cut = shot(window)
    e.clip_panel.slider["sagittal"].setValue(e.clip_panel.slider["sagittal"].value() + 30)  # +15 mm
    assert e.clipping.planes["sagittal"].offset == pytest.approx(15.0)
    e.clipping.rebuild_caps("draft")
    moved = shot(window)
    assert np.abs(cut - whole).mean() > 2.0
    assert np.abs(moved - cut).mean() > 2.0
    e.clip_panel.flip["sagittal"].setChecked(True)
    assert e.clipping.planes["sagittal"].flip
    e.clipping.clear()
    assert not e.clip_panel.enable["sagittal"].isChecked()
    assert np.abs(shot(window) - whole).mean() < 1.0


def _blue_share(img: np.ndarray) -> float:
    """Share of the view in the disc's blue (the annulus and nucleus cut faces)."""
    img = img.astype(int)
    return float(((img[:, :, 2] > img[:, :, 0] + 70) & (img[:, :, 2] > 150)).mean())


def test_a_cut_keeps_the_half_away_from_the_camera_and_follows_it_round(explore):
    window, e = explore()
    e.clipping.cut_through_disc("L4-L5", look=False)
    e.views.go_to_view("superior")
    e.views.finish()
    e.clipping.rebuild_caps("fine")
    assert e.clipping.kept_half("axial") == "lower half"  # seen from above, the part below is kept
    assert "lower half" in e.clip_panel.value["axial"].text()
    from_above = _blue_share(shot(window))
    e.views.go_to_view("inferior")
    e.views.finish()
    e.clipping.rebuild_caps("fine")
    assert e.clipping.kept_half("axial") == "upper half"  # the camera crossed: the kept side followed
    assert "upper half" in e.clip_panel.value["axial"].text()
    from_below = _blue_share(shot(window))
    assert from_above > 0.005 and from_below > 0.005  # the disc's cut face is what is seen
    e.clip_panel.flip["axial"].setChecked(True)  # asked for explicitly: the near half
    e.clipping.rebuild_caps("fine")
    assert e.clipping.kept_half("axial") == "lower half"
    assert _blue_share(shot(window)) < 0.5 * from_below  # the cut face now faces away


@pytest.mark.parametrize("view", ["superior", "inferior"])
def test_render_with_a_cut_from_a_named_view_shows_the_cut_face(tmp_path, view):
    import imageio.v3 as iio

    out = tmp_path / "cut.png"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "app",
            "render",
            "--view",
            view,
            "--clip",
            "axial@L4-L5",
            "--size",
            "320x200",
            "--detail",
            "low",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert _blue_share(iio.imread(out)[:, :, :3]) > 0.005


def test_cut_through_a_disc_fills_the_inside_with_nucleus_annulus_canal_sac_and_roots(explore):
    window, e = explore()
    window.actions["cut_L4-L5"].trigger()
    e.views.finish()
    sections = e.clipping.sections["axial"]
    parts = {p for s in sections for p in s.parts}
    for pid in ("annulus.L4-L5", "nucleus.L4-L5", "dura", "root.L5.left", "root.L5.right"):
        assert pid in parts
    img = shot(window)
    from app.viewer.section_actors import section_anchors

    # The cut face of each part shows the part's colour, not the background: nothing hollow.
    anchors = {}
    for s in sections:
        anchors.update(section_anchors(s))
    from app.explore.picking import display_point

    for pid in ("nucleus.L4-L5", "annulus.L4-L5", "dura"):
        x, y = display_point(window.viewport, anchors[pid])
        row = img.shape[0] - 1 - int(round(y))
        patch = img[row - 2 : row + 3, int(round(x)) - 2 : int(round(x)) + 3].reshape(-1, 3).mean(axis=0)
        background = img[5, 5]
        assert np.abs(patch - background).sum() > 60, pid
    # Clicking the cut face names the part cut there.
    x, y = display_point(window.viewport, anchors["nucleus.L4-L5"])
    assert e.selection.pick(x, y) == "nucleus.L4-L5"


def test_the_annulus_cap_shows_layered_rings_around_the_nucleus(explore):
    window, e = explore()
    e.clipping.cut_through_disc("L4-L5", look=False)
    section = e.clipping.sections["axial"][0]
    tex = section.texture.astype(int)

    # Walk from the middle of the nucleus toward the front, across the annulus: the brightness
    # alternates layer by layer (lamellae), many times.
    caps = section.caps
    owner = np.asarray(caps.cell_data["part"])
    nucleus = section.parts.index("nucleus.L4-L5")
    tc = np.asarray(caps.point_data["TCoords"])
    faces = np.asarray(caps.faces).reshape(-1, 4)[:, 1:]
    centre = tc[faces[owner == nucleus].ravel()].mean(axis=0)
    h, w, _ = tex.shape
    r0, c0 = int(centre[1] * h), int(centre[0] * w)
    col = tex[:, c0]  # one column through the nucleus centre
    row_range = range(r0, h) if tex[min(r0 + 250, h - 1), c0].sum() > 0 else range(r0, -1, -1)
    lum = np.array([col[r].sum() for r in row_range])
    inside = lum[: np.argmax(lum == 0)] if (lum == 0).any() else lum
    swings = np.abs(np.diff(np.sign(np.diff(inside.astype(float))))).sum() / 2
    assert swings >= 12  # ten or more lamellae read as light and dark bands


def test_caps_follow_the_animation(explore, qtbot):
    window, e = explore()
    e.clipping.cut_through_disc("L4-L5", look=False)
    builds = e.clipping.cap_builds
    before = {p for s in e.clipping.sections["axial"] for p in s.parts}
    mesh = window.viewport.meshes["nucleus.L4-L5"]
    moved = mesh.points + np.array([0.0, 0.0, 40.0])  # lift the nucleus out of the plane
    window.viewport.set_points("nucleus.L4-L5", moved)
    qtbot.waitUntil(lambda: e.clipping.cap_builds > builds, timeout=5000)
    after = {p for s in e.clipping.sections["axial"] for p in s.parts}
    assert "nucleus.L4-L5" in before and "nucleus.L4-L5" not in after


# ---- identify ------------------------------------------------------------------------------------
def test_a_click_on_a_part_selects_it_outlines_it_and_describes_it(explore, qtbot):
    window, e = explore()
    window.viewport.apply_view("anterior")
    window.plotter.render()
    x, y = centre_pixel(window, "vertebra.L3")
    pos = e.picker.from_display(x, y)
    qtbot.mouseClick(window.plotter, Qt.MouseButton.LeftButton, pos=pos)
    assert e.selection.part == "vertebra.L3"
    assert e.info_panel.name.text() == PARTS["vertebra.L3"].name
    assert e.info_panel.description.text() == PARTS["vertebra.L3"].description
    assert e.selection._outline is not None and window.plotter.renderer.HasViewProp(e.selection._outline)
    assert window.structures.tree.currentItem() is window.structures.items["vertebra.L3"]
    # A click on empty space clears it.
    qtbot.mouseClick(window.plotter, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert e.selection.part is None
    assert e.info_panel.name.text() == "Nothing selected"


def test_xray_clicks_reach_the_disc_inside_the_bone(explore):
    window, e = explore()
    window.viewport.apply_view("anterior")
    window.plotter.render()
    x, y = centre_pixel(window, "nucleus.L3-L4")
    assert e.selection.pick(x, y) == "annulus.L3-L4"  # the ring in front of the gel
    window.viewport.apply_view("posterior")
    window.plotter.render()
    x, y = centre_pixel(window, "dura")
    solid = e.selection.pick(x, y)
    assert solid is not None and solid.startswith(("vertebra.", "flavum.", "facet."))
    e.opacity.set_xray(True)
    window.plotter.render()
    assert e.selection.pick(x, y) in ("dura", *(p for p in PARTS if p.startswith(("root.", "flavum."))))


def test_hover_names_the_part_in_the_status_bar(explore, qtbot):
    window, e = explore()
    window.viewport.apply_view("anterior")
    window.plotter.render()
    pos = e.picker.from_display(*centre_pixel(window, "vertebra.L2"))
    move = QMouseEvent(
        QEvent.Type.MouseMove, QPointF(pos), QPointF(window.plotter.mapToGlobal(pos)),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window.plotter, move)
    qtbot.waitUntil(lambda: e.picker._hover_part is not None, timeout=3000)
    # The part under the mouse now (a scene's camera may still be settling) is named, also as a tooltip.
    under = e.selection.pick(*e.picker.to_display(pos))
    assert under is not None and e.picker._hover_part == under
    assert PARTS[under].name in window.statusBar().currentMessage()
    assert e.selection.part is None  # hovering does not select


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("gel", "nucleus."),
        ("L4", "vertebra.L4"),
        ("nerve", ""),
        ("ligament", "flavum."),
        ("S1 nerve root", "root.S1"),
    ],
)
def test_search_finds_parts_by_name_or_synonym_and_selects_them(explore, qtbot, text, expect):
    window, e = explore()
    box = e.info_panel.search
    box.setText(text)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    part = e.selection.part
    assert part is not None and part.startswith(expect)
    if text == "nerve":
        assert PARTS[part].group == "nerve"
        assert e.info_panel.matches.count() > 5  # the sac and every root, to step through
    assert e.info_panel.name.text() == PARTS[part].name


def test_search_for_nothing_known_says_so_and_keeps_the_selection(explore, qtbot):
    window, e = explore()
    e.selection.select("dura")
    e.info_panel.search.setText("spleen")
    qtbot.keyClick(e.info_panel.search, Qt.Key.Key_Return)
    assert e.selection.part == "dura"
    assert e.info_panel.name.text() == "Nothing found"


def test_search_completer_offers_synonyms(explore):
    _, e = explore()
    words = e.info_panel.completer.model().stringList()
    for w in ("gel", "ligament", "L4", "nerve", "Dural sac"):
        assert w in words


def test_the_info_panel_gives_the_scene_role_when_a_scene_plays(explore):
    window, e = explore()
    player = window.panels.playing.player if window.panels else None
    if player is None or not player.scenes:
        pytest.skip("no scene player in this window")
    player.set_scene(player.scenes[0])
    player.seek(0.0)
    e.selection.select("dura")
    e.info_panel.refresh_role()
    assert e.info_panel.role.isVisibleTo(e.info_panel)
    assert "step" in e.info_panel.role.text() or "level" in e.info_panel.role.text()


# ---- labels -------------------------------------------------------------------------------------
def test_labels_name_the_visible_main_parts_without_overlapping_while_orbiting(explore):
    window, e = explore()
    window.actions["labels"].trigger()
    assert e.labels.enabled
    for view in ("left", "anterior", "oblique"):
        window.viewport.apply_view(view)
        window.plotter.render()
        window.plotter.render()
        assert len(e.labels.placed) >= 6
        assert e.labels.overlaps() == 0
        w, h = window.plotter.window_size
        for x, y, bw, bh in e.labels.placed.values():
            assert 0 <= x and x + bw <= w + 1 and 0 <= y and y + bh <= h + 1
    e.views.turn(40)
    window.plotter.render()
    assert e.labels.overlaps() == 0
    # Hidden parts lose their label.
    window.structures.set_checked("annulus.L4-L5", False, notify=True)
    window.plotter.render()
    assert "annulus.L4-L5" not in e.labels.placed
    assert e.labels._locators  # the picks that check what is in front of a label
    window.actions["labels"].trigger()
    assert not e.labels.placed
    assert not e.labels._locators  # labels off: their pick locators are let go (issue 12)


# ---- views ---------------------------------------------------------------------------------------
def test_view_presets_glide_to_the_preset(explore, qtbot):
    window, e = explore()
    e.views.duration_s = 0.4
    start = e.views.pose()
    target = e.views.preset_pose("anterior")
    window.actions["view_anterior"].trigger()
    assert e.views.animating
    assert e.views.pose() == start  # it starts where it was ...
    with qtbot.waitSignal(e.views.finished, timeout=5000):
        pass
    end = e.views.pose()
    assert np.allclose(end.position, target.position, atol=1e-3)  # ... and ends at the preset
    assert np.allclose(end.focal, target.focal, atol=1e-3)


def test_interpolated_camera_keeps_its_distance_and_turns_smoothly():
    from app.viewer.camera import CameraSet as CameraPose
    from app.viewer.camera import interpolate_camera as interpolate

    a = CameraPose((0.0, -100.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 1.0))
    b = CameraPose((100.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0, 0.0, 1.0))
    mid = interpolate(a, b, 0.5)
    assert np.linalg.norm(mid.position) == pytest.approx(100.0)  # round the model, not through it
    assert np.allclose(np.asarray(mid.position) / 100, [np.sqrt(0.5), -np.sqrt(0.5), 0.0], atol=1e-6)


def test_bookmarks_are_saved_by_name_and_survive_a_new_window(explore):
    window, e = explore()
    window.viewport.apply_view("left")
    e.views.turn(25)
    saved = e.views.pose()
    e.views.save_bookmark("  Left, a bit  ")
    assert "Left, a bit" in e.views.bookmarks()
    assert any(a.text() == "Left, a bit" for a in window.menus["bookmarks"].actions())
    window.close()
    window2, e2 = explore()
    assert "Left, a bit" in e2.views.bookmarks()
    window2.viewport.apply_view("anterior")
    assert e2.views.go_to_bookmark("Left, a bit")
    assert np.allclose(e2.views.pose().position, saved.position, atol=1e-3)
    e2.views.delete_bookmark("Left, a bit")
    assert "Left, a bit" not in e2.views.bookmarks()


def test_turntable_turns_the_camera_until_stopped(explore, qtbot):
    window, e = explore()
    start = np.asarray(e.views.pose().position)
    window.actions["turntable"].trigger()
    assert e.views.turntable
    qtbot.waitUntil(lambda: np.linalg.norm(np.asarray(e.views.pose().position) - start) > 1.0, timeout=5000)
    focal = np.asarray(e.views.pose().focal)
    # It turns about the body's long axis: height and distance stay.
    assert np.asarray(e.views.pose().position)[2] == pytest.approx(start[2], abs=1e-6)
    assert np.linalg.norm(np.asarray(e.views.pose().position) - focal) == pytest.approx(
        np.linalg.norm(start - focal), rel=1e-6
    )
    window.actions["turntable"].trigger()
    assert not e.views.turntable and not e.views._timer.isActive()


# ---- render command ------------------------------------------------------------------------------
def _render(tmp_path, name, *options):
    out = tmp_path / f"{name}.png"
    cmd = [
        sys.executable,
        "-m",
        "app",
        "render",
        "--detail",
        "low",
        "--size",
        "480x300",
        "--out",
        str(out),
        *options,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    import imageio.v3 as iio

    return iio.imread(out)[:, :, :3].astype(int)


def test_render_options_each_change_the_picture(tmp_path):
    plain = _render(tmp_path, "plain")
    cut = _render(tmp_path, "cut", "--clip", "axial@L4-L5")
    xray = _render(tmp_path, "xray", "--clip", "axial@L4-L5", "--xray")
    labels = _render(tmp_path, "labels", "--clip", "axial@L4-L5", "--xray", "--labels")
    select = _render(tmp_path, "select", "--clip", "axial@L4-L5", "--xray", "--labels", "--select", "dura")
    images = [plain, cut, xray, labels, select]
    for a, b in zip(images, images[1:], strict=False):
        assert np.abs(a - b).mean() > 0.3
    sagittal = _render(tmp_path, "sagittal", "--clip", "sagittal:0")
    coronal = _render(tmp_path, "coronal", "--clip", "coronal:5")
    assert np.abs(sagittal - plain).mean() > 2 and np.abs(coronal - sagittal).mean() > 2


@pytest.mark.parametrize(
    "options",
    [["--clip", "axial@L6-L7"], ["--clip", "diagonal:3"], ["--clip", "sagittal:999"], ["--select", "spleen"]],
)
def test_render_rejects_bad_explore_values_in_one_line(tmp_path, options):
    out = tmp_path / "x.png"
    cmd = [sys.executable, "-m", "app", "render", "--detail", "low", "--out", str(out), *options]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lumbar-viewer: error:")
    assert "Traceback" not in done.stderr and not out.exists()


def test_the_full_window_fits_a_1280x800_screen(explore):
    """Classroom projectors and laptops: every panel of the clinician layout (the one with every
    panel) fits 1280x800."""
    window, _explorer = explore()
    window.actions["layout_clinician"].trigger()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    docks = {d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()}
    assert {"structures_panel", "info_panel", "player_panel", "condition_panel", "body_map_panel"} <= docks
