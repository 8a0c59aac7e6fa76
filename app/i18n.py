"""The program's language: which one (``--lang``, Preferences, else the system locale), Qt's
translators for the window, and ``translate(context, text)`` for code without a QObject (the
command line, the handout). The scene texts follow the same choice by plain file selection
(``scenes.language``).

Every visible English string is written as ``translate("Context", "text")`` (or
``QCoreApplication.translate``) so ``pyside6-lupdate`` finds it; the Spanish lives in
``app/translations/lumbar_es.ts`` and its compiled ``.qm`` (see docs/translating.md). Sits low in
the app's layers so the command line, the features and the 3D view may all use it; Qt is
imported only once a language other than English is chosen.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import UserError

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

SOURCE = "en"
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}  # code -> its own name
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
SETTINGS_KEY = "prefs/language"  # QSettings: '' follows the system, else a code of LANGUAGES

_current = SOURCE
_translators: list[QTranslator] = []  # ours first, then Qt's own (dialog buttons, ...)
_sources: dict[str, tuple[str, str]] = {}  # a text shown -> (context, English source)
_translated: set[str] = set()  # every text a translation gave (tests check the window's against it)
_templates: dict[str, re.Pattern] = {}  # translated texts with {fields}, as patterns of what they make


def system_language() -> str:
    """The language of the system locale (LC_ALL, LC_MESSAGES, LANG, LANGUAGE) if we have it, else English."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            code = value.split(":")[0][:2].lower()
            return code if code in LANGUAGES else SOURCE
    return SOURCE


def check_language(code: str) -> str:
    """``code`` if it is one of LANGUAGES, else a UserError saying which are."""
    if code in LANGUAGES:
        return code
    known = ", ".join(f"{c} ({name})" for c, name in LANGUAGES.items())
    raise UserError(
        translate("i18n", "the language '{code}' is not available; languages: {known}").format(
            code=code, known=known
        )
    )


def current_language() -> str:
    return _current


def set_language(code: str | None) -> str:
    """Use ``code`` (None or '': the system's) for Qt's texts, ``translate`` and the scene files;
    installs the translators into the running QCoreApplication if there is one. Returns the code."""
    global _current
    code = check_language(code or system_language())
    import scenes.language

    scenes.language.set_language(code)
    if code == _current and (code == SOURCE or _translators):
        return code
    _remove_translators()
    _current = code
    if code != SOURCE:
        from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

        ours = QTranslator()
        if not ours.load(str(TRANSLATIONS_DIR / f"lumbar_{code}.qm")):
            raise UserError(f"the translation file lumbar_{code}.qm is missing; reinstall the program")
        qt = QTranslator()
        qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _translators.extend([ours, qt])
        app = QCoreApplication.instance()
        if app is not None:
            for t in _translators:
                app.installTranslator(t)
    return code


def choose_language(code: str | None, settings: Any = None) -> str:
    """The window's language: ``code`` (``--lang``), else the one saved in Preferences, else the
    system's; installed into the running application."""
    saved = str(settings.value(SETTINGS_KEY, "") or "") if settings is not None else ""
    chosen = set_language(code or (saved if saved in LANGUAGES else None))
    install_into_app()
    return chosen


def install_into_app() -> None:
    """Install the chosen translators into a QCoreApplication made after ``set_language``."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is not None:
        for t in _translators:
            app.removeTranslator(t)
            app.installTranslator(t)


def _remove_translators() -> None:
    if _translators:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            for t in _translators:
                app.removeTranslator(t)
    _translators.clear()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language (``text`` itself when English or not translated).

    Written ``translate("Context", "literal")`` so pyside6-lupdate picks it up; fill in values
    afterwards with ``.format(...)``, never with an f-string (the translation is looked up by
    the literal).
    """
    out = text
    if _translators:
        found = _translators[0].translate(context, text, disambiguation, n)
        if found:
            out = found
            _translated.add(out)
            _translated.add(_plain(out))  # as Qt derives it for a tool button or a tooltip
            if "{" in out and out not in _templates:
                try:
                    _templates[out] = _template_pattern(out)
                except ValueError:  # braces that are not fields
                    pass
    _sources.setdefault(out, (context, text))
    return out


