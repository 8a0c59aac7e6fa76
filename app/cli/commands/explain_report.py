"""``lumbar-viewer explain-report``: read a lumbar MRI report and say what the model can show."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

NAME = "explain-report"
HELP = "read a lumbar MRI report (text or PDF) and list the findings the model can show and those it cannot"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "report", metavar="FILE|-", help="the report: a .txt or .pdf file, or - for standard input"
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object (findings, unsupported, message)"
    )
    parser.add_argument(
        "--scene-out",
        type=Path,
        metavar="FILE.toml",
        help="also write a scene of the findings (FILE.toml and FILE.md) that the window can play",
    )
    parser.add_argument("--title", default="My MRI report", help="the scene's title (default: My MRI report)")


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
            raise UserError(f"no scene written: {reading.message[0].lower()}{reading.message[1:]}")
        toml_text, md_text = build_scene(reading, args.title)
        scene = save_scene(toml_text, md_text, out)
    if args.json:
        print(json.dumps(reading.to_json(), indent=1, ensure_ascii=False))
    else:
        for f in reading.findings:
            roots = f", catches {', '.join(f.roots)}" if f.roots else ""
            print(f"{f.level}: {standard_term(f)} ({plain_words(f)}){roots}")
        for u in reading.unsupported:
            print(f"cannot show: {u.finding}" + (f" ({u.level})" if u.level else ""))
        if reading.message:
            print(reading.message)
        print("For learning only, not medical advice.")
    if out is not None:
        import sys

        print(f"wrote {out} and {out.with_suffix('.md').name} ({len(scene.steps)} steps)", file=sys.stderr)
    return 0
