// Draws the dashboard charts from the JSON the page carries; each bar opens where its figure is explained.
(() => {
  const data = JSON.parse(document.getElementById("dashboard-data").textContent);
  if (!window.echarts) return;
  const charts = [];
  const bar = (id, labels, series, links, opts = {}) => {
    const el = document.getElementById(id);
    if (!el) return;
    const chart = echarts.init(el, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis", formatter: regieAxisTooltip },
      legend: series.length > 1 ? { top: 0 } : undefined,
      grid: { left: opts.horizontal ? 170 : 40, right: 20, top: series.length > 1 ? 30 : 10, bottom: 30 },
      xAxis: opts.horizontal ? { type: "value", max: opts.max, axisLabel: { formatter: (v) => regieNumber(v) } } : { type: "category", data: labels },
      yAxis: opts.horizontal ? { type: "category", data: labels, inverse: true, axisLabel: { width: 160, overflow: "truncate" } } : { type: "value", minInterval: 1, axisLabel: { formatter: (v) => regieNumber(v) } },
      series: series.map((s) => ({ name: s.name, type: "bar", data: s.values })),
      color: ["#0b5cad", "#6b3fa0", "#1a7f37"],
    });
    chart.on("click", (p) => { const href = links(p.dataIndex); if (href) window.location.href = href; });
    charts.push(chart);
  };
  bar("chart-scores", data.scores.labels, [{ name: data.scores.axis, values: data.scores.counts }], (i) => data.scores.links[i]);
  bar("chart-seal", data.seal.labels, [{ name: data.scores.axis, values: data.seal.counts }], (i) => data.seal.links[i]);
  const concentration = (id, c) => bar(id, c.names, c.series, (i) => {
    const row = document.getElementById(c.anchors[i]);
    if (row) { row.closest("details").open = true; row.scrollIntoView(); }
    return null;
  }, { horizontal: true, max: 100 });
  concentration("chart-concentration", data.concentration);
  concentration("chart-providers", data.providers);
  window.addEventListener("resize", () => charts.forEach((c) => c.resize()));
})();
