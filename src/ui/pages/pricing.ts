/// <reference lib="dom" />
import type {
  PricingField,
  PricingInput,
  PricingQuote,
  PricingView,
  SiteQuote,
} from '../../gas/pricing-calculator';
import { call } from '../bridge';
import {
  byId,
  checkbox,
  element,
  failureText,
  field,
  openPage,
  pageState,
  selectInput,
  showHeading,
  setProblem,
  textInput,
} from './page-parts';

/** How long typing must pause before the server is asked: one call per pause, not per key. */
const PAUSE_MS = 250;

const state = pageState();
let view: PricingView | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Answers may arrive out of order: only the answer to the latest question is shown. */
let latest = 0;

const controls = {
  weightKg: textInput('', { inputmode: 'decimal' }),
  lengthCm: textInput('', { inputmode: 'decimal' }),
  widthCm: textInput('', { inputmode: 'decimal' }),
  heightCm: textInput('', { inputmode: 'decimal' }),
  dangerous: null as HTMLInputElement | null,
  site: null as HTMLSelectElement | null,
  cost: textInput('', { inputmode: 'decimal' }),
  targetMargin: textInput('', { inputmode: 'decimal' }),
  productType: null as HTMLSelectElement | null,
};

function input(): PricingInput {
  return {
    weightKg: controls.weightKg.value,
    lengthCm: controls.lengthCm.value,
    widthCm: controls.widthCm.value,
    heightCm: controls.heightCm.value,
    dangerous: controls.dangerous?.checked ?? false,
    site: controls.site?.value ?? '',
    cost: controls.cost.value,
    targetMargin: controls.targetMargin.value,
    productType: controls.productType?.value ?? '',
  };
}

/** Length, width and height side by side, with one error line for the three. */
function sizeFields(text: PricingView['text']): HTMLElement {
  const parts = (['lengthCm', 'widthCm', 'heightCm'] as const).map((name, i) => {
    const control = controls[name];
    control.id = name;
    control.setAttribute('aria-describedby', 'size-hint size-error');
    const label = [text.length, text.width, text.height][i];
    return element('div', {}, element('label', { text: label, attrs: { for: name } }), control);
  });
  return element(
    'fieldset',
    { className: 'form-group size' },
    element('legend', { text: text.size }),
    element('div', { className: 'row' }, ...parts),
    element('p', { text: text.sizeHint, className: 'hint gray', attrs: { id: 'size-hint' } }),
    element('p', { className: 'field-error error', attrs: { id: 'size-error' } }),
  );
}

function render(next: PricingView): void {
  view = next;
  const { text } = next;
  showHeading(next.lang, next.title, next.intro);
  byId('results-heading').textContent = text.results;
  const close = byId('close');
  close.textContent = text.close;
  close.hidden = false;

  const dangerous = checkbox('dangerous', text.dangerous);
  controls.dangerous = dangerous.querySelector('input');
  controls.site = selectInput(next.sites);
  controls.targetMargin.placeholder = next.defaultMargin;
  const groups = [
    field('weightKg', text.weight, controls.weightKg, text.weightHint),
    sizeFields(text),
    element('div', { className: 'form-group' }, dangerous),
    field('site', text.site, controls.site),
    field('cost', text.cost, controls.cost, text.costHint),
    field('targetMargin', text.margin, controls.targetMargin, text.marginHint),
  ];
  if (next.productTypes.length > 0) {
    controls.productType = selectInput([
      { value: '', label: text.anyType },
      ...next.productTypes.map((type) => ({ value: type, label: type })),
    ]);
    groups.push(field('productType', text.productType, controls.productType));
  }
  const form = byId('form');
  form.replaceChildren(...groups);
  form.hidden = false;
  state.say(text.typeWeight);
}

function quoteNode(quote: SiteQuote, text: PricingView['text']): HTMLElement {
  const heading = element('h3', { text: quote.siteName, attrs: { id: `quote-${quote.site}` } });
  const box = element('section', {
    className: 'quote',
    attrs: { 'aria-labelledby': heading.id, 'data-site': quote.site },
  });
  box.append(heading);
  const figures: Array<[string, string, string]> = [
    [text.channel, quote.channel, 'channel'],
    [text.billable, quote.billableKg, 'billable'],
    [text.freight, quote.freight, 'freight'],
    [text.price, quote.price, 'price'],
    [text.marginAt, quote.margin, 'margin'],
  ];
  const list = element('dl');
  for (const [term, value, name] of figures) {
    if (value)
      list.append(element('dt', { text: term }), element('dd', { text: value, className: name }));
  }
  if (list.childElementCount > 0) box.append(list);
  if (quote.problem) box.append(element('p', { text: quote.problem, className: 'problem' }));
  return box;
}

function show(quote: PricingQuote): void {
  if (!view) return;
  const fields: Record<PricingField, HTMLElement> = {
    weightKg: controls.weightKg,
    size: controls.lengthCm,
    cost: controls.cost,
    targetMargin: controls.targetMargin,
  };
  for (const [name, control] of Object.entries(fields)) {
    const problem = quote.problems[name as PricingField] ?? null;
    if (name === 'size') {
      byId('size-error').textContent = problem ?? '';
      for (const part of [controls.lengthCm, controls.widthCm, controls.heightCm]) {
        if (problem) part.setAttribute('aria-invalid', 'true');
        else part.removeAttribute('aria-invalid');
      }
    } else {
      setProblem(control, problem);
    }
  }
  const results = byId('results');
  results.hidden = quote.quotes.length === 0;
  byId('basis').textContent = quote.basis;
  byId('quotes').replaceChildren(...quote.quotes.map((each) => quoteNode(each, view!.text)));
  state.idle(input().weightKg.trim() === '' ? view.text.typeWeight : '');
}

async function ask(): Promise<void> {
  if (!view) return;
  // This question holds everything typed so far: one waiting for a pause is not needed.
  clearTimeout(timer);
  const ticket = ++latest;
  state.start(view.text.calculating, false);
  try {
    const quote = await call('quotePrices', input());
    if (ticket === latest) show(quote);
  } catch (error) {
    if (ticket !== latest) return;
    byId('results').hidden = true;
    state.fail(failureText(error, view.lang));
  }
}

/** Asks again once typing pauses; a change of a list or a box asks at once. */
function later(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void ask(), PAUSE_MS);
}

const form = byId('form');
form.addEventListener('input', (event) => {
  if ((event.target as HTMLElement).tagName === 'INPUT') later();
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).tagName === 'SELECT') void ask();
  if ((event.target as HTMLInputElement).type === 'checkbox') void ask();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void ask();
});
openPage({
  state,
  failed: '无法加载定价计算器。Could not load the calculator:',
  load: async () => {
    render(await call('getPricingView'));
    return view!.text.typeWeight;
  },
});
