/*
 * The pages' small behaviours, in one file so that the Content-Security-Policy can forbid inline scripts.
 * Loaded with defer after Bootstrap on every page (layout.html); each part acts only where its elements are.
 */
(function () {
  'use strict';

  // A form or button with data-confirm asks before it is sent.
  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-confirm], input[type=submit][data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.hasAttribute('data-confirm') && !window.confirm(form.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });

  // data-print prints the page; a data-back link goes back when there is a page to go back to (else to its href).
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      event.preventDefault();
      window.print();
    }
    else if (event.target.closest('a[data-back]') && window.history.length > 1) {
      event.preventDefault();
      window.history.back();
    }
  });

  // File pickers show the name of the chosen file.
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.type !== 'file' || !input.closest('.file-picker')) { return; }
    var name = input.closest('.input-group').querySelector('.file-name');
    if (name) {
      name.textContent = input.files.length ? input.files[0].name : (document.body.dataset.noFile || '未选择文件');
      name.classList.toggle('text-muted', !input.files.length);
    }
  });

  // Modals filled from the button that opened them.
  function onShow(id, fill) {
    var modal = document.getElementById(id);
    if (modal) {
      modal.addEventListener('show.bs.modal', function (event) { fill(event.relatedTarget, modal); });
    }
    return modal;
  }

  var preview = onShow('pdf-preview', function (button) {
    var url = button.getAttribute('data-pdf-url');
    document.getElementById('pdf-preview-title').textContent = button.getAttribute('data-pdf-title');
    document.getElementById('pdf-preview-frame').src = url;
    document.getElementById('pdf-preview-open').href = url;
    document.getElementById('pdf-preview-download').href = url + '?download=true';
  });
  if (preview) {
    preview.addEventListener('hidden.bs.modal', function () {
      document.getElementById('pdf-preview-frame').src = 'about:blank';
    });
  }

  onShow('revoke-modal', function (button) {
    document.getElementById('revoke-form').setAttribute('action', button.getAttribute('data-action'));
    document.getElementById('revoke-number').textContent = button.getAttribute('data-number');
    document.getElementById('revoke-enterprise').textContent = button.getAttribute('data-enterprise');
  });

  onShow('status-modal', function (b) {
    var text = document.getElementById('status-text');
    document.getElementById('status-form').setAttribute('action', b.getAttribute('data-action'));
    ['title', 'explain', 'label', 'submit', 'number', 'enterprise'].forEach(function (part) {
      document.getElementById('status-' + part).textContent = b.getAttribute('data-' + part);
    });
    var required = b.getAttribute('data-required') === 'true';
    text.name = b.getAttribute('data-field');
    text.required = required;
    text.value = '';
    document.getElementById('status-label').classList.toggle('required-mark', required);
  });

  var cancellation = document.getElementById('cancellation-modal');
  if (cancellation) {
    cancellation.addEventListener('show.bs.modal', function (event) {
      var b = event.relatedTarget;
      if (!b) { return; } // reopened after a refused submission: keep what was typed
      document.getElementById('cancellation-form').setAttribute('action', b.getAttribute('data-action'));
      document.getElementById('cancellation-number').textContent = b.getAttribute('data-number');
      var reason = document.getElementById('cancellation-reason');
      reason.value = '';
      reason.classList.remove('is-invalid');
    });
    if (cancellation.getAttribute('data-reopen')) {
      bootstrap.Modal.getOrCreateInstance(cancellation).show();
    }
  }

  onShow('delete-modal', function (button) {
    document.getElementById('delete-form').setAttribute('action', button.getAttribute('data-action'));
    document.getElementById('delete-name').textContent = button.getAttribute('data-name');
  });

  var add = document.getElementById('add-modal');
  if (add) {
    add.addEventListener('shown.bs.modal', function () { document.getElementById('idNumber').focus(); });
    if (add.getAttribute('data-open-on-load') === 'true') {
      bootstrap.Modal.getOrCreateInstance(add).show();
    }
  }

  // The annual inspection form marks every copied field the enterprise changed.
  var inspection = document.querySelector('#inspection-form[data-track-changes="true"]');
  if (inspection) {
    var fields = inspection.querySelectorAll('.copy-field');
    var notice = document.getElementById('change-notice');
    var same = function (field) {
      var a = (field.value || '').trim(), b = (field.getAttribute('data-original') || '').trim();
      if (field.id === 'registeredCapital' && a !== '' && !isNaN(a) && !isNaN(b)) { return Number(a) === Number(b); }
      return a === b;
    };
    var refresh = function () {
      var changed = false;
      fields.forEach(function (f) {
        var differs = !same(f);
        changed = changed || differs;
        f.classList.toggle('copy-changed', differs);
        var hint = f.closest('[class*="col-"]').querySelector('.changed-hint');
        if (hint) { hint.classList.toggle('d-none', !differs); }
      });
      notice.classList.toggle('d-none', !changed);
    };
    fields.forEach(function (f) { f.addEventListener('input', refresh); f.addEventListener('change', refresh); });
    refresh();
  }
})();
