// Renders the math sitegen marked (<span class="math …">$…$</span>, <div class="math …">$$…$$</div>)
// with the self-hosted KaTeX in assets/katex/. Loaded only on pages with math when
// `markdown: { math: true }` (site.yaml) or `math: true` (front matter) is set.
(function () {
  function render() {
    if (!window.katex) return;
    document.querySelectorAll(".math").forEach(function (element) {
      var display = element.classList.contains("math-display");
      var tex = element.textContent.replace(display ? /^\$\$|\$\$$/g : /^\$|\$$/g, "");
      try {
        window.katex.render(tex, element, { displayMode: display, throwOnError: false });
      } catch (error) {
        element.title = String(error);
      }
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", render);
  else render();
})();
