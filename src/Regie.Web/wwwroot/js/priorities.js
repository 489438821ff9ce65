// The quadrant of the priorities page: exposure against mitigation, one point per service, coloured by urgency band.
(() => {
  const data = JSON.parse(document.getElementById("priorities-data").textContent);
  const el = document.getElementById("chart-quadrant");
  if (!window.echarts || !el) return;
  const colours = { kritiek: "#b42318", hoog: "#c4320a", middel: "#8a5300", laag: "#1a7f37" };
  const bands = [...new Set(data.points.map((p) => p.band))];
  const chart = echarts.init(el, null, { renderer: "canvas" });
  chart.setOption({
    animation: false,
    legend: { top: 0, data: bands.map((b) => data.points.find((p) => p.band === b).bandText) },
    // The tooltip is built from text (site.js), so a service's name can never become HTML.
    tooltip: { formatter: (p) => regieTooltip(`#${p.data.rank} ${p.data.name}`, [`${p.data.bandText} · U ${regieNumber(p.data.urgency)}`]) },
    grid: { left: 50, right: 20, top: 30, bottom: 45 },
    xAxis: { type: "value", min: 0, max: 1, name: data.x, nameLocation: "middle", nameGap: 28, axisLabel: { formatter: (v) => regieNumber(v) } },
    yAxis: { type: "value", min: 0, max: 1, name: data.y, nameLocation: "middle", nameGap: 35, axisLabel: { formatter: (v) => regieNumber(v) } },
    series: bands.map((band, i) => ({
      name: data.points.find((p) => p.band === band).bandText,
      type: "scatter",
      symbolSize: 12,
      itemStyle: { color: colours[band] || "#0b5cad" },
      data: data.points.filter((p) => p.band === band).map((p) => ({ ...p, value: [p.x, p.y] })),
      markLine: i === 0 ? {
        silent: true, symbol: "none", lineStyle: { color: "#57606a", type: "dashed" },
        label: { show: false },
        data: [{ xAxis: 0.5 }, { yAxis: 0.5 }],
      } : undefined,
      markArea: i === 0 ? {
        silent: true, itemStyle: { color: "transparent" },
        label: { color: "#57606a", position: "inside" },
        data: [
          [{ name: data.quadrants[0], coord: [0.5, 0] }, { coord: [1, 0.5] }],
          [{ name: data.quadrants[1], coord: [0.5, 0.5] }, { coord: [1, 1] }],
          [{ name: data.quadrants[2], coord: [0, 0] }, { coord: [0.5, 0.5] }],
          [{ name: data.quadrants[3], coord: [0, 0.5] }, { coord: [0.5, 1] }],
        ],
      } : undefined,
    })),
  });
  chart.on("click", (p) => {
    const row = document.getElementById(p.data.anchor);
    if (!row) {
      // The row is on another page of the table.
      if (p.data.page) window.location.href = p.data.page;
      return;
    }
    const details = row.querySelector("details");
    if (details) details.open = true;
    row.scrollIntoView();
  });
  window.addEventListener("resize", () => chart.resize());
})();
