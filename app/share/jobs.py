"""Long exports in small slices on the GUI thread: one frame or one picture per slice from a
QTimer, behind a progress dialog with Cancel, so the window keeps painting and answering.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QProgressDialog,
    QWidget,
)

from app.errors import UserError
from app.i18n import translate


class SlicedJob(QObject):
    """Runs a generator one ``next()`` per timer tick on the GUI thread, behind a progress dialog.

    The generator yields (done, total); ``finished(ok, message)`` follows its end, an error (the
    UserError's sentence) or a cancel (``cancel()`` or the dialog's Cancel button: the generator is
    closed, so its ``finally`` blocks and ``atomic_path`` clean up).
    """

    finished = Signal(bool, str)

    def __init__(self, steps: Iterator[tuple[int, int]], label: str, parent: QWidget,
                 on_done: Callable[[], str] | None = None, show_dialog: bool = True) -> None:  # fmt: skip
        super().__init__(parent)
        self._steps = steps
        self._on_done = on_done
        self.done = False
        self.ok = False
        self.message = ""
        self._timer = QTimer(self)
        self._timer.setObjectName("export_job")
        self._timer.setObjectName("export-slice")
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self.dialog: QProgressDialog | None = None
        if show_dialog:
            self.dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
            self.dialog.setWindowTitle(translate("SlicedJob", "Exporting"))
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.cancel)
            self.dialog.show()

    def start(self) -> SlicedJob:
        self._timer.start()
        return self

    def _slice(self) -> None:
        try:
            done, total = next(self._steps)
        except StopIteration:
            self._finish()
            return
        except UserError as exc:
            self._end(False, str(exc))
            return
        except Exception as exc:  # a bug: one sentence, never a traceback in the user's face
            self._end(False, f"The export failed ({type(exc).__name__}: {exc}); no file was written.")
            return
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _finish(self) -> None:
        try:
            message = self._on_done() if self._on_done is not None else ""
        except UserError as exc:
            self._end(False, str(exc))
        except OSError as exc:
            self._end(False, f"The export could not be written ({exc.strerror or exc}).")
        else:
            self._end(True, message)

    def cancel(self) -> None:
        if self.done:
            return
        self._steps.close()  # GeneratorExit inside: the encoder stops, the temporary file goes
        self._end(False, "The export was cancelled; no file was written.")

    def _end(self, ok: bool, message: str) -> None:
        if self.done:
            return
        self.done, self.ok, self.message = True, ok, message
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.finished.emit(ok, message)
