"""Left and right agree everywhere (issue 18, defect 7): every view along the spine is seen from
the feet as axial MRI is read (the patient's right on the screen's left, the front up), in the
window and in the off-screen pictures that stills, clips and handouts are made of; R/L and A/P
marks sit at the edges whenever the view looks along an axis, and nowhere else."""

from __future__ import annotations

import numpy as np
import pytest

from scenes.catalog import load_catalog
from scenes.views import VIEWS

MARK_RGB = np.array([255, 235, 140])  # the marks' pale yellow


def screen_x(renderer, point) -> float:
    """Display x (pixels from the left) of a world point."""
    from vtkmodules.vtkRenderingCore import vtkCoordinate

    c = vtkCoordinate()
    c.SetCoordinateSystemToWorld()
    c.SetValue(*map(float, point))
    return c.GetComputedDoubleDisplayValue(renderer)[0]


def mark_pixels(img: np.ndarray, edge: str) -> int:
    """Pixels of the marks' colour in a band along one screen edge (the middle of it)."""
    h, w = img.shape[:2]
    band = {
        "left": img[h // 3 : 2 * h // 3, : w // 14],
        "right": img[h // 3 : 2 * h // 3, -w // 14 :],
        "top": img[: h // 10, w // 3 : 2 * w // 3],
        "bottom": img[-h // 10 :, w // 3 : 2 * w // 3],
    }[edge][..., :3].astype(int)
    return int(np.sum(np.abs(band - MARK_RGB).max(axis=2) < 40))


def test_every_scene_step_that_looks_along_the_spine_looks_from_the_feet():
    scenes, errors = load_catalog()
    assert errors == []
    for scene in scenes:
        for step in scene.steps:
            d = VIEWS[step.camera.view].direction if step.camera.view in VIEWS else None
            if d is not None and abs(d[2]) > 0.9:
                assert step.camera.view == "inferior", (scene.id, step.title)


def check_left_root_on_screen_right(renderer, meshes, img) -> None:
    left = screen_x(renderer, np.asarray(meshes["root.L5.left"].points).mean(axis=0))
    right = screen_x(renderer, np.asarray(meshes["root.L5.right"].points).mean(axis=0))
    assert right < left, "the patient's right must be on the screen's left"
    for edge in ("left", "right", "top", "bottom"):
        assert mark_pixels(img, edge) > 15, f"no orientation mark at the {edge} edge"


def test_the_window_shows_the_pinched_left_root_on_the_screen_right_with_marks(make_window, qtbot):
    window = make_window()
    player = window.panels.playing.player
    player.camera_transition_s = 0.0
    player.set_scene("herniated_disc")
    player.go_to_step(4)  # "The pinched nerve", along the spine
    window.plotter.render()
    marks = window.viewport.marks
    assert {e: t.GetInput() for e, t in marks._texts.items()} == {
        "left": "R",
        "right": "L",
        "top": "A",
        "bottom": "P",
    }
    img = np.asarray(window.plotter.screenshot(return_img=True))
    check_left_root_on_screen_right(window.plotter.renderer, window.viewport.meshes, img)
    player.go_to_step(0)  # oblique: no marks
    window.plotter.render()
    assert all(t.GetInput() == "" for t in marks._texts.values())


@pytest.mark.parametrize("step", [1, 4])
def test_stills_clips_and_handouts_draw_it_the_same_way(model, step):
    """The off-screen scene pictures (render --scene, video, handout stills) are drawn by the
    SceneRenderer: the same convention and the same marks."""
    from app.share.scene_frame import SceneRenderer
    from scenes.catalog import find_scene
    from scenes.timeline import step_time

    scene = find_scene("herniated_disc")
    with SceneRenderer(model, size=(640, 400)) as r:
        r.set_scene(scene)
        r.player.seek(step_time(scene, step) + 1.0, force_camera=True)
        img = r.snapshot()
        check_left_root_on_screen_right(r.plotter.renderer, r.viewport.meshes, img)


def test_render_from_below_has_marks(model):
    from app.viewer.render import render_model

    img = render_model(model, size=(640, 400), view="inferior")
    for edge in ("left", "right", "top", "bottom"):
        assert mark_pixels(img, edge) > 20, edge
    oblique = render_model(model, size=(640, 400), view="oblique")
    assert all(mark_pixels(oblique, e) < 12 for e in ("left", "right", "top", "bottom"))
