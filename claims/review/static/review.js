// Keys on top of the plain forms: a confirm, x reject, space skip, u undo, j/k move between cards.
// Each key clicks the same button a mouse would, so the server sees exactly the no-JavaScript request.
(function () {
  "use strict";
  var submitting = false;
  var ACTIONS = { a: "confirm", x: "reject", " ": "skip" };

  function cards() { return Array.prototype.slice.call(document.querySelectorAll(".card[data-pair]")); }
  function current() { return document.querySelector(".card.current") || cards()[0] || null; }

  function move(step) {
    var all = cards(), cur = current(), i = all.indexOf(cur) + step;
    if (!cur || i < 0 || i >= all.length) return;
    cur.classList.remove("current");
    all[i].classList.add("current");
    all[i].scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  function press(button) {
    if (!button || submitting) return;
    submitting = true;
    if (button.form.requestSubmit) button.form.requestSubmit(button); else button.click();
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var t = e.target;
    if (t && t.closest && t.closest("input, textarea, select, [contenteditable]")) return;  // typing a note
    if (e.key === " " && t && t.closest && t.closest("button, a, summary")) return;  // space activates what has focus
    var card = current(), button = null;
    if (ACTIONS[e.key] && card) button = card.querySelector('button[name="action"][value="' + ACTIONS[e.key] + '"]');
    else if (e.key === "u") button = document.querySelector("#undo button");
    else if (e.key === "j") { e.preventDefault(); move(1); return; }
    else if (e.key === "k") { e.preventDefault(); move(-1); return; }
    if (button) { e.preventDefault(); press(button); }
  });

  document.addEventListener("click", function (e) {  // clicking a card makes it the one the keys act on
    var card = e.target.closest && e.target.closest(".card[data-pair]");
    if (!card || card.classList.contains("current")) return;
    var cur = current();
    if (cur) cur.classList.remove("current");
    card.classList.add("current");
  });
})();
