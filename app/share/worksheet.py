"""The quiz worksheet: a scene's questions with a picture of the model for each (the scene's own
highlights off, so the picture does not give the answer away), room to answer, and the answer key
with each why on its own last page, written as a PDF with Qt's writer like the handout.
"""

from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.i18n import SIDES, translate
from app.share.handout import APP_NAME

if TYPE_CHECKING:
    from numpy.typing import NDArray

    from meshes.model import Model
    from scenes.quiz import Asked
    from scenes.schema import Scene

STILL_PIXELS = (900, 600)
STILL_WIDTH_SHARE = 0.58  # of the text width
ROOT_VIEW = "posterior"  # a "which root?" picture: the whole spine from behind, the roots in view
ROOT_SEE_THROUGH = ("bone", "disc", "ligament", "joint", "dura")
STYLE = """
h1 { font-size: 170%; color: #1B3A57; margin-bottom: 0; }
h2 { font-size: 125%; color: #1B3A57; margin-top: 14px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 3px; }
p.note { color: #555555; font-size: 90%; }
p.line { color: #777777; margin-top: 8px; }
"""


@dataclass(frozen=True)
class WorksheetContent:
    """What is printed, as plain data: the questions as asked and one picture per question."""

    title: str
    where: str
    questions: tuple[Asked, ...]
    stills: tuple[NDArray[np.uint8], ...]  # (h, w, 3) RGB, one per question


def quiz_scene(scene: Scene) -> Scene:
    """The scene with every step's highlights off: the pictures must not show the answer."""
    return replace(scene, steps=tuple(replace(s, highlight=()) for s in scene.steps))


def root_scene(scene: Scene) -> Scene:
    """A one-step healthy scene showing the whole spine from behind, all but the roots see-through."""
    from scenes.schema import Camera

    step = replace(
        scene.steps[0], time=0.0, camera=Camera(view=ROOT_VIEW), highlight=(), hide=(),
        translucent=ROOT_SEE_THROUGH,
    )  # fmt: skip
    return replace(scene, tracks=(), steps=(step,))


def worksheet_content(scene: Scene, model: Model, rng: random.Random | None = None) -> WorksheetContent:
    """The worksheet of ``scene``: its questions (root questions fresh from ``rng``) and their pictures."""
    from app.share.scene_frame import SceneRenderer
    from scenes.quiz import ask
    from scenes.timeline import step_time

    asked = ask(scene, rng)
    plain, roots = quiz_scene(scene), root_scene(scene)
    drawn: dict[tuple, NDArray[np.uint8]] = {}
    stills = []
    with SceneRenderer(model, STILL_PIXELS, antialias="msaa") as renderer:
        for q in asked:
            key = ("root",) if q.kind == "root" else ("step", q.step)
            if key not in drawn:
                if q.kind == "root":
                    renderer.set_scene(roots)
                    drawn[key] = renderer.draw(0.0, glide=False)
                else:
                    renderer.set_scene(plain)
                    end = scene.steps[q.step + 1].time if q.step + 1 < len(scene.steps) else scene.duration
                    t = max(step_time(scene, q.step), end - 0.05)  # the step's animation played out
                    drawn[key] = renderer.draw(t, glide=False)
            stills.append(drawn[key])
    return WorksheetContent(
        scene.title,
        translate("worksheet", "the {level} disc, {side} side").format(
            level=scene.level, side=translate("sides", SIDES[scene.side])
        ),
        asked,
        tuple(stills),
    )


def _html(c: WorksheetContent, still_width: float, breaks: set[int] = frozenset()) -> str:
    from scenes.language import disclaimer

    e = html.escape
    out = [
        "<h1>{}</h1>".format(e(translate("worksheet", "Quiz: {title}").format(title=c.title))),
        "<p class='note'>{}</p>".format(
            e(translate("worksheet", "About {where}.").format(where=c.where) + " " + disclaimer())
        ),
        "<p class='line'>{} ______________________________ &nbsp;&nbsp; {} ______________</p>".format(
            e(translate("worksheet", "Name:")), e(translate("worksheet", "Date:"))
        ),
    ]
    for i, q in enumerate(c.questions):
        prompt = re.sub(r"^Click\b", "Circle", q.prompt)  # on paper the pen is the mouse
        prompt = re.sub(r"^Haga clic en\b", "Rodee", prompt)  # the same in Spanish
        new_page = " style='page-break-before: always'" if i in breaks else ""
        out.append(f"<h2{new_page}>{i + 1}. {e(prompt)}</h2>")
        out.append(f"<p><img src='still{i}' width='{still_width:.0f}'></p>")
        if q.options:
            tick = (
                translate("worksheet", "Tick one (or mark it on the picture):")
                if q.clickable
                else translate("worksheet", "Tick one:")
            )
            out.append(f"<p>{e(tick)}</p>")
            out.extend(f"<p>&#9744; {chr(65 + k)}. {e(o)}</p>" for k, o in enumerate(q.options))
        else:
            out.append("<p>{}</p>".format(e(translate("worksheet", "Circle it on the picture and name it:"))))
            out.append("<p class='line'>__________________________________________________</p>")
    out.append(
        "<h1 style='page-break-before: always'>{}</h1>".format(e(translate("worksheet", "Answer key")))
    )
    out.append(f"<p class='note'>{e(c.title)} · {e(c.where)}</p>")
    for i, q in enumerate(c.questions):
        letter = f"{chr(65 + q.correct)}. " if q.correct >= 0 else ""
        out.append(f"<p><b>{i + 1}. {letter}{e(q.answer_text)}</b><br>{e(q.why)}</p>")
    return "\n".join(out)


