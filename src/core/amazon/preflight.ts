import type { Finding } from '../findings';
import { t } from '../i18n';
import type { Localized } from '../i18n';
import { characterCount, KEYWORD_BYTES, utf8ByteLength } from '../new-products/content';
import { IMAGE_COUNT } from '../new-products/images';
import { amazonTitleProblems } from '../new-products/title';
import { findingAt } from './listing';
import type { Origin, SourceListing } from './listing';
import type { BuiltAttributes, ListingAttributes } from './listings-feed';
import { MARKETPLACES } from './marketplaces';
import { passes } from './product-types';
import type {
  ArrayLimits,
  FieldSpec,
  ObjectShape,
  ProductTypeDefinition,
  ValueField,
} from './product-types';

/**
 * The check before anything is written, like Seller Central's "check my file": Amazon's
 * content rules on the text as it will be listed (in the site's language), and the product
 * type's schema (required attributes, conditional requirements, allowed values, lengths,
 * bytes, counts) on the attributes as they will be sent. Each problem names the attribute and
 * the cell to fix; a listing with an error is left out of both files.
 */

export type IssueKind =
  | 'required'
  | 'unknown'
  | 'type'
  | 'enum'
  | 'deprecated'
  | 'length'
  | 'bytes'
  | 'count'
  | 'range'
  | 'pattern'
  | 'marketplace'
  | 'rule';

/** One way a listing's attributes break the product type's schema. */
export interface SchemaIssue {
  attribute: string;
  /** Where inside the attribute: `bullet_point #2 value`. */
  path: string;
  kind: IssueKind;
  problem: Localized;
}

function present(attributes: ListingAttributes, name: string): boolean {
  return (attributes[name]?.length ?? 0) > 0;
}

function issue(
  attribute: string,
  path: string,
  kind: IssueKind,
  zh: string,
  en: string,
): SchemaIssue {
  return { attribute, path, kind, problem: t(zh, en) };
}

function checkValue(
  attribute: string,
  path: string,
  value: unknown,
  spec: ValueField,
  definition: ProductTypeDefinition,
): SchemaIssue[] {
  const at = (kind: IssueKind, zh: string, en: string): SchemaIssue[] => [
    issue(attribute, path, kind, `${path}：${zh}`, `${path}: ${en}`),
  ];
  if (spec.selector === 'marketplace_id' && value !== definition.marketplaceId) {
    return at(
      'marketplace',
      `应为 ${definition.marketplaceId}`,
      `should be ${definition.marketplaceId}`,
    );
  }
  if (spec.selector === 'language_tag' && value !== definition.languageTag) {
    return at(
      'marketplace',
      `应为 ${definition.languageTag}`,
      `should be ${definition.languageTag}`,
    );
  }
  const wrongType =
    (spec.type === 'string' && typeof value !== 'string') ||
    (spec.type === 'boolean' && typeof value !== 'boolean') ||
    (spec.type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) ||
    (spec.type === 'integer' && !Number.isInteger(value));
  if (wrongType) {
    const kinds = { string: '文本', number: '数字', integer: '整数', boolean: '是/否' };
    return at(
      'type',
      `应为${kinds[spec.type]}`,
      `should be a ${spec.type === 'boolean' ? 'yes/no' : spec.type}`,
    );
  }
  const shown = JSON.stringify(value);
  if (spec.enum && !spec.enum.includes(value as string)) {
    const sample = spec.enum.slice(0, 12).join(', ') + (spec.enum.length > 12 ? ', …' : '');
    return at(
      'enum',
      `${shown} 不是可选值（${sample}）`,
      `${shown} is not an allowed value (${sample})`,
    );
  }
  if (spec.deprecated?.includes(value as string)) {
    return at('deprecated', `${shown} 已被亚马逊停用`, `${shown} is deprecated by Amazon`);
  }
  const issues: SchemaIssue[] = [];
  if (typeof value === 'string') {
    const length = characterCount(value);
    if (spec.maxLength !== undefined && length > spec.maxLength) {
      issues.push(
        ...at(
          'length',
          `${length}个字符，超过${spec.maxLength}`,
          `${length} characters, over ${spec.maxLength}`,
        ),
      );
    }
    if (spec.minLength !== undefined && length < spec.minLength) {
      issues.push(
        ...at(
          'length',
          `${length}个字符，少于${spec.minLength}`,
          `${length} characters, under ${spec.minLength}`,
        ),
      );
    }
    const bytes = utf8ByteLength(value);
    if (spec.maxBytes !== undefined && bytes > spec.maxBytes) {
      issues.push(
        ...at(
          'bytes',
          `${bytes}字节，超过${spec.maxBytes}`,
          `${bytes} bytes, over ${spec.maxBytes}`,
        ),
      );
    }
    if (spec.minBytes !== undefined && bytes < spec.minBytes) {
      issues.push(
        ...at(
          'bytes',
          `${bytes}字节，少于${spec.minBytes}`,
          `${bytes} bytes, under ${spec.minBytes}`,
        ),
      );
    }
    if (spec.pattern && !new RegExp(spec.pattern, 'u').test(value)) {
      issues.push(
        ...at(
          'pattern',
          `${shown} 格式不对（${spec.pattern}）`,
          `${shown} does not match ${spec.pattern}`,
        ),
      );
    }
    if (spec.format === 'uri' && !/^[a-z][a-z0-9+.-]*:[^\s]+$/i.test(value)) {
      issues.push(...at('pattern', `${shown} 不是网址`, `${shown} is not a web address`));
    }
  }
  if (typeof value === 'number') {
    const below =
      (spec.minimum !== undefined && value < spec.minimum) ||
      (spec.exclusiveMinimum !== undefined && value <= spec.exclusiveMinimum);
    const above =
      (spec.maximum !== undefined && value > spec.maximum) ||
      (spec.exclusiveMaximum !== undefined && value >= spec.exclusiveMaximum);
    if (below || above)
      issues.push(...at('range', `${value} 超出范围`, `${value} is out of range`));
    // Prices are decimals: compare in whole hundredths, not in binary fractions.
    if (spec.multipleOf !== undefined) {
      const steps = value / spec.multipleOf;
      if (Math.abs(steps - Math.round(steps)) > 1e-6) {
        issues.push(
          ...at(
            'range',
            `${value} 不是 ${spec.multipleOf} 的倍数`,
            `${value} is not a multiple of ${spec.multipleOf}`,
          ),
        );
      }
    }
  }
  return issues;
}

