/**
 * Circulation of correspondence and cases, run by the embedded Camunda 7 engine on the server's
 * JTA transactions and the EZD's own datasource, so a business change and its workflow step
 * commit or roll back together. The only component that imports {@code org.camunda.*}.
 *
 * <p>Legal basis: instrukcja kancelaryjna (PRM of 18 Jan 2011) on dekretacja, handling and
 * approval; KPA art. 35 on statutory deadlines. The models live in {@code workflow-models}.
 */
package pl.ezd.workflow;
