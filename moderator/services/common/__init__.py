"""Work off the GUI thread for every feature: worker lanes, background tasks."""
