package io.trellis.chaincode.core;

import io.trellis.chaincode.api.Amounts;
import io.trellis.chaincode.api.ChaincodeError;
import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import io.trellis.chaincode.api.JsonCodec;
import io.trellis.chaincode.api.event.EventBatch;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hyperledger.fabric.shim.Chaincode.Response;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ResponseUtils;

/**
 * Dispatches a proposal to its transaction handler and turns the outcome into a chaincode response:
 * the result as JSON, or a {@link ChaincodeError} as the error message. Emits the transaction's domain
 * events as one chaincode event, since Fabric keeps only the last one set.
 */
public final class Router {
    private static final Logger LOG = Logger.getLogger(Router.class.getName());

    private final Map<String, TransactionHandler> handlers = new TreeMap<>();
    private final CallerResolver callers;
    private final ProposalClock clock;

    public Router(CallerResolver callers, ProposalClock clock) {
        this.callers = callers;
        this.clock = clock;
    }

    public Router register(String transaction, TransactionHandler handler) {
        if (handlers.putIfAbsent(transaction, handler) != null) {
            throw new IllegalArgumentException("transaction registered twice: " + transaction);
        }
        return this;
    }

    public Response route(ChaincodeStub stub) {
        String function = stub.getFunction();
        try {
            TransactionHandler handler = handlers.get(function);
            if (handler == null) {
                throw new ChaincodeException(ErrorCode.UNKNOWN_TRANSACTION, "unknown transaction '" + function + "'");
            }
            // Before anything else: a proposal dated elsewhere in time runs no rule at all.
            clock.requireHonest(stub.getTxTimestamp());
            TxContext ctx = new TxContext(stub, callers.resolve(stub));
            Object result = handler.handle(ctx, singleArgument(stub.getParameters()));
            if (!ctx.events().isEmpty()) {
                stub.setEvent(EventBatch.EVENT_NAME, JsonCodec.toBytes(new EventBatch(ctx.events())));
            }
            LOG.fine(() -> "tx=" + stub.getTxId() + " fn=" + function + " ok");
            return ResponseUtils.newSuccessResponse(result == null ? new byte[0] : JsonCodec.toBytes(result));
        } catch (ChaincodeException e) {
            LOG.info(() -> "tx=" + stub.getTxId() + " fn=" + function + " rejected " + e.code() + ": " + e.getMessage());
            return error(e.toError());
        } catch (JsonCodec.MalformedJsonException e) {
            return error(new ChaincodeError(ErrorCode.INVALID_ARGUMENT, e.getMessage()));
        } catch (Amounts.OutOfRange e) {
            LOG.info(() -> "tx=" + stub.getTxId() + " fn=" + function + " rejected AMOUNT_OUT_OF_RANGE: " + e.getMessage());
            return error(new ChaincodeError(ErrorCode.AMOUNT_OUT_OF_RANGE, e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "tx=" + stub.getTxId() + " fn=" + function + " failed", e);
            return error(new ChaincodeError(ErrorCode.INTERNAL_ERROR, "internal error in transaction " + stub.getTxId()));
        }
    }

    private static String singleArgument(List<String> parameters) {
        if (parameters.size() > 1) {
            throw ChaincodeException.invalid("a transaction takes one JSON argument, got " + parameters.size());
        }
        return parameters.isEmpty() ? "" : parameters.get(0);
    }

    private static Response error(ChaincodeError error) {
        String json = JsonCodec.toJson(error);
        return ResponseUtils.newErrorResponse(json, json.getBytes(StandardCharsets.UTF_8));
    }
}
