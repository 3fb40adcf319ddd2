import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { metadataAt, paramName, parseFormParams, requiredInteger, requiredString } from './form-params.ts';

describe("Stripe's bracket notation", () => {
  it('nests hashes and indexed arrays, as the library sends a checkout session', () => {
    const params = parseFormParams(
      [
        'mode=subscription',
        'metadata[userId]=abc',
        'line_items[0][price_data][currency]=eur',
        'line_items[0][price_data][product_data][name]=Backstrong%20Premium',
        'line_items[0][price_data][recurring][interval]=month',
        'line_items[0][quantity]=1',
        'success_url=https://app.example/done?session={CHECKOUT_SESSION_ID}',
      ].join('&'),
    );
    expect(params).toEqual({
      mode: 'subscription',
      metadata: { userId: 'abc' },
      line_items: [
        {
          price_data: {
            currency: 'eur',
            product_data: { name: 'Backstrong Premium' },
            recurring: { interval: 'month' },
          },
          quantity: '1',
        },
      ],
      success_url: 'https://app.example/done?session={CHECKOUT_SESSION_ID}',
    });
  });

  it('reads encoded brackets, plus signs as spaces, and keeps indexes in order', () => {
    expect(parseFormParams('a%5B1%5D=second&a%5B0%5D=first+one')).toEqual({ a: ['first one', 'second'] });
  });

  it('appends with [] and reads expand[0] alike', () => {
    expect(parseFormParams('expand[]=customer&expand[]=subscription')).toEqual({
      expand: ['customer', 'subscription'],
    });
    expect(parseFormParams('expand[0]=customer')).toEqual({ expand: ['customer'] });
  });

  it('reads an empty body as no parameters', () => {
    expect(parseFormParams('')).toEqual({});
  });

  it('refuses a name used both as a value and as a hash', () => {
    expect(() => parseFormParams('metadata=x&metadata[a]=b')).toThrow(ApiError);
    expect(() => parseFormParams('metadata[a]=b&metadata=x')).toThrow(ApiError);
  });

  it('refuses names that would reach the prototype, and malformed names', () => {
    expect(() => parseFormParams('__proto__[admin]=true')).toThrow(/Invalid parameter name/);
    expect(() => parseFormParams('metadata[constructor]=x')).toThrow(/Invalid parameter name/);
    expect(() => parseFormParams('a]b=1')).toThrow(/Invalid parameter name/);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});

describe('reading parameters', () => {
  const params = parseFormParams('line_items[0][quantity]=two&metadata[a]=1&metadata[b]=&email=');

  it('names a missing or invalid parameter the way Stripe does', () => {
    expect(paramName(['line_items', 0, 'price_data', 'currency'])).toBe(
      'line_items[0][price_data][currency]',
    );
    expect(() => requiredString(params, ['line_items', 0, 'price_data', 'currency'])).toThrow(
      'Missing required param: line_items[0][price_data][currency].',
    );
    expect(() => requiredString(params, ['email'])).toThrow('Missing required param: email.');
    expect(() => requiredInteger(params, ['line_items', 0, 'quantity'])).toThrow('Invalid integer: two');
  });

  it('keeps metadata as strings, an empty value meaning "remove", an empty hash meaning "remove all"', () => {
    expect(metadataAt(params, ['metadata'])).toEqual({ a: '1', b: '' });
    expect(metadataAt(parseFormParams('metadata='), ['metadata'])).toBeNull();
    expect(() => metadataAt(parseFormParams('metadata[a][b]=c'), ['metadata'])).toThrow(/metadata\[a\]/);
  });
});
