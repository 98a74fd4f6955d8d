/** The only caller of Taro's navigation APIs. */
import Taro, { useRouter } from '@tarojs/taro'
import { readParams, routeOf, urlOf, type ParamsArg, type Route, type RouteParams } from '../config/routes'

export function goTo<R extends Route>(route: R, ...params: ParamsArg<R>): void {
  void Taro.navigateTo({ url: urlOf(route, ...params) })
}

/** Replaces the current page: used by step guards so Back does not return to a refused step. */
export function replaceWith<R extends Route>(route: R, ...params: ParamsArg<R>): void {
  void Taro.redirectTo({ url: urlOf(route, ...params) })
}

export function goBack(): void {
  void Taro.navigateBack()
}

/** Back to the page below, or, when this page was opened directly (a relaunch), to `route`. */
export function backTo(route: Route): void {
  if (Taro.getCurrentPages().length > 1) goBack()
  else replaceWith(route)
}

/** The parameters of the page being shown, as its route reads them. */
export function usePageParams<R extends Route>(route: R): Partial<RouteParams[R]> {
  return readParams(route, useRouter().params)
}

export function goHome(): void {
  void Taro.reLaunch({ url: routeOf('home') })
}
