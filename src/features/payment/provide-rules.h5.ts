/**
 * H5: nothing to provide. The root loads the rules chunk beside step 2's
 * bureau call (src/root/load-rules.h5.ts); a page importing the region files
 * here would put them into its own first load.
 */
export function provideContributionRules(): void {}
