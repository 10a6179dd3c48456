"""Plan files: JSON and TOML in and out, through one private cattrs converter.

Validation happens here, at the edge, by the strict converter of :mod:`careerkit._convert`:
every problem is reported with the JSON path of the offending value.

A valid document takes a generated fast path (:mod:`careerkit._fastload`) that builds the same
objects through the same ``__init__``; anything it does not take goes through the detailed
converter, the one source of error messages.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import itertools
import os
import re
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from careerkit._convert import (
    _MAX_INT,
    _converter,
    _count_messages,
    _hook_for,
    _messages,
)
from careerkit._convert import MAX_STRING as MAX_STRING  # also read by careerkit.interop
from careerkit._convert import _structure_str as _structure_str  # likewise
from careerkit._errors import CareerkitError, PlanValidationError
from careerkit._fastbase import DuplicateKeys
from careerkit._model.fields import describe as _describe
from careerkit._model.plan import SCHEMA, CareerPlan
from careerkit._model.privacy import Viewer, redact
from careerkit._schema import FORMAT_MAJOR, SCHEMA_TAG

if TYPE_CHECKING:
    pass

__all__ = ["Format", "dumps", "load", "loads", "save", "structure", "unstructure"]

Format = Literal["json", "toml"]

#: The largest plan document ``loads`` and ``load`` accept by default, in bytes. A plan of
#: 10,000 goals with 10 check-ins each is about 7 MB of compact JSON.
MAX_BYTES = 64 * 1024 * 1024


def __getattr__(name: str) -> Any:
    if name == "_CONVERTER":  # the converter, made on first use in careerkit._convert
        return _converter()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Made on first use: a program that only writes plans, or never touches files, does not pay
# for it. The builder is generated ahead, in careerkit._fastplan (compiling it at run time
# costs about 25 ms, loading its bytecode about 1 ms); the counter, on the first document
# with more problems than are listed.
_fast: tuple[Callable[..., Any], Callable[[Any, list[int]], int]] | None = None
_counter: Callable[[Any, list[int]], int] | None = None


def _fast_path() -> tuple[Callable[..., Any], Callable[[Any, list[int]], int]]:
    global _fast
    if _fast is None:
        try:
            from careerkit._fastplan import build
        except ImportError:  # StaleSource, or a class renamed: a changed model in a source tree
            from careerkit._fastload import compile_builder

            build = compile_builder(
                CareerPlan, max_string=MAX_STRING, max_int=_MAX_INT, hook_for=_hook_for
            )
        _fast = (build, _count)  # one assignment: a racing thread builds an equal pair
    return _fast


def _count(doc: Any, tally: list[int]) -> int:
    """The number of problems the converter reports for ``doc`` (see compile_counter)."""
    global _counter
    if _counter is None:
        from careerkit._fastcount import compile_counter

        _counter = compile_counter(
            CareerPlan,
            count_messages=_count_messages,
            hook_for=_hook_for,
            max_string=MAX_STRING,
            max_int=_MAX_INT,
        )
    return _counter(doc, tally)


def fast_path_source() -> str:
    """The text of :mod:`careerkit._fastplan`, generated from the model."""
    from importlib.metadata import version

    from careerkit._fastload import module_source  # the generator: not needed to read plans

    # The text follows the attrs release's own __init__ (which lines it may stand in for), so
    # it names that release: its test compares texts only under the same one.
    doc = (
        "The fast path of plan documents: generated from the model by\n"
        "careerkit._io.fast_path_source(); do not edit. Regenerate after changing a model class:\n"
        "\n"
        "    python tests/test_fastload.py > src/careerkit/_fastplan.py\n"
        "\n"
        f"Generated with attrs {version('attrs')}.\n"
    )
    return module_source(CareerPlan, max_string=MAX_STRING, max_int=_MAX_INT, doc=doc)


# --- the collector ------------------------------------------------------------------------
# Building a plan creates a hundred thousand long-lived objects, and each batch of them starts
# a collection of everything alive in the process: about 40% of the time of a large load.
# loads pauses the cyclic collector (only if it was on); the count of calls in progress is
# shared, so overlapping calls from several threads turn it back on once, when the last ends.
_gc_lock = threading.Lock()
_gc_users = 0
_gc_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the ``with`` block, if it is enabled."""
    global _gc_users, _gc_was_enabled
    with _gc_lock:
        if _gc_users == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_users += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_users -= 1
            if _gc_users == 0 and _gc_was_enabled:
                gc.enable()


