// Small enhancements only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // Print buttons stay hidden without JavaScript; the browser's own print still uses the print styles.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
});
