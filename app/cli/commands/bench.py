"""``lumbar-viewer bench``: measure start-up, model build and frame times, as one JSON object.

Each figure comes from one function in ``MEASUREMENTS``; to add a key, write a function that
takes the ``Bench`` context and returns a dict of new keys, and decorate it with ``@measurement``.
Window figures are measured in fresh subprocesses under the current display, each beside its
floor (the same for a bare pyvistaqt window with an empty scene), so the two compare fairly.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.i18n import QT_TRANSLATE_NOOP, translate

NAME = "bench"
HELP = QT_TRANSLATE_NOOP(
    "commands", "measure start-up, model build and frame times (import_s, build_cold_s, first_frame_s, ...)"
)

DETAILS = ("low", "normal", "high")
PROBE_TIMEOUT_S = 300
LAUNCH_RUNS = 3  # start-up probes of each kind (medians reported)
DEFORM_PASSES = 3  # tries of each deformation timing (the best reported)


@dataclass
class Bench:
    """What the measurements share: options and the results so far."""

    detail: str
    frames: int
    results: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


MEASUREMENTS: list[Callable[[Bench], dict]] = []


def measurement(fn: Callable[[Bench], dict]) -> Callable[[Bench], dict]:
    """Register a measurement; they run in the order they are defined."""
    MEASUREMENTS.append(fn)
    return fn


def _python(code: str, timeout: float = PROBE_TIMEOUT_S) -> str:
    # Each probe starts as a first run, with the default layout, and leaves the user's saved
    # window layout alone: Qt keeps its settings under XDG_CONFIG_HOME.
    with tempfile.TemporaryDirectory(prefix="lumbar-bench-") as config:
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", XDG_CONFIG_HOME=config)
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env
        )
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"probe failed: {tail}")
    return done.stdout


def _probe(kind: str, bench: Bench, window: list[int] | None = None) -> dict:
    """Run a window probe in a fresh Python; returns its JSON plus 'launch_s' from our clock."""
    code = (
        "from app.cli.bench_probes import probe_main; "
        f"probe_main({kind!r}, {bench.detail!r}, {bench.frames}, {window!r})"
    )
    start = time.time()
    out = _python(code)
    result = json.loads(out.strip().splitlines()[-1])
    if "frame_at" in result:
        result["launch_s"] = result["frame_at"] - start
    return result


# ---- measurements ---------------------------------------------------------------------------
@measurement
def import_time(bench: Bench) -> dict:
    """Seconds for a fresh Python to import what the viewer's start-up imports."""
    code = "import time; t = time.perf_counter(); import app.window; print(time.perf_counter() - t)"
    return {"import_s": round(float(_python(code).strip().splitlines()[-1]), 3)}


@measurement
def build_times(bench: Bench) -> dict:
    """Model build without the cache, then the warm start (from the cache it just wrote)."""
    from meshes.model import build_model

    t = time.perf_counter()
    model = build_model(bench.detail, use_cache=False)
    cold = time.perf_counter() - t
    build_model(bench.detail)  # make sure the cache holds this build
    t = time.perf_counter()
    model = build_model(bench.detail)
    warm = time.perf_counter() - t
    return {
        "detail": bench.detail,
        "build_cold_s": round(cold, 3),
        "build_warm_s": round(warm, 3),
        "triangles": model.triangles,
        "parts": len(model.parts),
    }


