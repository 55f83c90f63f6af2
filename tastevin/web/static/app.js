// Small progressive enhancements: dialogs (native <dialog>, keyboard-usable) and HTMX glue.
(function () {
  "use strict";
  var opener = null;
  function openDialog(dialog) {
    opener = document.activeElement;
    if (!dialog.open) dialog.showModal();
    var first = dialog.querySelector("[autofocus], input, select, button, summary");
    if (first) first.focus();
  }
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-dialog]");
    if (target) {
      var dialog = document.getElementById(target.getAttribute("data-dialog"));
      if (dialog) { event.preventDefault(); openDialog(dialog); }
      return;
    }
    var closer = event.target.closest("[data-close]");
    if (closer) { var d = closer.closest("dialog"); if (d) d.close(); }
  });
  document.addEventListener("close", function () {
    if (opener && document.body.contains(opener)) opener.focus();
  }, true);
  // Copy buttons: the text of the element they name goes to the clipboard; the button says so.
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy]");
    if (!button) return;
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    var text = source.textContent.trim();
    var done = function () {
      var label = button.textContent;
      button.textContent = button.getAttribute("data-copied") || label;
      button.setAttribute("data-done", "true");
      setTimeout(function () { button.textContent = label; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { selectText(source); });
    } else {
      selectText(source);
      try { document.execCommand("copy"); done(); } catch (e) { /* selected: Ctrl+C works */ }
    }
  });
  // On a phone the navigation is one line that scrolls sideways: show the current page in it.
  document.addEventListener("DOMContentLoaded", function () {
    var nav = document.querySelector("nav.main");
    var current = nav && nav.querySelector("[aria-current=page]");
    if (current && nav.scrollWidth > nav.clientWidth) {
      var left = current.getBoundingClientRect().left - nav.getBoundingClientRect().left;
      nav.scrollLeft += left - (nav.clientWidth - current.offsetWidth) / 2;
    }
  });
  // Delivery lines: a phone shows one blank line and "Add a line" for each more. Without
  // JavaScript the page keeps its several blank lines (blank ones are ignored on saving).
  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("delivery-lines");
    var add = document.getElementById("add-line");
    var model = document.getElementById("delivery-line-template");
    if (!box || !add || !model) return;
    box.querySelectorAll("[data-spare]").forEach(function (line) { line.remove(); });
    add.hidden = false;
    add.addEventListener("click", function () {
      var line = model.content.firstElementChild.cloneNode(true);
      box.appendChild(line);
      line.querySelector("select, input").focus();
    });
  });
  function selectText(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  document.addEventListener("htmx:afterSwap", function (event) {
    var dialog = event.detail.target.querySelector("dialog");
    if (dialog) openDialog(dialog);
  });
})();
