import { useDidShow } from '@tarojs/taro'
import { type PropsWithChildren } from 'react'
import { paymentStore } from './app-services'
import './app.css'

function App({ children }: PropsWithChildren) {
  // Each time the app comes to the front (launch, relaunch, back from another
  // app), an order in flight is queried before anything else is offered.
  useDidShow(() => {
    void paymentStore.getState().resumePayment()
  })
  return children
}

export default App
