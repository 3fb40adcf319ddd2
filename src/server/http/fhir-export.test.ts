import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSchema, isLoincCode } from '../testing/fhir-r4.ts';
import { recordEverything } from '../testing/member-fixtures.ts';
import { signUp, startTestServer, type TestServer } from '../testing/test-server.ts';

/** The measures as a FHIR R4 Bundle, held to a strict reading of the R4 structure (testing/fhir-r4.ts). */
let server: TestServer;
let now = new Date('2026-03-02T08:00:00Z');
let cookie: string;

const get = (url: string, as = cookie) => server.app.inject({ method: 'GET', url, headers: { cookie: as } });

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  ({ cookie } = await signUp(server.app, { email: 'fhir@example.org' }));
  await recordEverything(server.app, cookie, (moment) => (now = new Date(moment)));
});
afterAll(() => server.close());

describe('FHIR export', () => {
  it('is a valid FHIR R4 collection Bundle: a QuestionnaireResponse per measure and Observations of its scores', async () => {
    const response = await get('/api/me/export/fhir');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    const parsed = bundleSchema.safeParse(response.json());
    expect(parsed.error?.issues ?? []).toEqual([]);
    const bundle = response.json();
    expect(bundle.type).toBe('collection');
    const resources = bundle.entry.map((entry: { resource: { resourceType: string } }) => entry.resource);
    const responses = resources.filter(
      (resource: { resourceType: string }) => resource.resourceType === 'QuestionnaireResponse',
    );
    const observations = resources.filter(
      (resource: { resourceType: string }) => resource.resourceType === 'Observation',
    );
    // Five instruments taken, and the assessment's pain and chair stands as their baseline measures.
    expect(responses).toHaveLength(7);
    expect(observations.every((observation: { status: string }) => observation.status === 'final')).toBe(
      true,
    );
    expect(resources.some((resource: { resourceType: string }) => resource.resourceType === 'Patient')).toBe(
      false,
    );

    const codes = observations.map(
      (observation: { code: { coding: { system: string; code: string }[] } }) => observation.code.coding[0],
    );
    expect(codes).toContainEqual(expect.objectContaining({ system: 'http://loinc.org', code: '72514-3' }));
    expect(codes).toContainEqual(expect.objectContaining({ system: 'http://loinc.org', code: '97909-6' }));
    for (const coding of codes) {
      if (coding.system === 'http://loinc.org') expect(isLoincCode(coding.code), coding.code).toBe(true);
      else expect(coding.system).toBe('https://backstrong.app/fhir/CodeSystem/measures');
    }
    const painNow = observations.filter(
      (observation: { code: { coding: { code: string }[] } }) =>
        observation.code.coding[0]?.code === '72514-3',
    );
    // The assessment's pain now (3) is the baseline, beside the pain rating taken the same day (6).
    expect(painNow.map((observation: { valueInteger: number }) => observation.valueInteger).sort()).toEqual([
      3, 6,
    ]);
    expect(
      painNow.every(
        (observation: { effectiveDateTime: string }) => observation.effectiveDateTime === '2026-03-02',
      ),
    ).toBe(true);
    const odi = observations.find(
      (observation: { code: { coding: { code: string }[] } }) =>
        observation.code.coding[0]?.code === '97909-6',
    );
    // (3 + 4 + 2) / 15 = 60%: the double tick counted as its higher statement.
    expect(odi.valueQuantity).toEqual({
      value: 60,
      unit: '%',
      system: 'http://unitsofmeasure.org',
      code: '%',
    });
  });

  it('links each Observation to the QuestionnaireResponse it comes from, inside the bundle', async () => {
    const bundle = (await get('/api/me/export/fhir')).json();
    const urls = new Set(bundle.entry.map((entry: { fullUrl: string }) => entry.fullUrl));
    for (const { resource } of bundle.entry) {
      for (const reference of resource.derivedFrom ?? []) expect(urls.has(reference.reference)).toBe(true);
    }
    type Response = { item: { linkId: string }[] };
    const chairStands: Response[] = bundle.entry
      .filter((entry: { resource: { questionnaire?: string } }) =>
        entry.resource.questionnaire?.endsWith('/chair-stand'),
      )
      .map((entry: { resource: Response }) => entry.resource);
    const hasSex = (response: Response) => response.item.some((item) => item.linkId === 'sex');
    const assessed = chairStands.find((response) => !hasSex(response));
    const chairStand = chairStands.find(hasSex);
    // The assessment's chair stands, with its age and no sex (the assessment does not ask it).
    expect(assessed?.item).toEqual([
      expect.objectContaining({ linkId: 'stands', answer: [{ valueInteger: 12 }] }),
      expect.objectContaining({ linkId: 'age', answer: [{ valueInteger: 52 }] }),
    ]);
    expect(chairStand?.item).toEqual([
      expect.objectContaining({ linkId: 'stands', answer: [{ valueInteger: 9 }] }),
      expect.objectContaining({ linkId: 'age', answer: [{ valueInteger: 62 }] }),
      expect.objectContaining({
        linkId: 'sex',
        answer: [
          {
            valueCoding: {
              system: 'http://hl7.org/fhir/administrative-gender',
              code: 'female',
              display: 'Female',
            },
          },
        ],
      }),
    ]);
    const oswestry = bundle.entry.find((entry: { resource: { questionnaire?: string } }) =>
      entry.resource.questionnaire?.endsWith('/oswestry'),
    ).resource;
    const lifting = oswestry.item.find((item: { linkId: string }) => item.linkId === 'lifting');
    expect(
      lifting.answer.map((answer: { valueCoding: { code: string } }) => answer.valueCoding.code),
    ).toEqual(['2', '4']);
  });

  it('holds the validator to R4: a broken bundle fails it', () => {
    const broken = [
      { resourceType: 'Bundle', type: 'pile' },
      { resourceType: 'Bundle', type: 'collection', timestamp: '2026-03-09' },
      { resourceType: 'Bundle', type: 'collection', total: 3 },
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          { fullUrl: 'urn:uuid:x', resource: { resourceType: 'Observation', status: 'final', code: {} } },
        ],
      },
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [{ resource: { resourceType: 'Observation', code: { text: 'x' } } }],
      },
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          {
            resource: {
              resourceType: 'Observation',
              status: 'final',
              code: { text: 'x' },
              valueInteger: 1,
              valueString: 'one',
            },
          },
        ],
      },
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          {
            resource: {
              resourceType: 'Observation',
              status: 'final',
              code: { text: 'x' },
              valueQuantity: { value: 1, code: 'kg' },
            },
          },
        ],
      },
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          {
            resource: {
              resourceType: 'Observation',
              status: 'final',
              code: { text: 'x' },
              effectiveDateTime: '2026-03-09T10:00',
            },
          },
        ],
      },
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          {
            resource: {
              resourceType: 'QuestionnaireResponse',
              status: 'completed',
              item: [{ text: 'no linkId' }],
            },
          },
        ],
      },
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [{ resource: { resourceType: 'QuestionnaireResponse', status: 'done' } }],
      },
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          {
            fullUrl: 'urn:uuid:0b7f9a1e-2c3d-4e5f-8a9b-1c2d3e4f5a6b',
            resource: { resourceType: 'QuestionnaireResponse', status: 'completed' },
          },
          {
            fullUrl: 'urn:uuid:0b7f9a1e-2c3d-4e5f-8a9b-1c2d3e4f5a6b',
            resource: { resourceType: 'QuestionnaireResponse', status: 'completed' },
          },
        ],
      },
      {
        resourceType: 'Bundle',
        type: 'collection',
        entry: [
          {
            resource: {
              resourceType: 'Observation',
              status: 'final',
              code: { coding: [{ code: ' padded' }] },
            },
          },
        ],
      },
    ];
    for (const bundle of broken)
      expect(bundleSchema.safeParse(bundle).success, JSON.stringify(bundle)).toBe(false);
    expect(isLoincCode('72514-4')).toBe(false);
  });

  it('gives an empty but valid answer to a member with no measures', async () => {
    const { cookie: fresh } = await signUp(server.app, { email: 'fresh@example.org' });
    const bundle = (await get('/api/me/export/fhir', fresh)).json();
    expect(bundle.entry).toEqual([]);
  });
});
