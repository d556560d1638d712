package pl.ezd.epuap.control;

/** ePUAP answered with a fault or an error status (message in Polish, for the administrator). */
public class EpuapException extends RuntimeException {
    public EpuapException(String message) {
        super(message);
    }
}
