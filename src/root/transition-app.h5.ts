/**
 * H5: Taro's React app, with the app and each page rendered as a transition. Taro renders its
 * root and mounts a page with plain updates, which React renders in one piece (~60 ms for home
 * on the build machine, four times that on a slow phone); as a transition React renders in
 * slices of ~5 ms and lets a tap in between. Set as Taro's app creator by config/index.ts (H5
 * only; weapp renders in WeChat's own way).
 */
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime'
import { createElement, startTransition, useEffect, type ComponentType, type PropsWithChildren } from 'react'

type TaroReactApp = ReturnType<typeof createReactApp>

interface Root {
  render(children: unknown): void
  unmount(): void
}
interface ReactDom {
  createRoot(container: Element, options?: unknown): Root
}

/** react-dom whose roots render in transitions (Taro creates its one root with it). */
function renderingInTransitions<Dom extends ReactDom>(dom: Dom): Dom {
  return {
    ...dom,
    createRoot(container: Element, options?: unknown): Root {
      const root = dom.createRoot(container, options)
      return {
        render: (children) => startTransition(() => root.render(children)),
        unmount: () => root.unmount(),
      }
    },
  }
}

export function createAppRenderingInTransitions(
  App: ComponentType<PropsWithChildren>,
  react: unknown,
  dom: ReactDom,
  config: Record<string, unknown>,
): TaroReactApp {
  // Taro mounts a page into its app wrapper once that wrapper exists, and otherwise later from a
  // promise, where a transition begun now would no longer hold: wait until the app has rendered.
  let appRendered!: () => void
  const whenAppRendered = new Promise<void>((resolve) => (appRendered = resolve))
  function AppThatSaysItRendered(props: PropsWithChildren) {
    useEffect(appRendered, [])
    return createElement(App, props)
  }
  const app = createReactApp(AppThatSaysItRendered, react, renderingInTransitions(dom), config)
  const mount = app.mount.bind(app)
  app.mount = (...args: Parameters<TaroReactApp['mount']>) => {
    void whenAppRendered.then(() => startTransition(() => mount(...args)))
  }
  return app
}
