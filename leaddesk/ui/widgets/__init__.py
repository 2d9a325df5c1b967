"""Widgets, dialogs and models that more than one screen uses."""
