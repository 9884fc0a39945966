package org.endorse.home;

import org.endorse.portal.PortalController;

import org.endorse.meeting.MeetingService;
import org.endorse.proposal.ProposalSearch;
import org.endorse.proposal.ProposalService;
import org.endorse.proposal.ProposalTasks;
import org.endorse.proposal.TaskSearch;
import org.endorse.security.CurrentUser;
import org.endorse.security.EndorseUser;
import org.endorse.system.PageQuery;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's home: what needs the user now, where their proposals stand, the next meetings, the latest decisions. */
@PortalController
class HomePage {

    private static final int SHORT_LIST = 5;

    private final ProposalTasks tasks;
    private final ProposalService proposals;
    private final MeetingService meetings;
    private final CurrentUser currentUser;

    HomePage(ProposalTasks tasks, ProposalService proposals, MeetingService meetings, CurrentUser currentUser) {
        this.tasks = tasks;
        this.proposals = proposals;
        this.meetings = meetings;
        this.currentUser = currentUser;
    }

    @GetMapping("/")
    String home(Model model) {
        EndorseUser user = currentUser.get();
        model.addAttribute("tasks", tasks.tasksOf(user, TaskSearch.everything(),
                PageQuery.first(SHORT_LIST, "due,asc")));
        model.addAttribute("statusCounts", proposals.countByStatus(user));
        model.addAttribute("recent", proposals.search(user, ProposalSearch.everything(),
                PageQuery.first(SHORT_LIST, "created,desc")));
        model.addAttribute("meetings", meetings.upcoming().stream().limit(SHORT_LIST).toList());
        model.addAttribute("decisions", proposals.latestDecisions(user, SHORT_LIST));
        return "portal/home";
    }
}
