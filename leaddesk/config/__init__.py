"""User settings and secrets, shared by the app and the command line (no Qt)."""
