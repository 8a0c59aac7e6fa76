"""Shared by commands that take ``--scene ID`` (with an optional ``--level`` and ``--side``) and a
teacher's ``--scenes-dir DIR``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.i18n import translate


def add_scenes_dir_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--scenes-dir",
        metavar="DIR",
        type=Path,
        help=translate(
            "scene_args", "a folder of your own scene .toml files, used beside the built-in presets"
        ),
    )


def scene_folders(args: argparse.Namespace) -> list[Path]:
    """The presets and the user's --scenes-dir; a missing folder is one UserError sentence."""
    from app.errors import UserError
    from scenes.catalog import with_presets

    folder = getattr(args, "scenes_dir", None)
    if folder is not None and not folder.is_dir():
        what = "does not exist" if not folder.exists() else "is not a folder"
        raise UserError(
            translate(
                "scene_args",
                "the scenes folder {folder} {what}; give --scenes-dir a folder of scene .toml files",
            ).format(folder=folder, what=what)
        )
    return with_presets(folder)


def load_scene(scene_id: str, level: str | None = None, side: str | None = None, folders=None):
    """The scene, at the level and side asked for; a bad id or file is one UserError sentence."""
    from app.errors import UserError
    from scenes.catalog import find_scene
    from scenes.schema import SceneError

    try:
        return find_scene(scene_id, folders, level=level, side=side)
    except SceneError as e:
        raise UserError(
            translate("scene_args", "scene '{scene_id}' cannot be loaded: {e}").format(scene_id=scene_id, e=e)
        ) from None
    except ValueError as e:
        raise UserError(str(e)) from None
