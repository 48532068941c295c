/* The portal's contact pages work without this file; with it:
   - an error summary takes focus so screen readers announce it;
   - a "select all" box appears above a queue's checkboxes;
   - a CSV export shows its progress while it downloads. */
(function () {
  "use strict";

  var summary = document.querySelector("[data-autofocus]");
  if (summary) { summary.focus(); }

  var all = document.querySelector("[data-select-all]");
  if (all) {
    var boxes = document.querySelectorAll("input[name=reference]");
    all.hidden = false;
    all.addEventListener("change", function () {
      boxes.forEach(function (box) { box.checked = all.checked; });
    });
  }

  document.querySelectorAll("[data-export]").forEach(function (link) {
    var status = document.getElementById(link.getAttribute("data-status"));
    if (!status || !window.fetch || !window.TextDecoder) { return; }
    link.addEventListener("click", function (event) {
      event.preventDefault();
      if (link.getAttribute("aria-disabled") === "true") { return; }
      link.setAttribute("aria-disabled", "true");
      status.textContent = "Preparing your file…";
      var rows = -1, chunks = [], decoder = new TextDecoder();
      fetch(link.href, {credentials: "same-origin"}).then(function (response) {
        if (!response.ok || !response.body) { throw new Error("status " + response.status); }
        var name = (response.headers.get("Content-Disposition") || "").match(/filename="([^"]+)"/);
        var reader = response.body.getReader();
        function pump() {
          return reader.read().then(function (part) {
            if (part.done) {
              var url = URL.createObjectURL(new Blob(chunks, {type: "text/csv"}));
              var a = document.createElement("a");
              a.href = url; a.download = name ? name[1] : "contacts.csv";
              document.body.appendChild(a); a.click(); a.remove();
              setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
              status.textContent = "Done: " + Math.max(rows, 0).toLocaleString("en-GB") +
                " contacts exported.";
              link.removeAttribute("aria-disabled");
              return;
            }
            chunks.push(part.value);
            rows += (decoder.decode(part.value, {stream: true}).match(/\n/g) || []).length;
            status.textContent = "Exporting: " + Math.max(rows, 0).toLocaleString("en-GB") +
              " contacts so far…";
            return pump();
          });
        }
        return pump();
      }).catch(function () {
        status.textContent = "Downloading the file directly instead…";
        link.removeAttribute("aria-disabled");
        window.location.href = link.href;
      });
    });
  });
}());
