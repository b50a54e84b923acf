import type { QuarterReport } from '../core';

/**
 * The game's headline result: firm value = cumulative profit + customer equity (the
 * discounted future profit of the customers still active, docs/model.md). Every screen
 * reads them through these two functions, so that all show the same number.
 */

/** Customer equity after a quarter, in thousand đồng. */
export const customerEquityOf = (report: QuarterReport): number => report.customerEquity;

/** Firm value after a quarter, in thousand đồng. */
export const firmValueOf = (report: QuarterReport): number => report.firmValue;
