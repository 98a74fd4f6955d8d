/** The only caller of Taro's navigation APIs. */
import Taro from '@tarojs/taro'
import { routeOf, type Route } from '../config/routes'

export function goTo(route: Route, query?: Record<string, string>): void {
  void Taro.navigateTo({ url: urlOf(route, query) })
}

/** Replaces the current page: used by step guards so Back does not return to a refused step. */
export function replaceWith(route: Route, query?: Record<string, string>): void {
  void Taro.redirectTo({ url: urlOf(route, query) })
}

export function goBack(): void {
  void Taro.navigateBack()
}

/** Back to the page below, or, when this page was opened directly (a relaunch), to `route`. */
export function backTo(route: Route): void {
  if (Taro.getCurrentPages().length > 1) goBack()
  else replaceWith(route)
}

/** A query parameter of the page being shown (e.g. `next` on the verify page). */
export function pageParam(name: string): string | undefined {
  return Taro.getCurrentInstance().router?.params[name]
}

export function goHome(): void {
  void Taro.reLaunch({ url: routeOf('home') })
}

function urlOf(route: Route, query?: Record<string, string>): string {
  const search = query ? `?${Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : ''
  return `${routeOf(route)}${search}`
}
