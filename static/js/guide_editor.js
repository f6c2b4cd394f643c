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

// The content checks panel's problems, repeated on the block (or field) at fault, so an editor
// sees e.g. "this matrix is a draft" where the matrix is chosen. Each problem names its place as
// Wagtail's data-contentpath attributes do ("body <block id> matrix"); StreamField blocks are
// drawn by script, so this waits until they are there.
(function () {
  function target(path) {
    var element = document;
    var parts = path.split(" ");
    for (var i = 0; i < parts.length; i++) {
      var found = element.querySelector('[data-contentpath="' + parts[i] + '"]');
      if (!found) return i > 0 ? element : null;
      element = found;
    }
    return element;
  }
  function place() {
    var problems = document.querySelectorAll("section.content-checks [data-guide-problem]");
    var pending = 0;
    problems.forEach(function (problem) {
      if (problem.dataset.placed) return;
      var where = target(problem.dataset.guideProblem);
      if (!where) {
        pending += 1;
        return;
      }
      problem.dataset.placed = "yes";
      var note = document.createElement("p");
      note.className = "help-block help-" + problem.dataset.severity + " guide-block-problem";
      note.textContent = problem.textContent.replace(/^[^:]*: /, "");
      where.insertAdjacentElement("afterbegin", note);
    });
    return pending;
  }
  function retry(attempts) {
    if (place() && attempts > 0) setTimeout(function () { retry(attempts - 1); }, 200);
  }
  if (document.readyState === "complete") retry(25);
  else window.addEventListener("load", function () { retry(25); });
})();
