"""Labelled reference renders of L4 and the sacrum (docs/anatomy/*.png).

Run from the repository root: ``xvfb-run -a python3 docs/anatomy/make_renders.py``. Each bone
is drawn in its own frame (+y front, +z up), orthographic, with part names on leader lines.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyvista as pv

from meshes.dimensions import FACET_JOINT_SPACE, VERTEBRAE
from meshes.joints import joints
from meshes.layout import layout
from meshes.model import build_model
from meshes.processes import BLADE_RISE, BLADE_SWEEP, blade_direction, mamillary_knob
from meshes.sacrum import (
    FORAMEN_T,
    HIATUS_T,
    canal_point,
    coccyx_segments,
    posterior_foramen,
    sacral_curve,
    sacral_foramen,
)
from meshes.vertebra import _joint_local, arch_frame, pedicle_axis, transverse_root

OUT = Path(__file__).parent
BONE = "#E6DCC3"
CUT = "#C98B6B"


def poly(v, f):
    return pv.PolyData(v, np.hstack([np.full((len(f), 1), 3), f]).ravel())


def local_mesh(model, bone):
    pid = "sacrum" if bone == "S1" else f"vertebra.{bone}"
    f = layout().bones[bone]
    return poly(f.to_local(model.parts[pid].vertices), model.parts[pid].faces)


def joint_local(disc, side, bone):
    j = joints()[(disc, side)]
    f = layout().bones[bone]
    c = f.to_local(j.centre[None])[0]
    n = f.R.T @ j.normal
    return c, n


def render(mesh, labels, camera, up, out, title, size=(1400, 1100), cut=None):
    """labels: (name, anchor point, direction in screen-ish world units to put the text)."""
    pl = pv.Plotter(off_screen=True, window_size=size)
    pl.set_background("white")
    pl.add_mesh(mesh, color=BONE, smooth_shading=True, specular=0.2)
    if cut is not None:
        pl.add_mesh(cut, color=CUT, smooth_shading=False)
    for name, anchor, offset in labels:
        anchor = np.asarray(anchor, float)
        tip = anchor + np.asarray(offset, float)
        pl.add_mesh(pv.Line(anchor, tip), color="#333333", line_width=2)
        pl.add_mesh(pv.Sphere(0.9, anchor), color="#333333")
        pl.add_point_labels(
            [tip],
            [name],
            font_size=22,
            point_size=1,
            shape_opacity=0.85,
            shape_color="white",
            text_color="#111111",
            always_visible=True,
            show_points=False,
        )
    c = np.array(mesh.center)
    pl.camera_position = [c + np.asarray(camera, float) * 400, c, up]
    pl.enable_parallel_projection()
    pl.reset_camera()
    pl.camera.zoom(1.2)
    pl.add_text(title, font_size=14, color="#111111")
    pl.screenshot(str(OUT / out))
    pl.close()
    print("wrote", OUT / out)


def l4(model):
    lv = "L4"
    v = VERTEBRAE[lv]
    a = arch_frame(lv)
    m = local_mesh(model, lv)
    H, yb = a["H"], a["yb"]
    fr, bk = pedicle_axis(lv, "left")
    frr, bkr = pedicle_axis(lv, "right")
    sap_c, sap_n = joint_local("L3-L4", "left", lv)
    iap_c, iap_n = joint_local("L4-L5", "left", lv)
    sap_r, _ = joint_local("L3-L4", "right", lv)
    iap_r, iap_nr = joint_local("L4-L5", "right", lv)
    sap = sap_c - sap_n * (0.5 * FACET_JOINT_SPACE + 3.0) + np.array([0, 0, 4.0])
    sapr = sap_r + np.array([3.0, 2.0, 4.0])
    iap = iap_c + iap_n * (0.5 * FACET_JOINT_SPACE + 3.0) - np.array([0, 0, 3.0])
    iapr = iap_r + iap_nr * 4.0 - np.array([0, 0, 3.0])
    base, half_span = transverse_root(lv, "left")
    d = blade_direction(-1.0, BLADE_SWEEP, BLADE_RISE)
    tp_l = base + d * ((half_span - abs(base[0])) / abs(d[0]) - 7.0)  # near the tip of the blade
    tp_r = tp_l * [-1, 1, 1]
    tip = np.array([0.0, a["y_mid"] - 3.0 - v.spinous_length + 4.0, a["lam_top"] - 12.0])
    lam = np.array([-0.5 * a["x_lat"], 0.5 * (a["y_lat"] + a["y_mid"]) - 3.0, a["lam_bottom"] + 10.0])
    np.array([-(a["x_lat"] + 1.0), a["y_lat"] - 5.0, a["ped_bottom"] - 4.0])
    body_front = np.array([0.0, 0.5 * v.endplate_depth, 0.5 * H])
    rim = np.array([12.0, 0.45 * v.endplate_depth, H])
    endplate = np.array([0.0, 2.0, H - 1.5])
    pars_b = np.array([-(a["x_lat"] + 1.5), a["y_lat"] - 6.0, a["ped_bottom"] - 2.0])
    # front
    render(
        m,
        [
            ("vertebral body (waist)", body_front, (30, 40, -22)),
            ("ring apophysis (rim)", rim, (18, 40, 16)),
            ("superior articular process", sap + [0, 0, 5], (-18, 0, 22)),
            ("transverse process", tp_r + [0, 6, 0], (14, 0, -20)),
            ("pedicle", fr + [0, 4, 0], (-30, 30, -28)),
            ("inferior articular process", iapr + [0, 0, -4], (20, 20, -22)),
        ],
        (0, 1, 0),
        (0, 0, 1),
        "L4-front.png",
        "L4 vertebra, front (anterior) view",
    )
    # side (from the left)
    render(
        m,
        [
            ("vertebral body", body_front - [0, 6, 0], (0, 20, -24)),
            ("pedicle", 0.5 * (fr + bk) - [0, 0, 0], (0, 10, 30)),
            ("superior articular process", sap + [0, 0, 6], (0, -10, 22)),
            ("inferior articular process", iap - [0, 0, 4], (0, 6, -24)),
            ("transverse process", tp_l, (0, -6, 30)),
            ("spinous process (hatchet)", tip, (0, -6, -26)),
            ("inferior vertebral notch", np.array([-14.0, yb - 4.0, a["ped_bottom"] - 3.0]), (0, 24, -30)),
            ("pars interarticularis", pars_b, (0, -26, -12)),
        ],
        (-1, 0, 0),
        (0, 0, 1),
        "L4-side.png",
        "L4 vertebra, left side (lateral) view",
    )
    # back (seen from behind the patient's left is on the viewer's left)
    jl = joints()[("L3-L4", "left")]
    f4 = layout().bones[lv]
    knob = mamillary_knob(_joint_local(jl, f4.to_local))[0]
    back_lam = np.array([-0.5 * a["x_lat"], 0.5 * (a["y_lat"] + a["y_mid"]) - 3.5, a["ped_z"] - 4.0])
    back_lamr = back_lam * [-1, 1, 1]
    render(
        m,
        [
            ("spinous process", tip + [0, -3, 5], (8, -10, -30)),
            ("lamina", back_lam, (-10, -10, 26)),
            ("lamina", back_lamr, (10, -10, 26)),
            ("pars interarticularis", pars_b, (-22, -10, -8)),
            ("superior articular facet (concave)", sapr + [0, -4, 0], (6, -10, 24)),
            ("inferior articular process", iap + [0, -3, 0], (-14, -10, -24)),
            ("transverse process", tp_l, (-6, -10, 24)),
            ("mamillary process", knob, (-30, -10, 4)),
        ],
        (0, -1, 0),
        (0, 0, 1),
        "L4-back.png",
        "L4 vertebra, back (posterior) view",
    )
    # top
    render(
        m,
        [
            ("vertebral body (kidney outline)", endplate + [0, 8, 0], (30, 26, 0)),
            ("dished endplate", endplate, (-32, 26, 0)),
            ("vertebral canal", np.array([0.0, yb - 0.5 * a["ca"], H]), (34, -8, 0)),
            ("pedicle", 0.5 * (frr + bkr) + [0, 0, 7], (30, 12, 0)),
            ("superior articular facet (J-shaped)", sap_r + [-2, 2, 8], (8, -22, 0)),
            ("transverse process", tp_l + [0, 0, 6], (-12, 20, 0)),
            ("lamina", lam + [0, 4, 12], (-30, -16, 0)),
            ("spinous process", tip + [0, 4, 10], (18, -12, 0)),
        ],
        (0, 0, 1),
        (0, 1, 0),
        "L4-top.png",
        "L4 vertebra, top (superior) view",
    )
    # axial section through the pedicles, seen from above
    z = a["ped_z"] - 1.5
    below = m.clip_closed_surface(normal=(0, 0, -1), origin=(0, 0, z))  # keeps what lies below
    nrm = below.compute_normals(cell_normals=True, point_normals=False)["Normals"]
    cap_ids = np.nonzero(nrm[:, 2] > 0.999)[0]
    cut = below.extract_cells(cap_ids).extract_surface(algorithm="dataset_surface")
    cut = cut.translate((0.0, 0.0, 0.05))  # just above the clipped mesh's own cap, so it wins the depth test
    render(
        below,
        [
            ("body (kidney section)", np.array([0.0, 6.0, z]), (32, 22, 0)),
            ("pedicle (oval)", 0.5 * (fr + bk) * [1, 1, 0] + [0, 0, z], (-32, 20, 0)),
            ("pedicle (oval)", 0.5 * (frr + bkr) * [1, 1, 0] + [0, 0, z], (30, 16, 0)),
            ("vertebral canal (triangle)", np.array([0.0, yb - 0.45 * a["ca"], z]), (36, -6, 0)),
            ("laminae meet at the spinous root", np.array([0.0, a["y_mid"] - 2.0, z]), (30, -22, 0)),
            ("transverse process", tp_r * [1, 1, 0] + [0, 0, z], (6, -18, 0)),
        ],
        (0, 0, 1),
        (0, 1, 0),
        "L4-axial-section.png",
        f"L4, axial section through the pedicles (z = {z:.0f} mm)",
        cut=cut,
    )


def sacrum(model):
    m = local_mesh(model, "S1")
    s1 = sacral_curve(np.array(0.0))
    prom = np.array([0.0, 16.5, -1.0])
    ala = np.array([-36.0, 2.0, -9.0])
    alar = np.array([36.0, 2.0, -9.0])
    fa = [sacral_foramen(k, "left")[1] for k in range(1, 5)]
    pf = [posterior_foramen(k, "left")[1] for k in range(1, 5)]
    ridge = sacral_curve(np.array(FORAMEN_T[1])) + np.array([0.0, 9.0, 0.0])
    apex = sacral_curve(np.array(1.0))
    coccyx = coccyx_segments()[0][1]
    j = joints()[("L5-S1", "right")]
    sap = layout().bones["S1"].to_local(j.centre[None])[0] + np.array([3.0, 0.0, 3.0])
    crest = canal_point(np.array([0.35]))[0] + np.array([0.0, -16.0, 0.0])
    hiatus = canal_point(np.array([HIATUS_T + 0.08]))[0] + np.array([0.0, -4.0, 0.0])
    canal = canal_point(np.array([0.0]))[0]
    del s1
    render(
        m,
        [
            ("promontory (S1 body)", prom, (26, 30, 22)),
            ("ala", ala + [0, 6, 0], (-26, 20, 16)),
            ("anterior sacral foramen S1", fa[0] + [0, 3, 0], (-34, 10, 8)),
            ("S2", fa[1] + [0, 3, 0], (-34, 10, 0)),
            ("S3", fa[2] + [0, 3, 0], (-30, 10, -4)),
            ("S4", fa[3] + [0, 3, 0], (-28, 10, -8)),
            ("transverse ridge", ridge, (40, 20, -4)),
            ("superior articular process", sap, (24, 0, 22)),
            ("apex", apex + [0, 3, 0], (20, 10, -14)),
            ("coccyx (tailbone)", coccyx + [0, 4, 0], (-22, 10, -10)),
            ("auricular surface (edge)", alar + [12, -6, -14], (16, 0, -18)),
        ],
        (0, 1, 0),
        (0, 0, 1),
        "sacrum-front.png",
        "Sacrum, front (pelvic) view",
        size=(1300, 1300),
    )
    render(
        m,
        [
            ("S1 upper endplate", np.array([0.0, 0.0, 0.0]), (0, 30, 20)),
            ("promontory", prom, (0, 24, -8)),
            ("concave pelvic surface", sacral_curve(np.array(0.5)) + [0, 7, 0], (0, 30, -6)),
            ("ala / auricular surface", ala + [-10, -6, -8], (0, -6, 30)),
            ("median sacral crest", crest, (0, -22, 6)),
            ("sacral hiatus", hiatus, (0, -18, -14)),
            ("coccyx", coccyx, (0, 10, -18)),
            ("superior articular process", sap * [-1, 1, 1], (0, -22, 14)),
        ],
        (-1, 0, 0),
        (0, 0, 1),
        "sacrum-side.png",
        "Sacrum, left side (lateral) view",
        size=(1300, 1300),
    )
    render(
        m,
        [
            ("median sacral crest", crest + [0, -2, 0], (20, -20, 10)),
            ("posterior sacral foramen S1", pf[0] + [0, -2, 0], (-36, -10, 10)),
            ("S2", pf[1] + [0, -2, 0], (-36, -10, 0)),
            ("S3", pf[2] + [0, -2, 0], (-34, -10, -6)),
            ("S4", pf[3] + [0, -2, 0], (-30, -10, -10)),
            ("sacral hiatus", hiatus + [0, -2, 0], (26, -10, -12)),
            ("sacral canal (opening)", canal + [0, 4, 4], (-34, -10, 24)),
            ("superior articular process", sap + [0, -4, 2], (20, -10, 18)),
            ("ala", alar + [0, -8, 0], (20, -10, 8)),
        ],
        (0, -1, 0),
        (0, 0, 1),
        "sacrum-back.png",
        "Sacrum, back (dorsal) view",
        size=(1300, 1300),
    )


if __name__ == "__main__":
    model = build_model("normal")
    l4(model)
    sacrum(model)
