/**
 * H5 build: V8 compiles app.js while it downloads, not function by function on the main thread.
 *
 * V8 parses a script lazily: a function is only pre-parsed when the script loads and compiled on
 * the main thread the first time it is called. Nearly every function in app.js (React, react-dom,
 * Taro's runtime, the composition root) is called at start, so that lazy compiling was most of
 * each start-up task after the first screen (V8.CompileCode: 10–23 ms of 14–36 ms tasks in a
 * chromium trace). The magic comment `//# allFunctionsCalledOnLoad` on the first line (V8's
 * explicit compile hints, Chrome 136 and later) has V8 compile every function of the file
 * eagerly, on the background thread that streams the script in. Other engines read a comment.
 *
 * Only the initial chunks get it: the page chunks hold shared code much of which a page never
 * calls (measured: hinting them too gave no lower blocking time in Lighthouse).
 */
import { Compilation, sources, type Compiler, type WebpackPluginInstance } from 'webpack'

export const COMPILE_ALL_ON_LOAD = '//# allFunctionsCalledOnLoad\n'

export class CompileInitialChunksEagerly implements WebpackPluginInstance {
  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('CompileInitialChunksEagerly', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minifying (which drops comments) and before the real content hash names the file.
        { name: 'CompileInitialChunksEagerly', stage: Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING },
        () => {
          for (const chunk of compilation.chunks) {
            if (!chunk.canBeInitial()) continue
            for (const file of chunk.files) {
              if (!file.endsWith('.js')) continue
              compilation.updateAsset(file, (old) => new sources.ConcatSource(COMPILE_ALL_ON_LOAD, old))
            }
          }
        },
      )
    })
  }
}
