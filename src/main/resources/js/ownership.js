/* Empathy Evidence: asking a piece's owner to re-confirm it (panel, library, review queue). Texts come from the page. */
(function () {
    'use strict';

    function api() {
        var base = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return base + '/rest/empathy/1.0';
    }

    async function send(form) {
        var id = form.getAttribute('data-evidence-id');
        var status = form.querySelector('.empathy-request-status');
        var slot = form.querySelector('.empathy-field-error[data-field="note"]');
        var note = form.querySelector('[name=note]');
        var button = form.querySelector('button[type=submit]');
        slot.textContent = '';
        note.removeAttribute('aria-invalid');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        var result = {ok: false, status: 0, body: null};
        try {
            var response = await fetch(api() + '/ownership/evidence/' + encodeURIComponent(id) + '/requests', {
                method: 'POST', credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'Content-Type': 'application/json'},
                body: JSON.stringify({note: note.value})
            });
            result.ok = response.ok;
            result.status = response.status;
            try {
                result.body = await response.json();
            } catch (e) {
                result.body = null;
            }
        } catch (e) {
            result.status = 0;
        }
        button.disabled = false;
        button.removeAttribute('aria-busy');
        if (result.ok) {
            note.value = '';
            status.textContent = form.getAttribute('data-sent');
            return;
        }
        var errors = result.body && result.body.fieldErrors ? result.body.fieldErrors : [];
        var noteError = errors.filter(function (fe) { return fe.field === 'note'; })[0];
        if (noteError) {
            slot.textContent = noteError.message;
            note.setAttribute('aria-invalid', 'true');
            note.setAttribute('aria-describedby', slot.id || '');
            note.focus();
            status.textContent = '';
        } else {
            status.textContent = result.status === 0 ? form.getAttribute('data-offline')
                : (result.body && result.body.message ? result.body.message : String(result.status));
        }
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form && form.classList && form.classList.contains('empathy-request-form')) {
            event.preventDefault();
            send(form);
        }
    });
})();
