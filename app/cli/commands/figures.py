"""``lumbar-viewer figures``: a grid of states of one condition at once, for slides and papers.

One PNG per combination of the given levels, sides, directions and severities (named by its
values), a captioned ``contact-sheet.png`` and ``index.csv`` (the values, the compressed root,
how hard, the dural sac area). The model is built once and every picture drawn in this process;
a bad value is one sentence and exit status 2 before anything is drawn.
"""

from __future__ import annotations

import argparse
import signal
import time
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate

NAME = "figures"
HELP = QT_TRANSLATE_NOOP(
    "commands",
    "draw one condition at many levels, sides, directions and severities: PNGs, a contact sheet, an index",
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from app.cli.commands.render import DETAILS, parse_size, parse_view
    from meshes.conditions import CONDITIONS
    from scenes.views import DEFAULT_VIEW

    parser.add_argument(
        "--condition",
        required=True,
        choices=CONDITIONS,
        help=translate("figures", "the disc problem to draw"),
    )
    parser.add_argument(
        "--levels",
        default="L4-L5",
        metavar="L4-L5,L5-S1",
        help=translate("figures", "disc levels, comma-separated"),
    )
    parser.add_argument(
        "--sides",
        default="left",
        metavar="left,right",
        help=translate("figures", "sides (left, right, both)"),
    )
    parser.add_argument(
        "--directions",
        default="paracentral",
        metavar="paracentral,foraminal",
        help=translate("figures", "directions, comma-separated"),
    )
    parser.add_argument(
        "--severities",
        default="1",
        metavar="0.4,0.9",
        help=translate("figures", "severities 0..1, comma-separated"),
    )
    parser.add_argument(
        "--out-dir",
        required=True,
        type=Path,
        metavar="DIR",
        help=translate("figures", "an existing folder to write in"),
    )
    parser.add_argument(
        "--view",
        type=parse_view,
        default=DEFAULT_VIEW,
        metavar="VIEW",
        help=translate("figures", "camera direction (default: {DEFAULT_VIEW})").format(
            DEFAULT_VIEW=DEFAULT_VIEW
        ),
    )
    parser.add_argument(
        "--size",
        type=parse_size,
        default=(1280, 800),
        metavar="WxH",
        help=translate("figures", "picture size (default: 1280x800)"),
    )
    parser.add_argument(
        "--detail",
        choices=DETAILS,
        default="normal",
        help=translate("figures", "mesh detail (default: normal)"),
    )


def _list(text: str, option: str, allowed: tuple[str, ...]) -> list[str]:
    from app.errors import UserError

    values = [v.strip() for v in text.split(",") if v.strip()]
    if not values:
        raise UserError(
            translate("figures", "{option} is empty; give one or more of {join}, separated by commas").format(
                option=option, join=", ".join(allowed)
            )
        )
    for v in values:
        if v not in allowed:
            raise UserError(
                translate("figures", "{option} has '{v}'; use {join} (comma-separated)").format(
                    option=option, v=v, join=", ".join(allowed)
                )
            )
    return list(dict.fromkeys(values))


def _severities(text: str) -> list[float]:
    from app.errors import UserError

    out = []
    for v in (v.strip() for v in text.split(",")):
        try:
            x = float(v)
        except ValueError:
            x = float("nan")
        if not 0.0 <= x <= 1.0:  # (also NaN)
            raise UserError(
                translate(
                    "figures", "--severities has '{v}'; use numbers from 0 to 1, such as 0.4,0.9"
                ).format(v=v)
            )
        out.append(x)
    return list(dict.fromkeys(out))


def run(args: argparse.Namespace) -> int:
    from app.cli import system
    from app.errors import UserError
    from app.outputs import check_output
    from app.share.figures import combinations, draw_figures
    from meshes.conditions import CONDITION_SIDES
    from meshes.dimensions import DISC_LEVELS
    from meshes.pathology.state import DIRECTIONS

    levels = _list(args.levels, "--levels", DISC_LEVELS)
    sides = _list(args.sides, "--sides", CONDITION_SIDES)
    directions = _list(args.directions, "--directions", DIRECTIONS)
    severities = _severities(args.severities)
    out_dir: Path = args.out_dir
    if not out_dir.is_dir():
        raise UserError(
            translate(
                "figures", "the folder {out_dir} does not exist; create it first or choose another --out-dir"
            ).format(out_dir=out_dir)
        )
    check_output(out_dir / "contact-sheet.png", (".png",), option="--out-dir")  # writable?
    combos = combinations(args.condition, levels, sides, directions, severities)
    system.ensure_render()

    from meshes.model import build_model

    started = time.perf_counter()
    model = build_model(args.detail)  # once, for every picture
    # Stopped by Ctrl-C or a polite kill, the files written so far stay whole and nothing else is left.
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        figures = draw_figures(
            model, combos, out_dir, args.size, args.view,
            progress=lambda i, f: print(f"  {i + 1}/{len(combos)} {f.file}", flush=True),
        )  # fmt: skip
    finally:
        signal.signal(signal.SIGTERM, previous)
    print(
        f"wrote {len(figures)} pictures, contact-sheet.png and index.csv in {out_dir} "
        f"({time.perf_counter() - started:.1f} s, one model, {args.size[0]}x{args.size[1]})"
    )
    return 0
