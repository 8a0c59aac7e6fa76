"""The report feature in the window: Help > "Explain my MRI report…" opens the dialog; Play
builds the scene and hands it to the scene player (it joins the scene list), Save writes the
scene pair, the handout goes through File > Export's handout (the scene is the one playing)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError
from app.i18n import translate
from scenes.report import Reading

if TYPE_CHECKING:
    from app.context import ViewerContext
    from app.report.dialog import ReportDialog

SCENE_ID = "my_mri_report"


def tr(text: str) -> str:
    return translate("ReportTools", text)


class ReportTools:
    def __init__(self, ctx: ViewerContext) -> None:
        self.ctx = ctx
        self.dialog: ReportDialog | None = None
        self.make_handout: Callable[[], None] | None = None  # set by the wiring (File > Export's handout)

    def open_dialog(self) -> ReportDialog:
        from app.report.dialog import ReportDialog

        if self.dialog is None:
            self.dialog = ReportDialog(self.ctx.frame, self.play, self.save, self.handout)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def scene(self, reading: Reading):
        from app.report.files import scene_from_text
        from scenes.report.scene import build_scene

        if not reading.findings:
            raise UserError(
                reading.message
                or translate("ReportTools", "There is no finding to show; read a report first.")
            )
        title = translate("ReportTools", "My MRI report")
        return scene_from_text(*build_scene(reading, title), SCENE_ID)

    def play(self, reading: Reading) -> None:
        player = self.ctx.scene_player
        if player is None:
            raise UserError(translate("ReportTools", "Scenes cannot play in this window."))
        scene = self.scene(reading)
        player.add_scene(scene)
        player.set_scene(scene)
        player.play()
        self.ctx.say(translate("ReportTools", "Playing the scene of your MRI report."), 6000)

    def save(self, reading: Reading, path: Path) -> str:
        from app.report.files import check_scene_out, save_scene
        from scenes.report.scene import build_scene

        if not reading.findings:
            raise UserError(
                reading.message
                or translate("ReportTools", "There is no finding to save; read a report first.")
            )
        check_scene_out(path)
        scene = save_scene(*build_scene(reading, translate("ReportTools", "My MRI report")), path)
        return translate("ReportTools", "Saved {file} and its text {md} ({n} steps).").format(
            file=path.name, md=path.with_suffix(".md").name, n=len(scene.steps)
        )

    def handout(self, reading: Reading) -> None:
        if self.make_handout is None:
            raise UserError(translate("ReportTools", "This window has no handout command."))
        player = self.ctx.scene_player
        if player is not None:
            scene = self.scene(reading)
            player.add_scene(scene)
            player.set_scene(scene)  # the handout dialog starts at the scene playing
        self.make_handout()


def install_report(ctx: ViewerContext) -> ReportTools:
    """Help > Explain my MRI report… (Ctrl+Shift+M if free)."""
    tools = ReportTools(ctx)
    ctx.add_action(
        "Help",
        "explain_report",
        translate("ReportTools", "Explain my MRI &report…"),
        tools.open_dialog,
        ctx.free_key("Ctrl+Shift+M"),
        translate("ReportTools", "Paste or open an MRI report and see its findings on the model"),
    )
    return tools
