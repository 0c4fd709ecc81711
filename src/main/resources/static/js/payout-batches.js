// On the payout batch list, choosing a division in the region tree filters the list to it.
document.addEventListener('click', function (event) {
  var node = event.target.closest('#region-tree a[data-region-code]');
  var form = document.getElementById('search-form');
  if (!node || !form || node.dataset.regionLevel === 'VILLAGE') {
    return;
  }
  event.preventDefault();
  form.querySelector('input[name="region"]').value = node.dataset.regionCode;
  form.submit();
});
