/**
 * The viewer's only script (inline, no dependencies): the category filter.
 * Choosing a category in the select, or clicking a chart row, hides the
 * messages without that category and dims the other highlights.
 */
export const VIEW_SCRIPT = `
(function () {
  "use strict";
  var select = document.getElementById("category-filter");
  var status = document.getElementById("filter-status");
  var messages = Array.prototype.slice.call(document.querySelectorAll("article.msg"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  function has(el, category) {
    return (el.getAttribute("data-categories") || "").split(" ").indexOf(category) >= 0;
  }
  function apply() {
    var category = select.value;
    var shown = 0;
    messages.forEach(function (m) {
      var visible = category === "" || has(m, category);
      m.hidden = !visible;
      if (visible) shown++;
      Array.prototype.forEach.call(m.querySelectorAll("mark.hl"), function (h) {
        h.classList.toggle("dim", category !== "" && !has(h, category));
      });
    });
    rows.forEach(function (r) {
      r.classList.toggle("active", r.getAttribute("data-filter") === category);
    });
    status.textContent = shown + " of " + messages.length + " messages shown";
  }
  select.addEventListener("change", apply);
  rows.forEach(function (r) {
    r.addEventListener("click", function () {
      var category = r.getAttribute("data-filter");
      select.value = select.value === category ? "" : category;
      apply();
    });
  });
  apply();
})();
`;