function checkObject(
  attribute: string,
  path: string,
  value: unknown,
  shape: ObjectShape,
  definition: ProductTypeDefinition,
): SchemaIssue[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [
      issue(attribute, path, 'type', `${path}：应为一组字段`, `${path}: should be a set of fields`),
    ];
  }
  const record = value as Record<string, unknown>;
  const issues: SchemaIssue[] = [];
  for (const field of shape.required ?? []) {
    if (record[field] === undefined) {
      issues.push(
        issue(
          attribute,
          path,
          'required',
          `${path}：缺少 ${field}`,
          `${path}: ${field} is missing`,
        ),
      );
    }
  }
  for (const [field, inner] of Object.entries(record)) {
    const spec = shape.fields[field];
    if (!spec) {
      issues.push(
        issue(
          attribute,
          path,
          'unknown',
          `${path}：没有字段 ${field}`,
          `${path}: there is no field ${field}`,
        ),
      );
      continue;
    }
    issues.push(...checkField(attribute, `${path} ${field}`, inner, spec, definition));
  }
  return issues;
}

function checkField(
  attribute: string,
  path: string,
  value: unknown,
  spec: FieldSpec,
  definition: ProductTypeDefinition,
): SchemaIssue[] {
  if (spec.type === 'object') return checkObject(attribute, path, value, spec, definition);
  if (spec.type === 'array') return checkArray(attribute, path, value, spec, spec.item, definition);
  return checkValue(attribute, path, value, spec, definition);
}

