// Forms are sent by htmx: a refusal (422) replaces the form's outcome area with the sentence, instead of being
// dropped as htmx does with 4xx by default; any other error shows a generic sentence there.
document.addEventListener("DOMContentLoaded", function () {
  htmx.config.responseHandling = [
    { code: "204", swap: false },
    { code: "[23]..", swap: true },
    { code: "422", swap: true, error: false },
    { code: "...", swap: true, error: true }
  ];
});
// Charts read their data from a JSON script element next to the canvas (no inline script with data).
function trellisChart(canvasId, config) {
  var canvas = document.getElementById(canvasId);
  if (canvas && window.Chart) {
    return new Chart(canvas, config);
  }
  return null;
}
