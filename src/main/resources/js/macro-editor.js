/* The empathy-map macro's editor in Confluence's macro browser: the persona is chosen by name from the personas the
   author may see, the projects by key and name from the Jira projects the author may see. Both come from
   /rest/empathy-map/1.0/macro-options (Confluence asks Jira as the author). Registered through the macro browser's
   own hook, AJS.MacroBrowser.setMacroJsOverride; the fields are the macro browser's own (ParameterFields), only
   their choices are filled in. Texts come from the plugin's bundle, in the answer. */
(function () {
    'use strict';
    var AJS = window.AJS;
    var MB = AJS && AJS.MacroBrowser;
    if (!MB || typeof MB.setMacroJsOverride !== 'function' || !MB.ParameterFields) {
        return;
    }
    var loading = null;

    function load() {
        if (!loading) {
            loading = fetch(AJS.contextPath() + '/rest/empathy-map/1.0/macro-options', {
                credentials: 'same-origin', headers: {Accept: 'application/json'}
            }).then(function (r) {
                return r.json().catch(function () { return {}; }).then(function (json) {
                    if (!r.ok) { throw json; }
                    return json;
                });
            });
            loading.catch(function () { loading = null; }); // a failure is asked again next time
        }
        return loading;
    }

    function text(options, key, fallback) {
        return (options && options.texts && options.texts[key]) || fallback || '';
    }

    function dom(x) {
        return x && x.length !== undefined && !x.nodeType ? x[0] : x;
    }

    function message(paramDiv, textValue) {
        var p = document.createElement('p');
        p.className = 'empathy-macro-editor-message';
        p.setAttribute('role', 'status');
        p.textContent = textValue;
        paramDiv.appendChild(p);
    }

    function persona(param, options) {
        var wanted = null;
        var select;
        var ready = false;
        var field = MB.ParameterFields['enum'](Object.assign({}, param, {enumValues: [], multiple: false}), Object.assign({}, options, {
            setValue: function (v) {
                wanted = v == null ? '' : String(v);
                if (ready) { choose(wanted); }
            },
            getValue: function () { return select ? select.value : ''; }
        }));
        select = dom(field.input);
        var paramDiv = dom(field.paramDiv);
        function choose(v) {
            if (v && !Array.prototype.some.call(select.options, function (o) { return o.value === v; })) {
                var missing = document.createElement('option');
                missing.value = v;
                missing.textContent = v;
                select.appendChild(missing);
            }
            select.value = v || '';
            select.dispatchEvent(new Event('change'));
        }
        load().then(function (data) {
            select.textContent = '';
            var none = document.createElement('option');
            none.value = '';
            none.textContent = text(data, 'choosePersona');
            select.appendChild(none);
            (data.personas || []).forEach(function (p) {
                var o = document.createElement('option');
                o.value = p.key;
                o.textContent = p.name;
                select.appendChild(o);
            });
            if (!(data.personas || []).length) { message(paramDiv, text(data, 'noPersonas')); }
            ready = true;
            if (wanted && !(data.personas || []).some(function (p) { return p.key === wanted; })) {
                var o = document.createElement('option');
                o.value = wanted;
                o.textContent = text(data, 'unknownPersona', '{0}').replace('{0}', wanted);
                select.appendChild(o);
            }
            choose(wanted);
        }, function (error) {
            ready = true;
            choose(wanted);
            message(paramDiv, (error && error.message) || '');
        });
        return field;
    }

    function projects(param, options) {
        var field = MB.ParameterFields.string(param, options);
        var input = dom(field.input);
        var paramDiv = dom(field.paramDiv);
        load().then(function (data) {
            var list = data.projects || [];
            if (!list.length) { return; } // nothing to choose from: the plain field stays
            var chosen = input.value.split(',').map(function (k) { return k.trim().toUpperCase(); }).filter(Boolean);
            var fieldset = document.createElement('fieldset');
            fieldset.className = 'group empathy-macro-projects';
            var legend = document.createElement('legend');
            legend.textContent = param.displayName || param.name;
            fieldset.appendChild(legend);
            var boxes = [];
            list.forEach(function (p) {
                var row = document.createElement('div');
                row.className = 'checkbox';
                var box = document.createElement('input');
                box.type = 'checkbox';
                box.className = 'checkbox';
                box.id = input.id + '-' + p.key;
                box.value = p.key;
                box.checked = chosen.indexOf(p.key) >= 0;
                box.addEventListener('change', function () {
                    input.value = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }).join(',');
                    input.dispatchEvent(new Event('change'));
                });
                var label = document.createElement('label');
                label.setAttribute('for', box.id);
                label.textContent = p.key + ' \u2014 ' + p.name;
                row.appendChild(box);
                row.appendChild(label);
                fieldset.appendChild(row);
                boxes.push(box);
            });
            // the keys stay in the parameter's own field, which the macro browser saves; the boxes set it
            input.type = 'hidden';
            Array.prototype.forEach.call(paramDiv.querySelectorAll('label[for="' + input.id + '"]'), function (l) { l.style.display = 'none'; });
            input.parentNode.insertBefore(fieldset, input.nextSibling);
        }, function (error) {
            message(paramDiv, (error && error.message) || '');
        });
        return field;
    }

    MB.setMacroJsOverride('empathy-map', {
        fields: {
            string: {
                persona: persona,
                projects: projects
            }
        }
    });
}());
