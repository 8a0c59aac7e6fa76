"""The shared way commands pick what to show: a scene at a time or step, or a condition at a
level, side, direction and severity (or, with neither, the healthy model)."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from app.errors import UserError
from app.i18n import translate


@dataclass(frozen=True)
class Chosen:
    """A state to show and how to name it."""

    state: object  # meshes.state.PathologyState
    scene: str | None
    time: float | None
    label: str
    played: object = None  # the scenes.schema.Scene itself, at the chosen level and side


def add_state_arguments(parser: argparse.ArgumentParser) -> None:
    from meshes.conditions import CONDITION_SIDES, CONDITIONS
    from meshes.dimensions import DISC_LEVELS
    from meshes.state import DIRECTIONS

    g = parser.add_argument_group("what to show (default: the healthy spine)")
    g.add_argument(
        "--scene", metavar="ID", help=translate("state_args", "a scene id (see 'lumbar-viewer scenes')")
    )
    from app.cli.scene_args import add_scenes_dir_argument

    add_scenes_dir_argument(g)
    at = g.add_mutually_exclusive_group()
    at.add_argument(
        "--at", metavar="SECONDS|start|end", help=translate("state_args", "time in the scene (default: end)")
    )
    at.add_argument(
        "--step",
        metavar="N",
        type=int,
        help=translate("state_args", "step N (1 = first), once it has played"),
    )
    g.add_argument(
        "--condition",
        choices=CONDITIONS,
        help=translate("state_args", "show one disc problem instead of a scene"),
    )
    g.add_argument(
        "--level",
        choices=DISC_LEVELS,
        help=translate("state_args", "disc level (default: the scene's, or L4-L5)"),
    )
    g.add_argument(
        "--side",
        choices=CONDITION_SIDES,
        help=translate("state_args", "side (default: the scene's, or left)"),
    )
    g.add_argument(
        "--direction",
        choices=DIRECTIONS,
        help=translate("state_args", "herniation or tear direction (default: paracentral)"),
    )
    g.add_argument(
        "--severity",
        type=float,
        metavar="0..1",
        help=translate("state_args", "how far along the condition is (default: 1)"),
    )


def resolve_state(args: argparse.Namespace) -> Chosen:
    """Turn the parsed options into a state; every mistake is one UserError sentence."""
    from app.cli.scene_args import scene_folders
    from meshes.conditions import condition_state
    from meshes.state import HEALTHY

    folders = scene_folders(args)  # a missing --scenes-dir is a mistake even without --scene
    scene_id = getattr(args, "scene", None)
    condition = getattr(args, "condition", None)
    if scene_id and condition:
        raise UserError(translate("state_args", "give either --scene or --condition, not both"))
    if condition:
        if args.at is not None or args.step is not None:
            raise UserError(
                translate(
                    "state_args", "--at and --step belong to --scene; a --condition is shown as it stands"
                )
            )
        try:
            state = condition_state(
                condition,
                level=args.level or "L4-L5",
                side=args.side or "left",
                direction=args.direction or "paracentral",
                severity=1.0 if args.severity is None else args.severity,
            )
        except ValueError as e:
            raise UserError(str(e)) from None
        level = args.level or "L4-L5"
        return Chosen(state, None, None, f"{condition} at {level}, {args.side or 'left'}")
    if scene_id:
        if args.side == "both":
            raise UserError(
                translate("state_args", "a scene plays on one side; use --side left or --side right")
            )
        if args.direction is not None or args.severity is not None:
            raise UserError(
                translate(
                    "state_args", "--direction and --severity belong to --condition; a scene sets its own"
                )
            )
        from app.cli.scene_args import load_scene
        from scenes.timeline import frame_at, step_end_time, time_of

        scene = load_scene(scene_id, args.level, args.side, folders)
        if args.step is not None:
            if not (1 <= args.step <= len(scene.steps)):
                raise UserError(
                    translate("state_args", "scene '{scene_id}' has steps 1 to {len}, not {step}").format(
                        scene_id=scene_id, len=len(scene.steps), step=args.step
                    )
                )
            t = step_end_time(scene, args.step - 1)  # the step as it stands once it has played
        else:
            try:
                t = time_of(scene, args.at if args.at is not None else "end")
            except ValueError as e:
                raise UserError(str(e)) from None
        frame = frame_at(scene, t)
        return Chosen(frame.state, scene.id, t, f"{scene.title}, {t:g} s", scene)
    for opt in ("at", "step", "level", "side", "direction", "severity"):
        if getattr(args, opt, None) is not None:
            raise UserError(translate("state_args", "--{opt} needs --scene or --condition").format(opt=opt))
    return Chosen(HEALTHY, None, None, "healthy spine")


def posed_model(model, state):
    """The model with its vertices moved to ``state`` (same faces), for render and export."""
    from dataclasses import replace

    from meshes.model import Model
    from meshes.pathology import deform

    if not any(not ds.is_healthy for _, ds in state.discs):
        return model
    verts = deform(model, state)
    return Model({pid: replace(p, vertices=verts[pid]) for pid, p in model.parts.items()}, model.detail)
