"""Plots: each renders to PNG and draws the lines, bars and labels it promises."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

pytest.importorskip("matplotlib")

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

import careerkit as ck
from careerkit import PolicyError, plot

AS_OF = date(2027, 6, 1)


def render(figure: Figure) -> bytes:
    FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    data = buffer.getvalue()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    return data


def legend(ax: Axes) -> list[str]:
    box = ax.get_legend()
    assert box is not None
    return [text.get_text() for text in box.get_texts()]


def line(ax: Axes, label: str) -> Line2D:
    (found,) = [ln for ln in ax.get_lines() if ln.get_label() == label]
    return found


def xdata(ln: Line2D) -> list[Any]:
    return list(ln.get_xdata())  # type: ignore[arg-type]  # the stubs allow a scalar here


def ydata(ln: Line2D) -> list[Any]:
    return list(ln.get_ydata())  # type: ignore[arg-type]


def bars(ax: Axes) -> dict[str, BarContainer]:
    return {str(c.get_label()): c for c in ax.containers if isinstance(c, BarContainer)}


# --- goal progress ------------------------------------------------------------------------------


def talks(**changes: Any) -> ck.Goal:
    fields: dict[str, Any] = {
        "id": "talks",
        "title": "Give two talks",
        "start": date(2027, 1, 1),
        "deadline": date(2027, 12, 31),
        "metric": ck.Metric("talks given", baseline=0, target=2, unit="talks"),
        "check_ins": (
            ck.CheckIn(date(2027, 3, 1), 0.5),
            ck.CheckIn(date(2027, 5, 1), 1),
            ck.CheckIn(date(2027, 7, 1), 2),  # after as_of: not drawn
        ),
    }
    fields.update(changes)
    return ck.Goal(**fields)


def test_goal_progress_draws_check_ins_pace_target_and_projection() -> None:
    figure = plot.goal_progress(talks(), as_of=AS_OF)
    render(figure)
    (ax,) = figure.axes
    assert legend(ax) == [
        "check-ins",
        "pace line",
        "target 2 talks",
        "as of 2027-06-01",
        "projected finish 2027-08-31",
    ]
    assert ax.get_title() == "Give two talks\non track, 50% of the way"
    assert ax.get_ylabel() == "talks given (talks)"
    assert ax.get_xlabel() == "date"
    check_ins = line(ax, "check-ins")
    assert xdata(check_ins) == [date(2027, 3, 1), date(2027, 5, 1)]
    assert ydata(check_ins) == [0.5, 1]
    pace = line(ax, "pace line")
    assert xdata(pace) == [date(2027, 1, 1), date(2027, 12, 31)]
    assert ydata(pace) == [0, 2]
    assert ydata(line(ax, "target 2 talks")) == [2, 2]
    assert xdata(line(ax, "as of 2027-06-01")) == [AS_OF, AS_OF]
    projection = line(ax, "projected finish 2027-08-31")
    assert xdata(projection) == [date(2027, 5, 1), date(2027, 8, 31)]
    assert ydata(projection) == [1, 2]
    assert ck.progress(talks(), as_of=AS_OF).projected_finish == date(2027, 8, 31)


def test_goal_progress_without_dates_or_trend() -> None:
    goal = talks(
        start=None,
        deadline=None,
        metric=ck.Metric("overtime", baseline=10, target=2, direction="down"),
        check_ins=(ck.CheckIn(date(2027, 3, 1), 9),),
    )
    figure = plot.goal_progress(goal, as_of=AS_OF)
    render(figure)
    (ax,) = figure.axes
    assert legend(ax) == ["check-ins", "target 2", "as of 2027-06-01"]
    assert ax.get_title() == "Give two talks\nunknown, 12% of the way"
    assert ax.get_ylabel() == "overtime"


def test_goal_progress_before_any_check_in() -> None:
    figure = plot.goal_progress(talks(check_ins=()), as_of=date(2026, 12, 1))
    render(figure)
    (ax,) = figure.axes
    assert legend(ax) == ["pace line", "target 2 talks", "as of 2026-12-01"]
    assert ax.get_title() == "Give two talks\nunknown"


def test_goal_progress_on_given_axes() -> None:
    figure = Figure()
    left, right = figure.subplots(1, 2)
    assert plot.goal_progress(talks(), as_of=AS_OF, ax=right) is figure
    assert not left.get_lines()
    assert legend(right)[0] == "check-ins"
    render(figure)


def test_goal_progress_on_axes_in_a_subfigure() -> None:
    figure = Figure()
    subfigures: Any = figure.subfigures(1, 2)
    ax = subfigures[1].add_subplot()
    assert plot.goal_progress(talks(), as_of=AS_OF, ax=ax) is figure
    render(figure)


def test_goal_progress_errors() -> None:
    with pytest.raises(
        PolicyError,
        match=r"^goal 'g' has no metric to plot: add a metric with a baseline and a target$",
    ):
        plot.goal_progress(ck.Goal("g", "Be braver"), as_of=AS_OF)
    with pytest.raises(PolicyError, match=r"^goal must be a Goal, got str$"):
        plot.goal_progress("talks", as_of=AS_OF)  # type: ignore[arg-type]
    with pytest.raises(
        PolicyError,
        match=r"^as_of must be a datetime.date or an ISO date string like '2026-11-25', got datetime.datetime",
    ):
        plot.goal_progress(talks(), as_of=datetime(2027, 6, 1))
    assert issubclass(PolicyError, ck.CareerkitError)
    assert issubclass(PolicyError, ValueError)


# --- balance wheel ------------------------------------------------------------------------------


def weeks(*hours: float, sleep: float | None = 6.5) -> list[ck.WeekLog]:
    return [
        ck.WeekLog(date(2026, 11, 2 + 7 * i), hours_worked=h, sleep_hours=sleep)
        for i, h in enumerate(hours)
    ]


def test_balance_wheel_draws_one_spoke_per_component() -> None:
    report = ck.score_balance(weeks(60, 60, 60), as_of=date(2026, 11, 25))
    hours, sleep = report.component("hours"), report.component("sleep")
    assert (hours.status, hours.points, sleep.status) == ("risk", 0, "watch")
    assert sleep.points is not None
    figure = plot.balance_wheel(report)
    render(figure)
    (ax,) = figure.axes
    assert ax.name == "polar"
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "hours\n0",
        f"sleep\n{sleep.points:g}",
        "activity\nno data",
        "after hours\nno data",
        "leave\nno data",
        "wellbeing\nno data",
        "burnout\nno data",
    ]
    assert legend(ax) == ["watch", "at risk", "no data"]
    spokes = bars(ax)
    assert [p.get_height() for p in spokes["at risk"]] == [0]
    assert [p.get_height() for p in spokes["watch"]] == [sleep.points]
    assert [p.get_height() for p in spokes["no data"]] == [100] * 5
    assert to_hex(spokes["at risk"][0].get_facecolor()) == "#c62828"
    assert to_hex(spokes["watch"][0].get_facecolor()) == "#f9a825"
    assert ax.get_title() == f"Balance {report.score:g} / 100, 2026-10-29 to 2026-11-25"
    assert ax.get_ylim() == (0, 100)


def test_balance_wheel_all_well() -> None:
    report = ck.score_balance(weeks(40, 40, sleep=7.5), as_of=date(2026, 11, 25))
    (ax,) = plot.balance_wheel(report).axes
    assert legend(ax) == ["ok", "no data"]
    assert [p.get_height() for p in bars(ax)["ok"]] == [
        report.component("hours").points,
        report.component("sleep").points,
    ]


def test_balance_wheel_without_data() -> None:
    report = ck.score_balance([], as_of=date(2026, 11, 25))
    figure = plot.balance_wheel(report)
    render(figure)
    (ax,) = figure.axes
    assert legend(ax) == ["no data"]
    assert ax.get_title() == "Balance no data, 2026-10-29 to 2026-11-25"


@pytest.mark.parametrize("given", ["report", 7, {"weeks": []}])
def test_balance_wheel_needs_a_report_or_a_plan(given: Any) -> None:
    with pytest.raises(PolicyError) as info:
        plot.balance_wheel(given)
    assert str(info.value) == (
        "report must be a BalanceReport, a CareerPlan, a Wellbeing or an iterable of WeekLog, "
        f"got {type(given).__name__}"
    )


# --- weekly hours -------------------------------------------------------------------------------


def test_weekly_hours_against_the_thresholds() -> None:
    logs = [
        ck.WeekLog(date(2026, 11, 16), hours_worked=56, contracted_hours=40),
        ck.WeekLog(date(2026, 11, 2), hours_worked=44, contracted_hours=40),
        ck.WeekLog(date(2026, 11, 9), hours_worked=50, contracted_hours=38),
        ck.WeekLog(date(2026, 11, 23), sleep_hours=7),  # no hours: skipped
    ]
    figure = plot.weekly_hours(logs)
    render(figure)
    (ax,) = figure.axes
    assert legend(ax) == [
        "48 h: EU Working Time Directive average limit",
        "55 h: WHO/ILO risk threshold",
        "contracted hours",
        "average 50.0 h",
        "hours worked",
    ]
    assert ax.get_title() == "Hours worked per week"
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("week starting", "hours")
    worked = bars(ax)["hours worked"]
    assert [p.get_height() for p in worked] == [44, 50, 56]
    assert [to_hex(p.get_facecolor()) for p in worked] == ["#1565c0", "#f9a825", "#c62828"]
    assert ydata(line(ax, "48 h: EU Working Time Directive average limit")) == [48, 48]
    assert ydata(line(ax, "55 h: WHO/ILO risk threshold")) == [55, 55]
    contracted = line(ax, "contracted hours")
    assert xdata(contracted) == [
        date(2026, 11, 2),
        date(2026, 11, 9),
        date(2026, 11, 16),
        date(2026, 11, 23),
    ]
    assert ydata(contracted) == [40, 38, 40, 40]
    assert contracted.get_drawstyle() == "steps-post"
    assert ax.get_ylim() == (0, 61)


def test_weekly_hours_with_one_contracted_figure() -> None:
    plan = ck.CareerPlan(wellbeing=ck.Wellbeing(weeks=tuple(weeks(47, 49))))
    (ax,) = plot.weekly_hours(plan, contracted=37.5).axes
    assert "contracted 37.5 h" in legend(ax)
    assert ydata(line(ax, "contracted 37.5 h")) == [37.5, 37.5]
    assert "contracted hours" not in legend(ax)
    (ax,) = plot.weekly_hours(plan.wellbeing).axes
    assert legend(ax) == [
        "48 h: EU Working Time Directive average limit",
        "55 h: WHO/ILO risk threshold",
        "average 48.0 h",
        "hours worked",
    ]
    (ax,) = plot.weekly_hours(weeks(80)).axes
    assert ax.get_ylim() == (0, 85)


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ([], "no week with hours_worked to plot"),
        ([ck.WeekLog(date(2026, 11, 2))], "no week with hours_worked to plot"),
        (
            "weeks.csv",
            "weeks must be a CareerPlan, a Wellbeing or an iterable of WeekLog, got str",
        ),
        (
            {"week": "2026-11-02"},
            "weeks must be a CareerPlan, a Wellbeing or an iterable of WeekLog, got dict",
        ),
        (3, "weeks must be a CareerPlan, a Wellbeing or an iterable of WeekLog, got int"),
        (
            [*weeks(40), {"hours_worked": 40}],
            "weeks must be a CareerPlan, a Wellbeing or an iterable of WeekLog; item 1 is a dict",
        ),
    ],
)
def test_weekly_hours_input_errors(given: Any, message: str) -> None:
    with pytest.raises(PolicyError) as info:
        plot.weekly_hours(given)
    assert str(info.value) == message


@pytest.mark.parametrize("contracted", [-1, 169, float("nan"), True, "40"])
def test_weekly_hours_contracted_errors(contracted: Any) -> None:
    with pytest.raises(PolicyError) as info:
        plot.weekly_hours(weeks(40), contracted=contracted)
    assert str(info.value) == (
        f"contracted must be a number of hours from 0 to 168, got {contracted!r}"
    )


# --- matplotlib stays optional ------------------------------------------------------------------


def test_missing_matplotlib_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    calls: list[Callable[[], object]] = [
        lambda: plot.goal_progress(talks(), as_of=AS_OF),
        lambda: plot.balance_wheel(ck.score_balance([], as_of=AS_OF)),
        lambda: plot.weekly_hours(weeks(40)),
    ]
    for call in calls:
        with pytest.raises(ck.MissingExtraError) as info:
            call()
        assert str(info.value) == (
            "careerkit.plot needs the optional extra 'plot' (matplotlib is not installed): "
            "pip install 'careerkit[plot]'"
        )
        assert isinstance(info.value, ImportError)
        assert (info.value.extra, info.value.name) == ("plot", "matplotlib")
        assert info.value.__cause__ is None


def test_matplotlib_is_imported_only_when_a_plot_is_drawn() -> None:
    code = (
        "import sys, datetime, careerkit, careerkit.plot\n"
        "print('matplotlib' in sys.modules)\n"
        "careerkit.plot.weekly_hours([careerkit.WeekLog(datetime.date(2026, 11, 2), "
        "hours_worked=40)])\n"
        "print('matplotlib' in sys.modules, 'matplotlib.pyplot' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True", "False"]


# --- notebooks ------------------------------------------------------------------------------------


def every_plot() -> list[Figure]:
    return [
        plot.goal_progress(talks(), as_of=AS_OF),
        plot.balance_wheel(ck.score_balance(weeks(50, 45), as_of=date(2026, 11, 25))),
        plot.weekly_hours(weeks(50, 45)),
    ]


def test_every_plot_shows_itself_as_png_in_ipython() -> None:
    interactive = pytest.importorskip("IPython.core.interactiveshell")
    shell = interactive.InteractiveShell.instance()
    for figure in every_plot():
        assert isinstance(figure, Figure)
        data, _ = shell.display_formatter.format(figure)
        assert data["image/png"].startswith(b"\x89PNG\r\n\x1a\n")


def test_plots_pickle_and_still_show() -> None:
    import pickle

    figure = pickle.loads(pickle.dumps(plot.weekly_hours(weeks(50, 45))))
    assert figure._repr_png_().startswith(b"\x89PNG")


# --- audiences ------------------------------------------------------------------------------------


def private_plan(shared: tuple[str, ...] = ()) -> ck.CareerPlan:
    return ck.CareerPlan(
        goals=[talks(shared_with=shared)],
        wellbeing=ck.Wellbeing(weeks=weeks(50, 45), shared_with=shared),
    )


def test_weekly_hours_shows_an_audience_only_shared_weeks() -> None:
    hidden = private_plan()
    with pytest.raises(PolicyError, match=r"^no week with hours_worked to plot$"):
        plot.weekly_hours(hidden, audience="manager")
    with pytest.raises(PolicyError, match=r"^no week with hours_worked to plot$"):
        plot.weekly_hours(weeks(50), audience="hr")  # bare logs carry no sharing: private
    assert len(bars(plot.weekly_hours(hidden).axes[0])["hours worked"]) == 2
    shared = plot.weekly_hours(private_plan(("manager",)), audience="manager")
    assert len(bars(shared.axes[0])["hours worked"]) == 2


def test_balance_wheel_for_an_audience_scores_what_is_shared() -> None:
    as_of = date(2026, 11, 25)
    hidden = plot.balance_wheel(private_plan(), as_of=as_of, audience="mentor")
    assert legend(hidden.axes[0]) == ["no data"]
    shown = plot.balance_wheel(private_plan(("mentor",)), as_of=as_of, audience="mentor")
    assert hidden.axes[0].get_title() == "Balance no data, 2026-10-29 to 2026-11-25"
    assert legend(shown.axes[0]) == ["ok", "watch", "no data"]
    own = plot.balance_wheel(private_plan(), as_of=as_of)
    assert own.axes[0].get_title() == shown.axes[0].get_title()
    with pytest.raises(PolicyError) as info:
        plot.balance_wheel(ck.score_balance(weeks(50), as_of=as_of), audience="manager")
    assert str(info.value) == (
        "balance_wheel with an audience needs the plan, not a BalanceReport: "
        "a report does not say whose data it holds"
    )


def test_goal_progress_for_an_audience_needs_a_shared_goal() -> None:
    with pytest.raises(PolicyError) as info:
        plot.goal_progress(talks(), as_of=AS_OF, audience="hr")
    assert str(info.value) == "the goal is not shared with the hr, so there is nothing to plot"
    figure = plot.goal_progress(talks(shared_with=["hr"]), as_of=AS_OF, audience="hr")
    assert figure.axes[0].get_title().startswith("Give two talks")
    with pytest.raises(PolicyError, match=r"^unknown audience 'boss'; expected one of "):
        plot.goal_progress(talks(), as_of=AS_OF, audience="boss")  # type: ignore[arg-type]


def test_the_notebook_runner_fails_a_plot_cell_without_an_image() -> None:
    import importlib.util
    from pathlib import Path

    nbformat = pytest.importorskip("nbformat")
    runner_path = Path(__file__).resolve().parent.parent / "examples" / "_run_notebooks.py"
    spec = importlib.util.spec_from_file_location("_run_notebooks", runner_path)
    assert spec is not None
    assert spec.loader is not None
    runner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runner)

    v4 = nbformat.v4
    shown = v4.new_code_cell("plot.weekly_hours(plan)")
    shown.outputs = [v4.new_output("display_data", data={"image/png": "iVBORw0KGgo="})]
    text_only = v4.new_code_cell("from careerkit.plot import balance_wheel\nbalance_wheel(report)")
    text_only.outputs = [
        v4.new_output("execute_result", data={"text/plain": "<Figure size 650x650 with 1 Axes>"})
    ]
    tagged = v4.new_code_cell("figure")
    tagged.metadata["tags"] = ["plot"]
    other = v4.new_code_cell("print(1)")
    notebook = v4.new_notebook(cells=[shown, text_only, v4.new_markdown_cell("x"), tagged, other])
    assert runner.problems(notebook) == [
        "cell 2 ('balance_wheel(report)') draws a plot but shows no image/png",
        "cell 4 ('figure') draws a plot but shows no image/png",
    ]
