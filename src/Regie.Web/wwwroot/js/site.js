// Progressive enhancement only: every page works without this file.
document.addEventListener("change", (e) => {
  // Filter forms marked data-autosubmit refresh as soon as a choice changes.
  const form = e.target.closest && e.target.closest("form[data-autosubmit]");
  if (form && e.target.type !== "search") form.requestSubmit();
});

// Numbers in charts as on the page: a decimal comma and a thousands dot in Dutch (nl-NL, as the server writes them),
// the English forms in English mode. ECharts' own formatting is English whatever the page's language.
window.regieNumber = (() => {
  const locale = document.documentElement.lang === "en" ? "en-GB" : "nl-NL";
  const formats = new Map();
  return (value, digits = 1) => {
    if (typeof value !== "number" || !isFinite(value)) return value == null ? "" : String(value);
    if (!formats.has(digits)) formats.set(digits, new Intl.NumberFormat(locale, { maximumFractionDigits: digits }));
    return formats.get(digits).format(value);
  };
})();

// Chart tooltips are elements holding text, never HTML strings: a name typed as <img onerror=…> shows as written.
// ECharts takes an element from a formatter as it is; its own default tooltips build HTML, so every chart passes these.
window.regieTooltip = (title, lines) => {
  const box = document.createElement("div");
  box.className = "chart-tooltip";
  if (title != null) {
    const heading = document.createElement("strong");
    heading.textContent = String(title);
    box.append(heading);
  }
  for (const line of lines) {
    const row = document.createElement("div");
    row.textContent = String(line);
    box.append(row);
  }
  return box;
};

// The tooltip of a chart with trigger "axis": the category, then each series with its value in the page's language.
window.regieAxisTooltip = (params) => {
  const list = Array.isArray(params) ? params : [params];
  return regieTooltip(list[0]?.axisValueLabel ?? list[0]?.name, list.map((p) => `${p.seriesName}: ${regieNumber(Array.isArray(p.value) ? p.value[1] : p.value)}`));
};
