"""The chair's session: intents run as commands, undo, and the console's now."""
