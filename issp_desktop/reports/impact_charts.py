"""The impact report's charts as ReportLab drawings (vector, in the PDF): income before and
after, headcount and departures by month, and the training funnel."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from issp_desktop.reports.fonts import register_fonts
from issp_desktop.services.impact_types import MonthRow

BEFORE = colors.HexColor("#9aa5b1")
AFTER = colors.HexColor("#1f6f8b")
LEFT = colors.HexColor("#d1495b")
LET_GO = colors.HexColor("#edae49")
POSITIVE = colors.HexColor("#66a182")


def _title(d: Drawing, text: str, bold: str) -> None:
    d.add(String(0, d.height - 12, text, fontName=bold, fontSize=10))


def _top(values: Sequence[int]) -> int:
    top = max([*values, 1])
    step = _step(top)
    return ((top + step - 1) // step) * step


def _step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000):
        if top / step <= 5:
            return step
    return 10_000


def _scale(axis: object, values: Sequence[int]) -> None:
    top = _top(values)
    axis.valueMin = 0  # type: ignore[attr-defined]
    axis.valueMax = top  # type: ignore[attr-defined]
    axis.valueStep = _step(top)  # type: ignore[attr-defined]


def income_chart(bands: Sequence[tuple[str, int, int]], currency: str,
                 width: float = 460, height: float = 190) -> Drawing:
    regular, bold = register_fonts()
    d = Drawing(width, height)
    _title(d, f"Workers by monthly income ({currency}): at baseline and now", bold)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 35, 45, width - 150, height - 75
    chart.data = [[b for _, b, _ in bands], [a for _, _, a in bands]]
    chart.categoryAxis.categoryNames = [label for label, _, _ in bands]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 20
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    _scale(chart.valueAxis, chart.data[0] + chart.data[1])
    chart.bars[0].fillColor = BEFORE
    chart.bars[1].fillColor = AFTER
    chart.bars.strokeColor = None
    d.add(chart)
    d.add(_legend(width - 105, height - 40, [(BEFORE, "At baseline"), (AFTER, "Now")],
                  regular))
    return d


def headcount_chart(months: Sequence[MonthRow], width: float = 460,
                    height: float = 200) -> Drawing:
    regular, bold = register_fonts()
    d = Drawing(width, height)
    _title(d, "Headcount at each month's end, and departures in the month", bold)
    names = [m.month.strftime("%b %y") for m in months]
    every = max(1, (len(names) + 6) // 7)
    names = [n if i % every == 0 else "" for i, n in enumerate(names)]
    line = HorizontalLineChart()
    line.x, line.y, line.width, line.height = 35, 80, width - 150, height - 100
    line.data = [[m.headcount for m in months] or [0]]
    line.categoryAxis.categoryNames = names or [""]
    line.categoryAxis.labels.fontName = regular
    line.categoryAxis.labels.fontSize = 6.5
    line.valueAxis.labels.fontName = regular
    line.valueAxis.labels.fontSize = 7
    _scale(line.valueAxis, line.data[0])
    line.lines[0].strokeColor = AFTER
    line.lines[0].strokeWidth = 2
    d.add(line)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 35, 15, width - 150, 50
    bars.data = [[m.voluntary for m in months] or [0], [m.involuntary for m in months] or [0],
                 [m.positive for m in months] or [0]]
    bars.categoryAxis.categoryNames = [""] * max(1, len(months))
    bars.categoryAxis.labels.fontSize = 1
    bars.valueAxis.labels.fontName = regular
    bars.valueAxis.labels.fontSize = 6
    _scale(bars.valueAxis, [sum(col) for col in zip(*bars.data, strict=True)])
    bars.categoryAxis.style = "stacked"
    for i, colour in enumerate((LEFT, LET_GO, POSITIVE)):
        bars.bars[i].fillColor = colour
    bars.bars.strokeColor = None
    d.add(bars)
    d.add(_legend(width - 105, height - 40, [(AFTER, "Headcount"), (LEFT, "Left"),
                                             (LET_GO, "Let go"), (POSITIVE, "Positive exit")],
                  regular))
    return d


def funnel_chart(funnel: Sequence[tuple[str, int]], width: float = 460,
                 height: float = 130) -> Drawing:
    regular, bold = register_fonts()
    d = Drawing(width, height)
    _title(d, "Training funnel in the period", bold)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 70, 10, width - 120, height - 35
    chart.data = [[n for _, n in reversed(funnel)] or [0]]
    chart.categoryAxis.categoryNames = [label for label, _ in reversed(funnel)] or [""]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    _scale(chart.valueAxis, chart.data[0])
    chart.bars[0].fillColor = AFTER
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def _legend(x: float, y: float, items: list[tuple[colors.Color, str]], font: str) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = font
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.columnMaximum = 6
    legend.dx = legend.dy = 7
    legend.colorNamePairs = items
    return legend