def plural(n: int, one: str, many: str) -> str:
    """``one`` for 1, else ``many`` with {n} filled in (English and Spanish share this rule)."""
    return one if n == 1 else many.format(n=n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Mark ``text`` for the translation file without translating it now (a constant translated
    where it is shown, with ``translate(context, text)``)."""
    return text


# The sides in running text ('the L4-L5 disc, left side'); shown as translate("sides", SIDES[side]).
SIDES = {"left": QT_TRANSLATE_NOOP("sides", "left"), "right": QT_TRANSLATE_NOOP("sides", "right")}


def _plain(text: str) -> str:
    """A menu text without its '&' marks and trailing '…': Qt's own short form of it."""
    return re.sub(r"&(?!&)", "", text).removesuffix("…").removesuffix("...")


def was_translated(text: str) -> bool:
    """Whether ``text`` came out of a translation in this run, as it is or with its {fields}
    filled in (for the tests' walk over the window)."""
    return text in _translated or any(p.fullmatch(text) for p in _templates.values())


def _template_pattern(template: str) -> re.Pattern:
    import string

    parts = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append("(.+?)")
    return re.compile("".join(parts), re.DOTALL)


# ---- switching the language of a window that is already open ---------------------------------
_SHORTCUT_TAIL = re.compile(r"^(.*\S) (\([^()]*\))$")  # 'Open a scene (Ctrl+O)'


def retranslated(text: str) -> str:
    """A text shown earlier in the current language: the same source's translation now (a
    trailing '(shortcut)' kept), or ``text`` unchanged if it did not come from ``translate``."""
    if not text:
        return text
    if text in _sources:
        context, source = _sources[text]
        return translate(context, source)
    m = _SHORTCUT_TAIL.match(text)
    if m and m.group(1) in _sources:
        return f"{retranslated(m.group(1))} {m.group(2)}"
    return text


# (getter, setter) pairs of the text properties a widget or action shows.
_PROPS = (
    ("windowTitle", "setWindowTitle"),
    ("toolTip", "setToolTip"),
    ("statusTip", "setStatusTip"),
    ("whatsThis", "setWhatsThis"),
    ("accessibleName", "setAccessibleName"),
    ("accessibleDescription", "setAccessibleDescription"),
    ("text", "setText"),
    ("title", "setTitle"),
    ("placeholderText", "setPlaceholderText"),
    ("prefix", "setPrefix"),
    ("suffix", "setSuffix"),
    ("specialValueText", "setSpecialValueText"),
)


def shown_texts(obj: Any) -> list[tuple[str, str]]:
    """(what, text) for every text ``obj`` (a widget, action or menu) shows or tells a screen
    reader: its text properties, combo box items, tab titles and header labels."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTabBar, QTabWidget, QTreeWidget

    out: list[tuple[str, str]] = []
    for getter, _ in _PROPS:
        if getter == "text" and not isinstance(obj, QLabel | QAbstractButton | QAction):
            continue  # documents (the scene texts, checked against the files) and typed-in text
        fn = getattr(obj, getter, None)
        if callable(fn):
            try:
                value = fn()
            except TypeError:
                continue
            if isinstance(value, str) and value.strip():
                out.append((getter, value))
    if isinstance(obj, QComboBox):
        out += [("item", obj.itemText(i)) for i in range(obj.count())]
    if isinstance(obj, QTabWidget | QTabBar):
        out += [("tab", obj.tabText(i)) for i in range(obj.count())]
    if isinstance(obj, QTreeWidget):
        head = obj.headerItem()
        out += [("header", head.text(i)) for i in range(head.columnCount())]
    return out


def retranslate_tree(root: Any) -> int:
    """Put every text under ``root`` (a window: its widgets, actions and menus) into the current
    language; returns how many changed. Texts composed at run time refresh on their next update."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QComboBox, QTabBar, QTabWidget, QWidget

    changed = 0
    for obj in [root, *root.findChildren(QWidget), *root.findChildren(QAction)]:
        for getter, setter in _PROPS:
            fn, set_fn = getattr(obj, getter, None), getattr(obj, setter, None)
            if not (callable(fn) and callable(set_fn)):
                continue
            try:
                value = fn()
            except TypeError:
                continue
            if isinstance(value, str) and (new := retranslated(value)) != value:
                set_fn(new)
                changed += 1
        if isinstance(obj, QComboBox):
            for i in range(obj.count()):
                if (new := retranslated(obj.itemText(i))) != obj.itemText(i):
                    obj.setItemText(i, new)
                    changed += 1
        if isinstance(obj, QTabWidget | QTabBar):
            for i in range(obj.count()):
                if (new := retranslated(obj.tabText(i))) != obj.tabText(i):
                    obj.setTabText(i, new)
                    changed += 1
    return changed