function checkArray(
  attribute: string,
  path: string,
  value: unknown,
  limits: ArrayLimits,
  item: ObjectShape,
  definition: ProductTypeDefinition,
): SchemaIssue[] {
  if (!Array.isArray(value)) {
    return [
      issue(attribute, path, 'type', `${path}：应为一组值`, `${path}: should be a list of values`),
    ];
  }
  const issues: SchemaIssue[] = [];
  if (limits.maxItems !== undefined && value.length > limits.maxItems) {
    issues.push(
      issue(
        attribute,
        path,
        'count',
        `${path}：最多${limits.maxItems}个值，现有${value.length}个`,
        `${path}: at most ${limits.maxItems} values, ${value.length} given`,
      ),
    );
  }
  if (limits.minItems !== undefined && value.length < limits.minItems) {
    issues.push(
      issue(
        attribute,
        path,
        'count',
        `${path}：至少${limits.minItems}个值`,
        `${path}: at least ${limits.minItems} values`,
      ),
    );
  }
  // Values with the same selectors (marketplace, language) count together.
  if (limits.maxUnique !== undefined || limits.minUnique !== undefined) {
    const groups = new Map<string, number>();
    for (const entry of value) {
      const record = (entry ?? {}) as Record<string, unknown>;
      const key = JSON.stringify(
        (limits.selectors ?? []).map((selector) => record[selector] ?? null),
      );
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    for (const count of groups.values()) {
      if (limits.maxUnique !== undefined && count > limits.maxUnique) {
        issues.push(
          issue(
            attribute,
            path,
            'count',
            `${path}：同一站点和语言最多${limits.maxUnique}个值，现有${count}个`,
            `${path}: at most ${limits.maxUnique} values per site and language, ${count} given`,
          ),
        );
      }
      if (limits.minUnique !== undefined && count < limits.minUnique) {
        issues.push(
          issue(
            attribute,
            path,
            'count',
            `${path}：同一站点和语言至少${limits.minUnique}个值`,
            `${path}: at least ${limits.minUnique} values per site and language`,
          ),
        );
      }
    }
  }
  value.forEach((entry, i) => {
    issues.push(...checkObject(attribute, `${path} #${i + 1}`, entry, item, definition));
  });
  return issues;
}

/**
 * Checks attributes against a product type's compiled schema: the required attributes, the
 * conditional requirements that hold for these attributes (a child needs its colour, a plug
 * other than `no_plug` needs a voltage…), then every value's type, allowed values and limits.
 */
export function checkAttributes(
  attributes: ListingAttributes,
  definition: ProductTypeDefinition,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const missing = new Set<string>();
  const need = (name: string): void => {
    if (!present(attributes, name) && !missing.has(name)) {
      missing.add(name);
      issues.push(issue(name, name, 'required', `缺少 ${name}`, `${name} is missing`));
    }
  };
  for (const name of definition.required) need(name);
  for (const condition of definition.conditions) {
    if (!passes(condition.when, attributes)) continue;
    for (const name of condition.require) need(name);
    for (const [name, fields] of Object.entries(condition.fields ?? {})) {
      for (const [i, value] of (attributes[name] ?? []).entries()) {
        for (const field of fields.filter((field) => value[field] === undefined)) {
          issues.push(
            issue(
              name,
              `${name} #${i + 1}`,
              'required',
              `${name} #${i + 1}：缺少 ${field}`,
              `${name} #${i + 1}: ${field} is missing`,
            ),
          );
        }
      }
    }
  }
  for (const rule of definition.rules) {
    if (passes(rule.test, attributes)) continue;
    const names = rule.about.join(', ');
    const name = rule.about.find((about) => present(attributes, about)) ?? rule.about[0] ?? '';
    issues.push(
      issue(
        name,
        name,
        'rule',
        `${names} 不符合 ${definition.productType} 的取值规则`,
        `${names} break a rule of ${definition.productType} on how they go together`,
      ),
    );
  }
  for (const [name, values] of Object.entries(attributes)) {
    const spec = definition.attributes[name];
    if (!spec) {
      issues.push(
        issue(
          name,
          name,
          'unknown',
          `${definition.productType} 没有属性 ${name}`,
          `${definition.productType} has no attribute ${name}`,
        ),
      );
      continue;
    }
    issues.push(...checkArray(name, name, values, spec, spec.item, definition));
  }
  return issues;
}

/** The content rule an issue breaks, by the ids the new-product checks also use. */
function ruleOf(found: SchemaIssue): string {
  if (found.kind === 'required') return 'AMZ.required';
  if (found.kind === 'enum' || found.kind === 'deprecated') return 'AMZ.enum';
  const limit = found.kind === 'length' || found.kind === 'bytes' || found.kind === 'count';
  if (limit && found.attribute === 'item_name') return 'AMZ.title.length';
  if (limit && found.attribute === 'bullet_point') return 'AMZ.bullets';
  if (limit && found.attribute === 'generic_keyword') return 'AMZ.keywords.bytes';
  if (limit && found.attribute === 'product_description') return 'AMZ.description.bytes';
  return limit || found.kind === 'range' ? 'AMZ.limit' : 'AMZ.value';
}

function requiredProblem(
  found: SchemaIssue,
  listing: SourceListing,
  origin: Origin,
  definition: ProductTypeDefinition,
): Localized {
  const where = `${definition.productType} @ ${MARKETPLACES[listing.site].domain}`;
  if (found.path !== found.attribute) {
    return t(`${where}：${found.problem.zh}`, `${where}: ${found.problem.en}`);
  }
  if (origin.column.startsWith('amazon.')) {
    return t(
      `${where} 要求 ${found.attribute}：请在“${origin.column}”列或“亚马逊默认值”表中给出`,
      `${where} requires ${found.attribute}: give it in an "${origin.column}" column or in the Amazon defaults sheet`,
    );
  }
  return t(
    `${where} 要求 ${found.attribute}，此处为空`,
    `${where} requires ${found.attribute}, and this is empty`,
  );
}

/** C0 control characters (tab, line breaks…) and DEL: none belongs in a listing's text. */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

function controlProblems(listing: SourceListing, built: BuiltAttributes): Finding[] {
  const findings: Finding[] = [];
  const walk = (name: string, value: unknown): boolean => {
    if (typeof value === 'string') return [...value].some(isControl);
    if (Array.isArray(value)) return value.some((inner) => walk(name, inner));
    if (value !== null && typeof value === 'object')
      return Object.values(value).some((inner) => walk(name, inner));
    return false;
  };
  for (const [name, values] of Object.entries(built.attributes)) {
    // The title's own rule already names a tab or line break in it.
    if (name === 'item_name' || !walk(name, values)) continue;
    const bullets = listing.bullets.filter((bullet) => bullet.value && walk(name, bullet.value));
    const origins =
      name === 'bullet_point' && bullets.length > 0
        ? bullets.map((bullet) => bullet.origin)
        : [built.origins.get(name) ?? ownOrigin(listing, `amazon.${name}`)];
    for (const origin of origins) {
      findings.push(
        findingAt(
          origin,
          'AMZ.text.control',
          'error',
          t(
            `${name} 中有制表符、换行或其他控制字符：上传文件会错列，请删除它们`,
            `${name} holds a tab, a line break or another control character, which would shift the upload file's columns: remove it`,
          ),
        ),
      );
    }
  }
  return findings;
}

function ownOrigin(listing: SourceListing, column: string): Origin {
  return { layout: listing.products, row: listing.base.rowNumber, column };
}

/** Keeps the first finding per rule and cell: two checks may see the same fault. */
function distinct(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.rule}|${finding.sheet}|${finding.row}|${finding.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every problem of one listing before export: Amazon's title rules on the site's title, the
 * search-term byte budget, the images of R4.4, a price for anything that is sold, control
 * characters that would break the flat file, and the product type's schema.
 */
export function preflight(
  listing: SourceListing,
  built: BuiltAttributes,
  definition: ProductTypeDefinition,
): Finding[] {
  const findings: Finding[] = [...built.findings];
  const { title, keywords, price } = listing;

  if (title.value) {
    for (const found of amazonTitleProblems(title.value)) {
      findings.push(findingAt(title.origin, found.rule, found.severity, found.problem));
    }
  }
  const keywordBytes = keywords.value ? utf8ByteLength(keywords.value) : 0;
  if (keywordBytes > KEYWORD_BYTES) {
    findings.push(
      findingAt(
        keywords.origin,
        'AMZ.keywords.bytes',
        'warning',
        t(
          `关键词有${keywordBytes}字节，超过${KEYWORD_BYTES}字节的部分亚马逊不会收录`,
          `the search terms are ${keywordBytes} bytes; Amazon does not index past ${KEYWORD_BYTES}`,
        ),
      ),
    );
  }

  if (listing.parentage !== 'parent') {
    const images = listing.images.filter((image) => image.value);
    if (images.length < IMAGE_COUNT.min) {
      findings.push(
        findingAt(
          listing.images[0].origin,
          'R4.4',
          'error',
          t(
            `只有${images.length}张图片，需要${IMAGE_COUNT.min}到${IMAGE_COUNT.max}张`,
            `${images.length} image(s); ${IMAGE_COUNT.min} to ${IMAGE_COUNT.max} are needed`,
          ),
        ),
      );
    }
    for (const image of images.filter((image) => !/^https:\/\//i.test(image.value!))) {
      findings.push(
        findingAt(
          image.origin,
          'R4.4',
          'error',
          t('图片链接必须以 https:// 开头', 'the image link must start with https://'),
        ),
      );
    }
    if (price.value === null) {
      findings.push(
        findingAt(
          price.origin,
          'AMZ.price',
          'error',
          t(
            `没有 ${listing.site} 站的售价（${MARKETPLACES[listing.site].currency}，含增值税）`,
            `there is no ${listing.site} price (in ${MARKETPLACES[listing.site].currency}, VAT included)`,
          ),
        ),
      );
    } else if (price.value <= 0) {
      findings.push(
        findingAt(
          price.origin,
          'AMZ.price',
          'error',
          t('售价必须大于0', 'the price must be more than 0'),
        ),
      );
    }
  }

  findings.push(...controlProblems(listing, built));
  for (const found of checkAttributes(built.attributes, definition)) {
    const origin =
      built.origins.get(found.attribute) ?? ownOrigin(listing, `amazon.${found.attribute}`);
    const problem =
      found.kind === 'required'
        ? requiredProblem(found, listing, origin, definition)
        : found.problem;
    findings.push(findingAt(origin, ruleOf(found), 'error', problem));
  }
  return distinct(findings);
}
