/* Registry office screens: label printing in one click, file size check before upload, focus on the first wrong field. */
/* Sends a window to the printer: the browser's print dialog. (Browser tests, which have no printer, replace it.) */
window.ezdPrinter = window.ezdPrinter || function (target) {
    target.focus();
    target.print();
};

/* Loads the label PDF into a hidden frame and prints it once it is there: one click at the desk. */
function ezdPrintLabel(url) {
    var frame = document.getElementById('label-frame');
    frame.onload = function () {
        try {
            window.ezdPrinter(frame.contentWindow, url);
        } catch (e) {
            window.open(url, '_blank');
        }
    };
    frame.src = url;
}

/* After a registration: the RPW number in view and the print button under the keyboard. */
function ezdFocusResult() {
    var button = document.getElementById('print-label');
    if (button) {
        button.scrollIntoView({block: 'center'});
        button.focus();
    }
}

function ezdCheckFileSize(file, callback, limit, message) {
    var error = document.getElementById('files-size-error');
    if (file.size > limit) {
        var mb = function (bytes) { return (bytes / 1000000).toFixed(1).replace('.', ',') + ' MB'; };
        error.textContent = message.replace('{0}', file.name).replace('{1}', mb(file.size)).replace('{2}', mb(limit));
        return;
    }
    error.textContent = '';
    callback(file);
}

function ezdFocusFirstError(formId) {
    var form = document.getElementById(formId);
    if (!form) {
        return;
    }
    var wrong = form.querySelector('[aria-invalid="true"], input.ui-state-error, textarea.ui-state-error');
    if (wrong) {
        wrong.focus();
    }
}
