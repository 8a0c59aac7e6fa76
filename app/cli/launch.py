"""Opening the viewer window from the command line: check the machine, start the model, run."""

from __future__ import annotations


def launch_viewer(detail: str = "normal", on_window=None, scenes_dir=None, lang=None) -> int:
    """Open the viewer window and run until it is closed (``on_window``: see window.run_viewer)."""
    from app.cli import system

    system.ensure_gui()  # the display answers and offers OpenGL 3.2, or one sentence
    from app.viewer.prefetch import prefetch_model

    future = prefetch_model(detail)  # the model loads while Qt and VTK import (about a second)
    from app.window import run_viewer

    return run_viewer(
        detail=detail, on_window=on_window, model_future=future, scenes_dir=scenes_dir, lang=lang
    )
