/**
 * Columns that give way on narrower windows, so that a list beside its aside fits without a
 * scrollbar from 1,280 px up (the reader can still bring any of them back, or hide others, with
 * "Columns"). Widths are the window's, sidebar included.
 */
export const shownFrom = (windowWidth: number) => ({ display: 'none', [`@media (min-width: ${windowWidth}px)`]: { display: 'table-cell' } });
