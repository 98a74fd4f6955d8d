/** 朗读本页: the button that reads a step aloud. */
export { ReadAloud } from './read-aloud'
