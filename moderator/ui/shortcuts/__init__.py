"""Every chair action with its keys, the F1 overlay, actions from stdin."""
