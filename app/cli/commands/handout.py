"""``lumbar-viewer handout``: a one- or two-page patient handout of a scene as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, plural, translate

NAME = "handout"
HELP = QT_TRANSLATE_NOOP(
    "commands",
    "write a one- or two-page patient handout of a scene as a PDF (pictures, plain text, notes field)",
)

DETAILS = ("low", "normal", "high")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from meshes.dimensions import DISC_LEVELS, SIDES

    parser.add_argument(
        "--scene",
        required=True,
        metavar="ID",
        help=translate("handout", "a scene id (see 'lumbar-viewer scenes')"),
    )
    from app.cli.scene_args import add_scenes_dir_argument

    add_scenes_dir_argument(parser)
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.pdf",
        help=translate("handout", "the PDF file to write"),
    )
    parser.add_argument(
        "--level",
        choices=DISC_LEVELS,
        help=translate("handout", "the patient's disc level (default: the scene's)"),
    )
    parser.add_argument(
        "--side", choices=SIDES, help=translate("handout", "the patient's side (default: the scene's)")
    )
    parser.add_argument(
        "--detail",
        choices=DETAILS,
        default="normal",
        help=translate("handout", "mesh detail of the model (default: normal)"),
    )


def run(args: argparse.Namespace) -> int:
    from app.cli import system
    from app.cli.scene_args import load_scene, scene_folders
    from app.outputs import check_output
    from app.share.handout import handout_content
    from app.share.handout_pdf import write_handout_pdf

    out = check_output(args.out, (".pdf",))
    scene = load_scene(args.scene, args.level, args.side, scene_folders(args))
    system.ensure_render()
    from meshes.model import build_model

    content = handout_content(scene, build_model(args.detail))
    pages = write_handout_pdf(content, out)
    print(
        translate("handout", "wrote {out} ({pages}, '{scene}' at {level} {side})").format(
            out=out,
            pages=plural(pages, translate("handout", "1 page"), translate("handout", "{n} pages")),
            scene=scene.id,
            level=scene.level,
            side=scene.side,
        )
    )
    return 0
