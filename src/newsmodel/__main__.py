"""``python -m newsmodel``: the same as the ``newsmodel`` command."""

import sys

from .cli import main

sys.exit(main())
