/**
 * A webpack loader that hands a module's source to the function in its options (`transform`),
 * so that a transform written in TypeScript beside the build config can run as a loader
 * (webpack loads loaders by path, and only this file needs to be plain JS).
 */
module.exports = function sourceTransformLoader(source) {
  return this.getOptions().transform(source)
}
