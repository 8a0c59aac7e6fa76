"""Text drawn onto pictures with Qt's QPainter: the caption of a still, the subtitle of a clip.

Qt needs an application object to find fonts. The window has one; the command line gets a quiet
one here, on the 'offscreen' platform when there is no display (it never opens a window). It is a
QApplication, not a bare QGuiApplication, so widgets made later in the same process still work.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import numpy as np

from app.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from PySide6.QtGui import QImage

_APP = None  # the QApplication made here, kept alive for the whole process

CAPTION_NOTICE = QT_TRANSLATE_NOOP("overlay", "Lumbar Spine Viewer · educational model, not medical advice")


def ensure_qt():
    """The running Qt application, or a new QApplication (offscreen without a display)."""
    global _APP
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = _APP = QApplication(sys.argv[:1] or ["lumbar-viewer"])
    return app


def to_qimage(image: NDArray[np.uint8]) -> QImage:
    """An (h, w, 3|4) uint8 RGB(A) array as a QImage that owns a copy of the pixels."""
    from PySide6.QtGui import QImage

    image = np.ascontiguousarray(image, dtype=np.uint8)
    h, w, c = image.shape
    fmt = QImage.Format.Format_RGBA8888 if c == 4 else QImage.Format.Format_RGB888
    return QImage(image.data, w, h, image.strides[0], fmt).copy()


def from_qimage(qimage: QImage, alpha: bool = False) -> NDArray[np.uint8]:
    """A QImage as an (h, w, 3) RGB array, or (h, w, 4) RGBA when ``alpha``."""
    from PySide6.QtGui import QImage

    fmt = QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888
    img = qimage.convertToFormat(fmt)
    c = 4 if alpha else 3
    h, w = img.height(), img.width()
    buf = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.bytesPerLine() * h)
    return buf.reshape(h, img.bytesPerLine())[:, : w * c].reshape(h, w, c).copy()


def _font(pixels: float, bold: bool = False):
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Arial", "Helvetica", "sans-serif"])
    font.setPixelSize(max(8, round(pixels)))
    font.setBold(bold)
    return font


def draw_text_band(
    image: NDArray[np.uint8], lines: list[str], where: str = "bottom", scale: float = 1.0
) -> NDArray[np.uint8]:
    """``image`` with ``lines`` written on a dark, rounded, half-transparent band.

    The first line is bold and largest; the text size follows the picture's height so it reads
    the same at 320x180 and at 3840x2160. ``where`` is 'bottom' or 'top'.
    """
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

    lines = [ln for ln in lines if ln]
    if not lines:
        return image
    ensure_qt()
    alpha = image.shape[2] == 4
    qimg = to_qimage(image).convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    w, h = qimg.width(), qimg.height()
    size = max(9.0, min(h / 22.0, w / 40.0)) * scale
    fonts = [_font(size, bold=True)] + [_font(size * 0.72) for _ in lines[1:]]
    margin = size * 0.6
    max_w = w - 4 * margin
    painter = QPainter(qimg)
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        rects = []
        for text, font in zip(lines, fonts, strict=True):
            fm = QFontMetricsF(font)
            r = fm.boundingRect(QRectF(0, 0, max_w, h), flags, text)
            rects.append(r)
        text_h = sum(r.height() for r in rects) + margin * 0.25 * (len(rects) - 1)
        band_w = min(w - 2 * margin, max(r.width() for r in rects) + 2 * margin)
        band_h = text_h + margin
        top = h - band_h - margin if where == "bottom" else margin
        band = QRectF((w - band_w) / 2, top, band_w, band_h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(12, 16, 22, 190))
        painter.drawRoundedRect(band, margin * 0.6, margin * 0.6)
        y = top + margin / 2
        for text, font, r in zip(lines, fonts, rects, strict=True):
            painter.setFont(font)
            painter.setPen(QColor(255, 255, 255) if font.bold() else QColor(222, 228, 236))
            painter.drawText(QRectF(2 * margin, y, max_w, r.height()), flags, text)
            y += r.height() + margin * 0.25
    finally:
        painter.end()
    return from_qimage(qimg, alpha=alpha)
