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
  document.addEventListener("htmx:afterSwap", function (event) {
    var dialog = event.detail.target.querySelector("dialog");
    if (dialog) openDialog(dialog);
  });
})();
