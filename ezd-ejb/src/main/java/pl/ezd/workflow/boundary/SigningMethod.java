package pl.ezd.workflow.boundary;

/** How the final approver signed the draft before it left the office. */
public enum SigningMethod {
    /** pieczęć elektroniczna urzędu, applied by the EZD (Documents.seal) */
    SEAL,
    /** a version of the draft signed by the approver's own qualified signature, uploaded and verified as VALID */
    SIGNED_UPLOAD
}
