package io.trellis.chaincode.core;

import io.trellis.chaincode.api.ChaincodeException;
import io.trellis.chaincode.api.ErrorCode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** A state machine's allowed moves; any other move is rejected with the machine's conflict code. */
public final class Transitions<S extends Enum<S>> {
    private final Class<S> type;
    private final Map<S, Set<S>> allowed;
    private final ErrorCode conflict;

    private Transitions(Class<S> type, ErrorCode conflict) {
        this.type = type;
        this.allowed = new EnumMap<>(type);
        this.conflict = conflict;
    }

    public static <S extends Enum<S>> Transitions<S> of(Class<S> type, ErrorCode conflict) {
        return new Transitions<>(type, conflict);
    }

    @SafeVarargs
    public final Transitions<S> allow(S from, S... to) {
        Set<S> targets = allowed.computeIfAbsent(from, f -> EnumSet.noneOf(type));
        targets.addAll(Set.of(to));
        return this;
    }

    public boolean allows(S from, S to) {
        return allowed.getOrDefault(from, Set.of()).contains(to);
    }

    /** @throws ChaincodeException with the conflict code when {@code from -> to} is not a move of this machine */
    public void require(String what, S from, S to) {
        if (!allows(from, to)) {
            throw new ChaincodeException(conflict, what + " is " + from + " and cannot become " + to);
        }
    }
}
