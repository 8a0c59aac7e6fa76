"""Shared by commands that take ``--scene ID`` (with an optional ``--level`` and ``--side``)."""

from __future__ import annotations


def load_scene(scene_id: str, level: str | None = None, side: str | None = None):
    """The scene, at the level and side asked for; a bad id or file is one UserError sentence."""
    from app.errors import UserError
    from scenes.catalog import find_scene
    from scenes.schema import SceneError

    try:
        return find_scene(scene_id, level=level, side=side)
    except SceneError as e:
        raise UserError(f"scene '{scene_id}' cannot be loaded: {e}") from None
    except ValueError as e:
        raise UserError(str(e)) from None
