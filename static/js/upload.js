// The upload form says how many files were chosen.
document.querySelector("input[name=files]")?.addEventListener("change", (event) => {
  const n = event.target.files.length;
  document.getElementById("chosen").textContent = n ? `${n} file${n === 1 ? "" : "s"} chosen` : "";
});
