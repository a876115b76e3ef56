"""``python -m moderator.server`` is ``moderator-server``."""

import sys

from moderator.server.cli import main

sys.exit(main())
