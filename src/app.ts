import { useDidShow } from '@tarojs/taro'
import { createElement, type PropsWithChildren } from 'react'
import { AppProviders } from './root/app-providers'
import { createAppServices } from './root/app-services'
import { handOverFirstScreen } from './root/first-screen'
import './app.css'

handOverFirstScreen()
const services = createAppServices()

function App({ children }: PropsWithChildren) {
  // Each time the app comes to the front (launch, relaunch, back from another
  // app), an order in flight is queried before anything else is offered.
  useDidShow(() => {
    void services.paymentStore.getState().resumePayment()
  })
  return createElement(AppProviders, { services, children })
}

export default App
