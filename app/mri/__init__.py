"""What an MRI of the model would look like: a dock with a synthetic T2 slice of the state on
screen (meshes.mri), a see-through plane in the 3D view where the slice lies, both following
every scene frame and condition dial through the viewport's stage. Slices are made off the GUI
thread (app.mri.worker) and only while the dock is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from app.i18n import translate
from app.mri.panel import MriPanel
from app.mri.plane_actor import PlaneActor
from app.mri.worker import SliceWorker

if TYPE_CHECKING:
    from app.context import ViewerContext

DEFAULT_SPEC = "sagittal"


class MriView(QObject):
    """Keeps the dock's picture and the 3D plane on the state the stage shows."""

    def __init__(self, ctx: ViewerContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.panel = MriPanel(ctx.frame)
        self.worker = SliceWorker(self)
        self.plane = PlaneActor()
        self._latest: tuple | None = None  # (state or None, vertices) on screen
        self.panel.set_spec(str(ctx.settings.value("mri/slice", DEFAULT_SPEC)))
        self.panel.spec_changed.connect(self._on_spec)
        self.panel.visibilityChanged.connect(self._on_visible)
        self.worker.ready.connect(self._on_slice)
        self.worker.failed.connect(
            lambda why: ctx.say(
                translate("MriView", "The MRI picture could not be made ({why}).").format(why=why),
                8000,
            )
        )
        ctx.viewport.stage.listeners.append(self._on_stage)
        ctx.model_loaded.connect(self._on_model)
        ctx.closing.connect(self.shutdown)
        if ctx.model is not None:
            self._on_model(ctx.model)

    # ---- inputs ------------------------------------------------------------------------------
    def _on_model(self, model) -> None:
        stage = self.ctx.viewport.stage
        if stage.state is None:
            self._latest = (None, {pid: p.vertices for pid, p in model.parts.items()})
        self.refresh()

    def _on_stage(self, state, vertices) -> None:
        self._latest = (state, vertices)
        self.refresh()

    def _on_spec(self, name: str) -> None:
        self.ctx.settings.setValue("mri/slice", name)
        self.refresh()

    def _on_visible(self, visible: bool) -> None:
        self.plane.show_in(self.ctx.viewport.plotter.renderer if visible else None)
        self.ctx.request_render()
        self.refresh()

    # ---- work --------------------------------------------------------------------------------
    def spec(self):
        from meshes.mri import parse_spec

        return parse_spec(self.panel.spec())

    def refresh(self) -> None:
        """Ask for the slice of what is on screen now, if the dock is shown (the plane moves at once)."""
        model = self.ctx.model
        if model is None or self._latest is None or not self.panel.isVisible():
            return
        from meshes.mri import plane_for

        state, vertices = self._latest
        spec = self.spec()
        self.plane.place(plane_for(spec, model, vertices).corners())
        self.ctx.request_render()
        from meshes.state import HEALTHY

        self.worker.request(model, state if state is not None else HEALTHY, spec, vertices)

    def _on_slice(self, mri) -> None:
        self.panel.view.set_slice(mri)
        self.plane.place(mri.plane.corners())
        self.ctx.request_render()

    def toggle(self) -> None:
        """Bring the dock to the front (from behind a tab too), or close it if it is in front."""
        if self.panel.isVisible() and not self.panel.visibleRegion().isEmpty():
            self.panel.hide()
        else:
            self.panel.show()
            self.panel.raise_()

    def shutdown(self) -> None:
        self.worker.shutdown()
        stage = self.ctx.viewport.stage
        if self._on_stage in stage.listeners:
            stage.listeners.remove(self._on_stage)


def install_mri(ctx: ViewerContext) -> MriView:
    """The MRI dock (hidden until asked for: View > MRI view), its plane in the 3D view, and the
    command that shows it; the axial slice follows a scene to its disc."""
    view = MriView(ctx)
    ctx.add_dock(view.panel, Qt.DockWidgetArea.RightDockWidgetArea)
    view.panel.hide()
    action = ctx.add_action(
        "View",
        "mri_view",
        translate("MriView", "&MRI view"),
        view.toggle,
        shortcut=ctx.free_key("Ctrl+Shift+M"),
        tip=translate(
            "MriView", "Show what an MRI of the model would look like now (an illustration, not a scan)"
        ),
        checkable=True,
    )
    view.panel.visibilityChanged.connect(action.setChecked)
    player = ctx.scene_player
    if player is not None:
        player.scene_changed.connect(
            lambda scene: view.panel.set_disc(scene.level) if scene is not None else None
        )
    return view
