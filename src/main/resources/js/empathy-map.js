/*
 * Empathy Evidence: writing from the empathy map on a Confluence page (plain ES2017, no build step).
 *
 * Only maps the macro rendered with data-editor (Jira says the viewer may change the map; live pages only, never an
 * export) get these actions: add a map item to a section, attach evidence to an item, re-confirm a backing quote.
 * Each goes to Confluence's /rest/empathy-map/1.0, which forwards it to Jira as the viewing user and returns Jira's
 * answer unchanged. After each write the macro's HTML is fetched again (GET /map: the macro's own code) and swapped
 * in. Every text comes from the i18n bundle via the map's data-texts attribute; data only ever goes in as text.
 */
(function () {
    'use strict';

    var MAP = '.empathy-map[data-editor="true"]';
    var STATEMENT_MAX = 300;
    var searchTimer = null;
    var searchSeq = 0;
    var dialogState = null;
    var formSeq = 0;

    function api() {
        var base = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return base + '/rest/empathy-map/1.0';
    }

    function textsOf(map) {
        if (!map._empathyTexts) {
            try {
                map._empathyTexts = JSON.parse(map.dataset.texts || '{}');
            } catch (e) {
                map._empathyTexts = {};
            }
        }
        return map._empathyTexts;
    }

    /** Numbers as the server's messages show them (MessageFormat: 5,000), in the page's language. */
    function shown(value) {
        return typeof value === 'number' ? value.toLocaleString(document.documentElement.lang || undefined) : String(value);
    }

    /** The bundle's plural forms ({n,choice,...}): one copy for every page script, js/empathy-texts.js. */
    var choices = window.EmpathyEvidenceTexts.choices;

    function t(map, key) {
        var texts = textsOf(map);
        var text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
        text = choices(text, Array.prototype.slice.call(arguments, 2));
        for (var i = 2; i < arguments.length; i++) {
            text = text.split('{' + (i - 2) + '}').join(shown(arguments[i]));
        }
        return text;
    }

    /** The macro's parameters, so writes can drop the viewer's cached map and the map can be fetched again. */
    function scope(map) {
        var params = new URLSearchParams({persona: map.dataset.persona});
        if (map.dataset.projects) {
            params.set('projects', map.dataset.projects);
        }
        return params;
    }

    /** A JSON request; resolves to {ok, status, body}. Never rejects on HTTP errors; network failures become status 0. */
    async function call(method, path, body) {
        var init = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (method !== 'GET') {
            init.headers['Content-Type'] = 'application/json';
            init.body = JSON.stringify(body === undefined ? {} : body);
        }
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

    function failureText(map, result) {
        if (result.status === 0) {
            return t(map, 'offline');
        }
        return t(map, 'failed', result.body && result.body.message ? result.body.message : String(result.status));
    }

    function el(tag, className, text) {
        var e = document.createElement(tag);
        if (className) {
            e.className = className;
        }
        if (text !== undefined) {
            e.textContent = text;
        }
        return e;
    }

    // ------------------------------------------------------------------ status line (outside the re-rendered map)

    function statusRegion(map) {
        var region = map.previousElementSibling;
        if (!region || !region.classList.contains('empathy-map-status')) {
            region = el('div', 'empathy-map-status');
            region.setAttribute('role', 'status');
            region.setAttribute('aria-live', 'polite');
            map.parentNode.insertBefore(region, map);
        }
        return region;
    }

    function announce(map, message, error) {
        var region = statusRegion(map);
        region.textContent = message;
        region.classList.toggle('empathy-map-status-error', !!error);
    }

    // ------------------------------------------------------------------ re-render

    /** Fetches the map again and swaps it in; resolves to the new map element, or null (with the failure announced). */
    async function refresh(map, focusSelector) {
        var params = scope(map);
        ['layout', 'quotesPerItem', 'showCoverage', 'validationProject', 'validationIssueType'].forEach(function (name) {
            var value = map.dataset[name];
            if (value) {
                params.set(name, value);
            }
        });
        var result = await call('GET', '/map?' + params.toString());
        if (!result.ok || !result.body || typeof result.body.html !== 'string') {
            announce(map, failureText(map, result), true);
            return null;
        }
        var template = document.createElement('template');
        template.innerHTML = result.body.html; // rendered by the macro's template on the server: every value escaped there
        var fresh = template.content.querySelector('.empathy-map');
        if (!fresh) {
            return null;
        }
        map.replaceWith(fresh);
        var target = focusSelector ? fresh.querySelector(focusSelector) : null;
        if (target) {
            target.focus();
        }
        return fresh;
    }

    function codePoints(s) {
        return Array.from(s).length;
    }

    function setError(input, box, message) {
        box.textContent = message || '';
        if (message) {
            input.setAttribute('aria-invalid', 'true');
        } else {
            input.removeAttribute('aria-invalid');
        }
    }

    // ------------------------------------------------------------------ add a map item

    /** A required text field's message: empty, or over {@code max} characters (as the server counts them); '' when fine. */
    function lengthProblem(map, value, max) {
        var v = value.trim();
        return !v ? t(map, 'required') : codePoints(v) > max ? t(map, 'tooLong', max, codePoints(v)) : '';
    }

    function statementProblem(map, value) {
        return lengthProblem(map, value, STATEMENT_MAX);
    }

    /**
     * A form of one required text field under {@code button}, shared by "add an item" and "create a validation task":
     * a legend, the field (checked as it is typed by {@code spec.problem}, its message at the field), an optional
     * description under it, a message line above Submit and Cancel. Cancel or Escape closes the form and gives the focus
     * back to the button. Submit checks the field again, then sends the trimmed value ({@code spec.send}); a refusal puts
     * the field's own message at the field and the rest above the buttons ({@code spec.failure} words the refusal;
     * {@link failureText} unless given), and what was typed stays. A success goes to {@code spec.done}.
     */
    function openTextFieldForm(map, button, spec) {
        var n = ++formSeq;
        var form = el('form', 'aui empathy-map-form ' + spec.formClass);
        form.noValidate = true;
        var fieldset = el('fieldset');
        fieldset.appendChild(el('legend', null, spec.legend));
        var label = el('label', null, spec.label);
        label.setAttribute('for', spec.idPrefix + '-' + n);
        var input = el('input', 'text ' + spec.inputClass);
        input.type = 'text';
        input.id = spec.idPrefix + '-' + n;
        input.name = spec.name;
        input.autocomplete = 'off';
        input.value = spec.value || '';
        var error = el('div', 'error empathy-map-field-error');
        error.id = spec.idPrefix + '-error-' + n;
        error.setAttribute('aria-live', 'polite');
        var describedBy = [error.id];
        fieldset.append(label, input, error);
        if (spec.description) {
            var description = el('div', 'description', spec.description.text);
            description.id = spec.description.idPrefix + '-' + n;
            describedBy.push(description.id);
            fieldset.appendChild(description);
        }
        input.setAttribute('aria-describedby', describedBy.join(' '));
        var message = el('div', 'empathy-map-form-message' + (spec.messageClass ? ' ' + spec.messageClass : ''));
        message.setAttribute('role', 'alert');
        var buttons = el('div', 'buttons-container');
        var submit = el('button', 'aui-button aui-button-primary ' + spec.submitClass, spec.submitText);
        submit.type = 'submit';
        var cancel = el('button', 'aui-button aui-button-link empathy-map-cancel', t(map, 'cancel'));
        cancel.type = 'button';
        buttons.append(submit, cancel);
        form.append(fieldset, message, buttons);
        button.parentNode.appendChild(form);
        button.setAttribute('aria-expanded', 'true');
        input.focus();

        input.addEventListener('input', function () {
            setError(input, error, spec.problem(input.value));
        });
        cancel.addEventListener('click', function () {
            closeFieldForm(form, button);
        });
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                closeFieldForm(form, button);
            }
        });
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            var problem = spec.problem(input.value);
            setError(input, error, problem);
            message.textContent = '';
            if (problem) {
                input.focus();
                return;
            }
            submit.disabled = true;
            submit.setAttribute('aria-busy', 'true');
            var result = await spec.send(input.value.trim());
            submit.disabled = false;
            submit.removeAttribute('aria-busy');
            if (!result.ok) {
                // the field's own message at the field, the rest above the buttons; what was typed stays
                var others = [];
                (result.body && result.body.fieldErrors || []).forEach(function (e) {
                    if (e.field === spec.name) {
                        setError(input, error, e.message);
                    } else {
                        others.push(e.message);
                    }
                });
                message.textContent = [(spec.failure || failureText)(map, result)].concat(others).join(' ');
                if (input.getAttribute('aria-invalid') === 'true') {
                    input.focus();
                }
                return;
            }
            await spec.done(result);
        });
    }

    function closeFieldForm(form, button) {
        form.remove();
        button.setAttribute('aria-expanded', 'false');
        button.focus();
    }

    function openAddForm(map, button) {
        var existing = button.parentNode.querySelector('.empathy-map-add-form');
        if (existing) {
            closeFieldForm(existing, button);
            return;
        }
        var section = button.dataset.section.toUpperCase();
        openTextFieldForm(map, button, {
            formClass: 'empathy-map-add-form',
            legend: t(map, 'addLegend', button.dataset.sectionLabel),
            label: t(map, 'statement'),
            idPrefix: 'empathy-map-statement',
            inputClass: 'empathy-map-statement',
            name: 'statement',
            submitClass: 'empathy-map-add-submit',
            submitText: t(map, 'addSubmit'),
            problem: function (value) {
                return statementProblem(map, value);
            },
            send: function (statement) {
                return call('POST', '/personas/' + encodeURIComponent(map.dataset.persona) + '/items?'
                    + scope(map).toString(), {section: section, statement: statement});
            },
            done: async function () {
                var label = button.dataset.sectionLabel;
                var fresh = await refresh(map, '.empathy-map-add-open[data-section="' + button.dataset.section + '"]');
                if (fresh) {
                    announce(fresh, t(fresh, 'added', label));
                }
            }
        });
    }

    // ------------------------------------------------------------------ attach evidence (a dialog, keyboard first)

    function backingIds(item) {
        var ids = {};
        item.querySelectorAll('.empathy-map-reconfirm').forEach(function (b) {
            ids[b.dataset.evidenceId] = true;
        });
        return ids;
    }

    function openAttach(map, button) {
        closeAttach(false);
        var n = ++formSeq;
        var backdrop = el('div', 'empathy-dialog-backdrop empathy-map-dialog-backdrop');
        var dialog = el('div', 'aui-dialog2 empathy-dialog empathy-map-dialog');
        dialog.setAttribute('role', 'dialog');
        dialog.setAttribute('aria-modal', 'true');
        // a div, not <header>: at the top of the body a header is a second page banner (and a footer a second contentinfo)
        var header = el('div', 'aui-dialog2-header');
        // its heading sits one level below the map's own (the persona's name), as the map's sections do
        var mapHeading = map.querySelector('.empathy-map-persona');
        var level = mapHeading && /^H[1-5]$/.test(mapHeading.tagName) ? Number(mapHeading.tagName.charAt(1)) + 1 : 2;
        var title = el('h' + level, 'aui-dialog2-header-main', t(map, 'attachLegend', button.dataset.statement));
        title.id = 'empathy-map-dialog-title-' + n;
        dialog.setAttribute('aria-labelledby', title.id);
        var close = el('button', 'aui-button aui-button-subtle empathy-dialog-close', '\u00d7');
        close.type = 'button';
        close.setAttribute('aria-label', t(map, 'close'));
        header.append(title, close);
        var form = el('form', 'aui aui-dialog2-content empathy-map-form empathy-map-attach-form');
        form.noValidate = true;
        var label = el('label', null, t(map, 'search'));
        label.setAttribute('for', 'empathy-map-q-' + n);
        var q = el('input', 'text empathy-map-q');
        q.type = 'search';
        q.id = 'empathy-map-q-' + n;
        q.autocomplete = 'off';
        q.setAttribute('role', 'combobox');
        q.setAttribute('aria-autocomplete', 'list');
        q.setAttribute('aria-expanded', 'true');
        var results = el('ul', 'empathy-results empathy-map-results');
        results.id = 'empathy-map-results-' + n;
        results.setAttribute('role', 'listbox');
        results.setAttribute('aria-label', t(map, 'search'));
        q.setAttribute('aria-controls', results.id);
        var status = el('p', 'empathy-results-status');
        status.setAttribute('role', 'status');
        status.setAttribute('aria-live', 'polite');
        var message = el('div', 'aui-message aui-message-error empathy-dialog-message');
        message.hidden = true;
        message.setAttribute('role', 'alert');
        var footer = el('div', 'aui-dialog2-footer buttons-container');
        var submit = el('button', 'aui-button aui-button-primary empathy-map-attach-submit', t(map, 'attachSubmit'));
        submit.type = 'submit';
        var cancel = el('button', 'aui-button aui-button-link empathy-dialog-close', t(map, 'cancel'));
        cancel.type = 'button';
        footer.append(submit, cancel);
        form.append(label, q, status, results, message, footer);
        dialog.append(header, form);
        backdrop.appendChild(dialog);
        document.body.appendChild(backdrop);
        document.body.classList.add('empathy-dialog-open');
        button.setAttribute('aria-expanded', 'true');
        dialogState = {
            map: map, opener: button, itemId: button.dataset.itemId, statement: button.dataset.statement,
            backing: backingIds(button.closest('.empathy-map-item')), backdrop: backdrop, dialog: dialog, q: q,
            results: results, status: status, message: message, submit: submit
        };
        q.addEventListener('input', function () {
            clearTimeout(searchTimer);
            searchTimer = setTimeout(search, 200);
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            attach();
        });
        backdrop.addEventListener('click', function (event) {
            var target = event.target;
            if (target === backdrop || (target instanceof Element && target.closest('.empathy-dialog-close'))) {
                closeAttach(true);
                return;
            }
            var option = target instanceof Element && target.closest('.empathy-result');
            if (option) {
                highlight(option);
                pick(option);
                q.focus();
            }
        });
        backdrop.addEventListener('dblclick', function (event) {
            var option = event.target instanceof Element && event.target.closest('.empathy-result');
            if (option) {
                highlight(option);
                pick(option);
                attach();
            }
        });
        backdrop.addEventListener('keydown', onDialogKey);
        q.focus();
        search();
    }

    function closeAttach(restoreFocus) {
        var d = dialogState;
        if (!d) {
            return;
        }
        dialogState = null;
        d.backdrop.remove();
        document.body.classList.remove('empathy-dialog-open');
        d.opener.setAttribute('aria-expanded', 'false');
        if (restoreFocus && document.contains(d.opener)) {
            d.opener.focus();
        }
    }

    function onDialogKey(event) {
        var d = dialogState;
        if (!d) {
            return;
        }
        if (event.key === 'Escape') {
            event.preventDefault();
            closeAttach(true);
        } else if (event.key === 'Tab') {
            trapFocus(event, d.dialog);
        } else if (event.target === d.q && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
            event.preventDefault();
            move(event.key === 'ArrowDown' ? 1 : -1);
        } else if (event.target === d.q && event.key === 'Enter') {
            // the panel's keyboard model: arrows move, Enter picks the highlighted result, a second Enter attaches it
            event.preventDefault();
            var active = d.results.querySelector('.empathy-result-active');
            if (active && active.getAttribute('aria-selected') !== 'true') {
                pick(active);
            } else {
                attach();
            }
        }
    }

    function trapFocus(event, dialog) {
        var items = Array.prototype.filter.call(dialog.querySelectorAll('button, input, [tabindex]:not([tabindex="-1"])'),
            function (e) { return !e.disabled && !e.hidden && e.offsetParent !== null; });
        if (!items.length) {
            return;
        }
        var first = items[0];
        var last = items[items.length - 1];
        if (event.shiftKey && document.activeElement === first) {
            event.preventDefault();
            last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
            event.preventDefault();
            first.focus();
        }
    }

    async function search() {
        var d = dialogState;
        if (!d) {
            return;
        }
        var map = d.map;
        var seq = ++searchSeq;
        var params = new URLSearchParams({persona: map.dataset.persona, limit: '20'});
        var q = d.q.value.trim();
        if (q) {
            params.set('q', q);
        }
        d.status.textContent = t(map, 'searching');
        var result = await call('GET', '/evidence?' + params.toString());
        if (seq !== searchSeq || d !== dialogState) {
            return;
        }
        if (!result.ok || !result.body || !Array.isArray(result.body.items)) {
            d.status.textContent = failureText(map, result);
            return;
        }
        d.results.textContent = '';
        d.q.removeAttribute('aria-activedescendant');
        result.body.items.forEach(function (e) {
            var li = el('li', 'empathy-result');
            li.id = d.results.id + '-' + e.id;
            li.setAttribute('role', 'option');
            li.setAttribute('aria-selected', 'false');
            li.dataset.id = e.id;
            var text = String(e.text || '');
            li.appendChild(el('span', 'empathy-result-text', text.length > 220 ? text.slice(0, 220) + '\u2026' : text));
            li.appendChild(el('span', 'empathy-meta empathy-result-meta', [t(map, 'section.' + e.section),
                t(map, 'sourceKind.' + e.sourceKind) + (e.participantAlias ? ' \u00b7 ' + e.participantAlias : ''),
                t(map, 'observed', t(map, 'freshness.' + e.freshness), e.observedOn)].join(' \u00b7 ')));
            if (d.backing[String(e.id)]) {
                li.setAttribute('aria-disabled', 'true');
                li.appendChild(el('span', 'aui-lozenge aui-lozenge-subtle empathy-already', t(map, 'alreadyAttached')));
            }
            d.results.appendChild(li);
        });
        var count = result.body.items.length;
        var total = typeof result.body.total === 'number' ? result.body.total : count;
        d.status.textContent = !count ? t(map, 'noEvidence') : count < total ? t(map, 'resultsOf', count, total) : t(map, 'results', count);
        var first = d.results.querySelector('[role="option"]:not([aria-disabled="true"])');
        if (first) {
            highlight(first); // highlighted only: nothing is picked until Enter or a click
        }
    }

    /** Moves the highlight (arrow keys); picks nothing. */
    function highlight(li) {
        var d = dialogState;
        if (!d || li.getAttribute('aria-disabled') === 'true') {
            return;
        }
        d.results.querySelectorAll('.empathy-result-active').forEach(function (o) { o.classList.remove('empathy-result-active'); });
        li.classList.add('empathy-result-active');
        d.q.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({block: 'nearest'});
    }

    /** Picks a result (Enter, click): the one Attach attaches. */
    function pick(li) {
        var d = dialogState;
        if (!d || li.getAttribute('aria-disabled') === 'true') {
            return;
        }
        d.results.querySelectorAll('[aria-selected="true"]').forEach(function (o) { o.setAttribute('aria-selected', 'false'); });
        li.setAttribute('aria-selected', 'true');
        d.message.hidden = true;
        var text = li.querySelector('.empathy-result-text');
        d.status.textContent = t(d.map, 'picked', text ? text.textContent : '');
    }

    function move(step) {
        var d = dialogState;
        var options = Array.prototype.slice.call(d.results.querySelectorAll('[role="option"]:not([aria-disabled="true"])'));
        if (!options.length) {
            return;
        }
        var index = options.indexOf(d.results.querySelector('.empathy-result-active'));
        highlight(options[Math.max(0, Math.min(options.length - 1, index + step))]);
    }

    async function attach() {
        var d = dialogState;
        if (!d) {
            return;
        }
        var map = d.map;
        var chosen = d.results.querySelector('[aria-selected="true"]');
        if (!chosen) {
            d.message.textContent = t(map, 'choose');
            d.message.hidden = false;
            d.q.focus();
            return;
        }
        d.submit.disabled = true;
        var result = await call('POST', '/items/' + encodeURIComponent(d.itemId) + '/evidence?' + scope(map).toString(),
            {evidenceId: Number(chosen.dataset.id)});
        d.submit.disabled = false;
        if (!result.ok) {
            var messages = (result.body && result.body.fieldErrors || []).map(function (e) { return e.message; });
            d.message.textContent = [failureText(map, result)].concat(messages).join(' ');
            d.message.hidden = false;
            d.q.focus();
            return;
        }
        var itemId = d.itemId;
        var statement = d.statement;
        closeAttach(false);
        var fresh = await refresh(map, '.empathy-map-attach-open[data-item-id="' + itemId + '"]');
        if (fresh) {
            announce(fresh, t(fresh, 'attached', statement));
        }
    }

    // ------------------------------------------------------------------ re-confirm a backing quote

    function openReconfirm(map, button) {
        var li = button.closest('li');
        var existing = li.querySelector('.empathy-reconfirm-form');
        if (existing) {
            existing.querySelector('textarea').focus();
            return;
        }
        var id = button.dataset.evidenceId;
        var n = ++formSeq;
        var form = el('form', 'aui empathy-map-form empathy-reconfirm-form');
        form.noValidate = true;
        var fieldset = el('fieldset');
        fieldset.appendChild(el('legend', null, t(map, 'reconfirmLegend', map.dataset.today)));
        var label = el('label', null, t(map, 'reconfirmNote'));
        label.setAttribute('for', 'empathy-map-rc-note-' + n);
        var note = el('textarea', 'textarea');
        note.id = 'empathy-map-rc-note-' + n;
        note.rows = 2;
        note.maxLength = 1000;
        var error = el('div', 'error');
        error.setAttribute('role', 'alert');
        var buttons = el('div', 'buttons-container');
        var submit = el('button', 'aui-button aui-button-primary', t(map, 'reconfirmSubmit'));
        submit.type = 'submit';
        var cancel = el('button', 'aui-button aui-button-link', t(map, 'cancel'));
        cancel.type = 'button';
        buttons.append(submit, cancel);
        fieldset.append(label, note, error);
        form.append(fieldset, buttons);
        button.after(form);
        note.focus();
        var close = function () {
            form.remove();
            button.focus();
        };
        cancel.addEventListener('click', close);
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                close();
            }
        });
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            submit.disabled = true;
            var result = await call('POST', '/evidence/' + encodeURIComponent(id) + '/reconfirmations?' + scope(map).toString(),
                {note: note.value.trim() || null});
            submit.disabled = false;
            if (!result.ok) {
                var messages = (result.body && result.body.fieldErrors || []).map(function (e) { return e.message; });
                error.textContent = messages.length ? messages.join(' ') : failureText(map, result);
                return;
            }
            var fresh = await refresh(map, '.empathy-map-reconfirm[data-evidence-id="' + id + '"]');
            if (fresh) {
                announce(fresh, t(fresh, 'reconfirmed'));
            }
        });
    }

    // ------------------------------------------------------------------ validation task (an assumption -> a Jira issue)

    var SUMMARY_MAX = 255;

    function summaryProblem(map, value) {
        return lengthProblem(map, value, SUMMARY_MAX);
    }

    /**
     * A small form under the assumption: the summary (prefilled from the statement, editable), where the task goes, and
     * Create task. Jira creates the issue as the viewer; a refusal is shown here in plain words and what was typed stays.
     */
    function openValidate(map, button) {
        var existing = button.parentNode.querySelector('.empathy-map-validate-form');
        if (existing) {
            existing.querySelector('input').focus();
            return;
        }
        var item = button.closest('.empathy-map-item');
        var statementEl = item ? item.querySelector('.empathy-map-statement') : null;
        var statement = statementEl ? statementEl.lastChild.textContent.trim() : '';
        var id = button.dataset.itemId;
        openTextFieldForm(map, button, {
            formClass: 'empathy-map-validate-form',
            legend: t(map, 'validateLegend', statement),
            label: t(map, 'summary'),
            idPrefix: 'empathy-map-task-summary',
            inputClass: 'long-field empathy-map-task-summary',
            name: 'summary',
            value: button.dataset.summary,
            description: {
                text: t(map, 'validateWhere', map.dataset.validationProject, map.dataset.validationIssueType),
                idPrefix: 'empathy-map-task-where'
            },
            messageClass: 'empathy-map-validate-message',
            submitClass: 'empathy-map-validate-submit',
            submitText: t(map, 'validateSubmit'),
            problem: function (value) {
                return summaryProblem(map, value);
            },
            send: function (summary) {
                return call('POST', '/items/' + encodeURIComponent(id) + '/validation-tasks?' + scope(map).toString(),
                    {summary: summary, project: map.dataset.validationProject, issueType: map.dataset.validationIssueType});
            },
            // Jira's own words for a refusal (e.g. a required field the task cannot fill), not wrapped in "failed"
            failure: function (map, result) {
                return result.status === 0 ? t(map, 'offline') : result.body && result.body.message ? result.body.message : failureText(map, result);
            },
            done: async function (result) {
                var key = result.body && result.body.issueKey ? result.body.issueKey : '';
                var fresh = await refresh(map, null);
                if (fresh) {
                    var line = fresh.querySelector('.empathy-map-validate-open[data-item-id="' + id + '"]');
                    announce(fresh, t(fresh, 'validated', key, statement));
                    var target = fresh.querySelector('.empathy-map-item .empathy-map-validation a[href$="/browse/' + key + '"]');
                    if (target) {
                        target.focus();
                    } else if (line) {
                        line.focus();
                    }
                }
            }
        });
    }

    // ------------------------------------------------------------------ wiring (delegated: survives re-rendering)

    document.addEventListener('click', function (event) {
        var target = event.target;
        var button = target instanceof Element ? target.closest('button') : null;
        var map = button ? button.closest(MAP) : null;
        if (!map) {
            return;
        }
        if (button.classList.contains('empathy-map-add-open')) {
            openAddForm(map, button);
        } else if (button.classList.contains('empathy-map-attach-open')) {
            openAttach(map, button);
        } else if (button.classList.contains('empathy-map-reconfirm')) {
            openReconfirm(map, button);
        } else if (button.classList.contains('empathy-map-validate-open')) {
            openValidate(map, button);
        }
    });
})();
