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


@pytest.mark.parametrize("level", DISC_LEVELS)
def test_healthy_foramina_in_the_normal_range(level, healthy):
    lo, hi = FORAMEN_HEIGHT_NORMAL  # L1-L2 too: 17.3 mm before its inferior notch was deepened
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


@pytest.mark.parametrize("level", DISC_LEVELS)
def test_facet_joint_angle_from_sagittal(level, normal):
    """The cartilage between the facets, at the joint centre, lies at the level's angle from the
    sagittal plane (anatomy.md: near sagittal at L1-L2 turning toward coronal below)."""
    from meshes.joints import joints

    upper, lower = level.split("-")
    frame = layout().bones[lower]
    for side in SIDES:
        j = joints()[(level, side)]
        part = normal.parts[f"facet.{level}.{side}"]
        mesh = trimesh.Trimesh(frame.to_local(part.vertices), part.faces, process=False)
        centre = frame.to_local(j.centre[None])[0]
        near = np.linalg.norm(mesh.triangles_center - centre, axis=1) < 5.0
        fn = mesh.face_normals[near] * mesh.area_faces[near, None]
        ref = frame.R.T @ j.normal
        n = (fn * np.sign(fn @ ref)[:, None]).sum(axis=0)  # both faces of the plate, one way
        angle = np.degrees(np.arctan2(abs(n[1]), abs(n[0])))  # normal from the x axis = plane from sagittal
        assert angle == pytest.approx(VERTEBRAE[upper].facet_angle, abs=6.0), (side, angle)


def test_facets_are_curved_and_nested(normal):
    """The superior facet is concave toward the joint (a J/C in top view), not flat: its
    cartilage bends by several degrees across its width at L4-L5."""
    from meshes.joints import joints

    j = joints()[("L4-L5", "left")]
    cart = normal.parts["facet.L4-L5.left"].vertices
    w = (cart - j.centre) @ j.u
    ends = [cart[np.abs(w - x) < 1.5] for x in (-4.0, 7.0)]
    normals = []
    for pts in ends:
        q = pts - pts.mean(axis=0)
        normals.append(np.linalg.svd(q, full_matrices=False)[2][-1])
    bend = np.degrees(np.arccos(min(1.0, abs(float(normals[0] @ normals[1])))))
    assert bend > 15.0


@pytest.mark.parametrize("level", LEVELS)
def test_lamina_is_a_plate_of_its_thickness(level, normal):
    """Across the middle of each lamina (perpendicular to it in top view) the bone is ~6 mm."""
    from meshes.dimensions import LAMINA_THICKNESS
    from meshes.vertebra import LAMINA_LEAN, arch_frame

    q, faces = _local(normal, level)
    mesh = trimesh.Trimesh(q, faces, process=False)
    a = arch_frame(level)
    z = a["ped_z"] - 4.0
    for s in (-1.0, 1.0):
        pa = np.array([s * a["x_lat"], a["y_lat"]])
        pb = np.array([0.0, a["y_mid"]])
        mid = 0.55 * pa + 0.45 * pb
        d = (pb - pa) / np.linalg.norm(pb - pa)
        inward = np.array([d[1], -d[0]])
        inward = inward if inward[1] > 0 else -inward  # toward the canal (forward)
        shift = LAMINA_LEAN * (z - a["ped_z"])  # the plate leans: lower down it lies further back
        origin = np.array([*(mid + 8.0 * inward + np.array([0.0, shift])), z])
        locs, _, _ = mesh.ray.intersects_location([origin], [[*(-inward), 0.0]])
        t = np.sort((locs[:, :2] - origin[:2]) @ (-inward))
        assert len(t) >= 2
        # slope of the lamina makes a horizontal cut a little thicker than the plate itself
        assert t[1] - t[0] == pytest.approx(LAMINA_THICKNESS, rel=0.3)


@pytest.mark.parametrize("level", LEVELS)
def test_spinous_process_is_a_tall_plate(level, normal):
    """Near its tip the spinous process is as tall as the table says (a hatchet, not a horn)."""
    from meshes.dimensions import LAMINA_THICKNESS, SPINOUS_HEIGHT
    from meshes.vertebra import arch_frame

    q, _ = _local(normal, level)
    a = arch_frame(level)
    y_tip = a["y_mid"] - 0.5 * LAMINA_THICKNESS - VERTEBRAE[level].spinous_length
    band = q[(np.abs(q[:, 0]) < 6.0) & (np.abs(q[:, 1] - (y_tip + 6.0)) < 1.0)]
    assert np.ptp(band[:, 2]) == pytest.approx(SPINOUS_HEIGHT[level], rel=0.15)


def test_s1_endplate_size(normal):
    q, _ = _local(normal, "S1")
    top = q[(q[:, 2] > -2.5) & (np.abs(q[:, 0]) < 30.0) & (q[:, 1] > -25.0)]
    assert np.ptp(top[:, 0]) == pytest.approx(SACRUM.endplate_width, rel=0.10)
    mid = top[np.abs(top[:, 0]) < 3.0]
    assert np.ptp(mid[:, 1]) == pytest.approx(SACRUM.endplate_depth, rel=0.10)


