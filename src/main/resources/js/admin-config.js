/* Empathy Evidence: the app configuration page. Every text comes from the page (data-texts, i18n bundle). */
(function () {
    'use strict';

    var texts = {};

    function api() {
        var base = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return base + '/rest/empathy/1.0';
    }

    /** The bundle's plural forms ({n,choice,...}): one copy for every page script, js/empathy-texts.js. */
    var choices = window.EmpathyEvidenceTexts.choices;

    function t(key) {
        var text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
        text = choices(text, Array.prototype.slice.call(arguments, 1));
        for (var i = 1; i < arguments.length; i++) {
            text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
        }
        return text;
    }

    async function call(method, path, body) {
        var init = {method: method, credentials: 'same-origin',
            headers: {'Accept': 'application/json', 'Content-Type': 'application/json'}, body: JSON.stringify(body || {})};
        try {
            var response = await fetch(api() + path, init);
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

    /** Puts the answer's field errors under their fields; what cannot be placed goes to the form's first line. */
    function showErrors(form, result) {
        form.querySelectorAll('.empathy-field-error').forEach(function (e) { e.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
        if (!result || result.ok) {
            return;
        }
        var general = form.querySelector('.empathy-field-error[data-field=""]');
        var errors = result.body && result.body.fieldErrors ? result.body.fieldErrors : [];
        var lines = [];
        var first = null;
        errors.forEach(function (fe) {
            var name = String(fe.field).replace(/^shelfLifeDays\./, '').replace(/^overrides\./, '');
            var slot = form.querySelector('.empathy-field-error[data-field="' + name + '"]');
            if (slot && name) {
                slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + fe.message;
                var input = slot.parentNode.querySelector('input, select, textarea');
                if (input) {
                    input.setAttribute('aria-invalid', 'true');
                    first = first || input;
                }
            } else {
                lines.push(fe.message);
            }
        });
        var head;
        if (result.status === 0) {
            head = t('offline');
        } else if (result.status === 409) {
            head = t('conflict');
        } else if (errors.length) {
            head = t('fixFields');
        } else {
            head = t('failed', result.body && result.body.message ? result.body.message : String(result.status));
        }
        if (general) {
            general.textContent = head + (lines.length ? ' ' + lines.join(' ') : '');
        }
        if (first) {
            first.focus();
        }
    }

    // ------------------------------------------------------------------ freshness policy

    function policyBody(form) {
        var days = {};
        form.querySelectorAll('input[data-kind]').forEach(function (input) {
            var v = input.value.trim();
            days[input.getAttribute('data-kind')] = v === '' ? null : Number(v);
        });
        var aging = form.querySelector('input[name=agingFromPercent]');
        var body = {shelfLifeDays: days};
        if (aging) {
            var a = aging.value.trim();
            // empty: back to what the scope inherits; a number other than the one in force: this scope's own
            body.agingFromPercent = a === '' ? null : Number(a);
        }
        return body;
    }

    function policyPath(form) {
        var project = form.getAttribute('data-project');
        return project ? '/policy/projects/' + encodeURIComponent(project) : '/policy';
    }

    async function effect(form, status) {
        status.textContent = t('working');
        var result = await call('POST', policyPath(form) + '/effect', policyBody(form));
        showErrors(form, result);
        if (!result.ok) {
            status.textContent = '';
            return null;
        }
        var b = result.body;
        status.textContent = b.turnStale === 0 && b.turnFresh === 0 && !b.turnAging && !b.backToFresh ? t('effectNone') : b.message;
        return result.body;
    }

    function initPolicy() {
        var form = document.getElementById('empathy-policy-form');
        if (!form) {
            return;
        }
        var status = document.getElementById('empathy-policy-status');
        document.getElementById('empathy-policy-effect').addEventListener('click', function () {
            effect(form, status);
        });
        document.getElementById('empathy-policy-save').addEventListener('click', async function () {
            var before = await effect(form, status);
            if (!before) {
                return;
            }
            var result = await call('PUT', policyPath(form), policyBody(form));
            showErrors(form, result);
            if (result.ok) {
                status.textContent = t('saved', before.message);
            } else {
                status.textContent = '';
            }
        });
    }

    // ------------------------------------------------------------------ participants

    /** Fetches this page again and puts its participants and erasures in place. */
    async function refresh() {
        try {
            var response = await fetch(window.location.href, {credentials: 'same-origin'});
            var doc = new DOMParser().parseFromString(await response.text(), 'text/html');
            ['empathy-participants-table', 'empathy-erasures'].forEach(function (id) {
                var fresh = doc.getElementById(id);
                var current = document.getElementById(id);
                if (fresh && current) {
                    current.replaceWith(document.importNode(fresh, true));
                }
            });
        } catch (e) {
            // the page stays as it was; the status line says what was done
        }
    }

    function toggle(button, form, open) {
        form.hidden = !open;
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
        if (open) {
            var input = form.querySelector('input:not([type=hidden])');
            if (input) {
                input.focus();
            }
        } else {
            button.focus();
        }
    }

    function initParticipants() {
        var section = document.getElementById('empathy-participants');
        if (!section) {
            return;
        }
        var status = document.getElementById('empathy-participants-status');
        section.addEventListener('click', function (event) {
            var button = event.target.closest('button');
            if (!button) {
                return;
            }
            if (button.classList.contains('empathy-participant-edit') || button.classList.contains('empathy-participant-erase')) {
                var form = document.getElementById(button.getAttribute('aria-controls'));
                toggle(button, form, form.hidden);
            } else if (button.classList.contains('empathy-cancel')) {
                var owner = button.closest('form');
                var opener = section.querySelector('[aria-controls="' + owner.id + '"]');
                toggle(opener, owner, false);
            }
        });
        section.addEventListener('submit', async function (event) {
            var form = event.target;
            var row = form.closest('tr.empathy-participant');
            if (!row) {
                return;
            }
            event.preventDefault();
            var alias = row.getAttribute('data-alias');
            var result;
            status.textContent = t('working');
            if (form.classList.contains('empathy-participant-form')) {
                result = await call('PUT', '/participants/' + encodeURIComponent(alias), {
                    segment: form.querySelector('[name=segment]').value,
                    role: form.querySelector('[name=role]').value,
                    consent: form.querySelector('[name=consent]').checked,
                    version: Number(row.getAttribute('data-version'))
                });
                showErrors(form, result);
                if (result.ok) {
                    row.setAttribute('data-version', String(result.body.version));
                    row.querySelector('.empathy-participant-segment').textContent = result.body.segment || '';
                    row.querySelector('.empathy-participant-role').textContent = result.body.role || '';
                    status.textContent = t('participantSaved', alias);
                    await refresh();
                    var again = document.getElementById(row.id);
                    var edit = again && again.querySelector('.empathy-participant-edit');
                    if (edit) {
                        edit.focus();
                    }
                } else {
                    status.textContent = '';
                }
            } else if (form.classList.contains('empathy-erase-form')) {
                result = await call('POST', '/participants/' + encodeURIComponent(alias) + '/erase', {
                    confirmAlias: form.querySelector('[name=confirmAlias]').value
                });
                showErrors(form, result);
                if (result.ok) {
                    status.textContent = t('erased', alias, result.body.redactedQuotes);
                    await refresh();
                    status.focus();
                } else {
                    status.textContent = '';
                }
            }
        });
    }

    // ------------------------------------------------------------------ the full archive

    function initArchive() {
        var form = document.getElementById('empathy-archive-form');
        if (!form) {
            return;
        }
        var input = document.getElementById('empathy-archive-file');
        var result = document.getElementById('empathy-archive-result');
        var fileError = form.querySelector('.empathy-field-error[data-field=file]');
        var button = document.getElementById('empathy-archive-restore');

        function show(message, details) {
            result.textContent = '';
            var p = document.createElement('p');
            p.textContent = message;
            result.appendChild(p);
            if (details && details.length) {
                var ul = document.createElement('ul');
                details.forEach(function (d) {
                    var li = document.createElement('li');
                    li.textContent = d;
                    ul.appendChild(li);
                });
                result.appendChild(ul);
            }
            result.focus();
        }

        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            fileError.textContent = '';
            input.removeAttribute('aria-invalid');
            var file = input.files && input.files[0];
            if (!file) {
                fileError.textContent = t('archiveNoFile');
                input.setAttribute('aria-invalid', 'true');
                input.focus();
                return;
            }
            button.disabled = true;
            result.textContent = t('archiveRestoring');
            var answer;
            try {
                var response = await fetch(api() + '/archive', {
                    method: 'POST', credentials: 'same-origin', body: file,
                    headers: {'Accept': 'application/json', 'Content-Type': 'application/zip', 'X-Atlassian-Token': 'no-check'}
                });
                var data = null;
                try {
                    data = await response.json();
                } catch (e) {
                    data = null;
                }
                answer = {ok: response.ok, status: response.status, body: data};
            } catch (e) {
                answer = {ok: false, status: 0, body: null};
            }
            button.disabled = false;
            if (answer.status === 0) {
                show(t('offline'));
            } else if (answer.body && answer.body.message) {
                show(answer.body.message, (answer.body.fieldErrors || []).map(function (fe) { return fe.message; }));
            } else {
                show(t('failed', String(answer.status)));
            }
        });
    }

    function init() {
        var page = document.getElementById('empathy-admin');
        if (!page) {
            return;
        }
        try {
            texts = JSON.parse(page.getAttribute('data-texts') || '{}');
        } catch (e) {
            texts = {};
        }
        initPolicy();
        initParticipants();
        initArchive();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
