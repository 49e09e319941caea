package com.empathyevidence.jira;

import com.atlassian.jira.plugin.workflow.AbstractWorkflowPluginFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginConditionFactory;
import com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory;
import com.empathyevidence.domain.EvidenceCheck;
import com.empathyevidence.view.EvidenceCheckView;
import com.empathyevidence.view.Texts;
import com.opensymphony.workflow.loader.AbstractDescriptor;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import java.util.HashMap;
import java.util.Map;
import jakarta.inject.Inject;

/**
 * The configuration screens of the evidence check's validator and condition (Jira renders the module's velocity
 * resources with these parameters), and what the admin's form becomes in the workflow descriptor's arguments.
 */
public class EvidenceCheckFactory extends AbstractWorkflowPluginFactory
        implements WorkflowPluginValidatorFactory, WorkflowPluginConditionFactory {

    private final Texts texts;

    @Inject
    public EvidenceCheckFactory(Texts texts) {
        this.texts = texts;
    }

    @Override
    protected void getVelocityParamsForInput(Map<String, Object> velocityParams) {
        velocityParams.put("check", new EvidenceCheckView(texts, new EvidenceCheck.Requirements(0, false, 0, false, false)));
    }

    @Override
    protected void getVelocityParamsForEdit(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        velocityParams.put("check", new EvidenceCheckView(texts, EvidenceCheck.Requirements.of(args(descriptor))));
    }

    @Override
    protected void getVelocityParamsForView(Map<String, Object> velocityParams, AbstractDescriptor descriptor) {
        getVelocityParamsForEdit(velocityParams, descriptor);
    }

    /** Jira hands over the form's fields (each a String[]); an unticked box is absent. */
    @Override
    public Map<String, ?> getDescriptorParams(Map<String, Object> params) {
        Map<String, String> single = new HashMap<>();
        if (params != null) {
            params.forEach((name, value) -> {
                Object v = value instanceof String[] array ? (array.length == 0 ? null : array[0]) : value;
                if (v != null) {
                    single.put(name, v.toString());
                }
            });
        }
        for (String box : new String[] {EvidenceCheck.Requirements.NO_STALE, EvidenceCheck.Requirements.NO_COUNTER,
                EvidenceCheck.Requirements.WARN_ONLY}) {
            single.put(box, String.valueOf(single.containsKey(box) && !"false".equals(single.get(box))));
        }
        return EvidenceCheck.Requirements.of(single).toArgs();
    }

    private static Map<?, ?> args(AbstractDescriptor descriptor) {
        if (descriptor instanceof ValidatorDescriptor v) {
            return v.getArgs();
        }
        if (descriptor instanceof ConditionDescriptor c) {
            return c.getArgs();
        }
        throw new IllegalArgumentException("Descriptor must be a ValidatorDescriptor or a ConditionDescriptor.");
    }
}
