// Light/dark toggle: follows prefers-color-scheme until the reader picks one, then remembers it.
// Table of contents: folded on narrow screens, opened where it sits beside the text.
// Search keys: "/" or Ctrl-K go to the search page.
(function () {
  var wide = window.matchMedia("(min-width: 1120px)");
  function openTOC() {
    if (!wide.matches) return;
    var tocs = document.querySelectorAll(".has-toc .toc-details");
    for (var i = 0; i < tocs.length; i++) tocs[i].open = true;
  }
  openTOC();
  if (wide.addEventListener) wide.addEventListener("change", openTOC);

  // "/" or Ctrl-K (Cmd-K) opens search from any page; on the search page, search.js (loaded
  // there only) takes the keys to its box.
  document.addEventListener("keydown", function (e) {
    var link = document.querySelector(".search-link");
    if (!link || document.querySelector("[data-search-input]") || e.isComposing || e.altKey) return;
    var el = document.activeElement;
    var typing = el && (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable);
    var ctrlK = (e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey);
    if (!(ctrlK || (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey))) return;
    e.preventDefault();
    window.location.href = link.href;
  });

  var root = document.documentElement;
  var button = document.querySelector(".theme-toggle");
  if (!button) return;
  function current() {
    return root.dataset.theme || (window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  }
  function sync() {
    var dark = current() === "dark";
    button.setAttribute("aria-pressed", dark ? "true" : "false");
  }
  button.hidden = false;
  sync();
  button.addEventListener("click", function () {
    var next = current() === "dark" ? "light" : "dark";
    root.dataset.theme = next;
    try { localStorage.setItem("theme", next); } catch (e) {}
    sync();
  });
})();
