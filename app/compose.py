"""The composition root's work: create every feature with the window's ViewerContext, keep what
each install function returns, and join them through app/wiring.py.

What comes back (``Panels``, ``Tools``) is each feature's own API, exactly as its
``install_<feature>(ctx)`` returned it; the window keeps the two records and nothing else of
the features, and tests reach a feature through them (``window.panels.clinic.controller``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow

from app import wiring

if TYPE_CHECKING:
    from app.annotate.tools import Annotate
    from app.clinic.panel import ClinicTools
    from app.context import ViewerContext
    from app.explore.tools import Explorer
    from app.mri import MriView
    from app.player.panel import PlayerTools
    from app.report.tools import ReportTools
    from app.share.dialogs import ExportTools
    from app.shell.structures_panel import StructuresPanel
    from app.shell.tools import Shell
    from app.teach import Teach


@dataclass(frozen=True)
class Panels:
    """The features a window shows as soon as the model is on screen."""

    playing: PlayerTools  # the scene clock, the scene list and transport, the explanation
    clinic: ClinicTools  # the condition dials, the body map, measurements, the healthy-beside view
    exports: ExportTools  # File > Export: stills, clips, 3D files, the handout, the take-home page
    mri: MriView  # View > MRI view
    report: ReportTools  # Help > Explain my MRI report


@dataclass(frozen=True)
class Tools:
    """The features that work on the model (and the window's arrangement of all docks)."""

    explore: Explorer  # x-ray, picking and information, cuts, camera glides, labels
    teach: Teach  # Scene > Quiz
    annotate: Annotate  # the pen and visit files
    shell: Shell  # preferences, presentation mode, layouts, keys, text size, announcements


def install_panels(ctx: ViewerContext, window: QMainWindow, scenes_dir=None) -> Panels:
    """The scene player, the condition tools, the exports, the MRI view and the report reader."""
    from app.clinic.panel import install_condition_tools
    from app.mri import install_mri
    from app.player.panel import install_player
    from app.report.tools import install_report
    from app.share.menu import install_exports
    from scenes.catalog import with_presets

    # scene list, transport, text panel, Scene menu, keys; a teacher's folder beside the presets
    playing = install_player(ctx, with_presets(scenes_dir) if scenes_dir else None)
    clinic = install_condition_tools(ctx)  # condition, body map, measurements, split
    exports = install_exports(ctx)  # File > Export: still, clip, 3D model, handout
    mri = install_mri(ctx)  # View > MRI view: a T2 slice of the state on screen
    report = install_report(ctx)  # Help > Explain my MRI report…
    wiring.condition_beside_text(window, playing.text, clinic.panel)
    wiring.mri_beside_body_map(window, clinic.body_map, mri)
    wiring.mri_follows_condition(mri, clinic.controller)
    wiring.exports_follow_condition(exports, clinic.controller)
    wiring.report_hands_out(report, exports)
    return Panels(playing, clinic, exports, mri, report)


def install_tools(
    ctx: ViewerContext, window: QMainWindow, structures: StructuresPanel, panels: Panels | None
) -> Tools:
    """Explore, the quiz and the pen, then the shell last: it arranges every feature's docks and
    gives every command a key."""
    from app.annotate.tools import install_annotate
    from app.explore.tools import install_explore
    from app.shell.tools import install_shell
    from app.teach import install_teach

    explore = install_explore(ctx)
    wiring.place_explore_docks(window, structures, explore)
    teach = install_teach(ctx)  # Scene > Quiz: questions beside the model
    annotate = install_annotate(ctx)  # Draw menu: the pen; File > Save/Open visit
    shell = install_shell(ctx, explore.views, explore.labels)
    conditions = panels.clinic.controller if panels else None
    wiring.announce_findings(shell.announcer, conditions)
    wiring.structures_follow_explore(structures, explore)
    wiring.view_texts_follow_presentation(ctx, explore.labels, panels.clinic.overlay if panels else None)
    if ctx.scene_player is not None:
        wiring.info_follows_scene(ctx.scene_player, explore)
    wiring.quiz_beside_text(window, panels.playing.text if panels else None, teach, shell.presentation)
    wiring.quiz_clicks_select_nothing(ctx, explore, teach)
    wiring.visit_holds_scene_or_condition(annotate, ctx.scene_player, conditions)
    wiring.pen_in_presentation(shell.presentation, annotate.pen)
    return Tools(explore, teach, annotate, shell)
