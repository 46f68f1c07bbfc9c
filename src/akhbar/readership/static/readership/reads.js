// Counts one view of this article page: a beacon to our own server carrying the
// article's number and nothing else (no cookie of ours, no identifier). Sent
// once, when the page is really shown: not while it is prerendered or hidden.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !navigator.sendBeacon) return;
  var url = script.dataset.readsUrl;
  var article = script.dataset.article;
  if (!url || !/^[0-9]+$/.test(article || "")) return;
  var sent = false;

  function send() {
    if (sent || document.prerendering || document.visibilityState !== "visible") return;
    sent = true;
    navigator.sendBeacon(url, new URLSearchParams({ article: article }));
  }

  document.addEventListener("prerenderingchange", send);
  document.addEventListener("visibilitychange", send);
  send();
})();
