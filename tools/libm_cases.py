"""What the tools/gen_libm_*.py scripts share: doubles as text Java's Double.parseDouble reads back
exactly, and writing a case file under engine/src/test/resources/libm/."""
import math
import pathlib

DIR = pathlib.Path(__file__).resolve().parent.parent / "engine" / "src" / "test" / "resources" / "libm"


def text(v: float) -> str:
    """v in hex (exact), or NaN / Infinity / -Infinity."""
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    return v.hex()


def write(name: str, lines: list) -> None:
    """Writes the lines (each ending in a newline) to DIR/name and says how many."""
    out = DIR / name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} cases written to {out}")
