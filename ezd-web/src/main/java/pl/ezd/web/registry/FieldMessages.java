package pl.ezd.web.registry;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import pl.ezd.validation.boundary.FieldViolation;

/**
 * Puts the boundary's field violations beside the fields of a form: each violation's field path
 * ({@code senderAddress.postcode}, {@code files[1]}) is looked up in {@code fieldIds} (its component
 * id in the form); the component is marked invalid (red, {@code aria-invalid}) and its {@code p:message}
 * shows the Polish text. A path without a component goes to the form's general messages.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    static void show(String formId, Map<String, String> fieldIds, List<FieldViolation> violations) {
        FacesContext context = FacesContext.getCurrentInstance();
        for (FieldViolation violation : violations) {
            String componentId = fieldIds.get(pathWithoutIndex(violation.field()));
            UIComponent component = componentId == null ? null
                    : context.getViewRoot().findComponent(":" + formId + ":" + componentId);
            String text = violation.message(context.getViewRoot().getLocale());
            var message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
            if (component == null) {
                context.addMessage(null, message);
            } else {
                if (component instanceof UIInput input) {
                    // shown red and aria-invalid; an invalid field renders its submitted value, so give it what was typed
                    if (input.getSubmittedValue() == null && input.getValue() != null) {
                        input.setSubmittedValue(input.getValue().toString());
                    }
                    input.setValid(false);
                }
                context.addMessage(component.getClientId(context), message);
            }
        }
        context.validationFailed();
    }

    /** {@code files[1]} → {@code files}: every file's problem is shown at the upload. */
    static String pathWithoutIndex(String field) {
        int bracket = field.indexOf('[');
        return bracket < 0 ? field : field.substring(0, bracket);
    }
}
