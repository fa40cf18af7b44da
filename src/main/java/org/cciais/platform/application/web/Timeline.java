package org.cciais.platform.application.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cciais.platform.application.ApplicationStatus;
import org.cciais.platform.application.ApplicationView;
import org.cciais.platform.application.internal.ApplicationWorkflow;
import org.cciais.platform.application.internal.ApplicationWorkflow.Mark;
import org.cciais.platform.application.internal.ApplicationWorkflow.Stage;

/**
 * The steps of figure 5 (资质申请流程) for one case: each reached, current, failed (returned, rectification,
 * ended there) or still ahead. The stage and its mark come from the workflow's state table, the stages passed from
 * the history.
 */
record Timeline(List<Step> steps) {

	/** @param css {@code reached}, {@code current}, {@code failed} or empty */
	record Step(String label, String css) {
	}

	/** @param words the reader's words for a stage ({@code application.stage.<NAME>}) */
	static Timeline of(ApplicationView app, Function<Stage, String> words) {
		Set<String> done = app.history().stream().map(ApplicationView.HistoryView::action).collect(Collectors.toSet());
		ApplicationWorkflow.State state = ApplicationWorkflow.state(app.status());
		Stage here = state.inStageItStoppedIn() ? stageStoppedIn(app) : state.stage();
		List<Step> steps = new ArrayList<>();
		for (Stage stage : Stage.values()) {
			boolean passed = stage.passedBy() != null && done.contains(stage.passedBy().code())
					|| stage == here && state.mark() == Mark.PASSED;
			String css = stage != here ? (passed ? "reached" : "")
					: switch (state.mark()) {
						case SET_BACK -> "failed";
						case CURRENT -> "current";
						case PASSED -> "reached";
					};
			steps.add(new Step(words.apply(stage), css));
		}
		return new Timeline(List.copyOf(steps));
	}

	/* A cancellation or a termination stops the case in the stage of the last state before it that has one. */
	private static Stage stageStoppedIn(ApplicationView app) {
		List<ApplicationView.HistoryView> history = app.history();
		for (int i = history.size() - 1; i >= 0; i--) {
			ApplicationStatus from = history.get(i).from();
			if (from != null && !ApplicationWorkflow.state(from).inStageItStoppedIn()) {
				return ApplicationWorkflow.state(from).stage();
			}
		}
		return Stage.ACCEPTANCE;
	}
}