def _check_schema(doc: dict[str, Any]) -> None:
    tag = doc.get("schema")
    if tag is None:
        raise PlanValidationError([f"missing schema tag; expected {SCHEMA!r} @ $.schema"])
    match = SCHEMA_TAG.fullmatch(tag) if isinstance(tag, str) else None
    if match is None or int(match.group(1)) < 1:
        raise PlanValidationError([f"unknown schema {tag!r}; expected {SCHEMA!r} @ $.schema"])
    if int(match.group(1)) > FORMAT_MAJOR:
        message = (
            f"plan format {tag!r} is newer than this version of careerkit reads ({SCHEMA!r}); "
            "upgrade careerkit to load it @ $.schema"
        )
        raise PlanValidationError([message])


# --- public functions ---------------------------------------------------------------------


def structure(doc: object) -> CareerPlan:
    """Build a plan from parsed JSON-like data (dicts, lists, strings, numbers, booleans)."""
    if not isinstance(doc, dict):
        raise PlanValidationError(
            [f"expected an object at the top level, got {_describe(doc)} @ $"]
        )
    return _structure(doc)


def _structure(doc: dict[str, Any]) -> CareerPlan:
    if isinstance(doc, DuplicateKeys) and "schema" in doc.duplicates:
        raise PlanValidationError(["duplicate key 'schema' @ $.schema"])
    _check_schema(doc)
    build, count = _fast_path()
    body = {k: v for k, v in doc.items() if k != "schema"}
    if isinstance(doc, DuplicateKeys):
        body = DuplicateKeys(body, doc.duplicates)
    else:
        try:
            return build(body, [0, {}])  # type: ignore[no-any-return]
        except Exception:  # anything at all: the detailed converter says what
            pass
    listed = _listed(body)
    if not isinstance(listed, list):
        return listed
    if len(listed) <= PlanValidationError.MAX_LISTED:
        raise PlanValidationError(listed)
    # Count the rest without building a message for each: linear time, bounded memory.
    raise PlanValidationError(listed, total=count(body, [0]))


def _listed(body: dict[str, Any]) -> CareerPlan | list[str]:
    """The plan by the detailed converter, or its first messages (one more than are listed)."""
    try:
        plan: CareerPlan = _converter().structure(body, CareerPlan)
    except RecursionError:
        raise PlanValidationError(["the document is nested too deeply @ $"]) from None
    except Exception as exc:
        messages = _messages(exc, "$")
        return list(itertools.islice(messages, PlanValidationError.MAX_LISTED + 1))
    return plan


def unstructure(plan: CareerPlan) -> dict[str, Any]:
    """The plan as plain JSON-ready data, starting with the schema tag."""
    body: dict[str, Any] = _converter().unstructure(plan)
    return {"schema": SCHEMA, **body}


def loads(
    text: str | bytes,
    *,
    format: Format = "json",
    max_bytes: int = MAX_BYTES,
) -> CareerPlan:
    """Read a plan from JSON or TOML text.

    Any problem with the text raises :class:`~careerkit.PlanValidationError` listing the
    problems with their JSON paths (the first 100, and how many more); no other exception
    escapes. Text longer than ``max_bytes`` (64 MiB by default) is refused before it is parsed,
    and so is any string in it longer than 100,000 characters, and any object that names a key
    twice.

    Python's cyclic garbage collector is paused while the plan is built, if it was enabled: a
    large plan is many long-lived objects, and collecting while they are made costs more than
    building them. It is enabled again when the last call in progress (in any thread) returns.

    >>> plan = loads('{"schema": "careerkit/1", "goals": [{"id": "g1", "title": "Ship v2"}]}')
    >>> plan.goals[0].title
    'Ship v2'
    >>> loads('{"schema": "careerkit/1", "goals": [{"id": "g1"}]}')
    Traceback (most recent call last):
    ...
    careerkit.PlanValidationError: 1 problem in the plan:
    - required key missing @ $.goals[0].title
    """
    if format not in ("json", "toml"):
        raise ValueError(f"format must be 'json' or 'toml', got {format!r}")
    _check_size(len(text), max_bytes)
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise PlanValidationError([f"the file is not valid UTF-8 ({exc.reason}) @ $"]) from None
    with collector_paused():
        if format == "toml":
            return structure(_parse(_toml_loads, text, "TOML"))
        return _load_json(text)


