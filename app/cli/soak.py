"""A long session in the real window, driven as a user would: ``lumbar-viewer bench --soak SECONDS``.

A physician keeps the viewer open all day and a classroom loops the scenes through a lesson, so
memory, actors and timers must stay flat. One lap plays every step of every scene, turns every
condition at every level, and switches x-ray, a cut, the healthy-beside view and labels on and
off. After one warm-up lap the figures are taken, laps run until the time is up, everything is
switched off, and the figures are taken again; then the window closes and the app quits. Memory
is read as the window's own periodic trim leaves it (app.shell.memory), and the highest reading between
trims is reported as rss_mb_peak.

Mesa's software OpenGL (llvmpipe) rasterises in threads by default, and then keeps the binned
triangles of each of its scene slots until that slot is reused: a pool that fills over the first
laps and then swings by 20-65 MB from one idle reading to the next (measured: malloc's bytes in use
185-250 MB over 17 laps), so one start and one end reading said more about that pool than about
the app. The soak therefore asks llvmpipe to rasterise in the drawing thread (``LP_NUM_THREADS=0``,
unless the caller set it): the same frames, the same window, and readings that stay within 3 MB
over 19 laps (one hour, 215 laps: 638.2 -> 640.6 MB, +0.37%). GPU drivers ignore the variable.
"""

from __future__ import annotations

import gc
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.shell.memory import release_free_memory

TICK_MS = 30  # one user action per tick: the event loop and the renders run in between
SETTLE_EVERY = 10  # laps between settled memory readings (gc, trim, then RSS)
SETTLE_S = 1.5  # seconds of idle event loop before a settled reading
SETTLE_READINGS = 3  # readings a quarter of that apart; the lowest counts
BUSY_WAIT_S = 20.0  # at most this long for the window's background work to end before a reading
RASTER_THREADS = "0"  # llvmpipe's rasteriser threads during a soak (see the module docstring)


