"""Qt screens. They call services only; never a session or SQL."""
