"""The built-in readers; each registers through a ``newsmodel.readers`` entry point."""
