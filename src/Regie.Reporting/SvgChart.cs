using System.Globalization;
using System.Net;
using System.Text;

namespace Regie.Reporting;

/// <summary>A bar of a chart: a label and one value per series.</summary>
public sealed record ChartBar(string Label, IReadOnlyList<double> Values);

/// <summary>
/// Charts as inline SVG, drawn on the server so a printed report needs no script: every label goes through the HTML
/// encoder (a service name is text, never markup), every number is written in the invariant culture (SVG coordinates)
/// and shown in the reader's.
/// </summary>
public static class SvgChart
{
    private static readonly string[] Colours = ["#1f4e79", "#8fb3d9", "#c55a11", "#548235", "#7f6000"];

    /// <summary>Vertical grouped bars (e.g. services per SEAL level, proven beside optimistic).</summary>
    public static string Columns(string title, IReadOnlyList<ChartBar> bars, IReadOnlyList<string> series, CultureInfo culture, int width = 640, int height = 230)
    {
        const int left = 40, bottom = 40, top = 30;
        var max = Math.Max(1, bars.SelectMany(b => b.Values).DefaultIfEmpty(0).Max());
        var plotHeight = height - bottom - top;
        var groupWidth = (width - left - 10) / (double)Math.Max(1, bars.Count);
        var barWidth = groupWidth * 0.8 / Math.Max(1, series.Count);
        var svg = Begin(title, width, height);
        Axis(svg, left, top, plotHeight, width, max, culture);
        for (var i = 0; i < bars.Count; i++)
        {
            var x0 = left + (i * groupWidth) + (groupWidth * 0.1);
            for (var s = 0; s < bars[i].Values.Count; s++)
            {
                var value = bars[i].Values[s];
                var h = plotHeight * value / max;
                var x = x0 + (s * barWidth);
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.#}" y="{top + plotHeight - h:0.#}" width="{barWidth - 2:0.#}" height="{h:0.#}" fill="{Colours[s % Colours.Length]}"/>""");
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + ((barWidth - 2) / 2):0.#}" y="{top + plotHeight - h - 3:0.#}" text-anchor="middle" class="v">{Text(value.ToString("0", culture))}</text>""");
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x0 + (groupWidth * 0.4):0.#}" y="{height - bottom + 16}" text-anchor="middle">{Text(bars[i].Label)}</text>""");
        }

        Legend(svg, series, left, height - 8);
        return End(svg);
    }

    /// <summary>
    /// Horizontal bars of percentages (0–100) per party, one bar per series (e.g. services, pupils, critical processes).
    /// <paramref name="decimals"/> is the number of decimals of the labels: the same as the table the chart stands beside.
    /// </summary>
    public static string Shares(string title, IReadOnlyList<ChartBar> bars, IReadOnlyList<string> series, CultureInfo culture, int width = 640, int decimals = 0)
    {
        const int rowGap = 8, top = 30;
        var labelWidth = width / 3;
        var barHeight = 9.0;
        var rowHeight = (barHeight * series.Count) + rowGap;
        var height = (int)(top + (bars.Count * rowHeight) + 30);
        var plotWidth = width - labelWidth - 50;
        var format = decimals > 0 ? "0." + new string('0', decimals) : "0";
        var svg = Begin(title, width, height);
        for (var i = 0; i < bars.Count; i++)
        {
            var y0 = top + (i * rowHeight);
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{labelWidth - 6}" y="{y0 + (barHeight * series.Count / 2) + 4:0.#}" text-anchor="end">{Text(Shorten(bars[i].Label, labelWidth / 6))}</text>""");
            for (var s = 0; s < bars[i].Values.Count; s++)
            {
                var value = Math.Clamp(bars[i].Values[s], 0, 100);
                var y = y0 + (s * barHeight);
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{labelWidth}" y="{y:0.#}" width="{plotWidth * value / 100:0.#}" height="{barHeight - 1:0.#}" fill="{Colours[s % Colours.Length]}"/>""");
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{labelWidth + (plotWidth * value / 100) + 4:0.#}" y="{y + barHeight - 2:0.#}" class="v">{Text(value.ToString(format, culture))}%</text>""");
            }
        }

        Legend(svg, series, width < 500 ? 0 : labelWidth, height - 8);
        return End(svg);
    }

    /// <summary>
    /// Lines over time (the history's trends): one point per label (a date) and one line per series; <paramref name="max"/>
    /// fixes the top of the scale (100 for a score or a percentage), else the largest value sets it.
    /// </summary>
    public static string Lines(string title, IReadOnlyList<string> labels, IReadOnlyList<(string Name, IReadOnlyList<double> Values)> series, CultureInfo culture,
        double? max = null, string unit = "", int width = 640, int height = 230)
    {
        const int left = 48, bottom = 40, top = 30, right = 16;
        var top0 = max ?? Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var plotHeight = height - bottom - top;
        var plotWidth = width - left - right;
        double X(int i) => left + (labels.Count <= 1 ? plotWidth / 2.0 : plotWidth * i / (double)(labels.Count - 1));
        double Y(double v) => top + plotHeight - (plotHeight * Math.Clamp(v, 0, top0) / top0);
        var svg = Begin(title, width, height);
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{left}" y1="{top + plotHeight}" x2="{width - right}" y2="{top + plotHeight}" stroke="#999"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 6}" y="{top + 4}" text-anchor="end" class="v">{Text(top0.ToString("#,0.#", culture) + unit)}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 6}" y="{top + plotHeight}" text-anchor="end" class="v">0</text>""");
        for (var s = 0; s < series.Count; s++)
        {
            var values = series[s].Values;
            var colour = Colours[s % Colours.Length];
            if (values.Count > 1)
            {
                var points = string.Join(" ", values.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"{X(i):0.#},{Y(v):0.#}")));
                svg.Append(CultureInfo.InvariantCulture, $"""<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>""");
            }

            for (var i = 0; i < values.Count; i++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<circle cx="{X(i):0.#}" cy="{Y(values[i]):0.#}" r="3" fill="{colour}"><title>{Text($"{series[s].Name}, {labels[i]}: {values[i].ToString("0.#", culture)}{unit}")}</title></circle>""");
            }
        }

        // Every label when they fit, else the first, the last and some between.
        var step = Math.Max(1, (int)Math.Ceiling(labels.Count / 6.0));
        for (var i = 0; i < labels.Count; i++)
        {
            if (i % step == 0 || i == labels.Count - 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{X(i):0.#}" y="{height - bottom + 16}" text-anchor="middle">{Text(labels[i])}</text>""");
            }
        }

        Legend(svg, [.. series.Select(s => s.Name)], left, height - 8);
        return End(svg);
    }

    /// <summary>A line of boxes and the curves between them: the dependency picture (processes → services → parties).</summary>
    public static string Layers(string title, IReadOnlyList<IReadOnlyList<string>> columns, IReadOnlyList<(int FromColumn, int From, int ToColumn, int To)> links)
    {
        const int width = 640, top = 30, boxHeight = 18, gap = 6;
        var rows = columns.Count == 0 ? 0 : columns.Max(c => c.Count);
        var height = top + (rows * (boxHeight + gap)) + 10;
        var columnWidth = width / (double)Math.Max(1, columns.Count);
        var boxWidth = columnWidth - 40;
        var svg = Begin(title, width, height);
        double X(int column) => (column * columnWidth) + 10;
        double Y(int column, int row) => top + (row * (boxHeight + gap)) + ((rows - columns[column].Count) * (boxHeight + gap) / 2.0);
        foreach (var (fc, f, tc, t) in links)
        {
            var x1 = X(fc) + boxWidth;
            var y1 = Y(fc, f) + (boxHeight / 2.0);
            var x2 = X(tc);
            var y2 = Y(tc, t) + (boxHeight / 2.0);
            var mid = (x1 + x2) / 2;
            svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{x1:0.#},{y1:0.#} C{mid:0.#},{y1:0.#} {mid:0.#},{y2:0.#} {x2:0.#},{y2:0.#}" fill="none" stroke="#8fb3d9" stroke-width="1"/>""");
        }

        for (var c = 0; c < columns.Count; c++)
        {
            for (var r = 0; r < columns[c].Count; r++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{X(c):0.#}" y="{Y(c, r):0.#}" width="{boxWidth:0.#}" height="{boxHeight}" rx="3" fill="#eef3f8" stroke="#1f4e79" stroke-width="0.6"/>""");
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{X(c) + 5:0.#}" y="{Y(c, r) + 12.5:0.#}">{Text(Shorten(columns[c][r], (int)(boxWidth / 6.2)))}</text>""");
            }
        }

        return End(svg);
    }

    private static StringBuilder Begin(string title, int width, int height)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" aria-label="{Text(title)}" class="chart" font-family="sans-serif" font-size="9">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="0" y="16" class="t" font-size="11" font-weight="bold">{Text(title)}</text>""");
        return svg;
    }

    private static string End(StringBuilder svg) => svg.Append("</svg>").ToString();

    private static void Axis(StringBuilder svg, int left, int top, int plotHeight, int width, double max, CultureInfo culture)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<line x1="{left}" y1="{top + plotHeight}" x2="{width - 10}" y2="{top + plotHeight}" stroke="#999"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 6}" y="{top + 4}" text-anchor="end" class="v">{Text(max.ToString("#,0", culture))}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{left - 6}" y="{top + plotHeight}" text-anchor="end" class="v">0</text>""");
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<string> series, int x, int y)
    {
        var offset = 0;
        for (var s = 0; s < series.Count; s++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x + offset}" y="{y - 9}" width="10" height="10" fill="{Colours[s % Colours.Length]}"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + offset + 14}" y="{y}">{Text(series[s])}</text>""");
            offset += 24 + (series[s].Length * 6);
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, Math.Max(1, max - 1)), "…");

    private static string Text(string text) => WebUtility.HtmlEncode(text);
}