def paint_worksheet(device, c: WorksheetContent) -> int:
    """Lay out and paint the worksheet on a PDF writer or printer; returns the number of pages."""
    from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
    from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument

    from app.errors import UserError
    from app.viewer.overlay import to_qimage

    mm = device.logicalDpiY() / 25.4
    body = QRectF(15 * mm, 18 * mm, device.width() - 30 * mm, device.height() - 36 * mm)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Arial", "sans-serif"])
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    for i, image in enumerate(c.stills):
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"still{i}"), to_qimage(image))
    # Qt sizes document images in 96-dpi pixels and scales them to the device.
    width_96 = body.width() * STILL_WIDTH_SHARE * 96.0 / device.logicalDpiX()
    breaks: set[int] = set()
    for _ in c.questions:  # each pass moves the first question that runs over to a new page
        doc.setHtml(_html(c, width_96, breaks))
        doc.setPageSize(QSizeF(body.width(), body.height()))
        more = _breaks_needed(doc, body.height()) - breaks
        if not more:
            break
        breaks.add(min(more))
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise UserError(translate("worksheet", "the worksheet could not be started on this printer or file"))
    try:
        small = QFont(font)
        small.setPointSizeF(7.5)
        for i in range(pages):
            if i:
                device.newPage()
            painter.save()
            painter.setFont(small)
            painter.setPen(QColor("#666666"))
            head = QRectF(body.left(), body.top() - 10 * mm, body.width(), 6 * mm)
            painter.drawText(
                head,
                int(Qt.AlignmentFlag.AlignLeft),
                translate("worksheet", "{app} · quiz worksheet").format(app=APP_NAME),
            )
            painter.drawText(
                head,
                int(Qt.AlignmentFlag.AlignRight),
                translate("worksheet", "Educational, not medical advice"),
            )
            foot = QRectF(body.left(), body.bottom() + 4 * mm, body.width(), 6 * mm)
            painter.drawText(
                foot,
                int(Qt.AlignmentFlag.AlignRight),
                translate("worksheet", "Page {n} of {pages}").format(n=i + 1, pages=pages),
            )
            painter.restore()
            painter.save()
            painter.translate(body.left(), body.top() - i * body.height())
            painter.setClipRect(QRectF(0, i * body.height(), body.width(), body.height()))
            doc.drawContents(painter, QRectF(0, i * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def _breaks_needed(doc, page_h: float) -> set[int]:
    """The questions (0-based) that run over a page's end as laid out now: each should start a
    new page, so its words, picture and options stay together (Qt's rich text has no
    'page-break-inside: avoid')."""
    layout = doc.documentLayout()
    blocks, block = [], doc.begin()
    while block.isValid():
        blocks.append(block)
        block = block.next()
    heads = [i for i, b in enumerate(blocks) if b.blockFormat().headingLevel() in (1, 2)]
    out, question = set(), -1
    for k, i in enumerate(heads):
        question += blocks[i].blockFormat().headingLevel() == 2
        end = (heads[k + 1] if k + 1 < len(heads) else len(blocks)) - 1
        top = layout.blockBoundingRect(blocks[i]).top()
        bottom = layout.blockBoundingRect(blocks[end]).bottom()
        if blocks[i].blockFormat().headingLevel() == 2 and int(top // page_h) != int((bottom - 1) // page_h):
            out.add(question)
    return out


def write_worksheet_pdf(c: WorksheetContent, out: Path) -> int:
    """Write the worksheet as a PDF, whole or not at all; returns its pages."""
    import errno

    from app.outputs import atomic_path
    from app.share.handout_pdf import _check_written, new_pdf_writer
    from app.viewer.overlay import ensure_qt

    ensure_qt()
    with atomic_path(out) as tmp:
        writer = new_pdf_writer(str(tmp))
        writer.setTitle(translate("worksheet", "Quiz: {title}").format(title=c.title))
        pages = paint_worksheet(writer, c)
        del writer  # deleting the writer closes the file
        if not tmp.exists():
            raise OSError(errno.EACCES, "the PDF could not be created")
        _check_written(tmp)
    return pages
