// Kiosk only. After a quiet spell the screen asks "Still there?"; if nobody answers, it starts over for
// the next person (the server ends the session). Any touch, key or scroll restarts the wait.
(function () {
  var body = document.body;
  var idleSeconds = Number(body.getAttribute('data-idle-seconds'));
  var countdownSeconds = Number(body.getAttribute('data-countdown-seconds'));
  var dialog = document.getElementById('still-there');
  var secondsLeft = document.getElementById('still-there-seconds');
  var stay = document.getElementById('still-there-stay');
  var startOver = document.getElementById('start-over');
  if (!idleSeconds || !dialog || !startOver || typeof dialog.showModal !== 'function') {
    return;
  }
  var idleTimer = null;
  var ticking = null;

  function wait() {
    if (dialog.open) {
      return;
    }
    clearTimeout(idleTimer);
    idleTimer = setTimeout(ask, idleSeconds * 1000);
  }

  function ask() {
    var left = countdownSeconds;
    secondsLeft.textContent = String(left);
    dialog.showModal();
    ticking = setInterval(function () {
      left -= 1;
      secondsLeft.textContent = String(Math.max(left, 0));
      if (left <= 0) {
        clearInterval(ticking);
        startOver.submit();
      }
    }, 1000);
  }

  stay.addEventListener('click', function () {
    clearInterval(ticking);
    dialog.close();
    wait();
  });
  // Escape closes a modal dialog: treat it as "I am still here" rather than leaving the countdown running.
  dialog.addEventListener('cancel', function (event) {
    event.preventDefault();
    stay.click();
  });
  ['pointerdown', 'keydown', 'touchstart', 'scroll', 'input', 'wheel'].forEach(function (type) {
    document.addEventListener(type, wait, { capture: true, passive: true });
  });
  wait();
})();
