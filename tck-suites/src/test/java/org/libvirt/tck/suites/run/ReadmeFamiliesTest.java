package org.libvirt.tck.suites.run;

import static org.testng.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.testng.annotations.Test;

/** The README's table of scenario families says what {@code --list} says. */
public class ReadmeFamiliesTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([a-z]+) \\| (\\d+) \\|.*");

    @Test
    public void theReadmeTableOfFamiliesMatchesTheCatalogue() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        int start = lines.indexOf("## Scenario families");
        Map<String, Long> documented = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                documented.put(row.group(1), Long.parseLong(row.group(2)));
            }
        }
        Map<String, Long> listed = ScenarioCatalog.all().scenarios().stream()
                .collect(Collectors.groupingBy(ScenarioInfo::family, LinkedHashMap::new, Collectors.counting()));
        assertEquals(documented, listed, "README.md's table of scenario families");
    }
}
