"""Exploring the model: x-ray and opacity, picking and the information panel, the part panel,
camera glides and bookmarks, cuts and their panel. May import app.context, app.widgets,
app.viewer and below; never another feature or the window.
"""
