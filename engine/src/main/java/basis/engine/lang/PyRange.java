package basis.engine.lang;

/** Python's range. */
public record PyRange(long start, long stop, long step) {
    public long length() {
        if (step > 0) return start < stop ? (stop - start + step - 1) / step : 0;
        return start > stop ? (start - stop - step - 1) / (-step) : 0;
    }

    public long at(long i) {
        return start + i * step;
    }
}
