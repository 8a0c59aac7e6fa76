"""The quiz worksheet command: a PDF read back with poppler (pdfinfo, pdftotext, pdfimages) holding
every question with a picture of the model, and the answer key on its own last page only."""

from __future__ import annotations

import random
import re
import subprocess

import numpy as np
import pytest
from PIL import Image

from scenes.catalog import find_scene
from scenes.quiz import ask
from tests.cli_run import TEST_DETAIL, assert_user_error, lumbar


def _pages(path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    count = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    out = []
    for page in range(1, count + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        out.append(" ".join(text.replace("ﬀ", "ff").replace("ﬁ", "fi").split()))
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_worksheet_prints_every_question_with_a_picture_and_the_key_on_the_last_page(tmp_path):
    out = tmp_path / "quiz.pdf"
    done = lumbar("worksheet", "--scene", "herniated_disc", "--out", str(out), "--seed", "3",
                  "--detail", TEST_DETAIL)  # fmt: skip
    assert done.returncode == 0, done.stderr
    pages = _pages(out)
    assert f"({len(pages)} pages" in done.stdout and len(pages) >= 3
    asked = ask(find_scene("herniated_disc"), random.Random(3))  # the same seed: the same questions
    questions, key = " ".join(pages[:-1]), pages[-1]
    for i, q in enumerate(asked):
        shown = re.sub(r"^Click\b", "Circle", q.prompt)
        assert f"{i + 1}. {_flat(shown)}" in questions, shown
        assert _flat(q.prompt) not in key and _flat(shown) not in key
        assert _flat(q.answer_text) in key and _flat(q.why) in key
        for option in q.options:
            assert _flat(option) in questions
    assert "Answer key" in key and all("Answer key" not in p for p in pages[:-1])
    assert all("not medical advice" in p for p in pages)
    # The pictures show the model: the blue disc and the yellow roots on the dark background.
    subprocess.run(["pdfimages", "-png", str(out), str(tmp_path / "img")], check=True)
    images = sorted(tmp_path.glob("img-*.png"))
    assert len(images) >= 3  # one per distinct step shown (a picture may serve two questions)
    img = np.asarray(Image.open(images[0]).convert("RGB")).astype(int)
    r, g, b = img[..., 0], img[..., 1], img[..., 2]
    blue = (b > r + 60) & (b > 120)
    yellow = (r > 150) & (g > 130) & (b < 90)
    bone = (r > 170) & (g > 160) & (b > 120) & (r - b < 70)
    assert blue.mean() > 0.01 and yellow.mean() > 0.001 and bone.mean() > 0.005


def test_the_key_follows_the_level_asked(tmp_path):
    out = tmp_path / "quiz.pdf"
    done = lumbar("worksheet", "--scene", "healthy_tour", "--level", "L5-S1", "--out", str(out),
                  "--seed", "1", "--detail", TEST_DETAIL)  # fmt: skip
    assert done.returncode == 0, done.stderr
    pages = _pages(out)
    assert "Circle the L5 vertebra." in " ".join(pages[:-1]) and "L5 vertebra" in pages[-1]


NO_QUIZ = """title = "No quiz"
summary = "A scene without questions."
level = "L4-L5"
duration = 5

[[steps]]
time = 0
title = "Start"
text = "The start."
"""


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--scene", "no_such_scene", "--out", "{tmp}/q.pdf"], ["no scene 'no_such_scene'"]),
        (["--scene", "herniated_disc", "--out", "{tmp}/missing/q.pdf"], ["does not exist"]),
        (["--scene", "herniated_disc", "--out", "{tmp}/q.png"], ["ending in .pdf"]),
        (["--scene", "no_quiz", "--scenes-dir", "{tmp}", "--out", "{tmp}/q.pdf"], ["has no quiz"]),
    ],
)
def test_worksheet_errors_are_one_sentence_and_exit_2(tmp_path, args, words):
    (tmp_path / "no_quiz.toml").write_text(NO_QUIZ)
    done = lumbar("worksheet", *[a.replace("{tmp}", str(tmp_path)) for a in args], "--detail", TEST_DETAIL)
    assert_user_error(done, *words)
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*.tmp*"))
