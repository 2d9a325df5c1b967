"""Pure-Python rules of the pipeline: no Qt, no SQL."""
