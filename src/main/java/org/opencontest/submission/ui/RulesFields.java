package org.opencontest.submission.ui;

import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import org.opencontest.submission.internal.LatePolicy;
import org.opencontest.submission.internal.SubmissionRules;

/**
 * The fields of one set of submission rules (types, sizes, quotas, grace, late policy), for the rules of the stage
 * running now and for each stage in the stage editor. Ids start with the given prefix ({@code rules-types}, …).
 */
class RulesFields extends Composite<VerticalLayout> {

    private static final Set<String> COMMON_TYPES = Set.of("application/pdf", "application/zip",
            "application/x-tika-ooxml", "application/gzip", "application/x-gtar", "video/mp4", "image/png", "image/jpeg",
            "text/plain", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final MultiSelectComboBox<String> types = new MultiSelectComboBox<>();
    private final IntegerField maxFile;
    private final IntegerField maxPackage;
    private final IntegerField maxFiles;
    private final IntegerField perDay;
    private final IntegerField total;
    private final IntegerField grace;
    private final Select<LatePolicy> late = new Select<>();
    private final long version;

    RulesFields(String prefix, SubmissionRules rules) {
        this.version = rules.version();
        types.setLabel(getTranslation("submission.rules.types"));
        types.setId(prefix + "-types");
        Set<String> options = new TreeSet<>(COMMON_TYPES);
        options.addAll(rules.allowedTypes());
        types.setItems(options);
        types.setAllowCustomValue(true);
        types.addCustomValueSetListener(custom -> {
            options.add(custom.getDetail().strip());
            types.setItems(options);
            Set<String> selected = new TreeSet<>(types.getValue());
            selected.add(custom.getDetail().strip());
            types.setValue(selected);
        });
        types.setValue(rules.allowedTypes());
        types.setWidthFull();
        maxFile = field(prefix + "-max-file", "submission.rules.maxFile",
                (int) (rules.maxFileBytes() / SubmissionRules.MIB));
        maxPackage = field(prefix + "-max-package", "submission.rules.maxPackage",
                (int) (rules.maxPackageBytes() / SubmissionRules.MIB));
        maxFiles = field(prefix + "-max-files", "submission.rules.maxFiles", rules.maxFiles());
        perDay = field(prefix + "-quota-day", "submission.rules.quotaPerDay", rules.quotaPerDay());
        total = field(prefix + "-quota-total", "submission.rules.quotaTotal", rules.quotaTotal());
        grace = field(prefix + "-grace", "submission.rules.grace", (int) rules.grace().toMinutes());
        late.setId(prefix + "-late");
        late.setLabel(getTranslation("submission.rules.latePolicy"));
        late.setItems(LatePolicy.values());
        late.setItemLabelGenerator(policy -> getTranslation(policy.messageKey()));
        late.setValue(rules.latePolicy());
        FormLayout form = new FormLayout(maxFile, maxPackage, maxFiles, perDay, total, grace, late);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        getContent().setPadding(false);
        getContent().add(types, form);
    }

    /** The rules as entered, quoting the version they were loaded at; the service validates them. */
    SubmissionRules value() {
        return new SubmissionRules(types.getValue(), mib(maxFile), mib(maxPackage), value(maxFiles), value(perDay),
                value(total), late.getValue(), Duration.ofMinutes(value(grace)), version);
    }

    private IntegerField field(String id, String key, int value) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setId(id);
        field.setValue(value);
        return field;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static long mib(IntegerField field) {
        return value(field) * SubmissionRules.MIB;
    }
}
