// Adds a search box above every time-zone list, so any of the ~400 IANA
// zones (a log kept in America/Los_Angeles, say) is found by typing part
// of its name. Progressive enhancement: without it the list still works,
// and typing on a focused list jumps by its first letters.
(function () {
  "use strict";
  var lists = document.querySelectorAll("select.cb-zone");
  Array.prototype.forEach.call(lists, function (select) {
    var id = select.id + "-search";
    var label = document.createElement("label");
    label.className = "cb-label cb-date-time__label";
    label.htmlFor = id;
    label.textContent = select.getAttribute("data-search-label") || "Search";
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.className = "cb-input cb-zone__search";
    input.autocomplete = "off";
    input.setAttribute("aria-controls", select.id);
    var item = document.createElement("div");
    item.className = "cb-date-time__item";
    item.appendChild(label);
    item.appendChild(input);
    select.parentNode.parentNode.insertBefore(item, select.parentNode);

    function norm(s) { return s.toLowerCase().replace(/[_\s]+/g, " "); }

    input.addEventListener("input", function () {
      var q = norm(input.value.trim());
      var first = null;
      Array.prototype.forEach.call(select.options, function (o) {
        var show = !q || norm(o.value).indexOf(q) !== -1;
        // The chosen zone stays visible, so the list never shows nothing chosen.
        o.hidden = !show && !o.selected;
        if (show && !first) first = o;
      });
      Array.prototype.forEach.call(select.querySelectorAll("optgroup"), function (g) {
        g.hidden = !Array.prototype.some.call(g.children, function (o) { return !o.hidden; });
      });
      // The first match is chosen, so typing part of a name and moving on
      // is enough; the list beside the box shows which zone that is.
      if (q && first) first.selected = true;
    });
  });
})();
