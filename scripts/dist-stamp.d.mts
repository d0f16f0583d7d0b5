/** Types of scripts/dist-stamp.mjs, for the test setup that imports it. */
export function inputsHash(): string;
export function outputsHash(): string;
export function distIsFresh(): boolean;
