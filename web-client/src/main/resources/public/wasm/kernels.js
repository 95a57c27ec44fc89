// Links wasm/kernels.wasm (the SIMD kernels that build-kernels.mjs generates: matrix product,
// rotation sweeps, Householder reflectors) to the engine: TeaVM's loader calls
// installImports(imports) before it instantiates engine.wasm, with the engine's linear memory
// already in imports.env.memory; the kernel module is instantiated on that memory and its exports
// become the engine's import module "basisKernels" (basis.web.SimdGemm, SimdRotations,
// SimdReflectors), so the engine calls them Wasm to Wasm. Where the module cannot be compiled (a
// browser without WebAssembly SIMD) the engine gets available() = 0 and keeps its Java loops.
// Used by worker.js (importScripts) and tools/wasm-profile/profile.html (a script tag).
'use strict';

// eslint-disable-next-line no-unused-vars
var BasisKernels = {
  /** Compiles the module at url; resolves to null if this browser cannot. */
  compile(url) {
    return fetch(url)
      .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(response.statusText))))
      .then((bytes) => WebAssembly.compile(bytes))
      .catch(() => null);
  },

  /** The installImports option for TeaVM.wasmGC.load, for a compiled module or null. */
  installer(module) {
    return (imports) => {
      let kernels = null;
      if (module) {
        try {
          kernels = new WebAssembly.Instance(module, { env: { memory: imports.env.memory } }).exports;
        } catch (e) {
          kernels = null;
        }
      }
      const missing = () => { throw new Error('the SIMD kernels are not available'); };
      imports.basisKernels = kernels
        ? {
          available: () => 1,
          gemm_add: kernels.gemm_add,
          gemm_sub: kernels.gemm_sub,
          rot_fwd: kernels.rot_fwd,
          rot_bwd: kernels.rot_bwd,
          refl_left: kernels.refl_left,
          refl_right: kernels.refl_right,
        }
        : {
          available: () => 0,
          gemm_add: missing,
          gemm_sub: missing,
          rot_fwd: missing,
          rot_bwd: missing,
          refl_left: missing,
          refl_right: missing,
        };
    };
  },
};
