// Passkeys (WebAuthn) for staff: using one as the second sign-in step, and adding one. The server side is
// Spring Security's (see SecurityConfiguration); this only carries its JSON to the browser's passkey calls
// and back. Its buttons stay hidden where the browser has no passkeys: the code from the app still works.
(function () {
  'use strict';

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var text = window.atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function post(element, url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    headers[element.dataset.csrfHeader] = element.dataset.csrfToken;
    return fetch(url, {
      method: 'POST',
      headers: headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function withIds(list) {
    return (list || []).map(function (credential) {
      return Object.assign({}, credential, { id: toBytes(credential.id) });
    });
  }

  function showProblem(id) {
    document.querySelectorAll('[data-passkey-problem]').forEach(function (other) {
      other.hidden = true;
    });
    var problem = document.getElementById(id);
    if (problem) {
      problem.hidden = false;
      problem.focus();
    }
  }

  function signIn(button) {
    post(button, button.dataset.optionsUrl).then(function (options) {
      var publicKey = Object.assign({}, options, {
        challenge: toBytes(options.challenge),
        allowCredentials: withIds(options.allowCredentials)
      });
      return navigator.credentials.get({ publicKey: publicKey });
    }).then(function (credential) {
      var response = credential.response;
      return post(button, button.dataset.signInUrl, {
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        response: {
          authenticatorData: toBase64url(response.authenticatorData),
          clientDataJSON: toBase64url(response.clientDataJSON),
          signature: toBase64url(response.signature),
          userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (answer) {
      if (!answer || !answer.authenticated) {
        throw new Error('not signed in');
      }
      window.location.href = answer.redirectUrl;
    }).catch(function () {
      showProblem(button.dataset.problem);
    });
  }

  function register(form) {
    var label = form.querySelector('input[name=label]').value.trim();
    if (!label) {
      showProblem(form.dataset.problemEmpty);
      return;
    }
    post(form, form.dataset.optionsUrl).then(function (options) {
      var publicKey = Object.assign({}, options, {
        challenge: toBytes(options.challenge),
        user: Object.assign({}, options.user, { id: toBytes(options.user.id) }),
        excludeCredentials: withIds(options.excludeCredentials)
      });
      return navigator.credentials.create({ publicKey: publicKey });
    }).then(function (credential) {
      var response = credential.response;
      return post(form, form.dataset.registerUrl, {
        publicKey: {
          credential: {
            id: credential.id,
            rawId: toBase64url(credential.rawId),
            response: {
              attestationObject: toBase64url(response.attestationObject),
              clientDataJSON: toBase64url(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          },
          label: label
        }
      });
    }).then(function (answer) {
      if (!answer || !answer.success) {
        throw new Error('not added');
      }
      window.location.href = form.dataset.doneUrl;
    }).catch(function () {
      showProblem(form.dataset.problem);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.PublicKeyCredential || !window.fetch) {
      return;
    }
    document.querySelectorAll('[data-passkey-sign-in]').forEach(function (button) {
      var hidden = button.closest('[hidden]');
      if (hidden) {
        hidden.hidden = false;
      }
      button.addEventListener('click', function () {
        signIn(button);
      });
    });
    document.querySelectorAll('form[data-passkey-add]').forEach(function (form) {
      form.hidden = false;
      var fallback = document.getElementById(form.dataset.fallback);
      if (fallback) {
        fallback.hidden = true;
      }
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        register(form);
      });
    });
  });
}());
