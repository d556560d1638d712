package pl.ezd.workflow.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CamundaSchemaMigrationTest {

    @Test
    void choosesTheEngineScriptsOfTheDatabase() {
        assertThat(CamundaSchemaMigration.camundaDatabaseType("PostgreSQL")).isEqualTo("postgres");
        assertThat(CamundaSchemaMigration.camundaDatabaseType("H2")).isEqualTo("h2");
        assertThatThrownBy(() -> CamundaSchemaMigration.camundaDatabaseType("Oracle"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PostgreSQL");
    }

    @Test
    void splitsTheEngineScriptIntoWholeStatementsWithoutComments() throws IOException {
        var statements = CamundaSchemaMigration.statements("org/camunda/bpm/engine/db/create/activiti.postgres.create.engine.sql");

        assertThat(statements).isNotEmpty()
                .allSatisfy(sql -> assertThat(sql).doesNotEndWith(";").doesNotStartWith("--"))
                .anySatisfy(sql -> assertThat(sql).startsWith("create table ACT_GE_PROPERTY"));
        assertThat(statements).filteredOn(sql -> sql.startsWith("create table")).hasSizeGreaterThan(10);
    }

    @Test
    void aMissingScriptIsAClearError() {
        assertThatThrownBy(() -> CamundaSchemaMigration.statements("org/camunda/nothing.sql"))
                .isInstanceOf(IOException.class).hasMessageContaining("not on the class path");
    }

    @Test
    void isVersionTwoAndNamesTheEngineVersion() {
        var migration = new CamundaSchemaMigration();
        assertThat(migration.getVersion().getVersion()).isEqualTo("2");
        assertThat(migration.getDescription()).contains("7.24.0");
        assertThat(migration.getChecksum()).isEqualTo(new CamundaSchemaMigration().getChecksum());
    }
}
