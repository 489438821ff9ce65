// The scenarios page: show only the targets a scenario kind accepts, and the percentage only for a price rise.
// Without JavaScript every target is listed and the server names a wrong combination.
(function () {
  var kind = document.getElementById('kind');
  var target = document.getElementById('target');
  var percent = document.getElementById('percent-field');
  if (!kind || !target) { return; }

  function update() {
    var chosen = kind.value;
    var selectedStillAllowed = false;
    Array.prototype.forEach.call(target.querySelectorAll('optgroup'), function (group) {
      var allowed = (group.getAttribute('data-kinds') || '').split(' ').indexOf(chosen) >= 0;
      group.hidden = !allowed;
      group.disabled = !allowed;
      if (allowed && target.selectedOptions.length && target.selectedOptions[0].parentNode === group) { selectedStillAllowed = true; }
    });
    if (!selectedStillAllowed) {
      var first = target.querySelector('optgroup:not([disabled]) option');
      if (first) { first.selected = true; }
    }
    if (percent) { percent.hidden = chosen !== 'price-rise'; }
  }

  kind.addEventListener('change', update);
  update();
})();
