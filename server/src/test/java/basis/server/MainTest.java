package basis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import basis.engine.RunResult;
import basis.engine.Session;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path tmp;

    record Outcome(int status, String out, String err) {}

    static Outcome main(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).execute(args);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void runPrintsWhatTheEngineProducesAndExits1OnAnError() throws IOException {
        // Compared with the engine itself, so this holds for the stub and the real interpreter alike.
        for (String source : List.of("print('hello')\nprint(1 + 2)\n", "x = [1, 2]\nprint(x)\nraise ValueError('boom')\n")) {
            Path file = Files.writeString(tmp.resolve("prog.py"), source);
            RunResult expected = new Session().runFile(source, file.toString());
            Outcome o = main("run", file.toString());
            assertEquals(expected.stdout(), o.out(), "stdout exactly, nothing added");
            if (expected.ok()) {
                assertEquals(0, o.status());
                assertEquals("", o.err());
            } else {
                assertEquals(1, o.status());
                String tb = expected.error().traceback();
                assertEquals(tb.endsWith("\n") ? tb : tb + "\n", o.err());
                assertTrue(o.err().strip().endsWith(expected.error().summary()), o.err());
            }
        }
    }

    @Test
    void runOfAMissingFileExits2() {
        Outcome o = main("run", tmp.resolve("missing.py").toString());
        assertEquals(2, o.status());
        assertEquals("", o.out());
        assertEquals("basis run: " + tmp.resolve("missing.py") + ": no such file\n", o.err());
    }

    @Test
    void badArgumentsPrintUsageAndExit2() {
        for (String[] args : List.of(new String[] {}, new String[] {"frobnicate"}, new String[] {"run"},
                new String[] {"run", "a.py", "b.py"}, new String[] {"serve", "--port", "seventy"},
                new String[] {"serve", "--port"}, new String[] {"grade", "a.py"}, new String[] {"run", "--fast", "a.py"})) {
            Outcome o = main(args);
            assertEquals(2, o.status(), String.join(" ", args));
            assertEquals("", o.out());
            assertTrue(o.err().startsWith("basis: "), o.err());
            assertTrue(o.err().contains("Usage: basis <command>"), o.err());
        }
    }

    @Test
    void helpGoesToStdout() {
        Outcome o = main("help");
        assertEquals(0, o.status());
        assertTrue(o.out().startsWith("Usage: basis <command>"));
        assertTrue(o.out().contains("grade --exercise ID"));
    }

    @Test
    void gradeOfAnUnknownExerciseListsTheKnownOnes() throws IOException {
        Path file = Files.writeString(tmp.resolve("a.py"), "x = 1\n");
        Outcome o = main("grade", "--course", TestSupport.testCourseDir().toString(), "--exercise", "nope", file.toString());
        assertEquals(2, o.status());
        assertEquals("basis grade: unknown exercise \"nope\"; known exercises: add-vectors\n", o.err());
    }

    @Test
    void gradeOfAMissingFileExits2() {
        Outcome o = main("grade", "--course", TestSupport.testCourseDir().toString(), "--exercise", "add-vectors",
                tmp.resolve("gone.py").toString());
        assertEquals(2, o.status());
        assertTrue(o.err().contains("gone.py: no such file"), o.err());
    }

    @Test
    void gradeJsonPrintsOneObjectPerFile() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.py"), "def add(a, b):\n    return None\n");
        Path b = Files.writeString(tmp.resolve("b.py"), "def add(a, b):\n    return [x + y for x, y in zip(a, b)]\n");
        Outcome o = main("grade", "--exercise", "add-vectors", "--json", "--course",
                TestSupport.testCourseDir().toString(), a.toString(), b.toString());
        assertEquals(0, o.status(), o.err());
        String[] lines = o.out().split("\n");
        assertEquals(2, lines.length, o.out());
        for (int i = 0; i < 2; i++) {
            JsonNode j = TestSupport.JSON.readTree(lines[i]);
            assertEquals("add-vectors", j.get("exercise").asText());
            assertEquals((i == 0 ? a : b).toString(), j.get("file").asText());
            assertTrue(j.get("score").isNumber() && j.get("max_score").isNumber(), lines[i]);
            assertTrue(j.get("tests").isArray(), lines[i]);
            for (JsonNode test : j.get("tests")) {
                assertTrue(test.has("name") && test.has("passed") && test.has("message"), test.toString());
            }
        }
    }

    @Test
    void gradeCsvWritesOneRowPerFileWithFailingTestNames() throws IOException {
        Path a = Files.writeString(tmp.resolve("a,b.py"), "def add(a, b):\n    return None\n");
        Path b = Files.writeString(tmp.resolve("b.py"), "def add(a, b):\n    return [x + y for x, y in zip(a, b)]\n");
        Path csv = tmp.resolve("grades.csv");
        Outcome o = main("grade", "--exercise", "add-vectors", "--csv", csv.toString(), "--course",
                TestSupport.testCourseDir().toString(), a.toString(), b.toString());
        assertEquals(0, o.status(), o.err());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(3, rows.size(), String.join("\n", rows));
        assertEquals("file,exercise,score,max_score,tests_passed,tests_failed,error,engine_build,seed,failing_tests",
                rows.get(0).strip());
        assertTrue(rows.get(1).startsWith("\"" + a + "\",add-vectors,0,"), rows.get(1));
        assertTrue(rows.get(2).startsWith(b + ",add-vectors,"), rows.get(2));
        String[] full = rows.get(2).split(",");
        assertEquals(full[2], full[3], "b.py scores full marks: " + rows.get(2));
        assertTrue(o.out().contains("2 file(s) graded against add-vectors: 1 with full marks"), o.out());
        assertEquals(2, main("grade", "--exercise", "add-vectors", "--json", "--csv", csv.toString(), a.toString()).status());
    }

    @Test
    void csvCellsAreQuotedAndFormulasNeutralised() {
        assertEquals("plain", Main.csvCell("plain"));
        assertEquals("\"a,b\"", Main.csvCell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Main.csvCell("say \"hi\""));
        assertEquals("'=1+1", Main.csvCell("=1+1"));
    }

    @Test
    void gradeTablePrintsARowPerFileAndASummary() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.py"), "def add(a, b):\n    return None\n");
        Outcome o = main("grade", "--exercise", "add-vectors", "--course", TestSupport.testCourseDir().toString(),
                a.toString());
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().startsWith(a.toString()), o.out());
        assertTrue(o.out().contains("1 file(s) graded against add-vectors: "), o.out());
    }

    @Test
    void aBrokenCourseFolderIsReportedWithTheFile() throws IOException {
        Path root = TestSupport.copyTestCourse(tmp.resolve("c"));
        Files.delete(root.resolve("vectors/lesson.md"));
        Path a = Files.writeString(tmp.resolve("a.py"), "x = 1\n");
        Outcome o = main("grade", "--exercise", "add-vectors", "--course", root.toString(), a.toString());
        assertEquals(1, o.status());
        assertTrue(o.err().contains(root.resolve("vectors/lesson.md") + ": file is missing"), o.err());
    }

    @Test
    void theDefaultDataFolderIsInBasisHome() {
        String before = System.getProperty(Main.HOME_PROPERTY);
        try {
            System.setProperty(Main.HOME_PROPERTY, "/srv/basis");
            assertEquals(Path.of("/srv/basis/data"), Main.defaultDataDir());
            System.clearProperty(Main.HOME_PROPERTY);
            assertEquals(Path.of("data"), Main.defaultDataDir());
        } finally {
            if (before == null) System.clearProperty(Main.HOME_PROPERTY);
            else System.setProperty(Main.HOME_PROPERTY, before);
        }
    }

    @Test
    void serveWithAnUnsupportedDatabaseFailsBeforeListening() {
        Outcome o = main("serve", "--port", "0", "--course", TestSupport.testCourseDir().toString(),
                "--db", "jdbc:mysql://localhost/basis");
        assertEquals(1, o.status());
        assertTrue(o.err().startsWith("basis serve: cannot open the database: unsupported database URL"), o.err());
    }

    @Test
    void adminCreatesAnInstructorWhoMayCreateCoursesThenResetsTheirPassword(@org.junit.jupiter.api.io.TempDir Path data)
            throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        Main m = new Main(new java.io.ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, m.execute("admin", "create-instructor", "Prof@Example.org", "--name", "Prof", "--data", data.toString()),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("created instructor prof@example.org"));
        var db = basis.server.db.Database.sqliteIn(data);
        var accounts = new basis.server.accounts.AccountRepository(db);
        var creds = accounts.credentials("prof@example.org").orElseThrow();
        assertTrue(creds.user().canCreateCourses());
        assertEquals("Prof", creds.user().displayName());
        assertTrue(new basis.server.accounts.Passwords(4).verify("correct horse battery", creds.passwordHash()));
        basis.server.db.Database.close(db);

        Main again = new Main(new java.io.ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)),
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, again.execute("admin", "create-instructor", "prof@example.org", "--data", data.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("at least 8 characters"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void numbersPrintWithoutNeedlessDecimals() {
        assertEquals("3", Main.number(3.0));
        assertEquals("2.5", Main.number(2.5));
        assertEquals("0", Main.number(0.0));
    }
}
