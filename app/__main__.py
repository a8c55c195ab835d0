"""``python -m app``: start the web demo (the same options as ``summarizer demo``)."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
