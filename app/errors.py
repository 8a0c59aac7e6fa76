"""The one error type of the application layer: a problem the user can fix.

It carries one sentence saying what is wrong and what is allowed; the window shows it in a
message box, the command line prints it as ``lumbar-viewer: error: <sentence>`` and exits 2.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or an unusable machine, told in one plain sentence (no traceback)."""
