package pl.ezd.epuapsim.boundary;

import jakarta.ejb.ApplicationException;

/** The ePUAP simulator is switched off (production): its endpoints answer as if absent. */
@ApplicationException(rollback = true)
public class SimulatorOffException extends RuntimeException {
    public SimulatorOffException() {
        super("Symulator ePUAP jest wyłączony (ezd.epuap.simulator.enabled)");
    }
}
