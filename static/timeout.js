// Warns a signed-in user before casebridge signs them out for inactivity,
// and lets them stay signed in without losing what they have typed.
// Progressive enhancement: every page works without it.
(function () {
  "use strict";
  var body = document.body;
  var idle = parseInt(body.getAttribute("data-idle-seconds") || "", 10);
  var warning = document.getElementById("timeout-warning");
  var stay = document.getElementById("timeout-stay");
  var token = body.getAttribute("data-csrf");
  if (!idle || !warning || !stay || !token || !window.fetch) return;

  var warnBefore = Math.min(120, Math.floor(idle / 2));
  var warnTimer, expireTimer;

  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(expireTimer);
    warnTimer = setTimeout(function () {
      warning.hidden = false;
      warning.focus();
    }, (idle - warnBefore) * 1000);
    expireTimer = setTimeout(function () {
      window.location.href = "/login?expired=1&next=" + encodeURIComponent(window.location.pathname);
    }, (idle + 5) * 1000);
  }

  stay.addEventListener("click", function (event) {
    event.preventDefault();
    fetch("/session/keepalive", {
      method: "POST",
      credentials: "same-origin",
      headers: { "x-csrf-token": token }
    }).then(function (res) {
      if (res.ok) {
        warning.hidden = true;
        schedule();
      }
    });
  });

  schedule();
})();
