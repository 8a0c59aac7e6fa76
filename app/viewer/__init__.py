"""The 3D view and everything that draws the model: the viewport and its native window, drag detail,
cut faces (sections), labels, off-screen rendering, text overlays on pictures, the axial slice of a
scene step, and the scene player that shows a scene's moment on any viewport (the window's and the
off-screen renderers'). May import app.outputs, app.errors, meshes and scenes; never a feature,
the context or the window.
"""
