package pl.ezd.classification.entity;

/** A JRWA class breaks a rule of the catalogue; the message, in Polish, says which and why. */
public class JrwaRuleViolation extends IllegalArgumentException {

    private final transient JrwaSymbol symbol;

    public JrwaRuleViolation(JrwaSymbol symbol, String message) {
        super(message);
        this.symbol = symbol;
    }

    /** The class at fault. */
    public JrwaSymbol symbol() {
        return symbol;
    }
}
