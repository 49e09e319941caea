/*
 * Empathy Evidence: the evidence health page's filters, sorting and pager (plain ES2017, no build step).
 *
 * Every filter, column header and pager button is a real link; with script, a click (or Enter) asks REST for that page
 * (GET /projects/{key}/health: the same template as the project page's web panel, rendered on the server, permission
 * checked there) and swaps it in, keeping the address in the browser's history so Back and a reload show the same page.
 * Texts come from the server-rendered page; nothing typed by a user is ever put into the page as markup.
 */
(function () {
    'use strict';

    var PAGE = '#empathy-evidence-health';
    var KEYS = ['filter', 'sort', 'order', 'start'];

    function api(projectKey, query) {
        var base = window.AJS && typeof window.AJS.contextPath === 'function' ? window.AJS.contextPath() : '';
        return base + '/rest/empathy/1.0/projects/' + encodeURIComponent(projectKey) + '/health?' + query;
    }

    function queryOf(search) {
        var params = new URLSearchParams(search);
        var out = [];
        KEYS.forEach(function (k) {
            if (params.has(k)) {
                out.push(k + '=' + encodeURIComponent(params.get(k)));
            }
        });
        return out.join('&');
    }

    async function load(query, focus) {
        var page = document.querySelector(PAGE);
        if (!page || !page.dataset.projectKey) {
            return;
        }
        page.setAttribute('aria-busy', 'true');
        var response;
        try {
            response = await fetch(api(page.dataset.projectKey, query), {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
        } catch (e) {
            response = null;
        }
        if (!response || !response.ok) {
            page.removeAttribute('aria-busy');
            var status = page.querySelector('#empathy-health-count');
            if (status) {
                status.textContent = page.dataset.loadError || '';
            }
            return;
        }
        var body = await response.json();
        var holder = document.createElement('div');
        holder.innerHTML = body.html; // the server's own template output, every value escaped there
        var fresh = holder.querySelector(PAGE);
        if (!fresh) {
            return;
        }
        page.replaceWith(fresh);
        var target = focus ? fresh.querySelector(focus) : null;
        (target || fresh.querySelector('#empathy-health-heading')).focus();
    }

    document.addEventListener('click', function (event) {
        var link = event.target.closest ? event.target.closest(PAGE + ' a[data-health-query]') : null;
        if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
            return;
        }
        event.preventDefault();
        var focus = null;
        if (link.dataset.filter) {
            focus = 'a[data-filter="' + link.dataset.filter + '"]';
        } else if (link.classList.contains('empathy-health-sort')) {
            focus = 'th[data-sort="' + link.closest('th').dataset.sort + '"] a';
        }
        history.pushState({emptyHealth: true}, '', link.getAttribute('href'));
        load(link.dataset.healthQuery, focus);
    });

    window.addEventListener('popstate', function () {
        load(queryOf(window.location.search), null);
    });

    function start() {
        var query = queryOf(window.location.search);
        if (query) {
            load(query, null);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
