"""What a visit shows, read from and given back to the scene player and the condition controller
(passed in by the wiring, duck-typed: this feature imports neither)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from app.errors import UserError
from app.i18n import translate

CONDITION_KEYS = ("condition", "level", "side", "direction", "severity")


def showing(player, conditions) -> dict[str, Any]:
    """The condition on the dials, else the scene at its time, else {} (the healthy spine)."""
    if conditions is not None and conditions.active:
        choice = asdict(conditions.choice)
        return {k: choice[k] for k in CONDITION_KEYS}
    if player is not None and player.scene is not None:
        s = player.scene
        return {"scene": s.id, "time": round(player.time, 3), "level": s.level, "side": s.side}
    return {}


def show(data: dict[str, Any], player, conditions) -> None:
    """Show what ``data`` (a visit's "showing") names; a scene or condition this program cannot show
    is one UserError sentence, and nothing changes."""
    from meshes.conditions import condition_state
    from scenes.schema import retarget

    if "scene" in data and player is not None:
        scene = player.find(str(data["scene"]))
        if scene is None:
            raise UserError(
                translate(
                    "Visit", "the visit shows the scene '{scene}', which this program does not have"
                ).format(scene=data["scene"])
            )
        try:
            scene = retarget(scene, data.get("level"), data.get("side"))
            time = float(data.get("time", 0.0))
        except (ValueError, TypeError) as exc:
            raise UserError(
                translate("Visit", "the visit's scene cannot be shown: {why}").format(why=exc)
            ) from None
        if conditions is not None and conditions.active:
            conditions.set_choice(condition="")
        player.set_scene(scene)
        player.seek(time)
    elif "condition" in data and conditions is not None:
        choice = {k: data[k] for k in CONDITION_KEYS if k in data}
        merged = {**asdict(conditions.choice), **choice}
        try:
            condition_state(**{k: merged[k] for k in CONDITION_KEYS})
        except (ValueError, TypeError) as exc:
            raise UserError(
                translate("Visit", "the visit's condition cannot be shown: {why}").format(why=exc)
            ) from None
        if player is not None:
            player.set_scene(None)
        conditions.set_choice(**choice)
