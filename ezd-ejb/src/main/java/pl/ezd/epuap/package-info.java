/**
 * ePUAP inbound import: each organisation's ePUAP inbox (skrytka) pulled with the ePUAP pull
 * service (SOAP with WS-Security, Apache CXF), every document stored with its transport data
 * first, then verified, registered in the RPW and only then acknowledged. See docs/epuap.md for the
 * idempotence key and the crash safety.
 *
 * <p>Legal basis: instrukcja kancelaryjna §§ on correspondence received electronically (the
 * UPP/UPD receipt is kept with the item), rozporządzenie w sprawie ePUAP (the pull interface).
 */
package pl.ezd.epuap;
