"""The handout on paper: its content (app.share.handout) laid out as HTML with the stills in one
picture, painted page by page with a frame (title, page number, disclaimer) and a notes field, and
written as a PDF with Qt's writer (nothing half-written).
"""

from __future__ import annotations

import html
import itertools
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import UserError
from app.i18n import SIDES, translate
from app.share.handout import APP_NAME, NOMENCLATURE, HandoutContent, Still

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice, QPainter


MAX_PAGES = 2
FONT_SIZES = (10.5, 10.0, 9.5, 9.0, 8.5, 8.0)  # points; tried in turn until the handout fits
NOTES_MIN_MM = 38.0  # the notes field gets the rest of the last page, at least this much
NOTES_LINE_MM = 8.0
MARGIN_MM = 15.0
FOOTER_MM = 12.0
HEADER_MM = 7.0


# ---- layout (Qt) -------------------------------------------------------------------------------
def _body_html(c: HandoutContent) -> str:
    """The flowing text of the handout (the pictures and the notes field are drawn around it)."""
    e = html.escape
    parts = [
        f"<h1>{e(c.title)}</h1>",
        "<p class='where'>"
        + translate("handout", "A handout about {where} · {date}").format(where=e(c.where), date=e(c.date))
        + "</p>",
        "<p><img src='stills' width='{stills_width}'></p>",
        "<p class='summary'>"
        + translate("handout", "<b>In short:</b> {summary}").format(summary=e(c.summary))
        + "</p>",
    ]
    if c.intro_html.strip():
        parts.append(c.intro_html)
    parts.append("<h2>" + translate("handout", "Step by step") + "</h2>")
    for i, (title, body) in enumerate(c.steps, 1):
        parts.append(f"<h3>{i}. {e(title)}</h3>{body}")
    if c.roots:
        parts.append("<h2>" + translate("handout", "The nerve and where you may feel it") + "</h2><ul>")
        for r in c.roots:
            sides = translate("handout", " and ").join(translate("sides", SIDES[s]) for s in r.sides)
            lead = translate("handout", "Most likely") if r.main else translate("handout", "May be")
            parts.append(
                "<li>"
                + translate(
                    "handout",
                    "<b>{lead}: the {sides} {root} nerve root.</b> It carries feeling from {area}, "
                    "and it helps with {muscle}.",
                ).format(lead=lead, sides=e(sides), root=e(r.root), area=e(r.area), muscle=e(r.muscle))
                + "</li>"
            )
        parts.append("</ul>")
    parts.append(f"<h2>Your 3D model to take home</h2><p>{take_home_words(c.take_home)}</p>")
    if c.terms:
        parts.append(
            "<h2>" + translate("handout", "Words explained") + "</h2>"
            "<table class='terms' width='100%' cellspacing='0' cellpadding='1'>"
        )
        half = (len(c.terms) + 1) // 2
        for left, right in itertools.zip_longest(c.terms[:half], c.terms[half:]):
            cells = [
                f"<td width='50%'><b>{e(t[0])}</b>: {e(t[1])}</td>" if t else "<td></td>"
                for t in (left, right)
            ]
            parts.append(f"<tr>{''.join(cells)}</tr>")
        parts.append("</table>")
    from scenes.schema import ARTICLE_CREDIT

    parts.append(
        "<h2>"
        + translate("handout", "Where this comes from")
        + "</h2><p class='small'>"
        + translate(
            "handout",
            "The explanation is this program's own, drawn from the article {article} and standard "
            "anatomy. Where it describes treatment, it reports the article's view, not settled "
            "medicine. Disc names follow the standard nomenclature: {nomenclature}",
        ).format(article=e(ARTICLE_CREDIT), nomenclature=e(NOMENCLATURE))
        + "</p>"
    )
    return "\n".join(parts)


def take_home_words(name: str) -> str:
    """How to open the take-home page (app/share/take_home.py), or how to ask for one."""
    if name:
        return (
            f"The model you saw is in the file <b>{html.escape(name)}</b>, given with this handout. "
            "Double-click it: it opens in your web browser, without the internet. Drag to turn the "
            "model and point at a part to see its name."
        )
    return (
        "You can have the model you saw as a web page that turns in any browser, without the "
        "internet: it is saved in the program with File > Export > Save take-home 3D page."
    )


STYLE = """
h1 { font-size: 190%; margin-bottom: 0; color: #1B3A57; }
h2 { font-size: 125%; margin-top: 10px; margin-bottom: 2px; color: #1B3A57; }
h3 { font-size: 105%; margin-top: 6px; margin-bottom: 0; }
p { margin-top: 2px; margin-bottom: 3px; }
p.where { color: #555555; margin-bottom: 6px; }
p.summary { margin-top: 4px; }
p.small, table.terms { font-size: 88%; }
td { padding-right: 6px; }
ul { margin-top: 0; margin-bottom: 0; }
"""


