/* Empathy Evidence: the review queue's bulk actions (re-confirm, retire, hand over), each one request and one transaction. */
(function () {
    'use strict';

    function api() {
        var base = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return base + '/rest/empathy/1.0';
    }

    function noteMode(form) {
        var each = form.querySelector('[name=noteMode][value=EACH]');
        return each && each.checked ? 'EACH' : 'ONE';
    }

    /** Shows the fields of the chosen action; for a re-confirmation, one note for all or a note beside each piece. */
    function showFields(form) {
        var action = form.querySelector('[name=action]').value;
        var mode = noteMode(form);
        form.querySelectorAll('[data-for]').forEach(function (group) {
            var forMode = group.getAttribute('data-note-mode');
            group.hidden = group.getAttribute('data-for').split(' ').indexOf(action) < 0 || (forMode !== null && forMode !== mode);
        });
        document.querySelectorAll('.empathy-piece-note').forEach(function (group) {
            group.hidden = action !== 'RECONFIRM' || mode !== 'EACH';
        });
    }

    function selected() {
        var ids = [];
        document.querySelectorAll('.empathy-review-select:checked').forEach(function (box) { ids.push(Number(box.value)); });
        return ids;
    }

    async function post(path, body) {
        try {
            var response = await fetch(api() + path, {method: 'POST', credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'Content-Type': 'application/json'}, body: JSON.stringify(body)});
            var data = null;
            try {
                data = await response.json();
            } catch (e) {
                data = null;
            }
            return {ok: response.ok, status: response.status, body: data};
        } catch (e) {
            return {ok: false, status: 0, body: null};
        }
    }

    function showErrors(form, result) {
        var section = document.getElementById('empathy-review');
        var box = document.getElementById('empathy-review-message');
        form.querySelectorAll('.empathy-field-error').forEach(function (e) { e.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
        if (!result) {
            box.hidden = true;
            return;
        }
        var errors = result.body && result.body.fieldErrors ? result.body.fieldErrors : [];
        var first = null;
        errors.forEach(function (fe) {
            var slot = form.querySelector('.empathy-field-error[data-field="' + fe.field + '"]');
            if (slot) {
                slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + fe.message;
                var input = form.querySelector('[name="' + fe.field + '"]');
                if (input) {
                    input.setAttribute('aria-invalid', 'true');
                    first = first || input;
                }
            }
        });
        box.textContent = result.status === 0 ? section.getAttribute('data-offline')
            : section.getAttribute('data-failed').split('{0}').join(result.body && result.body.message ? result.body.message : String(result.status));
        box.hidden = false;
        (first || box).focus();
    }

    async function refresh(message) {
        var response = await fetch(window.location.href, {credentials: 'same-origin'});
        var html = await response.text();
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var fresh = doc.getElementById('empathy-review-results');
        var current = document.getElementById('empathy-review-results');
        if (fresh && current) {
            current.replaceWith(fresh);
            document.getElementById('empathy-trust').replaceWith(doc.getElementById('empathy-trust'));
        }
        wire();
        var done = document.getElementById('empathy-review-done');
        if (done) {
            done.textContent = message;
            done.hidden = false;
            done.focus();
        } else {
            var summary = document.getElementById('empathy-review-summary');
            summary.textContent = message + ' ' + summary.textContent;
            summary.setAttribute('tabindex', '-1');
            summary.focus();
        }
    }

    async function run(form) {
        var action = form.querySelector('[name=action]').value;
        var ids = selected();
        var result;
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        if (action === 'HANDOVER') {
            result = await post('/ownership/hand-over', {evidenceIds: ids, owner: form.querySelector('[name=owner]').value});
        } else if (action === 'RETIRE') {
            result = await post('/library/bulk', {action: 'RETIRE', evidenceIds: ids, reason: form.querySelector('[name=reason]').value});
        } else if (noteMode(form) === 'EACH') {
            var notes = ids.map(function (id) {
                var input = document.querySelector('[data-piece-note="' + id + '"]');
                return {evidenceId: id, note: input ? input.value : ''};
            });
            result = await post('/library/bulk', {action: 'RECONFIRM', evidenceIds: ids, notes: notes});
        } else {
            result = await post('/library/bulk', {action: 'RECONFIRM', evidenceIds: ids, note: form.querySelector('[name=note]').value});
        }
        button.disabled = false;
        button.removeAttribute('aria-busy');
        if (!result.ok) {
            showErrors(form, result);
            return;
        }
        showErrors(form, null);
        await refresh(result.body.message);
    }

    function wire() {
        var form = document.getElementById('empathy-review-bulk');
        if (form && !form.hasAttribute('data-wired')) {
            form.setAttribute('data-wired', 'true');
            showFields(form);
            form.querySelector('[name=action]').addEventListener('change', function () { showFields(form); });
            form.querySelectorAll('[name=noteMode]').forEach(function (radio) {
                radio.addEventListener('change', function () { showFields(form); });
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                run(form);
            });
        }
        var all = document.getElementById('empathy-review-select-all');
        if (all && !all.hasAttribute('data-wired')) {
            all.setAttribute('data-wired', 'true');
            all.addEventListener('change', function () {
                document.querySelectorAll('.empathy-review-select').forEach(function (box) { box.checked = all.checked; });
            });
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', wire);
    } else {
        wire();
    }
})();
