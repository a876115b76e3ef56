"""Settings for the whole suite: tests never need a screen."""

import os

# Qt without a display aborts the interpreter; every test runs offscreen unless told otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
