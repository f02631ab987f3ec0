// Behaviour the pages declare with data- attributes, so that no page needs an inline script or handler (the
// Content-Security-Policy forbids them).
document.addEventListener("click", (event) => {
  const all = event.target.closest("[data-select-all]");
  if (all) {
    document.querySelectorAll(`input[name="${all.dataset.selectAll}"]`).forEach((box) => { box.checked = all.checked; });
  }
});
document.addEventListener("submit", (event) => {
  const message = event.target.dataset.confirm;
  if (message && !window.confirm(message)) event.preventDefault();
});
document.addEventListener("change", (event) => {
  if (event.target.matches("[data-autosubmit]")) event.target.form.requestSubmit();
});
// The list's bulk bar shows the fields of the chosen action only (all of them without JavaScript).
function bulkFields(select) {
  select.form.querySelectorAll("[data-for]").forEach((field) => {
    field.hidden = !field.dataset.for.split(" ").includes(select.value);
  });
}
document.addEventListener("change", (event) => {
  if (event.target.matches("[data-bulk-action]")) bulkFields(event.target);
});
document.addEventListener("htmx:load", (event) => {
  event.detail.elt.querySelectorAll("[data-bulk-action]").forEach(bulkFields);
});
document.addEventListener("DOMContentLoaded", () => document.querySelectorAll("[data-bulk-action]").forEach(bulkFields));
