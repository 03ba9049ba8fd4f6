package io.trellis.abs.support;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * A test class whose ordered test methods are the steps of one story on one ledger: once a step fails, the steps
 * after it are skipped (each builds on what the failed one should have left), so the report names the step that
 * broke rather than a cascade.
 */
public final class StoryInSteps implements ExecutionCondition, TestWatcher {
    private static final Set<Class<?>> BROKEN = ConcurrentHashMap.newKeySet();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Class<?>> story = context.getTestClass();
        if (context.getTestMethod().isPresent() && story.isPresent() && BROKEN.contains(story.get())) {
            return ConditionEvaluationResult.disabled("an earlier step of the story failed");
        }
        return ConditionEvaluationResult.enabled("the story so far holds");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        context.getTestClass().ifPresent(BROKEN::add);
    }
}
