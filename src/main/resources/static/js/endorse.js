// Endorse's portal works without scripts; htmx updates a part of a page in place where that helps.

// htmx swaps only successful answers by default: a refusal (403, 404, 409, a fault) replaces the page's main
// part with the page that says what happened, so nothing fails silently.
htmx.config.responseHandling = [
  { code: '204', swap: false },
  { code: '[23]..', swap: true },
  { code: '[45]..', swap: true, error: true, target: 'main', select: 'main', swapOverride: 'outerHTML' }
];

// After an update, focus moves to what changed, so keyboard and screen reader users land on it. An element
// swapped whole is a new element: it is found again by its id.
document.addEventListener('htmx:afterSettle', function (event) {
  var old = event.detail.target;
  var updated = old && old.id ? document.getElementById(old.id) : old;
  if (!updated) {
    return;
  }
  var focus = updated.querySelector('[data-focus]') || updated;
  if (!focus.hasAttribute('tabindex')) {
    focus.setAttribute('tabindex', '-1');
  }
  focus.focus();
});

// A file may be dropped onto an upload form's file field as well as chosen: the field takes it as if chosen.
document.addEventListener('dragover', function (event) {
  var zone = event.target.closest && event.target.closest('.dropzone');
  if (zone) {
    event.preventDefault();
    zone.classList.add('dragging');
  }
});
document.addEventListener('dragleave', function (event) {
  var zone = event.target.closest && event.target.closest('.dropzone');
  if (zone) {
    zone.classList.remove('dragging');
  }
});
document.addEventListener('drop', function (event) {
  var zone = event.target.closest && event.target.closest('.dropzone');
  if (!zone || !event.dataTransfer || event.dataTransfer.files.length === 0) {
    return;
  }
  event.preventDefault();
  zone.classList.remove('dragging');
  var input = zone.querySelector('input[type=file]');
  input.files = event.dataTransfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
});
