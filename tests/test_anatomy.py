"""The procedural anatomy at rest: closed meshes, sizes from the dimension table, parts that
touch but never overlap, roots that leave through their own foramen, lordosis in range."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh
from geometry import overlaps

from meshes.dimensions import DISC_LEVELS, DISCS, LEVELS, LORDOSIS_RANGE, ROOTS, SIDES, VERTEBRAE
from meshes.layout import layout
from meshes.parts import GROUPS, PARTS


@pytest.fixture(scope="module")
def normal():
    from meshes.model import build_model

    return build_model("normal")


def test_every_part_in_the_table_is_built_closed_and_outward(model, normal):
    for m in (model, normal):
        assert list(m.parts) == list(PARTS)
        for pid, part in m.parts.items():
            mesh = trimesh.Trimesh(part.vertices, part.faces, process=False)
            assert mesh.is_watertight, pid
            assert mesh.is_winding_consistent, pid
            assert mesh.volume > 0, pid


def test_part_table_is_complete_and_readable():
    assert {p.group for p in PARTS.values()} <= set(GROUPS)
    for p in PARTS.values():
        assert p.name and p.description.endswith(".") and p.colour.startswith("#")
    assert {f"root.{r}.{s}" for r in ROOTS for s in SIDES} <= set(PARTS)


def test_triangle_budget_and_detail_levels(model, normal):
    assert normal.triangles < 250_000
    assert model.triangles < normal.triangles  # 'low' is lighter


def test_no_two_parts_overlap_at_rest(normal):
    bad = overlaps(normal, {p: m.vertices for p, m in normal.parts.items()})
    assert bad == []


def test_roots_only_share_volume_with_the_sac_at_their_sleeve(normal):
    dura = trimesh.Trimesh(normal.parts["dura"].vertices, normal.parts["dura"].faces)
    for r in ROOTS:
        for s in SIDES:
            part = normal.parts[f"root.{r}.{s}"]
            beyond_sleeve = part.vertices[part.param[:, 0] > 0.25]
            assert not dura.contains(beyond_sleeve).any(), (r, s)


def _local(bone: str, part: str, normal):
    return layout().bones[bone].to_local(normal.parts[part].vertices)


@pytest.mark.parametrize("level", LEVELS)
def test_vertebral_body_within_ten_percent_of_the_table(level, normal):
    v = VERTEBRAE[level]
    q = _local(level, f"vertebra.{level}", normal)
    body = q[(q[:, 1] > -0.3 * v.endplate_depth) & (np.abs(q[:, 0]) < 0.5 * v.endplate_width + 2)]
    width = np.ptp(body[(body[:, 2] > 2) & (body[:, 2] < 6), 0])
    assert width == pytest.approx(v.endplate_width, rel=0.10)
    mid = q[(np.abs(q[:, 0]) < 3) & (q[:, 2] > 2) & (q[:, 2] < 8) & (q[:, 1] > -0.5 * v.endplate_depth - 3)]
    assert np.ptp(mid[:, 1]) == pytest.approx(v.endplate_depth, rel=0.10)
    front = q[(np.abs(q[:, 0]) < 4) & (q[:, 1] > 0.3 * v.endplate_depth)]
    assert np.ptp(front[:, 2]) == pytest.approx(v.height_anterior, rel=0.10)


@pytest.mark.parametrize("level", DISC_LEVELS)
def test_disc_heights_within_ten_percent_of_the_table(level, normal):
    from meshes.measure import measure
    from meshes.state import HEALTHY

    m = measure(normal, HEALTHY).levels[level]
    assert m.disc_height_anterior == pytest.approx(DISCS[level].height_anterior, rel=0.10)
    assert m.disc_height_posterior == pytest.approx(DISCS[level].height_posterior, rel=0.10)


@pytest.mark.parametrize("level", DISC_LEVELS)
def test_nucleus_is_a_third_to_a_half_of_the_disc_and_sits_back(level, normal):
    from meshes.pathology import disc_frame, mesh_volume

    nuc, ann = normal.parts[f"nucleus.{level}"], normal.parts[f"annulus.{level}"]
    vn, va = mesh_volume(nuc.vertices, nuc.faces), mesh_volume(ann.vertices, ann.faces)
    assert 0.30 <= vn / (vn + va) <= 0.50
    fr = disc_frame(level)
    assert fr.local(nuc.vertices.mean(axis=0))[1] < fr.local(ann.vertices.mean(axis=0))[1]


def test_lordosis_in_the_normal_range():
    lo, hi = LORDOSIS_RANGE
    assert lo <= layout().lordosis_deg() <= hi


@pytest.mark.parametrize("root", ROOTS[:-1])
@pytest.mark.parametrize("side", SIDES)
def test_each_lumbar_root_exits_below_its_own_pedicle(root, side, normal):
    """The ganglion of root Ln lies lateral to the canal, between the pedicle of Ln above and
    the disc below it: the Ln-Ln+1 foramen (the L4 root at L4-L5)."""
    from meshes.joints import bone_canal
    from meshes.vertebra import arch_frame

    part = normal.parts[f"root.{root}.{side}"]
    rings = part.param[:, 2] == 1.0
    t = part.param[rings, 0]
    ts = np.unique(t)
    centres = np.array([part.vertices[rings][t == u].mean(axis=0) for u in ts])
    radius = np.array(
        [
            np.linalg.norm(part.vertices[rings][t == u] - c, axis=1).max()
            for u, c in zip(ts, centres, strict=True)
        ]
    )
    q = layout().bones[root].to_local(centres[np.argmax(radius)])  # the ganglion, the widest section
    cw, yb, _ = bone_canal(root)
    pedicle_bottom = arch_frame(root)["ped_bottom"]
    sign = 1 if side == "right" else -1
    assert sign * q[0] > cw, "the ganglion lies lateral to the canal, in the foramen"
    assert -DISCS[DISC_LEVELS[LEVELS.index(root)]].height_posterior < q[2] < pedicle_bottom
    assert yb - 10 < q[1] < yb + 5, "between the back of the body and the facet joint"


@pytest.mark.parametrize("side", SIDES)
def test_s1_root_leaves_through_the_first_sacral_foramen(side, normal):
    from meshes.sacrum import s1_foramen

    a, b = s1_foramen(side)
    q = layout().bones["S1"].to_local(normal.parts[f"root.S1.{side}"].vertices)
    ab = b - a
    s = np.clip((q - a) @ ab / (ab @ ab), 0, 1)
    dist = np.linalg.norm(q - (a + s[:, None] * ab), axis=1)
    assert (dist[(s > 0.2) & (s < 0.8)] < 6.5).sum() > 20


@pytest.mark.parametrize("level", DISC_LEVELS)
def test_facet_cartilage_sits_between_two_facing_processes(level, normal):
    upper, lower = level.split("-")
    for side in SIDES:
        from scipy.spatial import cKDTree

        cart = normal.parts[f"facet.{level}.{side}"].vertices
        for bone in (upper, lower):
            pid = "sacrum" if bone == "S1" else f"vertebra.{bone}"
            d, _ = cKDTree(normal.parts[pid].vertices).query(cart)
            assert (d < 1.5).sum() > 20, (level, side, bone, np.sort(d)[:5])
