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

    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--scene", metavar="ID", help=translate("handout", "a scene id (see 'lumbar-viewer scenes')")
    )
    what.add_argument(
        "--report",
        metavar="FILE|-",
        help=translate("handout", "an MRI report (.txt or .pdf): the scene of its findings"),
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
    parser.add_argument(
        "--html",
        type=Path,
        metavar="FILE.html",
        help=translate(
            "handout", "also write the take-home 3D page (as 'export --out FILE.html'); the handout names it"
        ),
    )
    from app.cli.visit_args import add_visit_argument

    add_visit_argument(parser)


def run(args: argparse.Namespace) -> int:
    from app.cli import system
    from app.cli.scene_args import load_scene, scene_folders
    from app.cli.visit_args import read_visit_args
    from app.outputs import check_output
    from app.share.handout import handout_content
    from app.share.handout_pdf import write_handout_pdf

    visit = read_visit_args(args)
    marks = visit.marks if visit else ()
    out = check_output(args.out, (".pdf",))
    page = check_output(args.html, (".html",), option="--html") if args.html else None
    if args.report is not None:
        scene = _report_scene(args)
    else:
        scene = load_scene(args.scene, args.level, args.side, scene_folders(args))
    system.ensure_render()
    from meshes.model import build_model

    model = build_model(args.detail)
    if page is not None:
        from app.cli.state_args import posed_model
        from app.share.take_home import chosen_page, write_take_home
        from scenes.timeline import frame_at

        posed = posed_model(model, frame_at(scene, scene.duration).state)
        posed, content = chosen_page(posed, scene, None, scene.title, marks)
        print(f"wrote {page} ({write_take_home(posed, content, page) / 1e6:.1f} MB)")
    content = handout_content(scene, model, marks=marks, take_home=page.name if page else "")
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


def _report_scene(args: argparse.Namespace):
    """The scene of an MRI report's findings (explain-report's), as the handout's scene."""
    from app.errors import UserError
    from app.report.files import read_report_source, scene_from_text
    from scenes.report import read_report
    from scenes.report.scene import build_scene

    if args.level or args.side:
        raise UserError(
            translate(
                "handout", "--level and --side do not go with --report; the report says where each finding is"
            )
        )
    reading = read_report(read_report_source(args.report))
    if not reading.findings:
        raise UserError(
            translate("handout", "no handout made: {why}").format(
                why=reading.message[0].lower() + reading.message[1:]
            )
        )
    return scene_from_text(*build_scene(reading))
