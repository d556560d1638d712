package pl.ezd.epuap.boundary;

/**
 * What became of one document of an imported ePUAP export package: its path in the package, the
 * received document it is (null when it could not even be stored), whether the import stored it
 * now (false: it was received before, by pull or another package), its state, RPW number and the
 * Polish reason when it needs attention or was refused.
 */
public record PackageImportResult(String path, Long id, boolean created, String state, String rpwNumber, String reason) {
}
