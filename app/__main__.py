"""``python -m app`` does what the ``lumbar-viewer`` command does."""

from app.cli.main import main

raise SystemExit(main())
