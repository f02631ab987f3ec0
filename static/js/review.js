// The review queue's keys: r marks the record reviewed and opens the next, s skips it for now.
// Keys typed into a field are the field's, never a shortcut.
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest("input, textarea, select")) {
    return;
  }
  if (event.key === "r") {
    document.getElementById("reviewed-form")?.requestSubmit();
  } else if (event.key === "s") {
    const skip = document.getElementById("skip");
    if (skip) window.location.assign(skip.href);
  }
});
