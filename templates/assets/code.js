// Copy buttons for highlighted code blocks (sitegen, issue 13): one per block, in its header.
// Dependency-free and offline; without JavaScript the code stays selectable and nothing is missing
// but the button. Line numbers are CSS-generated, so the copied text is exactly the code.
(function () {
  var blocks = document.querySelectorAll(".code");
  if (!blocks.length) return;
  var korean = (document.documentElement.lang || "").slice(0, 2) === "ko";
  var words = korean ? { copy: "복사", copied: "복사됨", failed: "복사 실패", of: " – " }
                     : { copy: "Copy", copied: "Copied", failed: "Copy failed", of: " – " };

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) {}
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy"));
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return fallbackCopy(text);
  }

  // A console session copies its commands only: prompts and output are left out.
  function textOf(code) {
    if (!code.querySelector(".gp")) return code.textContent;
    var clone = code.cloneNode(true);
    Array.prototype.forEach.call(clone.querySelectorAll(".gp, .go"), function (node) { node.remove(); });
    return clone.textContent.split("\n").filter(function (line) { return line.trim() !== ""; }).join("\n") + "\n";
  }

  Array.prototype.forEach.call(blocks, function (block) {
    var head = block.querySelector(".code-head");
    var code = block.querySelector("pre code");
    if (!head || !code) return;
    var name = block.querySelector(".code-title") || block.querySelector(".code-lang");
    var button = document.createElement("button");
    var status = document.createElement("span");
    button.type = "button";
    button.className = "code-copy";
    button.textContent = words.copy;
    button.setAttribute("aria-label", words.copy + (name ? words.of + name.textContent : ""));
    status.className = "code-status";
    status.setAttribute("role", "status");
    var timer;
    button.addEventListener("click", function () {
      copy(textOf(code)).then(function () { return words.copied; }, function () { return words.failed; })
        .then(function (message) {
          button.textContent = message;
          status.textContent = message;
          clearTimeout(timer);
          timer = setTimeout(function () { button.textContent = words.copy; status.textContent = ""; }, 2000);
        });
    });
    head.appendChild(button);
    head.appendChild(status);
  });
})();
