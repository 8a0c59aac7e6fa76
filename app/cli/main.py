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
from app.i18n import LANGUAGES, set_language, translate

PROG = "lumbar-viewer"
DETAILS = ("low", "normal", "high")  # mirrors meshes.model.DETAILS without importing numpy here


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (our UserError), not usage text plus a message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UserError(argparse_message(message))


def argparse_message(message: str) -> str:
    """argparse's own usage errors in the chosen language (it has no Spanish of its own)."""
    import re

    patterns = (
        (r"the following arguments are required: (?P<args>.+)",
         translate("cli", "the following arguments are required: {args}")),
        (r"argument (?P<arg>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
         translate("cli", "argument {arg}: {value} is not allowed; choose from {choices}")),
        (r"argument (?P<arg>\S+): expected one argument", translate("cli", "argument {arg} needs a value")),
        (r"argument (?P<arg>\S+): invalid (?P<kind>\w+) value: (?P<value>.+)",
         translate("cli", "argument {arg}: {value} is not a valid {kind}")),
        (r"unrecognized arguments: (?P<args>.+)", translate("cli", "unrecognized arguments: {args}")),
        (r"argument (?P<arg>\S+): (?P<why>.+)", translate("cli", "argument {arg}: {why}")),
    )  # fmt: skip
    for pattern, text in patterns:
        if m := re.fullmatch(pattern, message):
            return text.format(**m.groupdict())
    return message


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


def take_language(argv: list[str]) -> tuple[str | None, list[str]]:
    """The ``--lang CODE`` (or ``--lang=CODE``) anywhere on the line, and the line without it: it
    is global, valid before or after a command, and must be known before the help texts are made."""
    rest: list[str] = []
    lang: str | None = None
    it = iter(argv)
    for arg in it:
        if arg == "--lang":
            lang = next(it, None)
            if lang is None:
                raise UserError(translate("cli", "--lang needs a language code, e.g. --lang es"))
        elif arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        else:
            rest.append(arg)
    return lang, rest


def build_parser(commands: dict[str, ModuleType]) -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description=translate(
            "cli",
            "A 3D model of the lower back that explains lumbar disc problems. "
            "Educational, not medical advice. With no command, opens the viewer window.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--detail",
        choices=DETAILS,
        default="normal",
        help=translate("cli", "mesh detail of the model (default: normal)"),
    )
    parser.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        help=translate("cli", "language of the window and the texts (default: the system's); valid anywhere"),
    )
    parser.add_argument(
        "--software",
        action="store_true",
        help=translate(
            "cli",
            "draw with Mesa's software OpenGL (LIBGL_ALWAYS_SOFTWARE=1), for a driver without OpenGL 3.2",
        ),
    )
    from app.cli.scene_args import add_scenes_dir_argument

    add_scenes_dir_argument(parser)  # the window lists them beside the presets
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module in commands.items():
        text = translate("commands", module.HELP)
        p = sub.add_parser(name, help=text, description=text)
        module.add_arguments(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script and of ``python -m app``; returns the exit status."""
    try:
        lang, argv = take_language(list(sys.argv[1:] if argv is None else argv))
        set_language(lang)  # None: the system's (the window may still take the one in Preferences)
        commands = discover_commands()
        args, extra = build_parser(commands).parse_known_args(argv)
        args.lang = lang
        module = commands.get(args.command) if args.command else None
        if extra and not getattr(module, "PASSES_EXTRA_ARGUMENTS", False):
            raise UserError(translate("cli", "unrecognized arguments: {args}").format(args=" ".join(extra)))
        args.extra = extra
        if args.software:
            os.environ["LIBGL_ALWAYS_SOFTWARE"] = "1"  # read by Mesa when VTK and Qt open OpenGL
        if args.command is None:
            from app.cli.scene_args import scene_folders

            scene_folders(args)  # a missing folder is one sentence before the window opens
            from app.cli.launch import launch_viewer

            return launch_viewer(detail=args.detail, scenes_dir=args.scenes_dir, lang=lang)
        return int(commands[args.command].run(args) or 0)
    except UserError as exc:
        print(translate("cli", "{prog}: error: {message}").format(prog=PROG, message=exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so in one line; the traceback only on request
        if os.environ.get("LUMBAR_VIEWER_DEBUG"):
            raise
        print(
            translate(
                "cli",
                "{prog}: internal error: {kind}: {message} (set LUMBAR_VIEWER_DEBUG=1 to see the details)",
            ).format(prog=PROG, kind=type(exc).__name__, message=exc),
            file=sys.stderr,
        )
        return 1
