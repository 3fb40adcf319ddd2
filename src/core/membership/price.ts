/** "€12", "£9.99": a price in the currency's smallest unit (cents), in the reader's locale. */
export function formatPrice(amount: number, currency: string, locale?: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() });
  const whole = amount % 100 === 0;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: whole ? 0 : format.resolvedOptions().minimumFractionDigits,
  }).format(amount / 100);
}