def late_slope(trend: list[tuple[float, float]]) -> float:
    """MB per second over the second half of the readings (least squares; 0 with too few)."""
    late = trend[len(trend) // 2 :]
    if len(late) < 2:
        return 0.0
    import numpy as np

    t, mb = np.array(late).T
    return float(np.polyfit(t, mb, 1)[0]) if np.ptp(t) > 0 else 0.0


def end_level(trend: list[tuple[float, float]], rss_end: float, last: int = 5) -> float:
    """The memory level the soak ended at: the median of the last few settled readings and
    the end reading. One reading swings by 20-40 MB from lap to lap, and a heap profile of an idle
    window (tcmalloc, one dump per reading) put the swing in Mesa's software rasterizer: each of
    its scene slots keeps the last frame's binned triangles (64 KB blocks) until the slot is
    reused, 0-23 MB between readings. A leak moves the median, a swing does not."""
    import statistics

    return statistics.median([mb for _, mb in trend[-last:]] + [rss_end])


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def count_actors(window) -> int:
    """Props in every renderer of the 3D view (parts, caps, labels, the split view's half)."""
    renderers = window.plotter.ren_win.GetRenderers()
    renderers.InitTraversal()
    total = 0
    for _ in range(renderers.GetNumberOfItems()):
        total += renderers.GetNextItem().GetViewProps().GetNumberOfItems()
    return total


def running_timers() -> list[str]:
    """Object names of the QTimers running now ('?' for unnamed ones)."""
    import shiboken6

    return sorted(
        o.objectName() or "?"
        for o in gc.get_objects()
        if isinstance(o, QTimer) and shiboken6.isValid(o) and o.isActive()
    )


@dataclass
class SoakResult:
    soak_s: float = 0.0
    laps: int = 0
    scene_switches: int = 0
    rss_mb_start: float = 0.0
    rss_mb_end: float = 0.0
    rss_mb_peak: float = 0.0
    actors_start: int = 0
    actors_end: int = 0
    timers_start: list[str] = field(default_factory=list)
    timers_end: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    gl_renderer: str = ""
    lap_s: list[float] = field(default_factory=list)  # wall time of each lap after the warm-up
    # (seconds into the soak, settled MB) every SETTLE_EVERY laps: a trend, not two end points
    rss_trend: list[tuple[float, float]] = field(default_factory=list)

    def as_dict(self) -> dict:
        growth = (self.rss_mb_end - self.rss_mb_start) / self.rss_mb_start if self.rss_mb_start else 0.0
        level = end_level(self.rss_trend, self.rss_mb_end)
        return {
            "soak_s": round(self.soak_s, 1),
            "laps": self.laps,
            "scene_switches": self.scene_switches,
            "rss_mb_start": round(self.rss_mb_start, 1),
            "rss_mb_end": round(self.rss_mb_end, 1),
            "rss_growth": round(growth, 4),
            "rss_mb_peak": round(self.rss_mb_peak, 1),
            "actors_start": self.actors_start,
            "actors_end": self.actors_end,
            "timers_start": len(self.timers_start),
            "timers_end": len(self.timers_end),
            "timer_names_start": self.timers_start,
            "timer_names_end": self.timers_end,
            "gl_renderer": self.gl_renderer,
            "raster_threads": os.environ.get("LP_NUM_THREADS", ""),
            "errors": len(self.errors),
            "error_messages": self.errors[:5],
            # a lap slower at the end than at the start means something piles up
            "lap_s_first_last": [round(self.lap_s[0], 1), round(self.lap_s[-1], 1)] if self.lap_s else [],
            "rss_mb_trend": [[round(t), round(mb, 1)] for t, mb in self.rss_trend],
            # the slope of the second half: a cache filling up levels off, a leak keeps climbing
            "rss_mb_per_hour_late": round(late_slope(self.rss_trend) * 3600, 1),
            "rss_mb_end_level": round(level, 1),
            "rss_growth_level": round((level - self.rss_mb_start) / self.rss_mb_start, 4)
            if self.rss_mb_start
            else 0.0,
        }


class Soak(QObject):
    """Drives a shown MainWindow (with its panels installed) for ``seconds``, one action a tick;
    calls ``done(result)`` when finished, with every tool switched off again."""

    def __init__(self, window, seconds: float, done: Callable[[SoakResult], None]) -> None:
        super().__init__(window)
        self.window = window
        self.seconds = float(seconds)
        self.done = done
        self.result = SoakResult()
        self._actions: Iterator[Callable[[], None]] = iter(())
        self._timer = QTimer(self)
        self._timer.setObjectName("soak")
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._started = 0.0
        self._lap_started = 0.0
        self._warm = False

    def start(self) -> None:
        self._hook = sys.excepthook
        sys.excepthook = self._on_exception  # an exception in a Qt slot counts as an error
        self._actions = self._lap()
        self._timer.start()

    # ---- one lap of everything a user does ----------------------------------------------------
    def _lap(self) -> Iterator[Callable[[], None]]:
        w = self.window
        player, conditions, explore = w.panels.playing.player, w.panels.clinic.controller, w.tools.explore
        for scene in list(player.scenes):
            yield lambda s=scene: self._switch(s.id)
            for i in range(len(scene.steps)):
                yield lambda i=i: player.go_to_step(i)
                yield explore.views.finish
            yield player.play
            yield player.pause
        yield lambda: player.set_scene(None)
        from meshes.conditions import CONDITIONS
        from meshes.dimensions import DISC_LEVELS

        for n, condition in enumerate(CONDITIONS):
            for level in DISC_LEVELS:
                side = ("left", "right")[n % 2]
                yield lambda c=condition, lv=level, sd=side: conditions.set_choice(
                    condition=c, level=lv, side=sd, severity=0.8
                )
        for name in ("xray", "labels", "split_view", "measurements"):
            yield w.actions[name].trigger  # on
            yield lambda: conditions.set_choice(level="L5-S1")
            yield w.actions[name].trigger  # off
        yield lambda: explore.clipping.cut_through_disc("L4-L5", look=False)
        yield lambda: explore.clipping.set_enabled("sagittal", True)
        yield explore.clipping.clear
        yield conditions.release

    def _switch(self, scene_id: str) -> None:
        self.window.panels.playing.player.set_scene(scene_id)
        self.result.scene_switches += 1

    # ---- the clock ----------------------------------------------------------------------------
    def _tick(self) -> None:
        action = next(self._actions, None)
        if action is None:
            self._lap_done()
            return
        try:
            action()
        except Exception:
            self._record(traceback.format_exc(limit=3))
        self.window.request_render()

    def _settled_rss(self) -> float:
        """Memory in use when the window is idle, as its own periodic trim leaves it (see
        app.shell.memory): the lap's deferred work (debounced cuts and measurements, a worker
        thread's numbers, single-shot timers) is let run for SETTLE_S first, and the lowest of
        SETTLE_READINGS readings is taken. A leak raises that floor; a reading caught in the
        middle of a measurement's temporaries (30 MB either way in the one-hour soak) does not.
        The measurements of a condition take up to 3 s in a worker thread, longer than that
        wait, so it first waits for them (and an MRI slice) to be done."""
        give_up = time.perf_counter() + BUSY_WAIT_S
        while self._background_busy() and time.perf_counter() < give_up:
            QCoreApplication.processEvents()
            time.sleep(0.05)
        readings: list[float] = []
        due = time.perf_counter() + SETTLE_S
        while len(readings) < SETTLE_READINGS:
            QCoreApplication.processEvents()
            time.sleep(0.05)
            if time.perf_counter() >= due:
                gc.collect()
                release_free_memory()
                readings.append(rss_mb())
                due = time.perf_counter() + SETTLE_S / 4
        return min(readings)

    def _background_busy(self) -> bool:
        panels = self.window.panels
        return panels.clinic.controller.busy or panels.mri.worker.busy

    def _lap_done(self) -> None:
        r = self.result
        r.rss_mb_peak = max(r.rss_mb_peak, rss_mb())  # between the window's trims
        if not self._warm:  # after one warm-up lap: caches are full, panels are built
            self._warm = True
            r.rss_mb_start, r.actors_start = self._settled_rss(), count_actors(self.window)
            r.rss_trend.append((0.0, r.rss_mb_start))
            r.timers_start = [n for n in running_timers() if n != "soak"]  # not the soak's own clock
            r.gl_renderer = self.window.viewport.renderer_name
            self._started = time.perf_counter()
        else:
            r.laps += 1
            now = time.perf_counter()
            r.lap_s.append(now - self._lap_started)
            if r.laps % SETTLE_EVERY == 0:  # a run cut short (a time limit) still says how it went
                settled = self._settled_rss()
                r.rss_trend.append((now - self._started, settled))
                print(
                    f"soak: lap {r.laps}, {now - self._started:.0f} s, {settled:.0f} MB settled, "
                    f"last lap {r.lap_s[-1]:.1f} s",
                    file=sys.stderr,
                    flush=True,
                )
        self._lap_started = time.perf_counter()
        if time.perf_counter() - self._started >= self.seconds and r.laps > 0:
            self._finish()
            return
        self._actions = self._lap()

    def _finish(self) -> None:
        self._timer.stop()
        r = self.result
        r.soak_s = time.perf_counter() - self._started
        self.window.panels.playing.player.pause()
        self.window.tools.explore.views.finish()
        r.rss_mb_end, r.actors_end = self._settled_rss(), count_actors(self.window)
        r.timers_end = running_timers()
        sys.excepthook = self._hook
        self.done(r)

    def _on_exception(self, kind, value, tb) -> None:
        self._record("".join(traceback.format_exception(kind, value, tb, limit=3)))

    def _record(self, text: str) -> None:
        self.result.errors.append(text.strip().splitlines()[-1])


def run_soak(seconds: float, detail: str) -> tuple[dict, int]:
    """Open the viewer as a user does, soak it, quit; returns (figures, the app's exit status)."""
    os.environ.setdefault("LP_NUM_THREADS", RASTER_THREADS)  # before any OpenGL opens
    from PySide6.QtWidgets import QApplication

    from app.cli.launch import launch_viewer

    figures: dict = {}

    def finished(result: SoakResult) -> None:
        figures.update(result.as_dict())
        window.close()
        QApplication.instance().quit()

    def on_window(w) -> None:
        nonlocal window
        window = w
        w.resize(1280, 800)
        w.after_first_frame(lambda: QTimer.singleShot(500, lambda: Soak(w, seconds, finished).start()))

    window = None
    status = launch_viewer(detail=detail, on_window=on_window)
    return figures, int(status)
