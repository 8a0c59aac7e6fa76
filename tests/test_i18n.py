"""In the patient's language (issue 15, part 3): the real window walked in Spanish, every text it
shows must come from the translation; the translation file is complete and made from the code as
it is; every Spanish scene has every step of the English one; switching the language in the
window changes the menus and the scene text; the command line speaks Spanish with --lang es."""

from __future__ import annotations

import random
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app import i18n
from scenes import language
from scenes.catalog import PRESETS_DIR, load_catalog, scene_ids
from scenes.loader import load_scene
from scenes.quiz import ask, root_question
from scenes.timeline import step_texts
from tests.cli_run import lumbar

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "app" / "translations" / "lumbar_es.ts"
PRESETS = scene_ids()
# Texts that are the same in every language: levels and roots, numbers and times, units, the
# program's own name and the languages' own names.
UNTRANSLATED = re.compile(
    r"^(?:[\d\s:/.,%×x·()+-]*|(?:L[1-5]|S1)(?:-(?:L[1-5]|S1))?|Lumbar Spine Viewer|English|Español)$"
)


@pytest.fixture
def spanish(qapp):
    i18n.set_language("es")
    i18n.install_into_app()
    yield
    i18n.set_language("en")


def untranslated_texts(window) -> list[str]:
    """Every text the window shows (visible widgets, all actions and menus) that did not come
    from the translation, is not a scene text from the Spanish files and is not a token."""
    spanish_scene_texts = set()
    for scene in load_catalog()[0]:
        spanish_scene_texts.add(scene.title)
    spanish_scene_texts.add(language.disclaimer())
    bad = []
    for obj in [window, *window.findChildren(QWidget), *window.findChildren(QAction)]:
        if isinstance(obj, QWidget) and not obj.isVisible() and not obj.inherits("QMenu"):
            continue
        if obj.objectName().startswith("qt_"):  # Qt's own parts, translated by Qt's own file
            continue
        for what, text in i18n.shown_texts(obj):
            if i18n.was_translated(text) or UNTRANSLATED.match(text) or text in spanish_scene_texts:
                continue
            bad.append(f"{type(obj).__name__} {obj.objectName()!r} {what}: {text[:80]!r}")
    return bad


def test_every_text_of_the_spanish_window_comes_from_the_translation(spanish, make_window, qtbot):
    window = make_window()
    window.install_tools()
    window.panels.playing.player.set_scene("herniated_disc")
    window.panels.playing.player.go_to_step(4)
    qtbot.wait(50)
    bad = untranslated_texts(window)
    assert not bad, f"{len(bad)} texts are not translated:\n" + "\n".join(bad)
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Archivo" in menus and "A&yuda" in menus
    # The check itself: an English text added to the window is caught.
    from PySide6.QtWidgets import QLabel

    probe = QLabel("Show the healthy spine", window.statusBar())
    probe.show()
    assert any("Show the healthy spine" in b for b in untranslated_texts(window))
    probe.deleteLater()


def test_the_spanish_quiz_in_the_window_asks_in_spanish(spanish, make_window, qtbot, tmp_path):
    window = make_window()
    window.install_tools()
    window.panels.playing.player.set_scene("herniated_disc")
    window.tools.teach.quiz.rng = random.Random(7)
    window.actions["quiz"].trigger()
    quiz, panel = window.tools.teach.quiz, window.tools.teach.panel
    assert quiz.active and panel.isVisible()
    assert panel.prompt.text().startswith("Haga clic en el gel blando")
    quiz.answer_part("nucleus.L4-L5")
    qtbot.wait(50)
    assert panel.feedback.text().startswith("¡Correcto!") and "envuelto por el anillo exterior" in (
        panel.feedback.text()
    )
    quiz.next()
    qtbot.wait(50)
    assert [b.text() for b in panel.option_buttons if b.isVisible()][1].endswith("protrusión")
    # every other text of the quiz panel comes from the translation (the glossary tooltips and the
    # question's own words come from the Spanish files)
    asked = [w for q in quiz.run.questions for w in (q.prompt, *q.options)]
    bad = [
        b
        for b in untranslated_texts(window)
        if "quiz" in b.lower() and "toolTip: 'disco:" not in b and not any(w[:20] in b for w in asked)
    ]
    assert not bad, bad
    english = [
        w for q in ask(load_scene(PRESETS_DIR / "herniated_disc.toml")) for w in (q.prompt, *q.options)
    ]
    shown = " ".join(t for w in panel.findChildren(QWidget) if w.isVisible() for _, t in i18n.shown_texts(w))
    assert not [w for w in english if w in shown and not w.startswith("L")]
    window.grab().save(str(tmp_path / "quiz_es.png"))


def _ts_messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (c.findtext("name"), m.findtext("source"), m.find("translation"))
        for c in root.iter("context")
        for m in c.iter("message")
    ]


