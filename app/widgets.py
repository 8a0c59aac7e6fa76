"""Small widgets and text helpers the features share: Markdown with glossary tooltips, the
disclaimer line. May import app.viewer and below; never a feature or the window.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QTextEdit

from app.i18n import translate
from scenes.glossary import find_terms
from scenes.language import disclaimer

SHORT_DISCLAIMER = "Educational, not medical advice."
TERM_STYLE_UNDERLINE = QTextCharFormat.UnderlineStyle.DotLine


def disclaimer_label() -> QLabel:
    """A one-line 'Educational, not medical advice.' with the whole disclaimer as its tooltip."""
    note = QLabel(translate("widgets", "<b>Educational, not medical advice.</b> Point here for more."))
    note.setToolTip(disclaimer())
    note.setWordWrap(True)
    note.setStyleSheet("QLabel { background: #FFF4D6; color: #3A3020; padding: 3px; }")
    return note


def show_markdown(browser: QTextEdit, markdown: str, skip_blocks: int = 0) -> int:
    """Show ``markdown`` with glossary tooltips in ``browser``, read from the top: the browser's
    own cursor would otherwise keep its old place and scroll a new text's heading out of view."""
    terms = set_glossary_markdown(browser.document(), markdown, skip_blocks)
    browser.moveCursor(QTextCursor.MoveOperation.Start)
    browser.verticalScrollBar().setValue(0)
    return terms


def set_glossary_markdown(doc: QTextDocument, markdown: str, skip_blocks: int = 0) -> int:
    """Lay out ``markdown`` in ``doc`` and give the first mention of each glossary term a
    tooltip and a dotted underline (after the first ``skip_blocks`` paragraphs, e.g. headings);
    returns how many terms got one.

    The tooltips are set on the laid-out text rather than written into the Markdown as
    ``<span title>``: Qt's Markdown reader drops **bold** around inline HTML.
    """
    doc.setMarkdown(markdown, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
    plain = doc.toPlainText()  # one character per document position
    cursor = QTextCursor(doc)
    start = doc.findBlockByNumber(skip_blocks).position() if skip_blocks < doc.blockCount() else len(plain)
    seen: set[str] = set()
    for m in find_terms(plain):
        if m.start < start or m.term.name in seen:
            continue
        seen.add(m.term.name)
        fmt = QTextCharFormat()
        fmt.setToolTip(m.term.plain)
        fmt.setUnderlineStyle(TERM_STYLE_UNDERLINE)
        cursor.setPosition(m.start)
        cursor.setPosition(m.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    return len(seen)
