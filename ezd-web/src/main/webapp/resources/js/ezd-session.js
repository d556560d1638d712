/*
 * Nothing typed is lost, and long operations show that they run (loaded by the layout template on
 * every page; docs/screens.md, "Sessions and long operations").
 *
 * 1. Typed values are kept in the browser while they are typed: every form marked with the class
 *    `ezd-keep-typed` is copied to sessionStorage (this tab only) under a key of the user, the page
 *    (with its query, e.g. task.xhtml?id=42) and the form. Passwords, files and hidden fields are
 *    never stored. When the same form is shown again to the same user (after logging in again,
 *    after an expired page was reopened, or simply later) the values are put back and the page
 *    says so, with a button to drop them. A successful save (the whole form posted, no warning or
 *    error in the answer) removes them; so does logging out.
 * 2. The session: a warning before it expires for inactivity, with "Przedłuż sesję" (a keep-alive
 *    request); when it has expired (by the clock, or because a post came back with the login page)
 *    a dialog says the typed values are kept and sends the user to log in, then back to this page.
 * 3. Long operations: a button or link with the class `ezd-long` (exports, printouts, imports,
 *    uploads) shows a busy overlay with a status text that screen readers announce and the elapsed
 *    time, and cannot be started twice while it runs; with `ezd-download` the overlay ends when the
 *    file has arrived (PrimeFaces' download cookie), otherwise when the next page comes.
 */
