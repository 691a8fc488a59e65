// sakip: run before the first paint. The server pre-renders the embedded
// sample for a browser without documents (wasm/ui/pratayang.go); a browser
// that holds documents hides that preview until app.wasm shows its own.
try {
  if (localStorage.getItem("sakip:ada-dokumen") === "1") {
    document.documentElement.classList.add("ada-dokumen");
  }
} catch (e) {
  document.documentElement.classList.add("ada-dokumen");
}
