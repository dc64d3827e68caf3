// trialmine review: keyboard shortcuts. No inline script anywhere (the CSP forbids it).
(function () {
  "use strict";
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }
  function go(id) {
    var link = document.getElementById(id);
    if (link) { window.location.href = link.href; }
  }
  function click(id) {
    var button = document.getElementById(id);
    if (button) { button.click(); }
  }
  // queue page: a cursor over the rows
  var rows = Array.prototype.slice.call(document.querySelectorAll("#queue tr.row"));
  var cursor = -1;
  function moveCursor(step) {
    if (!rows.length) { return; }
    if (cursor >= 0) { rows[cursor].classList.remove("cursor"); }
    cursor = Math.max(0, Math.min(rows.length - 1, cursor + step));
    rows[cursor].classList.add("cursor");
    rows[cursor].scrollIntoView({block: "nearest"});
  }
  var correction = document.getElementById("correction");
  if (correction) {
    // Enter in a correction field saves the correction (not the form's first button)
    correction.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && event.target.tagName === "INPUT") {
        event.preventDefault();
        click("btn-correct");
      }
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (typing(event.target)) {
      if (event.key === "Escape") { event.target.blur(); }
      return;
    }
    var onFact = !!document.getElementById("decide");
    switch (event.key) {
      case "a": if (onFact) { click("btn-accept"); } break;
      case "r": if (onFact) { click("btn-reject"); } break;
      case "e":
        if (onFact) {
          var field = correction && correction.querySelector("input");
          if (field) { event.preventDefault(); field.focus(); field.select(); }
        }
        break;
      case "j": case "n": if (onFact) { go("next"); } else { moveCursor(1); } break;
      case "k": case "p": if (onFact) { go("prev"); } else { moveCursor(-1); } break;
      case "q": go("queue-link"); break;
      case "Enter":
        if (!onFact && cursor >= 0) { window.location.href = rows[cursor].getAttribute("data-href"); }
        break;
      default: return;
    }
  });
})();
