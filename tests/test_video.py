"""Clips: a scene range drawn off-screen and encoded with imageio-ffmpeg decodes again to the frames
asked for, shows the scene moving, carries its subtitles, and leaves nothing behind when it is
cancelled or cannot be written. Clips stay tiny (160x120, 2 fps, 2 s) to keep the suite quick."""

from __future__ import annotations

import imageio.v3 as iio
import numpy as np
import pytest

from app.errors import UserError
from app.share.video import Cancelled, ClipSpec, check_spec, clip_steps, frame_count, read_clip, write_clip
from scenes.catalog import find_scene

SIZE = (160, 120)


@pytest.fixture(scope="module")
def herniated():
    return find_scene("herniated_disc")


def frames_of(path) -> list[np.ndarray]:
    return [np.asarray(f)[..., :3] for f in iio.imiter(path)]


@pytest.mark.parametrize("suffix", [".mp4", ".gif"])
def test_a_clip_decodes_to_the_frames_and_size_asked_for(tmp_path, model, herniated, suffix):
    out = tmp_path / f"clip{suffix}"
    spec = ClipSpec(herniated, SIZE, fps=2, start=20.0, end=22.0)
    seen = []
    written = write_clip(spec, out, model, progress=lambda done, total: seen.append((done, total)))
    assert written == 4 == frame_count(20.0, 22.0, 2)
    assert read_clip(out) == (4, SIZE)
    total = seen[-1][1]  # a GIF first draws a sample of frames for its palette
    assert seen == [(d, total) for d in range(1, total + 1)]
    assert total == 4 if suffix == ".mp4" else total > 4
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary file left


def test_an_mp4_is_h264_that_slide_programs_play(tmp_path, model, herniated):
    out = tmp_path / "clip.mp4"
    write_clip(ClipSpec(herniated, SIZE, fps=2, start=0.0, end=1.0), out, model)
    meta = iio.immeta(out, plugin="FFMPEG")
    assert meta["codec"] == "h264", meta
    assert meta["fps"] == pytest.approx(2.0)
    assert out.read_bytes()[4:8] == b"ftyp"


def test_the_clip_shows_the_scene_moving(tmp_path, model, herniated):
    """The first frame (a healthy disc, oblique) and one from the pinched-nerve step (seen from
    above, bones above hidden) are different pictures, and both show the model, not a blank."""
    first_clip, pinched_clip = tmp_path / "first.gif", tmp_path / "pinched.gif"
    assert write_clip(ClipSpec(herniated, SIZE, fps=1, start=0.0, end=1.0), first_clip, model) == 1
    assert write_clip(ClipSpec(herniated, SIZE, fps=1, start=32.0, end=33.0), pinched_clip, model) == 1
    (first,), (pinched,) = frames_of(first_clip), frames_of(pinched_clip)
    for f in (first, pinched):
        assert f.std() > 10  # shaded anatomy, not a flat background
    assert np.abs(first.astype(int) - pinched.astype(int)).mean() > 8


def test_subtitles_burn_the_step_title_into_the_picture(tmp_path, model, herniated):
    plain, titled = tmp_path / "plain.mp4", tmp_path / "titled.mp4"
    spec = ClipSpec(herniated, (320, 180), fps=1, start=31.0, end=32.0)
    write_clip(spec, plain, model)
    write_clip(ClipSpec(**{**spec.__dict__, "subtitles": True}), titled, model)
    a, b = frames_of(plain)[0].astype(int), frames_of(titled)[0].astype(int)
    band = slice(int(180 * 0.72), 180)
    white = lambda img: int((img[band].min(axis=2) > 225).sum())  # noqa: E731
    assert white(b) > white(a) + 100  # white letters on the subtitle band (a short title: ~150 px)
    assert np.abs(a[: int(180 * 0.5)] - b[: int(180 * 0.5)]).mean() < 2  # the top is untouched


def test_a_gif_has_one_palette_sampled_from_its_steps(tmp_path, model, herniated):
    """Colours stay true: every frame of a GIF is close to the MP4 of the same moments."""
    from app.share.video import palette_times

    spec = ClipSpec(herniated, (320, 180), fps=1, start=28.0, end=32.0)
    times = palette_times(herniated, spec)
    assert 28.0 <= times.min() and times.max() < 32.0
    assert 30.4 in times and 31.5 in times  # in the step that starts at 30 s
    write_clip(spec, tmp_path / "c.gif", model)
    write_clip(spec, tmp_path / "c.mp4", model)
    for g, m in zip(frames_of(tmp_path / "c.gif"), frames_of(tmp_path / "c.mp4"), strict=True):
        assert np.abs(g.astype(int) - m.astype(int)).mean() < 6


def test_cancelling_a_clip_leaves_no_file(tmp_path, model, herniated):
    out = tmp_path / "cancelled.mp4"
    done = []
    with pytest.raises(Cancelled):
        write_clip(
            ClipSpec(herniated, SIZE, fps=2, start=0.0, end=4.0),
            out,
            model,
            progress=lambda d, t: done.append(d),
            cancelled=lambda: len(done) >= 2,
        )
    assert done == [1, 2]
    assert list(tmp_path.iterdir()) == []


def test_closing_the_clip_half_way_stops_the_encoder_and_leaves_no_file(tmp_path, model, herniated):
    out = tmp_path / "half.gif"
    steps = clip_steps(ClipSpec(herniated, SIZE, fps=2, start=0.0, end=4.0), out, model)
    done, total = next(steps)
    assert done == 1 and total > 8  # the palette's samples, then 8 frames
    assert next(steps) == (2, total)
    steps.close()  # the window's Cancel button does this
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("changes", "suffix", "words"),
    [
        ({"size": (161, 120)}, ".mp4", "even width and height"),
        ({"size": (4000, 2000)}, ".mp4", "3840x2160"),
        ({"fps": 0.0}, ".gif", "frame rate"),
        ({"fps": float("nan")}, ".gif", "frame rate"),
        ({"start": 10.0, "end": 5.0}, ".mp4", "start must come before the end"),
        ({"end": 99.0}, ".mp4", "runs from 0 to 54 seconds"),
        ({}, ".avi", ".mp4 or .gif"),
    ],
)
def test_a_clip_that_cannot_be_made_is_one_sentence(herniated, changes, suffix, words):
    spec = ClipSpec(herniated, **{"size": SIZE, "fps": 2.0, **changes})
    with pytest.raises(UserError, match=words.replace(".", r"\.")):
        check_spec(spec, suffix)
