"""The frame around the features: the structures panel, preferences, presentation mode and the
memory trim a long session needs. May import app.context, app.widgets, app.viewer and below;
never another feature or the window.
"""
