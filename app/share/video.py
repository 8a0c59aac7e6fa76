"""Clips of a scene: frames drawn off-screen, encoded to MP4 (H.264) or GIF by the ffmpeg that
imageio-ffmpeg ships, so a bare machine needs no system ffmpeg.

:func:`clip_steps` is a generator that draws and encodes one frame per ``next()``: the command line
runs it to the end, the window runs it in slices from a QTimer so it never freezes. Closing the
generator early (cancel, Ctrl-C, an error) stops ffmpeg and removes the temporary file, so a clip
is either complete under its own name or not there at all (``app.outputs.atomic_path``).
"""

from __future__ import annotations

import contextlib
import errno
import math
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.errors import UserError
from app.i18n import translate

if TYPE_CHECKING:
    from meshes.model import Model
    from scenes.schema import Scene

FORMATS = (".mp4", ".gif")
MAX_SIZE = (3840, 2160)
MIN_SIDE = 16
FPS_RANGE = (1.0, 60.0)
DEFAULTS = {".mp4": ((1280, 720), 24.0), ".gif": ((640, 360), 12.0)}  # size, frames per second
# H.264 at constant quality; yuv420p and +faststart so slide programs and browsers play it.
MP4_ARGS = ["-c:v", "libx264", "-preset", "medium", "-crf", "20", "-pix_fmt", "yuv420p",
            "-movflags", "+faststart", "-f", "mp4"]  # fmt: skip
# GIF: one palette for the whole clip, made first from a sample of its frames (so nothing is held
# back while streaming), ordered dithering, and only the changed rectangle stored per frame. Measured
# on 8 s of a scene at 640x360: ten times smaller than a palette per frame, for the same look.
GIF_ARGS = ["-filter_complex", "[0:v][1:v]paletteuse=dither=bayer:bayer_scale=4:diff_mode=rectangle",
            "-loop", "0", "-f", "gif"]  # fmt: skip
PALETTE_ARGS = ["-vf", "palettegen=stats_mode=full", "-frames:v", "1", "-update", "1", "-f", "image2"]
PALETTE_SAMPLES = 16  # frames spread over the clip, plus two in every step it shows


class Cancelled(UserError):
    """The export was stopped on request; nothing was written."""


@dataclass(frozen=True)
class ClipSpec:
    """What to put in a clip: a scene (at an optional level and side), a time range in seconds,
    the picture size in pixels, the frame rate and whether to burn in the step titles."""

    scene: Scene
    size: tuple[int, int] = (1280, 720)
    fps: float = 24.0
    start: float = 0.0
    end: float | None = None  # None: the scene's end
    subtitles: bool = False
    level: str | None = None
    side: str | None = None
    marks: tuple = ()  # the pen's strokes, arrows and notes (app.viewer.annotations.Mark)

    @property
    def stop(self) -> float:
        return self.scene.duration if self.end is None else self.end

    def times(self) -> np.ndarray:
        """Frame times in seconds: ``start + i / fps`` for the clip's duration x fps frames."""
        n = frame_count(self.start, self.stop, self.fps)
        return self.start + np.arange(n) / self.fps


def frame_count(start: float, end: float, fps: float) -> int:
    """How many frames a clip from ``start`` to ``end`` seconds holds at ``fps`` (at least 1)."""
    return max(1, round((end - start) * fps + 1e-9))


