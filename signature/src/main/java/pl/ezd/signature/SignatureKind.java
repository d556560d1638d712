package pl.ezd.signature;

/**
 * What kind of electronic signature a verified signature is, as the office distinguishes them.
 * Decided from the trust anchor the signer's chain ends in and the certificate's QC statements.
 */
public enum SignatureKind {
    /** Qualified electronic signature (eIDAS art. 3(12)): qualified certificate for a natural person. */
    QUALIFIED_SIGNATURE("kwalifikowany podpis elektroniczny"),
    /** Qualified electronic seal (eIDAS art. 3(27)): qualified certificate for a legal person. */
    QUALIFIED_SEAL("kwalifikowana pieczęć elektroniczna"),
    /** Podpis zaufany: signature issued by the ePUAP / login.gov.pl trusted profile service. */
    TRUSTED_PROFILE("podpis zaufany"),
    /** Podpis osobisty: signature made with the certificate in a Polish e-ID card (e-dowód). */
    PERSONAL_SIGNATURE("podpis osobisty"),
    /** Any other advanced or simple electronic signature, or one whose kind is not known. */
    ADVANCED_OTHER("inny podpis elektroniczny");

    private final String polish;

    SignatureKind(String polish) {
        this.polish = polish;
    }

    /**
     * @return the name shown to the clerk
     */
    public String polish() {
        return polish;
    }
}
