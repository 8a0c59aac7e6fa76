"""``lumbar-viewer export``: write the model as a 3D file for other programs or 3D printing, or as
a take-home HTML page that opens offline in any current browser."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

NAME = "export"
HELP = (
    "write the model as a 3D file: .glb or .gltf (one node per part), .stl, .obj or .ply (mm, RAS axes), "
    "or .html: a take-home page that opens offline by double-click and turns in the browser"
)

DETAILS = ("low", "normal", "high")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help="the file to write: .glb, .gltf, .stl, .obj, .ply or .html",
    )
    parser.add_argument(
        "--detail", choices=DETAILS, default="normal", help="mesh detail of the model (default: normal)"
    )
    from app.cli.state_args import add_state_arguments

    add_state_arguments(parser)
    from app.cli.visit_args import add_visit_argument

    add_visit_argument(parser)


def run(args: argparse.Namespace) -> int:
    from app.cli.state_args import posed_model, resolve_state
    from app.cli.visit_args import read_visit_args
    from app.outputs import check_output
    from app.share.export3d import FORMATS, export_model
    from app.share.take_home import SUFFIX

    visit = read_visit_args(args)
    chosen = resolve_state(args)
    out = check_output(args.out, (*FORMATS, SUFFIX))
    from meshes.model import build_model

    model = posed_model(build_model(args.detail), chosen.state)
    if out.suffix.lower() == SUFFIX:
        from app.share.take_home import (
            PageContent,
            PageView,
            page_view,
            scene_looks,
            scene_where,
            write_take_home,
        )

        scene = chosen.played
        opacity: dict[str, float] = {}
        if scene is not None:  # the step's looks: its hidden parts left out, its see-through ones
            model, opacity = scene_looks(model, scene, chosen.time)
        where, step = scene_where(scene, chosen.time) if scene is not None else (chosen.label.capitalize(), 0)
        content = PageContent(
            title=scene.title if scene is not None else "Your lower back in 3D",
            where=where,
            scene=scene,
            step=step,
            marks=visit.marks if visit else (),
            view=page_view(scene),
            opacity=opacity,
        )
        if visit is not None and visit.camera:  # the view the physician left the visit in
            cam = visit.camera
            view = PageView(up=cam["view_up"], target=cam["focal_point"], position=cam["position"])
            content = replace(content, view=view)
        size = write_take_home(model, content, out)
        print(f"wrote {out} ({size / 1e6:.1f} MB; open it in a web browser, no internet needed)")
        return 0
    export_model(model, out)
    print(f"wrote {out} ({len(model.parts)} parts, {model.triangles} triangles, millimetres, RAS axes)")
    return 0
