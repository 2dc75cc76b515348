// The few things pages do in the browser, wired by data attributes instead of inline handlers, because the
// Content-Security-Policy allows scripts from the app's files only (docs/security.md). Listening on the document keeps
// them working across Blazor's enhanced navigation, which swaps page content without reloading scripts.
document.addEventListener('click', event => {
    const target = event.target instanceof Element ? event.target : null;
    const confirmed = target?.closest('[data-confirm]');
    if (confirmed && !window.confirm(confirmed.dataset.confirm)) {
        event.preventDefault();
        return;
    }
    if (target?.closest('[data-print]')) {
        window.print();
    }
});
