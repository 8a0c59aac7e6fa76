"""Subcommands of ``lumbar-viewer``, one module each, found by ``app.cli.main`` with pkgutil.

A command module defines::

    NAME: str                                   # the word typed after lumbar-viewer
    HELP: str                                   # one line for --help
    def add_arguments(parser) -> None: ...      # argparse options
    def run(args) -> int: ...                   # exit status; raise app.errors.UserError for bad input

Every command module is imported whenever the program starts, so keep its top level light:
import Qt, pyvista, trimesh and the model inside ``run``. Modules whose name starts with an
underscore are helpers, not commands. A command that sets ``PASSES_EXTRA_ARGUMENTS = True``
receives the arguments it does not know in ``args.extra`` (selftest hands them to pytest).
"""
