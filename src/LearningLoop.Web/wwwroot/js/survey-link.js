// Moves the token from the fragment into the open form's POST, then out of the address bar. A link opened on a page
// that is already /s only changes the fragment, so that reloads the page first. (A file, not an inline script: the
// Content-Security-Policy runs scripts from the app's files only.)
(function () {
    function open() {
        var token = location.hash.slice(1);
        if (!token) return;
        var form = document.getElementById('open-form');
        if (!form) { location.replace(location.pathname + '?open=' + Date.now() + location.hash); return; }
        form.token.value = decodeURIComponent(token);
        history.replaceState(null, '', location.pathname);
        form.submit();
    }
    window.addEventListener('hashchange', open);
    open();
})();
