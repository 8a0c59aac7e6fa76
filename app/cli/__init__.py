"""The command line: argument parsing, the machine checks (display, OpenGL, system libraries), the
soak driver, and one module per subcommand in commands/. The top of the house: it may import
the window and every feature.
"""
