/*
 * Embedded posts: nothing loads from the provider until the reader asks.
 * The server renders a placeholder with the post's link (which works without
 * this script) and the iframe address it built from the parsed post; on the
 * reader's click this replaces the placeholder with that iframe. Static file,
 * no inline script: pages are cached whole and the CSP allows only 'self'.
 */
(function () {
  "use strict";
  // The only frame addresses the server makes; anything else is ignored.
  var ALLOWED = [
    /^https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}$/,
    /^https:\/\/www\.instagram\.com\/(p|reel|tv)\/[A-Za-z0-9_-]+\/embed\/$/,
    /^https:\/\/www\.facebook\.com\/plugins\/(post|video)\.php\?href=[A-Za-z0-9%._-]+&show_text=true&width=500$/,
    /^https:\/\/www\.tiktok\.com\/player\/v1\/[0-9]+$/,
  ];

  function allowed(src) {
    return ALLOWED.some(function (pattern) {
      return pattern.test(src);
    });
  }

  function show(figure, src) {
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = figure.getAttribute("data-embed-title") || "";
    frame.className = "embed__frame";
    frame.setAttribute("allow", "encrypted-media; picture-in-picture; fullscreen");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.setAttribute(
      "sandbox",
      "allow-scripts allow-same-origin allow-popups " +
        "allow-popups-to-escape-sandbox allow-presentation"
    );
    figure.querySelector(".embed__placeholder").replaceWith(frame);
    figure.classList.add("embed--shown");
    frame.focus();
  }

  document.querySelectorAll(".embed[data-embed-src]").forEach(function (figure) {
    var src = figure.getAttribute("data-embed-src");
    var consent = figure.querySelector(".embed__consent");
    if (!consent || !allowed(src)) {
      return; // the link alone stays: it opens the post on the provider's site
    }
    consent.hidden = false;
    consent.querySelector(".embed__button").addEventListener("click", function () {
      show(figure, src);
    });
  });
})();
