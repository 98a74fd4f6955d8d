// UI tests run the app's composition root on the mock gateway without latency.
process.env.TARO_APP_MOCK_LATENCY_MS = '0'
globalThis.IS_REACT_ACT_ENVIRONMENT = true
