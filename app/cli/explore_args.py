"""Command-line options for scripted stills: ``--xray``, ``--clip``, ``--labels``, ``--select``.

``render`` adds them with :func:`add_explore_arguments` and passes :func:`explore_decorator`'s
result to ``app.viewer.render.render_model``, which calls it on the off-screen plotter before the shot.
A bad value is one argparse error line (exit status 2) naming what is allowed.
"""

from __future__ import annotations

import argparse
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from app.i18n import translate

CLIP_HELP = (
    "cut the model open: axial@DISC (across the middle of a disc, e.g. axial@L4-L5), or "
    "sagittal:MM, coronal:MM, axial:MM (mm from the middle of the spine). The camera then faces the "
    "cut; with --view the cut keeps the far side from that view, so its face is seen. Add :flip to "
    "keep the other side"
)


@dataclass(frozen=True)
class ClipSpec:
    kind: str
    offset: float = 0.0
    disc: str | None = None
    flip: bool = False


def parse_clip(text: str) -> ClipSpec:
    """'axial@L4-L5', 'sagittal:5', 'coronal:-10', 'axial:20:flip' -> ClipSpec; else argparse error."""
    from app.viewer.sections import PLANE_KINDS, PLANE_RANGE_MM
    from meshes.dimensions import DISC_LEVELS

    allowed = (
        f"use axial@DISC with DISC one of {', '.join(DISC_LEVELS)}, or PLANE:MM with PLANE one of "
        f"{', '.join(PLANE_KINDS)} (add :flip to keep the other side)"
    )
    t = text.strip()
    m = re.fullmatch(r"(?i)axial@([A-Za-z0-9-]+)(:flip)?", t)
    if m:
        disc = m.group(1).upper()
        if disc not in DISC_LEVELS:
            raise argparse.ArgumentTypeError(
                translate("explore_args", "'{text}' names no disc; {allowed}").format(
                    text=text, allowed=allowed
                )
            )
        return ClipSpec("axial", 0.0, disc, bool(m.group(2)))
    m = re.fullmatch(r"(?i)([a-z]+):([-+]?\d+(?:\.\d+)?)(:flip)?", t)
    if not m or m.group(1).lower() not in PLANE_KINDS:
        raise argparse.ArgumentTypeError(
            translate("explore_args", "'{text}' is not a cut; {allowed}").format(text=text, allowed=allowed)
        )
    kind = m.group(1).lower()
    offset = float(m.group(2))
    lo, hi = PLANE_RANGE_MM[kind]
    if not lo <= offset <= hi:
        raise argparse.ArgumentTypeError(
            translate(
                "explore_args", "a {kind} cut at {offset:g} mm misses the spine; use {lo:g} to {hi:g} mm"
            ).format(kind=kind, offset=offset, lo=lo, hi=hi)
        )
    return ClipSpec(kind, offset, None, bool(m.group(3)))


def parse_part(text: str) -> str:
    """A part id from meshes.parts.PARTS (e.g. dura, root.L5.left); else an argparse error."""
    from meshes.parts import PARTS

    if text in PARTS:
        return text
    near = [p for p in PARTS if text.lower() in p.lower()][:6]
    hint = (
        f"; did you mean {', '.join(near)}"
        if near
        else "; e.g. dura, vertebra.L4, annulus.L4-L5, root.L5.left"
    )
    raise argparse.ArgumentTypeError(
        translate("explore_args", "'{text}' is not a part id{hint}").format(text=text, hint=hint)
    )


def add_explore_arguments(parser: argparse.ArgumentParser) -> None:
    g = parser.add_argument_group("looking inside")
    g.add_argument(
        "--xray",
        action="store_true",
        help=translate("explore_args", "bones see-through; discs, nerves and sac solid"),
    )
    g.add_argument("--clip", type=parse_clip, metavar="SPEC", help=CLIP_HELP)
    g.add_argument(
        "--labels",
        action="store_true",
        help=translate("explore_args", "name the main structures with leader lines"),
    )
    g.add_argument(
        "--select",
        type=parse_part,
        metavar="PART_ID",
        help=translate("explore_args", "outline one part and caption it with its name"),
    )


