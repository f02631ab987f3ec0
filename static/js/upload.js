// The upload form: files dropped anywhere on the page (not only on the small file button) are the ones chosen,
// and the form says how many; dropping sends them at once. The elements are looked up when used: htmx restoring
// the page from history brings new ones.
// htmx restoring a page from the server may run this file again: once is enough.
(() => {
  if (window.uploadScripts) return;
  window.uploadScripts = true;

  const input = () => document.querySelector("input[name=files]");
  const zone = () => document.querySelector(".dropzone");

  function chosen(files) {
    const n = files.length;
    const say = document.getElementById("chosen");
    if (say) say.textContent = n ? `${n} file${n === 1 ? "" : "s"} chosen` : "";
  }

  document.addEventListener("change", (event) => {
    if (event.target.matches("input[name=files]")) chosen(event.target.files);
  });
  document.addEventListener("dragover", (event) => {
    if (!input() || ![...event.dataTransfer.types].includes("Files")) return;
    event.preventDefault();  // without it the browser opens a dropped file instead
    event.dataTransfer.dropEffect = "copy";
    zone()?.classList.add("dragging");
  });
  document.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) zone()?.classList.remove("dragging");
  });
  document.addEventListener("drop", (event) => {
    const files = input();
    if (!files || !event.dataTransfer.files.length) return;
    event.preventDefault();
    zone()?.classList.remove("dragging");
    files.files = event.dataTransfer.files;
    chosen(files.files);
    files.form.requestSubmit();
  });
})();
