"""``python -m careerkit`` and the ``careerkit`` console script: the command-line interface."""

import gc


def program() -> int:
    """Run the command line as a program, with the arguments of the process."""
    # Importing the command line imports every engine: tens of thousands of objects that live
    # as long as the program and hold no garbage cycles, so collections find nothing in them
    # (about a tenth of `careerkit demo`). They are imported with the collector off and then
    # frozen, so later collections skip them. Nothing else runs yet: no other thread sees this.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        from careerkit._cli import main
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
    return main()


if __name__ == "__main__":
    raise SystemExit(program())
