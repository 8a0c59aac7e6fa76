"""Explain my MRI report: the dialog that reads a pasted or opened report, lists what it
understood and what it cannot show, lets the user correct each finding, and plays or saves the
scene made from it. The reading itself is `scenes.report` (no Qt). May import app.context,
app.widgets, app.viewer and below; never another feature or the window.
"""
