package basis.e2e;

import basis.engine.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What CPython + NumPy (python3 on this machine) print for notebook cells run in one namespace:
 * each cell's stdout, and the repr of its final expression as a notebook displays it.
 */
final class PythonReference {
    private PythonReference() {}

    record CellOutput(String stdout, String display, String error) {}

    private static final String HARNESS = """
            import ast, contextlib, io, json, sys
            namespace = {"__name__": "__main__"}
            results = []
            for source in json.load(sys.stdin):
                out, display, error = io.StringIO(), None, None
                try:
                    tree = ast.parse(source)
                    last = None
                    if tree.body and isinstance(tree.body[-1], ast.Expr):
                        last = ast.Expression(tree.body.pop().value)
                    with contextlib.redirect_stdout(out):
                        exec(compile(tree, "<cell>", "exec"), namespace)
                        if last is not None:
                            value = eval(compile(last, "<cell>", "eval"), namespace)
                            if value is not None:
                                display = repr(value)
                except Exception as e:
                    error = type(e).__name__ + ": " + str(e)
                results.append({"stdout": out.getvalue(), "display": display, "error": error})
            json.dump(results, sys.stdout)
            """;

    static List<CellOutput> runCells(List<String> cells) throws IOException, InterruptedException {
        Process python = new ProcessBuilder("python3", "-c", HARNESS).redirectErrorStream(false).start();
        python.getOutputStream().write(Json.write(new ArrayList<Object>(cells)).getBytes(StandardCharsets.UTF_8));
        python.getOutputStream().close();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(python.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!python.waitFor(60, TimeUnit.SECONDS) || python.exitValue() != 0) {
            throw new IllegalStateException("python3 failed: " + err);
        }
        List<CellOutput> results = new ArrayList<>();
        for (Object o : (List<?>) Json.parse(out)) {
            Map<?, ?> m = (Map<?, ?>) o;
            results.add(new CellOutput((String) m.get("stdout"), (String) m.get("display"), (String) m.get("error")));
        }
        return results;
    }
}
