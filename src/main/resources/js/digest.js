/* Empathy Evidence (phasein, issue 16): the weekly digest preference. Saves as JSON through PUT /rest/empathy/1.0/digest/preference. */
(function () {
    'use strict';

    function start() {
        var form = document.getElementById('empathy-digest-form');
        if (!form) {
            return;
        }
        var root = document.getElementById('empathy-digest-page');
        var status = document.getElementById('empathy-digest-status');
        var error = document.getElementById('empathy-digest-error');
        form.addEventListener('submit', async function (event) {
            event.preventDefault();
            var base = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
            error.textContent = '';
            try {
                var response = await fetch(base + '/rest/empathy/1.0/digest/preference', {
                    method: 'PUT', credentials: 'same-origin',
                    headers: {'Accept': 'application/json', 'Content-Type': 'application/json'},
                    body: JSON.stringify({receive: document.getElementById('empathy-digest-receive').checked})
                });
                var answer = await response.json();
                if (response.ok) {
                    status.textContent = answer.message;
                } else {
                    error.textContent = answer.message || root.getAttribute('data-failed');
                }
            } catch (failed) {
                error.textContent = root.getAttribute('data-failed');
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