def _stills_image(
    stills: tuple[Still, ...], width_px: int, font_px: float, pressed: tuple[tuple[str, float], ...] = ()
):
    """The pictures side by side with their captions under them, as one QImage ``width_px`` wide;
    with pressed roots, the body map with their skin areas lit beside them (as tall as a picture)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

    from app.viewer.body_drawing import fit, paint_body
    from app.viewer.body_outline import HEIGHT, WIDTH
    from app.viewer.overlay import to_qimage

    n = max(1, len(stills))
    gap = width_px * 0.015
    ih, iw = stills[0].image.shape[:2] if stills else (3, 4)
    map_share = (ih / iw) * (WIDTH / HEIGHT) if pressed else 0.0  # the map's width per picture width
    cell_w = (width_px - gap * (n - 1 + (1 if pressed else 0))) / (n + map_share)
    pic_h = cell_w * ih / iw
    captions = [s.caption for s in stills]
    map_caption = translate("handout", "Where it may be felt")
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Arial", "sans-serif"])
    font.setPixelSize(max(8, round(font_px)))
    fm = QFontMetricsF(font)
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    cap_h = max((fm.boundingRect(QRectF(0, 0, cell_w, 1e6), flags, c).height() for c in captions),
                default=0.0)  # fmt: skip
    if pressed:
        map_box = QRectF(0, 0, cell_w * map_share + 2 * gap, 1e6)  # as drawn: from 2 gaps left of the map
        cap_h = max(cap_h, fm.boundingRect(map_box, flags, map_caption).height())
    img = QImage(int(width_px), int(pic_h + cap_h + font_px * 0.5), QImage.Format.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    try:
        p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        p.setFont(font)
        p.setPen(QColor("#333333"))
        for i, s in enumerate(stills):
            x = i * (cell_w + gap)
            p.drawImage(QRectF(x, 0, cell_w, pic_h), to_qimage(s.image))
            p.drawText(QRectF(x, pic_h + font_px * 0.3, cell_w, cap_h + 2), flags, s.caption)
        if pressed:
            x, map_w = n * (cell_w + gap), cell_w * map_share
            paint_body(p, fit(map_w, pic_h, x, 0.0), dict(pressed))
            p.setFont(font)
            p.setPen(QColor("#333333"))
            box = QRectF(x - 2 * gap, pic_h + font_px * 0.3, width_px - x + 2 * gap, cap_h + 2)
            p.drawText(box, flags, map_caption)
    finally:
        p.end()
    return img


def _mm(device, mm: float) -> float:
    return mm / 25.4 * device.logicalDpiY()


def _layout(device: QPagedPaintDevice, content: HandoutContent, font_pt: float):
    """The text document laid out on ``device``'s pages at ``font_pt``: (document, pages, space
    left on the last page in device pixels)."""
    from PySide6.QtCore import QSizeF, QUrl
    from PySide6.QtGui import QFont, QTextDocument

    page = _body_rect(device)
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Arial", "sans-serif"])
    font.setPointSizeF(font_pt)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    doc.setDocumentMargin(0)
    px_per_pt = device.logicalDpiY() / 72.0
    stills = _stills_image(content.stills, int(page.width()), font_pt * 0.9 * px_per_pt, content.pressed)
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("stills"), stills)
    # Qt sizes document images in 96-dpi pixels and scales them to the device: give the width so.
    width_96 = page.width() * 96.0 / device.logicalDpiX()
    doc.setHtml(_body_html(content).replace("{stills_width}", f"{width_96:.1f}", 1))
    doc.setPageSize(QSizeF(page.width(), page.height()))
    pages = doc.pageCount()
    # The last page's text ends where the last block ends (pagination pushes blocks down).
    last = doc.documentLayout().blockBoundingRect(doc.lastBlock())
    end_y = last.bottom() - (pages - 1) * page.height()
    left = page.height() - end_y
    return doc, pages, left


def _body_rect(device):
    from PySide6.QtCore import QRectF

    w, h = device.width(), device.height()
    m = _mm(device, MARGIN_MM)
    top = m + _mm(device, HEADER_MM)
    return QRectF(m, top, w - 2 * m, h - top - m - _mm(device, FOOTER_MM))


def paint_handout(device: QPagedPaintDevice, content: HandoutContent) -> int:
    """Lay out and paint the handout on a PDF writer or printer; returns the number of pages."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QPainter

    from app.viewer.overlay import ensure_qt
    from scenes.language import disclaimer

    ensure_qt()
    notes_min = _mm(device, NOTES_MIN_MM)
    choice = None
    for pt in FONT_SIZES:
        doc, pages, left = _layout(device, content, pt)
        notes_page = pages if left >= notes_min else pages + 1
        choice = (doc, pages, left, notes_page)
        if notes_page <= MAX_PAGES:
            break
    doc, pages, left, notes_page = choice
    total = notes_page
    body = _body_rect(device)
    page_h = body.height()

    painter = QPainter()
    if not painter.begin(device):
        raise UserError(translate("handout_pdf", "the handout could not be started on this printer or file"))
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        small = QFont()
        small.setFamilies(["DejaVu Sans", "Noto Sans", "Arial", "sans-serif"])
        small.setPointSizeF(7.5)
        for i in range(total):
            if i:
                device.newPage()
            _paint_frame(painter, device, body, small, i + 1, total, disclaimer())
            if i < pages:
                painter.save()
                painter.translate(body.left(), body.top() - i * page_h)
                # A line cut by the page's edge belongs to the next page (pagination moved it).
                painter.setClipRect(QRectF(0, i * page_h, body.width(), page_h))
                doc.drawContents(painter, QRectF(0, i * page_h, body.width(), page_h))
                painter.restore()
            if i + 1 == notes_page:
                top = body.top() + (page_h - left if notes_page == pages else 0.0)
                _paint_notes(painter, device, QRectF(body.left(), top, body.width(), body.bottom() - top))
    finally:
        painter.end()
    return total


