"""The MRI view in the real window: the dock's picture follows a playing scene and the condition
dials, the plane in the 3D view lies where the slice is and moves with the choice, and
``render --mri`` writes the picture from the command line."""

from __future__ import annotations

import numpy as np
import pytest

from meshes.dimensions import DISC_LEVELS
from meshes.mri.tissues import HIZ, NUCLEUS

DISC = "L4-L5"
AT = DISC_LEVELS.index(DISC)


def open_mri(window, qtbot):
    window.actions["mri_view"].trigger()
    view = window.panels.mri
    qtbot.waitUntil(lambda: view.panel.view.slice is not None, timeout=20000)
    return view


def wait_for_state(qtbot, view, state) -> None:
    """Until the picture shows ``state`` (slices come back from a worker thread)."""
    qtbot.waitUntil(lambda: view.panel.view.slice.state == state, timeout=20000)


def picture(view) -> np.ndarray:
    """The dock's slice image as an array (0..255), read back from the QImage it paints."""
    img = view.panel.view.image()
    ptr = img.constBits()
    return np.frombuffer(ptr, np.uint8).reshape(img.height(), img.bytesPerLine())[:, : img.width()].copy()


def test_the_dock_opens_in_front_with_a_slice(make_window, qtbot):
    window = make_window()
    view = open_mri(window, qtbot)
    assert view.panel.isVisible() and not view.panel.visibleRegion().isEmpty()
    assert window.actions["mri_view"].isChecked()
    grabbed = view.panel.view.grab().toImage()
    assert grabbed.width() > 100
    window.actions["mri_view"].trigger()  # again: closes it
    assert not view.panel.isVisible()


def test_the_picture_follows_a_scene_as_it_plays(make_window, qtbot):
    window = make_window()
    view = open_mri(window, qtbot)
    player = window.panels.playing.player
    player.set_scene(player.find("torn_disc"))
    player.seek(0.0)
    wait_for_state(qtbot, view, window.viewport.stage.state)
    before = view.panel.view.slice
    first = picture(view)
    assert not (before.labels == HIZ + AT).any()
    player.go_to_end()
    end = window.viewport.stage.state
    assert end.disc(DISC).fissure > 0.5
    wait_for_state(qtbot, view, end)
    after = view.panel.view.slice
    spot = after.labels == HIZ + AT
    assert spot.any(), "the torn disc shows no high-intensity zone"
    shown = picture(view)
    assert shown[spot].mean() > first[spot].mean() + 60  # the spot lights up on the picture


def test_the_picture_follows_the_condition_dials(make_window, qtbot):
    window = make_window()
    view = open_mri(window, qtbot)
    view.panel.set_spec("axial@L1-L2")
    window.panels.clinic.controller.set_choice(condition="degeneration", level=DISC, severity=0.0)
    assert view.panel.spec() == f"axial@{DISC}"  # the axial slice goes to the dials' disc
    wait_for_state(qtbot, view, window.viewport.stage.state)
    healthy = view.panel.view.slice
    nucleus = healthy.labels == NUCLEUS + AT
    bright = picture(view)[nucleus].mean()
    window.panels.clinic.controller.set_choice(severity=1.0)
    wait_for_state(qtbot, view, window.viewport.stage.state)
    worn = view.panel.view.slice
    dark = picture(view)[worn.labels == NUCLEUS + AT].mean()
    assert dark < bright - 80, (bright, dark)


def test_the_plane_lies_where_the_slice_is_and_moves_with_the_choice(make_window, qtbot):
    from meshes.pathology.frame import disc_frame

    window = make_window()
    view = open_mri(window, qtbot)
    renderer = window.plotter.renderer
    actors = renderer.GetActors()
    inside = [actors.GetItemAsObject(i) for i in range(actors.GetNumberOfItems())]
    assert all(a in inside for a in view.plane.actors)
    view.panel.set_spec("sagittal")
    qtbot.waitUntil(lambda: view.panel.view.slice.spec.name == "sagittal", timeout=20000)
    assert np.allclose(view.plane.corners()[:, 0], 0.0)  # the midline
    view.panel.set_spec("axial@L5-S1")
    qtbot.waitUntil(lambda: view.panel.view.slice.spec.name == "axial@L5-S1", timeout=20000)
    corners = view.plane.corners()
    frame = disc_frame("L5-S1")
    normal = np.cross(corners[1] - corners[0], corners[3] - corners[0])
    normal /= np.linalg.norm(normal)
    assert abs(normal @ frame.R[:, 2]) > 0.99  # in the disc's plane
    assert abs((frame.centre - corners[0]) @ normal) < 1.0  # through its middle
    # the picture shows the sagittal plane face-on from the side, round the spine
    view.panel.set_spec("sagittal")
    qtbot.waitUntil(lambda: view.panel.view.slice.spec.name == "sagittal", timeout=20000)
    window.show_view("left")
    qtbot.wait(50)
    with_plane = np.asarray(window.plotter.screenshot(return_img=True))[..., :3].astype(int)
    window.actions["mri_view"].trigger()
    assert not any(a in _actors(renderer) for a in view.plane.actors)
    qtbot.wait(50)
    without = np.asarray(window.plotter.screenshot(return_img=True))[..., :3].astype(int)
    changed = np.abs(with_plane - without).sum(axis=2) > 30
    assert changed.mean() > 0.05, "the plane does not show in the 3D view"
    tint = (with_plane - without)[changed].mean(axis=0)  # toward the plane's reddish purple
    assert tint[0] > tint[1], tint


def _actors(renderer) -> list:
    actors = renderer.GetActors()
    return [actors.GetItemAsObject(i) for i in range(actors.GetNumberOfItems())]


@pytest.mark.parametrize("spec", ["sagittal", "axial@L4-L5"])
def test_render_mri_writes_a_grey_slice(tmp_path, spec):
    from cli_run import TEST_DETAIL, lumbar
    from PIL import Image

    out = tmp_path / "mri.png"
    done = lumbar("render", "--mri", spec, "--condition", "herniation", "--detail", TEST_DETAIL,
                  "--size", "640x480", "--out", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    img = np.asarray(Image.open(out).convert("RGB")).astype(int)
    assert img.shape == (480, 640, 3)
    middle = img[120:360, 200:440]
    assert np.abs(middle[..., 0] - middle[..., 2]).mean() < 3  # greyscale where the slice is
    assert (middle.mean(axis=2) > 200).mean() > 0.01  # bright fluid somewhere
    assert (middle.mean(axis=2) < 40).mean() > 0.1  # dark tissue and background


def test_render_mri_with_a_bad_slice_says_what_is_allowed(tmp_path):
    from cli_run import assert_user_error, lumbar

    done = lumbar("render", "--mri", "coronal", "--out", str(tmp_path / "x.png"))
    assert_user_error(done, "coronal", "axial@DISC")
    assert not (tmp_path / "x.png").exists()


def test_render_mri_refuses_a_camera_view(tmp_path):
    from cli_run import assert_user_error, lumbar

    done = lumbar("render", "--mri", "sagittal", "--view", "left", "--out", str(tmp_path / "x.png"))
    assert_user_error(done, "--view")
    assert not (tmp_path / "x.png").exists()
