"""`python -m scar_diary` behaves exactly like the `scar-diary` command."""

import sys

from scar_diary.cli import main

sys.exit(main())
