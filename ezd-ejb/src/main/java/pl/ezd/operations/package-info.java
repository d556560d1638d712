/**
 * Operating the EZD: readiness as MicroProfile Health reports it on the management port
 * ({@code /health/ready}): the database and the workflow engine.
 *
 * <p>WildFly only collects health checks visible from the EAR's root (WFLY-12835: checks in
 * sub-deployments are not registered), so the checks themselves ({@code probes}) ship as a small
 * library jar in the EAR's {@code lib/} and ask {@link pl.ezd.operations.boundary.ReadinessProbes}
 * through its global JNDI name, typed only with JDK types.
 */
package pl.ezd.operations;
