"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12's bindings hand back ``None`` from void methods without taking a reference to it,
which is harmless from Python 3.12 on (None is immortal there, PEP 683). On Python 3.11 every such
call (``widget.update()``, ``label.setText()``, ``painter.fillPath()``...) lowers None's reference
count by one, measured here at exactly -1 a call, and after a few thousand calls the interpreter
aborts with "Fatal Python error: none_dealloc: deallocating None". A painted widget gets there in
a few dozen repaints. On 3.11 we give None a reference count it cannot use up, as 3.12 does.
"""

from __future__ import annotations

import sys

BOOST = 1 << 40  # a million calls a second would need twelve days to use this up


def protect_none() -> bool:
    """Raise None's reference count out of reach on Python < 3.12; True if it was raised now."""
    if sys.version_info >= (3, 12):
        return False
    import ctypes

    cell = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    seen = sys.getrefcount(None)
    if cell.value >= BOOST // 2 or abs(cell.value - seen) > 16:
        return False  # already raised, or an object layout we do not know: leave it alone
    cell.value += BOOST
    return True
