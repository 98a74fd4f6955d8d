/**
 * H5: what '@tarojs/components' resolves to (config/index.ts). Only a re-export: Taro's build
 * drops the named imports of the module it finds under that name (to leave out components the
 * app does not draw), which would take html-components.h5.tsx's own imports with them.
 */
export * from './html-components.h5'