@pytest.mark.parametrize("k", [1, 2, 3, 4])
def test_anterior_sacral_foramina_open_into_the_canal(k, normal):
    """A ray from the canal along each anterior foramen's axis leaves the sacrum without
    crossing bone (the hole goes through)."""
    from meshes.sacrum import sacral_foramen

    q, faces = _local(normal, "S1")
    mesh = trimesh.Trimesh(q, faces, process=False)
    for side in SIDES:
        a, b = sacral_foramen(k, side)
        d = (b - a) / np.linalg.norm(b - a)
        assert not mesh.contains([a])[0], "the canal end of the foramen is open"
        hits = mesh.ray.intersects_location([a], [d])[0]
        assert len(hits) == 0 or np.min((hits - a) @ d) > np.linalg.norm(b - a) - 2.0


def test_sacral_roots_leave_through_their_own_foramina(normal):
    from meshes.dimensions import SACRAL_ROOTS
    from meshes.sacrum import sacral_foramen

    frame = layout().bones["S1"]
    for k, r in enumerate(SACRAL_ROOTS, start=2):
        for side in SIDES:
            a, b = sacral_foramen(k, side)
            q = frame.to_local(normal.parts[f"root.{r}.{side}"].vertices)
            ab = b - a
            s = np.clip((q - a) @ ab / (ab @ ab), 0, 1)
            dist = np.linalg.norm(q - (a + s[:, None] * ab), axis=1)
            assert (dist[(s > 0.2) & (s < 0.8)] < 5.0).sum() > 10, (r, side)


@pytest.mark.parametrize("root", ["L1", "L2", "L3", "L4", "L5", "S1", "S2", "S3", "S4"])
def test_nerves_go_on_beyond_their_foramen(root, normal):
    """Each nerve runs on for several centimetres (it leaves the region shown), not stopping
    just outside its foramen."""
    for side in SIDES:
        v = normal.parts[f"root.{root}.{side}"].vertices
        prm = normal.parts[f"root.{root}.{side}"].param
        rings = prm[:, 2] == 1.0
        ts = np.unique(prm[rings, 0])
        centres = np.array([v[rings][prm[rings, 0] == t].mean(axis=0) for t in ts])
        length = np.linalg.norm(np.diff(centres, axis=0), axis=1).sum()
        assert length > 80.0, (side, length)


@pytest.mark.parametrize("scene_id", ["herniated_disc", "degenerated_disc"])
def test_fixed_topology_through_a_scene(scene_id, normal):
    """Animation only moves vertices: every part keeps its vertex count at every preset's end
    (the sacral roots S2-S4 included)."""
    from meshes.pathology import deform
    from scenes.catalog import find_scene
    from scenes.timeline import frame_at

    scene = find_scene(scene_id)
    v = deform(normal, frame_at(scene, scene.duration).state)
    assert set(v) == set(normal.parts)
    for pid, part in normal.parts.items():
        assert v[pid].shape == part.vertices.shape, pid


@pytest.mark.parametrize("level", LEVELS)
def test_lateral_recess_is_not_narrow(level, normal):
    """Lateral recess depth (Ciric): from the back of the body, beside the canal under the
    pedicle's upper border, no bone (superior articular process, lamina) within 5 mm behind."""
    from meshes.vertebra import arch_frame

    q, faces = _local(normal, level)
    mesh = trimesh.Trimesh(q, faces, process=False)
    a = arch_frame(level)
    for s in (-1.0, 1.0):
        for z in (a["ped_top"] - 1.0, a["ped_z"]):
            start = np.array([s * (a["cw"] - 1.5), a["yb"] + 6.0, z])  # inside the body
            hits = mesh.ray.intersects_location([start], [[0.0, -1.0, 0.0]])[0]
            ys = np.sort(hits[:, 1])[::-1] if len(hits) else np.array([])
            assert len(ys) >= 1, "the ray leaves the body through its back wall"
            behind = ys[1:]
            assert len(behind) == 0 or ys[0] - behind[0] > 5.0, (s, z, ys[:3])


def test_a_cold_build_reports_its_progress():
    """build_model(progress=...) hears (fraction, plain words) going up to 1.0 (for a progress bar)."""
    from meshes.model import build_model

    heard: list[tuple[float, str]] = []
    model = build_model("low", use_cache=False, progress=lambda f, text: heard.append((f, text)))
    fractions = [f for f, _ in heard]
    assert len(heard) > 10 and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert all(text and text[0].isupper() for _, text in heard)
    assert set(model.parts) >= {"root.S2.left", "root.S4.right"}


