import com.microsoft.playwright.*;
import com.google.gson.*;
import java.nio.file.*;
import java.util.*;

/**
 * CPU profiles of Python programs in the Wasm engine, loaded on the main thread of a page
 * (profile.html) in headless Chromium, through the DevTools protocol. Run by run.sh.
 * Arguments: baseUrl outDir mode(prof|time) program.py...; -Druns=N profiled runs after one warm-up.
 */
public class Profile {
    public static void main(String[] a) throws Exception {
        String base = a[0];
        Path outDir = Paths.get(a[1]);
        int runs = Integer.getInteger("runs", 3);
        try (Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser b = pw.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true)
                    .setExecutablePath(Paths.get("/usr/bin/chromium"))
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            Page page = b.newPage();
            page.setDefaultTimeout(600_000);
            page.onConsoleMessage(m -> System.out.println("console: " + m.text()));
            page.navigate(base + "/profile.html");
            page.waitForFunction("() => window.x !== undefined");
            CDPSession cdp = page.context().newCDPSession(page);
            for (int i = 3; i < a.length; i++) {
                Path prog = Paths.get(a[i]);
                String code = Files.readString(prog);
                String name = prog.getFileName().toString().replace(".py", "");
                // warm-up and timing without the profiler
                Object t = page.evaluate("([code, runs]) => { let ts=[]; let out; for (let i=0;i<runs+1;i++){const t0=performance.now(); out=window.x.runProgram(code); if(i>0) ts.push(performance.now()-t0);} ts.sort((p,q)=>p-q); return [ts[Math.floor(ts.length/2)], out.slice(0,200)]; }", List.of(code, runs));
                System.out.println(name + " (no profiler) median ms/out: " + t);
                if (a[2].equals("time")) continue;
                cdp.send("Profiler.enable");
                JsonObject p = new JsonObject(); p.addProperty("interval", 200);
                cdp.send("Profiler.setSamplingInterval", p);
                cdp.send("Profiler.start");
                page.evaluate("([code, runs]) => { for (let i=0;i<runs;i++) window.x.runProgram(code); }", List.of(code, runs));
                JsonObject prof = cdp.send("Profiler.stop");
                Files.writeString(outDir.resolve(name + ".cpuprofile"), prof.get("profile").toString());
                cdp.send("Profiler.disable");
            }
            b.close();
        }
    }
}
