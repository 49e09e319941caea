/* The workbench's stand-in for Confluence's macro browser (the editor's "Insert macro" dialog), built from the macro
   metadata the host reads from the descriptor's xhtml-macro modules. It offers the hooks plugins use in real
   Confluence: AJS.MacroBrowser.setMacroJsOverride(name, {fields: {<type>: {<param>: function (param, options)}}}),
   AJS.MacroBrowser.Macros and AJS.MacroBrowser.ParameterFields[type](param, options), whose fields carry paramDiv
   and input (array-like, as jQuery objects are), getValue() and setValue(). Saved macros become storage format. */
(function () {
    'use strict';
    var AJS = window.AJS = window.AJS || {};
    var MB = AJS.MacroBrowser = AJS.MacroBrowser || {};
    MB.Macros = MB.Macros || {};
    MB.setMacroJsOverride = function (name, override) {
        MB.Macros[name] = override;
    };
    var ids = 0;

    function el(tag, attrs, text) {
        var e = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
        if (text !== undefined) { e.textContent = text; }
        return e;
    }

    function field(param, input, options) {
        var div = el('div', {'class': 'field-group macro-param-div', 'data-param': param.name});
        var label = el('label', {'for': input.id}, param.displayName + (param.required ? ' (required)' : ''));
        div.appendChild(label);
        div.appendChild(input);
        if (param.description) {
            var desc = el('div', {'class': 'description', id: input.id + '-desc'}, param.description);
            input.setAttribute('aria-describedby', desc.id);
            div.appendChild(desc);
        }
        var f = {
            paramDiv: [div], input: [input],
            getValue: function () { return input.type === 'checkbox' ? String(input.checked) : input.value; },
            setValue: function (v) {
                if (input.type === 'checkbox') { input.checked = String(v) === 'true'; } else { input.value = v == null ? '' : v; }
                input.dispatchEvent(new Event('change'));
            }
        };
        options = options || {};
        if (options.setValue) { f.setValue = options.setValue; }
        if (options.getValue) { f.getValue = options.getValue; }
        return f;
    }

    function inputId(param) { ids += 1; return 'macro-param-' + param.name + '-' + ids; }

    MB.ParameterFields = {
        string: function (param, options) {
            return field(param, el('input', {type: 'text', 'class': 'text', id: inputId(param), name: param.name}), options);
        },
        'int': function (param, options) {
            return field(param, el('input', {type: 'number', 'class': 'text', id: inputId(param), name: param.name}), options);
        },
        'boolean': function (param, options) {
            return field(param, el('input', {type: 'checkbox', 'class': 'checkbox', id: inputId(param), name: param.name}), options);
        },
        'enum': function (param, options) {
            if (param.multiple) { return MB.ParameterFields.string(param, options); }
            var select = el('select', {'class': 'select', id: inputId(param), name: param.name});
            (param.enumValues || []).forEach(function (v) { select.appendChild(el('option', {value: v}, v)); });
            return field(param, select, options);
        }
    };

    function fieldFor(macro, param) {
        var override = MB.Macros[macro.name] && MB.Macros[macro.name].fields && MB.Macros[macro.name].fields[param.type.name];
        var make = override && override[param.name];
        if (typeof make === 'function') { return make(param, {}); }
        return (MB.ParameterFields[param.type.name] || MB.ParameterFields.string)(param, {});
    }

    function storage(name, values) {
        function xml(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
        var s = '<ac:structured-macro ac:name="' + xml(name) + '" ac:schema-version="1">';
        Object.keys(values).forEach(function (k) {
            s += '<ac:parameter ac:name="' + xml(k) + '">' + xml(values[k]) + '</ac:parameter>';
        });
        return s + '</ac:structured-macro>';
    }

    function open(editor, metadata, opener) {
        var backdrop = el('div', {'class': 'wb-dialog-backdrop'});
        var dialog = el('section', {role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'macro-browser-title', id: 'macro-browser', 'class': 'wb-dialog'});
        var title = el('h2', {id: 'macro-browser-title'}, 'Select macro');
        var content = el('div', {'class': 'wb-dialog-content'});
        dialog.appendChild(title);
        dialog.appendChild(content);
        backdrop.appendChild(dialog);
        document.body.appendChild(backdrop);
        // As AUI dialogs do: Tab and Shift+Tab go round inside the open dialog, focus that lands outside it (a click on
        // the page behind) is brought back, and Escape closes it and returns focus to the button that opened it.
        function focusables() {
            return Array.prototype.filter.call(dialog.querySelectorAll(
                'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'),
                function (e) { return !e.hidden && e.getClientRects().length > 0; });
        }
        function onKey(e) {
            if (e.key === 'Escape') {
                e.preventDefault();
                close();
                return;
            }
            if (e.key !== 'Tab') { return; }
            var all = focusables();
            if (!all.length) { e.preventDefault(); dialog.focus(); return; }
            var first = all[0];
            var last = all[all.length - 1];
            var at = document.activeElement;
            if (e.shiftKey && (at === first || !dialog.contains(at) || at === dialog)) {
                e.preventDefault();
                last.focus();
            } else if (!e.shiftKey && (at === last || !dialog.contains(at))) {
                e.preventDefault();
                first.focus();
            }
        }
        function onFocusIn(e) {
            if (!dialog.contains(e.target)) {
                var all = focusables();
                (all[0] || dialog).focus();
            }
        }
        function close() {
            document.removeEventListener('keydown', onKey, true);
            document.removeEventListener('focusin', onFocusIn, true);
            backdrop.remove();
            opener.focus();
        }
        dialog.setAttribute('tabindex', '-1');
        document.addEventListener('keydown', onKey, true);
        document.addEventListener('focusin', onFocusIn, true);

        function list() {
            title.textContent = 'Select macro';
            content.textContent = '';
            var ul = el('ul', {'class': 'wb-macro-list', 'aria-label': 'Macros'});
            metadata.forEach(function (macro) {
                var li = el('li');
                var b = el('button', {type: 'button', 'class': 'wb-macro-choice', 'data-macro-name': macro.name});
                b.appendChild(el('img', {src: macro.icon, alt: '', width: '32', height: '32'}));
                var text = el('span');
                text.appendChild(el('strong', {}, macro.label));
                text.appendChild(el('span', {'class': 'wb-macro-desc'}, macro.description));
                text.appendChild(el('span', {'class': 'wb-muted'}, 'Category: ' + macro.categories.join(', ')));
                b.appendChild(text);
                b.addEventListener('click', function () { edit(macro); });
                li.appendChild(b);
                ul.appendChild(li);
            });
            content.appendChild(ul);
            var cancel = el('button', {type: 'button', 'class': 'aui-button aui-button-link'}, 'Cancel');
            cancel.addEventListener('click', close);
            content.appendChild(cancel);
            var first = content.querySelector('button');
            if (first) { first.focus(); }
        }

        function edit(macro) {
            title.textContent = 'Insert \u2018' + macro.label + '\u2019 macro';
            content.textContent = '';
            var form = el('form', {'class': 'aui wb-macro-form', novalidate: 'novalidate'});
            var error = el('div', {'class': 'aui-message aui-message-error', role: 'alert', hidden: 'hidden'});
            form.appendChild(error);
            var fields = [];
            macro.parameters.forEach(function (param) {
                var f = fieldFor(macro, param);
                if (param.defaultValue) { f.setValue(param.defaultValue); }
                fields.push({param: param, field: f});
                form.appendChild(f.paramDiv[0]);
            });
            var buttons = el('div', {'class': 'buttons'});
            var insert = el('button', {type: 'submit', 'class': 'aui-button aui-button-primary', id: 'macro-insert'}, 'Insert');
            var back = el('button', {type: 'button', 'class': 'aui-button aui-button-link'}, 'Back');
            back.addEventListener('click', list);
            buttons.appendChild(insert);
            buttons.appendChild(back);
            form.appendChild(buttons);
            form.addEventListener('submit', function (e) {
                e.preventDefault();
                var values = {};
                var missing = [];
                fields.forEach(function (x) {
                    var v = x.field.getValue();
                    if (v === null || v === undefined || String(v).trim() === '') {
                        if (x.param.required) { missing.push(x.param.displayName); }
                        return;
                    }
                    values[x.param.name] = String(v).trim();
                });
                if (missing.length) {
                    error.textContent = 'Fill in the required fields: ' + missing.join(', ') + '.';
                    error.hidden = false;
                    var first = fields.filter(function (x) { return x.param.displayName === missing[0]; })[0];
                    var input = first && first.field.paramDiv[0].querySelector('input:not([type=hidden]),select');
                    (input || error).focus();
                    return;
                }
                editor.insert(macro, values, storage(macro.name, values));
                close();
            });
            content.appendChild(form);
            var firstInput = form.querySelector('input:not([type=hidden]),select');
            if (firstInput) { firstInput.focus(); }
        }
        list();
    }

    document.addEventListener('DOMContentLoaded', function () {
        var data = document.getElementById('macro-metadata');
        var button = document.getElementById('insert-macro');
        var body = document.getElementById('page-body');
        var placed = document.getElementById('page-macros');
        if (!data || !button || !body || !placed) { return; }
        var metadata = JSON.parse(data.textContent);
        var editor = {
            insert: function (macro, values, xml) {
                body.value += xml;
                var li = el('li', {'class': 'wb-macro-placeholder', 'data-macro-name': macro.name});
                li.textContent = macro.label + ': ' + Object.keys(values).map(function (k) { return k + '=' + values[k]; }).join(' | ');
                placed.appendChild(li);
                placed.hidden = false;
            }
        };
        button.addEventListener('click', function () { open(editor, metadata, button); });
    });
}());
