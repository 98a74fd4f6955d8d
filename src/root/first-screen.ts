/** The mini program has no index.html and so no first screen to hand over (see first-screen.h5.ts). */
export function handOverFirstScreen(): void {}