def test_the_translation_file_is_complete_and_made_from_the_code(tmp_path):
    messages = _ts_messages(TS)
    assert len(messages) > 400
    unfinished = [
        (c, s) for c, s, t in messages if t.get("type") == "unfinished" or not (t.text or "").strip()
    ]
    assert not unfinished, f"{len(unfinished)} unfinished: {unfinished[:5]}"
    # the Spanish fills in no field the English lacks ({side_lower}, {Side}: forms of {side})
    for _c, source, t in messages:
        fields = {f.lower() for f in re.findall(r"\{(\w+)", source)}
        used = {f.lower().removesuffix("_lower") for f in re.findall(r"\{(\w+)", t.text)}
        assert fields >= used, source
    # lupdate over the code finds nothing the committed file lacks (it was run after the last change)
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "app").rglob("*.py"))
    subprocess.run(["pyside6-lupdate", *files, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = {(c, s) for c, s, _ in _ts_messages(fresh)}
    have = {(c, s) for c, s, _ in messages}
    assert wanted <= have, f"run pyside6-lupdate: new texts {sorted(wanted - have)[:5]}"
    # and the compiled file is the one lrelease makes of it
    qm = tmp_path / "lumbar_es.qm"
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == (ROOT / "app" / "translations" / "lumbar_es.qm").read_bytes()


@pytest.mark.parametrize("scene_id", PRESETS)
def test_the_spanish_scene_has_every_step_of_the_english_one(scene_id):
    english = load_scene(PRESETS_DIR / f"{scene_id}.toml")
    spanish, problems = language.localize(english, "es")
    assert not problems, problems
    assert spanish.lang == "es" and spanish.title != english.title
    assert len(spanish.steps) == len(english.steps)
    for en, es in zip(step_texts(english), step_texts(spanish), strict=True):
        assert es[0] != en[0] and len(es[1]) > 0.5 * len(en[1]), es[0]
        assert "{" not in es[0] + es[1]  # every placeholder filled in
    # the same moments, cameras and parts: only the words differ
    assert [replace(s, title="", text="") for s in spanish.steps] == [
        replace(s, title="", text="") for s in english.steps
    ]
    # the same quiz: every question, in Spanish, with the same parts, steps and answers
    assert len(spanish.questions) == len(english.questions)
    asked_en, asked_es = ask(english, random.Random(7)), ask(spanish, random.Random(7))
    for en, es in zip(asked_en, asked_es, strict=True):
        assert (es.kind, es.step, es.answer_parts, es.correct) == (
            en.kind,
            en.step,
            en.answer_parts,
            en.correct,
        )
        assert es.prompt != en.prompt and es.why != en.why and es.answer_text != en.answer_text, es.prompt
        assert len(es.options) == len(en.options) and not set(es.options) & set(en.options) - {""}
        assert "{" not in es.prompt + es.why + es.answer_text + "".join(es.options)


def test_a_translation_that_lacks_a_step_is_an_error_and_falls_back_to_english(tmp_path):
    for suffix in (".toml", ".md"):
        (tmp_path / f"disc_bulge{suffix}").write_bytes((PRESETS_DIR / f"disc_bulge{suffix}").read_bytes())
    (tmp_path / "es").mkdir()
    es_toml = (PRESETS_DIR / "es" / "disc_bulge.toml").read_text(encoding="utf-8")
    short = re.sub(r'\n    "Qué puede ayudar[^\n]*', "", es_toml)
    (tmp_path / "es" / "disc_bulge.toml").write_text(short, encoding="utf-8")
    (tmp_path / "es" / "disc_bulge.md").write_bytes((PRESETS_DIR / "es" / "disc_bulge.md").read_bytes())
    scene, problems = language.localize(load_scene(tmp_path / "disc_bulge.toml"), "es")
    assert scene.lang == "en" and "5 step titles" in problems[0].message and "has 6" in problems[0].message


def test_a_translation_that_lacks_a_question_is_an_error_and_falls_back_to_english(tmp_path):
    for suffix in (".toml", ".md"):
        (tmp_path / f"disc_bulge{suffix}").write_bytes((PRESETS_DIR / f"disc_bulge{suffix}").read_bytes())
    (tmp_path / "es").mkdir()
    es_toml = (PRESETS_DIR / "es" / "disc_bulge.toml").read_text(encoding="utf-8")
    short = es_toml[: es_toml.rindex("[[questions]]")]  # the last question left out
    (tmp_path / "es" / "disc_bulge.toml").write_text(short, encoding="utf-8")
    (tmp_path / "es" / "disc_bulge.md").write_bytes((PRESETS_DIR / "es" / "disc_bulge.md").read_bytes())
    scene, problems = language.localize(load_scene(tmp_path / "disc_bulge.toml"), "es")
    assert (
        scene.lang == "en" and "lists 4 questions" in problems[0].message and "has 5" in problems[0].message
    )
    # and a choice whose options are not one per English option
    wrong = es_toml.replace('options = ["sí, siempre", "no, muchos abombamientos no dan ninguna molestia"]',
                            'options = ["no, muchos abombamientos no dan ninguna molestia"]')  # fmt: skip
    (tmp_path / "es" / "disc_bulge.toml").write_text(wrong, encoding="utf-8")
    scene, problems = language.localize(load_scene(tmp_path / "disc_bulge.toml"), "es")
    assert scene.lang == "en" and "question 3 needs 2 different options" in problems[0].message


def test_generated_root_questions_are_in_the_scene_language():
    english = load_scene(PRESETS_DIR / "herniated_disc.toml")
    spanish, _ = language.localize(english, "es")
    for direction in ("central", "paracentral", "foraminal", "far-lateral"):
        en = root_question("L4-L5", "left", direction, random.Random(1), lang="en")
        es = root_question("L4-L5", "left", direction, random.Random(1), lang="es")
        assert es.answer_parts == en.answer_parts and es.correct == en.correct
        assert es.prompt.endswith("¿Qué raíz nerviosa queda pinzada?") and "L4-L5" in es.prompt
        assert all("raíz" in o or "raíces" in o for o in es.options) and "root" not in " ".join(es.options)
    roots = [q for q in ask(spanish, random.Random(2)) if q.kind == "root"]
    assert roots and all("¿Qué raíz nerviosa" in q.prompt for q in roots)


def test_switching_the_language_in_the_window_changes_the_menus_and_the_scene_text(make_window, qtbot):
    window = make_window()
    window.install_tools()
    window.panels.playing.player.set_scene("herniated_disc")
    window.panels.playing.player.go_to_step(1)
    qtbot.wait(50)
    menus = lambda: [a.text() for a in window.menuBar().actions()]  # noqa: E731
    text = lambda: window.panels.playing.text.browser.toPlainText()  # noqa: E731
    assert "&File" in menus() and "A crack in the outer ring" in text()
    prefs = window.tools.shell.preferences
    try:
        prefs.apply(replace(prefs.prefs, language="es"), remember=False)
        qtbot.wait(50)
        assert "&Archivo" in menus() and "&File" not in menus()
        assert "Una grieta en el anillo exterior" in text() and "fisura anular" in text()
        assert window.panels.playing.player.step_index == 1  # the same moment of the same scene
        titles = [window.panels.playing.panel.scene_list.item(i).text() for i in range(5)]
        assert "Hernia discal" in titles
        assert window.findChild(QAction, "play_pause").toolTip().startswith("Reproducir o pausar")
        prefs.apply(replace(prefs.prefs, language="en"), remember=False)
        qtbot.wait(50)
        assert "&File" in menus() and "A crack in the outer ring" in text()
    finally:
        i18n.set_language("en")


def test_the_command_line_speaks_spanish_with_lang_es():
    import json

    done = lumbar("scenes", "--json", "--lang", "es")
    assert done.returncode == 0, done.stderr
    titles = {s["id"]: s["title"] for s in json.loads(done.stdout)["scenes"]}
    assert titles["herniated_disc"] == "Hernia discal" and titles["healthy_tour"] == "Una zona lumbar sana"
    bad = lumbar("--lang", "es", "scenes", "--dir", "/no/such/folder")
    assert bad.returncode == 2 and "la carpeta /no/such/folder no existe" in bad.stderr
    assert "Traceback" not in bad.stderr
    usage = lumbar("render", "--lang=es")
    assert usage.returncode == 2 and "faltan estos argumentos obligatorios: --out" in usage.stderr
    unknown = lumbar("scenes", "--lang", "fr")
    assert unknown.returncode == 2 and "es (Español)" in unknown.stderr


def test_the_take_home_page_speaks_spanish_with_lang_es(tmp_path):
    out = tmp_path / "casa.html"
    done = lumbar("--lang", "es", "export", "--out", str(out), "--scene", "herniated_disc", "--step", "4")
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    page = (
        text[: text.index('<script id="model-glb"')] + text[text.index('<script id="page-data"') :][:200000]
    )
    assert '<html lang="es">' in page and "Qué pasa, paso a paso" in page and "Paso 4: " in page
    assert "Educativo, no es un consejo médico." in page and "paso 4 de 7" in page
    assert "Hernia discal" in page and "Cargando el modelo 3D" in page and "No se pudo mostrar" in page
    for english in (
        "What happens, step by step",
        "Loading the 3D model",
        "Drag to turn",
        "could not be shown",
    ):
        assert english not in page, english
    assert '"name":"Raíz nerviosa' in page or '"name":"Disco' in page  # the parts' names


def test_the_language_follows_the_system_locale(monkeypatch):
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    assert i18n.system_language() == "es"
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    assert i18n.system_language() == "en"
    import os

    done = lumbar("scenes", env={**os.environ, "LC_ALL": "es_ES.UTF-8"})
    assert "Hernia discal" in done.stdout


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))