def _paint_frame(painter: QPainter, device, body, font, page: int, total: int, disclaimer: str) -> None:
    """Header line, and the footer: disclaimer on the left, page number on the right."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QPen

    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#666666"))
    head = QRectF(
        body.left(), body.top() - _mm(device, HEADER_MM), body.width(), _mm(device, HEADER_MM) * 0.8
    )
    painter.drawText(head, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     translate("handout", "{app} · patient handout").format(
                         app=APP_NAME))  # fmt: skip
    painter.drawText(head, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                     translate("handout", "Educational, not medical advice"))  # fmt: skip
    painter.setPen(QPen(QColor("#B0B8C0"), max(1.0, _mm(device, 0.2))))
    painter.drawLine(body.topLeft() - _offset(device, 1.5), body.topRight() - _offset(device, 1.5))
    foot = QRectF(
        body.left(), body.bottom() + _mm(device, 3), body.width(), _mm(device, FOOTER_MM) - _mm(device, 3)
    )
    painter.drawLine(foot.topLeft(), foot.topRight())
    painter.setPen(QColor("#444444"))
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    painter.drawText(foot.adjusted(0, _mm(device, 1), -_mm(device, 25), 0), flags, disclaimer)
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    painter.drawText(
        foot.adjusted(0, _mm(device, 1), 0, 0),
        right,
        translate("handout", "Page {page} of {total}").format(page=page, total=total),
    )
    painter.restore()


def _offset(device, mm: float):
    from PySide6.QtCore import QPointF

    return QPointF(0, _mm(device, mm))


def _paint_notes(painter: QPainter, device, rect) -> None:
    """'Notes from your doctor' and ruled lines filling ``rect``; a line for the date at the end."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPen

    painter.save()
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Arial", "sans-serif"])
    font.setPointSizeF(11)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#1B3A57"))
    gap = _mm(device, 3)
    head_h = _mm(device, 7)
    top = rect.top() + gap
    painter.drawText(QRectF(rect.left(), top, rect.width(), head_h),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     translate("handout", "Notes from your doctor"))  # fmt: skip
    painter.setPen(QPen(QColor("#9AA4AE"), max(1.0, _mm(device, 0.25))))
    step = _mm(device, NOTES_LINE_MM)
    y = top + head_h + step
    while y <= rect.bottom() - _mm(device, 1):
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        y += step
    painter.restore()


# ---- files and printers ----------------------------------------------------------------------
def new_pdf_writer(path: str):
    """A QPdfWriter for an A4 page at 300 dpi, titled and credited."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(path)
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)
        )
    )
    writer.setCreator(APP_NAME)
    return writer


def write_handout_pdf(content: HandoutContent, out: Path) -> int:
    """Write the handout as a PDF; returns its pages. A failure leaves no file behind and raises
    UserError with one sentence (app.outputs.atomic_path)."""
    import errno

    from app.outputs import atomic_path
    from app.viewer.overlay import ensure_qt

    ensure_qt()
    with atomic_path(out) as tmp:
        writer = new_pdf_writer(str(tmp))
        writer.setTitle(translate("handout_pdf", "{title}: a patient handout").format(title=content.title))
        pages = paint_handout(writer, content)
        del writer  # deleting the writer closes the file
        if not tmp.exists():
            raise OSError(errno.EACCES, "the PDF could not be created")
        _check_written(tmp)
    return pages


def _check_written(path: Path) -> None:
    """QPdfWriter reports no write errors; a PDF that does not end in %%EOF was cut short."""
    with open(path, "rb") as fh:
        fh.seek(max(0, path.stat().st_size - 64))
        tail = fh.read()
    if b"%%EOF" not in tail:
        import errno

        raise OSError(errno.ENOSPC, "the PDF was cut short")
