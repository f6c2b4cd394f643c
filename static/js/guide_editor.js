// Live character counters for the guide editor's title, SEO title, standfirst and meta description.
// Each field with data-guide-limit gets a line under it, read out politely to screen readers, that
// says how many characters it has and whether that is over the limit the content checks apply.
(function () {
  function attach(field) {
    if (field.dataset.guideCounter) return;
    field.dataset.guideCounter = "on";
    var limit = parseInt(field.dataset.guideLimit, 10);
    var counter = document.createElement("p");
    counter.className = "guide-counter";
    counter.setAttribute("aria-live", "polite");
    counter.id = field.id + "-counter";
    field.setAttribute("aria-describedby", ((field.getAttribute("aria-describedby") || "") + " " + counter.id).trim());
    field.insertAdjacentElement("afterend", counter);
    function update() {
      var length = field.value.length;
      var over = length - limit;
      counter.textContent = length + " / " + limit + " characters" + (over > 0 ? ": " + over + " too many" : "");
      counter.style.color = over > 0 ? "var(--w-color-critical-200, #cd4444)" : "";
      counter.style.fontWeight = over > 0 ? "bold" : "";
    }
    field.addEventListener("input", update);
    update();
  }
  function attachAll() {
    document.querySelectorAll("[data-guide-limit]").forEach(attach);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", attachAll);
  else attachAll();
})();
