"""Time on the floor: the speaker clock, its offset to the server, a turn's time split into
spoken and paused, the expected starts of a session and fitting it to its end."""
