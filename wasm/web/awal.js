// sakip: run before the first paint. The server pre-renders the embedded
// sample for a browser without documents (wasm/ui/pratayang.go); a browser
// that holds documents hides that preview until app.wasm shows its own.
// On the home page such a browser is shown, until app.wasm runs, the glance
// of the document last open (wasm/ui/sekilas.go: its home page's cards as
// the library last computed them, kept in localStorage), under
// "Membuka dokumen…", as app.wasm itself shows it while it opens the
// document. Text only (textContent): nothing kept is read as markup.
(() => {
  let ada = false;
  let s = null;
  try {
    ada = localStorage.getItem("sakip:ada-dokumen") === "1";
    if (ada) s = JSON.parse(localStorage.getItem("sakip:sekilas") || "null");
  } catch (e) {
    ada = true;
  }
  if (ada) document.documentElement.classList.add("ada-dokumen");
  if (!s || typeof s !== "object" || !Array.isArray(s.kartu) || s.kartu.length === 0) return;
  const src = document.currentScript && document.currentScript.src;
  const akar = src ? new URL(src, location.href).pathname.replace(/web\/awal\.js$/, "") : "/";
  if (location.pathname !== akar && location.pathname !== akar + "index.html") return;
  document.documentElement.classList.add("ada-sekilas");
  const buat = (tag, kelas, teks) => {
    const e = document.createElement(tag);
    if (kelas) e.className = kelas;
    if (teks !== undefined) e.textContent = String(teks);
    return e;
  };
  const tampil = () => {
    // app.wasm already runs (its loader is gone), or the glance is shown.
    if (!document.getElementById("app-wasm-loader") || document.getElementById("sekilas-awal")) return;
    const kerangka = buat("div", "kerangka");
    kerangka.id = "sekilas-awal";
    const atas = buat("header", "atas");
    atas.append(buat("span", "merek", "SAKIP"), buat("span", "dok", s.judul || ""), buat("span", "status", "Memuat aplikasi…"));
    const isi = buat("main");
    const kartu = buat("div", "kartu-kartu");
    for (const k of s.kartu) {
      if (!k || typeof k !== "object") continue;
      const kotak = buat("div", "kartu");
      const nilai = buat("div", "nilai", k.nilai || "");
      if (k.id_nilai) nilai.id = k.id_nilai;
      if (k.id_kartu) kotak.id = k.id_kartu;
      kotak.append(buat("div", "label", k.label || ""), nilai);
      if (k.rincian) kotak.append(buat("div", "redup", k.rincian));
      kartu.append(kotak);
    }
    const membuka = buat("p", "redup", "Membuka dokumen…");
    membuka.setAttribute("role", "status");
    isi.append(buat("h1", "", "Beranda"), buat("p", "redup", s.judul || ""), membuka, kartu);
    kerangka.append(atas, isi);
    // In place of the pre-rendered page (the sample's, hidden in a browser
    // that holds documents), the body's first element: go-app takes that
    // element as its root and replaces it with its own page.
    const akarApp = document.body.firstElementChild;
    if (akarApp && akarApp.id !== "app-wasm-loader") akarApp.replaceWith(kerangka);
    else document.body.prepend(kerangka);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", tampil);
  else tampil();
})();
