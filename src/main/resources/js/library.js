/* Empathy Evidence: the evidence library and import pages. Every text comes from the page (data-texts, i18n bundle). */
(function () {
    'use strict';

    var texts = {};

    function api() {
        var base = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return base + '/rest/empathy/1.0';
    }

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

    async function call(method, path, body) {
        var init = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (method !== 'GET') {
            init.headers['Content-Type'] = 'application/json';
            init.body = body === undefined ? '{}' : JSON.stringify(body);
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

    function failureText(result) {
        if (result.status === 0) {
            return t('offline');
        }
        return t('failed', result.body && result.body.message ? result.body.message : String(result.status));
    }

    /** Shows the answer's field errors under their fields in {@code form} (and the message above); returns true when any. */
    function showErrors(form, box, result) {
        form.querySelectorAll('.empathy-field-error').forEach(function (e) { e.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
        var errors = result && result.body && result.body.fieldErrors ? result.body.fieldErrors : [];
        var unplaced = [];
        errors.forEach(function (fe) {
            var slot = form.querySelector('.empathy-field-error[data-field="' + fe.field + '"]');
            if (slot) {
                slot.textContent = (slot.textContent ? slot.textContent + ' ' : '') + fe.message;
                var input = slot.parentNode.querySelector('input, select, textarea');
                if (input) {
                    input.setAttribute('aria-invalid', 'true');
                }
            } else {
                unplaced.push(fe.message);
            }
        });
        if (box) {
            box.textContent = result ? failureText(result) + (unplaced.length ? ' ' + unplaced.join(' ') : '') : '';
            box.hidden = !result;
            if (result) {
                box.focus();
            }
        }
    }

    // ------------------------------------------------------------------ library

    function selectedIds() {
        var ids = [];
        document.querySelectorAll('.empathy-select:checked').forEach(function (c) { ids.push(Number(c.value)); });
        return ids;
    }

    function updateSelection() {
        var line = document.getElementById('empathy-selection');
        if (line) {
            line.textContent = t('selected', selectedIds().length);
        }
    }

    /** Fetches this page again and puts its rows in place (the forms and what is typed in them stay). */
    async function refreshRows() {
        try {
            var response = await fetch(window.location.href, {credentials: 'same-origin'});
            var doc = new DOMParser().parseFromString(await response.text(), 'text/html');
            var fresh = doc.getElementById('empathy-library-rows');
            var current = document.getElementById('empathy-library-rows');
            if (fresh && current) {
                current.replaceWith(document.importNode(fresh, true));
            }
        } catch (e) {
            // the rows stay as they were; the message above says what was done
        }
        updateSelection();
    }

    /** ONE (one note for every selected piece) or EACH (a note beside each piece), for a re-confirmation. */
    function noteMode(form) {
        var each = form.querySelector('[name=noteMode][value=EACH]');
        return each && each.checked ? 'EACH' : 'ONE';
    }

    function showActionFields(form) {
        var action = form.querySelector('[name=action]').value;
        var each = action === 'RECONFIRM' && noteMode(form) === 'EACH';
        form.querySelectorAll('[data-for]').forEach(function (g) {
            g.hidden = g.getAttribute('data-for').split(' ').indexOf(action) < 0 || (each && g.hasAttribute('data-one-note'));
        });
        document.querySelectorAll('.empathy-piece-note').forEach(function (g) {
            g.hidden = !each;
        });
    }

    async function fillItems(form) {
        var persona = form.querySelector('[name=mapPersona]').value;
        var select = form.querySelector('[name=mapItemId]');
        select.textContent = '';
        var first = document.createElement('option');
        first.value = '';
        first.textContent = persona ? t('loadingItems') : t('chooseItem');
        select.appendChild(first);
        if (!persona) {
            return;
        }
        var result = await call('GET', '/personas/' + encodeURIComponent(persona) + '/items');
        first.textContent = t('chooseItem');
        (result.ok && Array.isArray(result.body) ? result.body : []).forEach(function (item) {
            var o = document.createElement('option');
            o.value = String(item.id);
            o.textContent = item.statement;
            select.appendChild(o);
        });
    }

    async function runBulk(form) {
        var done = document.getElementById('empathy-bulk-done');
        var box = document.getElementById('empathy-bulk-message');
        done.hidden = true;
        var action = form.querySelector('[name=action]').value;
        var body = {action: action, evidenceIds: selectedIds()};
        if (action === 'RECONFIRM' && noteMode(form) === 'EACH') {
            // a note beside each selected piece (left empty: re-confirmed without a note)
            body.notes = body.evidenceIds.map(function (id) {
                var input = document.querySelector('[data-piece-note="' + id + '"]');
                return {evidenceId: id, note: input ? input.value : ''};
            });
        } else if (action === 'RECONFIRM' || action === 'LINK') {
            body.note = form.querySelector('[name=note]').value;
        }
        if (action === 'RETIRE') {
            body.reason = form.querySelector('[name=reason]').value;
        }
        if (action === 'LINK') {
            body.issueKey = form.querySelector('[name=issueKey]').value;
            body.relation = form.querySelector('[name=relation]').value;
        }
        if (action === 'BACK') {
            var item = form.querySelector('[name=mapItemId]').value;
            body.mapItemId = item ? Number(item) : null;
        }
        var path = '/library/bulk';
        if (action === 'HANDOVER') {
            // Hand over to another owner (issue 16): its own operation, one transaction as the others.
            path = '/ownership/hand-over';
            body = {evidenceIds: body.evidenceIds, owner: form.querySelector('[name=owner]').value};
        }
        var button = form.querySelector('button[type=submit]');
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        var result = await call('POST', path, body);
        button.disabled = false;
        button.removeAttribute('aria-busy');
        if (!result.ok) {
            showErrors(form, box, result);
            return;
        }
        showErrors(form, box, null);
        done.textContent = result.body.message;
        done.hidden = false;
        await refreshRows();
        showActionFields(form);
        done.focus();
    }

    function editForm(row, evidence) {
        var area = row.querySelector('.empathy-edit-area');
        area.textContent = '';
        var form = document.createElement('form');
        form.className = 'aui empathy-edit-form';
        form.noValidate = true;
        var id = row.getAttribute('data-id');
        form.innerHTML = '<div class="aui-message aui-message-error empathy-form-message" hidden tabindex="-1"></div>'
            + '<div class="field-group"><label></label><textarea class="textarea" rows="3" name="text"></textarea><div class="error empathy-field-error" data-field="text"></div></div>'
            + '<div class="field-group"><label></label><input class="text" type="text" name="sourceTitle"><div class="error empathy-field-error" data-field="sourceTitle"></div></div>'
            + '<div class="field-group"><label></label><input class="text" type="date" name="observedOn"><div class="error empathy-field-error" data-field="observedOn"></div></div>'
            + '<div class="buttons-container"><button type="submit" class="aui-button aui-button-primary"></button> <button type="button" class="aui-button aui-button-link empathy-edit-cancel"></button></div>';
        var labels = form.querySelectorAll('label');
        var names = ['text', 'sourceTitle', 'observedOn'];
        var captions = [texts.editText, texts.editSourceTitle, texts.editObservedOn];
        labels.forEach(function (label, i) {
            var input = form.querySelector('[name=' + names[i] + ']');
            input.id = 'empathy-edit-' + id + '-' + names[i];
            label.setAttribute('for', input.id);
            label.textContent = captions[i];
        });
        form.querySelector('[name=text]').value = evidence.text || '';
        form.querySelector('[name=sourceTitle]').value = evidence.sourceTitle || '';
        form.querySelector('[name=observedOn]').value = evidence.observedOn || '';
        form.querySelector('button[type=submit]').textContent = texts.editSave;
        form.querySelector('.empathy-edit-cancel').textContent = texts.editCancel;
        form.querySelector('.empathy-edit-cancel').addEventListener('click', function () {
            area.textContent = '';
            row.querySelector('.empathy-edit-open').focus();
        });
        var version = evidence.version;
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            var box = form.querySelector('.empathy-form-message');
            var body = {
                text: form.querySelector('[name=text]').value, kind: evidence.kind, section: evidence.section,
                sourceKind: evidence.sourceKind, sourceTitle: form.querySelector('[name=sourceTitle]').value,
                sourceLink: evidence.sourceLink, sourceMomentSeconds: evidence.sourceMomentSeconds,
                participantAlias: evidence.participantAlias, personaKey: evidence.personaKey, projectKey: evidence.projectKey,
                observedOn: form.querySelector('[name=observedOn]').value, tags: evidence.tags || [], version: version
            };
            var result = await call('PUT', '/evidence/' + id, body);
            if (result.ok) {
                announce(t('saved'));
                await refreshRows();
                return;
            }
            if (result.status === 409) {
                var now = await call('GET', '/evidence/' + id);
                showErrors(form, box, null);
                box.textContent = now.ok ? t('conflict', now.body.updatedBy || '', now.body.updatedAt || '') : t('conflictUnknown');
                box.hidden = false;
                if (now.ok) {
                    version = now.body.version;
                }
                box.focus();
                return;
            }
            showErrors(form, box, result);
        });
        area.appendChild(form);
        form.querySelector('[name=text]').focus();
    }

    function retireForm(row) {
        var area = row.querySelector('.empathy-edit-area');
        area.textContent = '';
        var id = row.getAttribute('data-id');
        var form = document.createElement('form');
        form.className = 'aui empathy-retire-form';
        form.noValidate = true;
        form.innerHTML = '<div class="aui-message aui-message-error empathy-form-message" hidden tabindex="-1"></div>'
            + '<div class="field-group"><label></label><input class="text" type="text" name="reason" maxlength="500"><div class="error empathy-field-error" data-field="reason"></div></div>'
            + '<div class="buttons-container"><button type="submit" class="aui-button aui-button-primary"></button> <button type="button" class="aui-button aui-button-link empathy-edit-cancel"></button></div>';
        var input = form.querySelector('[name=reason]');
        input.id = 'empathy-retire-' + id + '-reason';
        form.querySelector('label').setAttribute('for', input.id);
        form.querySelector('label').textContent = texts.retireReason;
        form.querySelector('button[type=submit]').textContent = texts.retireSubmit;
        form.querySelector('.empathy-edit-cancel').textContent = texts.editCancel;
        form.querySelector('.empathy-edit-cancel').addEventListener('click', function () {
            area.textContent = '';
            row.querySelector('.empathy-retire-open').focus();
        });
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            var result = await call('POST', '/evidence/' + id + '/retire', {reason: input.value});
            if (result.ok) {
                announce(t('retired'));
                await refreshRows();
                return;
            }
            showErrors(form, form.querySelector('.empathy-form-message'), result);
        });
        area.appendChild(form);
        input.focus();
    }

    function announce(message) {
        var done = document.getElementById('empathy-bulk-done');
        if (done) {
            done.textContent = message;
            done.hidden = false;
        }
    }

    async function exportCsv(form) {
        var message = form.querySelector('.empathy-export-message');
        var params = new URLSearchParams(window.location.search);
        var out = new URLSearchParams();
        ['q', 'persona', 'section', 'kind', 'sourceKind', 'project', 'participant', 'observedFrom', 'observedTo'].forEach(function (name) {
            if (params.get(name)) {
                out.set(name, params.get(name));
            }
        });
        if (form.querySelector('[name=retired]').checked) {
            out.set('status', 'ALL');
        }
        message.textContent = t('working');
        var result = await call('GET', '/export?' + out.toString());
        if (!result.ok) {
            message.textContent = t('exportFailed', result.body && result.body.message ? result.body.message : String(result.status));
            return;
        }
        var blob = new Blob([result.body.csv], {type: 'text/csv;charset=utf-8'});
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'evidence.csv';
        link.id = 'empathy-export-download';
        link.hidden = true;
        document.body.appendChild(link);
        link.click();
        message.textContent = t('exported', result.body.rows);
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 60000);
    }

    function initLibrary(root) {
        document.addEventListener('change', function (event) {
            var target = event.target;
            if (target.id === 'empathy-select-all') {
                document.querySelectorAll('.empathy-select:not(:disabled)').forEach(function (c) { c.checked = target.checked; });
                updateSelection();
            } else if (target.classList && target.classList.contains('empathy-select')) {
                updateSelection();
            } else if (target.id === 'empathy-bulk-action' || target.name === 'noteMode') {
                showActionFields(target.form);
            } else if (target.id === 'empathy-bulk-persona') {
                fillItems(target.form);
            }
        });
        document.addEventListener('click', async function (event) {
            var edit = event.target.closest ? event.target.closest('.empathy-edit-open') : null;
            var retire = event.target.closest ? event.target.closest('.empathy-retire-open') : null;
            if (edit) {
                var row = edit.closest('tr');
                var result = await call('GET', '/evidence/' + row.getAttribute('data-id'));
                if (result.ok) {
                    editForm(row, result.body);
                } else {
                    announce(failureText(result));
                }
            } else if (retire) {
                retireForm(retire.closest('tr'));
            }
        });
        var bulk = document.getElementById('empathy-bulk');
        if (bulk) {
            showActionFields(bulk);
            bulk.addEventListener('submit', function (event) {
                event.preventDefault();
                runBulk(bulk);
            });
        }
        var exportForm = document.getElementById('empathy-export');
        exportForm.addEventListener('submit', function (event) {
            event.preventDefault();
            exportCsv(exportForm);
        });
        updateSelection();
    }

    // ------------------------------------------------------------------ import

    function readFile(input) {
        return new Promise(function (resolve, reject) {
            var file = input.files && input.files[0];
            if (!file) {
                resolve(null);
                return;
            }
            var reader = new FileReader();
            reader.onload = function () { resolve(String(reader.result)); };
            reader.onerror = function () { reject(reader.error); };
            reader.readAsText(file, 'UTF-8');
        });
    }

    function errorTable(errors) {
        var box = document.getElementById('empathy-import-errors');
        var body = box.querySelector('tbody');
        body.textContent = '';
        (errors || []).forEach(function (e) {
            var tr = document.createElement('tr');
            [e.row, e.line, e.field, e.message].forEach(function (v) {
                var td = document.createElement('td');
                td.textContent = v === null || v === undefined ? '' : String(v);
                tr.appendChild(td);
            });
            body.appendChild(tr);
        });
        box.hidden = !errors || errors.length === 0;
    }

    function duplicateTable(duplicates) {
        var box = document.getElementById('empathy-import-duplicates');
        var body = box.querySelector('tbody');
        body.textContent = '';
        (duplicates || []).forEach(function (d) {
            var tr = document.createElement('tr');
            [d.row, d.line, d.message].forEach(function (v) {
                var td = document.createElement('td');
                td.textContent = v === null || v === undefined ? '' : String(v);
                tr.appendChild(td);
            });
            body.appendChild(tr);
        });
        box.hidden = !duplicates || duplicates.length === 0;
    }

    function initImport(root) {
        var form = document.getElementById('empathy-import-form');
        var fileInput = document.getElementById('empathy-import-file');
        var check = document.getElementById('empathy-import-check');
        var run = document.getElementById('empathy-import-run');
        var status = document.getElementById('empathy-import-status');
        var progressBox = document.getElementById('empathy-import-progress-box');
        var progress = document.getElementById('empathy-import-progress');
        var checked = null;

        fileInput.addEventListener('change', function () {
            run.disabled = true;
            checked = null;
            duplicateTable([]);
        });

        check.addEventListener('click', async function () {
            var csv = await readFile(fileInput);
            showErrors(form, null, null);
            if (csv === null) {
                form.querySelector('[data-field=file]').textContent = t('noFile');
                fileInput.setAttribute('aria-invalid', 'true');
                fileInput.focus();
                return;
            }
            status.textContent = t('working');
            var result = await call('POST', '/import', {csv: csv, dryRun: true});
            if (!result.ok) {
                status.textContent = failureText(result);
                errorTable(result.body ? result.body.fieldErrors : []);
                return;
            }
            errorTable(result.body.errors);
            duplicateTable(result.body.duplicateRows);
            if (result.body.errorCount > 0) {
                status.textContent = t('dryRunErrors', result.body.errorCount, result.body.rows);
                run.disabled = true;
            } else {
                status.textContent = t('dryRunOk', result.body.rows, result.body.newParticipants)
                    + (result.body.duplicates ? ' ' + t('dryRunDuplicates', result.body.duplicates) : '');
                checked = csv;
                run.disabled = false;
                run.focus();
            }
        });

        run.addEventListener('click', async function () {
            var csv = await readFile(fileInput);
            if (csv === null || csv !== checked) {
                run.disabled = true;
                status.textContent = t('noFile');
                return;
            }
            run.disabled = true;
            check.disabled = true;
            progressBox.hidden = false;
            progress.value = 0;
            status.textContent = t('working');
            var last = null;
            try {
                var response = await fetch(api() + '/import', {
                    method: 'POST', credentials: 'same-origin',
                    headers: {'Content-Type': 'application/json', 'Accept': 'application/x-ndjson'},
                    body: JSON.stringify({csv: csv, dryRun: false})
                });
                if (!response.ok || !response.body) {
                    var plain = null;
                    try { plain = await response.json(); } catch (e) { plain = null; }
                    last = {phase: 'failed', error: plain || {message: String(response.status)}};
                } else {
                    var reader = response.body.getReader();
                    var decoder = new TextDecoder();
                    var buffer = '';
                    for (;;) {
                        var chunk = await reader.read();
                        if (chunk.done) {
                            break;
                        }
                        buffer += decoder.decode(chunk.value, {stream: true});
                        var lines = buffer.split('\n');
                        buffer = lines.pop();
                        lines.forEach(function (line) {
                            if (!line.trim()) {
                                return;
                            }
                            var event = JSON.parse(line);
                            last = event;
                            if (event.total > 0 && (event.phase === 'reading' || event.phase === 'checking' || event.phase === 'writing')) {
                                var share = {reading: [0, 20], checking: [20, 40], writing: [40, 100]}[event.phase];
                                progress.value = Math.round(share[0] + (share[1] - share[0]) * event.done / event.total);
                                progress.setAttribute('aria-valuetext', t('progress' + event.phase.charAt(0).toUpperCase() + event.phase.slice(1), event.done, event.total));
                            }
                        });
                    }
                    if (buffer.trim()) {
                        last = JSON.parse(buffer);
                    }
                }
            } catch (e) {
                last = {phase: 'failed', error: {message: t('offline')}};
            }
            check.disabled = false;
            if (last && last.phase === 'done') {
                progress.value = 100;
                status.textContent = t('importDone', last.result.created, last.result.newParticipants)
                    + (last.result.linked ? ' ' + t('importLinked', last.result.linked) : '')
                    + (last.result.duplicates ? ' ' + t('duplicates', last.result.duplicates) : '');
                errorTable([]);
                duplicateTable(last.result.duplicateRows);
                checked = null;
            } else {
                var error = last && last.error ? last.error : {message: ''};
                status.textContent = t('importFailed', error.message || '');
                errorTable(error.fieldErrors || []);
                run.disabled = false;
            }
        });
    }

    function init() {
        var root = library();
        if (!root) {
            return;
        }
        try {
            texts = JSON.parse(root.dataset.texts || '{}');
        } catch (e) {
            texts = {};
        }
        if (root.id === 'empathy-import') {
            initImport(root);
        } else {
            initLibrary(root);
        }
    }

    function library() {
        return document.getElementById('empathy-library') || document.getElementById('empathy-import');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
