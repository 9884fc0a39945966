// Endorse's portal works without scripts; htmx updates a part of a page in place where that helps. After such
// an update, focus moves to the updated part, so keyboard and screen reader users land on what changed.
document.addEventListener('htmx:afterSwap', function (event) {
  var target = event.detail.target;
  var focus = target && (target.querySelector('[data-focus]') || target);
  if (focus && focus.focus) {
    if (!focus.hasAttribute('tabindex')) {
      focus.setAttribute('tabindex', '-1');
    }
    focus.focus();
  }
});
