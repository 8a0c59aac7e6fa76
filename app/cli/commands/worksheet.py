"""``lumbar-viewer worksheet``: a scene's quiz as a printable PDF, the answer key on its last page."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate

NAME = "worksheet"
HELP = QT_TRANSLATE_NOOP(
    "commands",
    "print a scene's quiz as a PDF worksheet: questions with pictures, answer key on the last page",
)

DETAILS = ("low", "normal", "high")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from meshes.dimensions import DISC_LEVELS, SIDES

    parser.add_argument(
        "--scene",
        required=True,
        metavar="ID",
        help=translate("worksheet", "a scene id (see 'lumbar-viewer scenes')"),
    )
    from app.cli.scene_args import add_scenes_dir_argument

    add_scenes_dir_argument(parser)
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.pdf",
        help=translate("worksheet", "the PDF file to write"),
    )
    parser.add_argument(
        "--level",
        choices=DISC_LEVELS,
        help=translate("worksheet", "the disc level to ask about (default: the scene's)"),
    )
    parser.add_argument(
        "--side", choices=SIDES, help=translate("worksheet", "the side to ask about (default: the scene's)")
    )
    parser.add_argument(
        "--seed",
        type=int,
        metavar="N",
        help=translate(
            "worksheet", "the same 'which root?' questions for the same N (default: new ones each time)"
        ),
    )
    parser.add_argument(
        "--detail",
        choices=DETAILS,
        default="normal",
        help=translate("worksheet", "mesh detail of the model (default: normal)"),
    )


def run(args: argparse.Namespace) -> int:
    import random

    from app.cli import system
    from app.cli.scene_args import load_scene, scene_folders
    from app.errors import UserError
    from app.outputs import check_output
    from app.share.worksheet import worksheet_content, write_worksheet_pdf

    out = check_output(args.out, (".pdf",))
    scene = load_scene(args.scene, args.level, args.side, scene_folders(args))
    if not scene.questions:
        raise UserError(
            translate(
                "worksheet",
                "the scene '{id}' has no quiz; add [[questions]] blocks to its file (see scenes/README.md)",
            ).format(id=scene.id)
        )
    system.ensure_render()
    from meshes.model import build_model

    rng = random.Random(args.seed) if args.seed is not None else None
    content = worksheet_content(scene, build_model(args.detail), rng)
    pages = write_worksheet_pdf(content, out)
    print(
        translate("worksheet", "wrote {out} ({pages} pages: {n} questions, the answer key last)").format(
            out=out, pages=pages, n=len(content.questions)
        )
    )
    return 0
