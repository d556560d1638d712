package pl.ezd.signature;

/** The shape of a signature the office produces. */
public enum SignatureFormat {
    /** XAdES inside the signed XML document (ePUAP letters, UPO, XML forms). */
    XADES_ENVELOPED,
    /** XAdES in a separate {@code .xades} file next to the signed file (any format). */
    XADES_DETACHED,
    /** PAdES inside the PDF (documents leaving the office as PDF). */
    PADES
}
