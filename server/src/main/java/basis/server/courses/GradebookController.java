package basis.server.courses;

import basis.server.Access;
import basis.server.content.Course;
import basis.server.courses.CourseRepository.CourseRow;
import basis.server.courses.CourseRepository.Member;
import basis.server.submissions.Submission;
import basis.server.submissions.SubmissionRepository;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gradebook: students by exercises. Per cell the counted submission under the course's policy
 * ({@code best}: highest effective score, earliest on ties; {@code latest}: the newest graded one),
 * with its late flag. As JSON, and as CSV for an LMS (one row per student, e-mail as the key).
 */
public final class GradebookController {
    private final CourseRepository courses;
    private final SubmissionRepository submissions;
    private final Course content;

    public GradebookController(CourseRepository courses, SubmissionRepository submissions, Course content) {
        this.courses = courses;
        this.submissions = submissions;
        this.content = content;
    }

    /** One student's counted result for one exercise. */
    record Cell(Submission counted, int attempts) {}

    /** {@code GET /api/courses/{courseId}/gradebook}. */
    public void json(Context ctx) {
        CourseRow course = courses.find(Access.course(ctx)).orElseThrow();
        Map<Long, Map<String, Cell>> cells = cells(course);
        List<String> exercises = content.exerciseIds();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Member m : students(course)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("user_id", m.userId());
            row.put("email", m.email());
            row.put("display_name", m.displayName());
            Map<String, Object> byExercise = new LinkedHashMap<>();
            double total = 0;
            for (String ex : exercises) {
                Cell c = cells.getOrDefault(m.userId(), Map.of()).get(ex);
                if (c == null) {
                    byExercise.put(ex, null);
                    continue;
                }
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("score", c.counted().effectiveScore());
                v.put("max_score", c.counted().maxScore());
                v.put("late", c.counted().late());
                v.put("overridden", c.counted().overrideScore() != null);
                v.put("submission_id", c.counted().id());
                v.put("attempts", c.attempts());
                byExercise.put(ex, v);
                total += c.counted().effectiveScore();
            }
            row.put("exercises", byExercise);
            row.put("total", total);
            rows.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("course_id", course.id());
        out.put("score_policy", course.scorePolicy());
        out.put("exercises", exercises.stream().map(id -> Map.of("id", id,
                "title", content.exercise(id).map(e -> e.info().title()).orElse(id))).toList());
        out.put("students", rows);
        ctx.json(out);
    }

    /**
     * {@code GET /api/courses/{courseId}/gradebook.csv}: {@code email,name,<exercise>...,total,late};
     * blank for no submission; UTF-8, CRLF, RFC 4180 quoting, formula-looking cells defused.
     */
    public void csv(Context ctx) {
        CourseRow course = courses.find(Access.course(ctx)).orElseThrow();
        Map<Long, Map<String, Cell>> cells = cells(course);
        List<String> exercises = content.exerciseIds();
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("email", "name"));
        header.addAll(exercises);
        header.add("total");
        header.add("late");
        line(b, header);
        for (Member m : students(course)) {
            List<String> row = new ArrayList<>(List.of(m.email(), m.displayName()));
            double total = 0;
            List<String> late = new ArrayList<>();
            for (String ex : exercises) {
                Cell c = cells.getOrDefault(m.userId(), Map.of()).get(ex);
                if (c == null) {
                    row.add("");
                    continue;
                }
                row.add(number(c.counted().effectiveScore()));
                total += c.counted().effectiveScore();
                if (c.counted().late()) late.add(ex);
            }
            row.add(number(total));
            row.add(String.join(" ", late));
            line(b, row);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"gradebook-course-" + course.id() + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(b.toString());
    }

    private List<Member> students(CourseRow course) {
        return courses.members(course.id()).stream().filter(m -> m.role().equals(CourseRepository.STUDENT)).toList();
    }

    /** user id -> exercise -> counted cell. */
    Map<Long, Map<String, Cell>> cells(CourseRow course) {
        boolean best = CourseRepository.BEST.equals(course.scorePolicy());
        Map<Long, Map<String, Cell>> out = new HashMap<>();
        for (Submission s : submissions.gradedForCourse(course.id())) { // oldest first
            if (s.userId() == null || s.effectiveScore() == null) continue;
            Map<String, Cell> row = out.computeIfAbsent(s.userId(), k -> new HashMap<>());
            Cell prev = row.get(s.exercise());
            int attempts = prev == null ? 1 : prev.attempts() + 1;
            Submission counted = prev == null ? s
                    : best ? (s.effectiveScore() > prev.counted().effectiveScore() ? s : prev.counted())
                    : s;
            row.put(s.exercise(), new Cell(counted, attempts));
        }
        return out;
    }

    static String number(Double v) {
        return v == null ? "" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            b.append(csvCell(cells.get(i)));
        }
        b.append("\r\n");
    }

    /** RFC 4180 quoting; a cell starting with = + - @ (a spreadsheet formula) gets a leading apostrophe. */
    static String csvCell(String s) {
        if (s == null) return "";
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+")) s = "'" + s;
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.contains("'")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
