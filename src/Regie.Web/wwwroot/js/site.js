// Progressive enhancement only: every page works without this file.
document.addEventListener("change", (e) => {
  // Filter forms marked data-autosubmit refresh as soon as a choice changes.
  const form = e.target.closest && e.target.closest("form[data-autosubmit]");
  if (form && e.target.type !== "search") form.requestSubmit();
});
