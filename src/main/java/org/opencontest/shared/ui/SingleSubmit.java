package org.opencontest.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.shared.Registration;

/**
 * Submit buttons that act once per click: the browser disables the button at the first click, so a double click
 * (or an impatient second one while the server works) cannot submit twice; the button comes back when the action
 * has finished, whether it succeeded or was refused.
 */
public final class SingleSubmit {

    private SingleSubmit() {
    }

    public static Registration onClick(Button button, Runnable action) {
        button.setDisableOnClick(true);
        return button.addClickListener(click -> {
            try {
                action.run();
            } finally {
                button.setEnabled(true);
            }
        });
    }
}
