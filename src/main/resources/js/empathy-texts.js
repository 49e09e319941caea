/* Empathy Evidence: what every page script shares. Loaded before the page's own script by the same web-resource. */
(function () {
    'use strict';

    /**
     * MessageFormat's {n,choice,0#none|1#one|1<many} for whole numbers, as the i18n bundle writes plurals: the last
     * limit the number reaches picks the text. Placeholders other than the choice are left for the caller.
     */
    function choices(text, args) {
        var start;
        while ((start = text.search(/\{\d,choice,/)) >= 0) {
            var depth = 0;
            var end = start;
            for (; end < text.length; end++) {
                depth += text[end] === '{' ? 1 : text[end] === '}' ? -1 : 0;
                if (depth === 0) {
                    break;
                }
            }
            var inner = text.substring(start + 1, end);
            var n = Number(args[Number(inner.charAt(0))]);
            var picked = '';
            inner.substring(inner.indexOf(',choice,') + 8).split('|').forEach(function (option) {
                var m = /^(-?\d+)([#<])([\s\S]*)$/.exec(option);
                if (m && (m[2] === '#' ? n >= Number(m[1]) : n > Number(m[1]))) {
                    picked = m[3];
                }
            });
            text = text.substring(0, start) + picked + text.substring(end + 1);
        }
        return text;
    }

    window.EmpathyEvidenceTexts = window.EmpathyEvidenceTexts || {choices: choices};
})();
