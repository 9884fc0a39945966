package org.endorse.proposal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * A proposal's process with the processes it called (the shared check, the review and endorsement), asserted as
 * one: where it waits, which steps it passed and in what order, its open task and its timers. Works on
 * camunda-bpm-assert's engine, which the test has initialised.
 */
public final class ProposalTree {

    private final ProcessInstance root;

    private ProposalTree(ProcessInstance root) {
        this.root = root;
    }

    public static ProposalTree assertThat(ProcessInstance root) {
        return new ProposalTree(root);
    }

    private static ProcessEngine engine() {
        return AbstractAssertions.processEngine();
    }

    /** The proposal's process instances, the root first, then those it called in the order they started. */
    private static List<HistoricProcessInstance> instances(ProcessInstance root) {
        List<HistoricProcessInstance> instances = new ArrayList<>();
        instances.add(engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(root.getId()).singleResult());
        for (int index = 0; index < instances.size(); index++) {
            instances.addAll(engine().getHistoryService().createHistoricProcessInstanceQuery()
                    .superProcessInstanceId(instances.get(index).getId()).orderByProcessInstanceStartTime().asc()
                    .list());
        }
        return instances;
    }

    /** The activities where the tree's running instances wait. */
    private static List<String> activeActivities(ProcessInstance root) {
        Set<String> active = new LinkedHashSet<>();
        for (HistoricProcessInstance instance : instances(root)) {
            if (instance.getEndTime() == null) {
                active.addAll(engine().getRuntimeService().getActiveActivityIds(instance.getId()));
            }
        }
        return List.copyOf(active);
    }

    /**
     * Every activity of the tree that started, in the order they occurred, each called process's activities right
     * after the call activity that started it.
     */
    public static List<String> passed(ProcessInstance root) {
        List<String> passed = new ArrayList<>();
        addPassed(root.getId(), passed);
        return passed;
    }

    private static void addPassed(String processInstanceId, List<String> passed) {
        for (HistoricActivityInstance activity : engine().getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).orderPartiallyByOccurrence().asc().list()) {
            passed.add(activity.getActivityId());
            if (activity.getCalledProcessInstanceId() != null) {
                addPassed(activity.getCalledProcessInstanceId(), passed);
            }
        }
    }

    public ProposalTree isWaitingAt(String... activityIds) {
        Assertions.assertThat(activeActivities(root)).as("where " + root.getBusinessKey() + " waits").contains(activityIds);
        return this;
    }

    public ProposalTree hasPassed(String... activityIds) {
        Assertions.assertThat(finished(root)).as("what " + root.getBusinessKey() + " passed").contains(activityIds);
        return this;
    }

    public ProposalTree hasNotPassed(String... activityIds) {
        Assertions.assertThat(finished(root)).as("what " + root.getBusinessKey() + " passed").doesNotContain(activityIds);
        return this;
    }

    public ProposalTree hasPassedInOrder(String... activityIds) {
        Assertions.assertThat(passed(root)).as("what " + root.getBusinessKey() + " passed").containsSubsequence(activityIds);
        return hasPassed(activityIds);
    }

    public ProposalTree isEnded() {
        BpmnAwareTests.assertThat(root).isEnded();
        return this;
    }

    /** Activities of the tree that have ended. */
    private static List<String> finished(ProcessInstance root) {
        List<String> finished = new ArrayList<>();
        for (HistoricProcessInstance instance : instances(root)) {
            engine().getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .finished().list().forEach(activity -> finished.add(activity.getActivityId()));
        }
        return finished;
    }

    /** The proposal's one open user task, in its own process or one it called. */
    public static Task task(ProcessInstance root) {
        return engine().getTaskService().createTaskQuery().processInstanceBusinessKey(root.getBusinessKey())
                .singleResult();
    }

    /** The timer of the proposal's tree at the given boundary event. */
    public static Job timer(ProcessInstance root, String activityId) {
        List<Job> jobs = jobs(root).stream().filter(job -> activityId.equals(activityOf(job))).toList();
        return jobs.isEmpty() ? null : jobs.get(0);
    }

    /** The proposal's one job, in its own process or one it called, if it has one. */
    public static Job job(ProcessInstance root) {
        List<Job> jobs = jobs(root);
        Assertions.assertThat(jobs).as("jobs of " + root.getBusinessKey()).hasSizeLessThanOrEqualTo(1);
        return jobs.isEmpty() ? null : jobs.get(0);
    }

    private static List<Job> jobs(ProcessInstance root) {
        List<Job> jobs = new ArrayList<>();
        for (HistoricProcessInstance instance : instances(root)) {
            jobs.addAll(engine().getManagementService().createJobQuery().processInstanceId(instance.getId()).list());
        }
        return jobs;
    }

    private static String activityOf(Job job) {
        return engine().getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId();
    }
}
