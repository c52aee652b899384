/**
 * Result-delivery preferences. FHIR has no standard resource for them, so they are
 * stored as one `Basic` resource per patient:
 *   Basic.code      = portal-resource-kind#result-delivery-preference
 *   Basic.subject   = Patient/<id>, Basic.author = Patient/<id>
 *   extension result-release (one per category): category, mode, holdDays
 *   extension result-notify-channel (repeats): portal | email | sms
 * See docs/fhir-mapping.md.
 */
import { PortalError } from '../errors.js';
import type { NotifyChannel, ReleaseMode, ResultCategory, ResultPreferences, ResultReleasePolicyInfo } from '../types.js';
import { CS, EXT, RESULT_PREFERENCE_CODE } from './codes.js';
import { isAboutPatient, type FhirContext } from './context.js';
import type { Basic, Extension } from './fhir-types.js';
import { arr, codingIn, date, extensions, isObject, time } from './reference.js';

const CATEGORIES: ResultCategory[] = ['lab', 'imaging', 'pathology', 'genetic'];
const MODES: ReleaseMode[] = ['immediate', 'hold-abnormal'];
const CHANNELS: NotifyChannel[] = ['portal', 'email', 'sms'];

/** The clinic's limits when neither the options nor the Organization state any: the core's defaults. */
export { DEFAULT_RELEASE_POLICY as DEFAULT_RESULT_POLICY, defaultResultPreferences } from '../../core/results/preferences.js';

function codeParam(): string {
  return `${CS.resourceKind}|${RESULT_PREFERENCE_CODE}`;
}

async function findPreference(ctx: FhirContext): Promise<Basic | undefined> {
  const page = await ctx.client.search<Basic>('Basic', [
    ['subject', ctx.patientRef],
    ['code', codeParam()],
  ]);
  // Several (a race between two devices): the newest wins.
  return page.matches
    .filter((b) => isAboutPatient(ctx, b.subject) && codingIn(b.code, CS.resourceKind)?.code === RESULT_PREFERENCE_CODE)
    .sort((a, b) => time(b.meta?.lastUpdated) - time(a.meta?.lastUpdated))[0];
}

function sub(ext: Extension, url: string): Extension | undefined {
  return arr<Extension>(ext.extension).find((e) => isObject(e) && e.url === url);
}

export function mapPreference(basic: Basic | undefined, defaults: ResultPreferences, policy: ResultReleasePolicyInfo): ResultPreferences {
  const categories = { ...defaults.categories };
  for (const c of CATEGORIES) categories[c] = { ...defaults.categories[c] };
  let notify = [...defaults.notify];
  if (basic) {
    for (const ext of extensions(basic, EXT.resultRelease)) {
      const category = sub(ext, 'category')?.valueCode as ResultCategory | undefined;
      const mode = sub(ext, 'mode')?.valueCode as ReleaseMode | undefined;
      const hold = sub(ext, 'holdDays')?.valueInteger;
      if (!category || !CATEGORIES.includes(category)) continue;
      if (mode && MODES.includes(mode)) categories[category].mode = mode;
      if (typeof hold === 'number' && Number.isInteger(hold) && hold >= 0) {
        categories[category].holdDays = Math.min(policy.maxHoldDays, Math.max(policy.minHoldDays, hold));
      }
    }
    const channels = extensions(basic, EXT.resultNotify)
      .map((e) => e.valueCode as NotifyChannel)
      .filter((c) => CHANNELS.includes(c));
    if (extensions(basic, EXT.resultNotify).length) notify = [...new Set(channels)];
  }
  const out: ResultPreferences = { categories, notify, policy };
  const updated = date(basic?.meta?.lastUpdated) ?? date(basic?.created);
  if (updated) out.updatedAt = updated;
  return out;
}

export async function getResultPreferences(ctx: FhirContext, defaults: ResultPreferences, policy: ResultReleasePolicyInfo): Promise<ResultPreferences> {
  return mapPreference(await findPreference(ctx), defaults, policy);
}

function validate(p: ResultPreferences, policy: ResultReleasePolicyInfo): void {
  if (!isObject(p) || !isObject(p.categories)) throw new PortalError('invalid', 'Result preferences need `categories`.');
  for (const c of CATEGORIES) {
    const pref = p.categories[c];
    if (pref === undefined) continue;
    if (!MODES.includes(pref.mode)) throw new PortalError('invalid', `Unknown release mode "${String(pref.mode)}" for ${c}.`);
    if (!Number.isInteger(pref.holdDays) || pref.holdDays < policy.minHoldDays || pref.holdDays > policy.maxHoldDays) {
      throw new PortalError('invalid', `holdDays for ${c} must be a whole number from ${policy.minHoldDays} to ${policy.maxHoldDays}.`);
    }
  }
  for (const ch of arr<NotifyChannel>(p.notify)) {
    if (!policy.channels.includes(ch)) throw new PortalError('invalid', `This clinic cannot notify by "${String(ch)}".`);
  }
}

function toBasic(ctx: FhirContext, p: ResultPreferences, existing: Basic | undefined, defaults: ResultPreferences): Basic {
  const extension: Extension[] = (existing ? arr<Extension>(existing.extension).filter((e) => e.url !== EXT.resultRelease && e.url !== EXT.resultNotify) : []);
  for (const c of CATEGORIES) {
    const pref = p.categories[c] ?? defaults.categories[c];
    extension.push({
      url: EXT.resultRelease,
      extension: [
        { url: 'category', valueCode: c },
        { url: 'mode', valueCode: pref.mode },
        { url: 'holdDays', valueInteger: pref.holdDays },
      ],
    });
  }
  for (const ch of [...new Set(arr<NotifyChannel>(p.notify))]) extension.push({ url: EXT.resultNotify, valueCode: ch });
  const basic: Basic = {
    ...(existing ?? {}),
    resourceType: 'Basic',
    code: { coding: [{ system: CS.resourceKind, code: RESULT_PREFERENCE_CODE, display: 'Result delivery preference' }], text: 'Result delivery preference' },
    subject: { reference: ctx.patientRef },
    author: { reference: ctx.patientRef },
    created: existing?.created ?? new Date().toISOString().slice(0, 10),
    extension,
  };
  return basic;
}

export async function saveResultPreferences(
  ctx: FhirContext,
  p: ResultPreferences,
  defaults: ResultPreferences,
  policy: ResultReleasePolicyInfo,
): Promise<ResultPreferences> {
  validate(p, policy);
  const existing = await findPreference(ctx);
  const body = toBasic(ctx, p, existing, defaults);
  let saved: Basic | undefined;
  if (existing?.id) {
    const headers: Record<string, string> = {};
    if (existing.meta?.versionId) headers['If-Match'] = `W/"${existing.meta.versionId}"`;
    saved = (await ctx.client.request<Basic>('PUT', `Basic/${existing.id}`, { body, headers })).body;
  } else {
    const query = `subject=${encodeURIComponent(ctx.patientRef)}&code=${encodeURIComponent(codeParam())}`;
    saved = (await ctx.client.request<Basic>('POST', 'Basic', { body, headers: { 'If-None-Exist': query, Prefer: 'return=representation' }, idempotent: true })).body;
  }
  return mapPreference(saved?.resourceType === 'Basic' ? saved : body, defaults, policy);
}
