/* Empathy Evidence (phasein, issue 16): a project's Evidence settings page. Texts come from the page (i18n bundle);
   the save goes to PUT /rest/empathy/1.0/panel-settings/{projectKey} as JSON. */
(function () {
    'use strict';

    function api() {
        var base = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return base + '/rest/empathy/1.0';
    }

    function start() {
        var root = document.getElementById('empathy-panel-settings');
        var form = document.getElementById('empathy-panel-settings-form');
        if (!root || !form) {
            return;
        }
        var status = document.getElementById('empathy-panel-settings-status');
        var error = document.getElementById('empathy-panel-settings-error');
        var button = document.getElementById('empathy-panel-settings-save');
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            var chosen = form.querySelector('input[name="warnings"]:checked');
            var body = {
                warnings: chosen ? chosen.value : null,
                panelHidden: document.getElementById('empathy-panel-hidden').checked
            };
            status.textContent = '';
            error.textContent = '';
            button.disabled = true;
            try {
                var response = await fetch(api() + '/panel-settings/' + encodeURIComponent(root.getAttribute('data-project-key')), {
                    method: 'PUT', credentials: 'same-origin',
                    headers: {'Accept': 'application/json', 'Content-Type': 'application/json'},
                    body: JSON.stringify(body)
                });
                var answer = null;
                try {
                    answer = await response.json();
                } catch (notJson) {
                    answer = null;
                }
                if (response.ok && answer) {
                    status.textContent = answer.message || root.getAttribute('data-saved');
                } else {
                    error.textContent = answer && answer.message ? answer.message : root.getAttribute('data-failed');
                }
            } catch (offline) {
                error.textContent = root.getAttribute('data-failed');
            } finally {
                button.disabled = false;
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
