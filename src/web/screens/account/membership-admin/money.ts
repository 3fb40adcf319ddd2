/**
 * Money as the admin reads and types it: amounts are stored in the currency's smallest unit (cents) and
 * shown, or entered, in its major unit ("12.00"), with as many decimals as the currency has (none for yen).
 */

function fractionDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** "€1,234.50": an amount in the smallest unit, in the currency, in the reader's locale. */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  const code = currency.toUpperCase();
  return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(
    amount / 10 ** fractionDigits(code),
  );
}

/** What goes in a price box: 1200 → "12.00". */
export function toMajorUnits(amount: number, currency: string): string {
  const digits = fractionDigits(currency.toUpperCase());
  return (amount / 10 ** digits).toFixed(digits);
}

/**
 * What the admin typed, in the smallest unit: "12", "12.5", "12.50" or "12,50" → 1250. Undefined for
 * anything else (a minus, letters, more decimals than the currency has).
 */
export function fromMajorUnits(text: string, currency: string): number | undefined {
  const digits = fractionDigits(currency.toUpperCase());
  const match = /^(\d{1,7})(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) return undefined;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return undefined;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}