def explore_decorator(args: argparse.Namespace) -> Callable | None:
    """A function (plotter, viewport) -> None applying the options, or None when none was given."""
    xray = bool(getattr(args, "xray", False))
    clip: ClipSpec | None = getattr(args, "clip", None)
    labels = bool(getattr(args, "labels", False))
    select: str | None = getattr(args, "select", None)
    if not (xray or clip or labels or select):
        return None
    from scenes.views import DEFAULT_VIEW

    face_cut = getattr(args, "view", DEFAULT_VIEW) == DEFAULT_VIEW

    def decorate(plotter, viewport) -> None:
        decorate_still(
            plotter, viewport, xray=xray, clip=clip, labels=labels, select=select, face_cut=face_cut
        )

    return decorate


def decorate_still(
    plotter,
    viewport,
    xray=False,
    clip: ClipSpec | None = None,
    labels=False,
    select: str | None = None,
    face_cut: bool = True,
) -> None:
    """Apply x-ray, a cut with filled caps, labels and a selected part's outline to a plotter."""
    from meshes.parts import PARTS

    reserved = 0.0
    if xray:
        from app.explore.xray import XRAY_OPACITY, sort_translucency

        sort_translucency(plotter)
        for pid in viewport.actors:
            info = PARTS.get(pid)
            value = XRAY_OPACITY.get(info.group if info else "", 1.0)
            if value < 1.0:
                viewport.set_opacity(pid, value)
    if clip is not None:
        from app.viewer.section_actors import cap_actors, clip_actor, cut_layers, section_anchors
        from app.viewer.sections import facing_camera, plane_for

        # Facing the cut, the camera goes where it sees the cut face; from a named view the
        # plane keeps the far side from that camera, so the cut face is what the picture shows.
        camera = None if face_cut else plotter.renderer.GetActiveCamera().GetPosition()
        plane, up = plane_for(clip.kind, clip.offset, clip.flip, clip.disc, camera=camera)
        vtk_plane = plane.vtk()
        for actor in viewport.actors.values():
            clip_actor(actor, [vtk_plane])
        layers = cut_layers(viewport, plane, quality="still")
        for section, opacity in layers:
            for actor in cap_actors(section, opacity):
                plotter.renderer.AddActor(actor)
        anchors = {}
        for section, _ in layers:
            anchors.update(section_anchors(section))
        if face_cut:
            cam = plotter.renderer.GetActiveCamera()
            w, h = plotter.window_size
            shown = [section for section, _ in layers]
            pos, focal, up = facing_camera(shown, plane, up, cam.GetViewAngle(), w / max(h, 1))
            cam.SetFocalPoint(*focal)
            cam.SetPosition(*pos)
            cam.SetViewUp(*up)
            plotter.renderer.ResetCameraClippingRange()
            plotter.renderer.camera_set = True
        # (the viewport's own R/L and A/P marks name the cut's sides)
    if select is not None and select in viewport.actors:
        from vtkmodules.vtkRenderingCore import vtkTextActor

        from app.explore.picking import outline_actor

        outline, _ = outline_actor(viewport, select)
        outline.GetProperty().SetLineWidth(4.0)
        plotter.renderer.AddActor(outline)
        info = PARTS.get(select)
        text = f"{info.name}\n" + "\n".join(textwrap.wrap(info.description, 56)) if info else select
        caption = vtkTextActor()
        caption.SetInput(text)
        prop = caption.GetTextProperty()
        prop.SetFontSize(max(14, round(plotter.window_size[1] / 40)))
        prop.SetColor(1.0, 1.0, 1.0)
        prop.SetBackgroundColor(0.08, 0.1, 0.13)
        prop.SetBackgroundOpacity(0.75)
        prop.SetVerticalJustificationToBottom()
        caption.SetDisplayPosition(16, 16)
        plotter.renderer.AddViewProp(caption)
        reserved = (text.count("\n") + 1) * 1.25 * prop.GetFontSize() + 28
    if labels:
        from app.viewer.labels import LabelLayer

        layer = LabelLayer(viewport, scale=max(1.0, plotter.window_size[1] / 800))
        layer.reserved_bottom_px = reserved if select is not None else 0.0
        layer.cut_anchors = anchors if clip is not None else {}
        layer.set_enabled(True)
        plotter._explore_labels = layer  # kept alive for the shot
        plotter.renderer.ResetCameraClippingRange()
        layer.check_all()  # which labels' parts something solid hides, before the one frame drawn
    plotter.renderer.ResetCameraClippingRange()
