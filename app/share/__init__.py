"""What leaves the program: stills, clips, the 3D model file, the patient handout, and the File >
Export dialogs. May import app.context, app.widgets, app.viewer and below; never another
feature or the window.
"""
