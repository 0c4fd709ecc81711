// On the student list, choosing a division in the region tree filters the list to it; the tree
// stays as it is (its own htmx requests open the division's children).
document.addEventListener('click', function (event) {
  var node = event.target.closest('#region-tree a[data-region-code]');
  var form = document.getElementById('search-form');
  if (!node || !form) {
    return;
  }
  event.preventDefault();
  form.querySelector('input[name="region"]').value = node.dataset.regionCode;
  var url = form.getAttribute('action') + '?' + new URLSearchParams(new FormData(form)).toString();
  htmx.ajax('GET', url, {target: '#student-results', select: '#student-results', swap: 'outerHTML'});
  history.pushState({}, '', url);
  document.querySelectorAll('#region-tree a.fw-bold').forEach(function (a) { a.classList.remove('fw-bold'); });
  node.classList.add('fw-bold');
});