def _load_json(text: str) -> CareerPlan:
    doc = _parse(_json_loads, text, "JSON")
    if not isinstance(doc, dict):
        return structure(doc)
    # The parser keeps the last of two equal keys silently. Each key has a colon after it, so
    # when the keys of the document and the colons in its strings add up to the colons of the
    # text (counting escaped ones), no key was named twice; otherwise the text is read again,
    # marking the objects that do. The builder and the problem counter keep that tally.
    colons = text.count(":")
    if "\\" in text:  # a fast scan; an escaped colon is in a string, not between a key and value
        colons += text.count("\\u003a") + text.count("\\u003A")
    _check_schema(doc)
    build, count = _fast_path()
    body = {k: v for k, v in doc.items() if k != "schema"}
    tally: list[Any] = [1, {}]  # the "schema" key; the dates read
    try:
        plan: CareerPlan = build(body, tally)
    except Exception:  # anything at all: the detailed converter says what
        listed = _listed(body)
        if isinstance(listed, list) and len(listed) > PlanValidationError.MAX_LISTED:
            tally = [1]
            total = count(body, tally)
            if tally[0] == colons:
                raise PlanValidationError(listed, total=total) from None
        # Otherwise a key may be named twice: read again so that it is reported too.
    else:
        if tally[0] == colons:
            return plan
    del doc, body  # one parsed copy at a time
    return _structure(_parse(_json_loads_marking, text, "JSON"))


def _parse(parse: Callable[[str], Any], text: str, name: str) -> Any:
    try:
        return parse(text)
    except RecursionError:
        raise PlanValidationError(["the document is nested too deeply @ $"]) from None
    except ValueError as exc:  # JSONDecodeError, TOMLDecodeError, oversized integers
        raise PlanValidationError([f"not valid {name}: {exc} @ $"]) from None


def _toml_loads(text: str) -> Any:
    import tomllib  # only TOML files need it

    return tomllib.loads(text)


def _faster_json() -> Callable[[str], Any] | None:
    try:
        from msgspec.json import decode
    except ImportError:
        return None
    return decode


#: msgspec's JSON reader (the "fast" extra), looked up on the first JSON text read (not at
#: import: a program that reads TOML does not pay for it). It reads what ``json`` reads except
#: what it refuses (lone surrogates, NaN, numbers out of its range, ...); ``json`` then reads
#: the text again and has the last word, so the result never depends on whether it is there.
_FAST_JSON: Callable[[str], Any] | Literal[False] | None = False


def _json_loads(text: str) -> Any:
    global _FAST_JSON
    if _FAST_JSON is False:
        _FAST_JSON = _faster_json()
    if _FAST_JSON is not None:
        try:
            return _FAST_JSON(text)
        except Exception:
            pass
    import json  # here, as the other uses: a program that reads only TOML does not load it

    return json.loads(text)


def _json_loads_marking(text: str) -> Any:
    import json

    return json.loads(text, object_pairs_hook=_mark_duplicates)


def _mark_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) == len(pairs):
        return obj
    seen: set[str] = set()
    twice = [k for k, _ in pairs if k in seen or seen.add(k)]  # type: ignore[func-returns-value]
    return DuplicateKeys(obj, list(dict.fromkeys(twice)))


