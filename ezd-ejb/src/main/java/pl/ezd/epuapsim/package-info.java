/**
 * A simulator of the ePUAP pull service (same WSDL, same WS-Security policy), served by the
 * application itself only when {@code ezd.epuap.simulator.enabled} says so (on in the demo and the
 * tests, off in production). It keeps a queue per inbox in the database, redelivers what is not
 * acknowledged, checks {@code skrot} = Base64(SHA-1(document)) on acknowledgement, and accepts only
 * requests signed with a registered system certificate. It stands in for an external system: its
 * boundary is reached by the SOAP endpoint and the seeding servlet of ezd-web, never by a user.
 */
package pl.ezd.epuapsim;
