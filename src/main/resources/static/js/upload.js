// Uploads with a progress bar on every multipart form of the platform (no inline script: loaded from the layout).
// Before sending: a file is chosen where one is required, its size is at most 100 MB and its extension is one the
// field accepts; the message appears beside the field and names the item. While sending: percentage, bytes and a
// cancel button, the form's buttons disabled. The answer replaces the page, exactly as a plain form post would.
// Without JavaScript the forms post as they are. The words come from the page, in its language: the data- attributes
// of this script's own element (layout.html), {0} the item, {1} the file's name, {2} the accepted kinds.
(function () {
  'use strict';

  var MAX_BYTES = 100 * 1024 * 1024;
  var WORDS = (document.currentScript && document.currentScript.dataset) || {};

  function say(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    return (WORDS[key] || key).replace(/\{(\d)\}/g, function (all, i) { return args[i] === undefined ? all : args[i]; });
  }

  function itemName(input) {
    if (input.dataset.item) { return input.dataset.item; }
    if (input.getAttribute('aria-label')) { return input.getAttribute('aria-label'); }
    var label = input.id && document.querySelector('label[for="' + input.id + '"]');
    var text = label ? label.textContent : '';
    return text.replace(/[：:*\s]+$/, '').trim() || say('item');
  }

  function extensions(input) {
    return (input.getAttribute('accept') || '').split(',')
      .map(function (a) { return a.trim().toLowerCase(); })
      .filter(function (a) { return a.charAt(0) === '.'; });
  }

  // the message sits after the field's input group, which may be the form itself (materials table)
  function holderOf(input) {
    var form = input.closest('form');
    return form.parentElement || form;
  }

  function feedback(input) {
    var box = holderOf(input).querySelector('[data-upload-feedback="' + input.name + '"]');
    if (!box) {
      box = document.createElement('div');
      box.className = 'upload-feedback small mt-1 w-100';
      box.setAttribute('data-upload-feedback', input.name);
      box.setAttribute('role', 'alert');
      var anchor = input.closest('.input-group') || input.closest('label') || input;
      anchor.insertAdjacentElement('afterend', box);
    }
    return box;
  }

  function show(input, text) {
    var box = feedback(input);
    box.classList.remove('text-secondary');
    box.classList.add('text-danger');
    box.textContent = text;
    input.classList.add('is-invalid');
  }

  function clear(input) {
    var box = holderOf(input).querySelector('[data-upload-feedback="' + input.name + '"]');
    if (box) { box.textContent = ''; }
    input.classList.remove('is-invalid');
  }

  function check(input) {
    var file = input.files && input.files[0];
    var name = itemName(input);
    if (!file) {
      return input.required || input.hasAttribute('data-upload-required') ? say('required', name) : null;
    }
    var allowed = extensions(input);
    var lower = file.name.toLowerCase();
    if (allowed.length && !allowed.some(function (ext) { return lower.endsWith(ext); })) {
      return say('kind', name, file.name,
        allowed.map(function (e) { return e.substring(1).toUpperCase(); }).join(say('kindOr')));
    }
    if (file.size > MAX_BYTES) {
      return say('tooLarge', name, file.name);
    }
    if (file.size === 0) {
      return say('empty', name, file.name);
    }
    return null;
  }

  function megabytes(bytes) {
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function progressBox(form) {
    var box = document.createElement('div');
    box.className = 'upload-progress d-flex flex-wrap align-items-center gap-2 mt-2 w-100';
    box.innerHTML = '<div class="progress flex-grow-1" style="min-width:8rem;height:1.25rem" role="progressbar"'
      + ' aria-valuemin="0" aria-valuemax="100" aria-valuenow="0">'
      + '<div class="progress-bar" style="width:0%">0%</div></div>'
      + '<span class="upload-bytes small text-secondary"></span>'
      + '<button type="button" class="btn btn-sm btn-outline-danger upload-cancel"></button>';
    box.querySelector('.progress').setAttribute('aria-label', say('progress'));
    box.querySelector('.upload-cancel').textContent = say('cancel');
    (form.querySelector('.input-group') || form.lastElementChild || form).insertAdjacentElement('afterend', box);
    return box;
  }

  // the pressed button's name and value go with the form, as in a plain post (受理/退回, 通过/不通过 …)
  function formData(form, submitter) {
    if (submitter && submitter.name) {
      try { return new FormData(form, submitter); } catch (e) { /* older browsers: appended below */ }
      var data = new FormData(form);
      data.append(submitter.name, submitter.value);
      return data;
    }
    return new FormData(form);
  }

  // form.action is shadowed when the form holds a field named "action" (受理/退回 buttons): read the attribute
  function target(form) {
    return new URL(form.getAttribute('action') || '', document.baseURI).href;
  }

  function send(form, inputs, submitter) {
    // read the form before its buttons are disabled: a disabled submitter is left out of the form data
    var data = formData(form, submitter);
    var buttons = Array.prototype.slice.call(form.querySelectorAll('button, input[type=submit]'));
    var box = progressBox(form);
    var bar = box.querySelector('.progress-bar');
    var bytes = box.querySelector('.upload-bytes');
    var xhr = new XMLHttpRequest();
    var done = function () {
      buttons.forEach(function (b) { b.disabled = false; });
      box.remove();
    };
    buttons.forEach(function (b) { b.disabled = true; });
    box.querySelector('.upload-cancel').disabled = false;
    box.querySelector('.upload-cancel').addEventListener('click', function () { xhr.abort(); });
    xhr.upload.addEventListener('progress', function (e) {
      if (!e.lengthComputable) { return; }
      var percent = Math.floor(e.loaded * 100 / e.total);
      bar.style.width = percent + '%';
      bar.textContent = percent + '%';
      bar.parentElement.setAttribute('aria-valuenow', String(percent));
      bytes.textContent = megabytes(e.loaded) + ' / ' + megabytes(e.total);
    });
    xhr.addEventListener('load', function () {
      bar.style.width = '100%';
      bar.textContent = '100%';
      var url = xhr.responseURL || target(form);
      document.open();
      document.write(xhr.responseText);
      document.close();
      if (window.history && window.history.replaceState) { window.history.replaceState(null, '', url); }
    });
    xhr.addEventListener('abort', function () {
      done();
      show(inputs[0] || form, say('cancelled', itemName(inputs[0])));
    });
    xhr.addEventListener('error', function () {
      done();
      show(inputs[0], say('failed', itemName(inputs[0])));
    });
    xhr.open('POST', target(form));
    xhr.setRequestHeader('Accept', 'text/html');
    xhr.send(data);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var forms = document.querySelectorAll('form[enctype="multipart/form-data"]');
    Array.prototype.forEach.call(forms, function (form) {
      if (!window.FormData || !('upload' in new XMLHttpRequest())) { return; }
      var inputs = Array.prototype.slice.call(form.querySelectorAll('input[type=file]'));
      if (!inputs.length) { return; }
      // the browser's own check cannot show a message for a hidden required input: ours does
      form.noValidate = true;
      inputs.forEach(function (input) {
        input.addEventListener('change', function () {
          clear(input);
          var problem = check(input);
          if (problem) { show(input, problem); }
        });
      });
      form.addEventListener('submit', function (event) {
        if (event.defaultPrevented) { return; }
        var problems = inputs.map(function (input) { clear(input); return [input, check(input)]; })
          .filter(function (p) { return p[1]; });
        event.preventDefault();
        if (problems.length) {
          problems.forEach(function (p) { show(p[0], p[1]); });
          return;
        }
        if (typeof form.reportValidity === 'function' && !form.checkValidity()) {
          // the other fields (e.g. the registration form's) keep the browser's own messages
          form.noValidate = false;
          form.reportValidity();
          form.noValidate = true;
          return;
        }
        send(form, inputs, event.submitter);
      });
    });
  });
}());
