// Sends the CSRF token with every htmx request, so partial updates pass Spring Security.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// A form with data-confirm (审核通过, 驳回, 确认下载, 创建发放轮次…) asks first in a dialog that states
// what it decides (count and amount): 确定 submits it, 取消 leaves everything as it was.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (!form.dataset || !form.dataset.confirm || form.dataset.confirmed === 'yes') {
    return;
  }
  event.preventDefault();
  var dialog = document.getElementById('confirm-dialog');
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.id = 'confirm-dialog';
    dialog.className = 'al-dialog';
    dialog.innerHTML = '<h2 class="h6" id="confirm-title">请确认</h2><p id="confirm-message" class="mb-3"></p>'
      + '<div class="d-flex gap-2 justify-content-end">'
      + '<button type="button" class="btn btn-outline-secondary btn-sm" id="confirm-cancel">取消</button>'
      + '<button type="button" class="btn btn-primary btn-sm" id="confirm-ok">确定</button></div>';
    document.body.appendChild(dialog);
    dialog.querySelector('#confirm-cancel').addEventListener('click', function () {
      dialog.close();
    });
  }
  dialog.querySelector('#confirm-title').textContent = form.dataset.confirmTitle || '请确认';
  dialog.querySelector('#confirm-message').textContent = form.dataset.confirm;
  var ok = dialog.querySelector('#confirm-ok');
  var fresh = ok.cloneNode(true);
  ok.replaceWith(fresh);
  fresh.addEventListener('click', function () {
    dialog.close();
    form.dataset.confirmed = 'yes';
    if (form.dataset.nextStep) {
      var next = document.getElementById(form.dataset.nextStep);
      if (next) {
        next.hidden = false;
      }
    }
    form.submit();
    if (form.dataset.nextStep) {
      form.dataset.confirmed = '';
    }
  });
  dialog.showModal();
});
