"""``--visit FILE`` for render, export and handout: draw a saved visit's pen marks (app/annotate)
and, when no scene or condition is named, show what the visit showed."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_visit_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--visit",
        type=Path,
        metavar="FILE",
        help="a visit file saved in the window (File > Save visit): its drawings are drawn, and its "
        "scene or condition is shown unless --scene or --condition names another",
    )


def read_visit_args(args: argparse.Namespace):
    """The visit named by --visit (or None), with its scene or condition copied into ``args`` where
    the command line named none. A bad file is one UserError sentence."""
    path = getattr(args, "visit", None)
    if path is None:
        return None
    from app.annotate.visit import read_visit

    visit = read_visit(path)
    showing = visit.showing
    named = getattr(args, "scene", None) or getattr(args, "condition", None)
    if not named and "scene" in showing:
        args.scene = showing["scene"]
        if hasattr(args, "at") and getattr(args, "step", None) is None and args.at is None:
            args.at = str(showing.get("time", "end"))
    elif not named and "condition" in showing and hasattr(args, "condition"):
        args.condition = showing["condition"]
        for key in ("direction", "severity"):
            if getattr(args, key, None) is None and key in showing:
                setattr(args, key, showing[key])
    if not named:
        for key in ("level", "side"):
            if getattr(args, key, None) is None and key in showing:
                setattr(args, key, showing[key])
    return visit


def with_marks(decorate, marks):
    """A render decorator that also draws ``marks`` (the pen's drawings) in the picture."""
    if not marks:
        return decorate

    def both(plotter, viewport) -> None:
        viewport.annotations.set_marks(marks)
        if decorate is not None:
            decorate(plotter, viewport)

    return both
