// The roster import form: dropping a file on the drop zone chooses it, the chosen file's name
// shows in the zone, and the buttons are disabled once the form is sent (a large upload takes
// a while and should not be sent twice).
(function () {
  var zone = document.getElementById('drop-zone');
  var input = document.getElementById('file');
  var name = document.getElementById('file-name');
  var form = document.getElementById('import-form');
  if (!zone || !input || !form) {
    return;
  }
  function show() {
    name.textContent = input.files && input.files.length ? input.files[0].name : '';
    zone.classList.toggle('al-drop-chosen', !!(input.files && input.files.length));
  }
  input.addEventListener('change', show);
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (event) {
      event.preventDefault();
      zone.classList.add('al-drop-over');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function () {
      zone.classList.remove('al-drop-over');
    });
  });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    if (event.dataTransfer && event.dataTransfer.files.length) {
      input.files = event.dataTransfer.files;
      show();
    }
  });
  // the template's drop-downs follow the chosen term
  var term = document.getElementById('term');
  var template = document.getElementById('download-template');
  if (term && template) {
    term.addEventListener('change', function () {
      template.setAttribute('href', template.getAttribute('href').replace(/term=[^&]*/, 'term=' + encodeURIComponent(term.value)));
    });
  }
  form.addEventListener('submit', function (event) {
    var mode = event.submitter ? event.submitter.value : 'validate';
    var hidden = document.createElement('input');
    hidden.type = 'hidden';
    hidden.name = 'mode';
    hidden.value = mode;
    form.appendChild(hidden);
    form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
  });
})();