(function () {
    'use strict';

    var PREFIX = 'ezd.typed|';
    var PENDING = 'ezd.pendingSubmit';
    var CONTACT = 'ezd.lastServerContact';
    var MAX_AGE_MS = 12 * 60 * 60 * 1000;
    var config = null;
    var texts = {};

    function el(id) {
        return document.getElementById(id);
    }

    function store() {
        try {
            return window.sessionStorage;
        } catch (e) {
            return null;
        }
    }

    function shared() {
        try {
            return window.localStorage;
        } catch (e) {
            return null;
        }
    }

    function text(key, argument) {
        var value = texts[key] || '';
        return argument === undefined ? value : value.replace('{0}', argument);
    }

    /* ---------- announcements for screen readers ---------- */

    function announce(message) {
        var region = el('ezd-announcer');
        if (!region) {
            return;
        }
        region.textContent = '';
        window.setTimeout(function () {
            region.textContent = message;
        }, 50);
    }

    /* ---------- 1. typed values kept in the browser ---------- */

    function pageKey() {
        return window.location.pathname + window.location.search;
    }

    function draftKey(formId) {
        return PREFIX + config.user + '|' + pageKey() + '|' + formId;
    }

    function keptForms() {
        return Array.prototype.slice.call(document.querySelectorAll('form.ezd-keep-typed'));
    }

    function kept(field) {
        if (!field.name || field.disabled || field.closest('[data-ezd-nokeep]')) {
            return false;
        }
        var name = field.name;
        if (name.indexOf('jakarta.faces.') === 0 || /_(filter|focus|hinput|selection|scrollState)$/.test(name)) {
            return false;
        }
        var tag = field.tagName.toLowerCase();
        if (tag === 'textarea' || tag === 'select') {
            return true;
        }
        var type = (field.getAttribute('type') || 'text').toLowerCase();
        if (type === 'checkbox' || type === 'radio') {
            return true;
        }
        return ['text', 'email', 'number', 'tel', 'url', 'search', 'date'].indexOf(type) >= 0;
    }

    function fieldsOf(form) {
        return Array.prototype.slice.call(form.elements).filter(kept);
    }

    /** The form's kept values: name → value (text), name|value → true/false (check boxes and radios). */
    function valuesOf(form) {
        var values = {};
        fieldsOf(form).forEach(function (field) {
            var type = (field.getAttribute('type') || '').toLowerCase();
            if (type === 'checkbox' || type === 'radio') {
                values[field.name + '|' + field.value] = field.checked;
            } else {
                values[field.name] = field.value;
            }
        });
        return values;
    }

    function same(a, b) {
        var keys = Object.keys(a).concat(Object.keys(b));
        for (var i = 0; i < keys.length; i++) {
            if (a[keys[i]] !== b[keys[i]] && !(a[keys[i]] === undefined || b[keys[i]] === undefined)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps the form's values with the values the server first showed in it (`initial`, kept from the
     * first save on): what equals them was not typed and is not put back later.
     */
    function saveDraft(form) {
        var s = store();
        if (!s || !form.id || form.getAttribute('data-ezd-restoring')) {
            return;
        }
        var values = valuesOf(form);
        var previous = readDraft(form.id);
        var initial = previous && previous.initial ? previous.initial : (form.ezdInitial || {});
        try {
            if (same(values, initial)) {
                s.removeItem(draftKey(form.id));
            } else {
                s.setItem(draftKey(form.id), JSON.stringify({savedAt: Date.now(), values: values, initial: initial}));
            }
        } catch (e) {
            /* storage full or refused: the form still works, only nothing is kept */
        }
    }

    var saveTimers = {};

    function scheduleSave(form) {
        window.clearTimeout(saveTimers[form.id]);
        saveTimers[form.id] = window.setTimeout(function () {
            saveDraft(form);
        }, 250);
    }

    function readDraft(formId) {
        var s = store();
        if (!s) {
            return null;
        }
        try {
            var draft = JSON.parse(s.getItem(draftKey(formId)) || 'null');
            if (draft && Date.now() - draft.savedAt > MAX_AGE_MS) {
                s.removeItem(draftKey(formId));
                return null;
            }
            return draft;
        } catch (e) {
            return null;
        }
    }

    function dropDraft(formId) {
        var s = store();
        if (s) {
            s.removeItem(draftKey(formId));
        }
    }

    /** Drops every value this user has kept (logging out: the next person at the desk sees none). */
    function dropAllDrafts() {
        var s = store();
        if (!s) {
            return;
        }
        var mine = PREFIX + config.user + '|';
        for (var i = s.length - 1; i >= 0; i--) {
            var key = s.key(i);
            if (key && key.indexOf(mine) === 0) {
                s.removeItem(key);
            }
        }
        s.removeItem(PENDING);
    }

    function widgetOf(element) {
        if (!window.PrimeFaces || !element || !element.id || typeof PrimeFaces.getWidgetById !== 'function') {
            return null;
        }
        try {
            return PrimeFaces.getWidgetById(element.id);
        } catch (e) {
            return null;
        }
    }

    function setField(field, value) {
        var tag = field.tagName.toLowerCase();
        if (tag === 'select') {
            var menu = field.closest('.ui-selectonemenu');
            var widget = widgetOf(menu);
            if (widget && typeof widget.selectValue === 'function') {
                widget.selectValue(value);
            } else {
                field.value = value;
            }
            return;
        }
        field.value = value;
    }

    function setChecked(field, checked) {
        if (field.checked === checked) {
            return;
        }
        var box = field.closest('.ui-chkbox, .ui-radiobutton');
        var visual = box ? box.querySelector('.ui-chkbox-box, .ui-radiobutton-box') : null;
        if (visual) {
            visual.click();
        }
        if (field.checked !== checked) {
            field.checked = checked;
        }
    }

    /** The kept values the user typed (differing from what the server first showed) and the form does not show now. */
    function typedAndMissing(draft, current) {
        var initial = draft.initial || {};
        var missing = {};
        Object.keys(draft.values).forEach(function (key) {
            var value = draft.values[key];
            if (value !== initial[key] && current[key] !== undefined && current[key] !== value) {
                missing[key] = value;
            }
        });
        return missing;
    }

    function restoreForm(form) {
        var draft = readDraft(form.id);
        var current = valuesOf(form);
        form.ezdInitial = current;
        if (!draft) {
            return;
        }
        var missing = typedAndMissing(draft, current);
        if (Object.keys(missing).length === 0) {
            return;
        }
        form.setAttribute('data-ezd-restoring', 'true');
        try {
            fieldsOf(form).forEach(function (field) {
                var type = (field.getAttribute('type') || '').toLowerCase();
                if (type === 'checkbox' || type === 'radio') {
                    var wanted = missing[field.name + '|' + field.value];
                    if (wanted !== undefined) {
                        setChecked(field, wanted);
                    }
                } else if (Object.prototype.hasOwnProperty.call(missing, field.name)) {
                    setField(field, missing[field.name]);
                }
            });
        } finally {
            form.removeAttribute('data-ezd-restoring');
        }
        form.ezdRestored = true;
        showRestored(form, draft, current);
    }

    function showRestored(form, draft, before) {
        var notice = document.createElement('div');
        notice.className = 'ezd-restored';
        notice.id = form.id + '-restored';
        notice.setAttribute('role', 'status');
        var time = new Date(draft.savedAt);
        var hhmm = ('0' + time.getHours()).slice(-2) + ':' + ('0' + time.getMinutes()).slice(-2);
        var message = document.createElement('span');
        message.textContent = text('restored', hhmm);
        var discard = document.createElement('button');
        discard.type = 'button';
        discard.className = 'ui-button ui-widget ui-corner-all ezd-button ezd-restored-discard';
        discard.id = form.id + '-discard-restored';
        discard.textContent = text('discard');
        discard.addEventListener('click', function () {
            dropDraft(form.id);
            form.ezdRestored = false;
            form.setAttribute('data-ezd-restoring', 'true');
            try {
                fieldsOf(form).forEach(function (field) {
                    var type = (field.getAttribute('type') || '').toLowerCase();
                    if (type === 'checkbox' || type === 'radio') {
                        var wanted = before[field.name + '|' + field.value];
                        if (wanted !== undefined) {
                            setChecked(field, wanted);
                        }
                    } else if (Object.prototype.hasOwnProperty.call(before, field.name)) {
                        setField(field, before[field.name]);
                    }
                });
            } finally {
                form.removeAttribute('data-ezd-restoring');
            }
            notice.remove();
            announce(text('discarded'));
        });
        notice.appendChild(message);
        notice.appendChild(document.createTextNode(' '));
        notice.appendChild(discard);
        var old = el(notice.id);
        if (old) {
            old.remove();
        }
        form.insertBefore(notice, form.firstChild);
        announce(message.textContent);
    }

    /** Restores each kept form shown anew (on load, or re-rendered by an AJAX answer). */
    function restoreAll() {
        keptForms().forEach(function (form) {
            if (!form.ezdSeen) {
                form.ezdSeen = true;
                restoreForm(form);
            }
        });
    }

    /** The answer's outcome as the template renders it: ok unless a warning, an error or failed validation. */
    function outcomeOk() {
        var outcome = el('ezd-outcome');
        if (!outcome) {
            return false;
        }
        return outcome.getAttribute('data-failed') !== 'true' && Number(outcome.getAttribute('data-severity') || '0') < 2;
    }

    function executedIds(settings) {
        var data = settings && settings.data;
        var value = null;
        if (data && typeof data.get === 'function') {
            value = data.get('jakarta.faces.partial.execute');
        } else if (typeof data === 'string') {
            data.split('&').forEach(function (pair) {
                var parts = pair.split('=');
                if (decodeURIComponent(parts[0]) === 'jakarta.faces.partial.execute') {
                    value = decodeURIComponent((parts[1] || '').replace(/\+/g, ' '));
                }
            });
        }
        return value ? value.split(/\s+/) : [];
    }

    /** Whether the AJAX request processed the whole form it came from (a save, not a lookup or an upload). */
    function executesWholeForm(xhr) {
        var formId = xhr.ezdForm;
        return Boolean(formId) && (xhr.ezdExecuted.indexOf(formId) >= 0 || xhr.ezdExecuted.indexOf('@all') >= 0);
    }

    /**
     * Whether a partial response is this page's answer: it updates something of the page, redirects,
     * or runs a script; not only the resources and the view state (as the login page does).
     */
    function answeredByThePage(body) {
        if (body.indexOf('<partial-response') < 0) {
            return false;
        }
        if (/<(redirect|eval|extension|error)[\s>]/.test(body)) {
            return true;
        }
        var updates = body.match(/<update id="[^"]*"/g) || [];
        return updates.some(function (update) {
            return update.indexOf('jakarta.faces.Resource') < 0 && update.indexOf('jakarta.faces.ViewState') < 0;
        });
    }

    function formOfSource(source) {
        var element = typeof source === 'string' ? el(source) : (source && source.jquery ? source[0] : source);
        return element && element.closest ? element.closest('form') : null;
    }

    /* ---------- 2. the session ---------- */

    var pageLoaded = Date.now();
    var expiredShown = false;

    function lastContact() {
        var s = shared();
        var stored = s ? Number(s.getItem(CONTACT) || '0') : 0;
        return Math.max(stored, pageLoaded);
    }

    function touched() {
        var s = shared();
        if (s) {
            try {
                s.setItem(CONTACT, String(Date.now()));
            } catch (e) {
                /* nothing to do */
            }
        }
    }

    function warningSeconds() {
        return Math.min(120, Math.floor(config.timeout / 4));
    }

    function openDialog(dialog) {
        if (!dialog.open) {
            if (typeof dialog.showModal === 'function') {
                dialog.showModal();
            } else {
                dialog.setAttribute('open', 'open');
            }
        }
    }

    function closeDialog(dialog) {
        if (dialog.open && typeof dialog.close === 'function') {
            dialog.close();
        } else {
            dialog.removeAttribute('open');
        }
    }

    /** Typing or clicking this recently counts as being at the desk. */
    function activeMs() {
        return Math.min(5 * 60, config.timeout / 2) * 1000;
    }

    function minutesLeft(ms) {
        return String(Math.max(1, Math.ceil(ms / 60000)));
    }

    var lastActivity = 0;
    var extending = false;

    function checkSession() {
        if (!config || !config.timeout || expiredShown) {
            return;
        }
        var left = lastContact() + config.timeout * 1000 - Date.now();
        var warning = el('ezd-session-warning');
        if (left <= 0) {
            sessionExpired();
        } else if (left <= warningSeconds() * 1000 && Date.now() - lastActivity < activeMs() && !extending) {
            // someone is typing or clicking on this page (which the server does not see): they are
            // not away from the desk, so the session is kept without asking
            extending = true;
            keepAlive().then(function (alive) {
                extending = false;
                if (alive) {
                    touched();
                    checkSession();
                } else {
                    sessionExpired();
                }
            });
        } else if (left <= warningSeconds() * 1000) {
            el('ezd-session-warning-text').textContent = text('warning', minutesLeft(left));
            if (!warning.open) {
                openDialog(warning);
                el('ezd-session-extend').focus();
            }
        } else if (warning && warning.open) {
            closeDialog(warning);
        }
    }

    /** Resolves to 'alive', 'expired' or 'unreachable' (no answer: the network, not the session). */
    function sessionState() {
        return window.fetch(config.keepAlive, {credentials: 'same-origin', cache: 'no-store', redirect: 'manual'})
            .then(function (response) {
                return response.status === 204 ? 'alive' : 'expired';
            }, function () {
                return 'unreachable';
            });
    }

    function keepAlive() {
        return sessionState().then(function (state) {
            return state !== 'expired';
        });
    }

    function extend() {
        keepAlive().then(function (alive) {
            closeDialog(el('ezd-session-warning'));
            if (alive) {
                touched();
                pageLoaded = Date.now();
                announce(text('extended'));
            } else {
                sessionExpired();
            }
        });
    }

    /** Shows that the session has ended (again, if the user had closed the dialog and posted anyway). */
    function sessionExpired() {
        expiredShown = true;
        keptForms().forEach(saveDraft);
        var warning = el('ezd-session-warning');
        if (warning) {
            closeDialog(warning);
        }
        var dialog = el('ezd-session-expired');
        openDialog(dialog);
        el('ezd-session-login').focus();
    }

    /** Through the login back to this very page (LoginAgainServlet drops a post the login remembered). */
    function logInAgain() {
        keptForms().forEach(saveDraft);
        window.location.assign(config.loginAgain + '?to=' + encodeURIComponent(window.location.pathname + window.location.search));
    }

    /**
     * The post went to the login: the container remembered it in a new, anonymous session, to replay
     * it after whichever login comes next in this browser (it would show as a raw partial response).
     * LoginAgainServlet drops that session at once (the answer, a redirect, is not followed).
     */
    function forgetThePost() {
        window.fetch(config.loginAgain, {credentials: 'same-origin', cache: 'no-store', redirect: 'manual'})
            .catch(function () {
                /* "Zaloguj się ponownie" drops it too */
            });
    }

    /** An AJAX answer that is not the page's (the login page instead): ask the server whether the session lives. */
    function ajaxFailed(xhr) {
        var body = xhr && typeof xhr.responseText === 'string' ? xhr.responseText : '';
        if (body.indexOf('j_security_check') >= 0 || (xhr && xhr.status === 401)) {
            forgetThePost();
            sessionExpired();
            return;
        }
        sessionState().then(function (state) {
            if (state === 'expired') {
                forgetThePost();
                sessionExpired();
            }
        });
    }

    /* ---------- 3. long operations ---------- */

    var busy = null;

    function startBusy(trigger) {
        var overlay = el('ezd-busy');
        if (!overlay) {
            return;
        }
        var message = trigger.getAttribute('data-ezd-busy')
            || text(trigger.classList.contains('ezd-download') ? 'busyDownload' : 'busyWorking');
        var started = Date.now();
        busy = {trigger: trigger, started: started};
        el('ezd-busy-text').textContent = message;
        el('ezd-busy-time').textContent = '';
        overlay.hidden = false;
        document.body.setAttribute('aria-busy', 'true');
        announce(message);
        busy.timer = window.setInterval(function () {
            el('ezd-busy-time').textContent = text('busySeconds', String(Math.round((Date.now() - started) / 1000)));
        }, 1000);
        // disabled after the click has been handled, so that the button still submits its own form
        window.setTimeout(function () {
            if (busy && busy.trigger === trigger) {
                trigger.setAttribute('aria-disabled', 'true');
                trigger.classList.add('ui-state-disabled');
                if ('disabled' in trigger) {
                    trigger.disabled = true;
                }
            }
        }, 0);
        if (trigger.classList.contains('ezd-download') && window.PrimeFaces && PrimeFaces.monitorDownload) {
            PrimeFaces.monitorDownload(null, function () {
                stopBusy(text('busyDone'));
            });
        }
    }

    function stopBusy(message) {
        if (!busy) {
            return;
        }
        window.clearInterval(busy.timer);
        var trigger = busy.trigger;
        trigger.removeAttribute('aria-disabled');
        trigger.classList.remove('ui-state-disabled');
        if ('disabled' in trigger) {
            trigger.disabled = false;
        }
        busy = null;
        el('ezd-busy').hidden = true;
        document.body.removeAttribute('aria-busy');
        if (message) {
            announce(message);
        }
    }

    /* ---------- wiring ---------- */

    function onInput(event) {
        var form = event.target && event.target.form;
        if (form && form.classList.contains('ezd-keep-typed') && kept(event.target)) {
            scheduleSave(form);
        }
    }

    function init() {
        var holder = el('ezd-session');
        if (!holder) {
            return;
        }
        config = {
            user: holder.getAttribute('data-user') || '',
            timeout: Number(holder.getAttribute('data-timeout') || '0'),
            keepAlive: holder.getAttribute('data-keep-alive'),
            loginAgain: holder.getAttribute('data-login-again')
        };
        Array.prototype.slice.call(holder.attributes).forEach(function (attribute) {
            if (attribute.name.indexOf('data-text-') === 0) {
                texts[attribute.name.substring('data-text-'.length).replace(/-([a-z])/g, function (m, c) {
                    return c.toUpperCase();
                })] = attribute.value;
            }
        });
        touched();

        // a full post of a kept form that came back fine (not the login page, which does not run this) ends its draft
        var s = store();
        var pending = s && s.getItem(PENDING);
        if (pending) {
            s.removeItem(PENDING);
            if (outcomeOk()) {
                try {
                    s.removeItem(JSON.parse(pending).key);
                } catch (e) {
                    /* nothing kept */
                }
            }
        }
        restoreAll();

        ['keydown', 'pointerdown'].forEach(function (type) {
            document.addEventListener(type, function () {
                lastActivity = Date.now();
            }, true);
        });
        document.addEventListener('input', onInput, true);
        document.addEventListener('change', onInput, true);
        document.addEventListener('submit', function (event) {
            var form = event.target;
            var submitter = event.submitter;
            if (busy && submitter && submitter.classList.contains('ezd-long')) {
                event.preventDefault();
                event.stopImmediatePropagation();
                return;
            }
            if (submitter && submitter.classList.contains('ezd-long')) {
                startBusy(submitter);
            }
            if (form.classList && form.classList.contains('ezd-keep-typed') && store()) {
                saveDraft(form);
                try {
                    store().setItem(PENDING, JSON.stringify({key: draftKey(form.id)}));
                } catch (e) {
                    /* nothing to do */
                }
            }
        }, true);
        document.addEventListener('click', function (event) {
            var target = event.target.closest ? event.target.closest('.ezd-long, .ezd-nav a, #session-form\\:logout') : null;
            if (!target) {
                return;
            }
            if (target.id === 'session-form:logout') {
                dropAllDrafts();
                return;
            }
            if (target.tagName.toLowerCase() === 'a' && target.classList.contains('ezd-long')) {
                // a printout opened in a new tab, which shows its own loading: said once, and a second
                // click while it is being made opens no second one
                if (target.getAttribute('aria-disabled') === 'true') {
                    event.preventDefault();
                    return;
                }
                target.setAttribute('aria-disabled', 'true');
                announce(text('busyPrint'));
                window.setTimeout(function () {
                    target.removeAttribute('aria-disabled');
                }, 5000);
            } else if (target.closest('.ezd-nav')) {
                // a page that takes a while (the dashboard's figures): say it is coming
                var link = target;
                window.setTimeout(function () {
                    if (!busy && document.visibilityState === 'visible') {
                        var overlayText = el('ezd-busy-text');
                        startBusy(link);
                        overlayText.textContent = text('busyPage');
                    }
                }, 700);
            }
        }, true);
        window.addEventListener('pageshow', function (event) {
            if (event.persisted) {
                stopBusy(null);
            }
        });
        window.addEventListener('storage', function (event) {
            if (event.key === CONTACT) {
                checkSession();
            }
        });
        el('ezd-session-extend').addEventListener('click', extend);
        el('ezd-session-login').addEventListener('click', logInAgain);
        el('ezd-session-warning').addEventListener('cancel', function () {
            /* Escape closes the warning: the next check shows it again if nothing was done */
        });
        window.setInterval(checkSession, 10000);

        if (window.jQuery) {
            jQuery(document).on('pfAjaxSend', function (event, xhr, settings) {
                var form = formOfSource(settings && settings.source);
                xhr.ezdForm = form ? form.id : null;
                xhr.ezdExecuted = executedIds(settings);
                if (form && form.classList.contains('ezd-keep-typed') && executesWholeForm(xhr)) {
                    // what is sent now is kept now, not a moment later: the answer may be the login page
                    window.clearTimeout(saveTimers[form.id]);
                    saveDraft(form);
                }
            });
            jQuery(document).on('pfAjaxComplete', function (event, xhr, settings, args) {
                var body = xhr && typeof xhr.responseText === 'string' ? xhr.responseText : '';
                var answered = body.indexOf('<update id="ezd-outcome"') >= 0;
                if (!answeredByThePage(body)) {
                    // the login page instead of an answer (after an expired session the container renders it,
                    // even as an empty partial response), or an error: nothing was saved, the typed values stay
                    if (xhr && xhr.statusText !== 'abort') {
                        ajaxFailed(xhr);
                    }
                    return;
                }
                touched();
                var formId = xhr.ezdForm;
                var form = formId ? el(formId) : null;
                if (executesWholeForm(xhr) && form) {
                    // the server has seen what was typed and shows it back (or an empty form after a save):
                    // nothing to put back into this form
                    form.ezdSeen = true;
                    if (answered && !(args && args.validationFailed) && outcomeOk()) {
                        dropDraft(formId);
                        form.ezdRestored = false;
                        form.ezdInitial = valuesOf(form);
                        var notice = el(formId + '-restored');
                        if (notice) {
                            notice.remove();
                        }
                    } else if (form.classList.contains('ezd-keep-typed')) {
                        saveDraft(form);
                    }
                }
                restoreAll();
            });
        }
    }

    /* for the browser tests and the console */
    window.ezdSession = {
        check: checkSession,
        /* as if nobody had touched this page nor reached the server for the last `seconds` */
        idleFor: function (seconds) {
            var since = Date.now() - seconds * 1000;
            pageLoaded = since;
            lastActivity = 0;
            var s = shared();
            if (s) {
                s.setItem(CONTACT, String(since));
            }
            checkSession();
        },
        expired: sessionExpired,
        draft: function (formId) {
            return readDraft(formId);
        },
        busy: function () {
            return busy !== null;
        }
    };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
