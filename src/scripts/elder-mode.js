// 长辈模式（大字、高对比）。Loaded as a small blocking script at the start of <body> (ElderModeScript.astro), so the
// saved choice is on <html> before the first paint, and so is data-elder-js, which lets CSS show the
// header button (ElderModeToggle.astro) from the first paint on, with no layout shift. Without
// JavaScript the button stays hidden.
(function () {
  var KEY = 'jdxh-elder-mode';
  var root = document.documentElement;
  root.setAttribute('data-elder-js', '');

  function saved() {
    try {
      return localStorage.getItem(KEY) === 'on';
    } catch (e) {
      return false;
    }
  }

  function apply(on) {
    if (on) root.setAttribute('data-elder-mode', '');
    else root.removeAttribute('data-elder-mode');
    var buttons = document.querySelectorAll('[data-elder-toggle]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute('aria-pressed', on ? 'true' : 'false');
    }
  }

  apply(saved());
  document.addEventListener('DOMContentLoaded', function () {
    apply(root.hasAttribute('data-elder-mode'));
  });
  // A page restored from the back/forward cache shows the choice made on a later page.
  window.addEventListener('pageshow', function () {
    apply(saved());
  });
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!target || !target.closest || !target.closest('[data-elder-toggle]')) return;
    var on = !root.hasAttribute('data-elder-mode');
    apply(on);
    try {
      localStorage.setItem(KEY, on ? 'on' : 'off');
    } catch (e) {
      // Private mode may refuse storage: the choice still holds on this page.
    }
  });
})();

// Header search box: on first focus, load its prefetch script (data-search-warm).
document.addEventListener('focusin', function warm(event) {
  var src = event.target.getAttribute && event.target.getAttribute('data-search-warm');
  if (!src) return;
  document.removeEventListener('focusin', warm);
  var script = document.createElement('script');
  script.src = src;
  document.head.appendChild(script);
});
