"""The scenes panel: the list of scenes and the transport controls (play/pause, scrub slider,
previous/next step, loop, speed, time), and ``install_player``, which puts the player, this
panel, the text panel, the Scene menu and the playback toolbar into the main window.

The buttons show the same QActions as the Scene menu and the toolbar (one command, one
shortcut, one tooltip), so the menus mirror the controls.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSlider,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.player.text_panel import TextPanel, clock
from app.viewer.scene_player import SPEEDS, ScenePlayer
from scenes.schema import Scene, SceneError
from scenes.timeline import Frame

if TYPE_CHECKING:
    from app.context import ViewerContext

SCENE_ROLE = Qt.ItemDataRole.UserRole
SLIDER_STEPS_PER_SECOND = 100  # the slider counts hundredths of a second
# Commands: name -> (menu text, shortcut, tooltip, standard icon)
COMMANDS: dict[str, tuple[str, str, str, QStyle.StandardPixmap | None]] = {
    "play_pause": (
        QT_TRANSLATE_NOOP("panel", "&Play"),
        "Space",
        QT_TRANSLATE_NOOP("panel", "Play or pause the scene"),
        QStyle.StandardPixmap.SP_MediaPlay,
    ),
    "previous_step": (
        QT_TRANSLATE_NOOP("panel", "Pre&vious step"),
        "Left",
        QT_TRANSLATE_NOOP("panel", "Go back to the start of this step, or to the step before"),
        QStyle.StandardPixmap.SP_MediaSeekBackward,
    ),
    "next_step": (
        QT_TRANSLATE_NOOP("panel", "&Next step"),
        "Right",
        QT_TRANSLATE_NOOP("panel", "Go on to the next step"),
        QStyle.StandardPixmap.SP_MediaSeekForward,
    ),
    "scene_start": (
        QT_TRANSLATE_NOOP("panel", "Go to &start"),
        "Home",
        QT_TRANSLATE_NOOP("panel", "Go back to the start of the scene"),
        QStyle.StandardPixmap.SP_MediaSkipBackward,
    ),
    "scene_end": (
        QT_TRANSLATE_NOOP("panel", "Go to &end"),
        "End",
        QT_TRANSLATE_NOOP("panel", "Go to the end of the scene"),
        QStyle.StandardPixmap.SP_MediaSkipForward,
    ),
    "loop": (
        QT_TRANSLATE_NOOP("panel", "&Loop"),
        "",
        QT_TRANSLATE_NOOP("panel", "Start again from the beginning when the scene ends"),
        None,
    ),
    "open_scenes": (
        QT_TRANSLATE_NOOP("panel", "&Open scenes folder…"),
        "Ctrl+O",
        QT_TRANSLATE_NOOP("panel", "Show the scenes in another folder (for teachers who write their own)"),
        None,
    ),
}


class PlayerPanel(QDockWidget):
    """A dock with the scene list on top and the playback controls below it."""

    def __init__(self, player: ScenePlayer, actions: dict[str, QAction], parent: QWidget | None = None):
        super().__init__(translate("PlayerPanel", "Scenes"), parent)
        self.setObjectName("player_panel")
        self.player = player
        self.actions = actions
        # Made once: a new standard icon per play/pause gets new cached pixmaps each time it is
        # painted (measured: 2.2 kB a toggle, 25 MB over 20,000 toggles; 0.3 kB when reused).
        style = self.style()
        self._play_icons = {  # by "playing": the pause icon while playing, else the play icon
            False: style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
            True: style.standardIcon(QStyle.StandardPixmap.SP_MediaPause),
        }

        self.scene_list = QListWidget()
        self.scene_list.setObjectName("scene_list")
        self.scene_list.setAccessibleName(translate("PlayerPanel", "Scenes"))
        self.scene_list.setAccessibleDescription(
            translate("PlayerPanel", "Choose a scene to watch; it opens at its first step")
        )
        self.scene_list.setToolTip(translate("PlayerPanel", "Choose a scene to watch."))
        self.scene_list.setWordWrap(True)
        self.scene_list.currentItemChanged.connect(self._on_scene_chosen)

        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for name in ("scene_start", "previous_step", "play_pause", "next_step", "scene_end"):
            b = QToolButton()
            b.setObjectName(f"{name}_button")
            b.setDefaultAction(actions[name])
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # by Tab, not by a click: the keys stay the window's
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(b)
            self.buttons[name] = b

        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("time_slider")
        self.slider.setAccessibleName(translate("PlayerPanel", "Time in the scene"))
        self.slider.setToolTip(translate("PlayerPanel", "Drag to move through the scene"))
        self.slider.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.slider.setRange(0, 0)
        self.slider.valueChanged.connect(self._on_slider_moved)
        self.slider.sliderPressed.connect(self._on_slider_pressed)
        self.slider.sliderReleased.connect(self._on_slider_released)
        self._resume_after_drag = False

        self.time_label = QLabel("0:00 / 0:00")
        self.time_label.setObjectName("time_label")
        self.time_label.setToolTip(translate("PlayerPanel", "Time in the scene / length of the scene"))
        self.loop_box = QCheckBox(translate("PlayerPanel", "Loop"))
        self.loop_box.setObjectName("loop_check")
        self.loop_box.setToolTip(actions["loop"].toolTip())
        self.loop_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.loop_box.setChecked(player.loop)
        self.loop_box.toggled.connect(player.set_loop)
        self.speed_box = QComboBox()
        self.speed_box.setObjectName("speed_combo")
        self.speed_box.setAccessibleName(translate("PlayerPanel", "Playback speed"))
        self.speed_box.setToolTip(translate("PlayerPanel", "Playback speed"))
        self.speed_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for s in SPEEDS:
            self.speed_box.addItem(translate("PlayerPanel", "{s:g}×").format(s=s), s)
        self.speed_box.setCurrentIndex(SPEEDS.index(player.speed))
        self.speed_box.currentIndexChanged.connect(lambda i: player.set_speed(SPEEDS[i]))
        extras = QHBoxLayout()
        extras.addWidget(self.time_label, 1)
        extras.addWidget(self.loop_box)
        extras.addWidget(QLabel(translate("PlayerPanel", "Speed")))
        extras.addWidget(self.speed_box)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.scene_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.slider)
        layout.addLayout(extras)
        self.setWidget(body)

        player.scenes_loaded.connect(self.set_scenes)
        player.scene_changed.connect(self._on_scene_changed)
        player.frame_changed.connect(self._on_frame)
        player.playing_changed.connect(self._on_playing)
        player.loop_changed.connect(self._on_loop)
        player.speed_changed.connect(self._on_speed)
        self._on_scene_changed(player.scene)

    # ---- the scene list ----------------------------------------------------------------------
    def set_scenes(self, scenes: list[Scene], errors: list[SceneError]) -> None:
        """List the good scenes by title and each bad file, greyed out with its errors as tooltip."""
        blocker = QSignalBlocker(self.scene_list)
        self.scene_list.clear()
        bad: dict[str, list[SceneError]] = {}
        for e in errors:
            bad.setdefault(e.file, []).append(e)
        rows: list[tuple[str, QListWidgetItem]] = []
        for s in scenes:
            item = QListWidgetItem(s.title)
            item.setData(SCENE_ROLE, s.id)
            left_out = bad.pop(s.file, [])  # a scene that loaded without its bad quiz questions
            item.setToolTip("\n".join([_summary(s), *(str(p) for p in left_out)]))
            rows.append(((0, len(rows)), item))  # the catalog's teaching order
        for file, problems in bad.items():
            name = Path(file).stem or file
            item = QListWidgetItem(translate("PlayerPanel", "{name} (cannot be shown)").format(name=name))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip("\n".join(str(p) for p in problems))
            rows.append(((1, Path(file).name), item))
        for _key, item in sorted(rows, key=lambda r: r[0]):
            self.scene_list.addItem(item)
        del blocker
        self._select(self.player.scene.id if self.player.scene else None)

    def item_for(self, scene_id: str) -> QListWidgetItem | None:
        for i in range(self.scene_list.count()):
            item = self.scene_list.item(i)
            if item.data(SCENE_ROLE) == scene_id:
                return item
        return None

    def _select(self, scene_id: str | None) -> None:
        blocker = QSignalBlocker(self.scene_list)
        item = self.item_for(scene_id) if scene_id else None
        self.scene_list.setCurrentItem(item)
        if item is None:
            self.scene_list.clearSelection()
        del blocker

    def _on_scene_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        scene_id = item.data(SCENE_ROLE) if item is not None else None
        if scene_id and (self.player.scene is None or self.player.scene.id != scene_id):
            self.player.set_scene(scene_id)

    # ---- what the player tells it ------------------------------------------------------------
    def _on_scene_changed(self, scene: Scene | None) -> None:
        self._select(scene.id if scene else None)
        blocker = QSignalBlocker(self.slider)
        self.slider.setRange(0, round((scene.duration if scene else 0) * SLIDER_STEPS_PER_SECOND))
        self.slider.setValue(0)
        del blocker
        self.slider.setEnabled(scene is not None)
        for name in ("play_pause", "previous_step", "next_step", "scene_start", "scene_end"):
            self.actions[name].setEnabled(scene is not None)
        self.time_label.setText(
            translate("PlayerPanel", "0:00 / {clock}").format(clock=clock(scene.duration))
            if scene
            else "0:00 / 0:00"
        )

    def _on_frame(self, frame: Frame) -> None:
        if not self.slider.isSliderDown():
            blocker = QSignalBlocker(self.slider)
            self.slider.setValue(round(frame.time * SLIDER_STEPS_PER_SECOND))
            del blocker
        self.time_label.setText(
            translate("PlayerPanel", "{clock} / {clock2}").format(
                clock=clock(frame.time), clock2=clock(self.player.duration)
            )
        )

    def _on_playing(self, playing: bool) -> None:
        a = self.actions["play_pause"]
        a.setText(translate("PlayerPanel", "&Pause") if playing else translate("PlayerPanel", "&Play"))
        a.setIcon(self._play_icons[playing])
        a.setToolTip(("Pause the scene" if playing else "Play the scene") + " (Space)")

    def _on_loop(self, on: bool) -> None:
        blocker = QSignalBlocker(self.loop_box)
        self.loop_box.setChecked(on)
        del blocker
        blocker = QSignalBlocker(self.actions["loop"])
        self.actions["loop"].setChecked(on)
        del blocker

    def _on_speed(self, speed: float) -> None:
        blocker = QSignalBlocker(self.speed_box)
        self.speed_box.setCurrentIndex(SPEEDS.index(speed))
        del blocker

    # ---- the slider --------------------------------------------------------------------------
    def _on_slider_moved(self, value: int) -> None:
        self.player.seek(value / SLIDER_STEPS_PER_SECOND)

    def _on_slider_pressed(self) -> None:
        self._resume_after_drag = self.player.playing
        self.player.pause()

    def _on_slider_released(self) -> None:
        if self._resume_after_drag:
            self.player.play()
        self._resume_after_drag = False


def _summary(scene: Scene) -> str:
    from scenes.timeline import scene_texts

    try:
        return scene_texts(scene)[0]
    except ValueError:
        return scene.summary


@dataclass
class PlayerTools:
    """What the player feature puts in the window: the clock and its two panels."""

    player: ScenePlayer
    panel: PlayerPanel
    text: TextPanel


def install_player(ctx: ViewerContext, folder: str | Path | list | None = None) -> PlayerTools:
    """The scene player in the window: the Scenes and Explanation docks, a Scene menu, a playback
    toolbar, the keys (Space, Left/Right, Home/End). The player is also ``ctx.scene_player``, for
    the features that follow a scene."""
    frame = ctx.frame
    player = ScenePlayer(ctx.viewport, frame, ctx.request_render, ctx.settings)
    ctx.scene_player = player
    style = frame.style()
    actions: dict[str, QAction] = {}
    slots = {
        "play_pause": player.toggle_play,
        "previous_step": player.previous_step,
        "next_step": player.next_step,
        "scene_start": player.go_to_start,
        "scene_end": player.go_to_end,
        "loop": lambda checked=False: player.set_loop(bool(checked)),
        "open_scenes": lambda: _open_folder(ctx, player),
    }
    for name, (text, key, tip, icon) in COMMANDS.items():
        if name in ("loop", "open_scenes"):
            ctx.menu("Scene").addSeparator()
        a = ctx.add_action(
            "Scene", name, translate("panel", text), slots[name], QKeySequence(key) if key else None,
            translate("panel", tip),
            checkable=(name == "loop"),
        )  # fmt: skip
        if icon is not None:
            a.setIcon(style.standardIcon(icon))
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        actions[name] = a
    actions["loop"].setChecked(player.loop)

    panel = PlayerPanel(player, actions, frame)
    text = TextPanel(frame)
    text.step_clicked.connect(player.go_to_step)
    player.scene_changed.connect(text.set_scene)
    # A scene needs its explanation in view: bring the panel's tab to the front (if it is open).
    player.scene_changed.connect(
        lambda scene: text.raise_() if scene is not None and text.toggleViewAction().isChecked() else None
    )
    player.frame_changed.connect(text.show_frame)
    player.problem.connect(lambda message: ctx.say(message, 8000))
    ctx.add_dock(panel, Qt.DockWidgetArea.LeftDockWidgetArea)
    ctx.add_dock(text, Qt.DockWidgetArea.RightDockWidgetArea)
    frame.resizeDocks([text], [380], Qt.Orientation.Horizontal)

    bar = QToolBar(translate("panel", "Playback"), frame)
    bar.setObjectName("playback_toolbar")
    for name in ("scene_start", "previous_step", "play_pause", "next_step", "scene_end"):
        bar.addAction(actions[name])
    frame.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    if "panels" in ctx.menus:
        ctx.menus["panels"].addAction(bar.toggleViewAction())

    ctx.model_loaded.connect(player.set_model)
    if ctx.model is not None:
        player.set_model(ctx.model)
    player.load_scenes(folder)
    ctx.language_changed.connect(lambda _code: _reload_in_language(player, folder))
    remembered = player.remembered_scene()
    if remembered and player.find(remembered) is not None:
        player.set_scene(remembered)
    return PlayerTools(player, panel, text)


def _reload_in_language(player: ScenePlayer, folder) -> None:
    """Read the scenes again in the new language and show the same scene at the same moment."""
    shown, t = (player.scene.id if player.scene else None), player.time
    player.load_scenes(folder)
    if shown is not None and player.find(shown) is not None:
        player.set_scene(shown)
        player.seek(t, force_camera=True)


def _open_folder(ctx: ViewerContext, player: ScenePlayer) -> None:
    folder = QFileDialog.getExistingDirectory(ctx.frame, translate("panel", "Open a folder of scenes"))
    if folder:
        player.load_scenes(folder)
        good = len(player.scenes)
        bad = len({e.file for e in player.errors} - {s.file for s in player.scenes})
        note = f"{good} scene{'s' if good != 1 else ''} in {folder}"
        ctx.say(note + (f"; {bad} could not be shown" if bad else ""), 8000)
