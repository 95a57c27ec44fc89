package basis.engine.lang;

import java.util.List;

/** Tuple/list unpacking assignment: a, b = ...; a, *rest = ...; for i, (x, y) in ... */
final class Unpack {
    private Unpack() {}

    static void assign(Frame f, Nodes.Expr[] targets, boolean[] starred, Object value) {
        int star = -1;
        for (int i = 0; i < starred.length; i++) if (starred[i]) star = i;
        List<Object> items;
        if (value instanceof PyTuple t && star < 0) {
            if (t.items.length == targets.length) {
                for (int i = 0; i < targets.length; i++) ((Nodes.Target) targets[i]).assign(f, t.items[i]);
                return;
            }
            items = java.util.Arrays.asList(t.items);
        } else {
            if (!(value instanceof PyList || value instanceof PyTuple || value instanceof String || value instanceof PyRange
                    || value instanceof PyDict || value instanceof PySet || value instanceof PyIter || value instanceof PyDictView
                    || value instanceof basis.engine.nd.NDArray || value instanceof PyInstance)) {
                throw PyException.typeError("cannot unpack non-iterable " + Ops.typeName(value) + " object");
            }
            items = Access.toList(f.in, value);
        }
        int n = items.size();
        if (star < 0) {
            if (n < targets.length) {
                throw PyException.valueError("not enough values to unpack (expected " + targets.length + ", got " + n + ")");
            }
            if (n > targets.length) {
                throw PyException.valueError("too many values to unpack (expected " + targets.length + ")");
            }
            for (int i = 0; i < n; i++) ((Nodes.Target) targets[i]).assign(f, items.get(i));
            return;
        }
        int before = star, after = targets.length - star - 1;
        if (n < before + after) {
            throw PyException.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + n + ")");
        }
        for (int i = 0; i < before; i++) ((Nodes.Target) targets[i]).assign(f, items.get(i));
        PyList rest = new PyList();
        for (int i = before; i < n - after; i++) rest.items.add(items.get(i));
        ((Nodes.Target) targets[star]).assign(f, rest);
        for (int i = 0; i < after; i++) ((Nodes.Target) targets[star + 1 + i]).assign(f, items.get(n - after + i));
    }
}
