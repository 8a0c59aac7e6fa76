"""Healthy beside diseased: the split view in the real window (Xvfb, VTK), cameras kept in step."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt


def drag(window, x: int, y: int, dx: int, dy: int) -> None:
    """A left-button drag on the 3D view, in VTK display pixels (origin bottom-left)."""
    iren = window.plotter.iren.interactor
    iren.SetEventInformation(x, y, 0, 0, "\0", 0)
    iren.LeftButtonPressEvent()
    for k in range(1, 6):
        iren.SetEventInformation(x + dx * k // 5, y + dy * k // 5, 0, 0, "\0", 0)
        iren.MouseMoveEvent()
    iren.LeftButtonReleaseEvent()


def camera(cam) -> np.ndarray:
    return np.array([*cam.GetPosition(), *cam.GetFocalPoint(), *cam.GetViewUp()])


def bone_pixels(image: np.ndarray) -> int:
    img = image[..., :3].astype(int)
    # The pale bone colour (#E6DCC3), lit or in soft shade: red > green > blue, all fairly bright.
    return int(((img[..., 0] > 150) & (img[..., 0] >= img[..., 1]) & (img[..., 1] > img[..., 2] + 8)).sum())


@pytest.fixture
def split_window(make_window):
    window = make_window()
    window.actions["split_view"].trigger()
    window.plotter.render()
    return window


def test_split_view_shows_healthy_left_and_the_condition_right(split_window):
    window = split_window
    split = window.panels.clinic.split
    assert split.enabled and window.actions["split_view"].isChecked()
    assert split.renderer.GetViewport() == pytest.approx((0.0, 0.0, 0.5, 1.0))
    assert window.plotter.renderer.GetViewport() == pytest.approx((0.5, 0.0, 1.0, 1.0))
    assert set(split.actors) == set(window.viewport.actors)
    image = np.asarray(window.plotter.screenshot(return_img=True))
    w = image.shape[1]
    assert bone_pixels(image[:, : w // 2]) > 2000 and bone_pixels(image[:, w // 2 :]) > 2000
    window.actions["split_view"].trigger()
    assert not split.enabled
    assert window.plotter.renderer.GetViewport() == pytest.approx((0.0, 0.0, 1.0, 1.0))
    assert not window.plotter.render_window.HasRenderer(split.renderer)


@pytest.mark.parametrize("half", ["left", "right"])
def test_dragging_either_half_turns_both_together(split_window, half):
    window = split_window
    healthy_cam, main_cam = window.panels.clinic.split.cameras()
    before = camera(main_cam)
    w, h = window.plotter.window_size
    x = w // 4 if half == "left" else 3 * w // 4
    drag(window, x, h // 2, 80, 30)
    window.plotter.render()
    healthy_cam, main_cam = window.panels.clinic.split.cameras()
    assert not np.allclose(camera(main_cam), before), "the drag did not turn the view"
    assert np.allclose(camera(healthy_cam), camera(main_cam))


def test_cameras_stay_linked_when_the_view_gets_a_new_camera(split_window):
    from vtkmodules.vtkRenderingCore import vtkCamera

    window = split_window
    fresh = vtkCamera()
    fresh.DeepCopy(window.plotter.renderer.GetActiveCamera())
    fresh.Azimuth(40)
    window.plotter.renderer.SetActiveCamera(fresh)  # as a preset or another tool might
    window.plotter.render()
    healthy_cam, main_cam = window.panels.clinic.split.cameras()
    assert np.allclose(camera(healthy_cam), camera(fresh))
    window.show_view("anterior")
    window.plotter.render()
    healthy_cam, main_cam = window.panels.clinic.split.cameras()
    assert np.allclose(camera(healthy_cam), camera(main_cam))


def test_the_healthy_side_stays_healthy_while_the_condition_changes(split_window, model):
    window = split_window
    window.panels.clinic.controller.set_choice(
        condition="herniation", level="L4-L5", side="left", severity=0.9
    )
    window.plotter.render()
    pid = "nucleus.L4-L5"
    assert not np.allclose(window.viewport.meshes[pid].points, model.parts[pid].vertices)
    assert np.allclose(window.panels.clinic.split.meshes[pid].points, model.parts[pid].vertices)
    assert window.panels.clinic.split.meshes[pid] is not window.viewport.meshes[pid]
    assert "L4-L5" in window.panels.clinic.split.condition_label.GetInput()
    # Hiding a part in the main view hides it on the healthy side too.
    window.structures.items["vertebra.L4"].setCheckState(0, Qt.CheckState.Unchecked)
    window.plotter.render()
    assert not window.panels.clinic.split.actors["vertebra.L4"].GetVisibility()


def test_the_healthy_half_follows_the_background_when_the_theme_changes(split_window):
    window = split_window
    window.viewport.set_gradient_background(False)
    window.viewport.set_background("#000000", "#000000")  # as the high-contrast theme does
    window.plotter.render()
    image = np.asarray(window.plotter.screenshot(return_img=True))[..., :3]
    w = image.shape[1]
    assert image[2, 2].max() <= 2 and image[2, w - 3].max() <= 2  # both halves' top corners
