// Worklist page: the header box ticks or clears every open item.
(function () {
  const all = document.getElementById('check-all');
  if (all) {
    all.addEventListener('change', () => document.querySelectorAll('.item-check:not(:disabled)')
      .forEach(c => { c.checked = all.checked; }));
  }
})();
