// On the region admin page, choosing a county in the tree fills in its code for loading villages.
document.addEventListener('click', function (event) {
  var node = event.target.closest('[data-region-code]');
  var input = document.getElementById('countyCode');
  if (node && input && node.dataset.regionLevel === 'COUNTY') {
    input.value = node.dataset.regionCode;
  }
});
