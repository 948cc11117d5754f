package org.opencontest.shared.ui;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/**
 * The figures of a chart as a table, under a "Show as table" disclosure below the chart. A canvas is only a picture
 * to assistive technology; the table is its text alternative (WCAG 1.1.1) and gives everyone the exact values.
 * The first column names the row (a day, a month).
 */
public class ChartTable extends Details {

    public ChartTable(String id, List<String> headers, List<List<String>> rows) {
        setSummaryText(getTranslation("chart.showAsTable"));
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("data-table");
        NativeTableRow head = new NativeTableRow();
        headers.forEach(header -> head.add(columnHeader(header)));
        table.getHead().addRows(head);
        for (List<String> row : rows) {
            NativeTableRow line = new NativeTableRow(rowHeader(row.get(0)));
            row.subList(1, row.size()).forEach(value -> line.add(new NativeTableCell(value)));
            table.getBody().addRows(line);
        }
        add(table);
    }

    private static NativeTableHeaderCell columnHeader(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "col");
        return cell;
    }

    private static NativeTableHeaderCell rowHeader(String text) {
        NativeTableHeaderCell cell = new NativeTableHeaderCell(text);
        cell.getElement().setAttribute("scope", "row");
        return cell;
    }
}
