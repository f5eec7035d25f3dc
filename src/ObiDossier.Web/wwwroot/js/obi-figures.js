// Draws each <canvas data-obi-chart="{labels, datasets: [{label, values}], stacked}"> of a
// phenomenon report as a bar chart with the bundled Chart.js. A suppressed cell's value is null:
// Chart.js draws no bar for it, and its label carries the table's "< 5" or "x". The table under
// each chart is the accessible source of the same figures.
(function () {
  "use strict";
  if (!window.Chart) return;
  var colours = ["#01689b", "#8fcae7", "#42145f", "#e17000", "#39870c", "#a90061", "#673327", "#94710a"];
  document.querySelectorAll("canvas[data-obi-chart]").forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute("data-obi-chart"));
    var stacked = data.stacked === true;
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.datasets.map(function (d, i) {
          return { label: d.label, data: d.values, backgroundColor: colours[i % colours.length] };
        })
      },
      options: {
        animation: false,
        plugins: { legend: { display: data.datasets.length > 1 } },
        scales: {
          x: { stacked: stacked },
          y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 } }
        }
      }
    });
  });
})();
