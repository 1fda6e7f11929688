"""The built-in writers; each registers through a ``newsmodel.writers`` entry point."""
