"""``lumbar-viewer handout``: a one- or two-page patient handout of a scene as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

NAME = "handout"
HELP = "write a one- or two-page patient handout of a scene as a PDF (pictures, plain text, notes field)"

DETAILS = ("low", "normal", "high")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from meshes.dimensions import DISC_LEVELS, SIDES

    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--scene", metavar="ID", help="a scene id (see 'lumbar-viewer scenes')")
    what.add_argument(
        "--report", metavar="FILE|-", help="an MRI report (.txt or .pdf): the scene of its findings"
    )
    from app.cli.scene_args import add_scenes_dir_argument

    add_scenes_dir_argument(parser)
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="the PDF file to write")
    parser.add_argument(
        "--level", choices=DISC_LEVELS, help="the patient's disc level (default: the scene's)"
    )
    parser.add_argument("--side", choices=SIDES, help="the patient's side (default: the scene's)")
    parser.add_argument(
        "--detail", choices=DETAILS, default="normal", help="mesh detail of the model (default: normal)"
    )


def run(args: argparse.Namespace) -> int:
    from app.cli import system
    from app.cli.scene_args import load_scene, scene_folders
    from app.outputs import check_output
    from app.share.handout import handout_content
    from app.share.handout_pdf import write_handout_pdf

    out = check_output(args.out, (".pdf",))
    if args.report is not None:
        scene = _report_scene(args)
    else:
        scene = load_scene(args.scene, args.level, args.side, scene_folders(args))
    system.ensure_render()
    from meshes.model import build_model

    content = handout_content(scene, build_model(args.detail))
    pages = write_handout_pdf(content, out)
    print(
        f"wrote {out} ({pages} page{'s' if pages != 1 else ''}, '{scene.id}' at {scene.level} {scene.side})"
    )
    return 0


def _report_scene(args: argparse.Namespace):
    """The scene of an MRI report's findings (explain-report's), as the handout's scene."""
    from app.errors import UserError
    from app.report.files import read_report_source, scene_from_text
    from scenes.report import read_report
    from scenes.report.scene import build_scene

    if args.level or args.side:
        raise UserError("--level and --side do not go with --report; the report says where each finding is")
    reading = read_report(read_report_source(args.report))
    if not reading.findings:
        raise UserError(f"no handout made: {reading.message[0].lower()}{reading.message[1:]}")
    return scene_from_text(*build_scene(reading))
