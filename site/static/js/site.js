// Progressive enhancement only: the site works without this file.
(function () {
    "use strict";
    document.documentElement.classList.replace("no-js", "js");

    // On narrow screens, collapse the main menu behind a button.
    var toggle = document.querySelector(".main-nav__toggle");
    var list = document.getElementById("main-nav-list");
    if (!toggle || !list) return;
    var narrow = window.matchMedia("(max-width: 40rem)");

    function setOpen(open) {
        toggle.setAttribute("aria-expanded", String(open));
        list.setAttribute("data-collapsed", String(!open));
    }
    function sync() {
        toggle.hidden = !narrow.matches;
        setOpen(!narrow.matches);
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
    narrow.addEventListener("change", sync);
    sync();
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
