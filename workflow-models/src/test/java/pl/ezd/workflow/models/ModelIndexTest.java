package pl.ezd.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/** The engine deploys what the index lists: every model must be listed, and be deployable. */
class ModelIndexTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    private static List<String> indexed() throws IOException {
        return Files.readAllLines(RESOURCES.resolve("META-INF/ezd/process-models.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).sorted().toList();
    }

    @Test
    void indexListsExactlyTheModelsInBpmnAndDmn() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            onDisk = files.filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn"))
                    .map(f -> RESOURCES.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
        assertThat(indexed()).isEqualTo(onDisk);
    }

    @Test
    void everyProcessIsExecutableAndKeepsHistoryForALimitedTime() throws IOException {
        for (String model : indexed().stream().filter(m -> m.endsWith(".bpmn")).toList()) {
            var instance = Bpmn.readModelFromFile(RESOURCES.resolve(model).toFile());
            Bpmn.validateModel(instance);
            for (Process process : instance.getModelElementsByType(Process.class)) {
                assertThat(process.isExecutable()).as(model + " is executable").isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString()).as(model + " historyTimeToLive").isNotBlank();
                assertThat(model).as("file is named after its process key").isEqualTo("bpmn/" + process.getId() + ".bpmn");
            }
        }
    }
}
