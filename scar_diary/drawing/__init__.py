"""Drawings shared by the window and the doctor summary (QtGui only, no widgets: they can be
made on a worker)."""
