/**
 * NumPy's ndarray for the engine: pure Java, identical on the JVM and in TeaVM/Wasm.
 *
 * <ul>
 *   <li>{@link basis.engine.nd.NDArray}: storage, shape, strides, views (transpose, get, slice,
 *       reshape, expandDims, broadcastTo), element access, astype/copy, assign/fill.
 *   <li>{@link basis.engine.nd.Ops}: binary/unary ufuncs with broadcasting and NumPy 2 promotion,
 *       where, clip, round, matmul, dot, outer. Python scalars are passed as 0-d arrays.
 *   <li>{@link basis.engine.nd.Reduce}: sum/prod/mean/var/std/max/min/all/any with axis and
 *       keepdims (NumPy's order of float additions), argmax/argmin, cumsum/cumprod.
 *   <li>{@link basis.engine.nd.Creation}: zeros, ones, full, eye, identity, arange, linspace, diag,
 *       concatenate, stack, vstack, hstack, column_stack.
 *   <li>{@link basis.engine.nd.Linalg}: norm.
 *   <li>{@link basis.engine.nd.Alloc}: the per-array memory cap and NumPy's MemoryError.
 *   <li>{@link basis.engine.nd.NumpyException}: every NumPy error, with its Python type.
 * </ul>
 * Text: {@code basis.engine.format.ArrayFormat}; random numbers: {@code basis.engine.random}.
 */
package basis.engine.nd;
