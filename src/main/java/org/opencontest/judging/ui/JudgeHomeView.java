package org.opencontest.judging.ui;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.opencontest.judging.JudgePanel;
import org.opencontest.judging.Judgeship;

/** Where the invitation mail leads a judge: the contests they judge (their queue follows with assignments). */
@Route("judging")
@PermitAll
public class JudgeHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient JudgePanel panel;

    public JudgeHomeView(JudgePanel panel) {
        this.panel = panel;
        setId("judge-home");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H2(getTranslation("judging.home.title")));
        var judgeships = panel.myJudgeships();
        if (judgeships.isEmpty()) {
            add(new Paragraph(getTranslation("judging.home.none")));
            return;
        }
        for (Judgeship judgeship : judgeships) {
            Anchor contest = new Anchor("contests/" + judgeship.contestSlug(), judgeship.contestTitle().in(getLocale()));
            contest.setId("judgeship-" + judgeship.contestId());
            add(contest);
        }
        add(new Paragraph(getTranslation("judging.home.queueLater")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("judging.home.title");
    }
}
