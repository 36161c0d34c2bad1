/** Rule for a "large" BTC sale worth marking on a chart; documented on the methodology page. */
export const LARGE_SALE_BTC = 1000;

/** Sales are marked only for single periods; ytd and year totals would repeat the same sales. */
export const SALE_EVENT_PERIOD_TYPES = ["month", "quarter", "instant"] as const;
