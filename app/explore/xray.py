"""See-through views: x-ray mode, opacity per part and per group, isolating one part.

One controller owns every opacity the user chooses, so the sliders, the x-ray button and the
scene player never fight: a part is drawn at ``part opacity x group opacity x x-ray factor``; a
part the player is showing see-through stays see-through and gets the new value back after.

Translucent parts are blended order-independently (VTK's OIT pass, see ``sort_translucency``),
so a see-through vertebra never hides the disc and nerve inside it, from any side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.i18n import QT_TRANSLATE_NOOP
from app.viewer.scene_looks import TRANSLUCENT_OPACITY
from meshes.parts import GROUPS, PARTS

if TYPE_CHECKING:
    from app.context import ViewerContext

# Opacity of each group in x-ray mode: bone like a radiograph, the soft parts that matter solid.
XRAY_OPACITY: dict[str, float] = {"bone": 0.18, "ligament": 0.35, "joint": 0.4, "disc": 1.0, "nerve": 1.0}
XRAY_TIP = QT_TRANSLATE_NOOP("xray", "X-ray: bones see-through, discs, nerves and the dural sac solid")


def sort_translucency(plotter) -> bool:
    """Order-independent translucency for a plotter's renderer; True when VTK accepted it.

    VTK's weighted blended OIT pass draws all see-through parts in one pass whatever their order,
    so a translucent vertebra in front of or behind a disc blends right from every side. It is the
    equivalent of depth peeling that works here: measured at 640x400 on 2 cores (llvmpipe), x-ray
    takes 0.15 s a frame with OIT and 1.3 s with 6 depth peels, and depth peeling draws nothing
    translucent at all once multisampling is on (as on real GPUs and in stills).
    """
    renderer = plotter.renderer
    renderer.SetUseDepthPeeling(False)
    renderer.SetUseOIT(True)
    return bool(renderer.GetUseOIT())


class OpacityController(QObject):
    """Opacity of every part: user's part and group sliders, x-ray mode, isolate / show all."""

    changed = Signal()  # any opacity changed (panels refresh their sliders)
    xray_changed = Signal(bool)
    isolate_requested = Signal(str)  # show only this part
    show_all_requested = Signal()

    def __init__(self, ctx: ViewerContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.viewport = ctx.viewport
        self.part_opacity: dict[str, float] = {}
        self.group_opacity: dict[str, float] = dict.fromkeys(GROUPS, 1.0)
        self.xray = False

    # ---- what is drawn -----------------------------------------------------------------------
    def effective(self, part_id: str) -> float:
        """The opacity a part is drawn with, 0..1 (before any scene step's see-through)."""
        info = PARTS.get(part_id)
        group = info.group if info else ""
        value = self.part_opacity.get(part_id, 1.0) * self.group_opacity.get(group, 1.0)
        if self.xray:
            value *= XRAY_OPACITY.get(group, 1.0)
        return max(0.0, min(1.0, value))

    def apply(self, part_ids=None) -> None:
        """Write the opacities into the actors (all parts by default) and ask for a frame."""
        actors = self.viewport.actors
        held = self._held_by_player()
        for pid in part_ids if part_ids is not None else list(actors):
            if pid not in actors:
                continue
            value = self.effective(pid)
            if pid in held:  # the scene shows it see-through now; it gets `value` back after
                held[pid] = value
                value = min(value, self._player_opacity())
            self.viewport.set_opacity(pid, value)
        self.ctx.request_render()
        self.changed.emit()

    def _held_by_player(self) -> dict[str, float]:
        player = self.ctx.scene_player
        return player.scene_looks.opacity_held if player is not None else {}

    @staticmethod
    def _player_opacity() -> float:
        return TRANSLUCENT_OPACITY

    # ---- commands ----------------------------------------------------------------------------
    def set_xray(self, on: bool) -> None:
        on = bool(on)
        if on == self.xray:
            return
        self.xray = on
        self.apply()
        self.xray_changed.emit(on)

    def toggle_xray(self) -> None:
        self.set_xray(not self.xray)

    def set_part_opacity(self, part_id: str, opacity: float) -> None:
        self.part_opacity[part_id] = max(0.0, min(1.0, float(opacity)))
        self.apply([part_id])

    def set_group_opacity(self, group: str, opacity: float) -> None:
        self.group_opacity[group] = max(0.0, min(1.0, float(opacity)))
        self.apply([p.id for p in PARTS.values() if p.group == group])

    def reset(self) -> None:
        """Every part fully opaque again and x-ray off."""
        self.part_opacity.clear()
        self.group_opacity = dict.fromkeys(GROUPS, 1.0)
        was = self.xray
        self.xray = False
        self.apply()
        if was:
            self.xray_changed.emit(False)

    def isolate(self, part_id: str) -> None:
        """Show only this part (the window hands it to the structures panel, so its ticks stay true)."""
        self.isolate_requested.emit(part_id)
        self.ctx.request_render()

    def show_all(self) -> None:
        self.show_all_requested.emit()
        self.ctx.request_render()
