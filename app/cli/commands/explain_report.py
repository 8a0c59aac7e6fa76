"""``lumbar-viewer explain-report``: read a lumbar MRI report and say what the model can show."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate

NAME = "explain-report"
HELP = QT_TRANSLATE_NOOP(
    "commands",
    "read a lumbar MRI report (text or PDF) and list the findings the model can show and those it cannot",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "report",
        metavar="FILE|-",
        help=translate("explain_report", "the report: a .txt or .pdf file, or - for standard input"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("explain_report", "print one JSON object (findings, unsupported, message)"),
    )
    parser.add_argument(
        "--scene-out",
        type=Path,
        metavar="FILE.toml",
        help=translate(
            "explain_report",
            "also write a scene of the findings (FILE.toml and FILE.md) that the window can play",
        ),
    )
    title = translate("ReportTools", "My MRI report")
    parser.add_argument(
        "--title",
        default=title,
        help=translate("explain_report", "the scene's title (default: {title})").format(title=title),
    )


def run(args: argparse.Namespace) -> int:
    from app.errors import UserError
    from app.report.files import check_scene_out, read_report_source, save_scene
    from scenes.report import read_report
    from scenes.report.scene import build_scene, plain_words, standard_term

    out = check_scene_out(args.scene_out) if args.scene_out else None
    reading = read_report(read_report_source(args.report))
    if not reading.understood:
        raise UserError(reading.message)
    if out is not None:
        if not reading.findings:
            raise UserError(
                translate("explain_report", "no scene written: {why}").format(
                    why=reading.message[0].lower() + reading.message[1:]
                )
            )
        toml_text, md_text = build_scene(reading, args.title)
        scene = save_scene(toml_text, md_text, out)
    if args.json:
        print(json.dumps(reading.to_json(), indent=1, ensure_ascii=False))
    else:
        for f in reading.findings:
            roots = (
                translate("explain_report", ", catches {roots}").format(roots=", ".join(f.roots))
                if f.roots
                else ""
            )
            print(f"{f.level}: {standard_term(f)} ({plain_words(f)}){roots}")
        for u in reading.unsupported:
            shown = u.finding + (f" ({u.level})" if u.level else "")
            print(translate("explain_report", "cannot show: {finding}").format(finding=shown))
        if reading.message:
            print(reading.message)
        print(translate("explain_report", "For learning only, not medical advice."))
    if out is not None:
        import sys

        done = translate("explain_report", "wrote {out} and {md} ({n} steps)")
        print(done.format(out=out, md=out.with_suffix(".md").name, n=len(scene.steps)), file=sys.stderr)
    return 0
