/** 帮助: home's "what to do now" panel, and 常见问题 with the hotlines (the help subpackage's page). */
export { NowPanel } from './components/now-panel'
export { HelpCentre } from './components/help-centre'
