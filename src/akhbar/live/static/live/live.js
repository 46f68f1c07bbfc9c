/*
 * Live coverage: new updates appear on an open article page without a reload.
 *
 * The page is complete without this script. While the tab is visible it asks
 * the story's polling endpoint (data-live-poll) for the updates after the
 * newest one it has, every data-live-interval seconds, inserts them at the top
 * of the stream, refreshes the summary, the pinned update and the status, and
 * says how many arrived in a polite live region. It stops when the coverage
 * ends. Everything inserted was rendered and sanitized by the server.
 */
(function () {
  "use strict";

  var root = document.querySelector("[data-live-poll]");
  if (!root || !window.fetch || !("content" in document.createElement("template"))) {
    return;
  }
  var url = root.getAttribute("data-live-poll");
  var after = root.getAttribute("data-live-after") || "0";
  var seconds = parseInt(root.getAttribute("data-live-interval"), 10);
  var interval = (seconds > 0 ? seconds : 15) * 1000;
  var stream = root.querySelector("[data-live-stream]");
  var summary = root.querySelector("[data-live-summary]");
  var pinned = root.querySelector("[data-live-pinned]");
  var status = root.querySelector("[data-live-status]");
  var announcer = root.querySelector("[data-live-announce]");
  var open = true;
  var timer = null;
  var busy = false;

  function fragment(html) {
    var template = document.createElement("template");
    template.innerHTML = html;
    return template.content;
  }

  function announce(message) {
    if (!announcer || !message) {
      return;
    }
    announcer.textContent = "";
    window.setTimeout(function () {
      announcer.textContent = message;
    }, 50);
  }

  function insert(html) {
    var content = fragment(html);
    // Skip any update already on the page (a poll answered twice).
    Array.prototype.forEach.call(content.querySelectorAll("[data-update]"), function (node) {
      if (document.getElementById(node.id)) {
        node.remove();
      } else {
        node.classList.add("live-update--new");
      }
    });
    var empty = stream.querySelector(".live__empty");
    if (empty) {
      empty.remove();
    }
    stream.insertBefore(content, stream.firstChild);
  }

  // What each part last showed: a part is rewritten only when it changed, so a
  // link being read or focused is left alone.
  var shown = {};

  function replace(node, name, html) {
    if (node && shown[name] !== html) {
      node.innerHTML = html;
    }
    shown[name] = html;
  }

  function apply(answer) {
    if (answer.updates) {
      insert(answer.updates);
      announce(answer.message);
    }
    after = String(answer.last);
    (answer.removed || []).forEach(function (id) {
      var node = document.getElementById("update-" + id);
      if (node) {
        node.remove();
      }
    });
    replace(summary, "summary", answer.summary);
    if (summary) {
      summary.hidden = !answer.summary;
    }
    replace(pinned, "pinned", answer.pinned);
    replace(status, "status", answer.status);
    if (!answer.open) {
      open = false;
      root.classList.remove("live--open");
    }
  }

  function schedule() {
    window.clearTimeout(timer);
    if (open && !document.hidden) {
      timer = window.setTimeout(poll, interval);
    }
  }

  function poll() {
    if (busy || !open) {
      return;
    }
    busy = true;
    fetch(url + "?after=" + encodeURIComponent(after), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("answered " + response.status);
        }
        return response.json();
      })
      .then(apply)
      .catch(function () {
        // Try again at the next interval; the page itself is complete.
      })
      .then(function () {
        busy = false;
        schedule();
      });
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) {
      window.clearTimeout(timer);
    } else {
      poll();
    }
  });
  schedule();
})();