@measurement
def window_times(bench: Bench) -> dict:
    """First frame of the real window and of a bare pyvistaqt window; orbit frame times."""
    keys = ("first_frame_s", "floor_first_frame_s", "orbit_frame_ms", "floor_orbit_frame_ms")
    if not os.environ.get("DISPLAY"):
        bench.notes.append("no display (DISPLAY is not set): window figures not measured")
        return dict.fromkeys(keys)
    out: dict = {}
    # Start-up varies by a few tenths of a second from run to run on a busy machine: alternate the
    # two and take the medians, so both see the same moments.
    floors, reals = [], []
    for _ in range(LAUNCH_RUNS):
        floors.append(_probe("floor", bench)["launch_s"])
        reals.append(_probe("window", bench)["launch_s"])
    out["first_frame_s"] = round(statistics.median(reals), 3)
    out["floor_first_frame_s"] = round(statistics.median(floors), 3)
    orbit = _probe("orbit", bench)
    # The floor window gets the real window's whole size: showing a frame costs Qt and Mesa about
    # 30 ns a pixel of the window (compositing and presenting it), whatever the scene.
    floor_orbit = _probe("floor_orbit", bench, window=orbit["window"])
    out["orbit_frame_ms"] = round(orbit["frame_ms"], 1)
    out["floor_orbit_frame_ms"] = round(floor_orbit["frame_ms"], 1)
    # Per mouse move (a bare pyvistaqt window renders twice a move, the viewer once).
    out["orbit_move_ms"] = round(orbit["frame_ms"] * orbit["renders_per_frame"], 1)
    out["floor_orbit_move_ms"] = round(floor_orbit["frame_ms"] * floor_orbit["renders_per_frame"], 1)
    out["orbit_window"] = orbit["window"]
    out["orbit_renders_per_frame"] = round(orbit["renders_per_frame"], 2)
    # While dragging, software OpenGL draws light copies at reduced resolution (app/viewer/drag_detail.py);
    # what that draws, and the frame of the same drag with the full model at full resolution.
    out["orbit_drag_triangles"] = orbit.get("drag_triangles")
    out["orbit_full_detail_frame_ms"] = (
        round(orbit["full_frame_ms"], 1) if orbit.get("full_frame_ms") else None
    )
    # Of a frame, the time VTK spends drawing the scene (median); the rest is Qt showing it.
    out["orbit_vtk_render_ms"] = round(orbit["render_ms"], 1) if orbit.get("render_ms") else None
    out["gl_renderer"] = orbit.get("renderer", "")
    out["antialiasing"] = orbit.get("antialiasing", "")
    return out


@measurement
def deform_times(bench: Bench) -> dict:
    """Time of one full deformation frame (every part) over each preset, sampled at 24 frames a
    second (issue 3 asks for at most 3 ms on 2 cores). Each figure is the best of a few passes,
    as timeit advises: on a shared 2-core machine a single pass varies by +-30%."""
    import numpy as np

    from meshes.model import build_model
    from meshes.pathology import context, deform
    from scenes.catalog import load_catalog
    from scenes.timeline import frame_at

    model = build_model(bench.detail)
    engine = context(model)
    scenes, _ = load_catalog()
    per_scene, per_scene_new = {}, {}
    for scene in scenes:
        states = [frame_at(scene, float(t)).state for t in np.arange(0.0, scene.duration, 1 / 24)]
        deform(model, states[-1])  # first call builds the engine's per-model tables
        # Playback: the engine keeps its last few results, so a held step costs nothing.
        means = []
        for _ in range(DEFORM_PASSES):
            times = []
            for state in states:
                t = time.perf_counter()
                deform(model, state)
                times.append(time.perf_counter() - t)
            means.append(float(np.mean(times)))
        # Every frame a new state (a slider dragged, a scene scrubbed): the cache cleared first.
        new = []
        for state in states[::4]:
            tries = []
            for _ in range(DEFORM_PASSES):
                engine.reset_cache()
                t = time.perf_counter()
                deform(model, state)
                tries.append(time.perf_counter() - t)
            new.append(min(tries))
        per_scene[scene.id] = round(1000 * min(means), 2)
        per_scene_new[scene.id] = round(1000 * float(np.mean(new)), 2)
    return {
        "deform_frame_ms": max(per_scene.values(), default=None),
        "deform_frame_ms_by_scene": per_scene,
        "deform_new_state_ms": max(per_scene_new.values(), default=None),
        "deform_new_state_ms_by_scene": per_scene_new,
    }


