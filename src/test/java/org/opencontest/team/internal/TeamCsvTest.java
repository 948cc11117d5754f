package org.opencontest.team.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TeamCsvTest {

    @Test
    void quotesWhatNeedsQuotingAndDefusesFormulas() {
        String csv = new TeamCsv().row(List.of("id", "name")).row(List.of("1", "a, \"b\"\nc"))
                .row(List.of("2", "=HYPERLINK(\"http://evil\")")).row(List.of("3", "数据先锋")).toString();
        assertThat(csv).isEqualTo("\uFEFFid,name\r\n1,\"a, \"\"b\"\"\nc\"\r\n"
                + "2,\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n3,数据先锋\r\n");
    }
}
