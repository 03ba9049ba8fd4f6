package io.trellis.abs.desk;

import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.Org;
import io.trellis.desk.Desk;
import io.trellis.desk.problem.ProblemException;
import io.trellis.desk.security.TokenCaller;
import io.trellis.desk.security.Viewer;
import io.trellis.ledger.LedgerCall;
import io.trellis.ledger.LedgerClient;
import io.trellis.ledger.wiring.OperatorWallet;
import jakarta.enterprise.context.RequestScoped;
import java.util.Map;

/**
 * ABS queries evaluated on the chaincode as the caller, so the chaincode's own visibility rule (docs/abs.md, "Who
 * reads what") decides what comes back: a party asks with its own identity, an operator with its organisation's
 * operator identity (the chaincode lets it read the deals of the parties its organisation hosts).
 */
@RequestScoped
public class CallerQueries {
    private final TokenCaller caller;
    private final Desk desk;
    private final LedgerClient ledger;
    private final OperatorWallet operators;

    CallerQueries(TokenCaller caller, Desk desk, LedgerClient ledger, OperatorWallet operators) {
        this.caller = caller;
        this.desk = desk;
        this.ledger = ledger;
        this.operators = operators;
    }

    /** The query's result as the chaincode answered the caller. */
    public <T> T evaluate(String transaction, String argument, Class<T> resultType) {
        Viewer viewer = caller.viewer();
        if (viewer.isParty()) {
            return desk.evaluate(transaction, argument, resultType);
        }
        Org org = viewer.operatorOf().orElseThrow(() -> new ProblemException(ErrorCode.NOT_ALLOWED,
                "only a party or an operator of a Trellis organisation reads the ledger"));
        return ledger.evaluate(new LedgerCall(operators.operatorOf(org), transaction, argument, Map.of()), resultType);
    }
}
