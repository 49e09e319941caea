/* The workbench's stand-in for AUI's "com.atlassian.auiplugin:ajs" web-resource, which the plugin's scripts depend on:
   only what they call. The workbench serves its pages at the root, so the context path is empty. */
(function () {
    'use strict';
    var AJS = window.AJS = window.AJS || {};
    if (typeof AJS.contextPath !== 'function') {
        AJS.contextPath = function () { return ''; };
    }
}());
