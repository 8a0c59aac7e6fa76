"""The ``lumbar-viewer`` command line: with no command it opens the viewer window.

Subcommands live in ``app/cli/commands/`` (see its docstring) and are discovered at start-up, so
adding one never means editing this file. A :class:`~app.errors.UserError` anywhere becomes one
line on stderr and exit status 2; no traceback reaches a user.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from types import ModuleType

from app import __version__
from app.errors import UserError

PROG = "lumbar-viewer"
DETAILS = ("low", "normal", "high")  # mirrors meshes.model.DETAILS without importing numpy here


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (our UserError), not usage text plus a message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(message)


def discover_commands() -> dict[str, ModuleType]:
    """Every command module in app/commands, by its NAME."""
    import app.cli.commands as package

    commands: dict[str, ModuleType] = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if all(hasattr(module, a) for a in ("NAME", "HELP", "add_arguments", "run")):
            commands[module.NAME] = module
    return commands


def build_parser(commands: dict[str, ModuleType]) -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="A 3D model of the lower back that explains lumbar disc problems. "
        "Educational, not medical advice. With no command, opens the viewer window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--detail", choices=DETAILS, default="normal", help="mesh detail of the model (default: normal)"
    )
    parser.add_argument(
        "--software",
        action="store_true",
        help="draw with Mesa's software OpenGL (LIBGL_ALWAYS_SOFTWARE=1), for a driver without OpenGL 3.2",
    )
    from app.cli.scene_args import add_scenes_dir_argument

    add_scenes_dir_argument(parser)  # the window lists them beside the presets
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module in commands.items():
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script and of ``python -m app``; returns the exit status."""
    try:
        commands = discover_commands()
        args, extra = build_parser(commands).parse_known_args(argv)
        module = commands.get(args.command) if args.command else None
        if extra and not getattr(module, "PASSES_EXTRA_ARGUMENTS", False):
            raise UserError(f"unrecognized arguments: {' '.join(extra)}")
        args.extra = extra
        if args.software:
            os.environ["LIBGL_ALWAYS_SOFTWARE"] = "1"  # read by Mesa when VTK and Qt open OpenGL
        if args.command is None:
            from app.cli.scene_args import scene_folders

            scene_folders(args)  # a missing folder is one sentence before the window opens
            from app.cli.launch import launch_viewer

            return launch_viewer(detail=args.detail, scenes_dir=args.scenes_dir)
        return int(commands[args.command].run(args) or 0)
    except UserError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so in one line; the traceback only on request
        if os.environ.get("LUMBAR_VIEWER_DEBUG"):
            raise
        print(
            f"{PROG}: internal error: {type(exc).__name__}: {exc} "
            "(set LUMBAR_VIEWER_DEBUG=1 to see the details)",
            file=sys.stderr,
        )
        return 1
