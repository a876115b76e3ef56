"""Settings for the whole suite: tests never need a screen."""

import os

# Qt without a display aborts the interpreter; every test runs offscreen unless told otherwise.
if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
