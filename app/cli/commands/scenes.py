"""``lumbar-viewer scenes``: list the scenes of a folder and check every file.

Exit status 0 when every file is good, 2 when any is bad (the good ones are still listed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP, plural, translate

NAME = "scenes"
HELP = QT_TRANSLATE_NOOP(
    "commands",
    "list the scenes (the presets, or the .toml files of a folder) and check each file for mistakes",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dir",
        metavar="DIR",
        type=Path,
        help=translate("scenes", "folder of scene .toml files (default: the built-in presets)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "scenes",
            'print {"scenes": [{id, title, level, duration, file}], "errors": [{file, line, message}]}',
        ),
    )


def run(args: argparse.Namespace) -> int:
    from scenes.catalog import PRESETS_DIR, load_catalog

    folder = args.dir if args.dir is not None else PRESETS_DIR
    if not folder.exists():
        raise UserError(
            translate(
                "scenes",
                "the folder {folder} does not exist; give --dir a folder that holds scene .toml files",
            ).format(folder=folder)
        )
    if not folder.is_dir():
        raise UserError(
            translate(
                "scenes", "{folder} is not a folder; give --dir a folder that holds scene .toml files"
            ).format(folder=folder)
        )
    scenes, errors = load_catalog(folder)
    if args.json:
        report = {
            "scenes": [
                {"id": s.id, "title": s.title, "level": s.level, "duration": s.duration, "file": s.file}
                for s in scenes
            ],
            "errors": [e.as_dict() for e in errors],
        }
        print(json.dumps(report, indent=2))
    else:
        if not scenes and not errors:
            print(translate("scenes", "no scene files (*.toml) in {folder}").format(folder=folder))
        for s in scenes:
            steps = plural(len(s.steps), translate("scenes", "1 step"), translate("scenes", "{n} steps"))
            print(f"{s.id:<20} {s.level:<6} {s.duration:>5g} s  {steps}  {s.title}")
        for e in errors:
            print(e, file=sys.stderr)
        bad = len({e.file for e in errors})
        if errors:
            print(
                translate("scenes", "{good} good, {bad} ({mistakes})").format(
                    good=len(scenes),
                    bad=plural(bad, translate("scenes", "1 bad file"), translate("scenes", "{n} bad files")),
                    mistakes=plural(
                        len(errors), translate("scenes", "1 mistake"), translate("scenes", "{n} mistakes")
                    ),
                ),
                file=sys.stderr,
            )
    return 2 if errors else 0
