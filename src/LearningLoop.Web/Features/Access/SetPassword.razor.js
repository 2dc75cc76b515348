// Moves the invitation from the address's fragment into the form, then out of the address bar (and so out of the
// browser history), before the person types anything.
const invitation = decodeURIComponent(location.hash.slice(1));
const field = document.getElementById('invitation');
if (invitation && field) {
    field.value = invitation;
    history.replaceState(null, '', location.pathname);
}