def check_spec(spec: ClipSpec, suffix: str) -> None:
    """UserError (one sentence) unless the clip can be made in this format."""
    suffix = suffix.lower()
    if suffix not in FORMATS:
        raise UserError(
            translate("video", "a clip is written as {join}, not '{value}'").format(
                join=" or ".join(FORMATS), value=suffix or "no suffix"
            )
        )
    w, h = spec.size
    if not (MIN_SIDE <= w <= MAX_SIZE[0] and MIN_SIDE <= h <= MAX_SIZE[1]):
        raise UserError(
            translate(
                "video",
                "a clip of {w}x{h} pixels cannot be made; use {MIN_SIDE}x{MIN_SIDE} up to "
                "{MAX_SIZE}x{MAX_SIZE2}",
            ).format(w=w, h=h, MIN_SIDE=MIN_SIDE, MAX_SIZE=MAX_SIZE[0], MAX_SIZE2=MAX_SIZE[1])
        )
    if suffix == ".mp4" and (w % 2 or h % 2):
        raise UserError(
            translate(
                "video", "an MP4 needs an even width and height, not {w}x{h}; try {value}x{value2}"
            ).format(w=w, h=h, value=w - w % 2, value2=h - h % 2)
        )
    lo, hi = FPS_RANGE
    if not (lo <= spec.fps <= hi) or math.isnan(spec.fps):
        raise UserError(
            translate(
                "video", "the frame rate {fps:g} is not allowed; use {lo:g} to {hi:g} frames per second"
            ).format(fps=spec.fps, lo=lo, hi=hi)
        )
    d = spec.scene.duration
    if not (0.0 <= spec.start < spec.stop <= d):
        raise UserError(
            translate(
                "video",
                "the range {start:g} to {stop:g} s is not in the scene; '{id}' runs from 0 to {d:g} "
                "seconds and the start must come before the end",
            ).format(start=spec.start, stop=spec.stop, id=spec.scene.id, d=d)
        )


def subtitle_lines(scene: Scene, step_index: int, title: str) -> list[str]:
    """The burned-in subtitle of a step: its number and title, then the notice."""
    from app.viewer.overlay import CAPTION_NOTICE

    return [f"{step_index + 1}/{len(scene.steps)}  {title}", translate("overlay", CAPTION_NOTICE)]


class _Encoder:
    """ffmpeg reading raw RGB frames on stdin and writing ``path``; its messages go to a file."""

    def __init__(
        self, path: Path, size: tuple[int, int], fps: float, shown: Path | None = None,
        palette: Path | None = None, args: list[str] | None = None,
    ) -> None:  # fmt: skip
        import imageio_ffmpeg

        if args is None:
            args = MP4_ARGS if path.suffix.lower() == ".mp4" else GIF_ARGS
        w, h = size
        second = ["-i", str(palette)] if palette is not None else []
        cmd = [
            imageio_ffmpeg.get_ffmpeg_exe(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
            "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{w}x{h}", "-r", f"{fps:g}", "-i", "pipe:0",
            *second, "-an", *args, *([] if args is PALETTE_ARGS else ["-r", f"{fps:g}"]), str(path),
        ]  # fmt: skip
        self.path = path
        self.shown = shown or path  # the name the user asked for (``path`` is the temporary one)
        self._log = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=self._log)

    def write(self, rgb: np.ndarray) -> None:
        try:
            self._proc.stdin.write(np.ascontiguousarray(rgb, dtype=np.uint8).tobytes())
        except (BrokenPipeError, OSError):
            self._proc.wait()
            raise self._failure() from None

    def finish(self) -> None:
        try:
            self._proc.stdin.close()
        except OSError:
            pass
        if self._proc.wait() != 0:
            raise self._failure()
        self._log.close()

    def kill(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
        try:
            self._proc.stdin.close()
        except OSError:
            pass
        self._proc.wait()
        self._log.close()

    def _failure(self) -> UserError:
        self._log.seek(0)
        log = self._log.read().decode(errors="replace")
        return encode_error(self.shown, log)


def encode_error(path: Path, log: str) -> UserError:
    """The sentence for a failed encode, from ffmpeg's messages (a full disk is the usual cause)."""
    low = log.lower()
    if "no space left" in low or f"errno {errno.ENOSPC}" in low:
        why = "the disk is full; free some space or choose another folder"
    elif "permission denied" in low or "read-only" in low:
        why = "permission denied; choose a folder you can write to"
    else:
        last = next((ln.strip() for ln in reversed(log.splitlines()) if ln.strip()), "no reason given")
        why = f"the encoder stopped ({last[:160]})"
    return UserError(
        translate("video", "could not write the clip {name}: {why}").format(name=path.name, why=why)
    )


def clip_steps(
    spec: ClipSpec, out: Path, model: Model, cancelled: Callable[[], bool] | None = None
) -> Iterator[tuple[int, int]]:
    """Write the clip to ``out``, one frame per ``next()``; yields (frames done, frames in all).

    The file appears under ``out`` when the generator is exhausted (the ``next()`` after the last
    frame finishes the encoder and renames); ``close()`` before that, an error or ``cancelled()``
    turning true leaves nothing behind.
    """
    from app.outputs import atomic_path
    from app.share.scene_frame import SceneRenderer
    from scenes.schema import retarget

    check_spec(spec, out.suffix)
    scene = retarget(spec.scene, spec.level, spec.side)
    times = spec.times()
    gif = out.suffix.lower() == ".gif"
    samples = palette_times(scene, spec) if gif else np.array([])
    total = len(samples) + len(times)

    def picture(renderer: SceneRenderer, t: float) -> np.ndarray:
        image = renderer.draw(float(t))
        if spec.subtitles:
            from app.viewer.overlay import draw_text_band

            frame = renderer.frame
            image = draw_text_band(image, subtitle_lines(scene, frame.step_index, frame.title))
        return image

    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(atomic_path(out))
        renderer = stack.enter_context(SceneRenderer(model, spec.size))
        renderer.set_scene(scene)
        renderer.show_marks(spec.marks)
        palette = None
        if gif:  # first a sample of the frames, for the clip's one palette
            palette = (
                Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="lumbar-viewer-"))) / "p.png"
            )
            sampler = stack.enter_context(
                _closing(_Encoder(palette, spec.size, spec.fps, out, args=PALETTE_ARGS))
            )
            for i, t in enumerate(samples):
                _check(cancelled)
                sampler.write(picture(renderer, t))
                yield i + 1, total
            sampler.finish()
        encoder = stack.enter_context(_closing(_Encoder(tmp, spec.size, spec.fps, out, palette)))
        for i, t in enumerate(times):
            _check(cancelled)
            encoder.write(picture(renderer, t))
            yield len(samples) + i + 1, total
        encoder.finish()  # on the next() after the last frame; then the rename


