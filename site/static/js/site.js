// Progressive enhancement only: the site works without this file.
(function () {
    "use strict";
    document.documentElement.className = "js";

    // On narrow screens the search, account links and menu are folded behind a
    // button (the page is served folded; CSS shows it all on wider screens).
    var toggle = document.querySelector(".site-header__toggle");
    var menu = document.getElementById("site-menu");
    if (!toggle || !menu) return;
    var narrow = window.matchMedia("(max-width: 47.99rem)");

    function setOpen(open) {
        toggle.setAttribute("aria-expanded", String(open));
        menu.setAttribute("data-collapsed", String(!open));
    }
    toggle.addEventListener("click", function () {
        setOpen(toggle.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && narrow.matches && toggle.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            toggle.focus();
        }
    });
    // Back on a phone after a wider window: start folded again.
    narrow.addEventListener("change", function () { setOpen(false); });
})();

// Move focus to a form's error summary so screen readers announce it at once.
(function () {
    "use strict";
    var summary = document.querySelector("[data-error-summary]");
    if (summary) summary.focus();
})();

// A page reached through a link to its confirmation message (after sending a
// contribution, say) focuses the message, so it is read out as well as in view.
(function () {
    "use strict";
    var messages = document.getElementById("messages");
    if (messages && window.location.hash === "#messages" && !document.querySelector("[data-error-summary]")) {
        messages.focus();
    }
})();

// A printed guide says the day it was printed, even when the page was served earlier.
(function () {
    "use strict";
    var stamps = document.querySelectorAll("[data-print-date]");
    if (!stamps.length) return;
    function stamp() {
        var today = new Date();
        var text = today.toLocaleDateString(document.documentElement.lang || undefined, {
            day: "numeric", month: "long", year: "numeric"
        });
        var iso = today.getFullYear() + "-" + String(today.getMonth() + 1).padStart(2, "0") +
            "-" + String(today.getDate()).padStart(2, "0");
        stamps.forEach(function (el) { el.textContent = text; el.setAttribute("datetime", iso); });
    }
    stamp();
    window.addEventListener("beforeprint", stamp);
})();
