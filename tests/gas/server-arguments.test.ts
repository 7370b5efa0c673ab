import {
  InvalidArgumentError,
  integerArgument,
  oneOfArgument,
  textArgument,
  textListArgument,
} from '../../src/gas/server-arguments';

describe('arguments a page sends to the server', () => {
  it('accepts what the page is meant to send', () => {
    expect(textArgument('LAMP-01', 'sku')).toBe('LAMP-01');
    expect(integerArgument(5, 'row', 2, 10)).toBe(5);
    expect(oneOfArgument('DE', 'site', ['UK', 'DE'] as const)).toBe('DE');
    expect(textListArgument(['a', 'b'], 'skus')).toEqual(['a', 'b']);
  });

  it('refuses anything else with a message that names the argument', () => {
    expect(() => textArgument(42, 'sku')).toThrow('Invalid argument sku: expected text');
    expect(() => textArgument('x'.repeat(11), 'sku', 10)).toThrow(InvalidArgumentError);
    expect(() => integerArgument(2.5, 'row', 2, 10)).toThrow('from 2 to 10');
    expect(() => integerArgument(11, 'row', 2, 10)).toThrow(InvalidArgumentError);
    expect(() => integerArgument('3', 'row', 2, 10)).toThrow(InvalidArgumentError);
    expect(() => oneOfArgument('US', 'site', ['UK', 'DE'])).toThrow('one of UK, DE');
    expect(() => textListArgument(['a', 1], 'skus')).toThrow('Invalid argument skus[1]');
    expect(() => textListArgument('a', 'skus')).toThrow(InvalidArgumentError);
  });
});
