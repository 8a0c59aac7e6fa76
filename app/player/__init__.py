"""Scene playback in the window: the scene list and transport panel, and the explanation beside the
view. The clock itself lives in app.viewer.scene_player (off-screen clips use it too). May import
app.context, app.widgets, app.viewer and below; never another feature or the window.
"""
