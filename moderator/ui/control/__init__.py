"""Control surfaces on the console: actions triggered from outside, the settings and status."""
