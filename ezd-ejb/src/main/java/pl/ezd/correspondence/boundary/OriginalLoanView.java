package pl.ezd.correspondence.boundary;

import java.time.Instant;
import pl.ezd.correspondence.entity.OriginalLoan;

/** A loan of a paper original out of the skład chronologiczny; {@code returnedAt} null while it is out. */
public record OriginalLoanView(long id, long itemId, String lentTo, String purpose, Instant lentAt, String lentBy,
                               Instant returnedAt, String returnedBy) {

    static OriginalLoanView of(OriginalLoan loan) {
        return new OriginalLoanView(loan.getId(), loan.getItemId(), loan.getLentTo(), loan.getPurpose(), loan.getLentAt(),
                loan.getLentBy(), loan.getReturnedAt(), loan.getReturnedBy());
    }
}
