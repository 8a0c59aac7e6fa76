"""For a visit: the condition dials and their controller, the body map of where a pressed root is
felt, the measurements overlay, and the healthy-beside split view. May import app.context,
app.widgets, app.viewer and below; never another feature or the window.
"""
