/*
 * Save and follow buttons without a page reload.
 *
 * Each button is a plain POST form that works on its own (the server redirects
 * back with a message). Here the same form is posted with fetch(), asking for
 * JSON; the button's aria-pressed and the form's action flip to the new state,
 * and a live region says what happened. When anything goes wrong, the form is
 * submitted the ordinary way, so the reader still gets a clear answer.
 */
(function () {
  "use strict";

  var status = null;

  function announce(message) {
    if (!status) {
      status = document.createElement("p");
      status.className = "visually-hidden";
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
    // Clear first so the same message twice is announced twice.
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = message;
    }, 50);
  }

  function setState(form, active) {
    var button = form.querySelector("button[aria-pressed]");
    button.setAttribute("aria-pressed", active ? "true" : "false");
    form.action = active ? form.dataset.offUrl : form.dataset.onUrl;
  }

  function toggle(form) {
    var token = form.querySelector("input[name=csrfmiddlewaretoken]");
    form.setAttribute("aria-busy", "true");
    return fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        "X-CSRFToken": token ? token.value : "",
      },
    })
      .then(function (response) {
        var type = response.headers.get("Content-Type") || "";
        if (!response.ok || type.indexOf("application/json") !== 0) {
          throw new Error("answered " + response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        setState(form, answer.active);
        announce(answer.message);
      })
      .catch(function () {
        // An ordinary post: the server redirects, or shows its error page.
        HTMLFormElement.prototype.submit.call(form);
      })
      .finally(function () {
        form.removeAttribute("aria-busy");
      });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-toggle")) {
      return;
    }
    event.preventDefault();
    // A second click while the first is on its way would undo it.
    if (form.getAttribute("aria-busy") === "true") {
      return;
    }
    toggle(form);
  });
})();
