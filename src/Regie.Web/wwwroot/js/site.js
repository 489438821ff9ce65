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
