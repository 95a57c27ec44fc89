package basis.engine.lang;

import basis.engine.nd.DType;

/** A numpy dtype object, as arr.dtype returns: prints as float64, reprs as dtype('float64'). */
public record NpDTypeObj(DType dtype) {}
