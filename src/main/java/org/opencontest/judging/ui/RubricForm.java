package org.opencontest.judging.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.opencontest.contest.LocalizedText;
import org.opencontest.judging.CriterionInput;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RubricInput;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * A new rubric: its name and criteria (key, bilingual name, weight, scale). Descriptions and level descriptors
 * are kept by the service; this form leaves them empty.
 */
class RubricForm extends VerticalLayout {

    private final List<CriterionRow> rows = new ArrayList<>();
    private final VerticalLayout rowsLayout = new VerticalLayout();

    RubricForm(JudgingSetup setup, long contestId, Runnable saved) {
        setPadding(false);
        TextField name = new TextField(getTranslation("judging.rubric.field.name"));
        name.setId("rubric-name");
        rowsLayout.setPadding(false);
        addRow();
        Button add = new Button(getTranslation("judging.rubric.addCriterion"), click -> addRow());
        add.setId("rubric-add-criterion");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button create = new Button(getTranslation("judging.rubric.create"));
        create.setId("rubric-create");
        SingleSubmit.onClick(create, () -> {
            setup.createRubric(contestId, new RubricInput(name.getValue(),
                    rows.stream().map(CriterionRow::input).toList()));
            Notices.success("judging.rubric.created", name.getValue().strip());
            name.clear();
            rows.clear();
            rowsLayout.removeAll();
            addRow();
            saved.run();
        });
        add(name, rowsLayout, new HorizontalLayout(add, create));
    }

    private void addRow() {
        CriterionRow row = new CriterionRow(rows.size());
        rows.add(row);
        rowsLayout.add(row);
    }

    /** One criterion's fields; ids carry the row number for tests and journeys. */
    private static final class CriterionRow extends HorizontalLayout {

        private final TextField key = new TextField();
        private final TextField nameEn = new TextField();
        private final TextField nameZh = new TextField();
        private final BigDecimalField weight = new BigDecimalField();
        private final IntegerField min = new IntegerField();
        private final IntegerField max = new IntegerField();

        CriterionRow(int index) {
            key.setLabel(getTranslation("judging.rubric.field.key"));
            nameEn.setLabel(getTranslation("judging.rubric.field.nameEn"));
            nameZh.setLabel(getTranslation("judging.rubric.field.nameZh"));
            weight.setLabel(getTranslation("judging.rubric.field.weight"));
            weight.setValue(BigDecimal.ONE);
            min.setLabel(getTranslation("judging.rubric.field.min"));
            min.setValue(1);
            max.setLabel(getTranslation("judging.rubric.field.max"));
            max.setValue(10);
            key.setId("criterion-" + index + "-key");
            nameEn.setId("criterion-" + index + "-name-en");
            nameZh.setId("criterion-" + index + "-name-zh");
            weight.setId("criterion-" + index + "-weight");
            min.setId("criterion-" + index + "-min");
            max.setId("criterion-" + index + "-max");
            add(key, nameEn, nameZh, weight, min, max);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
        }

        CriterionInput input() {
            return new CriterionInput(key.getValue().strip(), new LocalizedText(nameEn.getValue(), nameZh.getValue()),
                    LocalizedText.EMPTY, weight.getValue(), min.getValue() == null ? 0 : min.getValue(),
                    max.getValue() == null ? 0 : max.getValue(), List.of());
        }
    }
}
