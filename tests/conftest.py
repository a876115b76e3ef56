"""Settings for the whole suite: tests never need a screen; Hypothesis profiles.

Hypothesis profile: ``MODERATOR_HYPOTHESIS_PROFILE`` =
- ``dev`` (default): 200 examples, new random ones each run, so fuzzing keeps exploring;
- ``ci``: 100 examples, derandomized: a CI verdict depends on the code, not on the draw, and a
  failure there is reproduced by running it again;
- ``long``: 5000 random examples, for a soak by hand.
No deadline anywhere: these machines are shared and noisy; speed is measured by bench/.
Loaded here, before any test module builds its own ``settings(...)`` from the default.
"""

import os

from hypothesis import settings

# Qt without a display aborts the interpreter; every test runs offscreen unless told otherwise.
if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

settings.register_profile("dev", max_examples=200, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("MODERATOR_HYPOTHESIS_PROFILE", "dev"))