@pytest.mark.parametrize("level", LEVELS[:4])
def test_pedicle_height_within_ten_percent(level, normal):
    """A section across the pedicle's waist is as tall as the table says: the notches above and
    below it may thin it, but by less than a tenth."""
    from meshes.vertebra import pedicle_axis

    q, faces = _local(normal, level)
    mesh = trimesh.Trimesh(q, faces, process=False)
    for side in SIDES:
        front, back = pedicle_axis(level, side)
        mid = front + 0.62 * (back - front)
        section = mesh.section(plane_origin=mid, plane_normal=(back - front) / np.linalg.norm(back - front))
        pts = section.vertices[np.linalg.norm(section.vertices - mid, axis=1) < 14.0]
        assert np.ptp(pts[:, 2]) == pytest.approx(VERTEBRAE[level].pedicle_height, rel=0.10)


def _blade_section(mesh, level: str, s: float, x: float):
    """(height, front-to-back thickness, mean height above the pedicle axis) of the transverse
    process cut by the sagittal plane |x| = x."""
    from meshes.vertebra import arch_frame

    a = arch_frame(level)
    section = mesh.section(plane_origin=[s * x, 0.0, 0.0], plane_normal=[1.0, 0.0, 0.0])
    p = section.vertices
    p = p[(np.abs(p[:, 2] - a["ped_z"]) < 15.0) & (p[:, 1] > a["yb"] - 30.0)]
    return np.ptp(p[:, 2]), np.ptp(p[:, 1]), p[:, 2].mean() - a["ped_z"]


@pytest.mark.parametrize("level", LEVELS[:4])
def test_transverse_process_is_a_blade_tapering_to_a_rounded_tip(level, normal):
    """L1-L4: taller than thick, tapering to a rounded tip (a rod cut square has its full height
    up to its end) and rising a little from its root (anatomy-shape.md)."""
    q, faces = _local(normal, level)
    mesh = trimesh.Trimesh(q, faces, process=False)
    for s in (-1.0, 1.0):
        tip = np.max(s * q[:, 0])
        h_mid, t_mid, _ = _blade_section(mesh, level, s, 0.5 * VERTEBRAE[level].transverse_span - 8.0)
        h_tip, _, rise = _blade_section(mesh, level, s, tip - 1.5)
        assert h_mid > 1.4 * t_mid, (s, h_mid, t_mid)  # a flattened blade
        assert h_tip < 0.8 * h_mid, (s, h_tip, h_mid)  # a rounded tip
        assert rise > 1.0, (s, rise)  # swept up a little


def test_l5_transverse_process_is_thicker_than_l4s(normal):
    """L5's transverse processes are thick cones (about twice the others), L1-L4's thin blades."""
    thick = {}
    for level in ("L4", "L5"):
        q, faces = _local(normal, level)
        mesh = trimesh.Trimesh(q, faces, process=False)
        x = 0.5 * VERTEBRAE[level].transverse_span - 8.0
        thick[level] = _blade_section(mesh, level, 1.0, x)[1]
    assert thick["L5"] > 1.3 * thick["L4"], thick


@pytest.mark.parametrize("level", DISC_LEVELS[:4])
def test_superior_articular_process_is_a_pillar(level, normal):
    """The lower bone's superior articular process is a pillar rising from its pedicle past the
    top of its facet to a rounded tip (not an oval plate around the facet): its highest point
    stands at least 2.5 mm above the joint cartilage, and at least 14 mm above the pedicle."""
    from meshes.joints import bone_canal
    from meshes.vertebra import arch_frame

    lower = level.split("-")[1]
    q, _ = _local(normal, lower)
    a = arch_frame(lower)
    cw, yb, _ = bone_canal(lower)
    for s, side in ((-1.0, "left"), (1.0, "right")):
        sap = q[(s * q[:, 0] > cw) & (q[:, 1] < yb - 4.0) & (q[:, 2] > a["ped_top"] + 1.0)]
        cart = layout().bones[lower].to_local(normal.parts[f"facet.{level}.{side}"].vertices)
        assert sap[:, 2].max() - cart[:, 2].max() > 2.5, (side, sap[:, 2].max(), cart[:, 2].max())
        assert sap[:, 2].max() - a["ped_top"] > 14.0, (side, sap[:, 2].max() - a["ped_top"])


def test_coccyx_hangs_below_the_apex_and_tapers(normal):
    """The sacrum mesh goes on below its apex as a small tailbone (several fused segments, ~30
    mm, narrowing to a tip) instead of stopping at the apex."""
    from meshes.sacrum import _curve_frame

    q, _ = _local(normal, "S1")
    c, tan, _ = _curve_frame(np.array([1.0]))
    beyond = (q - c[0]) @ tan[0]
    tail = q[beyond > 3.0]
    length = beyond.max()
    assert 20.0 < length < 45.0, length
    top = tail[(q[beyond > 3.0] - c[0]) @ tan[0] < 8.0]
    tip = tail[(tail - c[0]) @ tan[0] > length - 8.0]
    assert np.ptp(tip[:, 0]) < 0.6 * np.ptp(top[:, 0]), (np.ptp(tip[:, 0]), np.ptp(top[:, 0]))
