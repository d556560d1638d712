package pl.ezd.epuap.control;

/** The namespaces of the central repository of document templates (CRD) that ePUAP documents use. */
public final class EpuapNamespaces {

    /** The template "pismo ogólne do podmiotu publicznego" (ePUAP's general letter to a public body). */
    public static final String PISMO_OGOLNE = "http://crd.gov.pl/wzor/2013/12/12/1410/";
    /** Where the stylesheet of the pismo ogólne is published (named by its xml-stylesheet instruction). */
    public static final String PISMO_OGOLNE_STYLESHEET = "http://crd.gov.pl/wzor/2013/12/12/1410/styl.xsl";
    public static final String STRUKTURA = "http://crd.gov.pl/xml/schematy/struktura/2009/11/16/";
    public static final String META = "http://crd.gov.pl/xml/schematy/meta/2009/11/16/";
    public static final String INSTYTUCJA = "http://crd.gov.pl/xml/schematy/instytucja/2009/11/16/";
    public static final String OSOBA = "http://crd.gov.pl/xml/schematy/osoba/2009/11/16/";
    public static final String ADRES = "http://crd.gov.pl/xml/schematy/adres/2009/11/09/";
    /** Official receipts: UPP (of submission) and UPD (of delivery). */
    public static final String UPO = "http://crd.gov.pl/xml/schematy/UPO/2008/05/09/";
    public static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";

    private EpuapNamespaces() {
    }
}
