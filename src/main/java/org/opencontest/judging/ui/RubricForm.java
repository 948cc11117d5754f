package org.opencontest.judging.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opencontest.shared.i18n.LocalizedText;
import org.opencontest.judging.CriterionInput;
import org.opencontest.judging.JudgingSetup;
import org.opencontest.judging.RubricDetail;
import org.opencontest.judging.RubricInput;
import org.opencontest.shared.ui.Notices;
import org.opencontest.shared.ui.SingleSubmit;

/**
 * A rubric's name and criteria: key, bilingual name and description, weight, scale and the level descriptors judges
 * read beside each score (one line per level, in each language). Creates a rubric, or edits one picked from the list;
 * the service refuses the edit once the rubric is locked.
 */
class RubricForm extends VerticalLayout {

    private final List<CriterionRow> rows = new ArrayList<>();
    private final VerticalLayout rowsLayout = new VerticalLayout();
    private final H4 heading = new H4();
    private final TextField name = new TextField();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private RubricDetail editing;

    RubricForm(JudgingSetup setup, long contestId, Runnable saved) {
        setPadding(false);
        heading.setId("rubric-form-heading");
        name.setLabel(getTranslation("judging.rubric.field.name"));
        name.setId("rubric-name");
        rowsLayout.setPadding(false);
        Button add = new Button(getTranslation("judging.rubric.addCriterion"), click -> addRow(null));
        add.setId("rubric-add-criterion");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.setId("rubric-create");
        SingleSubmit.onClick(save, () -> {
            RubricInput input = new RubricInput(name.getValue(), rows.stream().map(CriterionRow::input).toList());
            if (editing == null) {
                setup.createRubric(contestId, input);
                Notices.success("judging.rubric.created", name.getValue().strip());
            } else {
                setup.updateRubric(editing.id(), editing.version(), input);
                Notices.success("judging.rubric.updated", name.getValue().strip());
            }
            startNew();
            saved.run();
        });
        cancel.setText(getTranslation("judging.rubric.cancelEdit"));
        cancel.setId("rubric-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> startNew());
        add(heading, name, rowsLayout, new HorizontalLayout(add, save, cancel));
        startNew();
    }

    /** Loads a stored rubric into the form; saving then replaces it. */
    void edit(RubricDetail rubric) {
        editing = rubric;
        heading.setText(getTranslation("judging.rubric.editing", rubric.name()));
        name.setValue(rubric.name());
        save.setText(getTranslation("judging.rubric.save"));
        cancel.setVisible(true);
        clearRows();
        rubric.criteria().forEach(this::addRow);
    }

    private void startNew() {
        editing = null;
        heading.setText(getTranslation("judging.rubric.new"));
        name.clear();
        save.setText(getTranslation("judging.rubric.create"));
        cancel.setVisible(false);
        clearRows();
        addRow(null);
    }

    private void clearRows() {
        rows.clear();
        rowsLayout.removeAll();
    }

    private void addRow(CriterionInput criterion) {
        CriterionRow row = new CriterionRow(rows.size(), criterion);
        rows.add(row);
        rowsLayout.add(row);
    }

    /** One criterion's fields; ids carry the row number for tests and journeys. */
    private static final class CriterionRow extends VerticalLayout {

        private final TextField key = new TextField();
        private final TextField nameEn = new TextField();
        private final TextField nameZh = new TextField();
        private final BigDecimalField weight = new BigDecimalField();
        private final IntegerField min = new IntegerField();
        private final IntegerField max = new IntegerField();
        private final TextArea descriptionEn = new TextArea();
        private final TextArea descriptionZh = new TextArea();
        private final TextArea levelsEn = new TextArea();
        private final TextArea levelsZh = new TextArea();

        CriterionRow(int index, CriterionInput criterion) {
            setPadding(false);
            setSpacing(false);
            key.setLabel(getTranslation("judging.rubric.field.key"));
            nameEn.setLabel(getTranslation("judging.rubric.field.nameEn"));
            nameZh.setLabel(getTranslation("judging.rubric.field.nameZh"));
            weight.setLabel(getTranslation("judging.rubric.field.weight"));
            min.setLabel(getTranslation("judging.rubric.field.min"));
            max.setLabel(getTranslation("judging.rubric.field.max"));
            descriptionEn.setLabel(getTranslation("judging.rubric.field.descriptionEn"));
            descriptionZh.setLabel(getTranslation("judging.rubric.field.descriptionZh"));
            levelsEn.setLabel(getTranslation("judging.rubric.field.levelsEn"));
            levelsZh.setLabel(getTranslation("judging.rubric.field.levelsZh"));
            levelsEn.setHelperText(getTranslation("judging.rubric.field.levelsHelp"));
            levelsZh.setHelperText(getTranslation("judging.rubric.field.levelsHelp"));
            String prefix = "criterion-" + index + "-";
            key.setId(prefix + "key");
            nameEn.setId(prefix + "name-en");
            nameZh.setId(prefix + "name-zh");
            weight.setId(prefix + "weight");
            min.setId(prefix + "min");
            max.setId(prefix + "max");
            descriptionEn.setId(prefix + "description-en");
            descriptionZh.setId(prefix + "description-zh");
            levelsEn.setId(prefix + "levels-en");
            levelsZh.setId(prefix + "levels-zh");
            if (criterion == null) {
                weight.setValue(BigDecimal.ONE);
                min.setValue(1);
                max.setValue(5);
            } else {
                fill(criterion);
            }
            HorizontalLayout basics = new HorizontalLayout(key, nameEn, nameZh, weight, min, max);
            basics.setAlignItems(FlexComponent.Alignment.BASELINE);
            basics.setWrap(true);
            HorizontalLayout texts = new HorizontalLayout(descriptionEn, descriptionZh, levelsEn, levelsZh);
            texts.setWrap(true);
            Details details = new Details(getTranslation("judging.rubric.field.descriptors"), texts);
            details.setId(prefix + "descriptors");
            add(basics, details);
        }

        private void fill(CriterionInput criterion) {
            key.setValue(criterion.key());
            nameEn.setValue(criterion.name().en());
            nameZh.setValue(criterion.name().zh());
            weight.setValue(criterion.weight());
            min.setValue(criterion.min());
            max.setValue(criterion.max());
            descriptionEn.setValue(criterion.description().en());
            descriptionZh.setValue(criterion.description().zh());
            levelsEn.setValue(text(criterion.levels().stream().map(LocalizedText::en)
                    .collect(Collectors.joining("\n"))));
            levelsZh.setValue(text(criterion.levels().stream().map(LocalizedText::zh)
                    .collect(Collectors.joining("\n"))));
        }

        CriterionInput input() {
            return new CriterionInput(key.getValue().strip(), new LocalizedText(nameEn.getValue(), nameZh.getValue()),
                    new LocalizedText(descriptionEn.getValue(), descriptionZh.getValue()), weight.getValue(),
                    min.getValue() == null ? 0 : min.getValue(), max.getValue() == null ? 0 : max.getValue(),
                    levels());
        }

        /** Line i of each language is level i's descriptor; a language left empty stays empty for every level. */
        private List<LocalizedText> levels() {
            List<String> en = lines(levelsEn.getValue());
            List<String> zh = lines(levelsZh.getValue());
            List<LocalizedText> levels = new ArrayList<>();
            for (int i = 0; i < Math.max(en.size(), zh.size()); i++) {
                levels.add(new LocalizedText(i < en.size() ? en.get(i) : "", i < zh.size() ? zh.get(i) : ""));
            }
            return levels;
        }

        private static String text(String lines) {
            return lines.isBlank() ? "" : lines;
        }

        /** A blank level inside the list keeps its place; blank lines after the last one are dropped. */
        private static List<String> lines(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return Arrays.stream(text.stripTrailing().split("\\R")).map(String::strip).toList();
        }
    }
}
