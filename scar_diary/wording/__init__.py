"""User-facing sentences built from domain results, shared by the GUI and the CLI.

Every string goes through Qt's translation functions (QtCore only, no widgets), so the
Dutch translation can be added without touching this code.
"""
