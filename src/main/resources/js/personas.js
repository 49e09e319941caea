/* Empathy Evidence: the personas page. Every text comes from the page (data-texts, i18n bundle); writes go to the REST API. */
(function () {
    'use strict';

    var texts = {};
    var editable = false;
    var current = null;

    /** True when the reader may change the current persona's map: they may edit, and the persona is not retired. */
    function mapEditable() {
        return editable && !(current && current.retired);
    }

    /** "2 Dec 2026" from an ISO-8601 instant, as the rest of the app words days. */
    function day(iso) {
        var d = iso ? new Date(iso) : null;
        return d && !isNaN(d.getTime()) ? d.toLocaleDateString('en-GB', {day: 'numeric', month: 'short', year: 'numeric'}) : '';
    }

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

    function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        if (text !== undefined) {
            e.textContent = text;
        }
        return e;
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

    function status(text) {
        document.getElementById('empathy-personas-status').textContent = text;
    }

    function failureText(result) {
        if (result.status === 0) {
            return t('offline');
        }
        return t('failed', result.body && result.body.message ? result.body.message : String(result.status));
    }

    /** Puts the answer's field errors under their fields in the form; what was typed stays. Returns true when it failed. */
    function showErrors(form, result) {
        form.querySelectorAll('.empathy-field-error').forEach(function (e) { e.textContent = ''; });
        form.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
        var box = form.querySelector('.empathy-form-error');
        if (box) {
            box.textContent = '';
        }
        if (result.ok) {
            return false;
        }
        var errors = result.body && result.body.fieldErrors ? result.body.fieldErrors : [];
        var unplaced = errors.length === 0;
        errors.forEach(function (fe) {
            var slot = form.querySelector('.empathy-field-error[data-field="' + fe.field + '"]');
            var input = form.querySelector('[name="' + fe.field + '"]');
            if (slot) {
                slot.textContent = fe.message;
                if (input) {
                    input.setAttribute('aria-invalid', 'true');
                    input.setAttribute('aria-describedby', (input.id || 'f') + '-error');
                    slot.id = (input.id || 'f') + '-error';
                }
            } else {
                unplaced = true;
            }
        });
        if (box) {
            box.textContent = errors.length && !unplaced ? t('fixFields') : failureText(result);
        }
        var first = form.querySelector('[aria-invalid="true"]');
        if (first) {
            first.focus();
        }
        return true;
    }

    function selectedKey() {
        return new URLSearchParams(window.location.search).get('persona');
    }

    async function loadList() {
        var list = document.getElementById('empathy-persona-list');
        var result = await call('GET', '/personas');
        list.textContent = '';
        if (!result.ok) {
            list.appendChild(el('li', {}, failureText(result)));
            return [];
        }
        if (!result.body.length) {
            list.appendChild(el('li', {}, t('none')));
        }
        var key = selectedKey();
        result.body.forEach(function (p) {
            var li = el('li');
            var a = el('a', {href: '?persona=' + encodeURIComponent(p.key), 'data-key': p.key}, p.name + ' (' + p.key + ')');
            if (p.key === key) {
                a.setAttribute('aria-current', 'page');
            }
            li.appendChild(a);
            if (p.retired) {
                li.className = 'empathy-persona-retired-entry';
                li.appendChild(document.createTextNode(' '));
                li.appendChild(el('span', {'class': 'aui-lozenge empathy-retired-lozenge'}, t('retired')));
            }
            list.appendChild(li);
        });
        return result.body;
    }

    function sectionOptions(selected) {
        var select = el('select', {'class': 'select', name: 'section'});
        Object.keys(texts).filter(function (k) { return k.indexOf('section.') === 0; }).forEach(function (k) {
            var value = k.substring('section.'.length);
            var o = el('option', {value: value}, texts[k]);
            if (value === selected) {
                o.selected = true;
            }
            select.appendChild(o);
        });
        return select;
    }

    async function loadMap() {
        var box = document.getElementById('empathy-map-sections');
        var result = await call('GET', '/personas/' + encodeURIComponent(current.key) + '/map');
        box.textContent = '';
        if (!result.ok) {
            box.appendChild(el('p', {}, failureText(result)));
            return;
        }
        // the persona's trust figure (issue 16), over what the reader may see, said so when some is hidden
        var trust = result.body.summary && result.body.summary.trust;
        if (trust && trust.total > 0 && trust.percent !== null) {
            box.appendChild(el('p', {'class': 'empathy-persona-trust', id: 'empathy-persona-trust'},
                t(trust.partial ? 'trustPartial' : 'trust', trust.percent, trust.fresh, trust.total)));
        }
        result.body.sections.forEach(function (s) {
            var section = el('section', {'class': 'empathy-personas-section', id: 'empathy-section-' + s.section, 'aria-labelledby': 'empathy-section-title-' + s.section});
            section.appendChild(el('h3', {id: 'empathy-section-title-' + s.section}, t('section.' + s.section)));
            if (s.hiddenTotal > 0) {
                section.appendChild(el('p', {'class': 'empathy-hidden-count'}, t('hiddenEvidence', s.hiddenTotal)));
            }
            if (!s.items.length) {
                section.appendChild(el('p', {'class': 'empathy-muted'}, t('noItems')));
            }
            var ul = el('ul', {'class': 'empathy-personas-items'});
            s.items.forEach(function (item) { ul.appendChild(itemRow(item, s.section)); });
            section.appendChild(ul);
            box.appendChild(section);
        });
    }

    function itemRow(item, section) {
        var li = el('li', {'class': 'empathy-personas-item', id: 'empathy-item-' + item.id, 'data-section': section});
        li.appendChild(el('span', {'class': 'empathy-item-statement'}, item.statement));
        li.appendChild(el('span', {'class': 'empathy-item-backing'}, ' \u2014 ' + (item.evidenceTotal ? t('backedBy', item.evidenceTotal) : t('assumption'))));
        var ev = el('ul', {'class': 'empathy-item-evidence'});
        item.evidence.forEach(function (e) {
            var eli = el('li', {'data-evidence': String(e.id)});
            eli.appendChild(el('q', {}, e.text));
            if (mapEditable()) {
                var unback = el('button', {type: 'button', 'class': 'aui-button aui-button-link empathy-unback', 'aria-label': t('unback') + ': ' + e.text}, t('unback'));
                unback.addEventListener('click', async function () {
                    var r = await call('DELETE', '/personas/items/' + item.id + '/evidence/' + e.id);
                    status(r.ok ? t('unbacked') : failureText(r));
                    if (r.ok) {
                        await loadMap();
                    }
                });
                eli.appendChild(document.createTextNode(' '));
                eli.appendChild(unback);
            }
            ev.appendChild(eli);
        });
        li.appendChild(ev);
        if (!mapEditable()) {
            return li;
        }
        var actions = el('div', {'class': 'empathy-item-actions'});
        var edit = el('button', {type: 'button', 'class': 'aui-button empathy-item-edit', 'aria-label': t('edit') + ': ' + item.statement}, t('edit'));
        var del = el('button', {type: 'button', 'class': 'aui-button empathy-item-delete', 'aria-label': t('delete') + ': ' + item.statement}, t('delete'));
        var backButton = el('button', {type: 'button', 'class': 'aui-button empathy-item-back', 'aria-label': t('back') + ': ' + item.statement}, t('back'));
        actions.appendChild(edit);
        actions.appendChild(document.createTextNode(' '));
        actions.appendChild(backButton);
        actions.appendChild(document.createTextNode(' '));
        actions.appendChild(del);
        li.appendChild(actions);

        edit.addEventListener('click', function () { editForm(li, item, section, edit); });
        del.addEventListener('click', async function () {
            var r = await call('DELETE', '/personas/items/' + item.id);
            status(r.ok ? t('deleted', item.statement) : failureText(r));
            if (r.ok) {
                await loadMap();
                document.getElementById('empathy-map-title').focus();
            }
        });
        backButton.addEventListener('click', function () { backForm(li, item, backButton); });
        return li;
    }

    function editForm(li, item, section, opener) {
        if (li.querySelector('.empathy-item-edit-form')) {
            return;
        }
        var form = el('form', {'class': 'aui empathy-item-edit-form', novalidate: ''});
        var sid = 'empathy-item-section-' + item.id;
        var tid = 'empathy-item-statement-' + item.id;
        var g1 = el('div', {'class': 'field-group'});
        g1.appendChild(el('label', {'for': sid}, t('moveTo')));
        var select = sectionOptions(section);
        select.id = sid;
        g1.appendChild(select);
        g1.appendChild(el('div', {'class': 'error empathy-field-error', 'data-field': 'section'}));
        var g2 = el('div', {'class': 'field-group'});
        g2.appendChild(el('label', {'for': tid}, t('statement')));
        var input = el('input', {'class': 'text long-field', type: 'text', id: tid, name: 'statement'});
        input.value = item.statement;
        g2.appendChild(input);
        g2.appendChild(el('div', {'class': 'error empathy-field-error', 'data-field': 'statement'}));
        form.appendChild(g1);
        form.appendChild(g2);
        form.appendChild(el('div', {'class': 'error empathy-form-error', role: 'alert'}));
        var buttons = el('div', {'class': 'buttons-container'});
        var save = el('button', {type: 'submit', 'class': 'aui-button aui-button-primary'}, t('save'));
        var cancel = el('button', {type: 'button', 'class': 'aui-button aui-button-link'}, t('cancel'));
        buttons.appendChild(save);
        buttons.appendChild(cancel);
        form.appendChild(buttons);
        li.appendChild(form);
        select.focus();
        cancel.addEventListener('click', function () { form.remove(); opener.focus(); });
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            // the version this page read: a change by someone else since then is refused (409) and said here
            var r = await call('PUT', '/personas/items/' + item.id, {section: select.value, statement: input.value, version: item.version});
            if (showErrors(form, r)) {
                return;
            }
            status(r.body.section !== section ? t('itemMoved', r.body.statement, t('section.' + r.body.section)) : t('itemSaved'));
            await loadMap();
            var moved = document.querySelector('#empathy-item-' + item.id + ' .empathy-item-edit');
            if (moved) {
                moved.focus();
            }
        });
    }

    function backForm(li, item, opener) {
        if (li.querySelector('.empathy-item-back-form')) {
            return;
        }
        var form = el('form', {'class': 'aui empathy-item-back-form', role: 'search', novalidate: ''});
        var qid = 'empathy-back-q-' + item.id;
        var g = el('div', {'class': 'field-group'});
        g.appendChild(el('label', {'for': qid}, t('searchEvidence')));
        var q = el('input', {'class': 'text', type: 'search', id: qid, name: 'q'});
        g.appendChild(q);
        g.appendChild(el('div', {'class': 'error empathy-field-error', 'data-field': 'q'}));
        form.appendChild(g);
        form.appendChild(el('div', {'class': 'error empathy-form-error', role: 'alert'}));
        var buttons = el('div', {'class': 'buttons-container'});
        buttons.appendChild(el('button', {type: 'submit', 'class': 'aui-button'}, t('search')));
        var cancel = el('button', {type: 'button', 'class': 'aui-button aui-button-link'}, t('cancel'));
        buttons.appendChild(cancel);
        form.appendChild(buttons);
        var results = el('ul', {'class': 'empathy-back-results', 'aria-live': 'polite'});
        form.appendChild(results);
        li.appendChild(form);
        q.focus();
        cancel.addEventListener('click', function () { form.remove(); opener.focus(); });
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            var r = await call('GET', '/evidence?limit=10&status=ACTIVE&persona=' + encodeURIComponent(current.key) + '&q=' + encodeURIComponent(q.value));
            results.textContent = '';
            if (showErrors(form, r)) {
                return;
            }
            if (!r.body.items.length) {
                results.appendChild(el('li', {}, t('noResults')));
            }
            r.body.items.forEach(function (e) {
                var rli = el('li', {'data-evidence': String(e.id)});
                rli.appendChild(el('q', {}, e.text));
                rli.appendChild(document.createTextNode(' '));
                var pick = el('button', {type: 'button', 'class': 'aui-button aui-button-link empathy-back-pick', 'aria-label': t('back') + ': ' + e.text}, t('back'));
                pick.addEventListener('click', async function () {
                    var b = await call('POST', '/personas/items/' + item.id + '/evidence', {evidenceId: e.id});
                    if (showErrors(form, b)) {
                        return;
                    }
                    status(t('backed'));
                    await loadMap();
                    var again = document.querySelector('#empathy-item-' + item.id + ' .empathy-item-back');
                    if (again) {
                        again.focus();
                    }
                });
                rli.appendChild(pick);
                results.appendChild(rli);
            });
        });
    }

    function wireForms() {
        var create = document.getElementById('empathy-persona-create');
        if (create) {
            create.addEventListener('submit', async function (event) {
                event.preventDefault();
                var r = await call('POST', '/personas', {key: create.key.value, name: create.name.value, description: create.description.value});
                if (showErrors(create, r)) {
                    return;
                }
                window.location.search = '?persona=' + encodeURIComponent(r.body.key) + '&created=1';
            });
        }
        var edit = document.getElementById('empathy-persona-edit');
        if (edit) {
            edit.addEventListener('submit', async function (event) {
                event.preventDefault();
                var r = await call('PUT', '/personas/' + encodeURIComponent(current.key),
                        {name: edit.name.value, description: edit.description.value, version: current.version});
                if (showErrors(edit, r)) {
                    return;
                }
                current = r.body;
                showPersona();
                status(t('saved'));
            });
        }
        var retire = document.getElementById('empathy-persona-retire');
        if (retire) {
            retire.addEventListener('submit', async function (event) {
                event.preventDefault();
                var r = await call('POST', '/personas/' + encodeURIComponent(current.key) + '/retire',
                        {reason: retire.reason.value, version: current.version});
                if (showErrors(retire, r)) {
                    return;
                }
                retire.reason.value = '';
                await changed(r.body, t('retiredDone', r.body.name));
                document.getElementById('empathy-restore-run').focus();
            });
        }
        var restore = document.getElementById('empathy-persona-restore');
        if (restore) {
            restore.addEventListener('submit', async function (event) {
                event.preventDefault();
                var r = await call('POST', '/personas/' + encodeURIComponent(current.key) + '/restore', {version: current.version});
                if (showErrors(restore, r)) {
                    return;
                }
                await changed(r.body, t('restoredDone', r.body.name));
                document.getElementById('empathy-retire-reason').focus();
            });
        }
        var add = document.getElementById('empathy-item-add');
        if (add) {
            add.addEventListener('submit', async function (event) {
                event.preventDefault();
                var r = await call('POST', '/personas/' + encodeURIComponent(current.key) + '/items', {section: add.section.value, statement: add.statement.value});
                if (showErrors(add, r)) {
                    return;
                }
                add.statement.value = '';
                status(t('itemAdded', r.body.statement, t('section.' + r.body.section)));
                await loadMap();
            });
        }
    }

    /** After a retire or restore: the persona as Jira now has it, the list and the map drawn again, and a status line. */
    async function changed(persona, message) {
        current = persona;
        showPersona();
        await loadList();
        await loadMap();
        status(message);
    }

    function showPersona() {
        document.getElementById('empathy-persona-heading').textContent = current.name + ' (' + current.key + ')';
        document.getElementById('empathy-persona-description').textContent = current.description || '';
        var edit = document.getElementById('empathy-persona-edit');
        if (edit) {
            edit.name.value = current.name;
            edit.description.value = current.description || '';
        }
        var retired = document.getElementById('empathy-persona-retired');
        retired.hidden = !current.retired;
        document.getElementById('empathy-persona-retired-line').textContent = current.retired
            ? t('retiredLine', day(current.retiredAt), current.retiredByName || current.retiredBy || '', current.retiredReason || '') : '';
        var retire = document.getElementById('empathy-persona-retire');
        var restore = document.getElementById('empathy-persona-restore');
        var add = document.getElementById('empathy-item-add');
        if (retire) {
            retire.hidden = !!current.retired;
            restore.hidden = !current.retired;
        }
        if (add) {
            add.hidden = !!current.retired;
        }
    }

    async function start() {
        var root = document.getElementById('empathy-personas');
        if (!root) {
            return;
        }
        texts = JSON.parse(root.getAttribute('data-texts') || '{}');
        editable = root.getAttribute('data-editable') === 'true';
        wireForms();
        var personas = await loadList();
        var key = selectedKey();
        current = personas.filter(function (p) { return p.key === key; })[0] || null;
        if (!current) {
            root.setAttribute('data-loaded', 'true');
            return;
        }
        document.getElementById('empathy-persona-detail').hidden = false;
        showPersona();
        if (new URLSearchParams(window.location.search).get('created')) {
            status(t('created', current.name));
        }
        await loadMap();
        root.setAttribute('data-loaded', 'true');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
