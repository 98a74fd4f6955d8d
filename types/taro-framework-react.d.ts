/** The part of Taro's React runtime (no published typings) that src/root/transition-app.h5.ts wraps. */
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  import type { ComponentType } from 'react'

  interface TaroReactApp {
    /** Renders a page component into the app; `callback` once it is on screen. */
    mount(component: ComponentType, id: string, callback: () => void): void
    unmount(id: string, callback: () => void): void
  }
  export function createReactApp(
    App: ComponentType,
    react: unknown,
    dom: unknown,
    config: Record<string, unknown>,
  ): TaroReactApp
}
