/* The article editor: live word count, autosave, restore, shortcuts, a guard
 * against leaving with unsaved changes, and the prose editor's labels in the
 * newsroom's language. Every word shown comes from the page (#editor-config).
 *
 * Loaded with `defer` before the prose editor's modules, so its gettext
 * (read once when the module runs) already answers with our labels.
 */
(function () {
  "use strict";

  const configNode = document.getElementById("editor-config");
  const form = document.getElementById("article_form");
  if (!configNode || !form) {
    return;
  }
  const config = JSON.parse(configNode.textContent);
  const texts = config.texts;
  const labels = config.labels;
  const ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩";

  function digits(text) {
    const value = String(text);
    if (config.numerals !== "arab") {
      return value;
    }
    return value.replace(/[0-9]/g, (d) => ARABIC_DIGITS[Number(d)]);
  }

  const plurals = new Intl.PluralRules(config.language);

  function counted(forms, n) {
    const form = forms[plurals.select(n)] || forms.other;
    return digits(form.replace("%(n)s", String(n)));
  }

  // The prose editor's labels: its dialogs ask gettext, its buttons do not.
  const previousGettext = window.gettext;
  window.gettext = function (text) {
    if (Object.prototype.hasOwnProperty.call(labels, text)) {
      return labels[text];
    }
    return previousGettext ? previousGettext(text) : text;
  };

  function relabel(root) {
    if (!(root instanceof Element)) {
      return;
    }
    const scope = root.closest(".prose-editor, dialog, .prose-editor-dialog")
      ? [root]
      : [];
    scope.push(...root.querySelectorAll(".prose-editor, dialog"));
    for (const element of scope) {
      for (const node of [element, ...element.querySelectorAll("*")]) {
        for (const attribute of ["title", "aria-label", "placeholder"]) {
          const value = node.getAttribute(attribute);
          if (value && Object.prototype.hasOwnProperty.call(labels, value)) {
            node.setAttribute(attribute, labels[value]);
          }
        }
        if (node.classList.contains("material-icons")) {
          continue; // the text is the icon's name, drawn as a picture
        }
        for (const child of node.childNodes) {
          const text = child.nodeType === Node.TEXT_NODE && child.nodeValue.trim();
          if (text && Object.prototype.hasOwnProperty.call(labels, text)) {
            child.nodeValue = child.nodeValue.replace(text, labels[text]);
          }
        }
      }
    }
  }

  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        relabel(node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement);
      }
    }
  }).observe(document.body, { childList: true, subtree: true });

  // Fields of the writing.
  const title = document.getElementById("id_title");
  const summary = document.getElementById("id_summary");
  const body = document.getElementById("id_body");
  const language = document.getElementById("id_language");
  let proseEditor = null;

  function proseElement() {
    const wrapper = body && body.closest(".prose-editor");
    return wrapper && wrapper.querySelector(".ProseMirror[contenteditable]");
  }

  function writeIn(code) {
    const dir = config.directions[code] || "auto";
    for (const field of [title, summary, body, proseElement()]) {
      if (field) {
        field.setAttribute("lang", code);
        field.setAttribute("dir", dir);
      }
    }
  }

  // Word count: the rule of the server (tags are spaces, words are split on
  // white space), so Arabic and English count alike.
  const count = document.getElementById("editor-count");

  function wordCount(html) {
    const withoutCode = html.replace(/<(script|style)\b[^<>]*>[^<]*/gi, " ");
    const text = withoutCode.replace(/<[^<>]*>?/g, " ");
    const decoded = new DOMParser().parseFromString(
      "<!doctype html><body>" + text.replace(/</g, "&lt;"),
      "text/html",
    ).body.textContent;
    return decoded.split(/\s+/).filter(Boolean).length;
  }

  function showCount() {
    if (!count || !body) {
      return;
    }
    const words = wordCount(body.value);
    const minutes = Math.max(1, Math.round(words / 180));
    count.textContent =
      counted(texts.words, words) + " · " + counted(texts.minutes, minutes);
  }

  // Unsaved changes: asked about before leaving, forgotten on submit.
  let dirty = false;
  let changedSinceAutosave = false;
  let submitting = false;

  function changed() {
    dirty = true;
    changedSinceAutosave = true;
    showCount();
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", () => {
    submitting = true;
  });
  window.addEventListener("beforeunload", (event) => {
    if (dirty && !submitting) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  // Autosave: every few seconds while something changed; never a revision.
  const status = document.getElementById("editor-autosave");
  const token = form.querySelector("input[name=csrfmiddlewaretoken]");

  function post(fields) {
    const data = new FormData();
    data.append("article", config.article || "");
    for (const [key, value] of Object.entries(fields)) {
      data.append(key, value);
    }
    return fetch(config.autosaveUrl, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-CSRFToken": token ? token.value : "" },
    }).then((response) =>
      response.json().then((answer) => {
        if (!response.ok) {
          throw new Error(answer.error || response.status);
        }
        return answer;
      }),
    );
  }

  function autosave() {
    if (!changedSinceAutosave || submitting || !title || !body) {
      return Promise.resolve();
    }
    changedSinceAutosave = false;
    if (status) {
      status.textContent = texts.autosaving;
    }
    return post({
      title: title.value,
      summary: summary ? summary.value : "",
      body: body.value,
    })
      .then((answer) => {
        if (status) {
          status.textContent = digits(answer.message);
        }
      })
      .catch(() => {
        changedSinceAutosave = true;
        if (status) {
          status.textContent = texts.autosaveFailed;
        }
      });
  }

  window.setInterval(autosave, config.autosaveSeconds * 1000);
  // For tests and for the page's own use: save the copy now.
  form.editorAutosave = autosave;

  // The offer to restore a newer autosaved copy.
  const offer = document.getElementById("editor-restore");

  function restore() {
    const copy = config.autosaved;
    if (!copy) {
      return;
    }
    if (title) {
      title.value = copy.title;
    }
    if (summary) {
      summary.value = copy.summary;
    }
    if (proseEditor) {
      proseEditor.commands.setContent(copy.body);
    }
    if (body) {
      body.value = copy.body;
    }
    changed();
    offer.hidden = true;
  }

  if (offer) {
    offer.querySelector("[data-editor-restore]").addEventListener("click", restore);
    offer.querySelector("[data-editor-discard]").addEventListener("click", () => {
      post({ discard: "1" }).then(() => {
        offer.hidden = true;
      });
    });
  }

  // Shortcuts: save, and publish where the publish step is offered.
  function press(name) {
    const button = form.querySelector(`#editor-bar input[name="${name}"]`);
    if (button) {
      button.click();
      return true;
    }
    return false;
  }

  document.addEventListener("keydown", (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) {
      return;
    }
    const key = event.key.toLowerCase();
    if (key === "s" && !event.shiftKey && press("_continue")) {
      event.preventDefault();
    } else if (key === "p" && event.shiftKey && config.canPublish) {
      if (press("_publish")) {
        event.preventDefault();
      }
    }
  }, true); // capture: widgets such as select2 keep their keys to themselves

  // The lead image: the chosen file's name, in words of the page.
  const upload = document.getElementById("id_lead_image");
  if (upload) {
    const button = document.createElement("label");
    button.className = "button editor-file-button";
    button.htmlFor = upload.id;
    button.textContent = texts.chooseImage;
    const name = document.createElement("span");
    name.className = "editor-file-name";
    name.textContent = texts.noFile;
    upload.after(button, name);
    upload.addEventListener("change", () => {
      name.textContent = upload.files.length ? upload.files[0].name : texts.noFile;
    });
  }

  document.addEventListener("prose-editor:ready", (event) => {
    if (event.detail.textarea !== body) {
      return;
    }
    proseEditor = event.detail.editor;
    writeIn(language ? language.value : body.getAttribute("lang"));
    relabel(proseElement().closest(".prose-editor"));
  });

  if (language) {
    language.addEventListener("change", () => writeIn(language.value));
  }
  relabel(document.body);
  showCount();
})();
