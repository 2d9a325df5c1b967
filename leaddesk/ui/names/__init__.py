"""The user's words (and colours) for the domain's values: stages, sources, activity
kinds, channels and message states, translated where they are shown."""
