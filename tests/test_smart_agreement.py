"""Agreement of the SMART evaluator with labelled goal files, held at floors.

- ``smart_goals_unseen.jsonl`` (in the repository): 272 goals from 22 fields of work, written
  and labelled by someone who never saw the evaluator, its cases or the other files, and only
  ever run to measure it. The most honest estimate of how careerkit does on goals it has not
  seen.
- ``smart_goals_blind.jsonl`` (in the repository): 260 goals from 31 more fields of work,
  written the same way and frozen before the rules changed again: the measure of that change.
- ``smart_goals_sealed.jsonl`` (in the repository): 260 goals from 33 more fields of work in the
  voices of HR guides, review tools, OKRs and coaching, written the same way and frozen before
  the rules changed again: the measure of that change.
- ``smart_goals_sealed2.jsonl`` (in the repository): 260 goals from 32 more fields of work,
  written the same way and frozen before the rules changed again: the measure of that change.
- ``smart_goals_sealed3.jsonl`` (in the repository): 260 goals from 32 more fields of work,
  written the same way while those rules were being changed and never read by them.
- ``smart_goals_sealed4.jsonl`` (in the repository): 260 goals from 32 more fields of work,
  written the same way and frozen before the rules changed again: the measure of that change.
- ``smart_goals_sealed5.jsonl`` (in the repository): 260 goals from 32 more fields of work,
  written the same way while those rules were being changed and never read by them.
- ``smart_goals_sealed6.jsonl`` (in the repository): 260 goals from 32 more fields of work,
  written the same way at the start of a round and kept apart until its rules were written.
- ``smart_goals_sealed7.jsonl`` (in the repository): 260 goals from 32 more fields of work,
  written the same way at the start of a round and kept apart until its rules were written.
- ``smart_goals_sealed8.jsonl`` (in the repository): 260 goals from 32 more fields of work,
  written the same way at the start of a round and kept apart until its rules were written.
- ``smart_goals_sealed9.jsonl`` (in the repository): 260 goals from 33 more fields of work,
  written the same way at the start of a round and kept apart until its rules were written.
- ``smart_goals_sealed10.jsonl`` (in the repository): 260 goals from 32 more fields of work,
  written the same way at the start of a round and kept apart until its rules were written.
- ``smart_goals_sealed11.jsonl`` (in the repository): 260 goals from 32 more fields of work,
  written the same way at the start of a round and kept apart until its rules were written.
- ``smart_goals_heldout.jsonl`` (in the repository): 280 goals from 14 fields of work, frozen
  before the rules were last changed; no rule was written against one of its lines, but its
  scores (and counts of misses per shape) were looked at during that change, so its figures are
  somewhat optimistic.
- ``smart_goals_dev2.jsonl`` (in the repository): 300 goals by a third writer, for
  development: rules were checked against it.
- ``smart_goals_dev3.jsonl`` (in the repository): 300 goals by a fourth writer, rich in the
  shapes that decide S and M, for development.
- ``smart_goals_dev4.jsonl`` to ``smart_goals_dev14.jsonl`` (in the repository): 300 goals each
  by eleven more writers; rules were written from their even-numbered lines and checked on the
  odd-numbered ones.
- ``smart_goals_field.jsonl`` (``../shared/data``, only in the development checkout: skipped
  elsewhere): goals in the shapes real goal boxes hold.

Never edit a file to make this test pass. The figures are floors at what the evaluator reached;
``benchmarks/smart_agreement.py`` says how a report is read against the labels.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import pytest

from smart_files import load, scorer, shared_file

DATA = Path(__file__).resolve().parent / "data"


class Floors(NamedTuple):
    path: Path
    criteria: dict[str, float]
    deadline: float
    foreign: int  # lines in other languages
    declined: int  # of those, how many the evaluator must decline to judge


FILES = {
    # Measured when it was added: S 0.885, M 0.877, A 0.969, R 0.954, T 0.927, overall 0.946,
    # is_smart 0.881, deadline 0.885, 8 of 11 lines in other languages declined. After the
    # rules that followed (each round written from other goals): S 0.893, M 0.881, T 0.935,
    # is_smart 0.889, deadline 0.908; then S 0.908, M 0.904, A 0.981, T 0.939, is_smart 0.923,
    # 9 of 11 declined, and deadline 0.900: 0.912 until a fiscal period of a fiscal year the
    # text does not name stopped resolving to a date (the documented rule, see SmartPolicy).
    # The next round (rules from three more development sets): S 0.908, M 0.900, A 0.985,
    # T 0.939, overall 0.958, is_smart 0.923, deadline 0.912: M and overall one line lower.
    # The round after (rules from four more development sets, split into halves): S 0.923,
    # M 0.904, A 0.989, R 0.954, T 0.943, overall 0.958, is_smart 0.927, deadline 0.916. The
    # next (rules from two more development sets): S 0.927, M 0.912, the rest unchanged. Two
    # rounds on: S 0.923, M 0.916, deadline 0.923, the rest unchanged.
    # The next round: S 0.927, M 0.923, the rest unchanged.
    # In the round that wrote sealed9: T 0.950, is_smart 0.927, deadline 0.927.
    # In the round that wrote sealed10: M 0.939.
    "unseen": Floors(
        DATA / "smart_goals_unseen.jsonl",
        {"S": 0.92, "M": 0.93, "A": 0.98, "R": 0.95, "T": 0.95, "overall": 0.96, "is_smart": 0.92},
        0.92,
        11,
        10,
    ),
    # Measured when it was added, before the rules changed again: S 0.860, M 0.864, A 0.916,
    # R 0.864, T 0.952, overall 0.872, is_smart 0.852, deadline 0.920, 9 of 10 declined. After
    # that round: S 0.888, M 0.884, A 0.940, R 0.880, T 0.956, overall 0.884, is_smart 0.884,
    # deadline 0.924. The next round: S 0.892, M 0.888, A 0.936, T 0.956, overall 0.884,
    # is_smart 0.876, deadline 0.940: A one line and is_smart two lines lower, while the same
    # rules raised the sealed file below by five lines on is_smart. The round after: S 0.896,
    # M 0.892, T 0.964, overall 0.892, is_smart 0.884, deadline 0.948. The next: M 0.896,
    # overall 0.896, is_smart 0.888, deadline 0.956, the rest unchanged. A date in a purpose
    # clause with a participle ("to get certified by May") then counted: T 0.972, is_smart
    # 0.896, deadline 0.960, and overall 0.888, one line lower: a goal now right on S, M, A
    # and T whose "why" is read where its label says there is none. The round after: A 0.940,
    # is_smart 0.900, and deadline 0.956, one line lower.
    # The next round: deadline 0.960, the rest unchanged.
    "blind": Floors(
        DATA / "smart_goals_blind.jsonl",
        {"S": 0.91, "M": 0.90, "A": 0.94, "R": 0.88, "T": 0.97, "overall": 0.88, "is_smart": 0.90},
        0.96,
        10,
        10,
    ),
    # Measured when it was added, before the rules changed again: S 0.916, M 0.884, A 0.896,
    # R 0.940, T 0.956, overall 0.904, is_smart 0.869, deadline 0.908, 7 of 9 declined
    # (careerkit 0.1: S 0.861, M 0.861, A 0.884, T 0.888, is_smart 0.813, deadline 0.888).
    # After that round: S 0.924, M 0.896, A 0.904, R 0.944, T 0.964, overall 0.912,
    # is_smart 0.888, deadline 0.916. The round after: S 0.920, M 0.904, A 0.908, T 0.968,
    # overall 0.908, is_smart 0.888, deadline 0.920: S and overall one line lower. The next:
    # unchanged on every figure. The round after: S 0.936, A 0.912, T 0.972, is_smart 0.892.
    # The next round: S 0.932, one line lower; M 0.916.
    # In the round that wrote sealed9: deadline 0.924.
    "sealed": Floors(
        DATA / "smart_goals_sealed.jsonl",
        {"S": 0.93, "M": 0.91, "A": 0.91, "R": 0.94, "T": 0.97, "overall": 0.90, "is_smart": 0.89},
        0.92,
        9,
        9,
    ),
    # Measured when it was added, before the rules changed again: S 0.897, M 0.897, A 0.881,
    # R 0.877, T 0.956, overall 0.885, is_smart 0.877, deadline 0.937, 7 of 8 declined
    # (careerkit 0.1: S 0.833, M 0.833, A 0.857, T 0.893, is_smart 0.817, deadline 0.885).
    # After that round: S 0.901, M 0.901, A 0.889, R 0.877, T 0.956, overall 0.885,
    # is_smart 0.885, deadline 0.937. The next: S 0.909, A 0.897, overall 0.889, is_smart
    # 0.889, the rest unchanged. The round after: S 0.913, M 0.905, A 0.901, overall 0.901;
    # is_smart 0.893, one line lower.
    # The next round: M 0.909, the rest unchanged.
    # In the round that wrote sealed10: M 0.913.
    "sealed2": Floors(
        DATA / "smart_goals_sealed2.jsonl",
        {"S": 0.91, "M": 0.91, "A": 0.90, "R": 0.87, "T": 0.96, "overall": 0.90, "is_smart": 0.89},
        0.94,
        8,
        7,
    ),
    # Written while the rules of a round were being changed, by someone who never saw the
    # evaluator, and never read by those rules. With the evaluator from before that round:
    # S 0.884, M 0.892, A 0.888, R 0.920, T 0.924, overall 0.920, is_smart 0.828, deadline
    # 0.892, 9 of 10 declined (careerkit 0.1: S 0.780, M 0.828, A 0.856, T 0.864, is_smart
    # 0.808, deadline 0.832). After it: S 0.900, M 0.904, A 0.892, R 0.920, T 0.940, overall
    # 0.932, is_smart 0.844, deadline 0.904. The next: M 0.908, R 0.924, T 0.944, is_smart
    # 0.848, deadline 0.908, the rest unchanged. A date in a purpose clause with a participle
    # then counted: T 0.948, is_smart 0.852, and overall 0.928, one line lower for the same
    # reason as in the blind file above.
    # The round after: S 0.916, M 0.916, T 0.960, overall 0.936, is_smart 0.860, deadline
    # 0.920.
    # The next round: S 0.920, M 0.920, overall 0.940, is_smart 0.864.
    # In the round that wrote sealed9: T 0.964, is_smart 0.868, deadline 0.924.
    "sealed3": Floors(
        DATA / "smart_goals_sealed3.jsonl",
        {"S": 0.92, "M": 0.92, "A": 0.89, "R": 0.92, "T": 0.96, "overall": 0.94, "is_smart": 0.86},
        0.92,
        10,
        10,
    ),
    # Frozen before the rules of a round were written, by someone who never saw the
    # evaluator. With the evaluator from before that round: S 0.936, M 0.932, A 0.912,
    # R 0.940, T 0.964, overall 0.936, is_smart 0.900, deadline 0.936, 7 of 9 declined
    # (careerkit 0.1: S 0.865, M 0.861, A 0.884, T 0.912, is_smart 0.837, deadline 0.888).
    # After that round: deadline 0.940 (one line), every other figure unchanged. The round
    # after: unchanged at its end (S and M one line lower for part of it). The round after
    # that: S 0.944, M 0.936, T 0.968, deadline 0.944, higher; is_smart 0.896, one line lower.
    # The next round: S 0.948, M 0.940.
    # In the round that wrote sealed9: T 0.976, is_smart 0.904, deadline 0.948.
    # In the round that wrote sealed10: S 0.944, one line lower.
    "sealed4": Floors(
        DATA / "smart_goals_sealed4.jsonl",
        {"S": 0.94, "M": 0.94, "A": 0.91, "R": 0.94, "T": 0.97, "overall": 0.94, "is_smart": 0.90},
        0.94,
        9,
        8,
    ),
    # Written while the rules of that round were being changed, by someone who never saw the
    # evaluator, and never read by those rules. With the evaluator from before that round:
    # S 0.884, M 0.892, A 0.880, R 0.884, T 0.936, overall 0.880, is_smart 0.865, deadline
    # 0.916, 6 of 9 declined (careerkit 0.1: S 0.829, M 0.829, A 0.861, T 0.876, is_smart
    # 0.809, deadline 0.876). After it: A 0.884, T 0.932, overall 0.876 (T one line lower),
    # the rest unchanged. The round after: T 0.928, overall 0.873, is_smart 0.861, deadline
    # 0.912, one line each lower. The round after that: M 0.896, A 0.888, T 0.932, overall
    # 0.876, deadline 0.916, one line each higher; is_smart 0.861 as it was.
    # The next round: T 0.936, overall 0.880, is_smart 0.865, deadline 0.920.
    # In the round that wrote sealed9: T 0.944, is_smart 0.873.
    # In the round that wrote sealed10: A 0.892, is_smart 0.876.
    "sealed5": Floors(
        DATA / "smart_goals_sealed5.jsonl",
        {"S": 0.88, "M": 0.89, "A": 0.89, "R": 0.88, "T": 0.94, "overall": 0.88, "is_smart": 0.87},
        0.92,
        9,
        9,
    ),
    # Written at the start of a round by someone who never saw the evaluator, and kept out of
    # the repository until that round's rules were written. With the evaluator from before
    # that round: S 0.880, M 0.857, A 0.920, R 0.884, T 0.960, overall 0.888, is_smart 0.853,
    # deadline 0.912, 6 of 9 declined (careerkit 0.1: S 0.785, M 0.801, A 0.888, T 0.801,
    # is_smart 0.713, deadline 0.793). After it: M 0.861, R 0.888, the rest unchanged. The
    # round after: S 0.884, M 0.865, one line each higher; overall 0.884 and deadline 0.908,
    # one line each lower; is_smart 0.845, two lines lower.
    # In the round that wrote sealed9: T 0.972, is_smart 0.853, deadline 0.912.
    # In the round that wrote sealed10: S 0.888, M 0.873, overall 0.896, is_smart 0.861.
    "sealed6": Floors(
        DATA / "smart_goals_sealed6.jsonl",
        {"S": 0.88, "M": 0.87, "A": 0.92, "R": 0.88, "T": 0.97, "overall": 0.89, "is_smart": 0.86},
        0.91,
        9,
        9,
    ),
    # Written at the start of a round by someone who never saw the evaluator, and kept out of
    # the repository until that round's rules were written. With the evaluator from before
    # that round: S 0.884, M 0.900, A 0.892, R 0.888, T 0.936, overall 0.920, is_smart 0.845,
    # deadline 0.896, 7 of 9 declined (careerkit 0.1: S 0.777, M 0.789, A 0.884, T 0.829,
    # is_smart 0.809, deadline 0.837). After it: S 0.896, M 0.908, T 0.948, is_smart 0.849,
    # deadline 0.904, the rest unchanged.
    # In the round that wrote sealed9: S 0.900, M 0.912, T 0.956, is_smart 0.861.
    # In the round that wrote sealed10: A 0.896, is_smart 0.865; deadline 0.900, one line lower.
    "sealed7": Floors(
        DATA / "smart_goals_sealed7.jsonl",
        {"S": 0.90, "M": 0.91, "A": 0.89, "R": 0.88, "T": 0.95, "overall": 0.92, "is_smart": 0.86},
        0.90,
        9,
        9,
    ),
    # Written at the start of a round by someone who never saw the evaluator, and kept out of
    # the repository until that round's rules were written. With the evaluator from before
    # that round: S 0.900, M 0.904, A 0.908, R 0.924, T 0.948, overall 0.916, is_smart 0.869,
    # deadline 0.940, 8 of 9 declined (careerkit 0.1: S 0.793, M 0.849, A 0.869, T 0.873,
    # is_smart 0.821, deadline 0.892). After it: S 0.908, T 0.952, is_smart 0.873, the rest
    # unchanged.
    # In the round that wrote sealed9: S 0.912, T 0.956, is_smart 0.880.
    # In the round that wrote sealed10: S 0.916.
    "sealed8": Floors(
        DATA / "smart_goals_sealed8.jsonl",
        {"S": 0.92, "M": 0.90, "A": 0.90, "R": 0.92, "T": 0.95, "overall": 0.92, "is_smart": 0.88},
        0.94,
        9,
        9,
    ),
    # Written at the start of a round by someone who never saw the evaluator, and kept out of
    # the repository until that round's rules were written. With the evaluator from before
    # that round: S 0.944, M 0.920, A 0.880, R 0.892, T 0.956, overall 0.900, is_smart 0.880,
    # deadline 0.924, 8 of 10 declined (careerkit 0.1: S 0.816, M 0.808, A 0.856, T 0.896,
    # is_smart 0.796, deadline 0.888). After it: T 0.960, overall 0.904, is_smart 0.884, the
    # rest unchanged.
    # In the round that wrote sealed10: T 0.968, overall 0.908, deadline 0.932.
    "sealed9": Floors(
        DATA / "smart_goals_sealed9.jsonl",
        {"S": 0.94, "M": 0.92, "A": 0.88, "R": 0.89, "T": 0.96, "overall": 0.90, "is_smart": 0.88},
        0.93,
        10,
        10,
    ),
    # Written at the start of a round by someone who never saw the evaluator, and kept out of
    # the repository until that round's rules were written. With the evaluator from before
    # that round: S 0.928, M 0.940, A 0.888, R 0.904, T 0.948, overall 0.912, is_smart 0.845,
    # deadline 0.908, 7 of 9 declined (careerkit 0.1: S 0.825, M 0.813, A 0.876, T 0.837,
    # is_smart 0.749, deadline 0.825). After it: A 0.892, is_smart 0.849, the rest unchanged.
    # The next round: S 0.932, M 0.944, is_smart 0.853.
    "sealed10": Floors(
        DATA / "smart_goals_sealed10.jsonl",
        {"S": 0.93, "M": 0.94, "A": 0.89, "R": 0.90, "T": 0.94, "overall": 0.91, "is_smart": 0.85},
        0.90,
        9,
        8,
    ),
    # Written the same way at the start of the next round (32 more fields of work, 10 lines in
    # other languages). With the evaluator from before that round: S 0.864, M 0.900, A 0.904,
    # R 0.916, T 0.964, overall 0.924, is_smart 0.860, deadline 0.916, 8 of 10 declined
    # (careerkit 0.1: S 0.756, M 0.780, A 0.876, T 0.876, is_smart 0.784, deadline 0.852).
    # After it: the same figures, and 10 of 10 declined.
    "sealed11": Floors(
        DATA / "smart_goals_sealed11.jsonl",
        {"S": 0.86, "M": 0.90, "A": 0.90, "R": 0.91, "T": 0.96, "overall": 0.92, "is_smart": 0.86},
        0.91,
        10,
        10,
    ),
    # Deadline 0.959 until fiscal periods of an unnamed fiscal year stopped resolving (0.937).
    # The next round: S 0.914, M 0.918, A 0.989, is_smart 0.888, deadline 0.933. The round
    # after: S 0.929, M 0.918, T 0.944, is_smart 0.903, deadline 0.933.
    # Two rounds on: S 0.933, M 0.929, deadline 0.937; is_smart 0.903, one line lower.
    # The next: S 0.929 and is_smart 0.896, one line lower each; T 0.951.
    # In the round that wrote sealed9: deadline 0.940.
    "heldout": Floors(
        DATA / "smart_goals_heldout.jsonl",
        {"S": 0.93, "M": 0.92, "A": 0.98, "R": 0.95, "T": 0.95, "overall": 0.95, "is_smart": 0.89},
        0.94,
        12,
        12,
    ),
    # Development files: rules are checked against them, so these floors only guard against
    # losing ground, they do not estimate unseen goals. dev2 lost two lines on M (0.973) and
    # one on is_smart (0.987) when "&" and an emoji stopped changing a reading: those goals
    # now get the answer their plain wording gets, which is wrong on both.
    "dev2": Floors(
        DATA / "smart_goals_dev2.jsonl",
        {"S": 0.97, "M": 0.98, "A": 0.99, "R": 0.93, "T": 0.99, "overall": 0.95, "is_smart": 0.98},
        0.96,
        0,
        0,
    ),
    # At first contact, before any rule was written from it: S 0.890, M 0.860, A 0.890,
    # T 0.949, is_smart 0.836, deadline 0.904. Deadline 0.942 until "So 2027 is about staying
    # close" stopped giving the goal the end of 2027 (a year as the subject of a sentence
    # after "so" is read as the reason's; one line).
    "dev3": Floors(
        DATA / "smart_goals_dev3.jsonl",
        {"S": 0.96, "M": 0.95, "A": 0.91, "R": 0.93, "T": 0.96, "overall": 0.94, "is_smart": 0.90},
        0.94,
        8,
        8,
    ),
    # Rules were written from its even-numbered lines. At first contact: S 0.880, M 0.866,
    # A 0.959, T 0.931, is_smart 0.918, deadline 0.869. Five odd-numbered lines were quoted as
    # examples when that work began, so the odd half's honest figure leaves them out: on the
    # other 141, S 0.915, M 0.894, T 0.922, is_smart 0.922 before; 0.929, 0.908, 0.957, 0.929
    # after.
    "dev4": Floors(
        DATA / "smart_goals_dev4.jsonl",
        {"S": 0.94, "M": 0.92, "A": 0.97, "R": 0.91, "T": 0.99, "overall": 0.94, "is_smart": 0.96},
        0.94,
        9,
        9,
    ),
    # The same, for M. At first contact: S 0.852, M 0.876, A 0.966, T 0.931, is_smart 0.883,
    # deadline 0.897; odd half M 0.904 then, 0.918 after.
    "dev5": Floors(
        DATA / "smart_goals_dev5.jsonl",
        {"S": 0.92, "M": 0.96, "A": 0.97, "R": 0.91, "T": 0.97, "overall": 0.93, "is_smart": 0.95},
        0.93,
        9,
        8,
    ),
    # Rules are written from its even-numbered lines, for S. At first contact: S 0.883,
    # M 0.914, A 0.948, R 0.897, T 0.952, overall 0.952, is_smart 0.907, deadline 0.879.
    "dev6": Floors(
        DATA / "smart_goals_dev6.jsonl",
        {"S": 0.94, "M": 0.96, "A": 0.97, "R": 0.90, "T": 0.98, "overall": 0.95, "is_smart": 0.95},
        0.91,
        10,
        10,
    ),
    # The same, for the verdict, T and A. At first contact: S 0.893, M 0.907, A 0.893, R 0.934,
    # T 0.931, overall 0.941, is_smart 0.872, deadline 0.893. The verdict went from 0.920 to
    # 0.917 when "in one shift" became a window: one goal out of reach (A false) that the
    # evaluator cannot tell is so lost the missing deadline that had made its verdict right.
    "dev7": Floors(
        DATA / "smart_goals_dev7.jsonl",
        {"S": 0.94, "M": 0.94, "A": 0.92, "R": 0.93, "T": 0.98, "overall": 0.94, "is_smart": 0.93},
        0.94,
        11,
        11,
    ),
    # The same, for M. At first contact: S 0.863, M 0.832, A 0.962, R 0.942, T 0.928,
    # overall 0.938, is_smart 0.856, deadline 0.935.
    "dev8": Floors(
        DATA / "smart_goals_dev8.jsonl",
        {"S": 0.94, "M": 0.93, "A": 0.97, "R": 0.94, "T": 0.96, "overall": 0.95, "is_smart": 0.93},
        0.96,
        9,
        9,
    ),
    # Written after the first rules of a round; rules were then written from its
    # even-numbered lines for every criterion. At first contact: S 0.863, M 0.866, A 0.945,
    # R 0.859, T 0.900, overall 0.890, is_smart 0.849, deadline 0.907 (with the evaluator from
    # before that round: S 0.852, M 0.856, T 0.897, is_smart 0.842, deadline 0.900). Overall
    # 0.887 after a later round: lines now right on S, M, A and T whose R is still misread.
    "dev9": Floors(
        DATA / "smart_goals_dev9.jsonl",
        {"S": 0.93, "M": 0.94, "A": 0.96, "R": 0.86, "T": 0.95, "overall": 0.90, "is_smart": 0.92},
        0.93,
        9,
        9,
    ),
    # The same, for A, written after most rules of that round. At first contact: S 0.904,
    # M 0.907, A 0.825, R 0.887, T 0.966, overall 0.921, is_smart 0.845, deadline 0.897 (with
    # the evaluator from before the round: S 0.897, M 0.907, A 0.825, T 0.962, is_smart 0.845).
    # A fell by one line to 0.880 when a date in a purpose clause with a participle counted,
    # and is_smart to 0.880 when "go from private to colonel" became specific (its A is not).
    "dev10": Floors(
        DATA / "smart_goals_dev10.jsonl",
        {"S": 0.94, "M": 0.94, "A": 0.92, "R": 0.89, "T": 0.98, "overall": 0.94, "is_smart": 0.92},
        0.94,
        9,
        9,
    ),
    # Written and labelled by two more writers at the start of a round, before any rule was
    # written from them; rules were then written from their even-numbered lines. dev11 holds
    # goals as HR tools' goal boxes receive them (context around the goal), dev12 is rich in
    # what decides S and M. At first contact: dev11 S 0.896, M 0.900, A 0.907, R 0.862,
    # T 0.941, overall 0.913, is_smart 0.869, deadline 0.893; dev12 S 0.921, M 0.900, A 0.931,
    # R 0.941, T 0.955, overall 0.934, is_smart 0.866, deadline 0.897. After the rules written
    # from them: dev11 S 0.924, M 0.924, A 0.934, T 0.962, is_smart 0.900, deadline 0.907;
    # dev12 S 0.948, M 0.924, A 0.938, T 0.955, is_smart 0.893, deadline 0.914. The round
    # after: dev11 R 0.855 and overall 0.917, a sentence of context now read apart from the
    # goal (its "why" with it).
    "dev11": Floors(
        DATA / "smart_goals_dev11.jsonl",
        {"S": 0.94, "M": 0.94, "A": 0.94, "R": 0.85, "T": 0.98, "overall": 0.92, "is_smart": 0.92},
        0.94,
        11,
        10,
    ),
    "dev12": Floors(
        DATA / "smart_goals_dev12.jsonl",
        {"S": 0.95, "M": 0.93, "A": 0.94, "R": 0.94, "T": 0.98, "overall": 0.94, "is_smart": 0.92},
        0.96,
        10,
        10,
    ),
    # Written and labelled at the start of a round, with care on A, before any rule was written
    # from it; rules were then written from its even-numbered lines. At first contact: S 0.882,
    # M 0.892, A 0.854, R 0.920, T 0.972, overall 0.913, is_smart 0.826, deadline 0.931, 9 of
    # 12 declined. After the rules written from it: S 0.892, M 0.903, A 0.868, T 0.979,
    # is_smart 0.851, deadline 0.951.
    "dev13": Floors(
        DATA / "smart_goals_dev13.jsonl",
        {"S": 0.90, "M": 0.91, "A": 0.89, "R": 0.92, "T": 0.97, "overall": 0.92, "is_smart": 0.88},
        0.95,
        12,
        12,
    ),
    # Written and labelled at the start of a round, from 32 fields of work not seen before,
    # before any rule was written from it; rules were then written from its even-numbered
    # lines. At first contact: S 0.897, M 0.887, A 0.852, R 0.942, T 0.955, overall 0.921,
    # is_smart 0.821, deadline 0.907, 8 of 9 declined.
    "dev14": Floors(
        DATA / "smart_goals_dev14.jsonl",
        {"S": 0.91, "M": 0.89, "A": 0.85, "R": 0.94, "T": 0.96, "overall": 0.92, "is_smart": 0.83},
        0.91,
        9,
        9,
    ),
    "field": Floors(
        shared_file("smart_goals_field.jsonl"),
        {"S": 0.96, "M": 0.98, "A": 1.00, "R": 0.98, "T": 1.00, "overall": 0.98, "is_smart": 0.98},
        1.00,
        10,
        10,
    ),
}
CRITERIA = ("S", "M", "A", "R", "T", "overall", "is_smart")


@pytest.fixture(scope="module", params=sorted(FILES))
def measured(request: pytest.FixtureRequest) -> tuple[Floors, dict[str, Any]]:
    floors = FILES[request.param]
    figures: dict[str, Any] = scorer().agreement(load(floors.path))
    return floors, figures


def test_the_frozen_files_are_in_the_repository() -> None:
    assert FILES["unseen"].path.is_file()
    assert FILES["heldout"].path.is_file()
    assert FILES["blind"].path.is_file()
    assert FILES["sealed"].path.is_file()
    assert FILES["sealed2"].path.is_file()
    assert FILES["sealed3"].path.is_file()
    assert FILES["sealed4"].path.is_file()
    assert FILES["sealed5"].path.is_file()
    assert FILES["sealed6"].path.is_file()
    assert FILES["sealed7"].path.is_file()
    assert FILES["sealed8"].path.is_file()
    assert FILES["sealed9"].path.is_file()
    assert FILES["sealed10"].path.is_file()
    assert FILES["sealed11"].path.is_file()


@pytest.mark.parametrize("key", CRITERIA)
def test_agreement_stays_at_or_above_the_floor(
    measured: tuple[Floors, dict[str, Any]], key: str
) -> None:
    floors, figures = measured
    assert figures[key] >= floors.criteria[key]


def test_deadlines_resolve_as_labelled(measured: tuple[Floors, dict[str, Any]]) -> None:
    floors, figures = measured
    assert figures["deadline"] >= floors.deadline


def test_lines_in_another_language_are_declined(measured: tuple[Floors, dict[str, Any]]) -> None:
    floors, figures = measured
    assert figures["foreign"] == floors.foreign
    assert figures["foreign_flagged"] >= floors.declined
