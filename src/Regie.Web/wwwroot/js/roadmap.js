// The roadmap projection: SEAL distribution as stacked bars, the mean score and the concentration indices as lines.
(() => {
  const data = JSON.parse(document.getElementById("roadmap-data").textContent);
  const el = document.getElementById("chart-roadmap");
  if (!window.echarts || !el) return;
  const chart = echarts.init(el, null, { renderer: "canvas" });
  const sealColours = ["#b42318", "#c4320a", "#8a5300", "#4d7c0f", "#1a7f37"];
  chart.setOption({
    animation: false,
    tooltip: { trigger: "axis", formatter: regieAxisTooltip },
    legend: { top: 0, type: "scroll" },
    grid: { left: 50, right: 60, top: 40, bottom: 30 },
    xAxis: { type: "category", data: data.labels },
    yAxis: [
      { type: "value", name: data.axes.score + " / " + data.axes.services, min: 0, axisLabel: { formatter: (v) => regieNumber(v) } },
      { type: "value", name: data.axes.hhi, min: 0, max: 10000, position: "right", axisLabel: { formatter: (v) => regieNumber(v, 0) } },
    ],
    series: [
      ...data.seal.map((s, i) => ({ name: s.name, type: "bar", stack: "seal", data: s.values, itemStyle: { color: sealColours[i] } })),
      { name: data.score.name, type: "line", data: data.score.values, itemStyle: { color: "#0b5cad" }, lineStyle: { width: 3 } },
      // The same mean with every unknown answer at its best: the gap between the two lines is what is not known yet.
      { name: data.optimistic.name, type: "line", data: data.optimistic.values, itemStyle: { color: "#0b5cad" }, lineStyle: { width: 2, type: "dashed" } },
      { name: data.parent.name, type: "line", yAxisIndex: 1, data: data.parent.values, itemStyle: { color: "#6b3fa0" }, lineStyle: { type: "dashed" } },
      { name: data.provider.name, type: "line", yAxisIndex: 1, data: data.provider.values, itemStyle: { color: "#57606a" }, lineStyle: { type: "dotted" } },
    ],
  });
  chart.on("click", (p) => {
    const target = document.getElementById("q-" + data.labels[p.dataIndex]);
    if (target) target.scrollIntoView();
  });
  window.addEventListener("resize", () => chart.resize());
})();
