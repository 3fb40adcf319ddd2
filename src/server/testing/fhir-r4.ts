/**
 * FHIR R4 (4.0.1) structure, as strict Zod schemas, for the parts of the spec our export emits: Bundle,
 * QuestionnaireResponse and Observation, with the data types they use. Primitive formats are the spec's
 * own regular expressions (hl7.org/fhir/R4/datatypes.html), cardinalities are the spec's, and the
 * invariants that apply are checked (bdl-1, bdl-5, bdl-7, bdl-8, qrs-1, obs-6, qty-3, ref-1; bdl-2…4 and
 * obs-7 hold because entry.search/request/response and Observation.component are not allowed at all). Objects are strict: a
 * field the spec does not define for that element fails, so a typo cannot pass as "extra data".
 * No FHIR library is installed; this is the reference the tests hold the export to.
 */
import { z } from 'zod';

// Primitive types. In FHIR JSON a primitive is never an empty string.
const fhirString = z.string().regex(/^[ \r\n\t\S]+$/, 'FHIR string: not empty');
const uri = z.string().regex(/^\S+$/, 'FHIR uri: no whitespace, not empty');
const canonical = uri;
const code = z.string().regex(/^[^\s]+( [^\s]+)*$/, 'FHIR code: no leading, trailing or double whitespace');
const id = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'FHIR id: 1–64 of A-Z a-z 0-9 - .');
const integer = z.int().min(-2147483648).max(2147483647);
const unsignedInt = z.int().min(0).max(2147483647);
const decimal = z.number().refine(Number.isFinite, 'FHIR decimal: a finite number');
const boolean = z.boolean();
const dateTime = z
  .string()
  .regex(
    /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/,
    'FHIR dateTime',
  );
const instant = z
  .string()
  .regex(
    /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/,
    'FHIR instant: a date-time with seconds and a time zone',
  );
const date = z
  .string()
  .regex(
    /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$/,
    'FHIR date',
  );
