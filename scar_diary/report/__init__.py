"""Charts and the printable doctor summary, built from the same services the app uses."""
