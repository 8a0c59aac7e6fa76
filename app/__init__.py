"""The application layer: the Qt window, the pyvista viewport, panels and the command line.

Start-up speed matters (the window should show within half a second of its libraries being
imported), so this package imports nothing heavy at import time.
"""

__version__ = "0.1.0"
