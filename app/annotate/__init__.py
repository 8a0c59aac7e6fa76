"""Drawing on the model: the pen (strokes, arrows, notes on the surface), undo and clear, and the
visit file that keeps them with what was shown. May import app.context, app.widgets, app.viewer
and below; never another feature or the window.
"""