def load(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> CareerPlan:
    """Read a plan file; ``.json`` or ``.toml`` by suffix.

    A missing or unreadable file raises the usual :class:`OSError`; a file larger than
    ``max_bytes`` is refused without being read, and so is anything that is not a regular file
    (a named pipe would otherwise make ``load`` wait for a writer forever).
    """
    path = Path(path)
    file_format = _format_of(path)
    _check_regular(path, os.stat(path).st_mode)
    # O_NONBLOCK: should a pipe replace the file after the check, opening it does not wait.
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with open(fd, "rb") as f:
        info = os.fstat(f.fileno())
        _check_regular(path, info.st_mode)
        _check_size(info.st_size, max_bytes)
        data = f.read(max_bytes + 1)
    return loads(data, format=file_format, max_bytes=max_bytes)


def _check_regular(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    kind = (
        "a named pipe"
        if stat.S_ISFIFO(mode)
        else "a socket"
        if stat.S_ISSOCK(mode)
        else "a device"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
        else "not a file"
    )
    raise PlanValidationError([f"{str(path)!r} is {kind}, not a regular file @ $"])


def _check_size(size: int, max_bytes: int) -> None:
    # A str's length is in characters, at most 4 bytes each: close enough for a guard.
    if size > max_bytes:
        raise PlanValidationError(
            [f"the document is {size:,} bytes long; the limit is {max_bytes:,} @ $"]
        )


def dumps(
    plan: CareerPlan,
    *,
    format: Format = "json",
    indent: int | None = None,
    audience: Viewer = "self",
) -> str:
    """Write a plan as JSON (stable key order, ISO dates, no defaults) or TOML.

    JSON is compact unless ``indent`` is given (compact JSON is several times faster to write);
    :func:`save` indents by 2 so plan files stay readable in a diff. With an ``audience``
    ("mentor", "manager", "hr"), only what the plan shares with it is written (see
    :func:`careerkit.redact`).

    >>> from careerkit import CareerPlan, Goal
    >>> dumps(CareerPlan(goals=(Goal("g1", "Ship v2"),)))
    '{"schema":"careerkit/1","goals":[{"id":"g1","title":"Ship v2"}]}'
    """
    if format not in ("json", "toml"):
        raise ValueError(f"format must be 'json' or 'toml', got {format!r}")
    # The collector is left alone here: what dumps makes is short-lived, and pausing it
    # made no difference that rounds of measurement could tell from noise.
    data = unstructure(redact(plan, audience))
    if format == "toml":
        from careerkit._toml import to_toml

        return to_toml(data)
    import json

    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent) + "\n"


def save(plan: CareerPlan, path: str | os.PathLike[str]) -> None:
    """Write a plan file atomically (``.json`` or ``.toml`` by suffix).

    The text goes to a temporary file in the same folder, is flushed to disk, then renamed over
    the file, and the folder is flushed too: a crash mid-write leaves the old file as it was.
    The file keeps its permissions; through a symbolic link, the file it points to is written.
    Temporary files left by saves of the same file that crashed are removed.

    A plan that :func:`load` would refuse (say, a string over the 100,000-character limit,
    built in code) raises :class:`~careerkit.PlanValidationError` before anything is written.
    """
    path = Path(path)
    file_format = _format_of(path)
    text = dumps(plan, format=file_format, indent=2)
    loads(text, format=file_format)  # what load would refuse is not written
    target = Path(os.path.realpath(path))
    try:
        kept: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        kept = None  # a new file: as open() would create it, less the umask
    _remove_stale_temps(target)
    tmp = target.with_name(f".{target.name}.{os.getpid()}-{os.urandom(4).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    # Created no more open than the kept mode (at most the owner's), then given that mode.
    fd = os.open(tmp, flags, 0o666 if kept is None else kept & 0o600)
    try:
        with open(fd, "w", encoding="utf-8", newline="\n") as f:
            if kept is not None:
                os.chmod(f.fileno(), kept)  # the umask does not apply to the kept mode
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    # The rename is durable once the folder's entry is on disk. Windows cannot open a folder.
    if os.name != "posix":  # pragma: no cover
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# This careerkit's temporary names, and careerkit 0.1's (tempfile's eight characters).
_TEMP_ID = re.compile(r"(?:(\d+)-[0-9a-f]{8}|[a-z0-9_]{8})")


def _remove_stale_temps(target: Path) -> None:
    """Remove temporary files of earlier saves of ``target`` whose process is gone."""
    prefix = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        match = _TEMP_ID.fullmatch(name[len(prefix) : -len(".tmp")])
        if match is None:
            continue
        # careerkit 0.1 named them without a process id; those are all stale now.
        if match.group(1) is not None and _running(int(match.group(1))):
            continue
        with contextlib.suppress(OSError):
            (target.parent / name).unlink()


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True  # another thread of this process may be saving
    if os.name != "posix":  # pragma: no cover - no cheap check: keep the file
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def _format_of(path: Path) -> Format:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix == ".toml":
        return "toml"
    raise CareerkitError(f"cannot tell the format of {str(path)!r}: use a .json or .toml file")
