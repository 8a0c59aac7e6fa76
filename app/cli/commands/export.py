"""``lumbar-viewer export``: write the model as a 3D file for other programs or 3D printing."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate

NAME = "export"
HELP = QT_TRANSLATE_NOOP(
    "commands",
    "write the model as a 3D file: .glb or .gltf (one node per part), .stl, .obj or .ply (mm, RAS axes)",
)

DETAILS = ("low", "normal", "high")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE",
        help=translate("export", "the file to write: .glb, .gltf, .stl, .obj or .ply"),
    )
    parser.add_argument(
        "--detail",
        choices=DETAILS,
        default="normal",
        help=translate("export", "mesh detail of the model (default: normal)"),
    )
    from app.cli.state_args import add_state_arguments

    add_state_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from app.cli.state_args import posed_model, resolve_state
    from app.outputs import check_output
    from app.share.export3d import FORMATS, export_model

    chosen = resolve_state(args)
    out = check_output(args.out, FORMATS)
    from meshes.model import build_model

    model = posed_model(build_model(args.detail), chosen.state)
    export_model(model, out)
    print(f"wrote {out} ({len(model.parts)} parts, {model.triangles} triangles, millimetres, RAS axes)")
    return 0
