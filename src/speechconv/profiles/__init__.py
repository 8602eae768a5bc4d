"""Style profiles shipped with speechconv (TOML data files)."""
