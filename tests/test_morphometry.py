"""The built model measured like a patient: a healthy spine measures healthy (anatomy.md normal
ranges) and the bones keep the shapes and sizes of the dimension table, so a part that reverted
to a primitive (a cylinder body, a rod pedicle, a cone sacrum) fails here."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh

from meshes.dimensions import (
    DISC_LEVELS,
    DURAL_SAC_AREA_RELATIVE_STENOSIS,
    FORAMEN_HEIGHT_NARROW,
    FORAMEN_HEIGHT_NORMAL,
    LEVELS,
    SACRUM,
    SIDES,
    VERTEBRAE,
)
from meshes.layout import layout


@pytest.fixture(scope="module")
def normal():
    from meshes.model import build_model

    return build_model("normal")


@pytest.fixture(scope="module")
def healthy(normal):
    from meshes.measure import measure
    from meshes.state import HEALTHY

    return measure(normal, HEALTHY)


@pytest.mark.parametrize("level", DISC_LEVELS)
def test_healthy_dural_sac_is_normal_at_every_level(level, healthy):
    area = healthy.levels[level].dural_sac_area
    assert area > DURAL_SAC_AREA_RELATIVE_STENOSIS, area  # no stenosis warning on a healthy spine
    assert area < 206.0, area  # 152 +/- 54 (Schonstrom 1985)


def test_healthy_dural_sac_is_about_150_at_l4_l5(healthy):
    assert healthy.levels["L4-L5"].dural_sac_area == pytest.approx(150.0, abs=15.0)


@pytest.mark.parametrize("level", DISC_LEVELS)
def test_healthy_foramina_are_not_narrow(level, healthy):
    for side in SIDES:
        h = healthy.levels[level].foramen_height[side]
        assert FORAMEN_HEIGHT_NARROW < h <= FORAMEN_HEIGHT_NORMAL[1], (side, h)


@pytest.mark.parametrize("level", ["L4-L5", "L5-S1"])
def test_healthy_lower_foramina_in_the_normal_range(level, healthy):
    lo, hi = FORAMEN_HEIGHT_NORMAL
    for side in SIDES:
        assert lo <= healthy.levels[level].foramen_height[side] <= hi


def test_healthy_roots_are_free(healthy):
    assert not any(r.contact for r in healthy.roots.values())


def _local(normal, level):
    pid = "sacrum" if level == "S1" else f"vertebra.{level}"
    return layout().bones[level].to_local(normal.parts[pid].vertices), normal.parts[pid].faces


@pytest.mark.parametrize("level", LEVELS)
def test_transverse_span_within_ten_percent(level, normal):
    q, _ = _local(normal, level)
    assert np.ptp(q[:, 0]) == pytest.approx(VERTEBRAE[level].transverse_span, rel=0.10)


@pytest.mark.parametrize("level", LEVELS[:4])
def test_body_has_a_waist(level, normal):
    """Mid-height section 5-15% narrower than at the endplates (a cylinder has none)."""
    from meshes.layout import body_mean_height

    v = VERTEBRAE[level]
    q, _ = _local(normal, level)
    body = q[q[:, 1] > -0.3 * v.endplate_depth]
    H = body_mean_height(level)
    mid = np.ptp(body[np.abs(body[:, 2] - 0.5 * H) < 1.0, 0])
    end = np.ptp(body[(body[:, 2] > 1.5) & (body[:, 2] < 3.0), 0])
    assert 0.85 < mid / end < 0.96


@pytest.mark.parametrize("level", LEVELS[:4])
def test_pedicle_width_within_ten_percent(level, normal):
    """A section across the pedicle, perpendicular to its axis, is as wide as the table says."""
    from meshes.vertebra import pedicle_axis

    q, faces = _local(normal, level)
    mesh = trimesh.Trimesh(q, faces, process=False)
    for side in SIDES:
        front, back = pedicle_axis(level, side)
        axis = (back - front) / np.linalg.norm(back - front)
        mid = front + 0.62 * (back - front)
        section = mesh.section(plane_origin=mid, plane_normal=axis)
        pts = section.vertices[np.linalg.norm(section.vertices - mid, axis=1) < 14.0]
        across = np.cross([0.0, 0.0, 1.0], axis)
        across /= np.linalg.norm(across)
        assert np.ptp(pts @ across) == pytest.approx(VERTEBRAE[level].pedicle_width, rel=0.10)


@pytest.mark.parametrize("level", LEVELS)
def test_canal_is_a_triangle_open_behind_the_body(level, normal):
    """Midline: bone in front (the body) and behind (the lamina junction) with the canal's AP
    depth of the table between them, and nothing in it."""
    from meshes.joints import bone_canal
    from meshes.vertebra import arch_frame

    q, faces = _local(normal, level)
    mesh = trimesh.Trimesh(q, faces, process=False)
    _, yb, ca = bone_canal(level)
    z = arch_frame(level)["ped_z"] - 4.0  # just below the laminae's upper edge
    hits, _, _ = mesh.ray.intersects_location([[0.0, yb - 1.0, z]], [[0.0, -1.0, 0.0]])
    first = hits[np.argmax(hits[:, 1])][1] if len(hits) else -np.inf
    assert yb - first == pytest.approx(ca, rel=0.15)


def test_sacrum_width_and_length(normal):
    q, _ = _local(normal, "S1")
    assert np.ptp(q[:, 0]) == pytest.approx(SACRUM.ala_span, rel=0.10)
    # S1 endplate to the apex, along the chord: ~100-105 (anatomy-shape.md)
    from meshes.sacrum import sacral_curve

    chord = np.linalg.norm(sacral_curve(np.array(1.0)) - sacral_curve(np.array(0.0)))
    assert 95.0 <= chord <= 110.0
    assert np.ptp(q[:, 2]) > 95.0


def test_sacrum_has_foramina_that_go_through(normal):
    """Genus of the closed sacrum: the canal plus every foramen that opens into it (a cone has
    genus 0). At least the canal and the four anterior pairs."""
    s = normal.parts["sacrum"]
    edges = 3 * len(s.faces) // 2
    genus = 1 - (len(s.vertices) - edges + len(s.faces)) // 2
    assert genus >= 9
