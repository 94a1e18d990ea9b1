// The header's 栏目 menu is a <details>: it opens and closes with its button by mouse, touch and keyboard,
// and for screen readers, with or without JavaScript. This adds what a disclosure navigation menu also does
// (WAI-ARIA APG, “Disclosure Navigation Menu”): Esc closes it and puts focus back on the 栏目 button, and it
// closes when focus moves on out of it or the reader taps elsewhere, so the open menu, which lies over the
// page, never hides the control that has focus (WCAG 2.4.11).
(function () {
  var menu = document.querySelector('details[data-nav-menu]');
  if (!menu) return;
  var button = menu.querySelector('summary');

  function close() {
    menu.open = false;
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' || !menu.open) return;
    var focusWasInMenu = menu.contains(document.activeElement);
    close();
    if (focusWasInMenu) button.focus();
  });
  // relatedTarget is where focus goes; null when it goes nowhere in the page (another window, or a tap on
  // text, which the click handler below covers).
  menu.addEventListener('focusout', function (event) {
    if (event.relatedTarget && !menu.contains(event.relatedTarget)) close();
  });
  document.addEventListener('click', function (event) {
    if (menu.open && !menu.contains(event.target)) close();
  });
})();
