// The upload form: files dropped anywhere on the page (not only on the small file button) are the ones chosen,
// and the form says how many; dropping sends them at once.
const input = document.querySelector("input[name=files]");
const zone = document.querySelector(".dropzone");

function chosen(files) {
  const n = files.length;
  document.getElementById("chosen").textContent = n ? `${n} file${n === 1 ? "" : "s"} chosen` : "";
}

if (input && zone) {
  input.addEventListener("change", () => chosen(input.files));
  document.addEventListener("dragover", (event) => {
    if (![...event.dataTransfer.types].includes("Files")) return;
    event.preventDefault();  // without it the browser opens a dropped file instead
    event.dataTransfer.dropEffect = "copy";
    zone.classList.add("dragging");
  });
  document.addEventListener("dragleave", (event) => {
    if (event.relatedTarget === null) zone.classList.remove("dragging");
  });
  document.addEventListener("drop", (event) => {
    if (!event.dataTransfer.files.length) return;
    event.preventDefault();
    zone.classList.remove("dragging");
    input.files = event.dataTransfer.files;
    chosen(input.files);
    input.form.requestSubmit();
  });
}
