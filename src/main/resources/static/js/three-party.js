// In a three-party review queue, the header's box selects or clears every application listed.
document.addEventListener('change', function (event) {
  if (event.target.id !== 'select-all') {
    return;
  }
  document.querySelectorAll('#queue input[name="ids"]').forEach(function (box) {
    box.checked = event.target.checked;
  });
});
