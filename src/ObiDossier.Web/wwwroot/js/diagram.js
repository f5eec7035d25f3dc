// Draws the workflow diagrams (<pre class="mermaid">) with the bundled Mermaid; no inline script,
// so the page keeps its strict Content-Security-Policy.
(function () {
  "use strict";
  if (!window.mermaid) return;
  window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral" });
  window.mermaid.run({ querySelector: "pre.mermaid" }).then(function () {
    document.querySelectorAll(".od-diagram").forEach(function (d) { d.setAttribute("data-rendered", "true"); });
  });
})();
