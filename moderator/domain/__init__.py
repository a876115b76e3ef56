"""The domain core: meetings, speakers lists, the speaker clock and chair commands.

Nothing in this package imports Qt, touches a file, a database or the network, or reads a clock:
time always comes in as an argument (milliseconds since the Unix epoch, as the application's
monotonic-anchored time source reports it). That keeps every rule deterministic, testable with
plain pytest and Hypothesis, and replayable on the backend, which applies the same commands.
"""
