const number = new Intl.NumberFormat("en", { maximumFractionDigits: 2 });

/** A lab's number with its unit, as the labs and the dashboard show it: 12.5%, 300 requests, 0.8 ms. */
export function withUnit(value: number, unit: string): string {
  if (!unit) return number.format(value);
  return unit === "%" ? `${number.format(value)}%` : `${number.format(value)} ${unit}`;
}

/** A lab's number without its unit. */
export const formatNumber = (value: number): string => number.format(value);
