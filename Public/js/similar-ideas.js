// Progressive enhancement for the idea form: while the person types a title or summary, show existing ideas
// that look similar (GET /api/v1/ideas/similar). Without JavaScript the "check for similar ideas" button does
// the same on the server.
(function () {
  "use strict";
  var region = document.getElementById("similar-ideas");
  var title = document.getElementById("title");
  var summary = document.getElementById("summary");
  if (!region || !title || !summary || !window.fetch) { return; }
  var timer = null;
  var lastText = "";
  var controller = null;

  function render(items) {
    while (region.firstChild) { region.removeChild(region.firstChild); }
    var heading = document.createElement("h2");
    heading.textContent = region.getAttribute("data-heading");
    region.appendChild(heading);
    if (items.length === 0) {
      var none = document.createElement("p");
      none.textContent = region.getAttribute("data-none");
      region.appendChild(none);
      return;
    }
    var list = document.createElement("ul");
    items.forEach(function (item) {
      var entry = document.createElement("li");
      var link = document.createElement("a");
      link.href = "/ideas/" + encodeURIComponent(item.id);
      link.target = "_blank";
      link.textContent = item.title;
      entry.appendChild(link);
      list.appendChild(entry);
    });
    region.appendChild(list);
  }

  function check() {
    var text = (title.value + " " + summary.value).trim();
    if (text.length < 8 || text === lastText) { return; }
    lastText = text;
    if (controller) { controller.abort(); }
    controller = window.AbortController ? new AbortController() : null;
    fetch("/api/v1/ideas/similar?text=" + encodeURIComponent(text), {
      headers: { "Accept": "application/json", "Accept-Language": document.documentElement.lang },
      signal: controller ? controller.signal : undefined
    }).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(render).catch(function () { /* keep what is shown */ });
  }

  function schedule() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(check, 400);
  }

  title.addEventListener("input", schedule);
  summary.addEventListener("input", schedule);
})();
