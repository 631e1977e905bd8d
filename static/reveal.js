// Progressive enhancement: a block marked data-reveal="name=value" is shown
// only while the radio `name` with that value is chosen. Without scripts
// every block stays visible, so the form works in any browser.
(function () {
  "use strict";
  var blocks = document.querySelectorAll("[data-reveal]");
  Array.prototype.forEach.call(blocks, function (block) {
    var rule = block.getAttribute("data-reveal").split("=");
    var radios = document.querySelectorAll('input[type="radio"][name="' + rule[0] + '"]');
    if (radios.length === 0) return;
    function update() {
      var chosen = document.querySelector('input[type="radio"][name="' + rule[0] + '"]:checked');
      var shown = chosen !== null && chosen.value === rule[1];
      block.hidden = !shown;
      Array.prototype.forEach.call(radios, function (r) {
        if (r.value === rule[1]) r.setAttribute("aria-controls", block.id);
        if (r.value === rule[1]) r.setAttribute("aria-expanded", shown ? "true" : "false");
      });
    }
    Array.prototype.forEach.call(radios, function (r) {
      r.addEventListener("change", update);
    });
    update();
  });
})();
