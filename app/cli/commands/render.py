"""``lumbar-viewer render``: a picture of the model from a named view, without opening a window."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate

NAME = "render"
HELP = QT_TRANSLATE_NOOP(
    "commands", "draw the model from a named view into a PNG file, without opening a window"
)

DETAILS = ("low", "normal", "high")
SIZE_LIMITS = (16, 8192)


def parse_size(text: str) -> tuple[int, int]:
    """'1280x800' -> (1280, 800); anything else is an argparse error with the allowed form."""
    lo, hi = SIZE_LIMITS
    m = re.fullmatch(r"\s*(\d+)\s*[xX]\s*(\d+)\s*", text)
    if not m or not all(lo <= int(g) <= hi for g in m.groups()):
        raise argparse.ArgumentTypeError(
            translate(
                "render",
                "'{text}' is not a picture size; use WIDTHxHEIGHT in pixels, each {lo} to {hi}, such "
                "as 1280x800",
            ).format(text=text, lo=lo, hi=hi)
        )
    return int(m.group(1)), int(m.group(2))


def parse_view(text: str) -> str:
    """A view name from scenes.views.VIEWS; otherwise an argparse error listing the names."""
    from scenes.views import VIEWS

    if text not in VIEWS:
        raise argparse.ArgumentTypeError(
            translate("render", "unknown view '{text}'; use one of: {join}").format(
                text=text, join=", ".join(VIEWS)
            )
        )
    return text


def parse_mri(text: str):
    """An MRI slice name (meshes.mri.parse_spec); otherwise an argparse error naming the forms."""
    from meshes.mri import parse_spec

    try:
        return parse_spec(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from meshes.mri import SPEC_FORMS
    from scenes.views import DEFAULT_VIEW, VIEWS

    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.png",
        help=translate("render", "the PNG file to write"),
    )
    parser.add_argument(
        "--size",
        type=parse_size,
        default=(1280, 800),
        metavar="WxH",
        help=translate("render", "picture size in pixels (default: 1280x800)"),
    )
    parser.add_argument(
        "--view",
        type=parse_view,
        default=None,
        metavar="VIEW",
        help=translate(
            "render",
            "camera direction: {join} (default: the scene step's own camera with --scene, else "
            "{DEFAULT_VIEW})",
        ).format(join=", ".join(VIEWS), DEFAULT_VIEW=DEFAULT_VIEW),
    )
    parser.add_argument(
        "--mri",
        type=parse_mri,
        metavar="SLICE",
        help=translate(
            "render",
            "instead of the 3D view, what an MRI (T2) of that state would look like: {forms} "
            "(an illustration, not anyone's scan; --view does not apply)",
        ).format(forms=", ".join(SPEC_FORMS)),
    )
    parser.add_argument(
        "--detail",
        choices=DETAILS,
        default="normal",
        help=translate("render", "mesh detail of the model (default: normal)"),
    )
    from app.cli.state_args import add_state_arguments

    add_state_arguments(parser)
    from app.cli.explore_args import add_explore_arguments

    add_explore_arguments(parser)
    from app.cli.visit_args import add_visit_argument

    add_visit_argument(parser)


def run(args: argparse.Namespace) -> int:
    from app.cli import system
    from app.cli.state_args import posed_model, resolve_state
    from app.cli.visit_args import read_visit_args, with_marks
    from app.outputs import check_output
    from app.viewer.render import render_model, write_png

    visit = read_visit_args(args)
    chosen = resolve_state(args)
    out = check_output(args.out, (".png",))
    if args.mri is not None:
        return _mri_picture(args, chosen, out)
    system.ensure_render()
    from app.cli.explore_args import explore_decorator
    from meshes.model import build_model

    decorate = with_marks(explore_decorator(args), visit.marks if visit else ())
    model = build_model(args.detail)
    if chosen.played is not None:  # the scene as the window shows it: the step's looks and camera
        image, seen = _scene_picture(model, chosen, args.size, args.view, decorate)
    else:
        from scenes.views import DEFAULT_VIEW

        seen = f"{args.view or DEFAULT_VIEW} view"
        posed = posed_model(model, chosen.state)
        image = render_model(posed, size=args.size, view=args.view or DEFAULT_VIEW, decorate=decorate)
    write_png(image, out)
    print(f"wrote {out} ({args.size[0]}x{args.size[1]}, {seen}, {model.triangles} triangles)")
    return 0


def _mri_picture(args: argparse.Namespace, chosen, out: Path) -> int:
    """The MRI slice of the chosen state (no OpenGL needed)."""
    from app.errors import UserError
    from app.mri.picture import write_mri_png
    from meshes.model import build_model
    from meshes.mri import slice_mri

    if args.view is not None:
        raise UserError(
            translate(
                "render",
                "--view belongs to the 3D picture; an --mri slice is always read the radiologist's way",
            )
        )
    model = build_model(args.detail)
    mri = slice_mri(model, chosen.state, args.mri)
    write_mri_png(mri, args.size, chosen.label, out)
    rows, cols = mri.image.shape
    print(f"wrote {out} ({args.size[0]}x{args.size[1]}, {args.mri.name} MRI slice {cols}x{rows} at 0.5 mm)")
    return 0


def _scene_picture(model, chosen, size, view, decorate):
    """The scene at the chosen time drawn by the same player as the window and the clips: its
    highlights, see-through and hidden parts, and the step's camera unless ``view`` is given."""
    from app.share.scene_frame import SceneRenderer

    with SceneRenderer(model, size=size) as renderer:
        renderer.set_scene(chosen.played)
        renderer.player.seek(chosen.time, force_camera=True)
        frame = renderer.frame
        seen = f"step {frame.step_index + 1} camera" if frame is not None else "scene camera"
        if view is not None:
            renderer.viewport.apply_view(view)
            seen = f"{view} view"
        if decorate is not None:
            decorate(renderer.plotter, renderer.viewport)
        image = renderer.snapshot()
    return image[..., :3], seen
