"""Qt widgets. Only this package touches QtWidgets and QPixmap, and only on the GUI thread."""
