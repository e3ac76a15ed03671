// Small enhancements only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // Print buttons stay hidden without JavaScript; the browser's own print still uses the print styles.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      // the plan's folded details go on paper too (print styles unfold them where the browser allows)
      document.querySelectorAll('details.plan-details').forEach(function (details) { details.open = true; });
      window.print();
    });
  });

  // After a rejected save the error summary is read first: in view (a long form's action ends in
  // #error-summary, so the browser has scrolled there already) and focused. No animation for those who ask.
  var summary = document.getElementById('error-summary');
  if (summary) {
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    summary.focus({ preventScroll: true });
    summary.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }

  // The header menu is a <details>: it works without this. On wide screens the stylesheet shows its links with no
  // button; marking it open there too keeps what assistive technology and scripts see in step with the screen.
  var menu = document.querySelector('.site-header .menu');
  if (menu && window.matchMedia) {
    var wide = window.matchMedia('(min-width: 48em)');
    var follow = function () { menu.open = wide.matches; };
    follow();
    if (wide.addEventListener) { wide.addEventListener('change', follow); }
  }
});
