const number = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/** A lab's number with its unit, as the labs and the dashboard show it: 12.5%, 300 requests, 0.8 ms. */
export function withUnit(value: number, unit: string): string {
  if (!unit) return number.format(value);
  return unit === "%" ? `${number.format(value)}%` : `${number.format(value)} ${unit}`;
}

/** A lab's number without its unit. */
export const formatNumber = (value: number): string => number.format(value);

/** How far the guess was from the run, in words a learner can act on. */
export function describeGap(predicted: number, measured: number, unit: string): string {
  if (!Number.isFinite(measured)) return "The run never reached the point your prediction is about (see the metrics below).";
  const gap = predicted - measured;
  const relative = measured === 0 ? (predicted === 0 ? 0 : Number.POSITIVE_INFINITY) : Math.abs(gap / measured);
  if (relative <= 0.1) return `Close: your prediction is within ${Math.max(1, Math.round(relative * 100))}% of the measurement.`;
  const direction = gap > 0 ? "above" : "below";
  const share = measured === 0 || predicted / measured <= 0 ? "" : ` (${formatNumber(predicted / measured)} times the measured value)`;
  const amount = unit === "%" ? `${formatNumber(Math.abs(gap))} percentage points` : withUnit(Math.abs(gap), unit);
  return `Your prediction is ${amount} ${direction} the measurement${share}.`;
}
