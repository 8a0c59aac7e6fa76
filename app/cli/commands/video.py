"""``lumbar-viewer video``: a scene, or part of it, as an MP4 (H.264) or GIF clip, without a window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.i18n import QT_TRANSLATE_NOOP, translate

NAME = "video"
HELP = QT_TRANSLATE_NOOP(
    "commands", "make a clip of a scene as .mp4 (H.264, for slides) or .gif, without opening a window"
)

DETAILS = ("low", "normal", "high")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from app.cli.commands.render import parse_size
    from meshes.dimensions import DISC_LEVELS, SIDES

    parser.add_argument(
        "--scene",
        required=True,
        metavar="ID",
        help=translate("video", "a scene id (see 'lumbar-viewer scenes')"),
    )
    from app.cli.scene_args import add_scenes_dir_argument

    add_scenes_dir_argument(parser)
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar="FILE.mp4|FILE.gif",
        help=translate("video", "the clip to write"),
    )
    parser.add_argument(
        "--size",
        type=parse_size,
        metavar="WxH",
        help=translate(
            "video", "picture size in pixels, up to 3840x2160 (default: 1280x720 for MP4, 640x360 for GIF)"
        ),
    )
    parser.add_argument(
        "--fps",
        type=float,
        metavar="N",
        help=translate("video", "frames per second, 1 to 60 (default: 24 for MP4, 12 for GIF)"),
    )
    parser.add_argument("--from", dest="start", default="start", metavar="T",
                        help=translate("video", "start time in seconds, or 'start' (default)"))  # fmt: skip
    parser.add_argument(
        "--to",
        dest="end",
        default="end",
        metavar="T",
        help=translate("video", "end time in seconds, or 'end' (default)"),
    )
    parser.add_argument(
        "--subtitles", action="store_true", help=translate("video", "burn each step's title into the picture")
    )
    parser.add_argument(
        "--level", choices=DISC_LEVELS, help=translate("video", "play the scene at another disc level")
    )
    parser.add_argument("--side", choices=SIDES, help=translate("video", "play the scene on the other side"))
    parser.add_argument(
        "--detail",
        choices=DETAILS,
        default="normal",
        help=translate("video", "mesh detail of the model (default: normal)"),
    )


def run(args: argparse.Namespace) -> int:
    import time

    from app.cli import system
    from app.cli.scene_args import load_scene, scene_folders
    from app.errors import UserError
    from app.outputs import check_output
    from app.share.video import DEFAULTS, FORMATS, ClipSpec, check_spec, write_clip
    from scenes.timeline import time_of

    out = check_output(args.out, FORMATS)
    scene = load_scene(args.scene, args.level, args.side, scene_folders(args))
    try:
        start, end = time_of(scene, args.start), time_of(scene, args.end)
    except ValueError as e:
        raise UserError(translate("video", "--from/--to: {e}").format(e=e)) from None
    size, fps = DEFAULTS[out.suffix.lower()]
    spec = ClipSpec(
        scene, args.size or size, fps if args.fps is None else args.fps, start, end, args.subtitles
    )
    check_spec(spec, out.suffix)
    system.ensure_render()
    from meshes.model import build_model

    model = build_model(args.detail)
    began = time.perf_counter()
    tty = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if tty and (done == total or done % 10 == 0):
            print(f"\rframe {done}/{total}", end="", file=sys.stderr, flush=True)

    frames = write_clip(spec, out, model, progress=progress)
    if tty:
        print(file=sys.stderr)
    w, h = spec.size
    print(
        f"wrote {out} ({frames} frames, {w}x{h}, {spec.fps:g} fps, {spec.start:g} to {spec.stop:g} s of "
        f"'{scene.id}' at {scene.level} {scene.side}, in {time.perf_counter() - began:.0f} s)"
    )
    return 0