@measurement
def mri_times(bench: Bench) -> dict:
    """Time of one MRI slice update as the window's MRI view makes it (issue 17 asks for under
    100 ms): the label map at 0.5 mm, T2 signal, blur and noise, from the pose the stage already
    holds; median over the healthy spine and every preset's end, sagittal and axial."""
    from meshes.model import build_model
    from meshes.mri import parse_spec, slice_mri
    from meshes.pathology import deform
    from meshes.state import HEALTHY
    from scenes.catalog import load_catalog
    from scenes.timeline import frame_at

    model = build_model(bench.detail)
    scenes, _ = load_catalog()
    states = [HEALTHY, *(frame_at(scene, scene.duration).state for scene in scenes)]
    by_spec, cpu = {}, {}
    for name in ("sagittal", "axial@L4-L5"):
        spec, times, cpu_times = parse_spec(name), [], []
        for state in states:
            vertices = deform(model, state)
            slice_mri(model, state, spec, vertices)  # the first one builds the engine's tables
            for _ in range(DEFORM_PASSES):
                t, c = time.perf_counter(), time.process_time()
                slice_mri(model, state, spec, vertices)
                times.append(time.perf_counter() - t)
                cpu_times.append(time.process_time() - c)
        by_spec[name] = round(1000 * statistics.median(times), 1)
        cpu[name] = round(1000 * statistics.median(cpu_times), 1)
    # The CPU time this process spent says what a slice costs when a busy machine stretches the wall time.
    return {"mri_slice_ms": max(by_spec.values()), "mri_slice_ms_by_slice": by_spec, "mri_slice_cpu_ms": cpu}


# ---- the command ----------------------------------------------------------------------------
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate("bench", "print one JSON object (the default prints lines)"),
    )
    parser.add_argument(
        "--detail",
        choices=DETAILS,
        default="normal",
        help=translate("bench", "mesh detail of the model (default: normal)"),
    )
    parser.add_argument(
        "--frames",
        type=int,
        default=40,
        metavar="N",
        help=translate("bench", "mouse moves in the orbit test (default: 40)"),
    )
    parser.add_argument(
        "--soak",
        type=float,
        metavar="SECONDS",
        help=translate(
            "bench",
            "instead: drive the real window this long (every scene and step, conditions, x-ray, cuts, "
            "split view, labels) and report memory, actors, timers and errors; exit 0 only on a clean exit",
        ),
    )


def run(args: argparse.Namespace) -> int:
    from app.cli import system
    from app.errors import UserError

    if args.frames < 5:
        raise UserError(
            translate("bench", "--frames {frames} is too few; use 5 or more").format(frames=args.frames)
        )
    if args.soak is not None:
        return _soak(args)
    if os.environ.get("DISPLAY"):
        system.ensure_gui()  # window figures: the display answers and offers OpenGL 3.2
    else:
        system.ensure_render()
    bench = Bench(detail=args.detail, frames=args.frames)
    bench.results["cpu_count"] = os.cpu_count()
    for fn in MEASUREMENTS:
        try:
            bench.results.update(fn(bench))
        except (RuntimeError, subprocess.TimeoutExpired, ValueError) as exc:
            bench.notes.append(f"{fn.__name__}: {exc}")
    if bench.notes:
        bench.results["notes"] = bench.notes
    if args.json:
        print(json.dumps(bench.results))
    else:
        for key, value in bench.results.items():
            print(f"{key:24s} {value}")
    return 0


def _soak(args: argparse.Namespace) -> int:
    from app.errors import UserError

    if args.soak < 1:
        raise UserError(
            translate("bench", "--soak {soak:g} is too short; give 1 second or more").format(soak=args.soak)
        )
    from app.cli.soak import run_soak  # the window's own checks (display, OpenGL) come first there

    figures, status = run_soak(args.soak, args.detail)
    figures["exit_status"] = status
    if args.json:
        print(json.dumps(figures), flush=True)
    else:
        for key, value in figures.items():
            print(f"{key:24s} {value}", flush=True)
    return 0 if status == 0 and figures.get("errors") == 0 else 1
