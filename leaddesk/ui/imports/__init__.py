"""The import wizard, the import history and Edit ▸ Undo import."""
