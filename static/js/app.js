// Behaviour the pages declare with data- attributes, so that no page needs an inline script or handler (the
// Content-Security-Policy forbids them).
// htmx restoring a page from the server may run this file again: once is enough.
(() => {
  if (window.dashboardScripts) return;
  window.dashboardScripts = true;

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

  // Keyboard shortcuts a page declares: pressing one of an element's keys (data-key="j ArrowRight") outside a text
  // field clicks it (a link or a button) or focuses it (a field); Escape leaves a field; Ctrl+Enter sends a note.
  function typingIn(element) {
    return element.matches("textarea, select, input:not([type=checkbox], [type=radio], [type=button], [type=submit])");
  }
  function shortcutFor(key) {
    return [...document.querySelectorAll("[data-key]")].find(
      (element) => element.dataset.key.split(" ").includes(key) && !element.closest("[hidden], dialog:not([open])"));
  }
  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && target.matches("textarea")) {
      event.preventDefault();
      target.form.requestSubmit();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (typingIn(target)) {
      if (event.key === "Escape") target.blur();
      if (event.key === "Enter" && target.matches("select[data-key]")) {  // a select does not send its form itself
        event.preventDefault();
        target.form.requestSubmit();
      }
      return;
    }
    const shortcut = shortcutFor(event.key);
    if (shortcut) {
      event.preventDefault();
      if (shortcut.matches("input, select, textarea")) shortcut.focus();
      else shortcut.click();
      return;
    }
    rowKeys(event);
  });
  document.addEventListener("click", (event) => {
    const opener = event.target.closest("[data-opens]");
    if (!opener) return;
    const dialog = document.getElementById(opener.dataset.opens);
    if (dialog.open) dialog.close();
    else dialog.showModal();
  });

  // The list's rows: j and k move from row to row (focusing the candidate's link, so Enter opens it), x selects one.
  function rowKeys(event) {
    const links = [...document.querySelectorAll("[data-rows] a.candidate-link")];
    if (!links.length || !["j", "k", "x"].includes(event.key)) return;
    const row = event.target.closest("[data-rows] tr");
    const current = row ? links.findIndex((link) => row.contains(link)) : -1;
    if (event.key === "x") {
      const box = row && row.querySelector("input[type=checkbox]");
      if (box) box.click();
    } else {
      const next = event.key === "j" ? Math.min(links.length - 1, current + 1) : Math.max(0, current - 1);
      links[next].focus();
      links.forEach((link, i) => link.closest("tr").classList.toggle("current", i === next));
    }
    event.preventDefault();
  }

  // The list's filters fold behind their button on a phone (app.css hides them while the button says
  // aria-expanded="false"); the button shows only once this script runs, so that without it the filters show.
  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-filters-toggle]").forEach((button) => { button.hidden = false; });
  });
  document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-filters-toggle]");
    if (button) button.setAttribute("aria-expanded", String(button.getAttribute("aria-expanded") !== "true"));
  });

  // When htmx swaps in a part of the page that held the keyboard's focus (a star of the rating, a tag's field), the
  // focus stays in that part: htmx itself gives it back to a control with the same id; otherwise to the control of
  // the same name, else to the part's first control, rather than dropping it to the page's body.
  let focusBeforeSwap = null;
  document.addEventListener("htmx:beforeSwap", (event) => {
    const target = event.detail.target;
    const active = document.activeElement;
    focusBeforeSwap = target && target.id && active && active !== target && target.contains(active)
      ? { part: target.id, name: active.getAttribute("name") } : null;
  });
  document.addEventListener("htmx:afterSettle", () => {
    const before = focusBeforeSwap;
    focusBeforeSwap = null;
    const part = before && document.getElementById(before.part);
    if (!part || part.contains(document.activeElement)) return;
    const controls = [...part.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea")]
      .filter((control) => !control.disabled && control.getClientRects().length);
    const same = controls.find((control) => before.name && control.getAttribute("name") === before.name);
    (same || controls[0])?.focus();
  });

  // A search's URL holds what it asks for only: no empty fields, nor fields left at their defaults (the filter form
  // says which, data-defaults), whether htmx sends it or the browser does.
  function searchParameters(form, data) {
    // the default order is the best match with a query, the newest without one
    const defaults = {...JSON.parse(form.dataset.defaults || "{}"), sort: data.get("q") ? "relevance" : "newest"};
    for (const name of new Set(data.keys())) {
      const values = data.getAll(name);
      const kept = values.filter((value) => value !== "" && defaults[name] !== value);
      if (kept.length !== values.length) {
        data.delete(name);
        kept.forEach((value) => data.append(name, value));
      }
    }
  }
  document.addEventListener("htmx:configRequest", (event) => {
    const form = event.detail.elt.closest("form[data-defaults]");
    if (form && event.detail.formData) searchParameters(form, event.detail.formData);
  });
  document.addEventListener("formdata", (event) => {
    if (event.target.matches("form[data-defaults]")) searchParameters(event.target, event.formData);
  });

  // Facet options stay where they were when one is ticked: the new counts come in, but the order the hand was
  // following does not change under the mouse (options new to the list go after the others).
  let facetOrder = null;
  function facetKeys(fieldset) {
    return [...fieldset.querySelectorAll("label.facet input")].map((input) => `${input.name}=${input.value}`);
  }
  document.addEventListener("change", (event) => {
    if (event.target.closest("#facets [data-keep-order]")) {
      facetOrder = [...document.querySelectorAll("#facets [data-keep-order]")].map(facetKeys);
    }
  });
  document.addEventListener("htmx:afterSettle", () => {
    if (!facetOrder) return;
    document.querySelectorAll("#facets [data-keep-order]").forEach((fieldset, i) => {
      const before = facetOrder[i] || [];
      const labels = [...fieldset.querySelectorAll("label.facet")];
      if (!labels.length) return;
      const place = (label) => {
        const input = label.querySelector("input");
        const at = before.indexOf(`${input.name}=${input.value}`);
        return at === -1 ? before.length + labels.indexOf(label) : at;
      };
      const after = labels[labels.length - 1].nextSibling;
      labels.sort((a, b) => place(a) - place(b)).forEach((label) => fieldset.insertBefore(label, after));
    });
    facetOrder = null;
  });
})();
