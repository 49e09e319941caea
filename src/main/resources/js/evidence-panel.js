/*
 * Empathy Evidence: the evidence panel's in-place actions (plain ES2017, no build step).
 *
 * Add evidence, link existing evidence or a map item, re-confirm, unlink (with undo) and change a relation, through
 * the plugin's REST API with JSON bodies (so Jira's XSRF protection holds). After every change the panel is rendered
 * again on the server (GET /issues/{key}/panel: the same context and template as the web panel) and swapped in.
 * Every text comes from the i18n bundle, passed in the panel's data-texts attribute; data is only ever put into the
 * page as text (textContent), never as markup.
 */
(function () {
    'use strict';

    var PANEL = '#empathy-evidence-panel';
    var ALIAS = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
    var texts = {};
    var participants = null;
    var personas = null;
    var lastFocus = null;
    var searchTimer = null;
    var searchSeq = 0;
    // relations whose every row the reader asked to see ("Show all N"); kept across re-renders after a change
    var expanded = [];

    function api() {
        var base = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return base + '/rest/empathy/1.0';
    }

    function panel() {
        return document.querySelector(PANEL);
    }

    /** Numbers as the server's messages show them (MessageFormat: 5,000), in the page's language. */
    function shown(value) {
        return typeof value === 'number' ? value.toLocaleString(document.documentElement.lang || undefined) : String(value);
    }

    /** The bundle's plural forms ({n,choice,...}): one copy for every page script, js/empathy-texts.js. */
    var choices = window.EmpathyEvidenceTexts.choices;

    function t(key) {
        var text = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
        text = choices(text, Array.prototype.slice.call(arguments, 1));
        for (var i = 1; i < arguments.length; i++) {
            text = text.split('{' + (i - 1) + '}').join(shown(arguments[i]));
        }
        return text;
    }

    function readTexts() {
        var p = panel();
        if (p && p.dataset.texts) {
            try {
                texts = JSON.parse(p.dataset.texts);
            } catch (e) {
                texts = {};
            }
        }
    }

    /** A JSON request; resolves to {ok, status, body}. Never rejects on HTTP errors; network failures become status 0. */
    async function call(method, path, body) {
        var init = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (method !== 'GET') {
            init.headers['Content-Type'] = 'application/json';
            init.body = body === undefined ? '{}' : JSON.stringify(body);
        }
        try {
            var response = await fetch(api() + path, init);
            var data = null;
            if (response.status !== 204) {
                try {
                    data = await response.json();
                } catch (e) {
                    data = null;
                }
            }
            return {ok: response.ok, status: response.status, body: data};
        } catch (e) {
            return {ok: false, status: 0, body: null};
        }
    }

    function failureText(result) {
        if (result.status === 0) {
            return t('offline');
        }
        return t('failed', result.body && result.body.message ? result.body.message : String(result.status));
    }

    // ------------------------------------------------------------------ status line (outside the re-rendered panel)

    function statusRegion() {
        var region = document.getElementById('empathy-panel-status');
        if (!region) {
            region = document.createElement('div');
            region.id = 'empathy-panel-status';
            region.className = 'empathy-panel-status';
            region.setAttribute('role', 'status');
            region.setAttribute('aria-live', 'polite');
            var p = panel();
            p.parentNode.insertBefore(region, p);
        }
        return region;
    }

    function announce(message, error, undo) {
        var region = statusRegion();
        region.textContent = '';
        region.classList.toggle('empathy-panel-status-error', !!error);
        var span = document.createElement('span');
        span.textContent = message;
        region.appendChild(span);
        if (undo) {
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'aui-button aui-button-link empathy-undo';
            button.textContent = t('undo');
            button.addEventListener('click', function () {
                button.disabled = true;
                undo();
            });
            region.appendChild(document.createTextNode(' '));
            region.appendChild(button);
            return button;
        }
        return null;
    }

    // ------------------------------------------------------------------ re-render

    async function refresh(focusSelector) {
        var p = panel();
        var query = expanded.length ? '?all=' + encodeURIComponent(expanded.join(',')) : '';
        var result = await call('GET', '/issues/' + encodeURIComponent(p.dataset.issueKey) + '/panel' + query);
        if (!result.ok || !result.body || typeof result.body.html !== 'string') {
            announce(failureText(result), true);
            return false;
        }
        var template = document.createElement('template');
        template.innerHTML = result.body.html; // server-rendered by the plugin's template: every value escaped there
        var fresh = template.content.querySelector(PANEL);
        if (fresh) {
            p.replaceWith(fresh);
            readTexts();
            if (focusSelector) {
                var target = fresh.querySelector(focusSelector);
                if (target) {
                    target.focus();
                }
            }
        }
        return true;
    }

    /** "Show all N": fetch the panel again with every row of the relation, then put the focus on the first new row. */
    async function showAll(button) {
        var relation = button.dataset.relation;
        var failed = button.dataset.failed;
        var shownBefore = panel().querySelectorAll('.empathy-evidence-list[data-relation="' + relation + '"] > li').length;
        if (expanded.indexOf(relation) < 0) {
            expanded.push(relation);
        }
        button.disabled = true;
        if (!(await refresh())) {
            expanded.splice(expanded.indexOf(relation), 1);
            button.disabled = false;
            announce(failed, true);
            return;
        }
        var rows = panel().querySelectorAll('.empathy-evidence-list[data-relation="' + relation + '"] > li');
        var first = rows[Math.min(shownBefore, rows.length - 1)];
        if (first) {
            first.setAttribute('tabindex', '-1');
            first.focus();
        }
    }

    // ------------------------------------------------------------------ lists for pickers

    async function loadParticipants() {
        if (participants === null) {
            var result = await call('GET', '/participants');
            participants = result.ok && Array.isArray(result.body) ? result.body.filter(function (p) { return !p.erased; }) : [];
        }
        return participants;
    }

    async function loadPersonas() {
        if (personas === null) {
            var result = await call('GET', '/personas');
            personas = result.ok && Array.isArray(result.body) ? result.body : [];
        }
        return personas;
    }

    function option(value, label) {
        var o = document.createElement('option');
        o.value = value;
        o.textContent = label;
        return o;
    }

    async function fillPersonaSelects(root) {
        var list = await loadPersonas();
        root.querySelectorAll('.empathy-persona-select').forEach(function (select) {
            if (select.options.length) {
                return;
            }
            select.appendChild(option('', select.id === 'empathy-f-persona' ? t('noPersona') : t('anyPersona')));
            list.forEach(function (p) {
                select.appendChild(option(p.key, p.name));
            });
        });
    }

    async function fillParticipants(form) {
        var list = await loadParticipants();
        var datalist = form.querySelector('#empathy-participants');
        if (datalist.options.length) {
            return;
        }
        list.forEach(function (p) {
            datalist.appendChild(option(p.alias, p.segment ? p.alias + ' \u00b7 ' + p.segment : p.alias));
        });
    }

    // ------------------------------------------------------------------ add evidence

    function field(form, name) {
        return form.querySelector('[name="' + name + '"]');
    }

    function setError(form, name, message) {
        var box = form.querySelector('.empathy-field-error[data-field="' + name + '"]');
        var input = field(form, name);
        if (box) {
            box.textContent = message || '';
        }
        if (input) {
            if (message) {
                input.setAttribute('aria-invalid', 'true');
            } else {
                input.removeAttribute('aria-invalid');
            }
        }
        return !!(box && message);
    }

    function codePoints(s) {
        return Array.from(s).length;
    }

    /** The API's limits, counted as it counts them (code points); nothing is ever cut: the field shows the count. */
    var LIMITS = {text: 5000, sourceTitle: 200, participant: 32, participantSegment: 100, note: 1000};
    var COUNT_FROM = 0.8;

    /** Shows "N of MAX characters" under a field from 80 % of its limit; over the limit the field's error says so. */
    function counter(input, max) {
        var id = input.id + '-count';
        var box = document.getElementById(id);
        var n = codePoints(input.value);
        if (n < max * COUNT_FROM) {
            if (box) {
                box.hidden = true;
            }
            return;
        }
        if (!box) {
            box = document.createElement('div');
            box.id = id;
            box.className = 'description empathy-counter';
            box.setAttribute('aria-live', 'polite');
            input.after(box);
            input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + id).trim());
        }
        box.hidden = false;
        box.textContent = t('counter', n, max);
        box.classList.toggle('empathy-counter-over', n > max);
    }

    function randomKey() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
    }

    /** The same rules as the API, checked as the user types; the API stays the judge. */
    function check(form, name) {
        var value = (field(form, name) || {value: ''}).value.trim();
        var today = panel().dataset.today;
        var message = '';
        switch (name) {
            case 'text':
                message = !value ? t('required') : codePoints(value) > LIMITS.text ? t('tooLong', LIMITS.text, codePoints(value)) : '';
                break;
            case 'section':
            case 'sourceKind':
                message = value ? '' : t('required');
                break;
            case 'observedOn':
                message = !value ? t('required') : !/^\d{4}-\d{2}-\d{2}$/.test(value) ? t('date')
                    : value > today ? t('futureDate', today) : value < '1990-01-01' ? t('dateTooEarly') : '';
                break;
            case 'sourceLink':
                // only the scheme is checked here: spaces are encoded by the API, which names anything else it refuses
                message = value && !/^https?:\/\//i.test(value) ? t('link') : '';
                break;
            case 'participant':
                message = codePoints(value) > LIMITS.participant ? t('tooLong', LIMITS.participant, codePoints(value))
                    : value && !ALIAS.test(value) ? t('alias') : '';
                participantState(form, value, message);
                break;
            case 'sourceTitle':
                message = codePoints(value) > LIMITS.sourceTitle ? t('tooLong', LIMITS.sourceTitle, codePoints(value)) : '';
                break;
            case 'participantSegment':
                message = codePoints(value) > LIMITS.participantSegment ? t('tooLong', LIMITS.participantSegment, codePoints(value)) : '';
                break;
            default:
                message = '';
        }
        setError(form, name, message);
        var input = field(form, name);
        if (input && LIMITS[name]) {
            counter(input, LIMITS[name]);
        }
        return !message;
    }

    function participantState(form, alias, invalid) {
        var state = form.querySelector('.empathy-participant-state');
        var segment = form.querySelector('.empathy-segment-group');
        var known = (participants || []).filter(function (p) { return p.alias.toLowerCase() === alias.toLowerCase(); })[0];
        if (!alias || invalid) {
            state.textContent = '';
            segment.hidden = true;
        } else if (known) {
            state.textContent = t('knownParticipant', known.segment ? ' \u00b7 ' + known.segment : '');
            segment.hidden = true;
        } else {
            state.textContent = t('newParticipant', alias);
            segment.hidden = false;
        }
    }

    var CHECKED = ['text', 'section', 'sourceKind', 'observedOn', 'sourceLink', 'participant', 'participantSegment', 'sourceTitle'];
    var TYPED = ['text', 'sourceTitle', 'sourceLink', 'participant', 'participantSegment', 'observedOn', 'section', 'sourceKind', 'persona'];

    function openAddForm(button) {
        var form = panel().querySelector('#empathy-add-form');
        form.hidden = false;
        if (!form.dataset.requestKey) {
            form.dataset.requestKey = randomKey(); // one per thing typed: a retry of it can never make a second copy
            form._empathyInitial = {};
            TYPED.forEach(function (name) {
                var input = field(form, name);
                form._empathyInitial[name] = input ? input.value : '';
            });
        }
        button.setAttribute('aria-expanded', 'true');
        fillPersonaSelects(form);
        fillParticipants(form);
        field(form, 'text').focus();
    }

    /** True when the form holds something typed that has not been saved. */
    function halfFilled(form) {
        if (!form || form.hidden || !form._empathyInitial) {
            return false;
        }
        return TYPED.some(function (name) {
            var input = field(form, name);
            return input && input.value.trim() !== String(form._empathyInitial[name] || '').trim();
        });
    }

    /** Leaving a half-filled form asks first: Discard or Keep editing, in the form itself. */
    function askBeforeClosing(form) {
        if (!halfFilled(form)) {
            closeAddForm(form);
            return;
        }
        var ask = form.querySelector('.empathy-discard');
        if (!ask) {
            ask = document.createElement('div');
            ask.className = 'aui-message aui-message-warning empathy-discard';
            ask.setAttribute('role', 'alertdialog');
            ask.setAttribute('aria-labelledby', 'empathy-discard-question');
            var question = document.createElement('p');
            question.id = 'empathy-discard-question';
            question.textContent = t('discardQuestion');
            var discard = document.createElement('button');
            discard.type = 'button';
            discard.className = 'aui-button empathy-discard-yes';
            discard.textContent = t('discard');
            var keep = document.createElement('button');
            keep.type = 'button';
            keep.className = 'aui-button aui-button-primary empathy-discard-no';
            keep.textContent = t('keepEditing');
            ask.append(question, keep, document.createTextNode(' '), discard);
            form.querySelector('.empathy-form-buttons').after(ask);
            discard.addEventListener('click', function () {
                ask.remove();
                form.reset();
                delete form.dataset.requestKey;
                TYPED.forEach(function (name) { setError(form, name, ''); });
                form.querySelectorAll('.empathy-counter').forEach(function (c) { c.hidden = true; });
                formMessage(form, '');
                closeAddForm(form);
            });
            keep.addEventListener('click', function () {
                ask.remove();
                field(form, 'text').focus();
            });
        }
        ask.querySelector('.empathy-discard-no').focus();
    }

    function closeAddForm(form) {
        form.hidden = true;
        var opener = panel().querySelector('.empathy-add-open');
        opener.setAttribute('aria-expanded', 'false');
        opener.focus();
    }

    function clearStatus() {
        var region = document.getElementById('empathy-panel-status');
        if (region) {
            region.textContent = '';
            region.classList.remove('empathy-panel-status-error');
        }
    }

    function formMessage(form, text) {
        if (text) {
            clearStatus(); // a success message from before never stays beside this error
        }
        var box = form.querySelector('.empathy-form-message');
        box.textContent = text || '';
        box.hidden = !text;
        if (text) {
            box.focus();
        }
    }

    async function submitAddForm(form) {
        var valid = CHECKED.map(function (name) { return check(form, name); }).every(Boolean);
        if (!valid) {
            formMessage(form, t('fixFields'));
            var firstBad = form.querySelector('[aria-invalid="true"]');
            if (firstBad) {
                firstBad.focus();
            }
            return;
        }
        var p = panel();
        var value = function (name) {
            var input = field(form, name);
            var v = input ? input.value.trim() : '';
            return v === '' ? null : v;
        };
        var kind = form.querySelector('input[name="kind"]:checked');
        var body = {
            text: field(form, 'text').value.trim(), kind: kind ? kind.value : 'QUOTE', section: value('section'),
            sourceKind: value('sourceKind'), sourceTitle: value('sourceTitle'), sourceLink: value('sourceLink'),
            participantAlias: value('participant'), participantSegment: value('participantSegment'), personaKey: value('persona'),
            projectKey: p.dataset.projectKey, observedOn: value('observedOn')
        };
        body.relation = value('relation');
        body.idempotencyKey = form.dataset.requestKey || (form.dataset.requestKey = randomKey());
        var consent = field(form, 'participantConsent');
        if (consent && !form.querySelector('.empathy-segment-group').hidden) {
            body.participantConsent = consent.checked; // a new participant: consent as answered, unticked unless ticked
        }
        var submit = form.querySelector('.empathy-add-submit');
        submit.disabled = true;
        submit.setAttribute('aria-busy', 'true');
        formMessage(form, '');
        clearStatus();
        try {
            // one request: the evidence is created and linked in one transaction, or neither; sent again after a
            // failure with the same key, it cannot make a second copy
            var added = await call('POST', '/issues/' + encodeURIComponent(p.dataset.issueKey) + '/evidence', body);
            if (!added.ok) {
                showApiErrors(form, added);
                return;
            }
            participants = null;
            if (await refresh('.empathy-add-open')) {
                announce(t('added'));
            }
        } finally {
            submit.disabled = false;
            submit.removeAttribute('aria-busy');
        }
    }

    /** The API's field messages next to their fields; what was typed stays. */
    function showApiErrors(form, result) {
        var placed = false;
        var unplaced = [];
        var formNames = {participantAlias: 'participant', personaKey: 'persona', projectKey: 'project'};
        (result.body && result.body.fieldErrors || []).forEach(function (e) {
            if (setError(form, formNames[e.field] || e.field, e.message)) {
                placed = true;
            } else {
                unplaced.push(e.message);
            }
        });
        var general = result.body && result.body.message ? result.body.message : failureText(result);
        formMessage(form, [general].concat(unplaced).join(' '));
        if (placed && !unplaced.length) {
            var firstBad = form.querySelector('[aria-invalid="true"]');
            if (firstBad) {
                firstBad.focus();
            }
        }
    }

    // ------------------------------------------------------------------ row actions

    function actionsOf(element) {
        return element.closest('.empathy-actions');
    }

    async function unlink(button) {
        var row = actionsOf(button);
        var p = panel();
        var key = p.dataset.issueKey;
        var type = row.dataset.type;
        var id = row.dataset.id;
        var label = row.dataset.label;
        button.disabled = true;
        var result = await call('DELETE', '/issues/' + encodeURIComponent(key) + '/links/' + type + '/' + encodeURIComponent(id));
        if (!result.ok) {
            button.disabled = false;
            announce(failureText(result), true);
            return;
        }
        if (await refresh()) {
            var token = result.body && result.body.restoreToken;
            var undoButton = announce(t('unlinked', label), false, async function () {
                // puts back exactly the link removed: relation, note, who linked it and when
                var restored = await call('POST', '/issues/' + encodeURIComponent(key) + '/links/restore', {restoreToken: token});
                if (!restored.ok) {
                    announce(failureText(restored), true);
                    return;
                }
                var selector = '.empathy-actions[data-type="' + type + '"][data-id="' + id + '"] .empathy-unlink';
                if (await refresh(selector)) {
                    announce(t('undone'));
                }
            });
            undoButton.focus();
        }
    }

    /**
     * Saves a relation the person chose: by click (change without arrow keys), Enter, or leaving the picker. Arrow
     * keys only move through the choices (browsers fire change on each), so nothing is saved on the way.
     */
    async function relink(select, to) {
        var row = actionsOf(select);
        var from = row.dataset.relation;
        var relation = to || select.value;
        if (relation === from || select.dataset.saving === 'true') {
            return;
        }
        select.dataset.saving = 'true';
        var key = panel().dataset.issueKey;
        var path = '/issues/' + encodeURIComponent(key) + '/links/' + row.dataset.type + '/' + encodeURIComponent(row.dataset.id);
        var result = await call('PUT', path, {relation: relation});
        select.dataset.saving = 'false';
        if (!result.ok) {
            select.value = from;
            announce(failureText(result), true);
            return;
        }
        row.dataset.relation = relation;
        var label = t('relation.' + relation);
        var selector = '#' + CSS.escape(select.id);
        if (await refresh(selector)) {
            announce(t('relinked', label), false, async function () {
                var back = await call('PUT', path, {relation: from});
                if (!back.ok) {
                    announce(failureText(back), true);
                    return;
                }
                if (await refresh(selector)) {
                    announce(t('relinkedBack', t('relation.' + from)));
                }
            });
        }
    }

    function openReconfirm(button) {
        var row = actionsOf(button);
        var existing = row.parentNode.querySelector('.empathy-reconfirm-form');
        if (existing) {
            existing.querySelector('textarea').focus();
            return;
        }
        var id = row.dataset.id;
        var form = document.createElement('form');
        form.className = 'aui empathy-reconfirm-form';
        form.noValidate = true;
        var fieldset = document.createElement('fieldset');
        var legend = document.createElement('legend');
        legend.textContent = t('reconfirmLegend', panel().dataset.today);
        fieldset.appendChild(legend);
        var label = document.createElement('label');
        label.setAttribute('for', 'empathy-rc-note-' + id);
        label.textContent = t('reconfirmNote');
        var note = document.createElement('textarea');
        note.id = 'empathy-rc-note-' + id;
        note.className = 'textarea';
        note.rows = 2;
        note.addEventListener('input', function () { counter(note, LIMITS.note); });
        var error = document.createElement('div');
        error.className = 'error';
        error.setAttribute('role', 'alert');
        var buttons = document.createElement('div');
        buttons.className = 'buttons-container';
        var submit = document.createElement('button');
        submit.type = 'submit';
        submit.className = 'aui-button aui-button-primary';
        submit.textContent = t('reconfirmSubmit');
        var cancel = document.createElement('button');
        cancel.type = 'button';
        cancel.className = 'aui-button aui-button-link';
        cancel.textContent = t('cancel');
        buttons.append(submit, cancel);
        fieldset.append(label, note, error);
        form.append(fieldset, buttons);
        row.after(form);
        note.focus();
        cancel.addEventListener('click', function () {
            form.remove();
            button.focus();
        });
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.stopPropagation();
                form.remove();
                button.focus();
            }
        });
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            if (codePoints(note.value.trim()) > LIMITS.note) {
                error.textContent = t('tooLong', LIMITS.note, codePoints(note.value.trim()));
                note.focus();
                return;
            }
            submit.disabled = true;
            var result = await call('POST', '/evidence/' + encodeURIComponent(id) + '/reconfirmations', {note: note.value.trim() || null});
            submit.disabled = false;
            if (!result.ok) {
                clearStatus();
                var messages = (result.body && result.body.fieldErrors || []).map(function (e) { return e.message; });
                error.textContent = messages.length ? messages.join(' ') : failureText(result);
                return;
            }
            if (await refresh('.empathy-actions[data-type="evidence"][data-id="' + id + '"] .empathy-reconfirm')) {
                announce(t('reconfirmed'));
            }
        });
    }

    // ------------------------------------------------------------------ link dialog

    function dialogParts() {
        var backdrop = panel().querySelector('.empathy-dialog-backdrop');
        return {
            backdrop: backdrop,
            dialog: backdrop.querySelector('.empathy-dialog'),
            q: backdrop.querySelector('.empathy-d-q'),
            results: backdrop.querySelector('.empathy-results'),
            status: backdrop.querySelector('.empathy-results-status'),
            more: backdrop.querySelector('.empathy-load-more'),
            message: backdrop.querySelector('.empathy-dialog-message')
        };
    }

    function openDialog(opener) {
        var d = dialogParts();
        lastFocus = opener;
        d.backdrop.hidden = false;
        document.body.classList.add('empathy-dialog-open');
        fillPersonaSelects(d.dialog).then(function () { search(); });
        d.q.focus();
    }

    function closeDialog() {
        var p = panel();
        var backdrop = p && p.querySelector('.empathy-dialog-backdrop');
        if (!backdrop || backdrop.hidden) {
            return;
        }
        backdrop.hidden = true;
        document.body.classList.remove('empathy-dialog-open');
        var back = lastFocus && document.contains(lastFocus) ? lastFocus : p.querySelector('.empathy-link-open');
        if (back) {
            back.focus();
        }
    }

    function focusables(dialog) {
        return Array.prototype.filter.call(dialog.querySelectorAll(
            'button, input, select, textarea, [tabindex]:not([tabindex="-1"])'), function (el) {
            return !el.disabled && !el.hidden && el.offsetParent !== null;
        });
    }

    function trapFocus(event, dialog) {
        var items = focusables(dialog);
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

    function linkedIds(type) {
        var ids = {};
        panel().querySelectorAll('.empathy-actions[data-type="' + type + '"]').forEach(function (row) {
            ids[row.dataset.id] = true;
        });
        return ids;
    }

    function what() {
        var checked = panel().querySelector('.empathy-link-form input[name="what"]:checked');
        return checked ? checked.value : 'evidence';
    }

    function scheduleSearch() {
        clearTimeout(searchTimer);
        searchTimer = setTimeout(search, 200);
    }

    var PAGE = 20;

    async function search(start) {
        var d = dialogParts();
        var seq = ++searchSeq;
        var from = typeof start === 'number' ? start : 0;
        d.more.hidden = true;
        var q = d.q.value.trim();
        var persona = d.dialog.querySelector('.empathy-d-persona').value;
        var section = d.dialog.querySelector('.empathy-d-section').value;
        var freshness = d.dialog.querySelector('.empathy-d-freshness').value;
        var type = what();
        d.dialog.querySelector('.empathy-d-freshness-group').hidden = type !== 'evidence';
        d.status.textContent = t('searching');
        var items;
        if (type === 'evidence') {
            var params = new URLSearchParams({limit: String(PAGE), start: String(from)});
            if (q) { params.set('q', q); }
            if (persona) { params.set('persona', persona); }
            if (section) { params.set('section', section); }
            if (freshness) { params.set('freshness', freshness); }
            var result = await call('GET', '/evidence?' + params.toString());
            if (seq !== searchSeq) {
                return;
            }
            if (!result.ok) {
                d.status.textContent = failureText(result);
                return;
            }
            var total = result.body.total;
            var next = result.body.next;
            items = result.body.items.map(function (e) {
                return {
                    id: e.id, text: e.text,
                    meta: [t('section.' + e.section), t('sourceKind.' + e.sourceKind) + (e.participantAlias ? ' \u00b7 ' + e.participantAlias : ''),
                        t('observed', t('freshness.' + e.freshness), e.observedOn)].join(' \u00b7 ')
                        + (e.sourceTitle ? ' \u00b7 ' + e.sourceTitle : '')
                };
            });
            renderResults(d, items, type, from > 0, total, next);
            return;
        } else {
            var all = await loadPersonas();
            var names = {};
            all.forEach(function (p) { names[p.key] = p.name; });
            var keys = persona ? [persona] : all.map(function (p) { return p.key; });
            var lists = await Promise.all(keys.map(function (k) { return call('GET', '/personas/' + encodeURIComponent(k) + '/items'); }));
            if (seq !== searchSeq) {
                return;
            }
            var words = q.toLowerCase().split(/\s+/).filter(Boolean);
            items = [];
            lists.forEach(function (r) {
                (r.ok && Array.isArray(r.body) ? r.body : []).forEach(function (m) {
                    var statement = String(m.statement || '');
                    if ((!section || m.section === section) && words.every(function (w) { return statement.toLowerCase().indexOf(w) >= 0; })) {
                        items.push({
                            id: m.id, text: statement,
                            meta: [t('section.' + m.section), names[m.persona] || m.persona].filter(Boolean).join(' \u00b7 ')
                        });
                    }
                });
            });
        }
        renderResults(d, items, type);
    }

    /** Shows a page of results; {@code append} adds a further page under those shown ("Show more results"). */
    function renderResults(d, items, type, append, total, next) {
        var linked = linkedIds(type);
        // A search can answer after the person picked or moved in the list (typing is debounced): keep their pick
        // and highlight when the same result is still there.
        var picked = d.results.querySelector('[aria-selected="true"]');
        var active = d.results.querySelector('.empathy-result-active');
        var pickedId = picked ? picked.id : null;
        var activeId = active ? active.id : null;
        if (!append) {
            d.results.textContent = '';
            d.q.removeAttribute('aria-activedescendant');
        }
        items.forEach(function (item) {
            var li = document.createElement('li');
            li.id = 'empathy-result-' + type + '-' + item.id;
            li.setAttribute('role', 'option');
            li.setAttribute('aria-selected', 'false');
            li.dataset.id = item.id;
            li.className = 'empathy-result';
            var text = document.createElement('span');
            text.className = 'empathy-result-text';
            text.textContent = item.text.length > 220 ? item.text.slice(0, 220) + '\u2026' : item.text;
            var meta = document.createElement('span');
            meta.className = 'empathy-meta empathy-result-meta';
            meta.textContent = item.meta;
            li.append(text, meta);
            if (linked[String(item.id)]) {
                li.setAttribute('aria-disabled', 'true');
                var mark = document.createElement('span');
                mark.className = 'aui-lozenge aui-lozenge-subtle empathy-already';
                mark.textContent = t('alreadyLinked');
                li.appendChild(mark);
            }
            d.results.appendChild(li);
        });
        var shown = d.results.querySelectorAll('[role="option"]').length;
        var all = typeof total === 'number' ? total : shown;
        d.status.textContent = !shown ? t('noResults') : shown < all ? t('resultsOf', shown, all) : t('results', shown);
        if (typeof next === 'number') {
            d.more.textContent = t('loadMore');
            d.more.dataset.next = String(next);
            d.more.hidden = false;
        }
        if (append) {
            return;
        }
        var keptPick = pickedId && document.getElementById(pickedId);
        if (keptPick && d.results.contains(keptPick)) {
            choose(d, keptPick);
        }
        var keptActive = activeId && document.getElementById(activeId);
        var first = keptActive && d.results.contains(keptActive) && keptActive.getAttribute('aria-disabled') !== 'true'
            ? keptActive : d.results.querySelector('[role="option"]:not([aria-disabled="true"])');
        if (first) {
            activate(d, first, false);
        }
    }

    function activate(d, li, pick) {
        d.results.querySelectorAll('.empathy-result-active').forEach(function (o) { o.classList.remove('empathy-result-active'); });
        li.classList.add('empathy-result-active');
        d.q.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView({block: 'nearest'});
        if (pick) {
            choose(d, li);
        }
    }

    function choose(d, li) {
        if (li.getAttribute('aria-disabled') === 'true') {
            return;
        }
        d.results.querySelectorAll('[aria-selected="true"]').forEach(function (o) { o.setAttribute('aria-selected', 'false'); });
        li.setAttribute('aria-selected', 'true');
        d.message.hidden = true;
        var text = li.querySelector('.empathy-result-text');
        d.status.textContent = t('picked', text ? text.textContent : '');
    }

    function move(d, step) {
        var options = Array.prototype.slice.call(d.results.querySelectorAll('[role="option"]:not([aria-disabled="true"])'));
        if (!options.length) {
            return;
        }
        var current = d.results.querySelector('.empathy-result-active');
        var index = options.indexOf(current);
        var next = options[Math.max(0, Math.min(options.length - 1, index + step))];
        activate(d, next, false);
    }

    async function submitLink() {
        var d = dialogParts();
        // only what the person picked (Enter, click): never the highlighted first result on its own
        var chosen = d.results.querySelector('[aria-selected="true"]');
        if (!chosen || chosen.getAttribute('aria-disabled') === 'true') {
            d.message.textContent = t('choose');
            d.message.hidden = false;
            d.q.focus();
            return;
        }
        var type = what();
        var noteText = d.dialog.querySelector('.empathy-d-note').value.trim();
        if (codePoints(noteText) > LIMITS.note) {
            d.message.textContent = t('tooLong', LIMITS.note, codePoints(noteText));
            d.message.hidden = false;
            d.dialog.querySelector('.empathy-d-note').focus();
            return;
        }
        var body = {relation: d.dialog.querySelector('.empathy-d-relation').value, note: noteText || null};
        body[type === 'evidence' ? 'evidenceId' : 'mapItemId'] = Number(chosen.dataset.id);
        var submit = d.dialog.querySelector('.empathy-link-submit');
        submit.disabled = true;
        var result = await call('POST', '/issues/' + encodeURIComponent(panel().dataset.issueKey) + '/links', body);
        submit.disabled = false;
        if (!result.ok) {
            clearStatus();
            var messages = (result.body && result.body.fieldErrors || []).map(function (e) { return e.message; });
            d.message.textContent = [failureText(result)].concat(messages).join(' ');
            d.message.hidden = false;
            return;
        }
        document.body.classList.remove('empathy-dialog-open');
        if (await refresh('.empathy-link-open')) {
            announce(t('linked'));
        }
    }

    // ------------------------------------------------------------------ wiring (delegated: survives re-rendering)

    document.addEventListener('click', function (event) {
        var target = event.target;
        if (!(target instanceof Element) || !target.closest(PANEL)) {
            return;
        }
        var button = target.closest('button');
        if (button && button.classList.contains('empathy-show-all')) {
            showAll(button);
            return;
        }
        if (button && button.classList.contains('empathy-add-open')) {
            var form = panel().querySelector('#empathy-add-form');
            if (form.hidden) {
                openAddForm(button);
            } else {
                askBeforeClosing(form);
            }
        } else if (button && button.classList.contains('empathy-add-cancel')) {
            askBeforeClosing(button.closest('form'));
        } else if (button && button.classList.contains('empathy-load-more')) {
            search(Number(button.dataset.next));
        } else if (button && button.classList.contains('empathy-link-open')) {
            openDialog(button);
        } else if (button && button.classList.contains('empathy-dialog-close')) {
            closeDialog();
        } else if (button && button.classList.contains('empathy-unlink')) {
            unlink(button);
        } else if (button && button.classList.contains('empathy-reconfirm')) {
            openReconfirm(button);
        } else if (target.classList.contains('empathy-dialog-backdrop')) {
            closeDialog();
        } else {
            var option = target.closest('.empathy-result');
            if (option) {
                var d = dialogParts();
                activate(d, option, true);
                d.q.focus();
            }
        }
    });

    document.addEventListener('dblclick', function (event) {
        var option = event.target instanceof Element && event.target.closest('.empathy-result');
        if (option && option.closest(PANEL)) {
            choose(dialogParts(), option);
            submitLink();
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement) || !form.closest(PANEL)) {
            return;
        }
        if (form.id === 'empathy-add-form') {
            event.preventDefault();
            submitAddForm(form);
        } else if (form.classList.contains('empathy-link-form')) {
            event.preventDefault();
            submitLink();
        }
    });

    document.addEventListener('input', function (event) {
        var target = event.target;
        if (!(target instanceof Element) || !target.closest(PANEL)) {
            return;
        }
        var form = target.closest('#empathy-add-form');
        if (form && target.name && CHECKED.indexOf(target.name) >= 0) {
            check(form, target.name);
        } else if (target.classList.contains('empathy-d-q')) {
            scheduleSearch();
        } else if (target.classList.contains('empathy-d-note')) {
            counter(target, LIMITS.note);
        }
    });

    document.addEventListener('change', function (event) {
        var target = event.target;
        if (!(target instanceof Element) || !target.closest(PANEL)) {
            return;
        }
        var form = target.closest('#empathy-add-form');
        if (form && target.name && CHECKED.indexOf(target.name) >= 0) {
            check(form, target.name);
        } else if (target.classList.contains('empathy-relation-select')) {
            // a click in the list is a choice; a change made with the arrow keys waits for Enter or leaving the picker
            if (target.dataset.keyed !== 'true') {
                relink(target);
            }
        } else if (target.closest('.empathy-link-form') && !target.classList.contains('empathy-d-relation')
            && !target.classList.contains('empathy-d-note') && !target.classList.contains('empathy-d-q')) {
            // the query box searches as you type (input events); its change event (Enter, blur) must not search again
            // and wipe the result the person just picked
            search();
        }
    });

    document.addEventListener('keydown', function (event) {
        var p = panel();
        var backdrop = p && p.querySelector('.empathy-dialog-backdrop');
        if (backdrop && !backdrop.hidden) {
            var d = dialogParts();
            if (event.key === 'Escape') {
                event.preventDefault();
                closeDialog();
            } else if (event.key === 'Tab') {
                trapFocus(event, d.dialog);
            } else if (event.target === d.q && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
                event.preventDefault();
                move(d, event.key === 'ArrowDown' ? 1 : -1);
            } else if (event.target === d.q && event.key === 'Enter') {
                // one keyboard model for both search dialogs: Enter picks the highlighted result, a second Enter links it
                event.preventDefault();
                var active = d.results.querySelector('.empathy-result-active');
                if (active && active.getAttribute('aria-selected') !== 'true') {
                    choose(d, active);
                } else {
                    submitLink();
                }
            }
            return;
        }
        var select = event.target instanceof Element && event.target.closest('.empathy-relation-select');
        if (select) {
            if (['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].indexOf(event.key) >= 0) {
                select.dataset.keyed = 'true';
            } else if (event.key === 'Enter') {
                event.preventDefault();
                select.dataset.keyed = 'false';
                relink(select);
            }
            return;
        }
        var form = event.target instanceof Element && event.target.closest('#empathy-add-form');
        if (form && event.key === 'Escape' && !event.defaultPrevented) {
            event.preventDefault();
            askBeforeClosing(form);
        }
    });

    document.addEventListener('mousedown', function (event) {
        var select = event.target instanceof Element && event.target.closest('.empathy-relation-select');
        if (select) {
            select.dataset.keyed = 'false';
        }
    });

    document.addEventListener('focusout', function (event) {
        var select = event.target instanceof Element && event.target.closest('.empathy-relation-select');
        if (select && select.closest(PANEL)) {
            select.dataset.keyed = 'false';
            relink(select); // leaving the picker is a choice too (nothing is saved when it did not change)
        }
    });

    // leaving the page with a half-filled form asks first (the browser's own question)
    window.addEventListener('beforeunload', function (event) {
        var p = panel();
        if (p && halfFilled(p.querySelector('#empathy-add-form'))) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', readTexts);
    } else {
        readTexts();
    }
})();
