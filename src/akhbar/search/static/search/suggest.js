/*
 * Type-ahead for every search box with a data-suggest URL. Without JavaScript
 * the box is a plain form that submits to the results page; with it, titles
 * that begin to match are offered below the box (ARIA combobox, list popup).
 * Titles are set as text, never as HTML.
 */
(function () {
  "use strict";

  var DELAY = 150;
  var MIN_LENGTH = 2;
  var counter = 0;

  function setUp(input) {
    counter += 1;
    var listId = "search-suggestions-" + counter;
    var list = document.createElement("ul");
    var timer = null;
    var controller = null;
    var active = -1;
    var lastAsked = "";

    list.id = listId;
    list.className = "search-suggestions";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.form.classList.add("has-suggestions");
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function options() {
      return list.querySelectorAll("[role='option']");
    }

    function close() {
      list.hidden = true;
      list.replaceChildren();
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      var items = options();
      if (!items.length) {
        return;
      }
      active = (index + items.length) % items.length;
      items.forEach(function (item, position) {
        item.setAttribute("aria-selected", position === active ? "true" : "false");
      });
      input.setAttribute("aria-activedescendant", items[active].id);
    }

    function show(results) {
      list.replaceChildren();
      active = -1;
      if (!results.length) {
        close();
        return;
      }
      results.forEach(function (result, position) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        item.id = listId + "-" + position;
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        link.href = result.url;
        link.textContent = result.title;
        link.dir = "auto";
        link.tabIndex = -1;
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function ask() {
      var text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        lastAsked = "";
        close();
        return;
      }
      if (text === lastAsked) {
        return;
      }
      lastAsked = text;
      if (controller) {
        controller.abort();
      }
      controller = new AbortController();
      var url = input.dataset.suggest + "?q=" + encodeURIComponent(text);
      fetch(url, { headers: { Accept: "application/json" }, signal: controller.signal })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (input.value.trim() === text) {
            show(data.results || []);
          }
        })
        .catch(function () {
          /* Offline or aborted: the form still works. */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DELAY);
    });

    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight(active + 1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active - 1);
      } else if (event.key === "Escape") {
        close();
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        window.location.assign(options()[active].querySelector("a").href);
      }
    });

    input.addEventListener("blur", function () {
      // Later, so that a click on a suggestion lands before the list goes.
      window.setTimeout(close, 200);
    });
  }

  document.querySelectorAll("input[data-suggest]").forEach(setUp);
})();
