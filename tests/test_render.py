"""Off-screen pictures through the same viewport code as the window: real VTK, real OpenGL."""

from __future__ import annotations

import numpy as np
import pytest
from test_window import bone_fraction

from app.viewer.viewport import Viewport, is_software_renderer, signed_volume, vertex_normals

SIZE = (480, 300)


@pytest.fixture(scope="module")
def oblique(model):
    from app.viewer.render import render_model

    return render_model(model, size=SIZE, view="oblique")


def test_picture_has_the_asked_size_and_is_not_blank(oblique):
    assert oblique.shape == (SIZE[1], SIZE[0], 3)
    assert oblique.dtype == np.uint8
    assert len(np.unique(oblique.reshape(-1, 3), axis=0)) > 200, "too few colours: a blank picture"


def test_bone_colour_is_where_the_spine_is(oblique):
    assert bone_fraction(oblique) > 0.05
    h, w = oblique.shape[:2]
    corners = np.concatenate([oblique[:20, :20], oblique[:20, -20:], oblique[-20:, :20], oblique[-20:, -20:]])
    assert bone_fraction(corners, centre_only=False) == 0.0  # the corners show the background


def test_without_bones_there_is_no_bone_colour(model):
    from app.viewer.render import render_model
    from meshes.parts import PARTS

    bones = tuple(p for p in model.parts if PARTS[p].group == "bone")
    image = render_model(model, size=SIZE, view="oblique", hidden=bones)
    assert bone_fraction(image, centre_only=False) < 0.002


def test_views_show_the_spine_from_different_sides(model):
    from app.viewer.render import render_model

    left = render_model(model, size=SIZE, view="left").astype(int)
    front = render_model(model, size=SIZE, view="anterior").astype(int)
    assert np.abs(left - front).mean() > 5


def test_the_spine_fills_the_picture_but_stays_inside_it(model):
    from app.viewer.render import render_model

    image = render_model(model, size=SIZE, view="left").astype(int)
    background = image[:, :1]  # the gradient runs top to bottom; each row's left edge is background
    ink = np.abs(image - background).sum(axis=-1) > 60
    rows = np.flatnonzero(ink.any(axis=1))
    assert rows.size, "nothing drawn"
    height = rows[-1] - rows[0] + 1
    assert height > 0.7 * SIZE[1]  # the spine is framed, not lost in the middle
    assert rows[0] > 0 and rows[-1] < SIZE[1] - 1  # and not cut off


def test_normals_point_out_of_a_closed_surface():
    import pyvista as pv

    sphere = pv.Sphere(theta_resolution=24, phi_resolution=24)
    v, f = np.asarray(sphere.points, float), sphere.regular_faces
    assert signed_volume(v, f) == pytest.approx(4 / 3 * np.pi * 0.5**3, rel=0.02)
    n = vertex_normals(v, f)
    radial = v / np.linalg.norm(v, axis=1, keepdims=True)
    assert (np.einsum("ij,ij->i", n, radial) > 0.99).all()
    assert signed_volume(v, f[:, ::-1]) < 0


def test_a_part_wound_inside_out_still_faces_the_camera(model):
    from app.viewer.render import open_plotter

    pid = next(iter(model.parts))
    part = model.parts[pid]
    plotter = open_plotter(SIZE, multi_samples=0)
    try:
        viewport = Viewport(plotter)
        viewport.add_part(pid, part.vertices, part.faces[:, ::-1])
        prop = viewport.actors[pid].GetProperty()
        assert prop.GetFrontfaceCulling() and not prop.GetBackfaceCulling()
        normals = np.asarray(viewport.meshes[pid].point_data["Normals"])
        np.testing.assert_allclose(normals, vertex_normals(part.vertices, part.faces), atol=1e-5)
        viewport.set_opacity(pid, 0.5)
        assert not prop.GetFrontfaceCulling() and not prop.GetBackfaceCulling()
    finally:
        plotter.close()


def test_software_renderers_are_recognised():
    assert is_software_renderer("llvmpipe (LLVM 15.0.6, 256 bits)")
    assert is_software_renderer("SVGA3D; build: RELEASE; LLVM; softpipe")
    assert not is_software_renderer("NVIDIA GeForce RTX 3060/PCIe/SSE2")
    assert not is_software_renderer("AMD Radeon RX 6700 XT (radeonsi, navi22, LLVM 15.0.7)")
