/* The navigation works without this file (every link shown, menus open and close as
   <details>); with it:
   - on a phone the service navigation folds behind a "Menu" button (aria-expanded);
   - opening one header menu closes the other; Escape or a click elsewhere closes them. */
(function () {
  "use strict";

  var toggle = document.querySelector("[data-nav-toggle]");
  var list = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
  if (list && window.matchMedia) {
    var phone = window.matchMedia("(max-width: 40.0525em)");
    var show = function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.hidden = !phone.matches;
      list.hidden = phone.matches && !open;
    };
    toggle.addEventListener("click", function () {
      toggle.setAttribute("aria-expanded", String(toggle.getAttribute("aria-expanded") !== "true"));
      show();
    });
    if (phone.addEventListener) { phone.addEventListener("change", show); }
    show();
  }

  var menus = document.querySelectorAll("[data-menu]");
  var closeAll = function (except) {
    menus.forEach(function (menu) { if (menu !== except) { menu.open = false; } });
  };
  menus.forEach(function (menu) {
    menu.addEventListener("toggle", function () { if (menu.open) { closeAll(menu); } });
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    menus.forEach(function (menu) {
      if (menu.open) { menu.open = false; menu.querySelector("summary").focus(); }
    });
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest || !event.target.closest("[data-menu]")) { closeAll(null); }
  });
})();
