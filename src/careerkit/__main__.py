"""``python -m careerkit``: the command-line interface."""

from careerkit._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