def palette_times(scene: Scene, spec: ClipSpec) -> np.ndarray:
    """When to sample a GIF's colours: evenly over the clip, and twice early in every step it
    shows (each step lights, fades and hides its own parts, and its camera glides in)."""
    even = spec.start + (spec.stop - spec.start) * (np.arange(PALETTE_SAMPLES) + 0.5) / PALETTE_SAMPLES
    steps = [
        min(s.time + dt, spec.stop - 1e-3)
        for s in scene.steps
        if spec.start <= s.time < spec.stop
        for dt in (0.4, 1.5)  # half way through the camera's glide, and once it has arrived
    ]
    return np.unique(np.round(np.concatenate([even, steps]), 3))


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled("the clip export was cancelled; no file was written")


@contextlib.contextmanager
def _closing(encoder: _Encoder) -> Iterator[_Encoder]:
    """Kill the encoder if its block ends before ``finish()`` (an error, a cancel)."""
    try:
        yield encoder
    except BaseException:
        encoder.kill()
        raise


def write_clip(
    spec: ClipSpec,
    out: Path,
    model: Model,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the whole clip (see :func:`clip_steps`); returns the number of frames in it.
    ``progress(done, total)`` counts the GIF palette's sample frames too."""
    for done, total in clip_steps(spec, out, model, cancelled):
        if progress is not None:
            progress(done, total)
    return len(spec.times())


def read_clip(path: Path) -> tuple[int, tuple[int, int]]:
    """(frame count, (width, height)) of a written clip, decoded again (for tests and checks)."""
    import imageio.v3 as iio

    n = 0
    size = (0, 0)
    for frame in iio.imiter(path):
        n += 1
        size = (frame.shape[1], frame.shape[0])
    return n, size
