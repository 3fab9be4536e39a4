(function () {
  "use strict";
  var marked = [];

  function clear() {
    marked.forEach(function (el) { el.classList.remove("current"); });
    marked = [];
  }

  // Mark an item and its spans; scroll the other pane ("article" or "sheet") to it.
  function select(id, scrollTo) {
    clear();
    var entry = document.getElementById("item-" + id);
    var spans = Array.prototype.slice.call(document.querySelectorAll('mark.hl[data-item="' + id + '"]'));
    marked = spans.concat(entry ? [entry] : []);
    marked.forEach(function (el) { el.classList.add("current"); });
    var target = scrollTo === "article" ? spans[0] : entry;
    if (target) { target.scrollIntoView({block: "center"}); }
    if (entry && scrollTo === "sheet") { entry.focus({preventScroll: true}); }
  }

  document.addEventListener("click", function (event) {
    var highlight = event.target.closest("mark.hl");
    if (highlight) { select(highlight.dataset.item, "sheet"); return; }
    var entry = event.target.closest(".item");
    if (entry) { select(entry.dataset.item, "article"); }
  });
  document.addEventListener("keydown", function (event) {
    var entry = event.target.closest && event.target.closest(".item");
    if (entry && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      select(entry.dataset.item, "article");
    }
  });
})();
