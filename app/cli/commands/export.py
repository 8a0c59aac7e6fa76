"""``lumbar-viewer export``: write the model as a 3D file for other programs or 3D printing, or as
a take-home HTML page that opens offline in any current browser."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate

NAME = "export"
HELP = QT_TRANSLATE_NOOP(
    "commands",
    "write the model as a 3D file: .glb or .gltf (one node per part), .stl, .obj or .ply (mm, RAS axes), "
    "or .html: a take-home page that opens offline by double-click and turns in the browser",
)

DETAILS = ("low", "normal", "high")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help=translate("export", "the file to write: .glb, .gltf, .stl, .obj, .ply or .html"),
    )
    parser.add_argument(
        "--detail",
        choices=DETAILS,
        default="normal",
        help=translate("export", "mesh detail of the model (default: normal)"),
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
        from app.share.take_home import chosen_page, write_take_home

        marks, camera = (visit.marks, visit.camera) if visit is not None else ((), None)
        page_model, content = chosen_page(model, chosen.played, chosen.time, chosen.label, marks, camera)
        size = write_take_home(page_model, content, out)
        print(f"wrote {out} ({size / 1e6:.1f} MB; open it in a web browser, no internet needed)")
        return 0
    export_model(model, out)
    print(f"wrote {out} ({len(model.parts)} parts, {model.triangles} triangles, millimetres, RAS axes)")
    return 0