/** The uuid type: lowercase, as a URI. */
export const uuidUri = z
  .string()
  .regex(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/** At most one of a choice element's forms (value[x], effective[x]) may appear. */
function atMostOne(prefix: string, keys: readonly string[]) {
  return (value: Record<string, unknown>) =>
    keys.filter((key) => value[key] !== undefined).length <= 1 || `${prefix}[x] appears more than once`;
}
const check = (result: true | string) => result === true;

// Data types.
export const codingSchema = z.strictObject({
  system: uri.optional(),
  version: fhirString.optional(),
  code: code.optional(),
  display: fhirString.optional(),
  userSelected: boolean.optional(),
});

export const codeableConceptSchema = z.strictObject({
  coding: z.array(codingSchema).min(1).optional(),
  text: fhirString.optional(),
});

export const quantitySchema = z
  .strictObject({
    value: decimal.optional(),
    comparator: z.enum(['<', '<=', '>=', '>']).optional(),
    unit: fhirString.optional(),
    system: uri.optional(),
    code: code.optional(),
  })
  .refine((quantity) => quantity.code === undefined || quantity.system !== undefined, {
    error: 'qty-3: if a code for the unit is present, the system SHALL also be present',
  });

/** ref-1: a literal reference is a relative "Type/id", an absolute URL, a urn:uuid/urn:oid, or "#local". */
export const referenceSchema = z.strictObject({
  reference: z
    .string()
    .regex(
      /^((urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|(urn:oid:[0-2](\.(0|[1-9][0-9]*))+)|(https?:\/\/\S+)|([A-Z][A-Za-z]+\/[A-Za-z0-9\-.]{1,64}(\/_history\/[A-Za-z0-9\-.]{1,64})?)|(#\S*))$/,
      'ref-1: a literal reference',
    )
    .optional(),
  type: uri.optional(),
  display: fhirString.optional(),
});

// QuestionnaireResponse.
const ANSWER_VALUES = [
  'valueBoolean',
  'valueDecimal',
  'valueInteger',
  'valueDate',
  'valueDateTime',
  'valueTime',
  'valueString',
  'valueUri',
  'valueCoding',
  'valueQuantity',
  'valueReference',
] as const;

interface ResponseItem {
  linkId: string;
  definition?: string;
  text?: string;
  answer?: Record<string, unknown>[];
  item?: ResponseItem[];
}

const responseItemSchema: z.ZodType<ResponseItem> = z.lazy(() =>
  z
    .strictObject({
      linkId: fhirString,
      definition: uri.optional(),
      text: fhirString.optional(),
      answer: z.array(responseAnswerSchema).min(1).optional(),
      item: z.array(responseItemSchema).min(1).optional(),
    })
    .refine((item) => !(item.answer && item.item), {
      error: "qrs-1: nested item can't be beneath both item and answer",
    }),
);

const responseAnswerSchema: z.ZodType<Record<string, unknown>> = z.lazy(() =>
  z
    .strictObject({
      valueBoolean: boolean.optional(),
      valueDecimal: decimal.optional(),
      valueInteger: integer.optional(),
      valueDate: date.optional(),
      valueDateTime: dateTime.optional(),
      valueTime: z
        .string()
        .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?$/)
        .optional(),
      valueString: fhirString.optional(),
      valueUri: uri.optional(),
      valueCoding: codingSchema.optional(),
      valueQuantity: quantitySchema.optional(),
      valueReference: referenceSchema.optional(),
      item: z.array(responseItemSchema).min(1).optional(),
    })
    .refine((answer) => check(atMostOne('value', ANSWER_VALUES)(answer)), {
      error: 'value[x] appears more than once',
    }),
);

export const questionnaireResponseSchema = z.strictObject({
  resourceType: z.literal('QuestionnaireResponse'),
  id: id.optional(),
  questionnaire: canonical.optional(),
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  subject: referenceSchema.optional(),
  authored: dateTime.optional(),
  item: z.array(responseItemSchema).min(1).optional(),
});

// Observation.
const OBSERVATION_VALUES = [
  'valueQuantity',
  'valueCodeableConcept',
  'valueString',
  'valueBoolean',
  'valueInteger',
  'valueTime',
  'valueDateTime',
] as const;
const EFFECTIVE = ['effectiveDateTime', 'effectiveInstant'] as const;

export const observationSchema = z
  .strictObject({
    resourceType: z.literal('Observation'),
    id: id.optional(),
    status: z.enum([
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ]),
    category: z.array(codeableConceptSchema).min(1).optional(),
    code: codeableConceptSchema,
    subject: referenceSchema.optional(),
    effectiveDateTime: dateTime.optional(),
    effectiveInstant: instant.optional(),
    issued: instant.optional(),
    valueQuantity: quantitySchema.optional(),
    valueCodeableConcept: codeableConceptSchema.optional(),
    valueString: fhirString.optional(),
    valueBoolean: boolean.optional(),
    valueInteger: integer.optional(),
    valueTime: z
      .string()
      .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?$/)
      .optional(),
    valueDateTime: dateTime.optional(),
    dataAbsentReason: codeableConceptSchema.optional(),
    derivedFrom: z.array(referenceSchema).min(1).optional(),
  })
  .refine((observation) => check(atMostOne('value', OBSERVATION_VALUES)(observation)), {
    error: 'value[x] appears more than once',
  })
  .refine((observation) => check(atMostOne('effective', EFFECTIVE)(observation)), {
    error: 'effective[x] appears more than once',
  })
  .refine(
    (observation) =>
      observation.dataAbsentReason === undefined ||
      OBSERVATION_VALUES.every((key) => observation[key] === undefined),
    { error: 'obs-6: dataAbsentReason SHALL only be present if value[x] is not present' },
  );

// Bundle.
const resourceSchema = z.discriminatedUnion('resourceType', [questionnaireResponseSchema, observationSchema]);

const entrySchema = z
  .strictObject({
    fullUrl: uri.optional(),
    resource: resourceSchema.optional(),
  })
  .refine((entry) => entry.resource !== undefined, {
    error: 'bdl-5: an entry must have a resource unless it has a request or response',
  })
  .refine((entry) => !entry.fullUrl?.includes('/_history/'), {
    error: 'bdl-8: fullUrl cannot be a version-specific reference',
  })
  .refine((entry) => !entry.fullUrl?.startsWith('urn:uuid:') || uuidUri.safeParse(entry.fullUrl).success, {
    error: 'a urn:uuid fullUrl must be a lowercase UUID',
  });

export const BUNDLE_TYPES = [
  'document',
  'message',
  'transaction',
  'transaction-response',
  'batch',
  'batch-response',
  'history',
  'searchset',
  'collection',
] as const;

export const bundleSchema = z
  .strictObject({
    resourceType: z.literal('Bundle'),
    id: id.optional(),
    type: z.enum(BUNDLE_TYPES),
    timestamp: instant.optional(),
    total: unsignedInt.optional(),
    entry: z.array(entrySchema).min(1).optional(),
  })
  .refine((bundle) => bundle.total === undefined || ['searchset', 'history'].includes(bundle.type), {
    error: 'bdl-1: total only when a search or history',
  })
  .refine(
    (bundle) => {
      const urls = (bundle.entry ?? []).flatMap((entry) => (entry.fullUrl ? [entry.fullUrl] : []));
      return new Set(urls).size === urls.length;
    },
    { error: 'bdl-7: fullUrl must be unique in a bundle' },
  );

export type FhirBundle = z.infer<typeof bundleSchema>;

/** LOINC codes are digits, a hyphen and a mod-10 (Luhn) check digit, e.g. 72514-3. */
export function isLoincCode(value: string): boolean {
  const match = /^(\d{1,7})-(\d)$/.exec(value);
  if (!match) return false;
  const digits = (match[1] ?? '').split('').reverse().map(Number);
  const sum = digits.reduce((total, digit, index) => {
    if (index % 2 === 1) return total + digit;
    const doubled = digit * 2;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return (10 - (sum % 10)) % 10 === Number(match[2]);
}
